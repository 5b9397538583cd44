/**
 * The forwarding core shared by Linux bridges and physical switches: learning, forwarding,
 * flooding, no hairpin, ageing, and (when VLAN-aware) per-VLAN tables and port membership.
 *
 * Linux details kept: a frame is never sent back out its ingress port; broadcast, multicast and
 * unknown unicast are flooded to every other forwarding port; 01:80:c2:00:00:0X link-local
 * frames are never forwarded; entries not refreshed within the ageing time (300 s default) are
 * removed by a cleanup timer; a port in STP learning state learns but does not forward.
 */
import { isGroupMac, isLinkLocalMac, STP_MAC, type Mac } from './addr.ts';
import type { Frame } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_MS } from './kernel.ts';
import type { ScheduledEvent } from './scheduler.ts';

export type StpPortState = 'disabled' | 'blocking' | 'listening' | 'learning' | 'forwarding';

export interface FdbEntry {
  mac: Mac;
  port: string;
  vlan: number;
  lastSeenUs: number;
  local: boolean;
}

export interface FdbEntrySnapshot {
  mac: Mac;
  port: string;
  vlan?: number;
  ageMs: number;
  local: boolean;
}

export interface PortVlanConfig {
  /** VLAN given to untagged frames arriving on this port (and sent untagged on egress). */
  pvid?: number;
  /** VLANs the port carries tagged (plus pvid). */
  vids?: number[];
}

export interface L2Hooks {
  /** Send a frame out of one port. */
  out(port: string, frame: Frame): void;
  /** Pass a frame up to the owner (host bridge device); switches do not have this. */
  up?(frame: Frame, vlan: number): void;
  /** MACs owned by the bridge itself (its own and its ports'). */
  isLocal(mac: Mac): boolean;
  portState(port: string): StpPortState;
  /** Ports that belong to one LAG (LACP switch) must be treated as one port for flooding. */
  floodTargets?(ports: string[], inPort: string, frame: Frame): string[];
  /** Optional ingress filter (provider one-MAC port). Returns false to drop (the hook traces). */
  admit?(port: string, frame: Frame): boolean;
  /** LAG-aware switches learn on the LAG name rather than the member port. */
  learnPort?(port: string): string;
  /** br_netfilter: bridged IPv4 frames pass iptables; false = dropped (the hook traces). */
  netfilter?: ((inPort: string, frame: Frame) => boolean) | undefined;
}

const fdbKey = (vlan: number, mac: Mac): string => `${vlan}|${mac}`;

export class L2Core {
  readonly ports: string[] = [];
  readonly fdb = new Map<string, FdbEntry>();
  readonly portVlans = new Map<string, { pvid: number | undefined; vids: Set<number> }>();
  vlanAware = false;
  /** Flood STP BPDUs like multicast (Linux bridge with STP off; transparent unmanaged switches). */
  forwardBpdu = false;
  ageingUs: number;
  private cleanup: ScheduledEvent | undefined;

  private readonly k: Kernel;

  private readonly node: string;

  private readonly dev: string | undefined;

  private readonly hooks: L2Hooks;

  constructor(k: Kernel, node: string, dev: string | undefined, ageingMs: number, hooks: L2Hooks) {
    this.k = k;
    this.node = node;
    this.dev = dev;
    this.hooks = hooks;
    this.ageingUs = ageingMs * US_PER_MS;
  }

  addPort(port: string): void {
    if (!this.ports.includes(port)) this.ports.push(port);
  }

  setPortVlan(port: string, cfg: PortVlanConfig): void {
    const vids = new Set(cfg.vids ?? []);
    if (cfg.pvid !== undefined) vids.add(cfg.pvid);
    this.portVlans.set(port, { pvid: cfg.pvid, vids });
  }

  /** Ingress VLAN of a frame on a port, or undefined when the port does not carry it. */
  ingressVlan(port: string, frame: Frame): number | undefined {
    if (!this.vlanAware) return 0;
    const cfg = this.portVlans.get(port) ?? { pvid: 1, vids: new Set([1]) };
    if (frame.vlan === undefined) return cfg.pvid;
    return cfg.vids.has(frame.vlan) ? frame.vlan : undefined;
  }

