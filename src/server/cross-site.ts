/**
 * Refusing cross-site form submissions (CSRF), with the same rule as Astro's built-in origin check
 * (astro/dist/core/app/origin-check.js), which answers in plain text. This one answers the API's
 * paths with the API's JSON error. Astro's own check is switched off in astro.config.mjs only
 * because src/middleware.ts runs this one in its place, for every on-demand route.
 */
import { ApiError, errorResponse } from './http.ts';

// A browser sends these cross-site without asking the server first (no CORS preflight).
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for an unsafe request that does not come from this site's own pages: a form-type body from
 * another origin, or no body type and no matching Origin header at all.
 */
export function isCrossSiteSubmission(request: Request, url: URL): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const sameOrigin = request.headers.get('origin') === url.origin;
  const type = request.headers.get('content-type');
  if (type === null) return !sameOrigin;
  const lower = type.toLowerCase();
  return !sameOrigin && FORM_TYPES.some((form) => lower.includes(form));
}

export function crossSiteRefusal(request: Request, url: URL): Response {
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    return errorResponse(
      new ApiError(403, 'cross_site', `Cross-site ${request.method} requests are refused. Send JSON from this site's own pages (with its Origin header).`),
    );
  }
  return new Response(`Cross-site ${request.method} form submissions are forbidden`, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
