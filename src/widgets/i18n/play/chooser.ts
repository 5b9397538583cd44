/** Strings of the "which mode fits my situation" guide. Korean in 합니다 style with the established terms. The tables live in chooser.en.ts and chooser.ko.ts; a page loads only its own language (see ../registry.ts). */
import type { Lang } from '../play.ts';
import { tablesFor } from '../registry.ts';
import type { ChooserStrings } from './chooser.en.ts';

export type { ChooserStrings } from './chooser.en.ts';

export function chooserStrings(lang: Lang): ChooserStrings {
  return tablesFor(lang, 'chooser');
}
