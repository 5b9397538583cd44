// Tests only a shared database can pass (issue 23): several server instances on one PostgreSQL
// database, and PostgreSQL unreachable at the start or going away under load. Run by the
// "postgres" project of vitest.server.config.ts (skipped in the "sqlite" one).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { postgresBin, startCluster, createDatabase, type Cluster } from '../../scripts/pg-cluster.mjs';
import { call, databaseFor, freePort, removeDir, ROOT, startServer, STORE, tempDataDir, type Running } from './harness.ts';

const single = [...loadBank().questions.values()].find((q) => q.type === 'single')!;
const right = single.type === 'single' ? single.options.find((o) => o.correct)?.id ?? single.options[0]!.id : '';
const OFF = { NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off', NETMODES_READ_LIMIT: 'off', NETMODES_CLIENT_BYTES: 'off' };
const cleanup: string[] = [];
// Clusters and servers a test starts are stopped here too: a test that times out skips its own
// `finally`, and a PostgreSQL left running would outlive the run.
const running: Array<{ stop: () => Promise<unknown> }> = [];
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  cleanup.forEach(removeDir);
});

/** Two instances (two processes, two ports) on the same database. */
async function twoInstances(env: Record<string, string> = {}): Promise<{ a: Running; b: Running; url: string; dataDir: string }> {
  const dataDir = tempDataDir();
  cleanup.push(dataDir);
  const url = await databaseFor(dataDir);
  // One after the other: the second finds the schema the first migrated.
  const a = await startServer({ env: { ...OFF, ...env, NETMODES_DATABASE_URL: url } });
  const b = await startServer({ env: { ...OFF, ...env, NETMODES_DATABASE_URL: url } });
  running.push(a, b);
  cleanup.push(a.dataDir, b.dataDir);
  return { a, b, url, dataDir };
}

const create = async (base: string) => {
  const res = await call(base, '/api/assignments', { body: { title: 'Shared', locale: 'en', questionIds: [single.id] } });
  expect(res.status, res.text).toBe(201);
  return res.json as { code: string; teacherToken: string };
};
const submit = (base: string, code: string, name: string, extra: Record<string, unknown> = {}) =>
  call(base, `/api/assignments/${code}/submissions`, { body: { name, locale: 'en', answers: { [single.id]: { type: 'single', choice: right } }, ...extra } });
const dashboard = (base: string, code: string, token: string) => call(base, `/api/assignments/${code}/dashboard?limit=2000`, { token });
/** Waits for a condition the test itself drives (a load reaching a count); says what never happened. */
async function until(condition: () => boolean, what: string, seconds = 45): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const names = (dash: { json: { submissions: Array<{ name: string }> } }) => dash.json.submissions.map((s) => s.name);

