/**
 * Every schema change, in order. A migration is a module (not a loose .sql file) so that it is
 * bundled into the server build and also runs directly under Node; never edit one that has
 * shipped, add the next number instead.
 */
import type { DatabaseSync } from 'node:sqlite';
import * as m001 from './001-initial.ts';
import * as m003 from './003-name-skeleton.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL cannot express, run after `sql` in the same transaction. */
  run?: (db: DatabaseSync) => void;
}

// 002 belongs to the deadlines and late-work change made at the same time (issue 25); versions
// are applied by number, so either may reach a database first.
export const MIGRATIONS: readonly Migration[] = [m001, m003];
