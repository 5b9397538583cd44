/**
 * The API's HTTP conventions: JSON errors `{ error: { code, message } }`, body size limits, bearer
 * tokens, and a catch-all so that a bug answers 500 with a plain message, never a stack trace.
 */
import type { APIContext, APIRoute } from 'astro';
import type { z } from 'zod';
import { DatabaseUnavailableError } from './db-errors.ts';
import { insufficientStorage, isDiskFull } from './disk.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  /** More for the client next to code and message (e.g. the receipt of a kept late attempt). */
  readonly details: Record<string, unknown>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.details = details;
  }
}

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  // Answers, tokens and class lists must not sit in shared caches.
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

export function errorResponse(error: ApiError): Response {
  return json({ error: { ...error.details, code: error.code, message: error.message } }, error.status, error.headers);
}

/** The database (PostgreSQL) cannot be reached just now: nothing was stored, try again shortly. */
export function databaseUnavailable(): ApiError {
  return new ApiError(503, 'database_unavailable', 'The database cannot be reached just now, so nothing was stored. Try again in a few seconds.', { 'retry-after': '5' });
}

/** Wraps a route: ApiErrors become their JSON answer, anything else a logged 500. */
export function route(handler: (context: APIContext) => Promise<Response>): APIRoute {
  return async (context) => {
    try {
      return await handler(context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (error instanceof DatabaseUnavailableError) {
        console.error(`netmodes: ${context.request.method} ${context.url.pathname}: ${error.message}`);
        return errorResponse(databaseUnavailable());
      }
      if (isDiskFull(error)) {
        console.error(`netmodes: ${context.request.method} ${context.url.pathname}: the disk is full`);
        return errorResponse(insufficientStorage());
      }
      console.error(`netmodes: ${context.request.method} ${context.url.pathname} failed:`, error);
      return errorResponse(new ApiError(500, 'internal', 'Something went wrong on the server. Please try again.'));
    }
  };
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => new ApiError(413, 'too_large', `The request body is larger than ${maxBytes} bytes.`);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch {
      throw new ApiError(400, 'bad_body', 'The request body could not be read.');
    }
    if (part.done) break;
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : 'body'}: ${i.message}`)
    .join('; ');
}

/** Reads and validates a JSON body no larger than `maxBytes`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes: number, countBytes?: (bytes: number) => void): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(400, 'bad_content_type', 'Send the body as JSON (Content-Type: application/json).');
  const text = await readText(request, maxBytes);
  countBytes?.(Buffer.byteLength(text));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(400, 'invalid_input', describeZodError(parsed.error));
  return parsed.data;
}

/** The token of an `Authorization: Bearer ...` header, if any. */
export function bearer(request: Request): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return m?.[1];
}

/** The client's address as the adapter saw it (it honours X-Forwarded-For only for allowed proxies). */
export function clientOf(context: { readonly clientAddress: string }): string {
  try {
    return context.clientAddress || 'unknown';
  } catch {
    return 'unknown';
  }
}
