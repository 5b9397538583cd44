/**
 * Runs a loaded lab on the simulation kernel: builds the Proxmox host from its interfaces file, plugs
 * in the guests and the outside world, performs the steps in order on the virtual clock, then checks
 * the goals. Deterministic: the same lab gives the same result, byte for byte.
 */
import { Sim, type Frame, type PingHandle, type TcpHandle, type TraceEvent, type UdpHandle, type SimSnapshot } from '../sim/index.ts';
import { attachGuestNic, buildHost, type BuildNote } from '../config/build.ts';
import type { LoadedLab } from './load.ts';
import type { LabFile, LabGoal, LabStep } from './schema.ts';
import type { GoalCode, StepCode } from './messages.ts';
import { outcomeText } from './messages.ts';

export type Params = Record<string, string | number>;

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

export interface GoalOutcome {
  index: number;
  kind: string;
  code: GoalCode;
  passed: boolean;
  params: Params;
}

export interface LabRun {
  id: string;
  passed: boolean;
  steps: StepOutcome[];
  goals: GoalOutcome[];
  trace: TraceEvent[];
  notes: BuildNote[];
  snapshot: SimSnapshot;
}

type Handle = PingHandle | TcpHandle | UdpHandle;

interface Running {
  step: LabStep;
  handle?: Handle;
  /** Trace window of the step: [from, to) where `to` is set when its traffic is done. */
  from: number;
  to?: number;
  from_: string;
  toIp: string;
}

const DEFAULT_PING_COUNT = 3;

