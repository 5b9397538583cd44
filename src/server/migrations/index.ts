/**
 * Every schema change, in order. A migration is a module (not a loose .sql file) so that it is
 * bundled into the server build and also runs directly under Node; never edit one that has
 * shipped, add the next number instead.
 */
import type { DatabaseSync } from 'node:sqlite';
import * as m001 from './001-initial.ts';
import * as m003 from './003-name-skeleton.ts';
import * as m002 from './002-deadlines-and-late-work.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL cannot express, run after `sql` in the same transaction. */
  run?: (db: DatabaseSync) => void;
}

// Applied by number: 002 (deadlines and late work) and 003 (name skeletons) were written at the same
// time; a database that got 003 first still gets 002.
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003];
