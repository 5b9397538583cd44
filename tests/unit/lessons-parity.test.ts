// The Korean and English lessons must teach the same thing with the same structure: a section, a
// lab slot or a diagram missing in one language is a missing translation, and a glossary link that
// points nowhere is a broken promise to the reader.
import { describe, expect, it } from 'vitest';
import {
  LESSONS,
  LESSON_SLUGS,
  LOCALES,
  REQUIRED_TERMS,
  anchorLinks,
  docsFiles,
  explicitIds,
  glossaryLinks,
  glossaryPath,
  glossaryTermIds,
  headings,
  interfacesBlocks,
  lessonLinks,
  lessonPath,
  lessonSlugsOnDisk,
  mermaidAlts,
  mermaidCount,
  outcomes,
  readText,
  slotLikeComments,
  TRY_ITS,
  slots,
  splitFrontmatter,
  frontmatterField,
} from './lessons-source.ts';

const read = (locale: (typeof LOCALES)[number], slug: string) => readText(lessonPath(locale, slug));

describe('lesson set', () => {
  it('has the same lesson pages in every locale', () => {
    const [first, ...rest] = LOCALES.map(lessonSlugsOnDisk);
    for (const other of rest) expect(other).toEqual(first);
  });

  it('contains every lesson of the course in every locale', () => {
    for (const locale of LOCALES) expect(lessonSlugsOnDisk(locale)).toEqual(expect.arrayContaining(LESSON_SLUGS));
  });
});

describe.each(LESSON_SLUGS)('lesson %s', (slug) => {
  const texts = Object.fromEntries(LOCALES.map((l) => [l, read(l, slug)])) as Record<(typeof LOCALES)[number], string>;
  const en = texts.en;
  const ko = texts.ko;

  it('has the same number of ## and ### headings, level by level', () => {
    const levels = (t: string) => headings(t).map((h) => h.split(' ')[0]);
    expect(levels(ko)).toEqual(levels(en));
  });

  it('has the same widget and quiz slots in the same order', () => {
    expect(slots(ko)).toEqual(slots(en));
  });

  it('uses only the widget ids assigned to it, each once, and its own quiz once', () => {
    for (const text of [en, ko]) {
      const found = slots(text);
      const widgets = found.filter((s) => s.kind === 'widget').map((s) => s.id);
      expect(new Set(widgets)).toEqual(new Set(LESSONS[slug]));
      expect(widgets).toHaveLength(LESSONS[slug].length);
      expect(found.filter((s) => s.kind === 'quiz')).toEqual([{ kind: 'quiz', id: slug }]);
      // Every embed-like tag must be a well-formed one (no leftover slot markers, no typos).
      expect(slotLikeComments(text)).toHaveLength(found.length);
    }
  });

  it('puts the quiz after the summary and before further reading', () => {
    for (const text of [en, ko]) {
      const h2 = headings(text).filter((h) => h.startsWith('## '));
      const lastTwo = h2.slice(-2);
      expect(lastTwo).toHaveLength(2);
      const quizAt = text.indexOf(`<QuizBlock mode="${slug}" />`);
      expect(quizAt).toBeGreaterThan(text.indexOf(`\n${lastTwo[0]}\n`));
      expect(quizAt).toBeLessThan(text.indexOf(`\n${lastTwo[1]}\n`));
    }
    expect(headings(en).filter((h) => h.startsWith('## ')).slice(-2)).toEqual(['## Summary', '## Further reading']);
    expect(headings(ko).filter((h) => h.startsWith('## ')).slice(-2)).toEqual(['## 정리', '## 더 읽을거리']);
  });

  it('has a "try it" paragraph for every widget slot', () => {
    const count = (t: string, marker: string) => t.split(marker).length - 1;
    expect(count(en, '**Try it.**')).toBe(TRY_ITS[slug]);
    expect(count(ko, '**직접 해 보기.**')).toBe(TRY_ITS[slug]);
  });

  it('has the same interfaces config blocks (and deliberate mistakes) in the same order', () => {
    const shape = (t: string) => interfacesBlocks(t).map((b) => (b.mistake ? 'mistake' : 'config'));
    expect(shape(ko)).toEqual(shape(en));
    // Config text is the same file in both languages; only the prose around it is translated.
    expect(interfacesBlocks(ko).map((b) => b.body)).toEqual(interfacesBlocks(en).map((b) => b.body));
  });

  it('has the same diagrams, each with a text alternative', () => {
    expect(mermaidCount(ko)).toBe(mermaidCount(en));
    for (const text of [en, ko]) {
      const alts = mermaidAlts(text);
      expect(alts).toHaveLength(mermaidCount(text));
      for (const alt of alts) expect(alt.length).toBeGreaterThan(40);
    }
  });

  // The course order (sidebar, previous/next, course map) is src/course/outline.ts, tested in course-outline.test.ts.
  it('has matching frontmatter: reading time and 3-5 outcomes', () => {
    const fm = (t: string) => splitFrontmatter(t).frontmatter;
    for (const text of [en, ko]) {
      expect(frontmatterField(fm(text), 'title')).toBeTruthy();
      expect(frontmatterField(fm(text), 'description')).toBeTruthy();
      expect(outcomes(fm(text)).length).toBeGreaterThanOrEqual(3);
      expect(outcomes(fm(text)).length).toBeLessThanOrEqual(5);
    }
    expect(frontmatterField(fm(ko), 'readingTime')).toBe(frontmatterField(fm(en), 'readingTime'));
    expect(outcomes(fm(ko))).toHaveLength(outcomes(fm(en)).length);
  });

  it('links to the Proxmox documentation in further reading', () => {
    for (const text of [en, ko]) {
      const further = text.slice(text.lastIndexOf('\n## '));
      expect(further).toContain('https://pve.proxmox.com/wiki/Network_Configuration');
      expect(further).toContain('https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_network_configuration');
    }
  });

  it('defines every in-page #anchor it links to, with the same anchors in both languages', () => {
    for (const text of [en, ko]) {
      const ids = new Set(explicitIds(text));
      for (const anchor of anchorLinks(text)) expect(ids, `#${anchor}`).toContain(anchor);
    }
    expect(anchorLinks(ko)).toEqual(anchorLinks(en));
  });
});

