/**
 * The reader's progress, kept in localStorage under a versioned key. Anything unreadable is
 * never trusted: data that does not match this version's schema is set aside under a `.corrupt`
 * key, reported with a notice, and the page carries on with empty progress. When the format
 * changes, bump the key and add a migration from the previous key to `readProgress`.
 */
export const PROGRESS_KEY = 'netmodes.progress.v1';

export interface QuizResult {
  /** Points earned over points possible, for the latest completed attempt. */
  score: number;
  total: number;
  /** Question ids answered correctly in the latest attempt. */
  correct: string[];
  attempts: number;
  completedAt: string;
}

export interface LessonProgress {
  visited: boolean;
  quiz?: QuizResult;
}

export interface Progress {
  version: 1;
  lessons: Record<string, LessonProgress>;
}

// Validated by hand rather than with zod: this module runs on every page, and zod (even
// zod/mini) would be most of the JavaScript a plain lesson page ships.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parseQuiz(v: unknown): QuizResult | undefined | 'invalid' {
  if (v === undefined) return undefined;
  if (!isObject(v)) return 'invalid';
  const { score, total, correct = [], attempts = 1, completedAt } = v;
  if (!isCount(score) || !isCount(total) || total === 0 || typeof completedAt !== 'string') return 'invalid';
  if (!Array.isArray(correct) || !correct.every((id) => typeof id === 'string')) return 'invalid';
  if (!Number.isInteger(attempts) || (attempts as number) < 1) return 'invalid';
  return { score, total, correct: correct as string[], attempts: attempts as number, completedAt };
}

/** The stored progress if it is exactly this version's shape, else undefined. */
export function parseProgress(raw: unknown): Progress | undefined {
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, entry] of Object.entries(raw.lessons)) {
    if (!isObject(entry)) return undefined;
    const visited = entry.visited ?? false;
    if (typeof visited !== 'boolean') return undefined;
    const quiz = parseQuiz(entry.quiz);
    if (quiz === 'invalid') return undefined;
    lessons[slug] = quiz ? { visited, quiz } : { visited };
  }
  return { version: 1, lessons };
}

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

/** The browser's localStorage, or null where reading the property itself throws (storage blocked by privacy settings). */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

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
      const parsed = parseProgress(JSON.parse(current));
      if (parsed) return { progress: parsed };
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
