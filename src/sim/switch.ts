/**
 * Physical switches outside the Proxmox host.
 * - learning: a plain unmanaged switch (802.1D learning bridge, no STP, drops LACPDUs).
 * - provider: a hosting provider's access switch whose customer port only admits frames from one
 *   registered source MAC (why the "routed" set-up exists).
 * - lacp: a managed switch running LACP on every port; ports with the same LACP partner form one
 *   link aggregation group, treated as one port for learning and flooding.
 */
import { macFromInt, type Mac } from './addr.ts';
import type { Frame } from './frame.ts';
import type { Kernel, SimNode } from './kernel.ts';
import { L2Core, type FdbEntrySnapshot } from './l2.ts';
import type { LacpPort, LacpPortSnapshot } from './lacp.ts';
import { needPart } from './optional-parts.ts';
import { fnv1a } from './rng.ts';
import { layer2Hash } from './bond-hash.ts';

export type SwitchKind = 'learning' | 'lacp' | 'provider';

export interface SwitchOptions {
  id: string;
  kind?: SwitchKind;
  label?: string;
  /** provider: the one source MAC the customer port accepts. */
  registeredMac?: string;
  /** provider: the port facing the customer's server (default: the first port connected). */
  customerPort?: string;
  /** FDB ageing in ms (default 300 000, like Linux and most switches). */
  ageingMs?: number;
  /** lacp: LACPDU rate the switch asks for ('slow' 30 s, 'fast' 1 s). Default slow. */
  lacpRate?: 'slow' | 'fast';
}

export interface SwitchSnapshot {
  id: string;
  kind: SwitchKind;
  label?: string;
  fdb: FdbEntrySnapshot[];
  ports: string[];
  registeredMac?: string;
  customerPort?: string;
  lags?: Array<{ name: string; partner: string; ports: string[] }>;
  lacp?: Record<string, LacpPortSnapshot>;
}

export class Switch implements SimNode {
  readonly id: string;
  readonly kind: SwitchKind;
  readonly label: string | undefined;
  readonly mac: Mac;
  readonly core: L2Core;
  registeredMac: Mac | undefined;
  customerPort: string | undefined;
  private readonly lacpPorts = new Map<string, LacpPort>();
  private readonly lacpRate: 'slow' | 'fast';

  private readonly k: Kernel;

  constructor(k: Kernel, opts: SwitchOptions) {
    this.k = k;
    this.id = opts.id;
    this.kind = opts.kind ?? 'learning';
    this.label = opts.label;
    this.mac = macFromInt([0x02, 0x5e], fnv1a(`switch/${opts.id}`));
    this.registeredMac = opts.registeredMac?.toLowerCase();
    this.customerPort = opts.customerPort;
    this.lacpRate = opts.lacpRate ?? 'slow';
    this.core = new L2Core(k, this.id, undefined, opts.ageingMs ?? 300_000, {
      out: (port, frame) => this.k.transmit(this.id, this.resolvePort(port, frame), frame),
      isLocal: () => false,
      portState: (port) => (this.portUp(port) ? 'forwarding' : 'disabled'),
      admit: (port, frame) => this.admit(port, frame),
      floodTargets: this.kind === 'lacp' ? (ports, inPort, frame) => this.lagFloodTargets(ports, inPort, frame) : undefined,
      learnPort: this.kind === 'lacp' ? (port) => this.lagOf(port) : undefined,
    });
    // An unmanaged switch passes BPDUs through, so STP on the servers still sees the loop.
    this.core.forwardBpdu = true;
  }

  attachPort(port: string): void {
    this.core.addPort(port);
    if (this.kind === 'provider' && this.customerPort === undefined) this.customerPort = port;
    if (this.kind === 'lacp' && !this.lacpPorts.has(port)) {
      const idx = this.core.ports.indexOf(port) + 1;
      const LacpPart = needPart('LacpPort', `LACP on switch ${this.id}`);
      const lp = new LacpPart(this.k, this.id, port, {
        system: this.mac,
        key: 1,
        portNumber: idx,
        fast: this.lacpRate === 'fast',
        send: (f) => this.k.transmit(this.id, port, f),
        onChange: () => this.k.emit('lacp.aggregator', this.id, { port, params: { lag: this.lagOf(port), partner: lp.partnerSystem ?? null } }),
      });
      this.lacpPorts.set(port, lp);
      lp.start(this.k.carrier(this.id, port));
    }
  }

