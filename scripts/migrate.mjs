// `npm run migrate`: brings the teacher database to the schema this netmodes knows, and says what it
// did. Idempotent: a second run applies nothing. The server also migrates when it starts; run this
// before a rolling upgrade of several instances (README, "Scaling out") so that none of them does
// it under load. Store: NETMODES_DATABASE_URL / DATABASE_URL (PostgreSQL), else the SQLite file.
import { tooOldNodeMessage } from './node-check.mjs';

const oldNode = tooOldNodeMessage(process.version);
if (oldNode) {
  console.error(oldNode);
  process.exit(1);
}

const { readConfig } = await import('../src/server/config.ts');
const { SCHEMA_VERSION } = await import('../src/server/migrations/index.ts');

let where;
let ran;
try {
  const config = readConfig();
  if (config.databaseUrl) {
    const { describeDatabaseUrl, PgAssignmentStore } = await import('../src/server/pg-store.ts');
    where = describeDatabaseUrl(config.databaseUrl);
    const store = new PgAssignmentStore(config.databaseUrl, { poolSize: 1 });
    try {
      ran = await store.migrate();
    } finally {
      await store.close();
    }
  } else {
    const { closeSync, existsSync, mkdirSync, openSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    const { DatabaseSync } = await import('node:sqlite');
    const { migrate } = await import('../src/server/sqlite-store.ts');
    where = config.dbPath;
    // Names and answers of students: readable by the server's user only (as the server creates it).
    mkdirSync(dirname(config.dbPath), { recursive: true, mode: 0o700 });
    if (!existsSync(config.dbPath)) closeSync(openSync(config.dbPath, 'wx', 0o600));
    const db = new DatabaseSync(config.dbPath);
    try {
      db.exec('PRAGMA busy_timeout = 5000');
      db.exec('PRAGMA journal_mode = WAL');
      ran = migrate(db);
    } finally {
      db.close();
    }
  }
} catch (error) {
  const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
  console.error(`netmodes migrate: ${where ? `${where}: ` : ''}${message}`);
  process.exit(1);
}
console.log(
  ran.length
    ? `netmodes migrate: ${where}: applied ${ran.map((v) => `#${v}`).join(', ')}; schema version ${SCHEMA_VERSION}`
    : `netmodes migrate: ${where}: already at schema version ${SCHEMA_VERSION}, nothing to do`,
);
