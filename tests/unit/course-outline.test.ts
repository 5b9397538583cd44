// The sidebar is the only way around the site besides links in the text, and Starlight's
// previous/next links follow it: a page missing from it is a page a learner cannot find.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE, COURSE_PAGES, courseSidebar } from '../../src/course/outline.ts';
import { LAB_GOALS } from '../../src/course/lab-goals.ts';
import { LESSON_SLUGS } from '../../src/quiz/schema.ts';
import { DOCS_DIR, LOCALES } from './lessons-source.ts';

function pagesOnDisk(locale: string): string[] {
  const root = join(DOCS_DIR, locale);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [relative(root, join(dir, e.name))] : []));
  return walk(root).map((f) => f.replace(/\.mdx?$/, '').replaceAll('\\', '/')).sort();
}

/** The content pages the sidebar config links, in order (what Starlight flattens for previous/next). */
const sidebarSlugs = () => courseSidebar().flatMap((group) => group.items.flatMap((item) => ('slug' in item ? [item.slug] : [])));

describe('course outline', () => {
  it.each(LOCALES)('puts every content page of %s in the sidebar, exactly once', (locale) => {
    const slugs = sidebarSlugs();
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual(pagesOnDisk(locale));
  });

  it('orders the lessons as the quizzes do, each followed by its own lab', () => {
    const lessons = COURSE_PAGES.filter((p) => p.startsWith('lessons/')).map((p) => p.slice('lessons/'.length));
    expect(lessons).toEqual([...LESSON_SLUGS, 'final-quiz']);
    for (const slug of LESSON_SLUGS) {
      const at = COURSE_PAGES.indexOf(`lessons/${slug}`);
      expect(COURSE_PAGES[at + 1], slug).toMatch(/^labs\//);
    }
  });

  it('gives every group and link a label in both languages', () => {
    for (const group of courseSidebar()) {
      expect(group.label).toBeTruthy();
      expect(group.translations.ko).toBeTruthy();
      for (const item of group.items) if ('link' in item) expect(item.translations.ko).toBeTruthy();
    }
    expect(COURSE.filter((u) => u.links).flatMap((u) => u.links!.map((l) => l.href))).toEqual(['/join/', '/teach/']);
  });

  it('knows the goals of every lab page that has goals, and only of lab pages', () => {
    const labs = COURSE_PAGES.filter((p) => p.startsWith('labs/')).map((p) => p.slice('labs/'.length));
    for (const lab of Object.keys(LAB_GOALS)) expect(labs).toContain(lab);
    expect(labs.filter((l) => !(l in LAB_GOALS))).toEqual(['mode-map', 'playground']);
    for (const goals of Object.values(LAB_GOALS)) expect(goals.length).toBeGreaterThan(0);
  });
});
