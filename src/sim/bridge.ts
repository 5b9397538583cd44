/**
 * A Linux bridge device (vmbrN) on a host: the shared L2 core plus the bridge's own MAC, its
 * local FDB entries, optional STP and VLAN awareness. Its MAC is the lowest MAC among the ports
 * given at creation (Linux's rule), fixed afterwards as ifupdown2 does; without ports it gets a
 * deterministic generated MAC.
 */
import type { Mac } from './addr.ts';
import type { Frame } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_S } from './kernel.ts';
import { L2Core, type FdbEntrySnapshot, type PortVlanConfig, type StpPortState } from './l2.ts';
import { needPart } from './optional-parts.ts';
import type { Stp, StpSnapshot } from './stp.ts';

export interface BridgeOptions {
  /** Port devices (NICs, bonds, VLAN devices, taps). `[]` = bridge-ports none. */
  ports?: string[];
  stp?: boolean;
  /** bridge-fd in seconds (forward delay; default 0 with STP off, 15 with STP on; min 2 with STP on). */
  forwardDelayS?: number;
  /** bridge-ageing in seconds (default 300). */
  ageingS?: number;
  vlanAware?: boolean;
  /** bridge-vids for every port of a VLAN-aware bridge (default 2-4094 style list: [1..]). */
  vids?: number[];
  mac?: string;
  /**
   * This bridge's own nf_call_iptables option (`ip link set BR type bridge nf_call_iptables 1`):
   * bridged IPv4 passes through iptables even with net.bridge.bridge-nf-call-iptables at 0.
   */
  netfilter?: boolean;
  /**
   * false: a pure switching bridge with no IP stack above it. Default true, as every Linux bridge:
   * even one without an address (a Proxmox fwbr) answers ARP for the host's addresses (arp_ignore 0)
   * and takes IP packets sent to its MAC.
   */
  hostStack?: boolean;
}

export interface BridgeSnapshot {
  name: string;
  mac: Mac;
  ports: string[];
  stp: boolean;
  vlanAware: boolean;
  ageingS: number;
  forwardDelayS: number;
  fdb: FdbEntrySnapshot[];
  stpState?: StpSnapshot;
  portStates: Record<string, StpPortState>;
}

export interface BridgeIo {
  out(port: string, frame: Frame): void;
  up(frame: Frame, vlan: number): void;
  portUp(port: string): boolean;
  netfilter?: ((inPort: string, frame: Frame) => boolean) | undefined;
}

export class Bridge {
  readonly core: L2Core;
  readonly stp: Stp | undefined;
  readonly forwardDelayS: number;
  private readonly localMacs = new Set<Mac>();

  private readonly k: Kernel;
  private readonly node: string;
  readonly name: string;
  readonly mac: Mac;

  constructor(k: Kernel, node: string, name: string, mac: Mac, opts: BridgeOptions, io: BridgeIo) {
    this.k = k;
    this.node = node;
    this.name = name;
    this.mac = mac;
    const stpOn = opts.stp ?? false;
    this.forwardDelayS = stpOn ? Math.min(30, Math.max(2, opts.forwardDelayS ?? 15)) : (opts.forwardDelayS ?? 0);
    this.core = new L2Core(k, node, name, (opts.ageingS ?? 300) * 1000, {
      out: io.out,
      up: io.up,
      isLocal: (m) => this.localMacs.has(m),
      portState: (port) => this.portState(port, io.portUp),
      netfilter: io.netfilter,
    });
    this.core.vlanAware = opts.vlanAware ?? false;
    this.core.forwardBpdu = !stpOn;
    this.localMacs.add(mac);
    this.core.addLocal(mac, name);
    if (stpOn) {
      const StpPart = needPart('Stp', `STP on bridge ${name}`);
      this.stp = new StpPart(k, node, name, mac, this.forwardDelayS * US_PER_S, io.out, io.portUp);
    }
  }

  private portState(port: string, portUp: (p: string) => boolean): StpPortState {
    if (!portUp(port)) return 'disabled';
    return this.stp ? this.stp.state(port) : 'forwarding';
  }

  addPort(port: string, portMac: Mac, vlan?: PortVlanConfig): void {
    this.core.addPort(port);
    this.localMacs.add(portMac);
    this.core.addLocal(portMac, port);
    if (this.core.vlanAware) this.core.setPortVlan(port, vlan ?? { pvid: 1, vids: [1] });
    this.stp?.addPort(port);
  }

  hasPort(port: string): boolean {
    return this.core.ports.includes(port);
  }

  isLocal(mac: Mac): boolean {
    return this.localMacs.has(mac);
  }

  receive(port: string, frame: Frame): void {
    if (frame.type === 'stp') {
      if (this.stp && frame.bpdu) this.stp.receive(port, frame.bpdu);
      else this.core.input(port, frame); // STP off: Linux forwards BPDUs so a loop stays detectable.
      return;
    }
    this.core.input(port, frame);
  }

  carrierChanged(port: string, up: boolean): void {
    if (!up) this.core.flushPort(port);
    this.stp?.carrierChanged(port, up);
  }

  snapshot(): BridgeSnapshot {
    const portStates: Record<string, StpPortState> = {};
    for (const p of this.core.ports) portStates[p] = this.core.portState(p);
    const snap: BridgeSnapshot = {
      name: this.name,
      mac: this.mac,
      ports: [...this.core.ports],
      stp: this.stp !== undefined,
      vlanAware: this.core.vlanAware,
      ageingS: this.core.ageingUs / US_PER_S,
      forwardDelayS: this.forwardDelayS,
      fdb: this.core.snapshotFdb(),
      portStates,
    };
    if (this.stp) snap.stpState = this.stp.snapshot();
    return snap;
  }
}
