/**
 * One service per server process, created on the first API request: prerendered pages never open
 * the database, and concurrent first requests share the same opening.
 */
import type { Bank } from '../quiz/bank.ts';
import { bundledBank } from './bank.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { gradableKeys } from './questions.ts';
import { RateLimiter } from './rate-limit.ts';
import { AssignmentService } from './service.ts';
import { SqliteAssignmentStore } from './sqlite-store.ts';
import type { AssignmentStore } from './types.ts';

export interface Runtime {
  config: ServerConfig;
  bank: Bank;
  store: AssignmentStore;
  service: AssignmentService;
  limits: { create: RateLimiter; submit: RateLimiter };
}

const KEY = Symbol.for('netmodes.server.runtime');
type Holder = { [KEY]?: Runtime };

export function runtime(): Runtime {
  const holder = globalThis as Holder;
  let rt = holder[KEY];
  if (!rt) {
    const config = readConfig();
    const bank = bundledBank();
    const store = new SqliteAssignmentStore(config.dbPath);
    const keys = gradableKeys(bank);
    rt = {
      config,
      bank,
      store,
      service: new AssignmentService(store, bank, keys),
      limits: { create: new RateLimiter(config.createLimit), submit: new RateLimiter(config.submitLimit) },
    };
    holder[KEY] = rt;
    // Closing checkpoints the WAL into the main file, so a stopped server leaves one tidy file.
    process.once('exit', () => store.close());
  }
  return rt;
}

/** The bank and keys without opening the database (the teacher's builder page needs only these). */
export function bankOnly(): { bank: Bank; keys: ReturnType<typeof gradableKeys> } {
  const rt = (globalThis as Holder)[KEY];
  if (rt) return { bank: rt.bank, keys: gradableKeys(rt.bank) };
  const bank = bundledBank();
  return { bank, keys: gradableKeys(bank) };
}
