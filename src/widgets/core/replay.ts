/**
 * Replays a lab: builds the variant's scenario on a fresh kernel, applies the reader's actions
 * in order and records every kernel step (the trace events it produced plus a snapshot of every
 * table), so widgets can step forwards and backwards by indexing. Pure and deterministic.
 */
import type { Sim } from '../../sim/core.ts';
import type { LabDefinition, LabRun, LabStep, LabWorld, ActionRecord, TrafficHandle } from './lab-model.ts';

/** Keeps a run (and its snapshots) small enough for any browser. */
export const MAX_STEPS = 1500;
/** Bounds the kernel events one action may record. */
const MAX_ACTION_EVENTS = 20_000;
/** After the last flow of an action settles, frames still in flight get this long to land. */
const SETTLE_MS = 50;
/** An action without traffic (a config change, a cable) records what follows for this long. */
const QUIET_ACTION_MS = 3000;

/** Unplugging or plugging a cable is an action every lab has: `link-l3` toggles kernel link l3. */
const CABLE_ACTION = /^link-(l\d+)$/;

export function cableAction(linkId: string): string {
  return `link-${linkId}`;
}

export function actionsFor<W extends LabWorld>(def: LabDefinition<W>, variant: string) {
  return def.actions.filter((a) => !a.variants || a.variants.includes(variant));
}

export function goalsFor<W extends LabWorld>(def: LabDefinition<W>, variant: string) {
  return def.goals.filter((g) => !g.variants || g.variants.includes(variant));
}

export function defaultVariant<W extends LabWorld>(def: LabDefinition<W>): string {
  return def.variants?.[0]?.id ?? 'default';
}

/** A handle is done once its outcome is known. */
function settled(h: TrafficHandle): boolean {
  return h.kind === 'ping' ? h.done || h.outcome !== 'pending' : h.outcome !== 'pending';
}

/**
 * Records kernel steps until `untilMs`, until the kernel is idle, or — when the action started
 * traffic — shortly after every flow has its outcome (so timers far in the future, such as
 * conntrack expiry, do not end up in this action's steps).
 */
function recordUntil(sim: Sim, steps: LabStep[], untilMs: number | undefined, handles: readonly TrafficHandle[] = []): void {
  let n = 0;
  let doneAt: number | undefined;
  while (n < MAX_ACTION_EVENTS && steps.length < MAX_STEPS) {
    if (handles.length && doneAt === undefined && handles.every(settled)) doneAt = sim.now;
    const next = sim.nextEventMs();
    if (next === undefined) break;
    if (untilMs !== undefined && next > untilMs) break;
    if (untilMs === undefined && sim.isIdle()) break;
    if (doneAt !== undefined && next > doneAt + SETTLE_MS) break;
    // One kernel event at a time (sim.step() would skip silent events past our bound).
    const before = sim.trace.length;
    sim.advance(Math.max(0, next - sim.now), { maxEvents: 1 });
    n++;
    if (sim.trace.length > before) steps.push({ tMs: next, events: sim.trace.slice(before), snapshot: sim.snapshot() });
  }
}

export function replay<W extends LabWorld>(def: LabDefinition<W>, variant: string, history: readonly string[]): LabRun {
  const world = def.build(variant);
  const { sim } = world;
  const steps: LabStep[] = [];
  const actions: ActionRecord[] = [];
  const offered = actionsFor(def, variant);
  const initial = sim.snapshot();
  const done: string[] = [];
  for (const id of history) {
    if (steps.length >= MAX_STEPS) break;
    const cable = CABLE_ACTION.exec(id);
    if (cable) {
      const link = sim.linkList().find((l) => l.id === cable[1]);
      if (!link || def.cables === false) continue;
      const before = sim.trace.length;
      sim.setLinkUp(link.id, !link.up);
      done.push(id);
      actions.push({ id, firstStep: steps.length, traceFrom: before, handles: [] });
      steps.push({ tMs: sim.now, events: sim.trace.slice(before), snapshot: sim.snapshot() });
      recordUntil(sim, steps, sim.now + QUIET_ACTION_MS);
      continue;
    }
    const action = offered.find((a) => a.id === id);
    if (!action || (action.enabled && !action.enabled(done))) continue;
    const before = sim.trace.length;
    const effect = action.run(world) ?? {};
    done.push(id);
    const record: ActionRecord = { id, firstStep: steps.length, traceFrom: before, handles: [...(effect.handle ? [effect.handle] : []), ...(effect.handles ?? [])] };
    actions.push(record);
    // What the action did at once (unplugging emits link.down synchronously) belongs to its first step.
    steps.push({
      tMs: sim.now,
      events: sim.trace.slice(before),
      snapshot: sim.snapshot(),
      action: { id, label: action.label, narration: action.narration },
    });
    if (effect.waitMs !== undefined) {
      const until = sim.now + effect.waitMs;
      recordUntil(sim, steps, until);
      if (sim.now < until) sim.advance(until - sim.now);
      steps.push({ tMs: sim.now, events: [], snapshot: sim.snapshot(), waitEnd: true });
    } else if (record.handles.length) {
      recordUntil(sim, steps, undefined, record.handles);
    } else {
      recordUntil(sim, steps, sim.now + QUIET_ACTION_MS);
    }
  }
  return {
    variant,
    initial,
    steps,
    actions,
    trace: sim.trace,
    final: steps.at(-1)?.snapshot ?? initial,
    names: world.names,
    world,
    truncated: steps.length >= MAX_STEPS,
  };
}
