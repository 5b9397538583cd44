import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { MIGRATIONS } from '../../src/server/migrations/index.ts';
import { call, removeDir, startServer, STORE, tempDataDir, type Running } from './harness.ts';

const bank = loadBank();
const single = [...bank.questions.values()].find((q) => q.type === 'single')!;
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

async function createOn(server: Running) {
  return call(server.base, '/api/assignments', { body: { title: 'Load', locale: 'en', questionIds: [single.id] } });
}

// The buckets live in each server's memory whichever the store, and the test counts on the refill's
// timing: once, on SQLite (PostgreSQL's slower requests on a loaded machine would refill a token).
describe.skipIf(STORE === 'postgres')('rate limiting per client address', () => {
  it('answers 429 with Retry-After once the bucket is empty, and lets the client in again after refill', async () => {
    const server = await startServer({ env: { NETMODES_CREATE_LIMIT: '2/0.01', NETMODES_SUBMIT_LIMIT: '3/2' } });
    cleanup.push(server.dataDir);
    try {
      const first = await createOn(server);
      expect(first.status).toBe(201);
      expect((await createOn(server)).status).toBe(201);
      const third = await createOn(server);
      expect(third.status).toBe(429);
      expect(third.json.error.code).toBe('rate_limited');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);

      const submit = (name: string) => call(server.base, `/api/assignments/${first.json.code}/submissions`, { body: { name, locale: 'en', answers: {} } });
      const statuses = [];
      for (const name of ['a', 'b', 'c', 'd']) statuses.push((await submit(name)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      // 2 tokens per second: one is back after half a second.
      await new Promise((r) => setTimeout(r, 700));
      expect((await submit('e')).status).toBe(201);
      // Reading is not limited.
      expect((await call(server.base, `/api/assignments/${first.json.code}`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

// A load, a kill and a restart: minutes are possible on a loaded 2-core machine.
describe('crash safety', { timeout: 90_000 }, () => {
  it('after SIGKILL mid-load, every acknowledged submission is stored exactly once', async () => {
    const dataDir = tempDataDir();
    cleanup.push(dataDir);
    const env = { NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' };
    const server = await startServer({ dataDir, env });
    const created = await createOn(server);
    const { code, teacherToken } = created.json;

    const acknowledged = new Set<string>();
    let attempted = 0;
    let killed = false;
    // Bounded load: 16 concurrent clients on loopback, each submitting until the server dies.
    const worker = async (w: number) => {
      for (let i = 0; !killed && i < 2000; i += 1) {
        const name = `student-${w}-${i}`;
        attempted += 1;
        try {
          const res = await call(server.base, `/api/assignments/${code}/submissions`, {
            body: { name, locale: 'en', answers: { [single.id]: { type: 'single', choice: single.type === 'single' ? single.options[0]!.id : '' } } },
          });
          if (res.status === 201) acknowledged.add(name);
          else if (res.status !== 409) throw new Error(`unexpected ${res.status}: ${res.text}`);
        } catch (error) {
          if (!killed) throw error;
          return;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
    // Let the load run, then kill the server with requests in flight.
    while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    await server.stop('SIGKILL');
    await load;
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);

    const restarted = await startServer({ dataDir, env });
    try {
      // One page holds them all (pages are 500 by default, up to 2,000).
      const dash = await call(restarted.base, `/api/assignments/${code}/dashboard?limit=2000`, { token: teacherToken });
      expect(dash.status).toBe(200);
      const names: string[] = dash.json.submissions.map((s: { name: string }) => s.name);
      const stored = new Set(names);
      expect(names.length, 'no duplicates').toBe(stored.size);
      const missing = [...acknowledged].filter((n) => !stored.has(n));
      expect(missing, 'acknowledged but lost').toEqual([]);
      // Stored but unacknowledged is allowed (committed, then killed before the answer left).
      expect(names.length).toBeLessThanOrEqual(attempted);
    } finally {
      await restarted.stop();
    }
    if (STORE === 'sqlite') {
      const db = new DatabaseSync(join(dataDir, 'netmodes.sqlite'), { readOnly: true });
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      db.close();
    }
  });
});

// The SQLite backup; PostgreSQL's (pg_dump) is tested in postgres.test.ts.
describe.skipIf(STORE === 'postgres')('backup', () => {
  it('npm run backup copies a live database into one consistent file', async () => {
    const server = await startServer({ env: { NETMODES_CREATE_LIMIT: 'off' } });
    cleanup.push(server.dataDir);
    try {
      const a = await createOn(server);
      await call(server.base, `/api/assignments/${a.json.code}/submissions`, { body: { name: '백업 확인', locale: 'ko', answers: {} } });
      const { spawnSync } = await import('node:child_process');
      const destination = join(server.dataDir, 'copy.sqlite');
      const run = spawnSync(process.execPath, ['scripts/backup.mjs'], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, NETMODES_DATA_DIR: server.dataDir, NETMODES_BACKUP: destination },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const copy = new DatabaseSync(destination, { readOnly: true });
      expect(copy.prepare('SELECT name FROM submissions').all()).toEqual([{ name: '백업 확인' }]);
      expect(copy.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: Math.max(...MIGRATIONS.map((m) => m.version)) });
      copy.close();
      // Never overwrites.
      const again = spawnSync(process.execPath, ['scripts/backup.mjs'], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, NETMODES_DATA_DIR: server.dataDir, NETMODES_BACKUP: destination },
        encoding: 'utf8',
      });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');
    } finally {
      await server.stop();
    }
  });
});
