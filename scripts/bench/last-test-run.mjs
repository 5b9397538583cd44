// Where `npm test` leaves the timings of its last complete run, for `npm run bench` to report: running the
// whole suite from the benchmark would take minutes and measure a second build of the same tree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const FILE = '.builds/last-npm-test.json';

export function recordTestRun(run) {
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(run, null, 2));
}

/** The last complete run, or undefined when there is none (or the file is unreadable). */
export function readTestRun() {
  if (!existsSync(FILE)) return undefined;
  try {
    const run = JSON.parse(readFileSync(FILE, 'utf8'));
    return typeof run.totalSeconds === 'number' && Array.isArray(run.steps) ? run : undefined;
  } catch {
    return undefined;
  }
}
