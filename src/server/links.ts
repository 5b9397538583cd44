/** Addresses handed to teachers and students. */
import type { Lang } from './types.ts';

export function originOf(requestUrl: URL, publicUrl: string | undefined): string {
  return (publicUrl ?? requestUrl.origin).replace(/\/+$/, '');
}

export function studentPath(lang: Lang, code: string): string {
  return `/${lang}/join/${code}/`;
}

/** The token rides in the fragment: browsers never send it, so it stays out of every server log. */
export function teacherPath(lang: Lang, code: string, token: string): string {
  return `/${lang}/teach/${code}/#t=${token}`;
}
