// `npm run bench`: every benchmark and budget of the project, printed as tables.
// Exits non-zero when a budget is missed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { measurePages, measureOnDemandPages, pageWeightFailures, BUDGETS } from './bench/page-weight.mjs';
import { runServerLoad, serverLoadFailures, SERVER_BUDGET } from './bench/server-load.mjs';
import { DASHBOARD_BUDGET, dashboardLoadFailures, dashboardLoadRow, runDashboardLoad } from './bench/dashboard-load.mjs';
import { readTestRun } from './bench/last-test-run.mjs';
import { measureStores } from './bench/stores.mjs';
import { loadavg } from 'node:os';

/** The 1/5/15-minute load averages: figures measured on a busy machine say so. */
const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(', ');

const failures = [];
const fmt = (n, d = 1) => n.toFixed(d);

async function timedSuites() {
  // Each suite module exports a function returning [{ name, ms, budgetMs }].
  const suites = [
    ['simulation kernel', '../src/sim/bench/kernel-bench.ts', 'runKernelBenchmarks'],
    ['config parser', '../src/config/bench.ts', 'runConfigBenchmarks'],
  ];
  for (const [title, path, fn] of suites) {
    const url = new URL(path, import.meta.url);
    if (!existsSync(url)) {
      failures.push(`${title}: benchmark module ${path} is missing`);
      continue;
    }
    const mod = await import(url.href);
    const rows = await mod[fn]();
    console.log(`\n## ${title}`);
    // `ms` is what the budget is checked against: the kernel suite reports its median iteration (steady on a
    // busy machine) and its mean as `meanMs`; the parser suite reports its mean.
    console.table(rows.map((r) => ({ benchmark: r.name, ms: fmt(r.ms, 3), ...(r.meanMs !== undefined ? { 'mean ms': fmt(r.meanMs, 3) } : {}), 'budget ms': r.budgetMs, ok: r.ms <= r.budgetMs ? 'yes' : 'NO' })));
    for (const r of rows) if (r.ms > r.budgetMs) failures.push(`${title}: ${r.name} took ${fmt(r.ms, 3)} ms > ${r.budgetMs} ms`);
  }
}

await timedSuites();

console.log('\n## build');
const t0 = Date.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSecs = (Date.now() - t0) / 1000;
if (build.status !== 0) failures.push('astro build failed');
console.log(`npm run build: ${fmt(buildSecs)} s`);

console.log('\n## npm test (last complete run on this machine)');
const lastRun = readTestRun();
if (lastRun) {
  console.table(lastRun.steps);
  console.log(`npm test: ${fmt(lastRun.totalSeconds)} s in all (${lastRun.audit ? 'with' : 'without'} the Lighthouse audit), finished ${lastRun.finishedAt} on Node ${lastRun.node}`);
} else console.log('no complete run recorded yet: run `npm test` (it records its timings for this table)');

console.log(`\n## page weight (gzip; budgets: JS before interaction <= ${BUDGETS.jsBeforeInteractionKb} KB, islands <= ${BUDGETS.islandsKb} KB, all JS of an app page <= ${BUDGETS.appPageKb} KB)`);
const rows = [...measurePages(), ...(await measureOnDemandPages())];
console.table(
  rows.map((r) => ({
    page: r.app ? `${r.page} (app)` : r.page,
    'html KB': fmt(r.htmlKb),
    'css KB': fmt(r.cssKb),
    'JS before KB': fmt(r.jsBeforeKb),
    islands: r.islands,
    'islands KB': fmt(r.islandsKb),
    requests: r.requests,
  })),
);
failures.push(...pageWeightFailures(rows));

console.log(`\n## teacher server on loopback, both stores (budgets for SQLite, the default: >= ${SERVER_BUDGET.minRps} submissions/s, p99 < ${SERVER_BUDGET.maxP99Ms} ms)`);
const loads = await measureStores((options) => runServerLoad(options));
console.table(
  loads.results.map(({ store, result: load }) => ({
    store,
    'submissions/s (100 clients, flat out)': load.rps.toFixed(0),
    [`p50 ms at ${load.rate}/s`]: load.p50,
    [`p99 ms at ${load.rate}/s`]: load.p99,
    'p99 ms flat out': load.saturatedP99,
    requests: load.requests,
  })),
);
if (loads.skipped) console.log(`PostgreSQL not measured: ${loads.skipped}`);
failures.push(...serverLoadFailures(loads.results[0].result));
// Issue 18: the same with questions generated per student on the kernel (SQLite, the default store).
const generatedLoad = await runServerLoad({ generated: true });
console.table([
  {
    questions: 'generated',
    'submissions/s (100 clients, flat out)': generatedLoad.rps.toFixed(0),
    [`p50 ms at ${generatedLoad.rate}/s`]: generatedLoad.p50,
    [`p99 ms at ${generatedLoad.rate}/s`]: generatedLoad.p99,
    'p99 ms flat out': generatedLoad.saturatedP99,
    requests: generatedLoad.requests,
    'student pages/s (variants generated)': generatedLoad.pagesPerSecond.toFixed(0),
  },
]);
failures.push(...serverLoadFailures(generatedLoad));

console.log(
  `\n## teacher dashboard under load, both stores (${DASHBOARD_BUDGET.rate} submissions/s into a ${DASHBOARD_BUDGET.rows}-row assignment, ${DASHBOARD_BUDGET.tabs} teacher tabs polling; budgets for SQLite: p99 < ${DASHBOARD_BUDGET.maxSubmitP99Ms} ms submissions, < ${DASHBOARD_BUDGET.maxPollP99Ms} ms polls)`,
);
const dashboards = await measureStores(({ env }) => runDashboardLoad({ env }), { instances: [1] });
console.table(dashboards.results.map(({ store, result }) => ({ store, ...dashboardLoadRow(result) })));
failures.push(...dashboardLoadFailures(dashboards.results[0].result));
console.log(`machine load after the server measurements (uptime): ${loadAverage()}`);

if (failures.length) {
  console.error('\nBudgets missed:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('\nAll budgets hold.');
