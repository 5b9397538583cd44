/**
 * npm run conformance [-- --if-possible] [--only ID] [--json] [--kernel-only]
 *
 * For each scenario in tests/conformance/*.yaml: build it in Linux network namespaces, run its steps
 * with real tools, read the real tables back; run the same scenario in the simulation kernel;
 * print both side by side. Scenarios run side by side on the Linux side (worker threads, --jobs at
 * once, each in its own namespaces); the report still comes in file order. Exit 1 on any difference, 2 when the suite cannot run at all
 * (with --if-possible that last case prints "skipped: reason" and exits 0, for `npm test`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { compareObservations, renderTable, type Row } from './compare.ts';
import { inOrder } from './in-order.ts';
import type { LinuxJob, LinuxOutcome } from './linux-worker.ts';
import { removeOwnNamespaces, removeStaleNamespaces } from './netns.ts';
import type { Observations } from './observations.ts';
import { whyNot } from './preflight.ts';
import { parse as parseYaml } from 'yaml';
import { scenariosFromLab } from './from-lab.ts';
import { loadScenario, matchesOnly, ScenarioError, type Scenario, type StepSpec } from './scenario.ts';
import { runInSim } from './sim-run.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO_DIR = join(ROOT, 'tests', 'conformance');
/** The labs the course ships are checked too: a learner trusts a lab only if Linux agrees with it. */
const LAB_DIR = join(ROOT, 'content', 'labs');

