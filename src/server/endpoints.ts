/** Glue shared by the API routes: rate limits, the 405 answer, the request language. */
import type { APIContext } from 'astro';
import { ApiError, clientOf, json } from './http.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Lang } from './types.ts';

export function limit(limiter: RateLimiter, context: APIContext, what: string): void {
  const wait = limiter.take(clientOf(context));
  if (wait > 0) {
    throw new ApiError(429, 'rate_limited', `Too many ${what} from your network. Try again in ${wait} s.`, { 'retry-after': String(wait) });
  }
}

export function langOf(context: APIContext): Lang {
  return context.url.searchParams.get('lang') === 'ko' ? 'ko' : 'en';
}

export function methodNotAllowed(allowed: string[]) {
  return async () =>
    json({ error: { code: 'method_not_allowed', message: `Use ${allowed.join(' or ')} here.` } }, 405, { allow: allowed.join(', ') });
}
