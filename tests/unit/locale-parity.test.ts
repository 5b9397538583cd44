import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../../src/i18n/locales';

const root = 'content/docs';

function pagesOf(locale: string): string[] {
  const base = join(root, locale);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.mdx?$/.test(name)) out.push(relative(base, full).replace(/\.mdx?$/, ''));
    }
  };
  walk(base);
  return out.sort();
}

describe('locales', () => {
  it('every page exists in every locale', () => {
    const [first, ...rest] = LOCALES.map((locale) => ({ locale, pages: pagesOf(locale) }));
    for (const other of rest) {
      const missingInOther = first!.pages.filter((p) => !other.pages.includes(p));
      const missingInFirst = other.pages.filter((p) => !first!.pages.includes(p));
      expect({ [`missing in ${other.locale}`]: missingInOther, [`missing in ${first!.locale}`]: missingInFirst }).toEqual({
        [`missing in ${other.locale}`]: [],
        [`missing in ${first!.locale}`]: [],
      });
    }
  });
});
