/**
 * The routed-vs-NAT lesson tells the reader which button to press and which row to read in this
 * lab. Every name it quotes in the demo sections must be one the lab really shows, in the same
 * language, so the lesson never sends a reader looking for a scenario that does not exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rvnText } from '../../i18n/labs/routed-vs-nat.ts';
import { rvnEn } from '../../i18n/labs/rvn.en.ts';
import { rvnKo } from '../../i18n/labs/rvn.ko.ts';

const lesson = (lang: 'en' | 'ko') =>
  readFileSync(new URL(`../../../../content/docs/${lang}/lessons/routed-vs-nat.mdx`, import.meta.url), 'utf8');

/** The text of the `<div id="demo-...">` sections, where the lesson walks through the lab. */
function demoSections(text: string): string {
  return [...text.matchAll(/<div id="demo-[a-z-]+"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => m[1]!).join('\n');
}

describe('routed-vs-NAT lesson text names what the lab shows', () => {
  for (const [lang, strings] of [['en', rvnEn], ['ko', rvnKo]] as const) {
    it(`${lang}: every quoted name in the demo sections is a button or a table row of the lab`, () => {
      const known = new Set([
        ...Object.values(rvnText.actions).map((a) => a[lang]),
        ...Object.values(strings.rows),
      ]);
      const sections = demoSections(lesson(lang));
      expect(sections.length).toBeGreaterThan(500);
      const quoted = [...sections.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
      expect(quoted.length).toBeGreaterThan(2);
      for (const q of quoted) expect(known, `"${q}" is not a button or row of the lab`).toContain(q);
    });
  }
});
