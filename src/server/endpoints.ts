/** Glue shared by the API routes: rate limits, the disk floor, the 405 answer, the request language. */
import type { APIContext } from 'astro';
import { ApiError, clientOf, json } from './http.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Runtime } from './runtime.ts';
import type { Lang } from './types.ts';

function tooMany(wait: number, what: string): ApiError {
  return new ApiError(429, 'rate_limited', `Too many ${what} from your network. Try again in ${wait} s.`, { 'retry-after': String(wait) });
}

export function limit(limiter: RateLimiter, context: APIContext, what: string): void {
  const wait = limiter.take(clientOf(context));
  if (wait > 0) throw tooMany(wait, what);
}

/**
 * A read that looks an assignment up by its join code (API GETs and the student page). Every
 * read takes a token of the read limit; a code that does not exist also costs a token of the
 * much smaller miss limit, and a client with none left is refused before the lookup, so guessing
 * codes is slow while a class opening a real code is not held up.
 */
export async function lookup<T>(rt: Runtime, client: string, run: () => Promise<T>, options: { read?: boolean } = {}): Promise<T> {
  if (options.read !== false) {
    const wait = rt.limits.read.take(client);
    if (wait > 0) throw tooMany(wait, 'requests');
  }
  const missWait = rt.limits.miss.wait(client);
  if (missWait > 0) throw tooMany(missWait, 'lookups of codes that do not exist');
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) rt.limits.miss.take(client);
    throw error;
  }
}

/** Counts a request body against the client's byte budget (what one network may store over time). */
export function byteBudget(rt: Runtime, context: APIContext): (bytes: number) => void {
  const client = clientOf(context);
  return (bytes) => {
    const wait = rt.limits.bytes.spend(client, bytes);
    if (wait > 0) {
      throw new ApiError(429, 'too_much_data', `Your network has sent more data than this server stores in a short time. Try again in ${wait} s.`, {
        'retry-after': String(wait),
      });
    }
  };
}

export function langOf(context: APIContext): Lang {
  return context.url.searchParams.get('lang') === 'ko' ? 'ko' : 'en';
}

export function methodNotAllowed(allowed: string[]) {
  return async () =>
    json({ error: { code: 'method_not_allowed', message: `Use ${allowed.join(' or ')} here.` } }, 405, { allow: allowed.join(', ') });
}
