/**
 * The reader's progress, kept in localStorage under a versioned key. Anything unreadable is
 * never trusted: data that does not match this version's schema is set aside under a `.corrupt`
 * key and reported with a notice; lesson entries that still read correctly are kept. When the format
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

function parseLesson(entry: unknown): LessonProgress | undefined {
  if (!isObject(entry)) return undefined;
  const visited = entry.visited ?? false;
  if (typeof visited !== 'boolean') return undefined;
  const quiz = parseQuiz(entry.quiz);
  if (quiz === 'invalid') return undefined;
  return quiz ? { visited, quiz } : { visited };
}

/** This version's progress with every readable lesson entry, and the slugs of those that were not. */
function salvageProgress(raw: unknown): { progress: Progress; dropped: string[] } | undefined {
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  const dropped: string[] = [];
  for (const [slug, entry] of Object.entries(raw.lessons)) {
    const lesson = parseLesson(entry);
    if (lesson) lessons[slug] = lesson;
    else dropped.push(slug);
  }
  return { progress: { version: 1, lessons }, dropped };
}

/** The stored progress if it is exactly this version's shape, else undefined. */
export function parseProgress(raw: unknown): Progress | undefined {
  const salvaged = salvageProgress(raw);
  return salvaged && salvaged.dropped.length === 0 ? salvaged.progress : undefined;
}

/** What reading `text` as stored progress keeps: nothing ('reset') or the readable lessons ('partial'). */
export function damageOf(text: string): 'reset' | 'partial' {
  try {
    return salvageProgress(JSON.parse(text)) ? 'partial' : 'reset';
  } catch {
    return 'reset';
  }
}

export type LessonStatus = 'todo' | 'doing' | 'done';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ReadResult {
  progress: Progress;
  /** Set when stored data could not be used: all of it ('reset') or some lessons ('partial'). */
  notice?: 'reset' | 'partial';
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
  if (current === null) return { progress: emptyProgress() };
  let salvaged: ReturnType<typeof salvageProgress>;
  try {
    salvaged = salvageProgress(JSON.parse(current));
  } catch {
    salvaged = undefined;
  }
  if (salvaged && salvaged.dropped.length === 0) return { progress: salvaged.progress };
  // Keep the unreadable text aside so nothing is silently destroyed, and keep every lesson that
  // could still be read: one damaged entry must not cost the reader the rest of the course.
  const progress = salvaged?.progress ?? emptyProgress();
  try {
    storage.setItem(`${PROGRESS_KEY}.corrupt`, current);
    if (salvaged) storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    else storage.removeItem(PROGRESS_KEY);
  } catch {
    /* storage full or blocked: the clean-up still applies in memory */
  }
  return { progress, notice: salvaged ? 'partial' : 'reset' };
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
