/**
 * Every schema change, in order, in both dialects: `sql`/`run` for SQLite, `pgSql`/`pgRun` for
 * PostgreSQL, under the same version number, so "schema version N" means the same tables in either
 * store. A migration is a module (not a loose .sql file) so that it is bundled into the server
 * build and also runs directly under Node; never edit one that has shipped, add the next number
 * instead.
 */
import type { DatabaseSync } from 'node:sqlite';
import * as m001 from './001-initial.ts';
import * as m003 from './003-name-skeleton.ts';
import * as m002 from './002-deadlines-and-late-work.ts';
import * as m004 from './004-server-secret.ts';

/** Runs one statement on the migration's PostgreSQL connection (inside its transaction). */
export type PgQuery = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL cannot express, run after `sql` in the same transaction. */
  run?: (db: DatabaseSync) => void;
  pgSql: string;
  pgRun?: (query: PgQuery) => Promise<void>;
}

// Applied by number: 002 (deadlines and late work) and 003 (name skeletons) were written at the same
// time; a database that got 003 first still gets 002.
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004];

/** The newest schema version this server knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database has schema version ${found}, but this server only knows up to ${known}; run a newer netmodes or restore a backup`);
    this.name = 'SchemaTooNewError';
  }
}
