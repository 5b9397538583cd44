// How many tests each runner of `npm test` passed, failed and skipped, read from what the runner
// itself reports: vitest's and Playwright's JSON reports, and the `<name>: N passed, N failed, N skipped`
// line our own checkers print (conformance, size budgets, Lighthouse).
import { existsSync, readFileSync } from 'node:fs';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** @returns {Counts | undefined} */
export function vitestCounts(file) {
  const report = readJson(file);
  if (!report || typeof report.numTotalTests !== 'number') return undefined;
  // A file that fails to load has no tests to count but is a failure all the same.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** @returns {Counts | undefined} */
export function playwrightCounts(file) {
  const report = readJson(file);
  const s = report?.stats;
  if (!s || typeof s.expected !== 'number') return undefined;
  // "flaky" passed on a retry (retries are off here, but a config may turn them on): it passed.
  // A spec file that cannot load is listed in `errors` and runs no test.
  return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected + (report.errors ?? []).length, skipped: s.skipped ?? 0 };
}

/** The last `<name>: N passed, N failed[, N skipped]` line in a checker's output. @returns {Counts | undefined} */
export function summaryLineCounts(name, text) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${escaped}: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?\\s*$`, 'gm');
  const last = [...text.matchAll(re)].at(-1);
  if (!last) return undefined;
  return { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) };
}

/** The line a checker prints for `summaryLineCounts` to read. */
export function summaryLine(name, { passed, failed, skipped = 0 }) {
  return `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** @param {Counts[]} all */
export function sumCounts(all) {
  return all.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
