/**
 * Each per-language island entry must load every string table its widget can read: a missing one
 * only shows up in the browser (tablesFor throws), and only on the code path that reads it. This
 * walks the widget's static import graph and compares the accessors it reaches with the tables the
 * entry imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const i18n = resolve(here, '../i18n');
/** Accessor module -> the registry tables its functions read. */
const ACCESSORS: Record<string, string[]> = {
  [join(i18n, 'ui.ts')]: ['ui'],
  [join(i18n, 'trace.ts')]: ['trace', 'reasons'],
  [join(i18n, 'reasons.ts')]: ['reasons'],
  [join(i18n, 'play/bond.ts')]: ['bond'],
  [join(i18n, 'play/chooser.ts')]: ['chooser'],
  [join(i18n, 'play/office.ts')]: ['office'],
  [join(i18n, 'play/playground.ts')]: ['playground'],
  [resolve(here, '../quiz/strings.ts')]: ['quiz'],
  [join(i18n, 'labs/routed-vs-nat.ts')]: ['rvn'],
};
// Static imports, re-exports and lazy `import('./x.tsx')`: a lazily loaded panel reads the same tables.
const IMPORT = /(?:^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?|\bimport\()['"](\.[^'"]+\.tsx?)['"]/gm;

function relativeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

/** A module named *.en.ts / *.ko.ts is either a string table or a lazily loaded per-language entry (checked on its own). */
const PER_LANG = /\.(en|ko)\.ts$/;

/** Every module the entry reaches through relative imports (static or lazy), string tables left out. */
function tablesReach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = relativeImports(entry).filter((f) => !PER_LANG.test(f));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const dep of relativeImports(file)) if (!PER_LANG.test(dep)) todo.push(dep);
  }
  return seen;
}

function tablesRead(entry: string): Set<string> {
  const seen = new Set<string>();
  const tables = new Set<string>();
  const todo = relativeImports(entry).filter((f) => !PER_LANG.test(f));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const t of ACCESSORS[file] ?? []) tables.add(t);
    for (const dep of relativeImports(file)) if (!PER_LANG.test(dep)) todo.push(dep);
  }
  return tables;
}

/** The table and language a per-language string module registers, if `file` is one. */
function tableModule(file: string): { table: string; lang: string } | undefined {
  const widget = /\/i18n\/(?:play\/|labs\/)?([a-z]+)\.(en|ko)\.ts$/.exec(file);
  if (widget) return { table: widget[1]!, lang: widget[2]! };
  const quiz = /\/quiz\/strings\.(en|ko)\.ts$/.exec(file);
  if (quiz) return { table: 'quiz', lang: quiz[1]! };
  return undefined;
}

function tablesLoaded(entry: string, lang: string): Set<string> {
  const loaded = new Set<string>();
  for (const dep of relativeImports(entry)) {
    const m = tableModule(dep);
    if (m) {
      expect(m.lang, `${entry} imports ${dep}`).toBe(lang);
      loaded.add(m.table);
    }
  }
  return loaded;
}

describe('per-language widget entries', () => {
  const en = readdirSync(join(here, 'en')).sort();
  const ko = readdirSync(join(here, 'ko')).sort();

  it('exist in both languages', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(ko).toEqual(en);
  });

  // Parts a widget loads later with their own tables (the playground's run panel).
  const lazyParts = readdirSync(resolve(here, '../playground')).filter((f) => PER_LANG.test(f));

  it('lazy parts exist in both languages', () => {
    expect(lazyParts.filter((f) => f.endsWith('.ko.ts')).map((f) => f.replace('.ko.', '.en.'))).toEqual(lazyParts.filter((f) => f.endsWith('.en.ts')));
  });

  for (const part of lazyParts) {
    const lang = PER_LANG.exec(part)![1]!;
    it(`playground/${part} loads the ${lang} tables its part reads that the playground entry did not`, () => {
      const entry = resolve(here, '../playground', part);
      const own = tablesLoaded(entry, lang);
      const parent = tablesLoaded(join(here, lang, 'ConfigPlayground.tsx'), lang);
      expect([...own].filter((t) => parent.has(t))).toEqual([]);
      expect([...own, ...parent].sort()).toEqual([...tablesRead(entry)].sort());
    });
  }

  // The labs' narration tables, loaded when a lab first has a step to tell (core/useNarration.ts).
  const narration = (lang: string) => resolve(here, '../core', `narration.${lang}.ts`);
  const lazyNarration = (entry: string) => tablesReach(entry).has(resolve(here, '../core/useNarration.ts'));

  it('the lazily loaded narration exists in both languages and loads the trace and reason tables', () => {
    for (const lang of ['en', 'ko']) expect([...tablesLoaded(narration(lang), lang)].sort()).toEqual(['reasons', 'trace']);
  });

  for (const lang of ['en', 'ko']) {
    for (const name of lang === 'en' ? en : ko) {
      it(`${lang}/${name} loads exactly the ${lang} tables its widget reads (with the lazy narration where it uses it)`, () => {
        const entry = join(here, lang, name);
        const loaded = tablesLoaded(entry, lang);
        if (lazyNarration(entry)) {
          const later = tablesLoaded(narration(lang), lang);
          // What the narration brings is not loaded twice by the entry.
          expect([...later].filter((t) => loaded.has(t))).toEqual([]);
          for (const t of later) loaded.add(t);
        }
        expect([...loaded].sort()).toEqual([...tablesRead(entry)].sort());
      });
    }
  }
});
