/**
 * Start-up checks of the teacher server's storage, run by scripts/serve.mjs before it listens: a
 * data folder it cannot write, a file that is not a database (or cannot be read), a PostgreSQL
 * server that cannot be reached, or a database from a newer netmodes stop the server with a
 * message saying what to do, instead of a server that says "running" and answers every API call
 * with 500. Pending migrations are applied here (both stores; PostgreSQL instances starting
 * together take turns).
 */
import { closeSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerConfig } from './config.ts';
import { DiskFloor } from './disk.ts';
import { isConnectionError } from './db-errors.ts';
import { SchemaTooNewError } from './migrations/index.ts';
import { describeDatabaseUrl, PgAssignmentStore } from './pg-store.ts';
import { SqliteAssignmentStore } from './sqlite-store.ts';

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return reason(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}

/** Resolves when the database can be read and written; otherwise throws a StartupError. Warnings go to `warn`. */
export async function checkStorage(config: ServerConfig, warn: (message: string) => void = console.warn): Promise<void> {
  if (config.databaseUrl) return checkPostgres(config.databaseUrl);
  const folder = dirname(config.dbPath);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Creating a file is the only test that also catches a read-only file system (root passes access()).
    const probe = join(folder, `.netmodes-write-check-${process.pid}`);
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (error) {
    throw new StartupError(
      `the data folder ${folder} cannot be used (${reason(error)}). Set NETMODES_DATA_DIR (or NETMODES_DB) to a folder the server's user can write to.`,
    );
  }
  let store: SqliteAssignmentStore | undefined;
  try {
    store = new SqliteAssignmentStore(config.dbPath);
    await store.ping();
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new StartupError(`${config.dbPath}: ${error.message}.`);
    throw new StartupError(
      `the database ${config.dbPath} cannot be used (${reason(error)}). If it is damaged, stop here and restore a backup (npm run backup makes them); moving the file away starts an empty database.`,
    );
  } finally {
    await store?.close();
  }
  const free = new DiskFloor(folder, config.minFreeBytes).free();
  if (free < config.minFreeBytes) {
    warn(`netmodes: only ${Math.floor(free / 1024 ** 2)} MiB free on the disk of ${folder}, below NETMODES_MIN_FREE_DISK: new assignments and submissions are refused (507) until there is more.`);
  }
}

/** Migrates (idempotent) and checks the schema; the message names the database without its password. */
async function checkPostgres(url: string): Promise<void> {
  const where = describeDatabaseUrl(url);
  const store = new PgAssignmentStore(url, { poolSize: 1 });
  try {
    await store.migrate();
    await store.ping();
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new StartupError(`${where}: ${error.message}.`);
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    if (isConnectionError(cause)) {
      throw new StartupError(`cannot reach PostgreSQL at ${where} (${reason(cause)}). Check NETMODES_DATABASE_URL (or DATABASE_URL) and that the database server is running.`);
    }
    throw new StartupError(`the PostgreSQL database ${where} cannot be used (${reason(cause)}).`);
  } finally {
    await store.close();
  }
}
