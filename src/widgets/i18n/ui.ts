/**
 * Every reader-visible string of the shared widget building blocks. The tables live in ui.en.ts and
 * ui.ko.ts; a page loads only its own language (see registry.ts and locales/).
 */
import type { Lang } from './lang.ts';
import { tablesFor } from './registry.ts';
import type { UiStrings } from './ui.en.ts';

export type { UiStrings } from './ui.en.ts';

export function ui(lang: Lang): UiStrings {
  return tablesFor(lang, 'ui');
}