describe('routed vs NAT table', () => {
  it('links each comparison row to a demo anchor defined in the page', () => {
    for (const locale of LOCALES) {
      const text = read(locale, 'routed-vs-nat');
      const rows = text.split('\n').filter((l) => /^\| \[/.test(l));
      expect(rows.map((r) => /\]\(#(demo-[\w-]+)\)/.exec(r)?.[1])).toEqual([
        'demo-addressing',
        'demo-setup',
        'demo-inbound',
        'demo-public-ips',
        'demo-provider-view',
      ]);
    }
  });
});

describe('glossary', () => {
  const ids = Object.fromEntries(LOCALES.map((l) => [l, glossaryTermIds(readText(glossaryPath(l)))]));

  it('has the same term ids, in the same order, in every locale', () => {
    for (const locale of LOCALES) expect(ids[locale]).toEqual(ids.en);
  });

  it('has no duplicate term ids and every required term', () => {
    for (const locale of LOCALES) {
      const list = ids[locale] ?? [];
      expect(new Set(list).size).toBe(list.length);
      expect(list).toEqual(expect.arrayContaining(REQUIRED_TERMS));
    }
  });

  it('has the same sections in every locale', () => {
    const levels = (t: string) => headings(t).map((h) => h.split(' ')[0]);
    for (const locale of LOCALES) expect(levels(readText(glossaryPath(locale)))).toEqual(levels(readText(glossaryPath('en'))));
  });
});

describe('links between pages', () => {
  it.each(LOCALES)('every glossary link in content/docs/%s points to an existing term of the same locale', (locale) => {
    const terms = new Set(glossaryTermIds(readText(glossaryPath(locale))));
    for (const file of docsFiles(locale)) {
      for (const link of glossaryLinks(readText(file))) {
        expect(link.locale, `${file}: /${link.locale}/course/glossary/#${link.id}`).toBe(locale);
        expect(terms, `${file}: #${link.id}`).toContain(link.id);
      }
    }
  });

  it.each(LOCALES)('every lesson link in the lessons and glossary of %s points to an existing lesson', (locale) => {
    const existing = new Set(lessonSlugsOnDisk(locale));
    const files = [...LESSON_SLUGS.map((s) => lessonPath(locale, s)), glossaryPath(locale)];
    for (const file of files) {
      for (const link of lessonLinks(readText(file))) {
        expect(link.locale, file).toBe(locale);
        expect(existing, `${file}: ${link.slug}`).toContain(link.slug);
      }
    }
  });

  it('links to the glossary from every lesson, the same number of times in both languages', () => {
    for (const slug of LESSON_SLUGS) {
      const en = glossaryLinks(read('en', slug)).map((l) => l.id);
      const ko = glossaryLinks(read('ko', slug)).map((l) => l.id);
      expect(en.length, slug).toBeGreaterThan(0);
      expect(new Set(ko), slug).toEqual(new Set(en));
    }
  });
});
