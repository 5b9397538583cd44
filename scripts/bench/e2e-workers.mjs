// `npm run bench:e2e [-- --workers 1,2,3] [--grep TEXT]`: runs the browser tests once per worker count
// against the current build (`npm run build` first) and prints, per count, the wall time and the sum of
// the tests' own durations, then the 20 slowest tests (from the run with the fewest workers, where a
// test's duration is its own cost rather than time spent waiting for a busy CPU) and the cost per spec file.
//
// `--report FILE` skips running and only reads a Playwright JSON report (e.g. the one `npm test` leaves
// in .builds/test-reports/e2e.json).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2,3' },
    grep: { type: 'string' },
    report: { type: 'string' },
    top: { type: 'string', default: '20' },
  },
});

/** Every test result in a Playwright JSON report: title path, file and duration. */
export function testDurations(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const r of t.results ?? []) out.push({ test: [...titles, spec.title].filter(Boolean).join(' › '), file: spec.file, ms: r.duration, status: r.status });
      }
    }
    // Nested suites are describe() blocks; the top level (one per file) is named after the file.
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const s of report.suites ?? []) walk(s, []);
  return out;
}

function runOnce(workers) {
  const file = `.builds/test-reports/e2e-workers-${workers}.json`;
  const args = ['playwright', 'test', `--workers=${workers}`, '--reporter=dot,json'];
  if (values.grep) args.push('--grep', values.grep);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: file } });
    child.on('close', () => resolve({ workers, wallS: (Date.now() - t0) / 1000, report: JSON.parse(readFileSync(file, 'utf8')) }));
  });
}

function printCosts(report, label) {
  const tests = testDurations(report).sort((a, b) => b.ms - a.ms);
  const top = Number(values.top);
  console.log(`\n## the ${top} slowest tests (${label})`);
  console.table(tests.slice(0, top).map((t) => ({ seconds: (t.ms / 1000).toFixed(1), file: t.file, test: t.test.slice(0, 90), status: t.status })));
  const perFile = new Map();
  for (const t of tests) perFile.set(t.file, { tests: (perFile.get(t.file)?.tests ?? 0) + 1, ms: (perFile.get(t.file)?.ms ?? 0) + t.ms });
  console.log(`\n## cost per spec file (${label})`);
  console.table([...perFile].sort((a, b) => b[1].ms - a[1].ms).map(([file, v]) => ({ file, tests: v.tests, seconds: (v.ms / 1000).toFixed(1) })));
}

if (values.report) {
  printCosts(JSON.parse(readFileSync(values.report, 'utf8')), values.report);
} else {
  mkdirSync('.builds/test-reports', { recursive: true });
  const runs = [];
  for (const n of values.workers.split(',').map(Number)) runs.push(await runOnce(n));
  console.log('\n## browser tests per worker count');
  console.table(
    runs.map((r) => {
      const s = r.report.stats ?? {};
      const sum = testDurations(r.report).reduce((a, t) => a + t.ms, 0) / 1000;
      return { workers: r.workers, 'wall s': r.wallS.toFixed(1), 'sum of test s': sum.toFixed(1), passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
    }),
  );
  const fewest = runs.reduce((a, b) => (b.workers < a.workers ? b : a));
  printCosts(fewest.report, `${fewest.workers} worker${fewest.workers > 1 ? 's' : ''}`);
}
