/**
 * The simulation: nodes, links, the virtual clock, the trace and snapshots.
 * See README.md for the model, the API and what is simplified.
 */
import { macFromInt, type Ipv4, type Mac } from './addr.ts';
import type { PingHandle, PingOptions, TcpHandle, TcpOptions, UdpHandle, UdpOptions } from './apps.ts';
import type { Frame } from './frame.ts';
import { Host, type DeviceKind, type HostOptions, type HostSnapshot } from './host.ts';
import type { DeliveryInfo, DeliveryWatcher, Kernel, SimNode } from './kernel.ts';
import { US_PER_MS } from './kernel.ts';
import { createRng, fnv1a, type Rng } from './rng.ts';
import { Scheduler } from './scheduler.ts';
import { Switch, type SwitchOptions, type SwitchSnapshot } from './switch.ts';
import type { TraceCode } from './trace-codes.ts';
import type { TraceEvent, TraceInput, TraceParam } from './trace.ts';

export interface SimOptions {
  seed?: number;
  /** Propagation delay of every link in ms unless a link sets its own (default 0.1 ms). */
  linkDelayMs?: number;
  /** A frame crossing the same link in the same direction more often than this is a storm (default 8). */
  stormLinkLimit?: number;
  /** Upper bound on copies of one frame in flight anywhere (default 20 000). */
  stormCopyLimit?: number;
}

export interface Endpoint {
  node: string;
  port: string;
}

export interface LinkOptions {
  speedMbps?: number;
  delayMs?: number;
  up?: boolean;
}

export interface Link {
  id: string;
  a: Endpoint;
  b: Endpoint;
  up: boolean;
  speedMbps: number;
  delayUs: number;
  /** "node:port" of each end, for traces. */
  aLabel: string;
  bLabel: string;
}

export interface LinkSnapshot {
  id: string;
  a: Endpoint;
  b: Endpoint;
  up: boolean;
  speedMbps: number;
}

export interface StormReport {
  frameId: number;
  tMs: number;
  /** The links the frame kept circling, in the order it first crossed them. */
  links: string[];
  /** Readable loop: "sw1:p2 -> sw2:p1, sw2:p3 -> pve:eno2 ...". */
  loop: string;
  copies: number;
}

export interface SimSnapshot {
  tMs: number;
  hosts: HostSnapshot[];
  switches: SwitchSnapshot[];
  links: LinkSnapshot[];
  storms: StormReport[];
}

/** What step() processed: the event and the trace it produced. */
export interface StepResult {
  tMs: number;
  node: string;
  label: string;
  trace: TraceEvent[];
}

export interface RunResult {
  events: number;
  /** True when only background timers remain (no traffic in flight). */
  idle: boolean;
  tMs: number;
}

/** Shared by events without parameters; never mutated. */
const EMPTY_PARAMS: Record<string, TraceParam> = Object.freeze({}) as Record<string, TraceParam>;

interface FloodTrack {
  /** Nodes that sent this frame onward: a loop only runs through them. */
  senders: Set<string>;
  receivers: Set<string>;
  lastUs: number;
  copies: number;
  crossings: Map<string, number>;
  order: string[];
}

export class Sim {
  readonly trace: TraceEvent[] = [];
  readonly storms: StormReport[] = [];
  readonly rng: Rng;
  private readonly sched = new Scheduler();
  private readonly nodes = new Map<string, SimNode>();
  private readonly links = new Map<string, Link>();
  /** node -> port -> link */
  private readonly portLinks = new Map<string, Map<string, Link>>();
  private readonly usedMacs = new Set<Mac>();
  private readonly frameTracks = new Map<number, FloodTrack>();
  private readonly stormed = new Set<number>();
  private readonly watchers = new Map<number, DeliveryWatcher>();
  private sweepAt = 4096;
  private hopsNew = new Map<number, number>();
  private hopsOld = new Map<number, number>();
  private hopGenStartUs = 0;
  private frameSeq = 0;
  private ipSeq = 0;
  private linkSeq = 0;
  private readonly linkDelayUs: number;
  private readonly stormLinkLimit: number;
  private readonly stormCopyLimit: number;
  readonly kernel: Kernel;

