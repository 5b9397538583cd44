import { defineConfig } from 'vitest/config';

// API tests against the real built server (`npx astro build` first). Kept out of the default
// config: they need a build and spawn server processes.
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Each file starts its own server; two at a time suits a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
