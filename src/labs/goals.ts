/**
 * Checks a lab's declarative goals against what ran on the kernel: the traffic of each step or
 * reader action (by id, in the order they ran), the trace, and the tables at the end. The one goal
 * checker of `netmodes run`, `--solve`, the lesson tests and the lab widgets.
 */
import type { Frame, SimSnapshot, TraceEvent } from '../sim/core.ts';
import type { TrafficHandle } from './act.ts';
import type { GoalCode } from './messages.ts';
import type { LabGoal, LabGoalCheck } from './schema.ts';

export type Params = Record<string, string | number>;

export interface GoalOutcome {
  index: number;
  /** The goal's id in the lab file, when it has one. */
  id?: string;
  kind: string;
  code: GoalCode;
  passed: boolean;
  params: Params;
}

/** One step or action that ran: its id, its traffic and its window of the trace [from, to). */
export interface Ran {
  id?: string;
  handle?: TrafficHandle;
  /** Every flow the action started (an action may start several). */
  handles?: TrafficHandle[];
  from: number;
  to?: number;
}

export interface GoalContext {
  trace: readonly TraceEvent[];
  snapshot: SimSnapshot;
  ran: readonly Ran[];
  macOf(ref: string): string | undefined;
  /** The part of the trace the goal looks at: [from, to) (default: all of it). */
  bounds?: [number, number];
}

const handlesOf = (r: Ran): TrafficHandle[] => [...(r.handle ? [r.handle] : []), ...(r.handles ?? [])];

function reached(h: TrafficHandle): boolean {
  if (h.kind === 'ping') return h.received > 0;
  if (h.kind === 'tcp') return h.outcome === 'established';
  return h.outcome === 'delivered' || h.outcome === 'replied';
}

const dstOf = (h: TrafficHandle) => h.dst;

/** Narrows the context to what happened after or before a step or action first ran. */
function windowed(goal: LabGoal, ctx: GoalContext): GoalContext {
  let { ran } = ctx;
  let [lo, hi] = ctx.bounds ?? [0, ctx.trace.length];
  if (goal.after !== undefined) {
    const i = ran.findIndex((r) => r.id === goal.after);
    lo = i < 0 ? hi : Math.max(lo, ran[i]!.from);
    ran = i < 0 ? [] : ran.slice(i + 1);
  }
  if (goal.before !== undefined) {
    const i = ran.findIndex((r) => r.id === goal.before);
    if (i >= 0) {
      hi = Math.min(hi, ran[i]!.from);
      ran = ran.slice(0, i);
    }
  }
  return { ...ctx, ran, bounds: [lo, hi] };
}

export function checkGoal(goal: LabGoal, index: number, whole: GoalContext): GoalOutcome {
  const out = checkWindowed(goal, index, windowed(goal, whole));
  return goal.id !== undefined ? { ...out, id: goal.id } : out;
}

function checkWindowed(goal: LabGoal, index: number, ctx: GoalContext): GoalOutcome {
  if ('all' in goal) {
    const results = goal.all.map((c) => checkOne(c, index, ctx));
    const failed = results.findIndex((r) => !r.passed);
    return { index, kind: 'all', code: 'goal.all', passed: failed < 0, params: { count: results.length, failed: failed + 1, first: failed < 0 ? '' : results[failed]!.code } };
  }
  return checkOne(goal, index, ctx);
}

