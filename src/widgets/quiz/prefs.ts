/**
 * The reader's quiz view preference (one question at a time or all on one page). A small key
 * of its own: it is a display setting, not progress, and survives "reset my progress".
 */
import { PROGRESS_KEY, damageOf, type StorageLike } from '../../progress/store';
import { hashString } from '../../quiz/shuffle.ts';

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

const NOTICE_KEY = 'netmodes.quiz-reset-notice.v1';

/**
 * Whether the reader still has to be told that unreadable progress was set aside, and whether all
 * of it was lost ('reset') or only some lessons ('partial'). Any script on the page may be the
 * first to read progress and clean it up (the lesson header marks the page as visited before this
 * island hydrates), so the island looks at the kept-aside copy instead of relying on seeing the
 * clean-up itself, and tells the reader once per unreadable copy.
 */
export function takeResetNotice(storage: StorageLike | undefined | null): 'reset' | 'partial' | undefined {
  try {
    const corrupt = storage?.getItem(`${PROGRESS_KEY}.corrupt`);
    if (corrupt === null || corrupt === undefined) return undefined;
    const fingerprint = String(hashString(corrupt));
    if (storage?.getItem(NOTICE_KEY) === fingerprint) return undefined;
    storage?.setItem(NOTICE_KEY, fingerprint);
    return damageOf(corrupt);
  } catch {
    return undefined;
  }
}
