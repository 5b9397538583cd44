/**
 * Starts the real built server (scripts/serve.mjs, the same entry `npm start` uses) on a free port
 * with a temporary data directory. Needs a build first: `npx astro build` (or NETMODES_DIST).
 *
 * Every server test file runs twice (vitest.server.config.ts): against SQLite, and against
 * PostgreSQL on the run's throw-away cluster (NETMODES_TEST_STORE=postgres). There each data
 * folder gets its own database, so a server restarted on the same folder finds its data again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase } from '../../scripts/pg-cluster.mjs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.NETMODES_DIST ?? 'dist');

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

export type StoreKind = 'sqlite' | 'postgres';
export const STORE: StoreKind = process.env.NETMODES_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the `postgres` database of the run's cluster (vitest.server.global-pg.ts). */
    pgAdminUrl: string;
  }
}

const databases = new Map<string, Promise<string>>();

/** The PostgreSQL database of a data folder, created on first use. */
export function databaseFor(dataDir: string): Promise<string> {
  let url = databases.get(dataDir);
  if (!url) {
    url = createDatabase(inject('pgAdminUrl'), `nm_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`) ;
    databases.set(dataDir, url);
  }
  return url;
}

export interface Running {
  base: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'netmodes-server-'));
}

export async function startServer(options: { env?: Record<string, string>; dataDir?: string; port?: number } = {}): Promise<Running> {
  if (!existsSync(join(DIST, 'server/entry.mjs'))) throw new Error(`no build in ${DIST}: run "npx astro build" first`);
  const dataDir = options.dataDir ?? tempDataDir();
  const port = options.port ?? (await freePort());
  const database = STORE === 'postgres' && options.env?.NETMODES_DATABASE_URL === undefined ? { NETMODES_DATABASE_URL: await databaseFor(dataDir) } : {};
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NETMODES_DATA_DIR: dataDir, ...database, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 15 s:\n${out}`)), 15_000);
    const check = () => {
      if (out.includes('is running at')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

export async function call(base: string, path: string, init: { method?: string; body?: unknown; token?: string; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  // Browsers send Origin with every non-GET request; Astro refuses body-less unsafe requests without it.
  headers.origin ??= base;
  const response = await fetch(base + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** RFC 4180 reader for checking the export (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * One built server for a whole test file: started before its first test, stopped (and its data
 * removed) after the last. `base` is read when a test runs, once the server is up.
 */
export function serverForFile(env: Record<string, string>): { readonly base: string } {
  let server: Running | undefined;
  beforeAll(async () => {
    server = await startServer({ env });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });
  return {
    get base() {
      if (!server) throw new Error('the server is not running: use base inside a test');
      return server.base;
    },
  };
}
