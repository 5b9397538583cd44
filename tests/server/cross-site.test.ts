import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { call, serverForFile } from './harness.ts';

const bank = loadBank();
const questionId = [...bank.questions.values()].find((q) => q.type === 'single')!.id;

const server = serverForFile({ NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' });

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

  it('refuses a POST with no Origin and no body type (what fetch with mode "no-cors" can send from anywhere), in JSON', async () => {
    const res = await fetch(`${server.base}/api/assignments/ABCDEF/submissions`, { method: 'POST' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'cross_site' } });
  });

  it("lets the dashboard delete a submission behind an HTTPS proxy, where the browser's Origin (https) is not the server's own URL (http)", async () => {
    // A browser cannot send DELETE or PATCH to another site without a CORS preflight, which this
    // server never grants: only POST needs the origin rule. Astro's rule refused this DELETE.
    const created = await call(server.base, '/api/assignments', { body: { title: 'Proxied', locale: 'en', questionIds: [questionId] } });
    const { code, teacherToken } = created.json;
    const sent = await call(server.base, `/api/assignments/${code}/submissions`, { body: { name: 'Mina', locale: 'en', answers: {} } });
    expect(sent.status, sent.text).toBe(201);
    const proxied = { host: 'netmodes.example.org', origin: 'https://netmodes.example.org' };
    const closed = await call(server.base, `/api/assignments/${code}`, { method: 'PATCH', body: { closed: true }, token: teacherToken, headers: proxied });
    expect(closed.status, closed.text).toBe(200);
    const deleted = await call(server.base, `/api/assignments/${code}/submissions/${sent.json.submission.id}`, { method: 'DELETE', token: teacherToken, headers: proxied });
    expect(deleted.status, deleted.text).toBe(204);
    // Still no change without the teacher's token.
    const again = await call(server.base, `/api/assignments/${code}`, { method: 'PATCH', body: { closed: false }, headers: proxied });
    expect(again.status).toBe(403);
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
