/**
 * Shared bits of the playground, mode chooser, bond lab and small-office lab strings. Each widget's
 * reader-visible strings (English and Korean, Korean in 합니다 style with the established terms
 * 브리지, 라우팅, 본딩, 게이트웨이, 포트 포워딩) live in their own module under play/, imported directly
 * by the widget, so a page ships only the strings of the widgets it shows.
 */
export type Lang = 'ko' | 'en';

/** Where a lesson lives in the site, in the reader's language. */
export function lessonHref(lang: Lang, slug: string): string {
  return `/${lang}/lessons/${slug}/`;
}