function checkOne(goal: LabGoalCheck, index: number, ctx: GoalContext): GoalOutcome {
  const kind = Object.keys(goal).find((k) => k !== 'id')!;
  const res = (code: GoalCode, passed: boolean, params: Params): GoalOutcome => ({ index, kind, code, passed, params });
  const runsOf = (id: string) => ctx.ran.filter((r) => r.id === id);
  const [lo, hi] = ctx.bounds ?? [0, ctx.trace.length];
  const window = (stepId: string | undefined): readonly TraceEvent[] => {
    if (stepId === undefined) return ctx.trace.slice(lo, hi);
    return runsOf(stepId).flatMap((r) => ctx.trace.slice(Math.max(lo, r.from), Math.min(hi, r.to ?? ctx.trace.length)));
  };
  if ('reachable' in goal || 'unreachable' in goal) {
    const id = 'reachable' in goal ? goal.reachable : goal.unreachable;
    const hs = runsOf(id).flatMap(handlesOf);
    const done = hs.filter((h) => h.outcome !== 'pending');
    const last = hs.at(-1);
    const params = { step: id, from: last?.host ?? '?', to: last ? dstOf(last) : '?', outcome: last?.outcome ?? 'pending' };
    return 'reachable' in goal
      ? res('goal.reachable', hs.some(reached), params)
      : res('goal.unreachable', done.length > 0 && done.some((h) => !reached(h)), params);
  }
  if ('lostAtMost' in goal) {
    const h = runsOf(goal.lostAtMost.step).flatMap(handlesOf).find((x) => x.kind === 'ping');
    const lost = h && h.kind === 'ping' ? h.sent - h.received : Infinity;
    return res('goal.lost_at_most', lost <= goal.lostAtMost.packets, { step: goal.lostAtMost.step, lost: h ? lost : '?', sent: h && h.kind === 'ping' ? h.sent : 0, max: goal.lostAtMost.packets });
  }
  if ('carriedBy' in goal || 'slavesUsed' in goal) {
    const g = 'carriedBy' in goal ? goal.carriedBy : goal.slavesUsed;
    // Only the step's own frames: packets to or from its destination and ARP about that address. The
    // neighbour layer's re-checks of other hosts (DELAY -> PROBE) may fall in the same time window.
    const peers = g.step !== undefined ? new Set(runsOf(g.step).flatMap(handlesOf).map(dstOf)) : undefined;
    const ofStep = (f: Frame | undefined): boolean =>
      peers === undefined || (f?.ip ? peers.has(f.ip.src) || peers.has(f.ip.dst) : f?.arp ? peers.has(f.arp.senderIp) || peers.has(f.arp.targetIp) : true);
    const events = window(g.step).filter((e) => e.code === 'bond.tx' && e.node === g.on && (e.dev === g.bond || e.params.bond === g.bond) && e.frame?.type !== 'lacp' && ofStep(e.frame));
    const used = [...new Set(events.map((e) => String(e.params.slave)))].sort();
    const usedText = used.join(', ') || '-';
    if ('carriedBy' in goal) {
      const slave = goal.carriedBy.slave;
      return res('goal.carried_by', used.length === 1 && used[0] === slave, { step: goal.carriedBy.step, on: g.on, bond: g.bond, slave, used: usedText });
    }
    return res('goal.slaves_used', used.length === goal.slavesUsed.count, { on: g.on, bond: g.bond, count: goal.slavesUsed.count, actual: used.length, used: usedText });
  }
  if ('conntrack' in goal) {
    const c = goal.conntrack;
    const entries = ctx.snapshot.hosts.find((h) => h.id === c.on)?.conntrack ?? [];
    type Tuple = { src: string; dst: string; sport: number; dport: number };
    const fits = (t: Tuple, want: typeof c.orig) =>
      !want || ((want.src === undefined || want.src === t.src) && (want.dst === undefined || want.dst === t.dst) && (want.sport === undefined || want.sport === t.sport) && (want.dport === undefined || want.dport === t.dport));
    const fmt = (e: (typeof entries)[number]) => `${e.proto} ${e.orig.src}:${e.orig.sport}->${e.orig.dst}:${e.orig.dport} / ${e.reply.src}:${e.reply.sport}->${e.reply.dst}:${e.reply.dport}${e.nat.length ? ` [${e.nat.join(',')}]` : ''}`;
    const hits = entries.filter((e) => (c.proto === undefined || e.proto === c.proto) && fits(e.orig, c.orig) && fits(e.reply, c.reply) && (c.nat === undefined || e.nat.includes(c.nat)));
    const field = (e: (typeof entries)[number], f: string) => {
      const [side, key] = f.split('.') as ['orig' | 'reply', keyof Tuple];
      return String(e[side][key]);
    };
    const distinct = (c.distinct ?? []).every((f) => new Set(hits.map((e) => field(e, f))).size === hits.length);
    const wanted = JSON.stringify({ proto: c.proto, orig: c.orig, reply: c.reply, nat: c.nat, count: c.count, distinct: c.distinct });
    return res('goal.conntrack', hits.length >= (c.count ?? 1) && distinct, { on: c.on, entry: hits.map(fmt).join('; ') || '-', wanted, entries: entries.map(fmt).join('; ') || '-' });
  }
  if ('macLearned' in goal) {
    const m = goal.macLearned;
    const mac = ctx.macOf(m.mac)?.toLowerCase() ?? m.mac.toLowerCase();
    const sw = ctx.snapshot.switches.find((s) => s.id === m.on);
    const host = ctx.snapshot.hosts.find((h) => h.id === m.on);
    const entries = sw ? sw.fdb : (host?.bridges ?? []).filter((b) => !m.dev || b.name === m.dev).flatMap((b) => b.fdb);
    const ports = entries.filter((e) => e.mac === mac && !e.local).map((e) => e.port);
    return res('goal.mac_learned', ports.includes(m.port), { on: m.on, mac, port: m.port, actual: ports.join(', ') || '-' });
  }
  if ('seenAs' in goal) {
    const s = goal.seenAs;
    const seen = runsOf(s.step).flatMap(handlesOf).map((h) => (h.kind !== 'ping' ? h.seenBy : undefined)).find((x) => x !== undefined);
    const actual = seen ? `${seen.src}:${seen.sport}` : '-';
    const ok = seen !== undefined && seen.src === s.src && (s.sport === undefined || s.sport === seen.sport);
    return res('goal.seen_as', ok, { step: s.step, wanted: s.sport === undefined ? s.src : `${s.src}:${s.sport}`, actual });
  }
  const t = goal.trace;
  const present = t.present ?? true;
  const events = window(t.step);
  const matches = (e: TraceEvent, p: typeof t | NonNullable<typeof t.then>) =>
    e.code === p.code &&
    (p.on === undefined || e.node === p.on) &&
    (p.dev === undefined || e.dev === p.dev) &&
    (p.port === undefined || e.port === p.port) &&
    Object.entries(p.params ?? {}).every(([k, v]) => String(e.params[k]).toLowerCase() === String(v).toLowerCase());
  const first = events.findIndex((e) => matches(e, t));
  const found = first >= 0 && (!t.then || events.slice(first + 1).some((e) => matches(e, t.then!)));
  const where = t.step ? ` (${t.step})` : '';
  return res('goal.trace', found === present, {
    code: t.then ? `${t.code} -> ${t.then.code}` : t.code,
    presence: found ? 'appears' : 'does not appear',
    presenceKo: found ? '나타납니다' : '나타나지 않습니다',
    want: present ? 'appear' : 'not appear',
    wantKo: present ? '나타나야 합니다' : '나타나지 않아야 합니다',
    where,
  });
}

/** Goals that apply in a variant. */
export function goalsFor<G extends { variants?: string[] | undefined }>(goals: readonly G[], variant: string | undefined): G[] {
  return goals.filter((g) => !g.variants || variant === undefined || g.variants.includes(variant));
}
