// The whole suite, in the order a failure is cheapest to find: types, unit tests, build, browser.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npm', ['run', '-s', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['astro', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${secs}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name}: ok in ${secs}s ===`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)}s on Node ${process.version}.`);
