/** Which addresses the service worker may answer from its cache (pure, shared by sw.ts and tests). */

/**
 * Teacher and student pages (`/ko/teach/…`, `/en/join/…`) show live data and the API is the live data:
 * the worker never stores or serves them from a cache (src/pages/[lang]/teach, join and src/pages/api
 * are the on-demand routes; the 404 page is one too, but it is never in the precache to begin with).
 */
export function isOnlineOnly(pathname: string): boolean {
  return /^\/api(\/|$)/.test(pathname) || /^\/[^/]+\/(teach|join)(\/|$)/.test(pathname);
}

/**
 * The precache address of a page the reader navigates to: the server answers `/en/labs/nat` and
 * `/en/labs/nat/` alike (trailingSlash: 'ignore'), the precache lists the latter.
 */
export function pageKey(pathname: string): string {
  if (pathname.endsWith('/')) return pathname;
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  return /\.[a-z0-9]+$/i.test(pathname.split('/').pop() ?? '') ? pathname : `${pathname}/`;
}
