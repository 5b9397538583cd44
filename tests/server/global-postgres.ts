// One throw-away PostgreSQL cluster for the whole server-test run (starting one takes seconds);
// each test server gets its own database on it (harness.ts).
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/pg-cluster.mjs';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('pgAdminUrl', cluster.url('postgres'));
  return async () => {
    await cluster.stop();
  };
}
