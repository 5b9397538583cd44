/** The course's languages. Every page a reader sees exists in each of them. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a path belongs to (`/ko/lessons/bridge/` -> `ko`), or undefined outside them. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/** The same page in another locale: `/en/lessons/nat/` -> `/ko/lessons/nat/`. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split('/');
  // parts[0] is '' for an absolute path
  if (isLocale(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  const joined = parts.join('/');
  return joined.endsWith('/') || /\.[a-z0-9]+$/i.test(joined) ? joined : `${joined}/`;
}

/**
 * Picks the reader's language from an Accept-Language header: Korean when the browser
 * prefers Korean over English, English otherwise (the course's fallback).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    if (isLocale(entry.lang)) return entry.lang;
  }
  return DEFAULT_LOCALE;
}
