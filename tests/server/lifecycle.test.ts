// Operating the server, on either store (issue 23): the load balancer's health check, a graceful
// stop that answers what it has started, and `npm run migrate`.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/server/migrations/index.ts';
import { call, databaseFor, removeDir, ROOT, startServer, STORE, tempDataDir } from './harness.ts';

const single = [...loadBank().questions.values()].find((q) => q.type === 'single')!;
const OFF = { NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' };
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

describe('/healthz', () => {
  it('answers 200 with the store and its schema version once the database answers', async () => {
    const server = await startServer({ env: OFF });
    cleanup.push(server.dataDir);
    try {
      const res = await call(server.base, '/healthz');
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({ status: 'ok', store: STORE, schemaVersion: SCHEMA_VERSION, expectedSchemaVersion: SCHEMA_VERSION });
      expect(res.headers.get('cache-control')).toBe('no-store');
    } finally {
      await server.stop();
    }
  });
});

// Two server starts: slow on a loaded machine.
describe('stopping (SIGTERM)', { timeout: 90_000 }, () => {
  it('answers every request already received, stores what it acknowledged, and exits 0', async () => {
    const dataDir = tempDataDir();
    cleanup.push(dataDir);
    const server = await startServer({ env: OFF, dataDir });
    const a = await call(server.base, '/api/assignments', { body: { title: 'Stop', locale: 'en', questionIds: [single.id] } });
    const { code, teacherToken } = a.json;
    // Twenty submissions on their own connections; the stop comes once the server has answered one,
    // so the others are on their way or being handled.
    let first!: () => void;
    const answeredOne = new Promise<void>((resolve) => (first = resolve));
    const outcomes = Array.from({ length: 20 }, (_, i) =>
      call(server.base, `/api/assignments/${code}/submissions`, { body: { name: `s${i}`, locale: 'en', answers: {} }, headers: { connection: 'close' } }).then(
        (res) => (first(), { name: `s${i}`, status: res.status, text: res.text }),
        (error: Error) => ({ name: `s${i}`, status: 0, text: String((error.cause as { code?: string } | undefined)?.code ?? error) }),
      ),
    );
    await answeredOne;
    const exit = new Promise<number | null>((resolve) => server.child.once('exit', (c) => resolve(c)));
    server.child.kill('SIGTERM');
    const results = await Promise.all(outcomes);
    expect(await exit).toBe(0);
    expect(server.output()).toContain('finishing requests in flight');
    // A request either got an answer (201; on a starved machine possibly 503 when no database
    // connection came free in time) or was never taken: refused, or reset from the listen queue
    // when the server stopped listening.
    for (const r of results) {
      if (r.status === 0) expect(['ECONNREFUSED', 'ECONNRESET'], r.name).toContain(r.text);
      else expect([201, 503], `${r.name}: ${r.text}`).toContain(r.status);
    }
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.name);
    expect(acknowledged.length).toBeGreaterThan(0);

    const again = await startServer({ env: OFF, dataDir });
    try {
      const dash = await call(again.base, `/api/assignments/${code}/dashboard`, { token: teacherToken });
      // Stored exactly what was acknowledged: no request was worked on and then left without its answer.
      const stored = dash.json.submissions.map((s: { name: string }) => s.name);
      expect([...stored].sort()).toEqual([...acknowledged].sort());
    } finally {
      await again.stop();
    }
  });
});

describe('npm run migrate', () => {
  it('applies every migration to a new database once, then has nothing to do', async () => {
    const dataDir = tempDataDir();
    cleanup.push(dataDir);
    const env = { ...process.env, NETMODES_DATA_DIR: dataDir, NETMODES_DATABASE_URL: STORE === 'postgres' ? await databaseFor(dataDir) : '', DATABASE_URL: '' };
    const run = () => spawnSync(process.execPath, ['scripts/migrate.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`applied ${MIGRATIONS.map((m) => `#${m.version}`).join(', ')}; schema version ${SCHEMA_VERSION}`);
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(`already at schema version ${SCHEMA_VERSION}, nothing to do`);
    // The password of the URL is never printed.
    if (STORE === 'postgres') expect(first.stdout + second.stdout).not.toContain(new URL(env.NETMODES_DATABASE_URL).password);
  });
});
