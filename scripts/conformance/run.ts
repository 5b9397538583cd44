/**
 * npm run conformance [-- --if-possible] [--only ID] [--json] [--kernel-only]
 *
 * For each scenario in tests/conformance/*.yaml: build it in Linux network namespaces, run its steps
 * with real tools, read the real tables back; run the same scenario in the simulation kernel;
 * print both side by side. Exit 1 on any difference, 2 when the suite cannot run at all
 * (with --if-possible that last case prints "skipped: reason" and exits 0, for `npm test`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareObservations, renderTable, type Row } from './compare.ts';
import { buildOnLinux, waitSettled } from './linux-build.ts';
import { runStepsOnLinux } from './linux-run.ts';
import { NamespaceSet, removeStaleNamespaces } from './netns.ts';
import type { Observations } from './observations.ts';
import { whyNot } from './preflight.ts';
import { parse as parseYaml } from 'yaml';
import { scenarioFromLab } from './from-lab.ts';
import { loadScenario, ScenarioError, type Scenario, type StepSpec } from './scenario.ts';
import { runInSim } from './sim-run.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO_DIR = join(ROOT, 'tests', 'conformance');
/** The labs the course ships are checked too: a learner trusts a lab only if Linux agrees with it. */
const LAB_DIR = join(ROOT, 'content', 'labs');

const { values } = parseArgs({
  options: {
    'if-possible': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    'kernel-only': { type: 'boolean', default: false },
    lab: { type: 'string', multiple: true },
    'no-labs': { type: 'boolean', default: false },
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
  --kernel-only  run only the kernel side (no root needed): prints its observations, compares nothing
  --lab FILE     also check this lab file (the content/labs format); repeatable
  --no-labs      leave out the shipped labs in content/labs`);
  process.exit(0);
}

function stepLabel(step: StepSpec): string {
  if ('ping' in step) return `ping ${step.ping.from} -> ${step.ping.to}${step.ping.ttl ? ` ttl ${step.ping.ttl}` : ''}`;
  if ('tcp' in step) return `tcp ${step.tcp.from}:${step.tcp.sport} -> ${step.tcp.to}:${step.tcp.port}`;
  if ('udp' in step) return `udp ${step.udp.from}:${step.udp.sport} -> ${step.udp.to}:${step.udp.port}`;
  if ('change' in step) {
    const c = step.change;
    const what = [
      ...Object.entries(c.sysctls).map(([k, v]) => `${k}=${v}`),
      ...c.iptables.map((r) => `iptables ${r}`),
      ...Object.entries(c.addrAdd).flatMap(([d, cs]) => cs.map((x) => `addr add ${x} dev ${d}`)),
      ...Object.entries(c.addrDel).flatMap(([d, cs]) => cs.map((x) => `addr del ${x} dev ${d}`)),
    ];
    return `${c.on}: ${what.join(', ')}`;
  }
  return `wait ${step.wait.ms} ms`;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** A scenario file has a `conformance:` block; any other YAML file is read as a lab. */
function isScenarioFile(file: string): boolean {
  try {
    const doc: unknown = parseYaml(readFileSync(file, 'utf8'));
    return typeof doc === 'object' && doc !== null && 'conformance' in doc;
  } catch {
    return true;
  }
}

interface Planned {
  file: string;
  scenario?: Scenario;
  skip?: string;
  /** A lab that could not be turned into a scenario: reported as a failure of that lab only. */
  error?: string;
  id: string;
}

function loadAll(): Planned[] {
  const files = [...yamlFiles(SCENARIO_DIR), ...(values['no-labs'] ? [] : yamlFiles(LAB_DIR)), ...(values.lab ?? []).map((f) => resolve(f))];
  const only = values.only ?? [];
  const all: Planned[] = [...new Set(files)].map((file) => {
    const rel = relative(process.cwd(), file);
    if (isScenarioFile(file)) {
      const scenario = loadScenario(rel);
      return scenario.skip !== undefined ? { file, skip: scenario.skip, id: scenario.id } : { file, scenario, id: scenario.id };
    }
    try {
      const r = scenarioFromLab(rel);
      return 'scenario' in r ? { file, scenario: r.scenario, id: r.scenario.id } : { file, skip: r.skip, id: `lab-${r.id}` };
    } catch (e) {
      return { file, error: `${rel}: ${oneLine(e)}`, id: `lab ${rel}` };
    }
  });
  const ids = new Set<string>();
  for (const p of all) {
    if (ids.has(p.id)) throw new ScenarioError(`${relative(process.cwd(), p.file)}: id ${p.id} is used twice`);
    ids.add(p.id);
  }
  return only.length ? all.filter((p) => only.some((o) => p.id.includes(o) || p.file.includes(o))) : all;
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
  // A machine that cannot run the suite skips it before reading anything (npm test on a laptop).
  const reason = values['kernel-only'] ? undefined : whyNot();
  if (reason) {
    if (values['if-possible']) {
      console.log(`conformance: skipped: ${reason}`);
      return 0;
    }
    console.error(`conformance: cannot run: ${reason}`);
    return 2;
  }
  let planned: Planned[];
  try {
    planned = loadAll();
  } catch (e) {
    console.error(`conformance: ${e instanceof ScenarioError ? e.message : oneLine(e)}`);
    return 2;
  }
  const skipped = planned.filter((p) => p.skip !== undefined);
  const broken = planned.filter((p) => p.error !== undefined);
  const scenarios = planned.filter((p): p is Planned & { scenario: Scenario } => p.scenario !== undefined);
  if (!planned.length) {
    console.error('conformance: no scenario matches');
    return 2;
  }

  if (values['kernel-only']) {
    for (const { scenario } of scenarios) console.log(JSON.stringify({ id: scenario.id, kernel: runInSim(scenario) }));
    return 0;
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
    const rows = linux && kernel ? compareObservations(linux, kernel, scenario.conformance.steps.map(stepLabel), scenario.conformance.compare.races) : [];
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
  for (const p of broken) {
    results.push({ id: p.id, rows: [], error: p.error!, ms: 0 });
    if (!values.json) console.log(`\nDIFFERS  ${p.id}: cannot read the lab: ${p.error}`);
  }
  for (const p of skipped) if (!values.json) console.log(`\nskipped  ${p.id}: ${p.skip}`);
  const failed = results.filter((r) => r.error !== undefined || r.rows.some((x) => !x.same));
  if (values.json) console.log(JSON.stringify({ results, failed: failed.map((f) => f.id), skipped: skipped.map((p) => ({ id: p.id, reason: p.skip })) }, null, 2));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\nconformance: ${results.length - failed.length} agree, ${failed.length} differ, in ${secs} s${failed.length ? ` (differ: ${failed.map((f) => f.id).join(', ')})` : ''}`);
  console.log(`conformance: ${results.length - failed.length} passed, ${failed.length} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => cleanUpAndExit(code),
  (e: unknown) => {
    console.error(`conformance: ${oneLine(e)}`);
    cleanUpAndExit(2);
  },
);
