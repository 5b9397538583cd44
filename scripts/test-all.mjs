// `npm test`: the whole suite, in the order a failure is cheapest to find.
// Set NETMODES_SKIP_AUDIT=1 to leave out the Lighthouse audit (the slowest step) when iterating locally.
import { spawnSync } from 'node:child_process';
import { recordTestRun } from './bench/last-test-run.mjs';

const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  // Compares the kernel with real Linux in network namespaces; reports "skipped" without root or tools.
  ['conformance with real Linux', 'npm', ['run', '-s', 'conformance', '--', '--if-possible']],
  ['build', 'npx', ['astro', 'build']],
  ['size budgets', 'node', ['scripts/check-budgets.mjs']],
  ['teacher server tests', 'npx', ['vitest', 'run', '--config', 'vitest.server.config.ts']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];
if (!process.env.NETMODES_SKIP_AUDIT) steps.push(['Lighthouse audit', 'node', ['scripts/audit.mjs']]);

const started = Date.now();
const timings = [];
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  const secs = (Date.now() - t0) / 1000;
  timings.push({ step: name, seconds: Number(secs.toFixed(1)) });
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${secs.toFixed(1)}s`);
    process.exit(result.status ?? 1);
  }
}
console.table(timings);
const totalSeconds = Number(((Date.now() - started) / 1000).toFixed(1));
console.log(`All tests passed in ${totalSeconds}s on Node ${process.version}.`);
recordTestRun({ finishedAt: new Date().toISOString(), totalSeconds, node: process.version, audit: !process.env.NETMODES_SKIP_AUDIT, steps: timings });
