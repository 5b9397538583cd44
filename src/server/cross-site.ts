/**
 * Refusing cross-site form submissions (CSRF), with the rule of Astro's built-in origin check
 * (astro/dist/core/app/origin-check.js), which answers in plain text. This one answers the API's
 * paths with the API's JSON error. Astro's own check is switched off in astro.config.mjs only
 * because src/middleware.ts runs this one in its place, for every on-demand route.
 *
 * One difference: only POST is checked. A browser sends PUT, PATCH or DELETE to another site only
 * after a CORS preflight, which this server never grants, so those cannot be forged; Astro's rule
 * refused them whenever the Origin differs from the server's own URL, which is the case behind an
 * HTTPS proxy (the server sees http://), where a teacher could then not delete a submission.
 */
import { ApiError, errorResponse } from './http.ts';

// A browser sends these cross-site without asking the server first (no CORS preflight).
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * True for a POST that does not come from this site's own pages: a form-type body from another
 * origin, or no body type and no matching Origin header at all.
 */
export function isCrossSiteSubmission(request: Request, url: URL): boolean {
  // GET, HEAD and POST are the only methods a page can send to another site without a preflight.
  if (request.method !== 'POST') return false;
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
