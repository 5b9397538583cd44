/**
 * The course in the order a learner takes it: each unit is a lesson followed by its lab, then
 * practice and review, then the tools. This one list drives the sidebar (and with it Starlight's
 * previous/next links, which follow the flattened sidebar), and the course map on the home pages.
 * tests/unit/course-outline.test.ts fails when a page in content/docs is missing here.
 *
 * Plain data with no Astro imports: astro.config.mjs loads it before any content exists.
 */
export type OutlineLocale = 'en' | 'ko';
export type Localized = Record<OutlineLocale, string>;

/** A page outside content/docs (an on-demand route), linked by its path after the locale. */
export interface OutlineLink {
  href: string;
  label: Localized;
}

export interface CourseUnit {
  id: string;
  label: Localized;
  /** Content pages by slug under content/docs/<locale>/ ('index' is the home page). */
  pages: readonly string[];
  links?: readonly OutlineLink[];
  /** Shown as a numbered step on the course map (the tools are listed separately). */
  step: boolean;
}

export const HOME_LABEL: Localized = { en: 'Course home', ko: '강의 홈' };

export const COURSE: readonly CourseUnit[] = [
  { id: 'start', label: { en: 'Start here', ko: '시작하기' }, pages: ['index', 'lessons/overview', 'labs/mode-map'], step: true },
  { id: 'bridge', label: { en: 'Bridge', ko: '브리지' }, pages: ['lessons/bridge', 'labs/bridge'], step: true },
  { id: 'routed', label: { en: 'Routed', ko: '라우팅' }, pages: ['lessons/routed', 'labs/routed'], step: true },
  { id: 'nat', label: { en: 'NAT', ko: 'NAT' }, pages: ['lessons/nat', 'labs/nat'], step: true },
  { id: 'routed-vs-nat', label: { en: 'Routed vs NAT', ko: '라우팅과 NAT 비교' }, pages: ['lessons/routed-vs-nat', 'labs/routed-vs-nat'], step: true },
  { id: 'bond', label: { en: 'Bond', ko: '본딩' }, pages: ['lessons/bond', 'labs/bond'], step: true },
  { id: 'small-office', label: { en: 'The small office', ko: '작은 사무실' }, pages: ['lessons/small-office', 'labs/small-office'], step: true },
  { id: 'practice', label: { en: 'Practice and review', ko: '연습과 마무리' }, pages: ['labs/playground', 'lessons/final-quiz'], step: true },
  {
    id: 'tools',
    label: { en: 'Course tools', ko: '학습 도구' },
    pages: ['course/glossary'],
    links: [{ href: '/join/', label: { en: 'Join an assignment', ko: '과제 참여하기' } }],
    step: false,
  },
  {
    id: 'teachers',
    label: { en: 'For teachers', ko: '교강사용' },
    pages: ['course/teachers'],
    links: [{ href: '/teach/', label: { en: 'Create an assignment', ko: '과제 만들기' } }],
    step: false,
  },
];

/** Every content page of the course, in course order. */
export const COURSE_PAGES: readonly string[] = COURSE.flatMap((unit) => unit.pages);

type SidebarItem =
  | { slug: string; label?: string; translations?: Record<string, string> }
  | { link: string; label: string; translations: Record<string, string> };

/** Starlight's `sidebar` option: one group per unit, labels of content pages from their titles. */
export function courseSidebar(): Array<{ label: string; translations: Record<string, string>; items: SidebarItem[] }> {
  return COURSE.map((unit) => ({
    label: unit.label.en,
    translations: { ko: unit.label.ko },
    items: [
      ...unit.pages.map((slug): SidebarItem => (slug === 'index' ? { slug, label: HOME_LABEL.en, translations: { ko: HOME_LABEL.ko } } : { slug })),
      ...(unit.links ?? []).map((l): SidebarItem => ({ link: l.href, label: l.label.en, translations: { ko: l.label.ko } })),
    ],
  }));
}
