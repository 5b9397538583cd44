/** Strings of the bond lab (modes, flows per port, cable pulls and failover). Korean in 합니다 style with the established terms. The tables live in bond.en.ts and bond.ko.ts; a page loads only its own language (see ../registry.ts). */
import type { Lang } from '../play.ts';
import { tablesFor } from '../registry.ts';
import type { BondStrings } from './bond.en.ts';

export type { BondStrings } from './bond.en.ts';

export function bondStrings(lang: Lang): BondStrings {
  return tablesFor(lang, 'bond');
}
