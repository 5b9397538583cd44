// `npm run backup`: a consistent copy of the teacher database made with SQLite's online backup
// API, safe while the server is running (a plain file copy could catch a half-written page or miss
// the WAL). Destination: NETMODES_BACKUP, or <data dir>/backup-<UTC timestamp>.sqlite.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, backup } from 'node:sqlite';
import { readConfig } from '../src/server/config.ts';

function fail(message) {
  console.error(`netmodes backup: ${message}`);
  process.exit(1);
}

const { dbPath } = readConfig();
if (!existsSync(dbPath)) fail(`no database at ${dbPath} (set NETMODES_DATA_DIR or NETMODES_DB to where the server keeps it).`);

const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
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
