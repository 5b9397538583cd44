/**
 * Runs a loaded lab on the simulation kernel: builds the Proxmox host from its interfaces file, plugs
 * in the guests and the outside world, performs the steps in order on the virtual clock, then checks
 * the goals. Deterministic: the same lab gives the same result, byte for byte.
 */
// The CLI and the tests run every lab, bonds and STP included: the whole kernel.
import '../sim/install-optional.ts';
import type { SimSnapshot, TraceEvent } from '../sim/index.ts';
import type { BuildNote } from '../config/build.ts';
import { doStep, stepKind, type TrafficHandle } from './act.ts';
import { compileLab } from './compile.ts';
import type { CompiledLab } from './compiled.ts';
import { checkGoal, goalsFor, type GoalOutcome, type Params, type Ran } from './goals.ts';
import { solutionSteps, type LoadedLab } from './load.ts';
import type { LabFile, LabStep } from './schema.ts';
import type { StepCode } from './messages.ts';
import { outcomeText } from './messages.ts';
import { buildWorld } from './world.ts';

export type { GoalOutcome, Params };

export interface LabTable {
  kind: string;
  on: string;
  columns: string[];
  rows: string[][];
}

export interface StepOutcome {
  index: number;
  id?: string;
  kind: string;
  /** Source line of the step in the lab file. */
  line?: number;
  code: StepCode;
  params: Params;
  /** Extra lines (what a server saw after NAT ...). */
  details: Array<{ code: StepCode; params: Params }>;
  /** Trace events produced while this step ran. */
  events: TraceEvent[];
  table?: LabTable;
  tMs: number;
}

export interface LabRun {
  id: string;
  /** The variant that ran (labs with variants). */
  variant?: string;
  passed: boolean;
  steps: StepOutcome[];
  goals: GoalOutcome[];
  trace: TraceEvent[];
  notes: BuildNote[];
  snapshot: SimSnapshot;
}

export interface RunOptions {
  /** Which variant to build (default: the first, when the lab has variants). */
  variant?: string;
  /** Run the solution's actions instead of the lab's steps. */
  solve?: boolean;
  /** Run these steps instead (the conformance suite runs the part of a lab real Linux can replay). */
  steps?: LabStep[];
}

function isDone(h: TrafficHandle): boolean {
  return h.kind === 'ping' ? h.done : h.outcome !== 'pending';
}

/** The variants a lab has (one undefined entry when it has none). */
export function variantsOf(lab: LabFile): Array<string | undefined> {
  return lab.variants?.length ? lab.variants.map((v) => v.id) : [undefined];
}

/** The actions that solve a variant: its own solution, else the lab's. */
export function solutionOf(lab: LabFile, variant: string | undefined): string[] | undefined {
  return lab.variants?.find((v) => v.id === variant)?.solution ?? lab.solution;
}

/** Runs the lab; `loaded.lab` must be set (a lab without errors), or pass it compiled. */
export function runLab(input: LoadedLab | CompiledLab, opts: RunOptions = {}): LabRun {
  const compiled = 'setup' in input ? input : compileLab(input);
  const lab = compiled.lab;
  const variant = opts.variant ?? lab.variants?.[0]?.id;
  const stepLines = 'stepLines' in input && !opts.solve && !opts.steps ? input.stepLines : [];
  const world = buildWorld(compiled, variant);
  const { sim } = world;
  const notes: BuildNote[] = [...world.notes];
  const plan: LabStep[] = opts.steps ?? (opts.solve ? solutionSteps(lab, solutionOf(lab, variant) ?? [], variant) : lab.steps);

  // ---- steps ----
  const steps: StepOutcome[] = [];
  const ran: Ran[] = [];
  const all: Array<{ ran: Ran; handle: TrafficHandle; out: StepOutcome }> = [];
  const settle = () => {
    sim.runUntilIdle();
    for (const r of all) if (isDone(r.handle)) r.ran.to ??= sim.trace.length;
  };
  for (const [index, step] of plan.entries()) {
    const before = sim.trace.length;
    const out: StepOutcome = { index, kind: stepKind(step), code: 'step.wait', params: {}, details: [], events: [], tMs: sim.now };
    if (step.id !== undefined) out.id = step.id;
    const line = stepLines[index];
    if (line !== undefined) out.line = line;
    try {
      runStep(step, out);
    } catch (e) {
      out.code = 'step.failed';
      out.params = { detail: e instanceof Error ? e.message : String(e) };
    }
    out.events = sim.trace.slice(before);
    out.tMs = sim.now;
    steps.push(out);
  }
  settle();
  for (const r of all) {
    r.ran.to ??= sim.trace.length;
    // Steps that ran on while later steps happened report their final numbers.
    if (r.out.code === 'step.ping_started') describeTraffic(r.handle, r.out);
  }

  function runStep(step: LabStep, out: StepOutcome) {
    if ('show' in step) {
      out.code = 'step.show';
      out.params = { table: step.show, on: step.on };
      out.table = tableOf(sim.snapshot(), step.show, step.on, step.dev);
      return;
    }
    const r: Ran = { ...(step.id !== undefined ? { id: step.id } : {}), from: sim.trace.length };
    ran.push(r);
    const effect = doStep(world, compiled.rules, step);
    out.code = effect.code;
    out.params = effect.params;
    if (effect.handle) {
      r.handle = effect.handle;
      all.push({ ran: r, handle: effect.handle, out });
      const p = 'ping' in step ? step.ping : 'tcp' in step ? step.tcp : 'udp' in step ? step.udp : undefined;
      if (p?.wait === false) return;
      settle();
      describeTraffic(effect.handle, out);
      return;
    }
    if (effect.waitMs !== undefined) {
      sim.advance(effect.waitMs);
      for (const x of all) if (isDone(x.handle)) x.ran.to ??= sim.trace.length;
    }
    r.to = sim.trace.length;
  }

  function describeTraffic(h: TrafficHandle, out: StepOutcome) {
    if (h.kind === 'ping') {
      out.code = 'step.ping';
      out.params = { from: h.host, to: h.dst, sent: h.sent, received: h.received, outcome: h.outcome };
    } else {
      out.code = h.kind === 'tcp' ? 'step.tcp' : 'step.udp';
      out.params = { from: h.host, to: h.dst, port: h.dport, outcome: h.outcome };
      out.details = h.seenBy ? [{ code: 'step.seen_as', params: { src: h.seenBy.src, sport: h.seenBy.sport } }] : [];
    }
  }

  // ---- goals ----
  const snapshot = sim.snapshot();
  const ctx = { trace: sim.trace, snapshot, ran, macOf: world.macOf };
  const goals = goalsFor(lab.goals ?? [], variant).map((g, index) => localizeOutcome(checkGoal(g, index, ctx)));
  return {
    id: lab.id,
    ...(variant !== undefined ? { variant } : {}),
    passed: goals.every((g) => g.passed) && !steps.some((s) => s.code === 'step.failed'),
    steps,
    goals,
    trace: sim.trace,
    notes,
    snapshot,
  };
}

