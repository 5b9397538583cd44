// Names are compared by their look (names.ts: NFKC, case, the Unicode TS #39 confusables
// skeleton) instead of by NFC and case alone: every stored name_key is recomputed. Two earlier
// submissions whose names now share a key both stay (nothing is deleted); the later one gets a
// key of its own, and a new student with that name is refused as taken.
import type { DatabaseSync } from 'node:sqlite';
import { nameKey } from '../names.ts';

export const version = 3;
export const name = 'name-skeleton';
export const sql = '';

export function run(db: DatabaseSync): void {
  const rows = db.prepare('SELECT id, assignment_id, name FROM submissions ORDER BY assignment_id, submitted_at, id').all() as Array<{ id: number; assignment_id: number; name: string }>;
  // Two passes, so that no row's new key meets another row's old key under the UNIQUE index.
  db.prepare("UPDATE submissions SET name_key = char(1) || id").run();
  const update = db.prepare('UPDATE submissions SET name_key = ? WHERE id = ?');
  const taken = new Set<string>();
  for (const row of rows) {
    let key = nameKey(String(row.name));
    if (taken.has(`${row.assignment_id} ${key}`)) key = `${key}\u0000${row.id}`;
    taken.add(`${row.assignment_id} ${key}`);
    update.run(key, row.id);
  }
}