// Two server starts and a load each: minutes are possible on a loaded 2-core machine.
describe.skipIf(STORE !== 'postgres')('several instances, one PostgreSQL database', { timeout: 120_000 }, () => {
  it('an assignment created on A takes a submission on B, and the dashboard open on A shows it within a second', async () => {
    const { a, b } = await twoInstances();
    try {
      const { code, teacherToken } = await create(a.base);
      // The teacher's tab on A has the (empty) class already: A keeps it in memory from now on.
      expect((await dashboard(a.base, code, teacherToken)).json.submissionCount).toBe(0);
      expect((await submit(b.base, code, 'Bora')).status).toBe(201);
      const committed = Date.now();
      // What a tab polling A would see next: wait for it, then check how long it took.
      let seen: Awaited<ReturnType<typeof dashboard>>;
      for (;;) {
        seen = await dashboard(a.base, code, teacherToken);
        if (seen.json.submissionCount === 1) break;
        expect(Date.now() - committed, 'not visible on A').toBeLessThan(5000);
        await new Promise((r) => setTimeout(r, 50));
      }
      const latency = Date.now() - committed;
      // LISTEN/NOTIFY brings it at once; the dashboard rebuilds at most once a second while
      // submissions arrive (live-dashboard.ts). The bound leaves room for a loaded test machine.
      expect(latency).toBeLessThan(1500);
      expect(names(seen)).toEqual(['Bora']);
      // The class results (running totals on A) count it too.
      expect(seen.json.summary.count).toBe(1);
      expect(seen.json.questions[0].answered).toBe(1);
      // And a deletion on B leaves A's dashboard and totals.
      const id = seen.json.submissions[0].id;
      expect((await call(b.base, `/api/assignments/${code}/submissions/${id}`, { method: 'DELETE', token: teacherToken })).status).toBe(204);
      for (;;) {
        const now = await dashboard(a.base, code, teacherToken);
        if (now.json.submissionCount === 0) {
          expect(now.json.summary.count).toBe(0);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('the same name sent to A and to B at the same moment: one row and one 409, every time', async () => {
    const { a, b } = await twoInstances();
    try {
      const { code, teacherToken } = await create(a.base);
      for (let i = 0; i < 15; i += 1) {
        const pair = await Promise.all([submit(a.base, code, `Twin ${i}`), submit(b.base, code, `twin ${i}`)]);
        expect(pair.map((r) => r.status).sort(), `Twin ${i}: ${pair.map((r) => r.text).join(' | ')}`).toEqual([201, 409]);
        expect(pair.find((r) => r.status === 409)!.json.error.code).toBe('already_submitted');
      }
      const all = names(await dashboard(b.base, code, teacherToken));
      expect(all).toHaveLength(15);
      expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(15);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('kill -9 of B during a load through both, then B again: every acknowledged submission is stored, once', async () => {
    const { a, b, url } = await twoInstances();
    let bAgain: Running | undefined;
    try {
      const { code, teacherToken } = await create(a.base);
      const acknowledged = new Set<string>();
      let killed = false;
      let stop = false;
      const worker = async (w: number) => {
        const base = w % 2 ? b.base : a.base;
        for (let i = 0; !stop && i < 2000; i += 1) {
          const name = `student-${w}-${i}`;
          try {
            const res = await submit(base, code, name);
            if (res.status === 201) acknowledged.add(name);
            else throw new Error(`unexpected ${res.status}: ${res.text}`);
          } catch (error) {
            // Only B's clients lose their server; they stop there.
            if (killed && base === b.base) return;
            throw error;
          }
        }
      };
      const load = Promise.all(Array.from({ length: 12 }, (_, w) => worker(w)));
      await until(() => acknowledged.size >= 200, '200 submissions acknowledged');
      killed = true;
      await b.stop('SIGKILL');
      // A keeps taking submissions while B is gone.
      const atKill = acknowledged.size;
      await until(() => acknowledged.size >= atKill + 50, 'A acknowledging 50 more without B');
      stop = true;
      await load;
      bAgain = await startServer({ env: { ...OFF, NETMODES_DATABASE_URL: url } });
      running.push(bAgain);
      cleanup.push(bAgain.dataDir);
      for (const base of [a.base, bAgain.base]) {
        const stored = names(await dashboard(base, code, teacherToken));
        expect(stored.length, 'no duplicates').toBe(new Set(stored).size);
        expect([...acknowledged].filter((n) => !stored.includes(n)), 'acknowledged but lost').toEqual([]);
      }
    } finally {
      await Promise.all([a.stop(), b.stop(), bAgain?.stop()]);
    }
  });
});

describe.skipIf(STORE !== 'postgres')('PostgreSQL faults', { timeout: 120_000 }, () => {
  it('unreachable at the start: a clear message without the password, and exit 1', async () => {
    const port = await freePort();
    const password = 'pw-that-must-not-show';
    const failed = await startServer({ env: { NETMODES_DATABASE_URL: `postgres://teacher:${password}@127.0.0.1:${port}/netmodes` } }).then(
      async (s) => (await s.stop(), undefined),
      (e: Error) => e,
    );
    expect(failed, 'the server started').toBeInstanceOf(Error);
    expect(failed!.message).toMatch(/server exited with 1/);
    expect(failed!.message).toContain(`cannot start: cannot reach PostgreSQL at postgres://teacher@127.0.0.1:${port}/netmodes (connect ECONNREFUSED`);
    expect(failed!.message).not.toContain(password);
    expect(failed!.message).not.toContain('netmodes is running at');
  });

  it('a URL that is not PostgreSQL is refused at the start by the variable\'s name', async () => {
    const failed = await startServer({ env: { NETMODES_DATABASE_URL: '', DATABASE_URL: 'mysql://root:secret@127.0.0.1/netmodes' } }).then(
      async (s) => (await s.stop(), undefined),
      (e: Error) => e,
    );
    expect(failed!.message).toMatch(/cannot start: DATABASE_URL is set but is not a postgres:\/\/ .*URL/);
    expect(failed!.message).not.toContain('secret');
  });

  it('going away under load: 503 database_unavailable with Retry-After (a localized page for students), /healthz 503; back again: the pool reconnects, the other instance hears changes again, nothing acknowledged is lost', async () => {
    // Its own cluster: stopping the run's shared one would break the tests running beside this one.
    const cluster: Cluster = await startCluster();
    running.push(cluster);
    const servers: Running[] = [];
    try {
      const url = await createDatabase(cluster.url('postgres'), 'faults');
      for (let i = 0; i < 2; i += 1) {
        const s = await startServer({ env: { ...OFF, NETMODES_DATABASE_URL: url } });
        servers.push(s);
        running.push(s);
        cleanup.push(s.dataDir);
      }
      const [a, b] = servers as [Running, Running];
      const { code, teacherToken } = await create(a.base);
      expect((await dashboard(b.base, code, teacherToken)).status).toBe(200);

      const acknowledged = new Set<string>();
      const refusals: Array<{ status: number; code?: string; retryAfter: string | null }> = [];
      let stop = false;
      const worker = async (w: number) => {
        for (let i = 0; !stop; i += 1) {
          const name = `load-${w}-${i}`;
          const res = await submit(w % 2 ? b.base : a.base, code, name);
          if (res.status === 201) acknowledged.add(name);
          else refusals.push({ status: res.status, code: res.json?.error?.code, retryAfter: res.headers.get('retry-after') });
          // Refused while the database is away: as a client told to retry would, slowly.
          if (res.status !== 201) await new Promise((r) => setTimeout(r, 100));
        }
      };
      const load = Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));
      await until(() => acknowledged.size >= 60, '60 submissions acknowledged');

      await cluster.stopServer('fast');
      await until(() => refusals.length >= 6, 'refusals once the database stopped');
      const down = await submit(a.base, code, 'while down');
      expect(down.status).toBe(503);
      expect(down.json.error.code).toBe('database_unavailable');
      expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(a.base, '/healthz')).status).toBe(503);
      const page = await fetch(`${a.base}/ko/join/${code}/`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('과제를 불러오지 못했습니다');
      expect(a.output() + b.output()).not.toContain(cluster.password);

      await cluster.startServer();
      // The pools open new connections by themselves: submissions succeed again on both instances.
      const back = acknowledged.size;
      await until(() => acknowledged.size >= back + 60, `60 more acknowledged once the database was back (${JSON.stringify(refusals.slice(-3))})`);
      stop = true;
      await load;
      expect(refusals.every((r) => r.status === 503 && r.code === 'database_unavailable' && r.retryAfter !== null), JSON.stringify(refusals.slice(0, 3))).toBe(true);
      expect((await call(a.base, '/healthz')).status).toBe(200);

      for (const s of [a, b]) {
        const stored = names(await dashboard(s.base, code, teacherToken));
        expect(stored.length, 'no duplicates').toBe(new Set(stored).size);
        expect([...acknowledged].filter((n) => !stored.includes(n)), 'acknowledged but lost').toEqual([]);
      }
      // B listens again (it re-read its classes when its LISTEN connection came back): a new
      // submission on A reaches B's dashboard.
      expect((await submit(a.base, code, 'after the restart')).status).toBe(201);
      for (let tries = 0; ; tries += 1) {
        if (names(await dashboard(b.base, code, teacherToken)).includes('after the restart')) break;
        expect(tries, 'B never heard of it').toBeLessThan(100);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await cluster.stop();
    }
  });
});

describe.skipIf(STORE !== 'postgres')('npm run backup with PostgreSQL', () => {
  it('writes a pg_dump archive that pg_restore brings back into an empty database', async () => {
    const server = await startServer({ env: OFF });
    cleanup.push(server.dataDir);
    try {
      const { code } = await create(server.base);
      expect((await submit(server.base, code, '백업 확인')).status).toBe(201);
      const url = await databaseFor(server.dataDir);
      const destination = join(server.dataDir, 'copy.pgdump');
      const env = { ...process.env, NETMODES_DATA_DIR: server.dataDir, NETMODES_DATABASE_URL: url, NETMODES_BACKUP: destination };
      const run = spawnSync(process.execPath, ['scripts/backup.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('restore with pg_restore');
      expect(run.stdout + run.stderr).not.toContain(new URL(url).password);
      const again = spawnSync(process.execPath, ['scripts/backup.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      const target = new URL(await createDatabase(url.replace(/\/[^/]*$/, '/postgres'), `restored_${Date.now()}`));
      const password = decodeURIComponent(target.password);
      target.password = '';
      const restore = spawnSync(join(postgresBin()!, 'pg_restore'), ['--no-owner', `--dbname=${target}`, destination], { env: { ...process.env, PGPASSWORD: password }, encoding: 'utf8' });
      expect(restore.status, restore.stderr).toBe(0);
      const psql = spawnSync(join(postgresBin()!, 'psql'), ['-At', `--dbname=${target}`, '-c', 'SELECT name FROM submissions'], {
        env: { ...process.env, PGPASSWORD: password },
        encoding: 'utf8',
      });
      expect(psql.stdout.trim()).toBe('백업 확인');
    } finally {
      await server.stop();
    }
  });
});
