// Names are compared by their look (names.ts: NFKC, case, the Unicode TS #39 confusables
// skeleton) instead of by NFC and case alone: every stored name_key is recomputed. Two earlier
// submissions whose names now share a key both stay (nothing is deleted); the later one gets a
// key of its own, and a new student with that name is refused as taken.
import type { DatabaseSync } from 'node:sqlite';
import { nameKey } from '../names.ts';
import type { PgQuery } from './index.ts';

export const version = 3;
export const name = 'name-skeleton';
export const sql = '';
export const pgSql = '';

interface NameRow {
  id: number | string;
  assignment_id: number | string;
  name: string;
}

/** The new key of every row, in order of submission; a later look-alike gets a key of its own. */
function newKeys(rows: readonly NameRow[]): Array<{ id: number | string; key: string }> {
  const taken = new Set<string>();
  return rows.map((row) => {
    let key = nameKey(String(row.name));
    if (taken.has(`${row.assignment_id} ${key}`)) key = `${key}\u0000${row.id}`;
    taken.add(`${row.assignment_id} ${key}`);
    return { id: row.id, key };
  });
}

const SELECT = 'SELECT id, assignment_id, name FROM submissions ORDER BY assignment_id, submitted_at, id';

export function run(db: DatabaseSync): void {
  const rows = db.prepare(SELECT).all() as unknown as NameRow[];
  // Two passes, so that no row's new key meets another row's old key under the UNIQUE index.
  db.prepare("UPDATE submissions SET name_key = char(1) || id").run();
  const update = db.prepare('UPDATE submissions SET name_key = ? WHERE id = ?');
  for (const { id, key } of newKeys(rows)) update.run(key, id);
}

export async function pgRun(query: PgQuery): Promise<void> {
  const rows = (await query(SELECT)).rows as NameRow[];
  // PostgreSQL's text cannot hold U+0000: the separator of a look-alike's own key is U+0001 there.
  await query("UPDATE submissions SET name_key = chr(1) || id::text");
  for (const { id, key } of newKeys(rows)) await query('UPDATE submissions SET name_key = $1 WHERE id = $2', [key.replace('\u0000', '\u0001'), id]);
}
