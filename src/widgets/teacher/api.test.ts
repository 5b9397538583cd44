import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, errorText, statusCode } from './api.ts';
import { teacherStrings } from './strings.ts';

afterEach(() => vi.unstubAllGlobals());

describe('teacher API client', () => {
  it('turns a proxy\'s non-JSON error page into a code the page can explain', async () => {
    vi.stubGlobal('fetch', async () => new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const r = await api('/api/assignments/ABCDEF/dashboard');
    expect(r).toMatchObject({ ok: false, status: 502, code: 'internal' });
    expect(statusCode(413)).toBe('too_large');
    expect(statusCode(429)).toBe('rate_limited');
  });

  it('says "network" when the server cannot be reached at all', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await api('/api/x')).toMatchObject({ ok: false, status: 0, code: 'network' });
  });

  it('shows every error code the server sends in both languages, and never its English text on a Korean page', () => {
    // Every code the server can send, read from its source so that a new one cannot be forgotten here.
    const files = ['src/server', 'src/pages/api'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f))).filter((f) => f.endsWith('.ts'));
    const codes = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/new ApiError\(\d+, '([a-z_]+)'/g)].map((m) => m[1]!)));
    expect(codes.size).toBeGreaterThan(10);
    for (const lang of ['en', 'ko'] as const) {
      for (const code of codes) expect(teacherStrings[lang].errors[code], `${lang} ${code}`).toBeTruthy();
    }
    expect(errorText({ code: 'something_new', message: 'Internal detail' }, teacherStrings.ko.errors)).toBe(teacherStrings.ko.errors.unknown);
  });
});
