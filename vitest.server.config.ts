import { defineConfig } from 'vitest/config';
import { whyNoCluster } from './scripts/pg-cluster.mjs';

// API tests against the real built server (`npx astro build` first). Kept out of the default
// config: they need a build and spawn server processes.
//
// The same test files run against both stores: project "sqlite", and project "postgres" on one
// throw-away cluster for the whole run (tests/server/global-postgres.ts). Where PostgreSQL cannot run
// here the postgres project is left out and the reason printed. NETMODES_TEST_STORES=sqlite (or
// postgres) runs one of them.
const wanted = (process.env.NETMODES_TEST_STORES ?? 'sqlite,postgres').split(',').map((s) => s.trim());
const noPostgres: string | undefined = wanted.includes('postgres') ? whyNoCluster() : 'not asked for (NETMODES_TEST_STORES)';
if (noPostgres && wanted.includes('postgres')) console.warn(`netmodes: server tests against PostgreSQL skipped: ${noPostgres}`);

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Each file starts its own server; two at a time suits a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      ...(wanted.includes('sqlite')
        ? [{ extends: true as const, test: { name: 'sqlite', include: ['tests/server/**/*.test.ts'], env: { NETMODES_TEST_STORE: 'sqlite' } } }]
        : []),
      ...(noPostgres
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['tests/server/**/*.test.ts'],
                // Unit tests of modules, not of a store: once is enough.
                exclude: ['tests/server/units.test.ts'],
                env: { NETMODES_TEST_STORE: 'postgres' },
                globalSetup: ['tests/server/global-postgres.ts'],
              },
            },
          ]),
    ],
  },
});