  carrierChanged(port: string, up: boolean): void {
    if (!up) this.core.flushPort(port);
    this.lacpPorts.get(port)?.carrierChanged(up);
  }

  receive(port: string, frame: Frame): void {
    if (frame.type === 'lacp') {
      const lp = this.lacpPorts.get(port);
      if (lp && frame.lacp) lp.receive(frame.lacp);
      else this.k.emit('lacp.ignored', this.id, { port, frame, params: { reason: 'switch_without_lacp' } });
      return;
    }
    this.core.input(port, frame);
  }

  private admit(port: string, frame: Frame): boolean {
    if (this.kind !== 'provider' || port !== this.customerPort || this.registeredMac === undefined) return true;
    if (frame.src === this.registeredMac) return true;
    this.k.emit('provider.mac_rejected', this.id, { port, frame, params: { mac: frame.src, registeredMac: this.registeredMac } });
    return false;
  }

  /** LAG name for a port: ports whose LACP partner is the same system share one name. */
  lagOf(port: string): string {
    const lp = this.lacpPorts.get(port);
    if (!lp || !lp.partnerSystem || !lp.inSync()) return port;
    const members = this.core.ports.filter((p) => {
      const o = this.lacpPorts.get(p);
      return o !== undefined && o.partnerSystem === lp.partnerSystem && o.partnerKey === lp.partnerKey && o.inSync();
    });
    return members.length > 1 ? `lag:${members.join('+')}` : port;
  }

  private lagFloodTargets(ports: string[], inPort: string, frame: Frame): string[] {
    const inLag = inPort ? this.lagOf(inPort) : '';
    const groups = new Map<string, string[]>();
    for (const p of ports) {
      const lag = this.lagOf(p);
      if (lag === inLag) continue;
      const g = groups.get(lag);
      if (g) g.push(p);
      else groups.set(lag, [p]);
    }
    const out: string[] = [];
    for (const members of groups.values()) {
      // A switch sends one copy per LAG, on the member its own layer-2 hash picks.
      out.push(members[layer2Hash(frame) % members.length]!);
    }
    return out;
  }

  private portUp(port: string): boolean {
    if (!port.startsWith('lag:')) return this.k.carrier(this.id, port);
    return port.slice(4).split('+').some((p) => this.k.carrier(this.id, p));
  }

  /** Out of a LAG, the switch sends known unicast on the member its hash picks. */
  resolvePort(port: string, frame: Frame): string {
    if (!port.startsWith('lag:')) return port;
    const members = port.slice(4).split('+').filter((p) => this.k.carrier(this.id, p));
    return members[layer2Hash(frame) % Math.max(1, members.length)] ?? port;
  }

  snapshot(): SwitchSnapshot {
    const snap: SwitchSnapshot = { id: this.id, kind: this.kind, fdb: this.core.snapshotFdb(), ports: [...this.core.ports] };
    if (this.label !== undefined) snap.label = this.label;
    if (this.kind === 'provider') {
      if (this.registeredMac !== undefined) snap.registeredMac = this.registeredMac;
      if (this.customerPort !== undefined) snap.customerPort = this.customerPort;
    }
    if (this.kind === 'lacp') {
      const lacp: Record<string, LacpPortSnapshot> = {};
      const lags = new Map<string, { name: string; partner: string; ports: string[] }>();
      for (const [p, lp] of this.lacpPorts) {
        lacp[p] = lp.snapshot();
        const lag = this.lagOf(p);
        if (lag.startsWith('lag:')) lags.set(lag, { name: lag, partner: lp.partnerSystem ?? '', ports: lag.slice(4).split('+') });
      }
      snap.lacp = lacp;
      snap.lags = [...lags.values()];
    }
    return snap;
  }
}
