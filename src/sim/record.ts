/**
 * Recording a run for step-through widgets: after every visible step, the step and a snapshot
 * of every table. Snapshots are plain JSON, small for a lab (a few KB), so stepping backwards is
 * just indexing into the array.
 */
import type { Sim, SimSnapshot, StepResult } from './sim.ts';

export interface RecordedStep {
  event: StepResult;
  snapshot: SimSnapshot;
}

export interface Recording {
  initial: SimSnapshot;
  steps: RecordedStep[];
  /** True when the run stopped because only background timers were left. */
  idle: boolean;
}

export function recordRun(sim: Sim, opts: { maxEvents?: number; untilMs?: number } = {}): Recording {
  const max = opts.maxEvents ?? 10_000;
  const initial = sim.snapshot();
  const steps: RecordedStep[] = [];
  const untilMs = opts.untilMs;
  while (steps.length < max) {
    if (untilMs === undefined) {
      if (sim.isIdle()) break;
    } else {
      const next = sim.nextEventMs();
      if (next === undefined || next > untilMs) break;
    }
    const event = sim.step();
    if (!event) break;
    steps.push({ event, snapshot: sim.snapshot() });
  }
  return { initial, steps, idle: sim.isIdle() };
}
