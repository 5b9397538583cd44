// A throw-away PostgreSQL cluster for the server tests and the bench: initdb in a temporary
// folder, pg_ctl start on a free local port, a random password, removed again on stop. PostgreSQL
// refuses to run as root, so under root (CI) the cluster runs as the unprivileged user `nobody`.
//
// `node scripts/pg-cluster.mjs check` prints why a cluster cannot be started here (exit 1), or "ok".
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './bench/start-server.mjs';

/** The folder with initdb and pg_ctl: Debian keeps them out of PATH, under /usr/lib/postgresql/<major>/bin. */
export function postgresBin() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
    if (majors.length) return join(debian, majors[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Why no cluster can be started on this machine, or undefined when one can. */
export function whyNoCluster() {
  const bin = postgresBin();
  if (!bin || !existsSync(join(bin, 'initdb'))) return 'PostgreSQL is not installed (no initdb; Debian: apt-get install postgresql)';
  if (process.getuid?.() === 0 && nobodyIds() === undefined) return 'running as root and there is no user "nobody" to run PostgreSQL as';
  return undefined;
}

function nobodyIds() {
  try {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('nobody:'));
    if (!line) return undefined;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

function run(cmd, args, options) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

/**
 * Starts a cluster. `durable: false` (tests) turns fsync off: nothing there outlives the run, and a
 * crash of the database machine is not what the tests simulate (killed app instances and a
 * database restarted cleanly are). The bench keeps PostgreSQL's durable defaults.
 */
export async function startCluster({ durable = false } = {}) {
  const why = whyNoCluster();
  if (why) throw new Error(why);
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'netmodes-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const user = 'netmodes';
  const as = process.getuid?.() === 0 ? nobodyIds() : undefined;
  const own = as ? { uid: as.uid, gid: as.gid } : {};
  writeFileSync(join(dir, 'pwfile'), `${password}\n`, { mode: 0o600 });
  if (as) {
    chownSync(dir, as.uid, as.gid);
    chownSync(join(dir, 'pwfile'), as.uid, as.gid);
  }
  chmodSync(dir, 0o700);
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
  await run(join(bin, 'initdb'), ['-D', data, '-U', user, '--pwfile', join(dir, 'pwfile'), '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync'], { ...own, env, cwd: dir });
  rmSync(join(dir, 'pwfile'));
  const port = await freePort();
  const settings = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'max_connections = 300',
    ...(durable ? [] : ['fsync = off', 'full_page_writes = off']),
  ];
  writeFileSync(join(data, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
  const ctl = (args) => run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), ...args], { ...own, env, cwd: dir });
  const start = () => ctl(['-w', '-t', '60', 'start']);
  await start();
  const url = (database = 'postgres') => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    port,
    password,
    url,
    /** Stops the server, keeping its data (a database going away during a test). */
    stopServer: (mode = 'fast') => ctl(['-w', '-m', mode, 'stop']),
    startServer: start,
    /** Stops the server and removes everything. */
    async stop() {
      if (stopped) return;
      stopped = true;
      await ctl(['-w', '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database `name` on the server of `adminUrl` (a URL of its `postgres` database); resolves its URL. */
export async function createDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'check') {
  const why = whyNoCluster();
  console.log(why ?? 'ok');
  process.exit(why ? 1 : 0);
}
