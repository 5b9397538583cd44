/** fetch for the islands: JSON in, `{ ok, data }` or `{ ok: false, code, message }` out, never a throw. */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: string; message: string };

export async function api<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  } catch {
    return { ok: false, status: 0, code: 'network', message: 'network' };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    return { ok: false, status: response.status, code: 'network', message: `HTTP ${response.status}` };
  }
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  const error = (payload as { error?: { code?: string; message?: string } }).error;
  return { ok: false, status: response.status, code: error?.code ?? 'unknown', message: error?.message ?? `HTTP ${response.status}` };
}

/** The message to show: ours in the reader's language when we know the code, the server's otherwise. */
export function errorText(result: { code: string; message: string }, known: Record<string, string>): string {
  return known[result.code] ?? result.message;
}