  constructor(opts: SimOptions = {}) {
    this.rng = createRng(opts.seed ?? 1);
    this.linkDelayUs = Math.round((opts.linkDelayMs ?? 0.1) * US_PER_MS);
    this.stormLinkLimit = opts.stormLinkLimit ?? 8;
    this.stormCopyLimit = opts.stormCopyLimit ?? 20_000;
    const sim = this;
    this.kernel = {
      nowUs: () => sim.sched.nowUs,
      emit: (code, node, input) => sim.emit(code, node, input),
      transmit: (node, port, frame) => sim.transmit(node, port, frame),
      carrier: (node, port) => sim.linkAt(node, port)?.up ?? false,
      schedule: (delayUs, node, label, run, background) => sim.sched.schedule(delayUs, node, label, run, background),
      cancel: (ev) => sim.sched.cancel(ev),
      newFrameId: () => ++sim.frameSeq,
      newIpId: () => ++sim.ipSeq,
      watchPacket: (ipId, w) => void sim.watchers.set(ipId, w),
      delivered: (ipId, info: DeliveryInfo) => {
        const w = sim.watchers.get(ipId);
        if (w) {
          sim.watchers.delete(ipId);
          w.onDelivered(info);
        }
      },
      rng: this.rng,
    };
  }

  /** Current virtual time in ms. */
  get now(): number {
    return this.sched.nowUs / US_PER_MS;
  }

  // ---- topology ---------------------------------------------------------------------------------

  private checkId(id: string): void {
    if (this.nodes.has(id)) throw new Error(`node id already used: ${id}`);
    if (!id) throw new Error('node id must not be empty');
  }

  private macFor(host: Host, dev: string, kind: DeviceKind): Mac {
    // Guests get Proxmox's BC:24:11 prefix; everything else a locally administered 02:xx MAC.
    const guest = host.kind === 'guest' || kind === 'tap';
    for (let salt = 0; ; salt++) {
      const h = fnv1a(`${host.id}/${dev}/${salt}`);
      const mac = guest ? macFromInt([0xbc, 0x24, 0x11], h & 0xffffff) : macFromInt([0x02, 0x00], h);
      if (!this.usedMacs.has(mac)) {
        this.usedMacs.add(mac);
        return mac;
      }
    }
  }

  addHost(opts: HostOptions): Host {
    this.checkId(opts.id);
    const host = new Host({ kernel: this.kernel, macFor: (h, d, k) => this.macFor(h, d, k) }, opts);
    this.nodes.set(opts.id, host);
    return host;
  }

  addSwitch(opts: SwitchOptions): Switch {
    this.checkId(opts.id);
    const sw = new Switch(this.kernel, opts);
    this.nodes.set(opts.id, sw);
    return sw;
  }

  host(id: string): Host {
    const n = this.nodes.get(id);
    if (!(n instanceof Host)) throw new Error(`no host ${id}`);
    return n;
  }

  switch(id: string): Switch {
    const n = this.nodes.get(id);
    if (!(n instanceof Switch)) throw new Error(`no switch ${id}`);
    return n;
  }

