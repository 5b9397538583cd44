import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { call, removeDir, startServer, type Running } from './harness.ts';

const bank = loadBank();
const questionId = [...bank.questions.values()].find((q) => q.type === 'single')!.id;

let server: Running;
beforeAll(async () => {
  server = await startServer({ env: { NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' } });
});
afterAll(async () => {
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

const EVIL = 'http://attacker.example';

describe('cross-site requests to the built server', () => {
  it.each([
    ['application/x-www-form-urlencoded', 'title=x&locale=en'],
    ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n'],
    ['text/plain', '{"title":"x","locale":"en","questionIds":[]}'],
  ])('a cross-site %s POST to the API is refused with 403 and the API\'s JSON error', async (type, raw) => {
    for (const path of ['/api/assignments', '/api/assignments/ABCDEF/submissions', '/api/no-such-endpoint']) {
      const res = await call(server.base, path, { raw, headers: { 'content-type': type, origin: EVIL } });
      expect(res.status, `${path}: ${res.text}`).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.json).toEqual({ error: { code: 'cross_site', message: expect.stringContaining('Cross-site POST') } });
    }
  });

  it('refuses an unsafe request with no Origin and no body type (a DELETE from another tool), in JSON', async () => {
    const res = await fetch(`${server.base}/api/assignments/ABCDEF/submissions/x`, { method: 'DELETE' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'cross_site' } });
  });

  it('still refuses a cross-site form POST to a page, in plain text there', async () => {
    const res = await call(server.base, '/en/join/', { raw: 'code=ABCDEF', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL } });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Cross-site POST form submissions are forbidden');
  });

  it("lets the site's own JSON requests through (same origin), and a form-type body from the same origin reaches the API", async () => {
    const created = await call(server.base, '/api/assignments', { body: { title: 'Own page', locale: 'en', questionIds: [questionId] } });
    expect(created.status, created.text).toBe(201);
    const form = await call(server.base, '/api/assignments', { raw: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).not.toBe(403);
    expect(form.json?.error?.code).toBeDefined();
  });
});
