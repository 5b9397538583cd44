// `npm test`: the whole suite, in the order a failure is cheapest to find.
// `npm run test:quick` (this script with --quick): the inner loop, under 2 minutes: type check, unit tests,
// the kernel side of every conformance scenario, and one lesson per locale in the browser.
//
// Each step prints its time and its counts; the last line sums every runner: `N passed, N failed, N skipped`.
// NETMODES_SKIP_AUDIT=1 leaves out Lighthouse; CI_FULL_AUDIT=1 audits every page instead of the
// representative set (what `npm run audit` does).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { recordTestRun } from './bench/last-test-run.mjs';
import { playwrightCounts, sumCounts, summaryLineCounts, vitestCounts } from './test-counts.mjs';

const quick = process.argv.includes('--quick');
const REPORTS = '.builds/test-reports';
const reportFile = (name) => `${REPORTS}/${name}.json`;

/** A vitest run whose counts come from its JSON report. */
function vitest(name, args = []) {
  const file = reportFile(name);
  return { cmd: 'npx', args: ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], report: file, counts: () => vitestCounts(file) };
}

/** A Playwright run whose counts come from its JSON report. */
function playwright(name, args = []) {
  const file = reportFile(name);
  return { cmd: 'npx', args: ['playwright', 'test', ...args, '--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file }, report: file, counts: () => playwrightCounts(file) };
}

/** One of our own checkers: its counts are the `<label>: N passed, N failed, N skipped` line it prints. */
function checker(label, cmd, args) {
  return { cmd, args, tee: true, counts: (out) => summaryLineCounts(label, out) };
}

const typeCheck = { name: 'type check', cmd: 'npx', args: ['astro', 'check'] };
const unit = { name: 'unit tests', ...vitest('unit') };
const build = { name: 'build', cmd: 'npx', args: ['astro', 'build'] };

const lighthouse = process.env.CI_FULL_AUDIT === '1'
  ? { name: 'Lighthouse, every page', ...checker('lighthouse', 'node', ['scripts/audit.mjs']) }
  : { name: 'Lighthouse, representative pages', ...checker('lighthouse', 'node', ['scripts/audit.mjs', '--representative']) };

const steps = quick
  ? [
      typeCheck,
      unit,
      // No root needed: runs the kernel side of every scenario and lab (the comparison is `npm test`'s).
      { name: 'conformance, kernel side', ...checker('conformance', 'npm', ['run', '-s', 'conformance', '--', '--kernel-only']) },
      build,
      { name: 'smoke browser test', ...playwright('e2e-smoke', ['--grep', '@smoke']) },
    ]
  : [
      typeCheck,
      unit,
      // Compares the kernel with real Linux in network namespaces; reports "skipped" without root or tools.
      // It mostly waits for its tools and timers, so it starts with the run and is reported here.
      { name: 'conformance with real Linux', early: true, ...checker('conformance', 'npm', ['run', '-s', 'conformance', '--', '--if-possible']) },
      build,
      { name: 'size budgets', ...checker('size budgets', 'node', ['scripts/check-budgets.mjs']) },
      { name: 'teacher server tests', ...vitest('server', ['--config', 'vitest.server.config.ts']) },
      { name: 'end-to-end tests', ...playwright('e2e') },
      ...(process.env.NETMODES_SKIP_AUDIT ? [] : [lighthouse]),
    ];

/**
 * Starts one step. Its output is shown as it comes, or, for a step started early alongside others,
 * kept and shown whole when its turn comes (`show`). `tee` keeps stdout for the step's counts.
 */
function start(step, { quiet = false } = {}) {
  const t0 = Date.now();
  const child = spawn(step.cmd, step.args, {
    stdio: ['ignore', step.tee || quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, CI: process.env.CI ?? '1', ...step.env },
  });
  let out = '';
  let held = '';
  child.stdout?.on('data', (d) => {
    if (quiet) held += d;
    else process.stdout.write(d);
    out += d;
  });
  child.stderr?.on('data', (d) => (held += d));
  const done = new Promise((resolve) => {
    child.on('error', (e) => resolve({ code: 1, out: String(e), seconds: 0 }));
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)) }));
  });
  return { child, done, show: () => process.stdout.write(held) };
}

const fmtCounts = (c) => (c ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : '');
const started = Date.now();
const timings = [];
const counted = [];
let failedStep;
mkdirSync(REPORTS, { recursive: true });
for (const step of steps) if (step.report) rmSync(step.report, { force: true });
// NETMODES_TEST_SERIAL=1 runs every step on its own, e.g. to time one without the others beside it.
const early = new Map(process.env.NETMODES_TEST_SERIAL ? [] : steps.filter((s) => s.early).map((s) => [s, start(s, { quiet: true })]));
for (const step of steps) {
  console.log(`\n=== ${step.name}${early.has(step) ? ' (ran alongside the steps before it)' : ''} ===`);
  const running = early.get(step) ?? start(step);
  const { code, out, seconds } = await running.done;
  running.show();
  early.delete(step);
  let counts = step.counts?.(out);
  // A runner that failed before it could report still counts as one failure.
  if (code !== 0 && (!counts || counts.failed === 0)) counts = { passed: counts?.passed ?? 0, failed: 1, skipped: counts?.skipped ?? 0 };
  if (counts) counted.push(counts);
  timings.push({ step: step.name, seconds, ...(counts ?? {}) });
  console.log(`--- ${step.name}: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds} s${counts ? `; ${fmtCounts(counts)}` : ''}`);
  if (step.counts && !counts) console.log(`--- (${step.name} reported no counts)`);
  if (code !== 0) {
    failedStep = step.name;
    break;
  }
}

const totalSeconds = Number(((Date.now() - started) / 1000).toFixed(1));
const notRun = steps.slice(timings.length).map((s) => s.name);
console.log('');
console.table(timings);
// A step started early is not needed once the run has stopped (its own clean-up runs on SIGTERM).
for (const { child } of early.values()) child.kill('SIGTERM');
if (failedStep) console.error(`${failedStep} failed after ${timings.at(-1).seconds} s${notRun.length ? `; not run: ${notRun.join(', ')}` : ''}.`);
else {
  console.log(`All ${quick ? 'quick checks' : 'tests'} passed in ${totalSeconds} s on Node ${process.version}.`);
  if (!quick) recordTestRun({ finishedAt: new Date().toISOString(), totalSeconds, node: process.version, audit: !process.env.NETMODES_SKIP_AUDIT, fullAudit: process.env.CI_FULL_AUDIT === '1', steps: timings });
}
console.log(fmtCounts(sumCounts(counted)));
process.exit(failedStep ? 1 : 0);
