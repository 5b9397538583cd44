// The server's secret (issue 18): each student's generated questions come from a seed derived
// from it, the assignment and the student's name, so nobody without the database can compute
// another student's variant. Created once, with the schema, and kept with the server's data
// (backups carry it, so a restored server gives every student the same questions again).
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { PgQuery } from './index.ts';

export const version = 4;
export const name = 'server-secret';
export const sql = 'CREATE TABLE server_secret (id INTEGER PRIMARY KEY CHECK (id = 1), secret TEXT NOT NULL)';
export const pgSql = 'CREATE TABLE server_secret (id SMALLINT PRIMARY KEY CHECK (id = 1), secret TEXT NOT NULL)';

/** 256 random bits. */
const newSecret = () => randomBytes(32).toString('base64url');

export function run(db: DatabaseSync): void {
  db.prepare('INSERT INTO server_secret (id, secret) VALUES (1, ?)').run(newSecret());
}

export async function pgRun(query: PgQuery): Promise<void> {
  await query('INSERT INTO server_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [newSecret()]);
}
