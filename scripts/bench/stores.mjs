// The stores `npm run bench` measures side by side: SQLite (the default), and PostgreSQL with one
// and with two server instances on a throw-away cluster with PostgreSQL's durable defaults (fsync
// on, synchronous_commit on: a submission is acknowledged after its commit reached the disk, as
// with SQLite's synchronous=FULL). Each measurement gets a new empty database.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDatabase, startCluster, whyNoCluster } from '../pg-cluster.mjs';

/**
 * Runs `measure({ env, instances })` for each store; resolves [{ store, result }], plus `skipped`
 * (why PostgreSQL was left out, when it was).
 */
export async function measureStores(measure, { instances = [1, 2] } = {}) {
  const results = [{ store: 'SQLite', result: await measure({ env: {}, instances: 1 }) }];
  const why = whyNoCluster();
  if (why) return { results, skipped: why };
  const cluster = await startCluster({ durable: true });
  try {
    for (const n of instances) {
      const url = await createDatabase(cluster.url('postgres'), `bench_${n}_${Date.now()}`);
      results.push({ store: `PostgreSQL, ${n} instance${n > 1 ? 's' : ''}`, result: await measure({ env: { NETMODES_DATABASE_URL: url }, instances: n }) });
    }
  } finally {
    await cluster.stop();
  }
  return { results };
}

// `node scripts/bench/stores.mjs`: only the server figures of `npm run bench`, both stores (after a build).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { runServerLoad } = await import('./server-load.mjs');
  const { runDashboardLoad, dashboardLoadRow } = await import('./dashboard-load.mjs');
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`load average before: ${load()}`);
  const loads = await measureStores((options) => runServerLoad(options));
  console.table(loads.results.map(({ store, result: r }) => ({ store, 'submissions/s flat out': r.rps.toFixed(0), [`p50 ms at ${r.rate}/s`]: r.p50, [`p99 ms at ${r.rate}/s`]: r.p99, 'p99 ms flat out': r.saturatedP99 })));
  console.log(`load average: ${load()}`);
  const dashboards = await measureStores(({ env }) => runDashboardLoad({ env }), { instances: [1] });
  console.table(dashboards.results.map(({ store, result }) => ({ store, ...dashboardLoadRow(result) })));
  console.log(`load average after: ${load()}`);
  if (loads.skipped) console.log(`PostgreSQL not measured: ${loads.skipped}`);
}