const { values } = parseArgs({
  options: {
    'if-possible': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
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
  --only ID      run only scenarios whose id or file name (not its folder) contains ID (repeatable)
  --jobs N       scenarios run at once on the Linux side (default ${defaultJobs()}; env CONFORMANCE_JOBS)
  --json         print the observations and differences as JSON
  --kernel-only  run only the kernel side (no root needed): each scenario must run without an error;
                 compares nothing (with --json: prints the kernel's observations)
  --lab FILE     also check this lab file (the content/labs format); repeatable
  --no-labs      leave out the shipped labs in content/labs`);
  process.exit(0);
}

function stepLabel(step: StepSpec): string {
  if ('ping' in step) return `ping ${step.ping.from} -> ${step.ping.to}${step.ping.ttl ? ` ttl ${step.ping.ttl}` : ''}${step.ping.waitS ? ` -W ${step.ping.waitS}` : ''}${step.ping.src ? ` -I ${step.ping.src}` : ''}`;
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
  const all: Planned[] = [...new Set(files)].flatMap((file): Planned[] => {
    const rel = relative(process.cwd(), file);
    if (isScenarioFile(file)) {
      const scenario = loadScenario(rel);
      return [scenario.skip !== undefined ? { file, skip: scenario.skip, id: scenario.id } : { file, scenario, id: scenario.id }];
    }
    try {
      // A lab with variants is one scenario per variant.
      return scenariosFromLab(rel).map((r): Planned => ('scenario' in r ? { file, scenario: r.scenario, id: r.scenario.id } : { file, skip: r.skip, id: `lab-${r.id}` }));
    } catch (e) {
      return [{ file, error: `${rel}: ${oneLine(e)}`, id: `lab ${rel}` }];
    }
  });
  const ids = new Set<string>();
  for (const p of all) {
    if (ids.has(p.id)) throw new ScenarioError(`${relative(process.cwd(), p.file)}: id ${p.id} is used twice`);
    ids.add(p.id);
  }
  return only.length ? all.filter((p) => only.some((o) => matchesOnly(p, o))) : all;
}

/**
 * A scenario's Linux side mostly waits (ping intervals, reply timeouts, ageing waits) and the tools
 * it starts are short, so two scenarios per core keep the cores busy without starving any one
 * scenario's timing (measured on 2 cores: see README, "Conformance with real Linux").
 */
function defaultJobs(): number {
  return Math.max(1, Math.min(8, availableParallelism() * 2));
}

function jobsWanted(): number {
  const asked = values.jobs ?? process.env.CONFORMANCE_JOBS;
  if (asked === undefined || asked === '') return defaultJobs();
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1) throw new ScenarioError(`--jobs wants a whole number of at least 1, not "${asked}"`);
  return n;
}

/** Whatever happens, no namespace (or listener inside one) of this run outlives it. */
function cleanUpAndExit(code: number): never {
  removeOwnNamespaces();
  process.exit(code);
}
process.on('SIGINT', () => cleanUpAndExit(130));
process.on('SIGTERM', () => cleanUpAndExit(143));
process.on('SIGHUP', () => cleanUpAndExit(129));

type Crashable = LinuxOutcome & { crashed?: true };

/** Hands one scenario to a worker and resolves with its observations, or with why the worker died. */
function runOn(worker: Worker, job: LinuxJob): Promise<Crashable> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const finish = (o: Crashable): void => {
      worker.off('message', finish);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(o);
    };
    const onError = (e: Error): void => finish({ index: job.index, ms: Date.now() - t0, error: `the Linux worker crashed: ${e.message}`, crashed: true });
    const onExit = (code: number): void => finish({ index: job.index, ms: Date.now() - t0, error: `the Linux worker exited (code ${code})`, crashed: true });
    worker.on('message', finish);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Runs every scenario's Linux side, `jobs` at a time, each lane on its own worker thread; `done` is
 * called as each one finishes (in any order). A worker that dies is replaced for the next scenario.
 */
async function observeAllOnLinux(scenarios: Scenario[], jobs: number, done: (o: LinuxOutcome) => void): Promise<void> {
  const spawnWorker = (): Worker => new Worker(new URL('./linux-worker.ts', import.meta.url));
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker = spawnWorker();
    try {
      while (next < scenarios.length) {
        const index = next++;
        const outcome = await runOn(worker, { index, scenario: scenarios[index]! });
        if (outcome.crashed) worker = spawnWorker();
        done(outcome);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, scenarios.length) }, lane));
}

/**
 * The kernel side alone (no root needed; `npm run test:quick`): every scenario must run on the kernel
 * without an error. With --json each one's observations are printed as a JSON line.
 */
function kernelOnly(scenarios: Scenario[], skipped: number, broken: Planned[]): number {
  let failed = broken.length;
  for (const p of broken) console.log(`FAILED   ${p.id}: cannot read the lab: ${p.error}`);
  for (const scenario of scenarios) {
    const t0 = Date.now();
    try {
      const kernel = runInSim(scenario);
      if (values.json) console.log(JSON.stringify({ id: scenario.id, kernel }));
      else console.log(`ran      ${scenario.id}  (${Date.now() - t0} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`FAILED   ${scenario.id}: kernel side failed: ${oneLine(e)}`);
    }
  }
  console.log(`conformance: ${scenarios.length + broken.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed ? 1 : 0;
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
      // For the sum `npm test` prints: every scenario this machine could not check counts as skipped.
      let count = 0;
      try {
        count = loadAll().length;
      } catch {
        // A broken scenario file is reported where the suite can run.
      }
      console.log(`conformance: 0 passed, 0 failed, ${count} skipped`);
      return 0;
    }
    console.error(`conformance: cannot run: ${reason}`);
    return 2;
  }
  let planned: Planned[];
  let jobs: number;
  try {
    jobs = jobsWanted();
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

  if (values['kernel-only']) return kernelOnly(scenarios.map((p) => p.scenario), skipped.length, broken);

  const stale = removeStaleNamespaces();
  if (stale.length) console.log(`conformance: removed ${stale.length} namespace(s) left by an interrupted run`);

  const t0 = Date.now();
  type Result = { id: string; rows: Row[]; error?: string; ms: number };
  const results: Result[] = [];
  const report = inOrder<Result>((res, index) => {
    results.push(res);
    if (values.json) return;
    const differs = res.error !== undefined || res.rows.some((r) => !r.same);
    console.log(`\n${differs ? 'DIFFERS' : 'agrees '}  ${res.id}  (${(res.ms / 1000).toFixed(1)} s)  ${scenarios[index]!.scenario.title.en}`);
    if (res.error) console.log(`  ${res.error}`);
    if (res.rows.length) console.log(renderTable(res.rows));
  });
  await observeAllOnLinux(scenarios.map((p) => p.scenario), jobs, (outcome) => {
    const { scenario } = scenarios[outcome.index]!;
    const started = Date.now();
    const linux: Observations | undefined = 'observations' in outcome ? outcome.observations : undefined;
    let error = 'error' in outcome ? `real Linux side failed: ${outcome.error}` : undefined;
    let kernel: Observations | undefined;
    try {
      kernel = runInSim(scenario);
    } catch (e) {
      error = (error ? `${error}; ` : '') + `kernel side failed: ${oneLine(e)}`;
    }
    const rows = linux && kernel ? compareObservations(linux, kernel, scenario.conformance.steps.map(stepLabel), scenario.conformance.compare.races) : [];
    const res: Result = { id: scenario.id, rows, ms: outcome.ms + Date.now() - started };
    if (error !== undefined) res.error = error;
    report(outcome.index, res);
  });
  for (const p of broken) {
    results.push({ id: p.id, rows: [], error: p.error!, ms: 0 });
    if (!values.json) console.log(`\nDIFFERS  ${p.id}: cannot read the lab: ${p.error}`);
  }
  for (const p of skipped) if (!values.json) console.log(`\nskipped  ${p.id}: ${p.skip}`);
  const failed = results.filter((r) => r.error !== undefined || r.rows.some((x) => !x.same));
  if (values.json) console.log(JSON.stringify({ results, failed: failed.map((f) => f.id), skipped: skipped.map((p) => ({ id: p.id, reason: p.skip })) }, null, 2));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\nconformance: ${results.length - failed.length} agree, ${failed.length} differ, in ${secs} s (${jobs} at once)${failed.length ? ` (differ: ${failed.map((f) => f.id).join(', ')})` : ''}`);
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
