// `npm run backup`: a consistent copy of the teacher database, safe while the server is running.
// SQLite: made with SQLite's online backup API (a plain file copy could catch a half-written page or
// miss the WAL); destination NETMODES_BACKUP, or <data dir>/backup-<UTC timestamp>.sqlite.
// PostgreSQL (NETMODES_DATABASE_URL or DATABASE_URL set): pg_dump's custom format, one consistent
// snapshot of the database (restore with pg_restore); destination NETMODES_BACKUP, or
// <data dir>/backup-<UTC timestamp>.pgdump. pg_dump must be at least the server's major version.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync, backup } from 'node:sqlite';
import { readConfig } from '../src/server/config.ts';
import { postgresBin } from './pg-cluster.mjs';

function fail(message) {
  console.error(`netmodes backup: ${message}`);
  process.exit(1);
}

let config;
try {
  config = readConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { dbPath, dataDir, databaseUrl } = config;
const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

if (databaseUrl) {
  const { describeDatabaseUrl } = await import('../src/server/pg-store.ts');
  const destination = resolve(process.env.NETMODES_BACKUP || resolve(dataDir, `backup-${stamp}.pgdump`));
  if (existsSync(destination)) fail(`${destination} already exists; choose another NETMODES_BACKUP (a backup never overwrites a file).`);
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  // The password goes to pg_dump in its environment, never on its command line (where `ps` shows it).
  const url = new URL(databaseUrl);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
  url.password = '';
  const bin = postgresBin();
  const pgDump = bin && existsSync(join(bin, 'pg_dump')) ? join(bin, 'pg_dump') : 'pg_dump';
  const run = spawnSync(pgDump, ['--format=custom', `--file=${destination}`, `--dbname=${url.toString()}`], { env, encoding: 'utf8' });
  if (run.error) fail(`cannot run pg_dump (${run.error.message}); install PostgreSQL's client tools (Debian: postgresql-client).`);
  if (run.status !== 0) fail(`pg_dump of ${describeDatabaseUrl(databaseUrl)} failed: ${run.stderr.trim()}`);
  console.log(`netmodes backup: ${describeDatabaseUrl(databaseUrl)} -> ${destination} (pg_dump custom format, ${statSync(destination).size} bytes; restore with pg_restore)`);
  process.exit(0);
}
if (!existsSync(dbPath)) fail(`no database at ${dbPath} (set NETMODES_DATA_DIR or NETMODES_DB to where the server keeps it).`);
const destination = resolve(process.env.NETMODES_BACKUP || resolve(dirname(dbPath), `backup-${stamp}.sqlite`));
if (existsSync(destination)) fail(`${destination} already exists; choose another NETMODES_BACKUP (a backup never overwrites a file).`);
if (destination === dbPath) fail('the backup destination is the database itself.');
mkdirSync(dirname(destination), { recursive: true });

let source;
try {
  source = new DatabaseSync(dbPath);
  source.exec('PRAGMA busy_timeout = 5000');
  const pages = await backup(source, destination);
  // One self-contained file: rollback journal instead of WAL, so no -wal/-shm travel with it.
  const copy = new DatabaseSync(destination);
  copy.exec('PRAGMA journal_mode = DELETE');
  const check = copy.prepare('PRAGMA integrity_check').get();
  const counts = copy.prepare('SELECT (SELECT count(*) FROM assignments) AS assignments, (SELECT count(*) FROM submissions) AS submissions').get();
  copy.close();
  if (check?.integrity_check !== 'ok') fail(`the copy at ${destination} failed its integrity check: ${JSON.stringify(check)}`);
  console.log(`netmodes backup: ${dbPath} -> ${destination} (${pages} pages; ${counts.assignments} assignments, ${counts.submissions} submissions; integrity ok)`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  source?.close();
}
