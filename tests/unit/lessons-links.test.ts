// Links into the lessons come from the lessons themselves, the glossary, the other course pages and
// the quiz explanations. A link whose page or #anchor does not exist sends a reader nowhere, so every
// one of them is resolved here against the MDX on disk. Heading anchors are computed with
// github-slugger, the slugger Astro uses for heading ids.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, LOCALES, docsFiles, explicitIds, lessonPath, lessonSlugsOnDisk, readText, withoutFences } from './lessons-source.ts';

const QUIZ_DIR = join(DOCS_DIR, '..', 'quizzes');

function quizFiles(): string[] {
  try {
    return readdirSync(QUIZ_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(QUIZ_DIR, f));
  } catch {
    return [];
  }
}

/** Every id a reader can land on in a page: heading slugs in document order, plus explicit ids. */
function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = withoutFences(text)
    .split('\n')
    .flatMap((line) => {
      const m = /^#{1,6} (.+?)\s*#*\s*$/.exec(line);
      return m ? [slugger.slug((m[1] ?? '').replace(/`/g, ''))] : [];
    });
  return new Set([...ids, ...explicitIds(text)]);
}

interface LessonLink {
  locale: string;
  slug: string;
  anchor?: string;
}

function linksToLessons(text: string): LessonLink[] {
  return [...text.matchAll(/\/(en|ko)\/lessons\/([a-z0-9-]+)\/?(?:#([^\s)"'`\]]+))?/g)].map((m) => ({
    locale: m[1] ?? '',
    slug: m[2] ?? '',
    ...(m[3] ? { anchor: decodeURIComponent(m[3]) } : {}),
  }));
}

const sources = [...LOCALES.flatMap((l) => docsFiles(l)), ...quizFiles()];

describe('links into the lessons', () => {
  it('computes the anchors Astro gives the lesson headings', () => {
    // A fixed point, so a change in slugging shows up here rather than as a pile of broken links.
    const anchors = anchorsOf(readText(lessonPath('ko', 'routed-vs-nat')));
    expect(anchors).toContain('라우팅이-정말-더-쉬울까');
    expect(anchors).toContain('demo-addressing');
    expect(anchorsOf(readText(lessonPath('en', 'bond')))).toContain('8023ad-with-lacp-otherwise-active-backup');
  });

  const cases = sources.map((file) => ({ name: file.slice(join(DOCS_DIR, '..', '..').length + 1), file }));

  it.each(cases)('$name links only to lesson pages and anchors that exist', ({ file }) => {
    for (const link of linksToLessons(readText(file))) {
      const locale = link.locale as (typeof LOCALES)[number];
      const target = `/${locale}/lessons/${link.slug}/${link.anchor ? `#${link.anchor}` : ''}`;
      expect(lessonSlugsOnDisk(locale), target).toContain(link.slug);
      if (link.anchor) expect(anchorsOf(readText(lessonPath(locale, link.slug))), target).toContain(link.anchor);
    }
  });
});