  /** The frame as it must leave `port` for `vlan` (tagged, untagged), or undefined if not a member. */
  egressFrame(port: string, frame: Frame, vlan: number): Frame | undefined {
    if (!this.vlanAware) return frame;
    const cfg = this.portVlans.get(port) ?? { pvid: 1, vids: new Set([1]) };
    if (!cfg.vids.has(vlan)) return undefined;
    if (cfg.pvid === vlan) {
      if (frame.vlan === undefined) return frame;
      const { vlan: _drop, ...rest } = frame;
      return rest;
    }
    return frame.vlan === vlan ? frame : { ...frame, vlan };
  }

  private trace(code: Parameters<Kernel['emit']>[0], port: string | undefined, frame: Frame | undefined, params: Record<string, string | number | boolean | null | undefined> = {}): void {
    this.k.emit(code, this.node, { dev: this.dev, port, frame, params });
  }

  portState(port: string): StpPortState {
    return this.hooks.portState(port);
  }

  addLocal(mac: Mac, port: string, vlan = 0): void {
    this.fdb.set(fdbKey(vlan, mac), { mac, port, vlan, lastSeenUs: 0, local: true });
  }

  private learn(port: string, frame: Frame, vlan: number): void {
    if (isGroupMac(frame.src)) return;
    const key = fdbKey(vlan, frame.src);
    const now = this.k.nowUs();
    const cur = this.fdb.get(key);
    if (cur?.local) return; // Linux never moves a local (permanent) entry; it only warns.
    if (cur && cur.port === port) {
      cur.lastSeenUs = now;
      return;
    }
    this.fdb.set(key, { mac: frame.src, port, vlan, lastSeenUs: now, local: false });
    this.trace('fdb.learn', port, frame, {
      mac: frame.src,
      vlan: this.vlanAware ? vlan : undefined,
      movedFrom: cur?.port,
    });
    this.armCleanup(now + this.ageingUs);
  }

  private armCleanup(atUs: number): void {
    if (this.cleanup && !this.cleanup.cancelled && this.cleanup.atUs <= atUs) return;
    if (this.cleanup) this.k.cancel(this.cleanup);
    this.cleanup = this.k.schedule(atUs - this.k.nowUs(), this.node, 'fdb.cleanup', () => this.runCleanup(), true);
  }

  private runCleanup(): void {
    this.cleanup = undefined;
    const now = this.k.nowUs();
    let next = Infinity;
    for (const [key, e] of this.fdb) {
      if (e.local) continue;
      const expiry = e.lastSeenUs + this.ageingUs;
      if (expiry <= now) {
        this.fdb.delete(key);
        this.trace('fdb.age_out', e.port, undefined, { mac: e.mac, vlan: this.vlanAware ? e.vlan : undefined, ageMs: (now - e.lastSeenUs) / US_PER_MS });
      } else next = Math.min(next, expiry);
    }
    if (next !== Infinity) this.armCleanup(next);
  }

  /** Removes every learned entry on a port (Linux flushes a port's entries when its link goes down). */
  flushPort(port: string): void {
    for (const [key, e] of this.fdb) if (!e.local && e.port === port) this.fdb.delete(key);
  }

