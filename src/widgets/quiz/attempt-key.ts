/** Where a quiz's attempt in progress is kept (attempt.ts), and reading it: all the quiz island loads up front. */
import type { StorageLike } from '../../progress/store';

export const ATTEMPT_PREFIX = 'netmodes.quiz-attempt.';
export const ATTEMPT_VERSION = 1;

/** One key per quiz (its progress key), versioned: a future format gets a new key. */
export const attemptKey = (lessonKey: string) => `${ATTEMPT_PREFIX}v${ATTEMPT_VERSION}.${lessonKey}`;

export function readAttemptText(storage: StorageLike | null, lessonKey: string): string | null {
  try {
    return storage?.getItem(attemptKey(lessonKey)) ?? null;
  } catch {
    return null;
  }
}
