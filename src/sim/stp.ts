/**
 * 802.1D spanning tree for a Linux bridge with `bridge-stp on` (simplified):
 * bridges send configuration BPDUs every hello time (2 s) on designated ports; the lowest bridge
 * id (priority 32768 + MAC) becomes root; each other bridge keeps the port with the best path to
 * the root (root port) and the ports where it offers the best path (designated ports) and blocks
 * the rest. A port that may forward goes listening -> learning -> forwarding, each state lasting
 * forward delay (bridge-fd; Linux enforces 2..30 s with STP on, default 15 s). A port that must
 * block does so at once. Received information expires after max age (20 s).
 * Simplified: every port costs 100 (Linux's default when the link speed is unknown), no TCN /
 * short ageing on topology change, no RSTP.
 */
import { STP_MAC, type Mac } from './addr.ts';
import type { BpduPayload, Frame } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_S } from './kernel.ts';
import type { StpPortState } from './l2.ts';
import type { ScheduledEvent } from './scheduler.ts';

export const STP_PORT_COST = 100;
const HELLO_US = 2 * US_PER_S;
const MAX_AGE_US = 20 * US_PER_S;

interface PortInfo {
  state: StpPortState;
  role: 'root' | 'designated' | 'alternate' | 'disabled';
  received: (BpduPayload & { atUs: number }) | undefined;
  timer: ScheduledEvent | undefined;
  number: number;
}

export interface StpPortSnapshot {
  state: StpPortState;
  role: PortInfo['role'];
}

export interface StpSnapshot {
  bridgeId: string;
  rootId: string;
  rootCost: number;
  rootPort: string | null;
  ports: Record<string, StpPortSnapshot>;
}

type Vector = [string, number, string, string];

function better(a: Vector, b: Vector): boolean {
  for (let i = 0; i < 4; i++) {
    if (a[i]! < b[i]!) return true;
    if (a[i]! > b[i]!) return false;
  }
  return false;
}

export class Stp {
  readonly bridgeId: string;
  rootId: string;
  rootCost = 0;
  rootPort: string | undefined;
  private readonly ports = new Map<string, PortInfo>();
  private hello: ScheduledEvent | undefined;

  private readonly k: Kernel;
  private readonly node: string;
  private readonly dev: string;
  private readonly forwardDelayUs: number;
  private readonly send: (port: string, frame: Frame) => void;
  private readonly portUp: (port: string) => boolean;

  constructor(
    k: Kernel,
    node: string,
    dev: string,
    mac: Mac,
    forwardDelayUs: number,
    send: (port: string, frame: Frame) => void,
    portUp: (port: string) => boolean,
  ) {
    this.k = k;
    this.node = node;
    this.dev = dev;
    this.forwardDelayUs = forwardDelayUs;
    this.send = send;
    this.portUp = portUp;
    this.bridgeId = `8000.${mac.replaceAll(':', '')}`;
    this.rootId = this.bridgeId;
  }

  addPort(port: string): void {
    if (this.ports.has(port)) return;
    this.ports.set(port, { state: 'blocking', role: 'designated', received: undefined, timer: undefined, number: this.ports.size + 1 });
    this.recompute();
    if (!this.hello) this.sendHello();
  }

  state(port: string): StpPortState {
    return this.ports.get(port)?.state ?? 'forwarding';
  }

  private portId(port: string): string {
    return `80.${String(this.ports.get(port)?.number ?? 0).padStart(3, '0')}`;
  }

  carrierChanged(port: string, up: boolean): void {
    const p = this.ports.get(port);
    if (!p) return;
    if (!up) p.received = undefined;
    this.recompute();
  }

  receive(port: string, bpdu: BpduPayload): void {
    const p = this.ports.get(port);
    if (!p || p.state === 'disabled') return;
    const cur = p.received;
    const sameSender = cur !== undefined && cur.bridgeId === bpdu.bridgeId && cur.portId === bpdu.portId;
    const incoming: Vector = [bpdu.rootId, bpdu.rootCost, bpdu.bridgeId, bpdu.portId];
    // 802.1D keeps the best information heard on a port: an inferior BPDU from another bridge
    // (two bridges on one shared segment) does not replace it; the same sender may update it.
    if (cur && !sameSender && !better(incoming, [cur.rootId, cur.rootCost, cur.bridgeId, cur.portId])) return;
    p.received = { ...bpdu, atUs: this.k.nowUs() };
    this.recompute();
  }

