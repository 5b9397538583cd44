/**
 * One worker thread of the conformance runner: builds the scenarios it is handed in real Linux
 * namespaces, runs their steps and reads the tables back. The real tools are called synchronously
 * (sh.ts), which blocks only this thread, so several workers run scenarios side by side while each
 * scenario keeps its own strict order of commands. Every scenario gets its own NamespaceSet (its
 * names carry the runner's pid and the scenario's index), so two scenarios never share a name.
 */
import { parentPort } from 'node:worker_threads';
import { buildOnLinux, waitSettled } from './linux-build.ts';
import { runStepsOnLinux } from './linux-run.ts';
import { NamespaceSet } from './netns.ts';
import type { Observations } from './observations.ts';
import type { Scenario } from './scenario.ts';

export interface LinuxJob {
  index: number;
  scenario: Scenario;
}

export type LinuxOutcome = { index: number; ms: number } & ({ observations: Observations } | { error: string });

export async function observeLinux(s: Scenario, index: number): Promise<Observations> {
  const ns = new NamespaceSet(String(index + 1));
  try {
    const topo = buildOnLinux(s, ns);
    await waitSettled(s, topo);
    return await runStepsOnLinux(s, topo);
  } finally {
    ns.destroy();
  }
}

parentPort?.on('message', async ({ index, scenario }: LinuxJob) => {
  const t0 = Date.now();
  let outcome: LinuxOutcome;
  try {
    outcome = { index, ms: 0, observations: await observeLinux(scenario, index) };
  } catch (e) {
    outcome = { index, ms: 0, error: e instanceof Error ? e.message : String(e) };
  }
  outcome.ms = Date.now() - t0;
  parentPort!.postMessage(outcome);
});