/** Runs the lab; `loaded.lab` must be set (a lab without errors). */
export function runLab(loaded: LoadedLab): LabRun {
  const lab = loaded.lab;
  if (!lab || !loaded.interfaces) throw new Error('runLab needs a lab that loaded without errors');
  const sim = new Sim({ seed: lab.seed ?? 1 });
  const hostId = lab.host.id ?? 'pve';
  const notes: BuildNote[] = [];
  const built = buildHost(sim, hostId, loaded.interfaces.checked.host, lab.host.label ? { label: lab.host.label.en } : {});
  notes.push(...built.notes);
  const links = new Map<string, string>();
  const switchIds = new Set((lab.world?.switches ?? []).map((s) => s.id));

  // Guests first: their MACs must exist before a provider switch can be told which MAC it admits.
  for (const g of loaded.guests) {
    const def = lab.guests?.find((x) => (x.name ?? String(x.vmid)) === g.id);
    for (const nic of g.nics) {
      const r = attachGuestNic(sim, hostId, g.id, g.vmid, nic, def?.label?.en);
      if ('why' in r) notes.push(r);
      else links.set(`${g.id}/eth${nic.index}`, r.linkId);
    }
    for (const svc of def?.listen ?? []) {
      const [proto, port] = svc.split('/') as ['tcp' | 'udp', string];
      sim.host(g.id).listen(proto, Number(port), proto === 'udp' ? { echo: true } : {});
    }
  }

  const world = lab.world ?? {};
  // The loader has checked names and addresses; anything the kernel still refuses becomes a note.
  const attempt = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      notes.push({ what, why: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const h of world.hosts ?? []) {
    attempt(`host ${h.id}`, () => {
      const host = sim.addHost({ id: h.id, kind: h.forward ? 'router' : 'external', ...(h.label ? { label: h.label.en } : {}) });
      for (const n of h.nics) {
        attempt(`${h.id}/${n.name}`, () => host.addNic(n.name, n.mac));
        for (const ip of Array.isArray(n.ip) ? n.ip : n.ip ? [n.ip] : []) attempt(`${h.id}/${n.name} ${ip}`, () => host.addAddress(n.name, ip));
      }
      if (h.forward) host.setSysctl('net.ipv4.ip_forward', 1);
      for (const r of h.routes ?? []) attempt(`${h.id} route ${r.dst}`, () => host.addRoute({ dst: r.dst, ...(r.via ? { via: r.via } : {}), ...(r.dev ? { dev: r.dev } : {}) }));
      if (h.gw) attempt(`${h.id} gateway ${h.gw}`, () => host.addRoute({ dst: 'default', via: h.gw! }));
      for (const svc of h.listen ?? []) {
        const [proto, port] = svc.split('/') as ['tcp' | 'udp', string];
        host.listen(proto, Number(port), proto === 'udp' ? { echo: true } : {});
      }
    });
  }

  // Cable plan: every link with switch ports named p1, p2 ... in the order they are cabled.
  const portCount = new Map<string, number>();
  // Ports named in the lab are taken; automatic names skip them.
  const taken = new Set<string>();
  for (const e of [...(world.links ?? []).flatMap((l) => [l.from, l.to]), ...(world.hosts ?? []).flatMap((h) => h.nics.map((n) => n.connect ?? ''))]) {
    if (e.includes('/')) taken.add(e);
  }
  const resolve = (e: string): { node: string; port: string } => {
    const [node, port] = e.split('/') as [string, string | undefined];
    if (port) return { node, port };
    if (!switchIds.has(node)) throw new Error(`${e}: name the port (NODE/PORT) of a host`);
    let n = portCount.get(node) ?? 0;
    do n++;
    while (taken.has(`${node}/p${n}`));
    portCount.set(node, n);
    return { node, port: `p${n}` };
  };
  const plan: Array<{ a: { node: string; port: string }; b: { node: string; port: string }; speedMbps?: number; up?: boolean; key: string }> = [];
  const planLink = (from: string, to: string, speedMbps?: number, up?: boolean) => {
    try {
      const a = resolve(from);
      const b = resolve(to);
      plan.push({ a, b, key: from, ...(speedMbps !== undefined ? { speedMbps } : {}), ...(up !== undefined ? { up } : {}) });
    } catch (e) {
      notes.push({ what: `cable ${from} - ${to}`, why: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const l of world.links ?? []) planLink(l.from, l.to, l.speedMbps, l.up);
  for (const h of world.hosts ?? []) for (const n of h.nics) if (n.connect) planLink(`${h.id}/${n.name}`, n.connect);

  const macOf = (ref: string): string | undefined => {
    if (/^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/.test(ref)) return ref.toLowerCase().replace(/-/g, ':');
    const [node, dev] = ref.split('/');
    if (!node || !dev) return undefined;
    try {
      return sim.host(node).devMac(dev);
    } catch {
      return undefined;
    }
  };
  for (const s of world.switches ?? []) {
    const registered = s.registeredMac ? macOf(s.registeredMac) : undefined;
    if (s.registeredMac && !registered) notes.push({ what: `switch ${s.id}`, why: `no MAC for ${s.registeredMac}` });
    // The customer port is the one cabled to the device whose MAC is registered.
    const ref = s.registeredMac?.split('/');
    const customer = ref && ref.length === 2 ? plan.find((p) => (p.a.node === ref[0] && p.a.port === ref[1] && p.b.node === s.id) || (p.b.node === ref[0] && p.b.port === ref[1] && p.a.node === s.id)) : undefined;
    const customerPort = customer ? (customer.a.node === s.id ? customer.a.port : customer.b.port) : undefined;
    attempt(`switch ${s.id}`, () => sim.addSwitch({
      id: s.id,
      kind: s.kind,
      ...(s.label ? { label: s.label.en } : {}),
      ...(registered ? { registeredMac: registered } : {}),
      ...(customerPort ? { customerPort } : {}),
      ...(s.lacpRate ? { lacpRate: s.lacpRate } : {}),
      ...(s.ageingS ? { ageingMs: s.ageingS * 1000 } : {}),
    }));
  }
  for (const p of plan) {
    try {
      const id = sim.connect(p.a, p.b, { ...(p.speedMbps !== undefined ? { speedMbps: p.speedMbps } : {}), ...(p.up !== undefined ? { up: p.up } : {}) });
      links.set(`${p.a.node}/${p.a.port}`, id);
      links.set(`${p.b.node}/${p.b.port}`, id);
    } catch (e) {
      notes.push({ what: `cable ${p.a.node}/${p.a.port} - ${p.b.node}/${p.b.port}`, why: e instanceof Error ? e.message : String(e) });
    }
  }

  // ---- steps ----
  const steps: StepOutcome[] = [];
  const running = new Map<string, Running>();
  const all: Running[] = [];
  const finish = (r: Running) => {
    r.to ??= sim.trace.length;
  };
  const settle = () => {
    sim.runUntilIdle();
    for (const r of all) if (r.handle && isDone(r.handle)) finish(r);
  };
  for (const [index, step] of lab.steps.entries()) {
    const before = sim.trace.length;
    const out: StepOutcome = { index, kind: stepKind(step), code: 'step.wait', params: {}, details: [], events: [], tMs: sim.now };
    if (step.id !== undefined) out.id = step.id;
    const line = loaded.stepLines[index];
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
  for (const r of all) finish(r);
  // Steps that ran on while later steps happened report their final numbers.
  for (const s of steps) {
    const r = s.id !== undefined ? running.get(s.id) : all.find((x) => x.step === lab.steps[s.index]);
    if (r?.handle && s.code === 'step.ping_started') describeTraffic(r, s);
  }

  function runStep(step: LabStep, out: StepOutcome) {
    if ('ping' in step || 'tcp' in step || 'udp' in step) {
      const p = 'ping' in step ? step.ping : 'tcp' in step ? step.tcp : step.udp;
      const r: Running = { step, from: sim.trace.length, from_: p.from, toIp: p.to };
      if ('ping' in step) {
        r.handle = sim.ping(step.ping.from, step.ping.to, {
          count: step.ping.count ?? DEFAULT_PING_COUNT,
          ...(step.ping.intervalMs !== undefined ? { intervalMs: step.ping.intervalMs } : {}),
          ...(step.ping.timeoutMs !== undefined ? { timeoutMs: step.ping.timeoutMs } : {}),
        });
      } else if ('tcp' in step) {
        r.handle = sim.tcpConnect(step.tcp.from, step.tcp.to, step.tcp.port, {
          ...(step.tcp.srcPort !== undefined ? { srcPort: step.tcp.srcPort } : {}),
          ...(step.tcp.timeoutMs !== undefined ? { timeoutMs: step.tcp.timeoutMs } : {}),
        });
      } else {
        r.handle = sim.udpSend(step.udp.from, step.udp.to, step.udp.port, {
          ...(step.udp.srcPort !== undefined ? { srcPort: step.udp.srcPort } : {}),
          ...(step.udp.timeoutMs !== undefined ? { timeoutMs: step.udp.timeoutMs } : {}),
        });
      }
      all.push(r);
      if (step.id !== undefined) running.set(step.id, r);
      if (p.wait === false && 'ping' in step) {
        out.code = 'step.ping_started';
        out.params = { from: p.from, to: p.to, count: step.ping.count ?? DEFAULT_PING_COUNT };
        return;
      }
      if (p.wait !== false) settle();
      describeTraffic(r, out);
      return;
    }
    if ('unplug' in step || 'plug' in step) {
      const endpoint = 'unplug' in step ? step.unplug : step.plug;
      const id = links.get(endpoint) ?? linkOf(endpoint);
      if (!id) {
        out.code = 'step.no_link';
        out.params = { endpoint };
        return;
      }
      sim.setLinkUp(id, 'plug' in step);
      out.code = 'unplug' in step ? 'step.unplug' : 'step.plug';
      out.params = { endpoint, link: id };
      return;
    }
    if ('wait' in step) {
      sim.advance(step.wait);
      for (const r of all) if (r.handle && isDone(r.handle)) finish(r);
      out.code = 'step.wait';
      out.params = { ms: step.wait };
      return;
    }
    out.code = 'step.show';
    out.params = { table: step.show, on: step.on };
    out.table = tableOf(sim.snapshot(), step.show, step.on, step.dev);
  }

  function linkOf(endpoint: string): string | undefined {
    const [node, port] = endpoint.split('/');
    return node && port ? sim.linkBetween({ node, port }) : undefined;
  }

  function describeTraffic(r: Running, out: StepOutcome) {
    const h = r.handle!;
    if (h.kind === 'ping') {
      out.code = 'step.ping';
      out.params = { from: r.from_, to: r.toIp, sent: h.sent, received: h.received, outcome: h.outcome };
    } else {
      out.code = h.kind === 'tcp' ? 'step.tcp' : 'step.udp';
      out.params = { from: r.from_, to: r.toIp, port: h.dport, outcome: h.outcome };
      out.details = h.seenBy ? [{ code: 'step.seen_as', params: { src: h.seenBy.src, sport: h.seenBy.sport } }] : [];
    }
  }

  // ---- goals ----
  const snapshot = sim.snapshot();
  const goals = (lab.goals ?? []).map((g, index) => checkGoal(g, index, { sim, snapshot, running, macOf, hostId }));
  return {
    id: lab.id,
    passed: goals.every((g) => g.passed) && !steps.some((s) => s.code === 'step.failed'),
    steps,
    goals,
    trace: sim.trace,
    notes,
    snapshot,
  };
}

function isDone(h: Handle): boolean {
  return h.kind === 'ping' ? h.done : h.outcome !== 'pending';
}

function stepKind(step: LabStep): string {
  return ['ping', 'tcp', 'udp', 'unplug', 'plug', 'wait', 'show'].find((k) => k in step) ?? 'unknown';
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

interface GoalCtx {
  sim: Sim;
  snapshot: SimSnapshot;
  running: Map<string, Running>;
  macOf: (ref: string) => string | undefined;
  hostId: string;
}

function reached(h: Handle): boolean {
  if (h.kind === 'ping') return h.received > 0;
  if (h.kind === 'tcp') return h.outcome === 'established';
  return h.outcome === 'delivered' || h.outcome === 'replied';
}

function outcomeParams(h: Handle | undefined): Params {
  const o = h?.outcome ?? 'pending';
  return { outcome: outcomeText(o, 'en'), outcomeKo: outcomeText(o, 'ko') };
}

function checkGoal(goal: LabGoal, index: number, ctx: GoalCtx): GoalOutcome {
  const kind = Object.keys(goal)[0]!;
  const res = (code: GoalCode, passed: boolean, params: Params): GoalOutcome => ({ index, kind, code, passed, params });
  const window = (stepId: string | undefined): TraceEvent[] => {
    if (stepId === undefined) return ctx.sim.trace;
    const r = ctx.running.get(stepId);
    return r ? ctx.sim.trace.slice(r.from, r.to ?? ctx.sim.trace.length) : [];
  };
  if ('reachable' in goal || 'unreachable' in goal) {
    const id = 'reachable' in goal ? goal.reachable : goal.unreachable;
    const r = ctx.running.get(id);
    const ok = r?.handle ? reached(r.handle) : false;
    const params = { step: id, from: r?.from_ ?? '?', to: r?.toIp ?? '?', ...outcomeParams(r?.handle) };
    return 'reachable' in goal ? res('goal.reachable', ok, params) : res('goal.unreachable', !ok && r?.handle !== undefined, params);
  }
  if ('lostAtMost' in goal) {
    const r = ctx.running.get(goal.lostAtMost.step);
    const h = r?.handle?.kind === 'ping' ? r.handle : undefined;
    const lost = h ? h.sent - h.received : Infinity;
    return res('goal.lost_at_most', lost <= goal.lostAtMost.packets, { step: goal.lostAtMost.step, lost: h ? lost : '?', sent: h?.sent ?? 0, max: goal.lostAtMost.packets });
  }
  if ('carriedBy' in goal || 'slavesUsed' in goal) {
    const g = 'carriedBy' in goal ? goal.carriedBy : goal.slavesUsed;
    // Only the step's own frames: packets to or from its destination and ARP about that address. The
    // neighbour layer's re-checks of other hosts (DELAY -> PROBE) may fall in the same time window.
    const peer = g.step !== undefined ? ctx.running.get(g.step)?.toIp : undefined;
    const ofStep = (f: Frame | undefined): boolean =>
      peer === undefined || (f?.ip ? f.ip.src === peer || f.ip.dst === peer : f?.arp ? f.arp.senderIp === peer || f.arp.targetIp === peer : true);
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
    const fits = (t: { src: string; dst: string; sport: number; dport: number }, want: typeof c.orig) =>
      !want || ((want.src === undefined || want.src === t.src) && (want.dst === undefined || want.dst === t.dst) && (want.sport === undefined || want.sport === t.sport) && (want.dport === undefined || want.dport === t.dport));
    const fmt = (e: (typeof entries)[number]) => `${e.proto} ${e.orig.src}:${e.orig.sport}->${e.orig.dst}:${e.orig.dport} / ${e.reply.src}:${e.reply.sport}->${e.reply.dst}:${e.reply.dport}${e.nat.length ? ` [${e.nat.join(',')}]` : ''}`;
    const hit = entries.find((e) => (c.proto === undefined || e.proto === c.proto) && fits(e.orig, c.orig) && fits(e.reply, c.reply) && (c.nat === undefined || e.nat.includes(c.nat)));
    const wanted = JSON.stringify({ proto: c.proto, orig: c.orig, reply: c.reply, nat: c.nat });
    return res('goal.conntrack', hit !== undefined, { on: c.on, entry: hit ? fmt(hit) : '-', wanted, entries: entries.map(fmt).join('; ') || '-' });
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
    const h = ctx.running.get(s.step)?.handle;
    const seen = h && h.kind !== 'ping' ? h.seenBy : undefined;
    const actual = seen ? `${seen.src}:${seen.sport}` : '-';
    const ok = seen !== undefined && seen.src === s.src && (s.sport === undefined || s.sport === seen.sport);
    return res('goal.seen_as', ok, { step: s.step, wanted: s.sport === undefined ? s.src : `${s.src}:${s.sport}`, actual });
  }
  const t = goal.trace;
  const present = t.present ?? true;
  const found = window(t.step).some((e) => e.code === t.code && (t.on === undefined || e.node === t.on));
  const where = t.step ? ` (${t.step})` : '';
  return res('goal.trace', found === present, {
    code: t.code,
    presence: found ? 'appears' : 'does not appear',
    presenceKo: found ? '나타납니다' : '나타나지 않습니다',
    want: present ? 'appear' : 'not appear',
    wantKo: present ? '나타나야 합니다' : '나타나지 않아야 합니다',
    where,
  });
}

export type { LabFile };
