/** Strings of the config playground (editor, diagnostics, share, run and probes). Korean in 합니다 style with the established terms. The tables live in playground.en.ts and playground.ko.ts; a page loads only its own language (see ../registry.ts). */
import type { Lang } from '../play.ts';
import { tablesFor } from '../registry.ts';
import type { PlaygroundStrings } from './playground.en.ts';

export type { PlaygroundStrings } from './playground.en.ts';

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return tablesFor(lang, 'playground');
}
