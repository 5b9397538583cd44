/** fetch for the islands: JSON in, `{ ok, data }` or `{ ok: false, code, message }` out, never a throw. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; details?: Record<string, unknown> };

/**
 * `etag`: the ETag of the answer the caller already has; the server then answers 304 (`ok`, status
 * 304, no data: keep what you have) while nothing changed. The result's `etag` is the new one.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown; token?: string; etag?: string } = {}): Promise<ApiResult<T> & { etag?: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.etag) headers['if-none-match'] = init.etag;
  let response: Response;
  try {
    // no-store: the browser's cache neither keeps answers nor turns a 304 into a stored copy.
    response = await fetch(path, { method: init.method ?? 'GET', headers, cache: 'no-store', body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  } catch {
    return { ok: false, status: 0, code: 'network', message: 'network' };
  }
  if (response.status === 204 || response.status === 304) return { ok: true, status: response.status, data: undefined as T, etag: init.etag };
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    // Not our JSON: a proxy's error page, or a body cut off on the way. Say what the status means.
    return { ok: false, status: response.status, code: statusCode(response.status), message: `HTTP ${response.status}` };
  }
  if (response.ok) return { ok: true, status: response.status, data: payload as T, etag: response.headers.get('etag') ?? undefined };
  const error = (payload as { error?: { code?: string; message?: string } & Record<string, unknown> } | null)?.error;
  return { ok: false, status: response.status, code: error?.code ?? statusCode(response.status), message: error?.message ?? `HTTP ${response.status}`, details: error ?? undefined };
}

/** The error code a bare HTTP status stands for, when the answer carries none of ours. */
export function statusCode(status: number): string {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'too_large';
  if (status === 429) return 'rate_limited';
  if (status === 507) return 'insufficient_storage';
  if (status >= 500) return 'internal';
  // A 2xx that is not JSON, or a status we never send: the connection or something between broke.
  return status >= 200 && status < 300 ? 'network' : 'unknown';
}

/**
 * The message to show, always in the reader's language: ours for the code, or the general one
 * (the server's own text is English and written for developers).
 */
export function errorText(result: { code: string; message: string }, known: Record<string, string>): string {
  return known[result.code] ?? known.unknown ?? result.message;
}
