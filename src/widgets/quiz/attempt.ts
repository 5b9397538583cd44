/**
 * The attempt in progress, kept on the reader's device as they answer so that a reload (or a
 * closed tab) does not cost them their answers. Loaded on demand, like attempt-parse.ts (which
 * reads it back with zod): the lesson pages' islands are near their size budget.
 */
import type { StorageLike } from '../../progress/store';
import type { QuestionScore } from '../../quiz/scoring.ts';
import type { Draft } from './QuestionCard.tsx';
import type { QuizView } from './prefs.ts';

import { ATTEMPT_PREFIX, attemptKey, type ATTEMPT_VERSION } from './attempt-key.ts';

export { ATTEMPT_VERSION, attemptKey } from './attempt-key.ts';

export interface SavedAttempt {
  v: typeof ATTEMPT_VERSION;
  /** The option order's seed is (quiz id, attempt): both are kept so a restore shows the same order. */
  quiz: string;
  attempt: number;
  view: QuizView;
  ids: string[];
  index: number;
  drafts: Record<string, Draft>;
  results: Record<string, QuestionScore>;
  /** Best points per question over this attempt and its retry rounds: the score at the end. */
  best: Record<string, number>;
}

/** False when the browser would not keep it (storage blocked or full): the quiz goes on regardless. */
export function saveAttempt(storage: StorageLike | null, lessonKey: string, attempt: SavedAttempt): boolean {
  try {
    storage?.setItem(attemptKey(lessonKey), JSON.stringify(attempt));
    return !!storage;
  } catch {
    return false;
  }
}

export function clearAttempt(storage: StorageLike | null, lessonKey: string): void {
  try {
    storage?.removeItem(attemptKey(lessonKey));
  } catch {
    /* blocked storage holds nothing to clear */
  }
}

/** Every quiz's unfinished attempt ("reset my progress" covers all lessons). */
export function clearAllAttempts(storage: (StorageLike & { length?: number; key?: (i: number) => string | null }) | null): void {
  try {
    if (!storage?.key || storage.length === undefined) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(ATTEMPT_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    /* as above */
  }
}
