/**
 * The reader's progress, kept in localStorage under a versioned key. Anything unreadable is
 * never trusted: data that does not match this version's schema is set aside under a `.corrupt`
 * key, reported with a notice, and the page carries on with empty progress. When the format
 * changes, bump the key and add a migration from the previous key to `readProgress`.
 */
// zod/mini: the same validation at a fraction of the bytes, since this runs on every page.
import * as z from 'zod/mini';

export const PROGRESS_KEY = 'netmodes.progress.v1';

const quizResultSchema = z.object({
  /** Points earned over points possible, for the latest completed attempt. */
  score: z.number().check(z.minimum(0)),
  total: z.number().check(z.positive()),
  /** Question ids answered correctly in the latest attempt. */
  correct: z._default(z.array(z.string()), []),
  attempts: z._default(z.int().check(z.minimum(1)), 1),
  completedAt: z.string(),
});

const lessonProgressSchema = z.object({
  visited: z._default(z.boolean(), false),
  quiz: z.optional(quizResultSchema),
});

export const progressSchema = z.object({
  version: z.literal(1),
  lessons: z.record(z.string(), lessonProgressSchema),
});

export type QuizResult = z.infer<typeof quizResultSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type LessonStatus = 'todo' | 'doing' | 'done';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ReadResult {
  progress: Progress;
  /** Set when stored data could not be used and was reset. */
  notice?: 'reset';
}

export const emptyProgress = (): Progress => ({ version: 1, lessons: {} });

function safeGet(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, blocked cookies): behave as empty
  }
}

export function readProgress(storage: StorageLike | undefined | null): ReadResult {
  if (!storage) return { progress: emptyProgress() };
  const current = safeGet(storage, PROGRESS_KEY);
  if (current !== null) {
    try {
      const parsed = progressSchema.safeParse(JSON.parse(current));
      if (parsed.success) return { progress: parsed.data };
    } catch {
      /* fall through to reset */
    }
    // Keep the unreadable text next to the fresh start so nothing is silently destroyed.
    try {
      storage.setItem(`${PROGRESS_KEY}.corrupt`, current);
      storage.removeItem(PROGRESS_KEY);
    } catch {
      /* storage full or blocked: the reset still applies in memory */
    }
    return { progress: emptyProgress(), notice: 'reset' };
  }
  return { progress: emptyProgress() };
}

export function writeProgress(storage: StorageLike | undefined | null, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function markVisited(progress: Progress, lesson: string): Progress {
  const entry = progress.lessons[lesson] ?? { visited: false };
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { ...entry, visited: true } } };
}

export function recordQuiz(progress: Progress, lesson: string, result: Omit<QuizResult, 'attempts'>): Progress {
  const entry = progress.lessons[lesson] ?? { visited: true };
  const attempts = (entry.quiz?.attempts ?? 0) + 1;
  return {
    ...progress,
    lessons: { ...progress.lessons, [lesson]: { ...entry, visited: true, quiz: { ...result, attempts } } },
  };
}

export function resetProgress(storage: StorageLike | undefined | null): Progress {
  const fresh = emptyProgress();
  if (storage) {
    try {
      storage.removeItem(PROGRESS_KEY);
    } catch {
      /* ignore */
    }
  }
  return fresh;
}

/** A lesson is done once its quiz has been completed, in progress once opened. */
export function lessonStatus(progress: Progress, lesson: string): LessonStatus {
  const entry = progress.lessons[lesson];
  if (entry?.quiz) return 'done';
  if (entry?.visited) return 'doing';
  return 'todo';
}
