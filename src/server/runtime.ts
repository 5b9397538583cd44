/**
 * One service per server process, created on the first API request: prerendered pages never open
 * the database, and concurrent first requests share the same opening.
 */
import { dirname } from 'node:path';
import type { Bank } from '../quiz/bank.ts';
import type { AnswerKey } from '../quiz/scoring.ts';
import { bundledBank } from './bank.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { DiskFloor } from './disk.ts';
import { checkFix } from '../quiz/fix/check.ts';
import { solvePathQuestion } from '../quiz/path/solve.ts';
import { gradableKeys, type Checkers } from './questions.ts';
import { RateLimiter } from './rate-limit.ts';
import { AssignmentService } from './service.ts';
import { openStore } from './stores.ts';
import type { AssignmentStore } from './types.ts';

export interface Runtime {
  config: ServerConfig;
  bank: Bank;
  store: AssignmentStore;
  service: AssignmentService;
  limits: { create: RateLimiter; submit: RateLimiter; read: RateLimiter; miss: RateLimiter; bytes: RateLimiter };
  disk: DiskFloor;
}

/** The quiz module's kernel checkers: the same verdicts as self-study, computed on the server. */
export const CHECKERS: Checkers = {
  solvePath: (q) => {
    try {
      return solvePathQuestion(q).choice;
    } catch (error) {
      // A scenario no option describes is a content bug the build reports; here it only means
      // the question is not offered for assignments.
      console.error(`netmodes: path question ${q.id} left out of assignments: ${(error as Error).message}`);
      return undefined;
    }
  },
  fixPasses: (goal, config, lang) => checkFix(goal, config, lang).passed,
};

const KEY = Symbol.for('netmodes.server.runtime');
type Holder = { [KEY]?: Runtime };

let grading: { bank: Bank; keys: Map<string, AnswerKey> } | undefined;

/** The bank and its answer keys (path questions solved on the kernel), once per process. */
export function gradingSetup(): { bank: Bank; keys: Map<string, AnswerKey> } {
  if (!grading) {
    const bank = bundledBank();
    grading = { bank, keys: gradableKeys(bank, CHECKERS) };
  }
  return grading;
}

const RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Deletes ended assignments past the retention period now and then every hour. */
function scheduleRetention(service: AssignmentService, days: number): void {
  const purge = () =>
    service.purgeEnded(days).then(
      (n) => n > 0 && console.log(`netmodes: deleted ${n} assignment(s) ended more than ${days} day(s) ago (NETMODES_RETENTION_DAYS)`),
      (error: unknown) => console.error('netmodes: deleting old assignments failed:', error),
    );
  void purge();
  // unref: the schedule alone must not keep a script or test process alive.
  setInterval(purge, RETENTION_EVERY_MS).unref();
}

/** The runtime if a request has created it (graceful shutdown closes its store). */
export function existingRuntime(): Runtime | undefined {
  return (globalThis as Holder)[KEY];
}

export function runtime(): Runtime {
  const holder = globalThis as Holder;
  let rt = holder[KEY];
  if (!rt) {
    const config = readConfig();
    const { bank, keys } = gradingSetup();
    const store = openStore(config);
    rt = {
      config,
      bank,
      store,
      service: new AssignmentService(store, bank, keys, CHECKERS),
      limits: {
        create: new RateLimiter(config.createLimit),
        submit: new RateLimiter(config.submitLimit),
        read: new RateLimiter(config.readLimit),
        miss: new RateLimiter(config.missLimit),
        bytes: new RateLimiter(config.byteBudget),
      },
      // The floor watches the disk the SQLite file is on; PostgreSQL's disk is its server's (a full one answers 507 too, see http.ts).
      disk: new DiskFloor(dirname(config.dbPath), config.databaseUrl ? 0 : config.minFreeBytes),
    };
    holder[KEY] = rt;
    if (config.retentionDays !== null) scheduleRetention(rt.service, config.retentionDays);
    // Closing checkpoints the WAL into the main file, so a stopped server leaves one tidy file.
    process.once('exit', () => void store.close());
  }
  return rt;
}
