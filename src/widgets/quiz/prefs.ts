/**
 * The reader's quiz view preference (one question at a time or all on one page). A small key
 * of its own: it is a display setting, not progress, and survives "reset my progress".
 */
import type { StorageLike } from '../../progress/store';

export const VIEW_KEY = 'netmodes.quiz-view.v1';
export type QuizView = 'one' | 'all';

export function readView(storage: StorageLike | undefined | null): QuizView {
  try {
    return storage?.getItem(VIEW_KEY) === 'all' ? 'all' : 'one';
  } catch {
    return 'one';
  }
}

export function writeView(storage: StorageLike | undefined | null, view: QuizView): void {
  try {
    storage?.setItem(VIEW_KEY, view);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

/** localStorage, or undefined where reading the property itself throws (some privacy modes). */
export function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
