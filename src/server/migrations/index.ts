/**
 * Every schema change, in order. A migration is a module (not a loose .sql file) so that it is
 * bundled into the server build and also runs directly under Node; never edit one that has
 * shipped, add the next number instead.
 */
import * as m001 from './001-initial.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m001];