/** Goal params carry the raw outcome; the texts want it in words, in both languages. */
function localizeOutcome(g: GoalOutcome): GoalOutcome {
  const o = g.params.outcome;
  return o === undefined ? g : { ...g, params: { ...g.params, outcome: outcomeText(String(o), 'en'), outcomeKo: outcomeText(String(o), 'ko') } };
}

function tableOf(snap: SimSnapshot, kind: string, on: string, dev?: string): LabTable {
  const host = snap.hosts.find((h) => h.id === on);
  const sw = snap.switches.find((s) => s.id === on);
  const t = (columns: string[], rows: string[][]): LabTable => ({ kind, on, columns, rows });
  switch (kind) {
    case 'fdb': {
      if (sw) return t(['mac', 'port', 'age'], sw.fdb.map((e) => [e.mac, e.port, `${Math.round(e.ageMs / 1000)}s`]));
      const bridges = (host?.bridges ?? []).filter((b) => !dev || b.name === dev);
      return t(['bridge', 'mac', 'port', 'age'], bridges.flatMap((b) => b.fdb.filter((e) => !e.local).map((e) => [b.name, e.mac, e.port, `${Math.round(e.ageMs / 1000)}s`])));
    }
    case 'arp':
      return t(['ip', 'mac', 'dev', 'state'], (host?.neighbours ?? []).map((n) => [n.ip, n.mac ?? '-', n.dev, n.state]));
    case 'routes':
      return t(['dst', 'via', 'dev'], (host?.routes ?? []).map((r) => [r.dst, r.via ?? '-', r.dev]));
    case 'conntrack':
      return t(
        ['proto', 'original', 'reply', 'state', 'nat'],
        (host?.conntrack ?? []).map((c) => [c.proto, `${c.orig.src}:${c.orig.sport} -> ${c.orig.dst}:${c.orig.dport}`, `${c.reply.src}:${c.reply.sport} -> ${c.reply.dst}:${c.reply.dport}`, c.state, c.nat.join(',') || '-']),
      );
    case 'bond':
      return t(
        ['bond', 'slave', 'link', 'active'],
        (host?.bonds ?? []).filter((b) => !dev || b.name === dev).flatMap((b) => b.slaves.map((s) => [b.name, s.name, s.link, s.active ? 'yes' : 'no'])),
      );
    default: {
      if (sw) return t(['lag', 'partner', 'ports'], (sw.lags ?? []).map((l) => [l.name, l.partner, l.ports.join(' ')]));
      return t(
        ['bond', 'slave', 'aggregator', 'partner'],
        (host?.bonds ?? []).flatMap((b) => b.slaves.map((s) => [b.name, s.name, String(s.aggregatorId ?? '-'), s.lacp ? JSON.stringify(s.lacp.partner) : '-'])),
      );
    }
  }
}

export type { LabFile };
