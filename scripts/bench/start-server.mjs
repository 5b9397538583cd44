// Starts the built site's server (the one `npm start` runs) on a free loopback port for a script
// that measures it, on its own throw-away database unless one is given.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every per-client limit off: a benchmark is one address sending thousands of requests on purpose. */
export const UNLIMITED = {
  NETMODES_SUBMIT_LIMIT: 'off',
  NETMODES_CREATE_LIMIT: 'off',
  NETMODES_READ_LIMIT: 'off',
  NETMODES_MISS_LIMIT: 'off',
  NETMODES_CLIENT_BYTES: 'off',
  NETMODES_MAX_SUBMISSIONS: 'off',
  NETMODES_MAX_CONNECTIONS: 'off',
};

/** A port nobody listens on now, on loopback. */
export function freePort() {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
  });
}

/**
 * @param {{ env?: Record<string, string>, port?: number }} [options]
 * @returns {Promise<{ base: string, port: number, stop: () => Promise<void> }>}
 */
export async function startBuiltServer({ env = {}, port } = {}) {
  const dist = resolve(root, process.env.NETMODES_DIST ?? 'dist');
  if (!existsSync(join(dist, 'server/entry.mjs'))) throw new Error(`no build in ${dist}: run "npm run build" first`);
  const ownData = env.NETMODES_DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'netmodes-measure-'));
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(listen), ...(ownData ? { NETMODES_DATA_DIR: ownData } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  // Ready when our own server says it listens: polling the port could reach another server already
  // there (a parallel run on the same port) and measure a different build.
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start within 15 s:\n${out}`)), 15_000);
    child.stdout.on('data', () => out.includes('is running at') && (clearTimeout(timer), ready()));
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`the server exited (code ${code}) before it was ready:\n${out}`))));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()));
    if (ownData) rmSync(ownData, { recursive: true, force: true });
  };
  return { base: `http://127.0.0.1:${listen}`, port: listen, stop };
}
