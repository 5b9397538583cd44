/** Strings of the small-office lab (the illustrated server, cables and switch). Korean in 합니다 style with the established terms. The tables live in office.en.ts and office.ko.ts; a page loads only its own language (see ../registry.ts). */
import type { Lang } from '../play.ts';
import { tablesFor } from '../registry.ts';
import type { OfficeStrings } from './office.en.ts';

export type { OfficeStrings } from './office.en.ts';

export function officeStrings(lang: Lang): OfficeStrings {
  return tablesFor(lang, 'office');
}
