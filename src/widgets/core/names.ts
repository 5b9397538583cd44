/** Display names of scenario nodes in both languages (a lab gives them; ids are the fallback). */
import type { Lang } from '../i18n/lang.ts';

export type Localized = Record<Lang, string>;

export type NodeNames = Record<string, Localized>;

export function nameOf(names: NodeNames, id: string, lang: Lang): string {
  return names[id]?.[lang] ?? id;
}
