/**
 * The reader's progress, kept in localStorage under a versioned key. Anything unreadable is
 * never trusted: data that does not match this version's schema is set aside under a `.corrupt`
 * key and reported with a notice; lesson and lab entries that still read correctly are kept. When the
 * format changes incompatibly, bump the key and add a migration from the previous key to `readProgress`.
 * Optional fields added within a version (`labs`, a quiz's `best`) read as absent in older data.
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
  /** Highest score of any completed attempt (data saved before it existed counts its latest score). */
  best: number;
}

export interface LessonProgress {
  visited: boolean;
  quiz?: QuizResult;
}

/** A lab page: opened or not, and the ids of the goals the kernel has confirmed on this device. */
export interface LabProgress {
  visited: boolean;
  goals: string[];
}

export interface Progress {
  version: 1;
  lessons: Record<string, LessonProgress>;
  /** Keyed by the lab page's slug (`bridge` for /labs/bridge/). */
  labs: Record<string, LabProgress>;
}

// Validated by hand rather than with zod: this module runs on every page, and zod (even
// zod/mini) would be most of the JavaScript a plain lesson page ships.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parseQuiz(v: unknown): QuizResult | undefined | 'invalid' {
  if (v === undefined) return undefined;
  if (!isObject(v)) return 'invalid';
  const { score, total, correct = [], attempts = 1, completedAt, best = score } = v;
  if (!isCount(score) || !isCount(total) || total === 0 || typeof completedAt !== 'string') return 'invalid';
  if (!isStringList(correct)) return 'invalid';
  if (!Number.isInteger(attempts) || (attempts as number) < 1) return 'invalid';
  if (!isCount(best) || best > total) return 'invalid';
  return { score, total, correct, attempts: attempts as number, completedAt, best: Math.max(best, score) };
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

function parseLab(entry: unknown): LabProgress | undefined {
  if (!isObject(entry)) return undefined;
  const { visited = false, goals = [] } = entry;
  if (typeof visited !== 'boolean' || !isStringList(goals)) return undefined;
  return { visited, goals: [...new Set(goals)] };
}

function parseLesson(entry: unknown): LessonProgress | undefined {
  if (!isObject(entry)) return undefined;
  const visited = entry.visited ?? false;
  if (typeof visited !== 'boolean') return undefined;
  const quiz = parseQuiz(entry.quiz);
  if (quiz === 'invalid') return undefined;
  return quiz ? { visited, quiz } : { visited };
}

/** Every entry of `record` that `parse` accepts, and the keys of those it did not. */
function salvageEntries<T>(record: Record<string, unknown>, parse: (entry: unknown) => T | undefined, dropped: string[], prefix = '') {
  const kept: Record<string, T> = {};
  for (const [key, entry] of Object.entries(record)) {
    const parsed = parse(entry);
    if (parsed) kept[key] = parsed;
    else dropped.push(prefix + key);
  }
  return kept;
}

/** This version's progress with every readable lesson and lab entry, and the keys of those that were not. */
function salvageProgress(raw: unknown): { progress: Progress; dropped: string[] } | undefined {
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.lessons)) return undefined;
  if (raw.labs !== undefined && !isObject(raw.labs)) return undefined;
  const dropped: string[] = [];
  const lessons = salvageEntries(raw.lessons, parseLesson, dropped);
  const labs = salvageEntries(raw.labs ?? {}, parseLab, dropped, 'labs/');
  return { progress: { version: 1, lessons, labs }, dropped };
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
  /** Set when stored data could not be used: all of it ('reset') or some entries ('partial'). */
  notice?: 'reset' | 'partial';
}

export const emptyProgress = (): Progress => ({ version: 1, lessons: {}, labs: {} });

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

export function recordQuiz(progress: Progress, lesson: string, result: Omit<QuizResult, 'attempts' | 'best'>): Progress {
  const entry = progress.lessons[lesson] ?? { visited: true };
  const attempts = (entry.quiz?.attempts ?? 0) + 1;
  const best = Math.max(entry.quiz?.best ?? 0, result.score);
  return {
    ...progress,
    lessons: { ...progress.lessons, [lesson]: { ...entry, visited: true, quiz: { ...result, attempts, best } } },
  };
}

export function markLabVisited(progress: Progress, lab: string): Progress {
  const entry = progress.labs[lab] ?? { visited: false, goals: [] };
  return { ...progress, labs: { ...progress.labs, [lab]: { ...entry, visited: true } } };
}

/**
 * Adds goals the kernel has just confirmed in this browser. Only a lab widget's own check calls this:
 * a shared link restores a run that is checked again here, never a list of goals to trust.
 */
export function recordLabGoals(progress: Progress, lab: string, goals: readonly string[]): Progress {
  const entry = progress.labs[lab] ?? { visited: true, goals: [] };
  const merged = [...new Set([...entry.goals, ...goals])];
  if (merged.length === entry.goals.length && entry.visited) return progress;
  return { ...progress, labs: { ...progress.labs, [lab]: { visited: true, goals: merged } } };
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