  private recompute(): void {
    const now = this.k.nowUs();
    let best: Vector = [this.bridgeId, 0, this.bridgeId, ''];
    let rootPort: string | undefined;
    for (const [name, p] of this.ports) {
      if (p.received && now - p.received.atUs > MAX_AGE_US) p.received = undefined;
      if (!p.received || !this.portUp(name)) continue;
      const r = p.received;
      const v: Vector = [r.rootId, r.rootCost + STP_PORT_COST, r.bridgeId, r.portId + '|' + this.portId(name)];
      if (better(v, best)) {
        best = v;
        rootPort = name;
      }
    }
    const rootChanged = best[0] !== this.rootId;
    this.rootId = best[0];
    this.rootCost = best[1];
    this.rootPort = rootPort;
    if (rootChanged) this.k.emit('stp.root', this.node, { dev: this.dev, port: rootPort, params: { rootId: this.rootId, rootCost: this.rootCost } });
    for (const [name, p] of this.ports) {
      let role: PortInfo['role'];
      if (!this.portUp(name)) role = 'disabled';
      else if (name === rootPort) role = 'root';
      else {
        const mine: Vector = [this.rootId, this.rootCost, this.bridgeId, this.portId(name)];
        const r = p.received;
        role = !r || better(mine, [r.rootId, r.rootCost, r.bridgeId, r.portId]) ? 'designated' : 'alternate';
      }
      this.setRole(name, p, role);
    }
  }

  private setRole(name: string, p: PortInfo, role: PortInfo['role']): void {
    p.role = role;
    if (role === 'disabled') {
      this.setState(name, p, 'disabled');
    } else if (role === 'alternate') {
      if (p.state !== 'blocking') this.setState(name, p, 'blocking');
    } else if (p.state === 'blocking' || p.state === 'disabled') {
      this.setState(name, p, 'listening');
    }
  }

  private setState(name: string, p: PortInfo, state: StpPortState): void {
    if (p.timer) this.k.cancel(p.timer);
    p.timer = undefined;
    const prev = p.state;
    p.state = state;
    if (state === 'blocking' && prev !== 'blocking') this.k.emit('stp.block', this.node, { dev: this.dev, port: name, params: { role: p.role } });
    if (state === 'listening') this.k.emit('stp.listening', this.node, { dev: this.dev, port: name, params: { role: p.role, forwardDelayS: this.forwardDelayUs / US_PER_S } });
    if (state === 'learning') this.k.emit('stp.learning', this.node, { dev: this.dev, port: name, params: { role: p.role } });
    if (state === 'forwarding') {
      this.k.emit('stp.forwarding', this.node, { dev: this.dev, port: name, params: { role: p.role } });
    }
    if (state === 'listening' || state === 'learning') {
      const next: StpPortState = state === 'listening' ? 'learning' : 'forwarding';
      // Background: a port waiting out its forward delay does not keep a run busy (wait() for it).
      p.timer = this.k.schedule(
        this.forwardDelayUs,
        this.node,
        'stp.forward_delay',
        () => {
          p.timer = undefined;
          this.setState(name, p, next);
        },
        true,
      );
    }
  }

  private sendHello(): void {
    this.hello = undefined;
    this.recompute();
    for (const [name, p] of this.ports) {
      if (p.role !== 'designated' || !this.portUp(name)) continue;
      const bpdu: BpduPayload = { rootId: this.rootId, rootCost: this.rootCost, bridgeId: this.bridgeId, portId: this.portId(name) };
      const frame: Frame = { id: this.k.newFrameId(), src: STP_MAC, dst: STP_MAC, type: 'stp', bpdu };
      this.k.emit('stp.bpdu', this.node, { dev: this.dev, port: name, frame, params: { rootId: this.rootId, rootCost: this.rootCost } });
      this.send(name, frame);
    }
    this.hello = this.k.schedule(HELLO_US, this.node, 'stp.hello', () => this.sendHello(), true);
  }

  snapshot(): StpSnapshot {
    const ports: Record<string, StpPortSnapshot> = {};
    for (const [name, p] of this.ports) ports[name] = { state: p.state, role: p.role };
    return { bridgeId: this.bridgeId, rootId: this.rootId, rootCost: this.rootCost, rootPort: this.rootPort ?? null, ports };
  }
}
