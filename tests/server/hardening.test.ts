// Issue 19 against the built server: security headers, broken addresses, limits that protect the
// disk, the dashboard's ETag and pages, start-up refusals, file modes, slow clients, look-alike names.
import { createHash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { call, parseCsv, removeDir, startServer, STORE, tempDataDir, type Running } from './harness.ts';

const single = [...loadBank().questions.values()].find((q) => q.type === 'single')!;
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

const OFF = { NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' };

async function start(env: Record<string, string> = {}, dataDir?: string): Promise<Running> {
  const server = await startServer({ env: { ...OFF, ...env }, dataDir });
  cleanup.push(server.dataDir);
  return server;
}

async function create(base: string, extra: Record<string, unknown> = {}) {
  const res = await call(base, '/api/assignments', { body: { title: 'Hardening', locale: 'en', questionIds: [single.id], ...extra } });
  expect(res.status, res.text).toBe(201);
  return res.json as { code: string; teacherToken: string };
}

const submit = (base: string, code: string, name: string, extra: Record<string, unknown> = {}) =>
  call(base, `/api/assignments/${code}/submissions`, { body: { name, locale: 'en', answers: {}, ...extra } });

/** The inline scripts of a page, hashed as a browser checks them against script-src. */
function inlineHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter(Boolean)
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

describe('headers on every response', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server?.stop());

  it('pages (prerendered and on demand), API answers, the CSV and static files carry CSP, frame, sniffing, referrer and permissions headers', async () => {
    const a = await create(server.base);
    const html = await fetch(`${server.base}/en/`).then((r) => r.text());
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const targets = [
      '/en/', // prerendered lesson page
      css!, // static asset
      '/ko/teach/', // on demand
      `/en/join/${a.code}/`,
      '/en/nope/', // 404
      `/api/assignments/${a.code}`,
      '/api/nope',
    ];
    for (const path of targets) {
      const res = await fetch(server.base + path);
      const h = res.headers;
      expect(h.get('content-security-policy'), path).toMatch(/default-src 'self'/);
      expect(h.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(h.get('content-security-policy'), path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('no-referrer');
      expect(h.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
    const csv = await fetch(`${server.base}/api/assignments/${a.code}/export.csv`, { headers: { authorization: `Bearer ${a.teacherToken}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("every inline script of every kind of page is allowed by the CSP's hashes, so nothing breaks", async () => {
    const a = await create(server.base);
    for (const path of ['/en/', '/ko/lessons/bridge/', '/en/teach/', '/ko/join/', `/ko/join/${a.code}/`, `/en/teach/${a.code}/`, '/ko/nope/', '/en/bad-address/']) {
      const res = await fetch(server.base + path);
      const csp = res.headers.get('content-security-policy')!;
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
      const hashes = inlineHashes(await res.text());
      expect(hashes.length, path).toBeGreaterThan(0);
      for (const hash of hashes) expect(scriptSrc, `${path}: ${hash}`).toContain(hash);
    }
  });
});

describe('addresses with broken percent-encoding', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server?.stop());

  it("answer the API's JSON 400 under /api/ and the localized error page elsewhere", async () => {
    const api = await call(server.base, '/api/assignments/%E0%A4%A/dashboard');
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
    expect(api.json).toMatchObject({ error: { code: 'bad_url' } });

    const en = await fetch(`${server.base}/en/join/?code=%E0%A4%A`);
    expect(en.status).toBe(400);
    const enHtml = await en.text();
    expect(enHtml).toMatch(/<html[^>]*lang="en"/);
    expect(enHtml).toContain('This address is damaged');

    const ko = await fetch(`${server.base}/ko/lessons/%E0%A4%A/`);
    expect(ko.status).toBe(400);
    expect(await ko.text()).toContain('주소가 깨져 있습니다');
    // No language in the address: the browser's.
    const bare = await fetch(`${server.base}/%E0%A4%A`, { headers: { 'accept-language': 'ko-KR,ko;q=0.9' } });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/<html[^>]*lang="ko"/);
    expect(bare.headers.get('content-security-policy')).toMatch(/frame-ancestors/);
  });
});

describe('limits that protect the disk', () => {
  it('a per-assignment cap on students: new names get 409 assignment_full, a student can still replace their own', async () => {
    const server = await start({ NETMODES_MAX_SUBMISSIONS: '2' });
    try {
      const a = await create(server.base, { allowResubmit: true });
      const first = await submit(server.base, a.code, 'Ana');
      expect((await submit(server.base, a.code, 'Ben')).status).toBe(201);
      const third = await submit(server.base, a.code, 'Cho');
      expect(third.status).toBe(409);
      expect(third.json.error.code).toBe('assignment_full');
      expect((await submit(server.base, a.code, 'Ana', { token: first.json.token })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('a byte budget per client address: over it, 429 too_much_data with Retry-After', async () => {
    const server = await start({ NETMODES_CLIENT_BYTES: '3K/1' });
    try {
      const a = await create(server.base);
      const padded = (name: string) => submit(server.base, a.code, name, { answers: {}, name: `${name} ${'x'.repeat(150)}` });
      const statuses: number[] = [];
      let refused;
      for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't']) {
        const res = await padded(name);
        statuses.push(res.status);
        if (res.status === 429) {
          refused = res;
          break;
        }
      }
      expect(refused, statuses.join(',')).toBeDefined();
      expect(refused!.json.error.code).toBe('too_much_data');
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  // The floor watches the disk of the SQLite file; PostgreSQL's disk belongs to its server.
  it.skipIf(STORE === 'postgres')('below the free-disk floor, writes answer 507 insufficient_storage while everything stored stays readable', async () => {
    const dataDir = tempDataDir();
    cleanup.push(dataDir);
    const before = await start({}, dataDir);
    const a = await create(before.base);
    const s = await submit(before.base, a.code, 'Ana');
    expect(s.status).toBe(201);
    await before.stop();

    // A floor no disk can meet stands in for a full disk.
    const full = await start({ NETMODES_MIN_FREE_DISK: '1000T' }, dataDir);
    try {
      expect(full.output()).toMatch(/below NETMODES_MIN_FREE_DISK/);
      for (const res of [
        await call(full.base, '/api/assignments', { body: { title: 'New', locale: 'en', questionIds: [single.id] } }),
        await submit(full.base, a.code, 'Ben'),
        await call(full.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { closed: true }, token: a.teacherToken }),
      ]) {
        expect(res.status, res.text).toBe(507);
        expect(res.json.error.code).toBe('insufficient_storage');
      }
      expect((await call(full.base, `/api/assignments/${a.code}`)).status).toBe(200);
      const dash = await call(full.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken });
      expect(dash.status).toBe(200);
      expect(dash.json.submissions.map((x: { name: string }) => x.name)).toEqual(['Ana']);
      expect((await call(full.base, `/api/assignments/${a.code}/submissions/${s.json.submission.id}`, { token: s.json.token })).status).toBe(200);
      expect((await fetch(`${full.base}/en/join/${a.code}/`)).status).toBe(200);
    } finally {
      await full.stop();
    }
  });

  it('guessing join codes is slowed down: unknown codes cost a small bucket, on the API and on the student page', async () => {
    const server = await start({ NETMODES_MISS_LIMIT: '3/0.01' });
    try {
      const a = await create(server.base);
      for (const guess of ['AAAAAA', 'BBBBBB', 'CCCCCC']) expect((await call(server.base, `/api/assignments/${guess}`)).status).toBe(404);
      const limited = await call(server.base, '/api/assignments/DDDDDD');
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const page = await fetch(`${server.base}/ko/join/${a.code}/`);
      expect(page.status).toBe(429);
      expect(await page.text()).toContain('요청이 너무 많습니다');
    } finally {
      await server.stop();
    }
  });

  it('reads that touch the database have their own limit', async () => {
    const server = await start({ NETMODES_READ_LIMIT: '3/0.01' });
    try {
      const a = await create(server.base);
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await call(server.base, `/api/assignments/${a.code}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Lesson pages never touch the database and are not limited.
      expect((await fetch(`${server.base}/en/`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('the dashboard at scale', () => {
  it('answers 304 to a poll with the current ETag, a new answer once something changed, and pages the list', async () => {
    const server = await start();
    try {
      const a = await create(server.base);
      for (const name of ['Ana', 'Ben', 'Cho', 'Dae', 'Eun']) expect((await submit(server.base, a.code, name)).status).toBe(201);
      const first = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken });
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"/);
      expect(first.json.submissionCount).toBe(5);

      const same = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken, headers: { 'if-none-match': etag } });
      expect(same.status).toBe(304);
      expect(same.text).toBe('');
      // The ETag never lets another teacher in.
      expect((await call(server.base, `/api/assignments/${a.code}/dashboard`, { headers: { 'if-none-match': etag } })).status).toBe(403);

      expect((await submit(server.base, a.code, 'Fay')).status).toBe(201);
      // Rebuilt at most once a second while submissions arrive: poll until the change shows.
      let changed;
      for (let tries = 0; tries < 40 && !changed; tries += 1) {
        const res = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken, headers: { 'if-none-match': etag } });
        if (res.status === 200) changed = res;
        else await new Promise((r) => setTimeout(r, 100));
      }
      expect(changed?.json.submissionCount).toBe(6);
      expect(changed!.headers.get('etag')).not.toBe(etag);

      const page = await call(server.base, `/api/assignments/${a.code}/dashboard?offset=2&limit=3`, { token: a.teacherToken });
      expect(page.json.page).toEqual({ offset: 2, limit: 3 });
      expect(page.json.submissions.map((s: { name: string }) => s.name)).toEqual(['Cho', 'Dae', 'Eun']);
      // Statistics cover the whole class, whatever the page.
      expect(page.json.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(6);
      expect((await call(server.base, `/api/assignments/${a.code}/dashboard?limit=many`, { token: a.teacherToken })).status).toBe(400);

      // The class list kept in memory for the dashboard follows a deletion too.
      const ben = first.json.submissions.find((x: { name: string }) => x.name === 'Ben').id;
      expect((await call(server.base, `/api/assignments/${a.code}/submissions/${ben}`, { method: 'DELETE', token: a.teacherToken })).status).toBe(204);
      let after;
      for (let tries = 0; tries < 40 && after?.submissionCount !== 5; tries += 1) {
        after = (await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json;
        if (after.submissionCount !== 5) await new Promise((r) => setTimeout(r, 100));
      }
      expect(after.submissions.map((x: { name: string }) => x.name)).toEqual(['Ana', 'Cho', 'Dae', 'Eun', 'Fay']);
    } finally {
      await server.stop();
    }
  });
});

// The SQLite file and its folder; PostgreSQL's start-up refusals are in postgres.test.ts.
describe.skipIf(STORE === 'postgres')('start-up checks', () => {
  const refusal = async (dataDir: string, env: Record<string, string> = {}) => {
    const error = await start(env, dataDir).then(
      async (s) => {
        await s.stop();
        return undefined;
      },
      (e: Error) => e,
    );
    expect(error, 'the server started').toBeInstanceOf(Error);
    expect(error!.message).toMatch(/server exited with 1/);
    expect(error!.message).not.toContain('is running');
    return error!.message;
  };

  it('an unusable data folder, a file that is not a database, and a database from a newer version each stop the server with a message', async () => {
    const parent = tempDataDir();
    cleanup.push(parent);
    writeFileSync(join(parent, 'a-file'), '');
    expect(await refusal(join(parent, 'a-file', 'data'))).toMatch(/cannot start: the data folder .* cannot be used/);

    const garbage = join(parent, 'garbage');
    mkdirSync(garbage);
    writeFileSync(join(garbage, 'netmodes.sqlite'), createHash('sha512').update('not a database').digest().toString('hex').repeat(200));
    expect(await refusal(garbage)).toMatch(/cannot start: the database .*netmodes\.sqlite cannot be used \(file is not a database\).*backup/);

    const future = join(parent, 'future');
    mkdirSync(future);
    const db = new DatabaseSync(join(future, 'netmodes.sqlite'));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    db.exec("INSERT INTO schema_migrations VALUES (99, 'from the future', 0)");
    db.close();
    expect(await refusal(future)).toMatch(/schema version 99.*newer netmodes/);

    const folderAsDb = join(parent, 'folder-as-db');
    mkdirSync(join(folderAsDb, 'netmodes.sqlite'), { recursive: true });
    expect(await refusal(folderAsDb)).toMatch(/cannot start: the database/);
  });

  it('creates the data folder 0700 and the database 0600 (other local users cannot read names and answers)', async () => {
    const parent = tempDataDir();
    cleanup.push(parent);
    const dataDir = join(parent, 'fresh', 'data');
    const server = await start({}, dataDir);
    try {
      const a = await create(server.base);
      await submit(server.base, a.code, 'Ana');
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'netmodes.sqlite')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'netmodes.sqlite-wal')).mode & 0o777).toBe(0o600);
    } finally {
      await server.stop();
    }
  });
});

describe('slow clients', () => {
  it('a client that trickles its headers is cut off after the headers timeout, and one address cannot hold more than its connections', async () => {
    const server = await start({ NETMODES_HEADERS_TIMEOUT: '1', NETMODES_MAX_CONNECTIONS: '3' });
    try {
      const t0 = Date.now();
      const slow = connect(server.port, '127.0.0.1');
      slow.write('GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      const answer = await new Promise<string>((done) => {
        let text = '';
        slow.on('data', (d) => (text += d));
        slow.on('close', () => done(text));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      // One second of timeout, checked every second: well under Node's default of a minute.
      expect(Date.now() - t0).toBeLessThan(5000);

      const open = await Promise.all(
        [1, 2, 3].map(
          () =>
            new Promise<ReturnType<typeof connect>>((ready) => {
              const s = connect(server.port, '127.0.0.1', () => ready(s));
            }),
        ),
      );
      const fourth = await new Promise<string>((done) => {
        const s = connect(server.port, '127.0.0.1');
        let text = '';
        s.on('data', (d) => (text += d));
        s.on('close', () => done(text));
        s.on('error', () => done(text));
      });
      expect(fourth).toMatch(/^HTTP\/1\.1 503/);
      for (const s of open) s.destroy();
      // Once those are closed, the address may connect again.
      let status = 0;
      for (let tries = 0; tries < 40 && status !== 200; tries += 1) {
        status = await fetch(`${server.base}/en/`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('look-alike names and the CSV', () => {
  it('Cyrillic, Greek and fullwidth look-alikes cannot take a classmate\'s name; formula cells are neutralised', async () => {
    const server = await start();
    try {
      const a = await create(server.base);
      expect((await submit(server.base, a.code, 'Alice')).status).toBe(201);
      for (const lookAlike of ['\u0410lice', '\u0391lice', '\uFF21lice', 'ALICE']) {
        const res = await submit(server.base, a.code, lookAlike);
        expect(res.status, lookAlike).toBe(409);
        expect(res.json.error.code).toBe('already_submitted');
      }
      const evil = [';=1+1', 'x|=cmd', '\uFF1D1+1', 'a, =2', 'Kim; @SUM(A1)'];
      for (const name of evil) expect((await submit(server.base, a.code, name)).status, name).toBe(201);
      const csv = await fetch(`${server.base}/api/assignments/${a.code}/export.csv`, { headers: { authorization: `Bearer ${a.teacherToken}` } }).then((r) => r.text());
      // Every cell quoted, so no separator inside one starts another.
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^"[^"]*"(,"[^"]*")*$/);
      const names = parseCsv(csv.replace(/^\uFEFF/, '')).slice(1).map((row) => row[0]);
      for (const name of evil) expect(names).toContain(`'${name}`);
      expect(names).toContain('Alice');
    } finally {
      await server.stop();
    }
  });
});
