/** The builder's question list, computed once per process and language. */
import { catalog, type CatalogGroup } from './questions.ts';
import { gradingSetup } from './runtime.ts';
import type { Lang } from './types.ts';

const cache = new Map<Lang, CatalogGroup[]>();

export function catalogFor(lang: Lang): CatalogGroup[] {
  let groups = cache.get(lang);
  if (!groups) {
    const { bank, keys } = gradingSetup();
    groups = catalog(bank, keys, lang);
    cache.set(lang, groups);
  }
  return groups;
}