  /** A frame arrives on a port from the wire (or from a lower device). */
  input(inPort: string, frame: Frame): void {
    const state = this.hooks.portState(inPort);
    if (state === 'disabled' || state === 'blocking' || state === 'listening') {
      this.trace('drop', inPort, frame, { reason: 'stp_port_not_forwarding', state });
      return;
    }
    if (this.hooks.admit && !this.hooks.admit(inPort, frame)) return;
    const vlan = this.ingressVlan(inPort, frame);
    if (vlan === undefined) {
      this.trace('drop', inPort, frame, { reason: 'vlan_not_member', vlan: frame.vlan ?? null });
      return;
    }
    const learnOn = this.hooks.learnPort ? this.hooks.learnPort(inPort) : inPort;
    this.learn(learnOn, frame, vlan);
    if (state === 'learning') {
      this.trace('drop', inPort, frame, { reason: 'stp_port_learning' });
      return;
    }
    if (isLinkLocalMac(frame.dst) && !(this.forwardBpdu && frame.dst === STP_MAC)) {
      this.trace('drop', inPort, frame, { reason: 'link_local_not_forwarded' });
      return;
    }
    if (this.hooks.netfilter && frame.ip && !this.hooks.isLocal(frame.dst) && !this.hooks.netfilter(inPort, frame)) return;
    this.deliver(inPort, learnOn, frame, vlan);
  }

  /** The owner (host stack through the bridge device) sends a frame into the bridge. */
  output(frame: Frame, vlan = 0): void {
    this.deliver(undefined, undefined, frame, vlan);
  }

  private deliver(inPort: string | undefined, inLearnPort: string | undefined, frame: Frame, vlan: number): void {
    if (isGroupMac(frame.dst)) {
      this.flood(inPort, frame, vlan);
      if (inPort !== undefined && this.hooks.up && !isLinkLocalMac(frame.dst)) this.hooks.up(frame, vlan);
      return;
    }
    if (this.hooks.isLocal(frame.dst)) {
      if (inPort !== undefined && this.hooks.up) {
        this.trace('fdb.local', inPort, frame, { mac: frame.dst });
        this.hooks.up(frame, vlan);
      }
      return;
    }
    const entry = this.fdb.get(fdbKey(vlan, frame.dst));
    if (!entry) {
      this.flood(inPort, frame, vlan, true);
      return;
    }
    if (entry.port === inLearnPort) {
      this.trace('fdb.same_port', inPort, frame, { mac: frame.dst });
      return;
    }
    if (this.hooks.portState(entry.port) !== 'forwarding') {
      this.trace('drop', entry.port, frame, { reason: 'stp_port_not_forwarding' });
      return;
    }
    const egress = this.egressFrame(entry.port, frame, vlan);
    if (!egress) {
      this.trace('drop', entry.port, frame, { reason: 'vlan_not_member', vlan });
      return;
    }
    this.trace('fdb.forward', entry.port, frame, { mac: frame.dst, from: inPort });
    this.hooks.out(entry.port, egress);
  }

  private flood(inPort: string | undefined, frame: Frame, vlan: number, unknown = false): void {
    let targets = this.ports.filter((p) => p !== inPort && this.hooks.portState(p) === 'forwarding');
    if (this.hooks.floodTargets && inPort !== undefined) targets = this.hooks.floodTargets(targets, inPort, frame);
    else if (this.hooks.floodTargets) targets = this.hooks.floodTargets(targets, '', frame);
    const outs: Array<[string, Frame]> = [];
    for (const p of targets) {
      const f = this.egressFrame(p, frame, vlan);
      if (f) outs.push([p, f]);
    }
    this.trace('fdb.flood', inPort, frame, {
      reason: isGroupMac(frame.dst) ? (frame.dst === 'ff:ff:ff:ff:ff:ff' ? 'broadcast' : 'multicast') : unknown ? 'unknown_unicast' : 'flood',
      ports: outs.map(([p]) => p).join(','),
      count: outs.length,
    });
    for (const [p, f] of outs) this.hooks.out(p, f);
  }

  snapshotFdb(): FdbEntrySnapshot[] {
    const now = this.k.nowUs();
    const rows: FdbEntrySnapshot[] = [];
    for (const e of this.fdb.values()) {
      const row: FdbEntrySnapshot = { mac: e.mac, port: e.port, ageMs: e.local ? 0 : (now - e.lastSeenUs) / US_PER_MS, local: e.local };
      if (this.vlanAware) row.vlan = e.vlan;
      rows.push(row);
    }
    return rows;
  }
}