  node(id: string): SimNode | undefined {
    return this.nodes.get(id);
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  linkList(): Link[] {
    return [...this.links.values()];
  }

  /** Cables two ports together. Host ports are NICs (created if missing); switch ports are named freely. */
  connect(a: Endpoint, b: Endpoint, opts: LinkOptions = {}): string {
    for (const e of [a, b]) {
      if (!this.nodes.has(e.node)) throw new Error(`connect: no node ${e.node}`);
      if (this.linkAt(e.node, e.port)) throw new Error(`connect: ${e.node}:${e.port} is already cabled`);
    }
    const id = `l${++this.linkSeq}`;
    const link: Link = {
      id,
      a: { ...a },
      b: { ...b },
      up: opts.up ?? true,
      speedMbps: opts.speedMbps ?? 1000,
      delayUs: opts.delayMs !== undefined ? Math.round(opts.delayMs * US_PER_MS) : this.linkDelayUs,
      aLabel: `${a.node}:${a.port}`,
      bLabel: `${b.node}:${b.port}`,
    };
    this.links.set(id, link);
    this.setLinkAt(a, link);
    this.setLinkAt(b, link);
    this.nodes.get(a.node)!.attachPort(a.port);
    this.nodes.get(b.node)!.attachPort(b.port);
    return id;
  }

  /**
   * Creates the guest (if needed), its NIC, a tap device on the Proxmox host enslaved to the
   * bridge, and the link between them: what Proxmox does for `netX: virtio=MAC,bridge=vmbrN`.
   */
  attachGuest(
    proxmoxHostId: string,
    bridgeName: string,
    guestId: string,
    guestNic = 'eth0',
    opts: { tapName?: string; mac?: string; tag?: number; label?: string; firewall?: boolean } = {},
  ): { guest: Host; linkId: string; tap: string } {
    const pve = this.host(proxmoxHostId);
    const guest = this.nodes.has(guestId) ? this.host(guestId) : this.addHost({ id: guestId, kind: 'guest', ...(opts.label !== undefined ? { label: opts.label } : {}) });
    guest.addNic(guestNic, opts.mac);
    const vmid = guestId.replace(/\D/g, '') || guestId;
    const index = guest.devices.size - 1;
    const tap = opts.tapName ?? `tap${vmid}i${index}`;
    const vlan = opts.tag !== undefined ? { vlan: { pvid: opts.tag, vids: [opts.tag] } } : {};
    if (opts.firewall) {
      // Proxmox's firewall plumbing: tap -> fwbrNiM <- fwlnNiM ==veth== fwprNpM -> the real bridge.
      const fwbr = `fwbr${vmid}i${index}`;
      const fwln = `fwln${vmid}i${index}`;
      const fwpr = `fwpr${vmid}p${index}`;
      // An ordinary bridge without an address: it answers ARP for the host's addresses like any
      // Linux device (arp_ignore 0), so a guest may get its gateway's answer from fwbr first. The
      // firewall loads br_netfilter and sets bridge-nf-call-iptables to 1 (pve-firewall,
      // enable_bridge_firewall) unless the configuration already set it.
      pve.addBridge(fwbr, { ports: [] });
      if (pve.sysctl('net.bridge.bridge-nf-call-iptables') === undefined) pve.setSysctl('net.bridge.bridge-nf-call-iptables', 1);
      pve.addTap(tap, { bridge: fwbr });
      pve.addVeth(fwln, { bridge: fwbr });
      pve.addVeth(fwpr, { bridge: bridgeName, ...vlan });
      this.connect({ node: proxmoxHostId, port: fwln }, { node: proxmoxHostId, port: fwpr }, { delayMs: 0.001 });
    } else {
      pve.addTap(tap, { bridge: bridgeName, ...vlan });
    }
    const linkId = this.connect({ node: proxmoxHostId, port: tap }, { node: guestId, port: guestNic }, { delayMs: 0.01 });
    return { guest, linkId, tap };
  }

  /** Plugs (true) or unplugs (false) a cable. Both ends see the carrier change at once. */
  setLinkUp(linkId: string, up: boolean): void {
    const link = this.links.get(linkId);
    if (!link) throw new Error(`no link ${linkId}`);
    if (link.up === up) return;
    link.up = up;
    this.emit(up ? 'link.up' : 'link.down', link.a.node, { port: link.a.port, params: { link: linkId, peer: `${link.b.node}:${link.b.port}` } });
    this.nodes.get(link.a.node)!.carrierChanged(link.a.port, up);
    this.nodes.get(link.b.node)!.carrierChanged(link.b.port, up);
  }

  linkBetween(a: Endpoint, b?: Endpoint): string | undefined {
    const l = this.linkAt(a.node, a.port);
    if (!l) return undefined;
    if (b && !((l.b.node === b.node && l.b.port === b.port) || (l.a.node === b.node && l.a.port === b.port))) return undefined;
    return l.id;
  }

  // ---- traffic ----------------------------------------------------------------------------------

  ping(hostId: string, dst: Ipv4, opts: PingOptions = {}): PingHandle {
    return this.host(hostId).ip.ping(dst, opts);
  }

  tcpConnect(hostId: string, dst: Ipv4, dport: number, opts: TcpOptions = {}): TcpHandle {
    return this.host(hostId).ip.tcpConnect(dst, dport, opts);
  }

  udpSend(hostId: string, dst: Ipv4, dport: number, opts: UdpOptions = {}): UdpHandle {
    return this.host(hostId).ip.udpSend(dst, dport, opts);
  }

  /** Schedules an action at now + delayMs (e.g. unplug a cable in the middle of a ping run). */
  at(delayMs: number, action: () => void, label = 'user.action'): void {
    this.sched.schedule(delayMs * US_PER_MS, 'sim', label, action);
  }

  // ---- running ----------------------------------------------------------------------------------

  /** Processes the next event that produces trace output (silent housekeeping is skipped). */
  step(): StepResult | undefined {
    for (let guard = 0; guard < 100_000; guard++) {
      const ev = this.sched.pop();
      if (!ev) return undefined;
      const before = this.trace.length;
      ev.run();
      if (this.trace.length > before) return { tMs: ev.atUs / US_PER_MS, node: ev.node, label: ev.label, trace: this.trace.slice(before) };
    }
    return undefined;
  }

  /** Runs until no traffic is in flight (background protocol timers may remain) or maxEvents. */
  runUntilIdle(opts: { maxEvents?: number } = {}): RunResult {
    const max = opts.maxEvents ?? 1_000_000;
    let n = 0;
    while (n < max && !this.sched.idle()) {
      const ev = this.sched.pop();
      if (!ev) break;
      ev.run();
      n++;
    }
    return { events: n, idle: this.sched.idle(), tMs: this.now };
  }

  /** Runs every event up to now + ms (background timers included), then sets the clock there. */
  advance(ms: number, opts: { maxEvents?: number } = {}): RunResult {
    const target = this.sched.nowUs + Math.round(ms * US_PER_MS);
    const max = opts.maxEvents ?? 1_000_000;
    let n = 0;
    for (;;) {
      const t = this.sched.peekTime();
      if (t === undefined || t > target || n >= max) break;
      this.sched.pop()!.run();
      n++;
    }
    if (n < max) this.sched.nowUs = Math.max(this.sched.nowUs, target);
    return { events: n, idle: this.sched.idle(), tMs: this.now };
  }

  /** Same as advance(ms): waiting lets timers (ageing, conntrack, miimon, STP) run. */
  wait(ms: number): RunResult {
    return this.advance(ms);
  }

  // ---- kernel services --------------------------------------------------------------------------

  private emit(code: TraceCode, node: string, input?: TraceInput): void {
    const src = input?.params;
    let params: Record<string, TraceParam> = EMPTY_PARAMS;
    if (src) {
      let clean = true;
      for (const k in src) if (src[k] === undefined) clean = false;
      if (clean) params = src as Record<string, TraceParam>;
      else {
        params = {};
        for (const k in src) {
          const v = src[k];
          if (v !== undefined) params[k] = v;
        }
      }
    }
    const ev: TraceEvent = { seq: this.trace.length, t: this.sched.nowUs / US_PER_MS, code, node, params };
    if (input) {
      if (input.dev !== undefined) ev.dev = input.dev;
      if (input.port !== undefined) ev.port = input.port;
      if (input.frame !== undefined) ev.frame = input.frame;
      if (input.frameAfter !== undefined) ev.frameAfter = input.frameAfter;
    }
    this.trace.push(ev);
  }

  /** Counts how often a frame id was put on any link (two generations, so memory stays bounded). */
  private countHop(frameId: number): number {
    const now = this.sched.nowUs;
    if (now - this.hopGenStartUs > 1_000 * US_PER_MS || this.hopsNew.size > 100_000) {
      this.hopsOld = this.hopsNew;
      this.hopsNew = new Map();
      this.hopGenStartUs = now;
    }
    const n = (this.hopsNew.get(frameId) ?? this.hopsOld.get(frameId) ?? 0) + 1;
    this.hopsNew.set(frameId, n);
    return n;
  }

  private transmit(node: string, port: string, frame: Frame): void {
    if (this.stormed.has(frame.id)) return;
    const link = this.linkAt(node, port);
    if (!link || !link.up) {
      this.emit('link.no_carrier', node, { port, frame, params: { link: link?.id ?? null } });
      return;
    }
    const toA = link.b.node === node && link.b.port === port;
    const to = toA ? link.a : link.b;
    // A frame copy crosses each link at most once per direction unless it is looping; only then
    // is it followed link by link (cheap common path, exact diagnosis for loops).
    let track = this.frameTracks.get(frame.id);
    if (!track && this.countHop(frame.id) > 2 * this.links.size) {
      track = { senders: new Set(), receivers: new Set([node]), lastUs: 0, copies: 0, crossings: new Map(), order: [] };
      if (this.frameTracks.size >= this.sweepAt) this.sweepTracks();
      this.frameTracks.set(frame.id, track);
    }
    if (track) {
      const dirKey = `${link.id}${toA ? '<' : '>'}`;
      if (track.receivers.has(node)) track.senders.add(node);
      const crossed = (track.crossings.get(dirKey) ?? 0) + 1;
      track.crossings.set(dirKey, crossed);
      if (crossed === 1) track.order.push(dirKey);
      track.copies++;
      track.lastUs = this.sched.nowUs;
      if (crossed > this.stormLinkLimit || track.copies > this.stormCopyLimit) {
        this.stopStorm(frame, track);
        return;
      }
    }
    this.emit('link.tx', node, { port, frame, params: { link: link.id, to: toA ? link.aLabel : link.bLabel } });
    const linkUpAtSend = link;
    const ev = this.sched.schedule(link.delayUs, to.node, 'rx', () => {
      if (this.stormed.has(frame.id)) return;
      this.frameTracks.get(frame.id)?.receivers.add(to.node);
      if (!linkUpAtSend.up) {
        this.emit('link.no_carrier', to.node, { port: to.port, frame, params: { link: link.id, inFlight: true } });
        return;
      }
      this.nodes.get(to.node)!.receive(to.port, frame);
    });
    ev.frameId = frame.id;
  }

  private linkAt(node: string, port: string): Link | undefined {
    return this.portLinks.get(node)?.get(port);
  }

  private setLinkAt(e: Endpoint, link: Link): void {
    let m = this.portLinks.get(e.node);
    if (!m) {
      m = new Map();
      this.portLinks.set(e.node, m);
    }
    m.set(e.port, link);
  }

  /**
   * Forgets frames that have not moved for a second: a looping frame moves every link delay, so
   * only finished frames are dropped (a frame copy never legitimately recrosses a link).
   */
  private sweepTracks(): void {
    const cutoff = this.sched.nowUs - 1_000 * US_PER_MS;
    for (const [id, t] of this.frameTracks) if (t.lastUs < cutoff) this.frameTracks.delete(id);
    // Amortised: sweep again only once the table has doubled.
    this.sweepAt = Math.max(4096, this.frameTracks.size * 2);
  }

  private stopStorm(frame: Frame, track: FloodTrack): void {
    this.stormed.add(frame.id);
    const target = (k: string): string => {
      const l = this.links.get(k.slice(0, -1))!;
      return k.endsWith('>') ? l.b.node : l.a.node;
    };
    // Links crossed repeatedly toward a node that floods the frame on: the loop (not the leaves it sprays).
    const loopKeys = track.order.filter((k) => (track.crossings.get(k) ?? 0) >= 2 && track.senders.has(target(k)));
    const describe = (k: string): string => {
      const l = this.links.get(k.slice(0, -1))!;
      const [from, to] = k.endsWith('>') ? [l.a, l.b] : [l.b, l.a];
      return `${from.node}:${from.port} -> ${to.node}:${to.port}`;
    };
    const report: StormReport = {
      frameId: frame.id,
      tMs: this.now,
      links: [...new Set(loopKeys.map((k) => k.slice(0, -1)))],
      loop: loopKeys.map(describe).join(', '),
      copies: track.copies,
    };
    this.storms.push(report);
    const cancelled = this.sched.cancelWhere((ev) => ev.frameId === frame.id);
    this.frameTracks.delete(frame.id);
    this.emit('storm.detected', 'sim', { frame, params: { loop: report.loop, links: report.links.join(','), copies: report.copies, cancelled } });
  }

  // ---- snapshots --------------------------------------------------------------------------------

  snapshot(): SimSnapshot {
    const hosts: HostSnapshot[] = [];
    const switches: SwitchSnapshot[] = [];
    for (const n of this.nodes.values()) {
      if (n instanceof Host) hosts.push(n.snapshot());
      else if (n instanceof Switch) switches.push(n.snapshot());
    }
    return {
      tMs: this.now,
      hosts,
      switches,
      links: [...this.links.values()].map((l) => ({ id: l.id, a: { ...l.a }, b: { ...l.b }, up: l.up, speedMbps: l.speedMbps })),
      storms: this.storms.map((s) => ({ ...s, links: [...s.links] })),
    };
  }

  /** True when no traffic is in flight (only background protocol timers, if any, remain). */
  isIdle(): boolean {
    return this.sched.idle();
  }

  /** Number of pending events (diagnostics). */
  pendingEvents(): number {
    return this.sched.size();
  }

  /** For tests and tools: the scheduler's next event time in ms, if any. */
  nextEventMs(): number | undefined {
    const t = this.sched.peekTime();
    return t === undefined ? undefined : t / US_PER_MS;
  }
}
