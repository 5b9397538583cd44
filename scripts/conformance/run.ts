/**
 * npm run conformance [-- --if-possible] [--only ID] [--json] [--kernel-only]
 *
 * For each scenario in tests/conformance/*.yaml: build it in Linux network namespaces, run its steps
 * with real tools, read the real tables back; run the same scenario in the simulation kernel;
 * print both side by side. Exit 1 on any difference, 2 when the suite cannot run at all
 * (with --if-possible that last case prints "skipped: reason" and exits 0, for `npm test`).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { compareObservations, renderTable, type Row } from './compare.ts';
import { buildOnLinux, waitSettled } from './linux-build.ts';
import { runStepsOnLinux } from './linux-run.ts';
import { NamespaceSet, removeStaleNamespaces } from './netns.ts';
import type { Observations } from './observations.ts';
import { whyNot } from './preflight.ts';
import { loadScenario, ScenarioError, type Scenario, type StepSpec } from './scenario.ts';
import { runInSim } from './sim-run.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO_DIR = join(ROOT, 'tests', 'conformance');

const { values } = parseArgs({
  options: {
    'if-possible': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    'kernel-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  console.log(`usage: npm run conformance -- [--if-possible] [--only ID]... [--json] [--kernel-only]

Compares the simulation kernel with real Linux (network namespaces, bridges, veth, iptables,
conntrack) on every scenario in tests/conformance/. Needs root and: ip, bridge, iptables,
conntrack, ping, nc (OpenBSD), ebtables.
  --if-possible  when the machine cannot run it (not root, tools missing): print "skipped" and exit 0
  --only ID      run only scenarios whose id or file name contains ID (repeatable)
  --json         print the observations and differences as JSON
  --kernel-only  run only the kernel side (no root needed): prints its observations, compares nothing`);
  process.exit(0);
}

function stepLabel(step: StepSpec): string {
  if ('ping' in step) return `ping ${step.ping.from} -> ${step.ping.to}${step.ping.ttl ? ` ttl ${step.ping.ttl}` : ''}`;
  if ('tcp' in step) return `tcp ${step.tcp.from}:${step.tcp.sport} -> ${step.tcp.to}:${step.tcp.port}`;
  if ('udp' in step) return `udp ${step.udp.from}:${step.udp.sport} -> ${step.udp.to}:${step.udp.port}`;
  return `wait ${step.wait.ms} ms`;
}

function loadAll(): Array<{ file: string; scenario: Scenario }> {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
  const only = values.only ?? [];
  const all = files.map((file) => ({ file, scenario: loadScenario(relative(process.cwd(), file)) }));
  const ids = new Set<string>();
  for (const { file, scenario } of all) {
    if (ids.has(scenario.id)) throw new ScenarioError(`${relative(process.cwd(), file)}: id ${scenario.id} is used twice`);
    ids.add(scenario.id);
  }
  return only.length ? all.filter(({ file, scenario }) => only.some((o) => scenario.id.includes(o) || file.includes(o))) : all;
}

let current: NamespaceSet | undefined;
function cleanUpAndExit(code: number): never {
  current?.destroy();
  process.exit(code);
}
process.on('SIGINT', () => cleanUpAndExit(130));
process.on('SIGTERM', () => cleanUpAndExit(143));
process.on('SIGHUP', () => cleanUpAndExit(129));

async function observeLinux(s: Scenario, index: number): Promise<Observations> {
  const ns = new NamespaceSet(String(index));
  current = ns;
  try {
    const topo = buildOnLinux(s, ns);
    await waitSettled(s, topo);
    return await runStepsOnLinux(s, topo);
  } finally {
    ns.destroy();
    current = undefined;
  }
}

function oneLine(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function main(): Promise<number> {
  let scenarios: Array<{ file: string; scenario: Scenario }>;
  try {
    scenarios = loadAll();
  } catch (e) {
    console.error(`conformance: ${e instanceof ScenarioError ? e.message : oneLine(e)}`);
    return 2;
  }
  if (!scenarios.length) {
    console.error('conformance: no scenario matches');
    return 2;
  }

  if (values['kernel-only']) {
    for (const { scenario } of scenarios) console.log(JSON.stringify({ id: scenario.id, kernel: runInSim(scenario) }));
    return 0;
  }

  const reason = whyNot();
  if (reason) {
    if (values['if-possible']) {
      console.log(`conformance: skipped: ${reason}`);
      return 0;
    }
    console.error(`conformance: cannot run: ${reason}`);
    return 2;
  }
  const stale = removeStaleNamespaces();
  if (stale.length) console.log(`conformance: removed ${stale.length} namespace(s) left by an interrupted run`);

  const t0 = Date.now();
  const results: Array<{ id: string; rows: Row[]; error?: string; ms: number }> = [];
  for (const [i, { scenario }] of scenarios.entries()) {
    const started = Date.now();
    let linux: Observations | undefined;
    let kernel: Observations | undefined;
    let error: string | undefined;
    try {
      linux = await observeLinux(scenario, i + 1);
    } catch (e) {
      error = `real Linux side failed: ${oneLine(e)}`;
    }
    try {
      kernel = runInSim(scenario);
    } catch (e) {
      error = (error ? `${error}; ` : '') + `kernel side failed: ${oneLine(e)}`;
    }
    const rows = linux && kernel ? compareObservations(linux, kernel, scenario.conformance.steps.map(stepLabel)) : [];
    const res: { id: string; rows: Row[]; error?: string; ms: number } = { id: scenario.id, rows, ms: Date.now() - started };
    if (error !== undefined) res.error = error;
    results.push(res);
    if (!values.json) {
      const differs = error !== undefined || rows.some((r) => !r.same);
      console.log(`\n${differs ? 'DIFFERS' : 'agrees '}  ${scenario.id}  (${((Date.now() - started) / 1000).toFixed(1)} s)  ${scenario.title.en}`);
      if (error) console.log(`  ${error}`);
      if (rows.length) console.log(renderTable(rows));
    }
  }
  const failed = results.filter((r) => r.error !== undefined || r.rows.some((x) => !x.same));
  if (values.json) console.log(JSON.stringify({ results, failed: failed.map((f) => f.id) }, null, 2));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\nconformance: ${results.length - failed.length} agree, ${failed.length} differ, in ${secs} s${failed.length ? ` (differ: ${failed.map((f) => f.id).join(', ')})` : ''}`);
  console.log(`conformance: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => cleanUpAndExit(code),
  (e: unknown) => {
    console.error(`conformance: ${oneLine(e)}`);
    cleanUpAndExit(2);
  },
);
