/**
 * A host: a Proxmox node, a guest, an external machine or a router. It owns devices (NICs/taps,
 * bridges, bonds, VLAN devices), IPv4 addresses, a routing table, sysctls, a neighbour table,
 * iptables rules with conntrack, and sockets. Layer-2 dispatch lives here; IPv4 lives in ipv4.ts.
 *
 * Device stacking follows Linux: a frame received on a NIC goes to its VLAN sub-device if tagged
 * for one, else to its master (bond, then bridge), else to the IP stack of that device.
 */
import { broadcastOf, cidrContains, mustCidr, intToIp, isGroupMac, parseIpv4, type Cidr, type Ipv4, type Mac } from './addr.ts';
import type { ListenOptions } from './apps.ts';
import type { Bond, BondOptions, BondSnapshot } from './bond.ts';
import { Bridge, type BridgeOptions, type BridgeSnapshot } from './bridge.ts';
import { Conntrack, type CtSnapshot } from './conntrack.ts';
import type { Frame } from './frame.ts';
import { Ipv4Stack } from './ipv4.ts';
import type { Kernel, SimNode } from './kernel.ts';
import type { PortVlanConfig } from './l2.ts';
import { needPart } from './optional-parts.ts';
import { NeighTable, neighParams, type NeighParams, type NeighSnapshot } from './neigh.ts';
import { RuleSet, type IptablesCommand, type IptablesRule, type IptablesSnapshot, type NfChain, type NfTable, type Policy } from './netfilter.ts';
import { PacketFilter } from './packet-filter.ts';
import { RouteTable, type RouteSnapshot, type RouteSpec } from './route.ts';

export type HostKind = 'proxmox' | 'guest' | 'external' | 'router';

export interface HostOptions {
  id: string;
  kind?: HostKind;
  label?: string;
}

export type DeviceKind = 'nic' | 'tap' | 'veth' | 'bridge' | 'bond' | 'vlan';

export interface Device {
  name: string;
  kind: DeviceKind;
  mac: Mac;
  up: boolean;
  master: string | undefined;
  bridge?: Bridge;
  bond?: Bond;
  parent?: string;
  vid?: number;
  /** VLAN settings to apply when this device joins a VLAN-aware bridge. */
  portVlan?: PortVlanConfig;
}

export interface AddressEntry {
  dev: string;
  cidr: Cidr;
}

export interface DeviceSnapshot {
  name: string;
  kind: DeviceKind;
  mac: Mac;
  up: boolean;
  master?: string;
  parent?: string;
  vid?: number;
  addresses: string[];
}

export interface HostSnapshot {
  id: string;
  kind: HostKind;
  label?: string;
  devices: DeviceSnapshot[];
  routes: RouteSnapshot[];
  neighbours: NeighSnapshot[];
  bridges: BridgeSnapshot[];
  bonds: BondSnapshot[];
  conntrack: CtSnapshot[];
  /** iptables rules with their counters and the chain policies (`iptables -L -n -v`). */
  iptables: IptablesSnapshot;
  sysctls: Record<string, number>;
  listening: string[];
  accepted: Array<{ proto: 'tcp' | 'udp'; src: Ipv4; sport: number; dport: number; tMs: number }>;
}

export interface HostEnv {
  kernel: Kernel;
  /** Deterministic MAC for a new device of this host. */
  macFor(host: Host, dev: string, kind: DeviceKind): Mac;
}

/** Normalises sysctl names: `/proc/sys/net/ipv4/conf/eno0/proxy_arp` -> `net.ipv4.conf.eno0.proxy_arp`. */
export function normaliseSysctl(key: string): string {
  const k = key.trim();
  if (!k.includes('/')) return k;
  const path = k.replace(/^\/?proc\/sys\//, '').replace(/^\//, '');
  const parts = path.split('/');
  // Inside conf/IF/ and neigh/IF/ the interface name may itself contain dots (vmbr0.5).
  return parts.join('.');
}

export class Host implements SimNode {
  readonly id: string;
  readonly kind: HostKind;
  readonly label: string | undefined;
  readonly devices = new Map<string, Device>();
  readonly addresses: AddressEntry[] = [];
  readonly routes = new RouteTable();
  readonly neigh = new NeighTable((dev) => this.neighParams(dev).reachableUs);
  /** NeighParams per device, rebuilt when a net.ipv4.neigh.* sysctl is written. */
  private readonly neighParamCache = new Map<string, NeighParams>();
  readonly sysctls = new Map<string, number>();
  readonly rules = new RuleSet();
  readonly conntrack: Conntrack;
  readonly nf: PacketFilter;
  readonly ip: Ipv4Stack;
  readonly listeners = new Map<string, ListenOptions>();
  readonly accepted: HostSnapshot['accepted'] = [];
  /** Bridge/bond membership waiting for a device that does not exist yet. */
  private readonly pendingMaster = new Map<string, string>();
  private readonly k: Kernel;

  private readonly env: HostEnv;

  constructor(env: HostEnv, opts: HostOptions) {
    this.env = env;
    this.k = env.kernel;
    this.id = opts.id;
    this.kind = opts.kind ?? 'external';
    this.label = opts.label;
    this.conntrack = new Conntrack(this.k, this.id);
    this.nf = new PacketFilter(this.k, this.id, this.rules, this.conntrack, (dev, nh) => this.primaryAddress(dev, nh));
    this.ip = new Ipv4Stack(this.k, this);
    // Linux defaults a Proxmox node keeps unless the configuration changes them.
    this.sysctls.set('net.ipv4.ip_forward', 0);
  }

  // ---- configuration -------------------------------------------------------------------------

  private addDevice(dev: Device): Device {
    if (this.devices.has(dev.name)) throw new Error(`${this.id}: device ${dev.name} already exists`);
    this.devices.set(dev.name, dev);
    const master = this.pendingMaster.get(dev.name);
    if (master) {
      this.pendingMaster.delete(dev.name);
      this.enslave(dev.name, master);
    }
    return dev;
  }

  /** Adds a NIC (idempotent: an existing NIC keeps its device, and gets the MAC if one is given). */
  addNic(name: string, mac?: string): this {
    const cur = this.devices.get(name);
    if (cur) {
      if (mac) cur.mac = mac.toLowerCase();
      return this;
    }
    this.addDevice({ name, kind: 'nic', mac: mac?.toLowerCase() ?? this.env.macFor(this, name, 'nic'), up: true, master: undefined });
    return this;
  }

  /** A tap device (the host side of a guest NIC), e.g. tap100i0; `vlan` applies on VLAN-aware bridges. */
  addTap(name: string, opts: { mac?: string; bridge?: string; vlan?: PortVlanConfig } = {}): this {
    const dev = this.addDevice({ name, kind: 'tap', mac: opts.mac?.toLowerCase() ?? this.env.macFor(this, name, 'tap'), up: true, master: undefined });
    if (opts.vlan) dev.portVlan = opts.vlan;
    if (opts.bridge) this.enslave(name, opts.bridge);
    return this;
  }

  /** One end of a veth pair (the sim cables the two ends together, see Sim.attachGuest). */
  addVeth(name: string, opts: { bridge?: string; vlan?: PortVlanConfig } = {}): this {
    const dev = this.addDevice({ name, kind: 'veth', mac: this.env.macFor(this, name, 'veth'), up: true, master: undefined });
    if (opts.vlan) dev.portVlan = opts.vlan;
    if (opts.bridge) this.enslave(name, opts.bridge);
    return this;
  }

  addBridge(name: string, opts: BridgeOptions = {}): this {
    const ports = opts.ports ?? [];
    const known = ports.map((p) => this.devices.get(p)?.mac).filter((m): m is Mac => m !== undefined);
    const mac = opts.mac?.toLowerCase() ?? (known.length ? [...known].sort()[0]! : this.env.macFor(this, name, 'bridge'));
    const dev: Device = { name, kind: 'bridge', mac, up: true, master: undefined };
    dev.bridge = new Bridge(this.k, this.id, name, mac, opts, {
      out: (port, frame) => this.devTx(port, frame),
      up: opts.hostStack === false ? () => undefined : (frame, vlan) => this.bridgeUp(name, frame, vlan),
      portUp: (port) => this.devCarrier(port),
      // br_netfilter (br_nf_pre_routing): bridged IPv4 passes the iptables hooks when the bridge's own
      // nf_call_iptables option is set or net.bridge.bridge-nf-call-iptables is 1 for every bridge.
      netfilter: (inPort, frame) => (opts.netfilter || this.bridgeNfCallIptables ? this.nf.bridged(name, inPort, frame) : true),
    });
    this.addDevice(dev);
    const vids = opts.vids;
    for (const p of ports) {
      const pd = this.devices.get(p);
      if (pd && vids && !pd.portVlan) pd.portVlan = { pvid: 1, vids };
      if (pd) this.enslave(p, name);
      else this.pendingMaster.set(p, name);
    }
    if (vids) for (const p of ports) if (!this.devices.has(p)) this.pendingVids.set(p, vids);
    return this;
  }

  private readonly pendingVids = new Map<string, number[]>();

  addBond(name: string, opts: BondOptions): this {
    for (const s of opts.slaves) if (!this.devices.has(s)) this.addNic(s);
    const first = this.devices.get(opts.slaves[0] ?? '');
    const mac = first?.mac ?? this.env.macFor(this, name, 'bond');
    const dev: Device = { name, kind: 'bond', mac, up: true, master: undefined };
    const BondPart = needPart('Bond', `bond ${name}`);
    dev.bond = new BondPart(this.k, this.id, name, mac, opts, {
      sendOnSlave: (slave, frame) => this.k.transmit(this.id, slave, frame),
      carrier: (slave) => this.k.carrier(this.id, slave),
      slaveMac: (slave) => this.devices.get(slave)?.mac,
      announce: () => this.announce(name),
    });
    this.addDevice(dev);
    const keepOwnMacs = dev.bond.mode === 'balance-tlb' || dev.bond.mode === 'balance-alb';
    for (const s of opts.slaves) {
      const sd = this.devices.get(s)!;
      sd.master = name;
      // Enslaving gives every slave the bond's MAC (fail_over_mac=0), except in tlb/alb.
      if (!keepOwnMacs) sd.mac = mac;
      dev.bond.slaveAttached(s);
    }
    return this;
  }

  /** A VLAN device NAME.TAG (eno1.50, vmbr0.5); parent and tag default from the name. */
  addVlan(name: string, opts: { parent?: string; vid?: number } = {}): this {
    const dot = name.lastIndexOf('.');
    const parent = opts.parent ?? (dot > 0 ? name.slice(0, dot) : undefined);
    const vid = opts.vid ?? (dot > 0 ? Number(name.slice(dot + 1)) : NaN);
    if (!parent || !Number.isInteger(vid) || vid < 1 || vid > 4094) throw new Error(`${this.id}: VLAN device ${name} needs a parent and a tag 1-4094`);
    const p = this.devices.get(parent);
    this.addDevice({ name, kind: 'vlan', mac: p?.mac ?? this.env.macFor(this, name, 'vlan'), up: true, master: undefined, parent, vid });
    return this;
  }

  private enslave(port: string, master: string): void {
    const pd = this.devices.get(port);
    const md = this.devices.get(master);
    if (!pd) {
      this.pendingMaster.set(port, master);
      return;
    }
    if (!md?.bridge) throw new Error(`${this.id}: ${master} is not a bridge`);
    if (pd.master && pd.master !== master) throw new Error(`${this.id}: ${port} is already a port of ${pd.master}`);
    pd.master = master;
    const vids = this.pendingVids.get(port);
    if (vids && !pd.portVlan) pd.portVlan = { pvid: 1, vids };
    md.bridge.addPort(port, pd.mac, pd.portVlan);
  }

  addAddress(dev: string, cidrText: string): this {
    const cidr = mustCidr(cidrText);
    if (!this.devices.has(dev)) throw new Error(`${this.id}: no device ${dev} for address ${cidrText}`);
    // A second address in a subnet the device already has is a secondary: Linux adds no route for it.
    const secondary = this.addresses.some((a) => a.dev === dev && a.cidr.network === cidr.network && a.cidr.prefix === cidr.prefix);
    this.addresses.push({ dev, cidr });
    if (cidr.prefix < 32 && !secondary) this.routes.add({ dst: `${intToIp(cidr.network)}/${cidr.prefix}`, dev, src: cidr.ip }, 'kernel');
    return this;
  }

  /**
   * `ip addr del A/N dev D`, as Linux does it: the address goes, and with it every route whose
   * preferred source it was (its connected route included); if another address of the same subnet
   * stays on the device it takes over the connected route (promote_secondaries 1, the Debian and
   * Proxmox default). With promote_secondaries 0 on both conf/all and conf/D (Linux's own default),
   * removing a primary removes every secondary of its subnet too (__inet_del_ifa). When the device is left without any address, Linux flushes every route through
   * it (the default route too: re-adding an address does not bring it back) and its ARP entries.
   * MASQUERADE's connections translated to the removed address are deleted (nf_nat_masquerade's
   * inetaddr notifier); SNAT's are kept, because their address came from the rule, not the device.
   */
  removeAddress(dev: string, cidrText: string): this {
    const cidr = mustCidr(cidrText);
    const i = this.addresses.findIndex((a) => a.dev === dev && a.cidr.ip === cidr.ip && a.cidr.prefix === cidr.prefix);
    if (i < 0) throw new Error(`${this.id}: ${dev} has no address ${cidrText}`);
    const viaDev = this.routes.routes.filter((r) => r.dev === dev || (r.dev === undefined && r.via !== undefined && this.routes.lookup(r.via)?.dev === dev));
    const sameSubnet = (a: AddressEntry) => a.dev === dev && a.cidr.network === cidr.network && a.cidr.prefix === cidr.prefix;
    // The first address of a subnet on a device is its primary; later ones are secondaries.
    const primary = this.addresses.findIndex(sameSubnet) === i;
    this.addresses.splice(i, 1);
    const secondaries = primary && !this.promoteSecondaries(dev) ? this.addresses.filter(sameSubnet) : [];
    for (const a of secondaries) this.addresses.splice(this.addresses.indexOf(a), 1);
    for (const ip of [cidr.ip, ...secondaries.map((a) => a.cidr.ip)]) {
      // Routes on this device with the address as source go; elsewhere only once no device holds the
      // address any more (fib_del_ifaddr calls fib_sync_down_addr only without LOCAL_OK).
      const gone = !this.isLocalIp(ip);
      this.routes.remove((r) => r.src === ip && (r.dev === dev || gone));
    }
    const left = this.addresses.filter((a) => a.dev === dev);
    const heir = left.find((a) => a.cidr.network === cidr.network && a.cidr.prefix === cidr.prefix);
    // Only a removed primary hands its connected route on; removing a secondary leaves the
    // primary's route as it is (one route, as `ip route` shows after `ip addr del` of a secondary).
    const stillRouted = this.routes.routes.some((r) => r.proto === 'kernel' && r.dev === dev && r.dst.network === cidr.network && r.dst.prefix === cidr.prefix);
    if (heir && cidr.prefix < 32 && !stillRouted) this.routes.add({ dst: `${intToIp(cidr.network)}/${cidr.prefix}`, dev, src: heir.cidr.ip }, 'kernel');
    if (!left.length) {
      this.routes.remove((r) => viaDev.includes(r));
      for (const e of this.neigh.flushDev(dev)) if (e.timer) this.k.cancel(e.timer);
    }
    for (const ip of [cidr.ip, ...secondaries.map((a) => a.cidr.ip)]) this.conntrack.forgetMasquerade(dev, ip);
    return this;
  }

  /**
   * `ip neigh flush dev DEV`: forgets every neighbour entry of the device, so the next packet to one
   * of them starts a fresh ARP request (iproute2 deletes the entries; the kernel's neigh_delete).
   */
  flushNeigh(dev: string): this {
    for (const e of this.neigh.flushDev(dev)) if (e.timer) this.k.cancel(e.timer);
    return this;
  }

  addRoute(spec: RouteSpec): this {
    if (spec.dev !== undefined && !this.devices.has(spec.dev)) throw new Error(`${this.id}: no device ${spec.dev} for route ${spec.dst}`);
    this.routes.add(spec);
    return this;
  }

  setSysctl(key: string, value: number): this {
    const k = normaliseSysctl(key);
    if (k === 'net.ipv4.ip_forward' || k === 'net.ipv4.conf.all.forwarding') {
      // Writing ip_forward (= conf/all/forwarding) sets forwarding on every interface at once
      // (devinet's inet_forward_change), overriding what was written per interface before; but only
      // when the value changes (devinet_sysctl_forward): writing 1 again, as a second `post-up echo 1`
      // or `sysctl -p` does, leaves a per-interface 0 in place.
      const changed = (this.sysctls.get('net.ipv4.ip_forward') ?? 0) !== value;
      if (changed) for (const name of [...this.sysctls.keys()]) if (/^net\.ipv4\.conf\..+\.forwarding$/.test(name)) this.sysctls.delete(name);
      this.sysctls.set('net.ipv4.ip_forward', value);
      return this;
    }
    this.sysctls.set(k, value);
    if (k.startsWith('net.ipv4.neigh.')) this.neighParamCache.clear();
    return this;
  }

  /** The neighbour parameters of dev: net.ipv4.neigh.DEV.X, else net.ipv4.neigh.default.X, else Linux's default. */
  neighParams(dev: string): NeighParams {
    let p = this.neighParamCache.get(dev);
    if (!p) {
      p = neighParams((name) => this.sysctls.get(`net.ipv4.neigh.${dev}.${name}`) ?? this.sysctls.get(`net.ipv4.neigh.default.${name}`));
      this.neighParamCache.set(dev, p);
    }
    return p;
  }

  sysctl(key: string): number | undefined {
    return this.sysctls.get(normaliseSysctl(key));
  }

  /** Adds, inserts or deletes an iptables rule (the structured form of `iptables -t T -A C ...`). */
  iptables(cmd: IptablesCommand): this {
    this.rules.apply(cmd);
    return this;
  }

  iptablesPolicy(table: NfTable, chain: NfChain, policy: Policy): this {
    this.rules.setPolicy(table, chain, policy);
    return this;
  }

  listen(proto: 'tcp' | 'udp', port: number, opts: ListenOptions = {}): this {
    this.listeners.set(`${proto}:${port}`, opts);
    return this;
  }

  /**
   * net.bridge.bridge-nf-call-iptables: 1 runs bridged IPv4 of every bridge through iptables and
   * conntrack (br_netfilter_hooks.c). Linux's value is 1 once br_netfilter is loaded, which the
   * Proxmox firewall does (see Sim.attachGuest with firewall); a host without it has no such hook (0).
   */
  get bridgeNfCallIptables(): boolean {
    return (this.sysctls.get('net.bridge.bridge-nf-call-iptables') ?? 0) !== 0;
  }

  /** net.ipv4.ip_forward (conf/all/forwarding); what decides a packet is `forwarding(inDev)`. */
  get ipForward(): boolean {
    return (this.sysctls.get('net.ipv4.ip_forward') ?? 0) !== 0;
  }

  /**
   * Whether packets arriving on dev may be forwarded (and proxy ARP answered there): Linux checks
   * the INCOMING interface's conf/DEV/forwarding, which follows ip_forward unless written on its own.
   */
  forwarding(dev: string): boolean {
    return (this.sysctls.get(`net.ipv4.conf.${dev}.forwarding`) ?? this.sysctls.get('net.ipv4.ip_forward') ?? 0) !== 0;
  }

  /**
   * Whether an ARP request for our address `target`, arriving on dev from `sender`, is answered
   * (arp_ignore, the larger of conf/all and conf/DEV): 0 any local address; 1 only an address
   * configured on dev; 2 that, and the sender in the subnet of one of dev's addresses that also
   * holds the target; 8 never. 3 answers like 0 here (every address is scope global).
   */
  arpAnswers(dev: string, target: Ipv4, sender: Ipv4): boolean {
    const mode = Math.max(this.sysctls.get('net.ipv4.conf.all.arp_ignore') ?? 0, this.sysctls.get(`net.ipv4.conf.${dev}.arp_ignore`) ?? 0);
    if (mode === 8) return false;
    if (mode !== 1 && mode !== 2) return true;
    const onDev = this.addresses.filter((a) => a.dev === dev);
    if (!onDev.some((a) => a.cidr.ip === target)) return false;
    if (mode === 1) return true;
    const t = parseIpv4(target);
    const s = parseIpv4(sender);
    return t !== null && s !== null && onDev.some((a) => cidrContains(a.cidr, t) && cidrContains(a.cidr, s));
  }

  /**
   * Reverse-path filter for a packet (or ARP request) from `src` arriving on dev (rp_filter, the
   * larger of conf/all and conf/DEV; Linux's default 0 accepts everything): 1 (strict) wants the
   * route back to src to leave by dev, 2 (loose) any route back at all. Debian's systemd sets 2.
   */
  rpFilterPasses(dev: string, src: Ipv4): boolean {
    const mode = Math.max(this.sysctls.get('net.ipv4.conf.all.rp_filter') ?? 0, this.sysctls.get(`net.ipv4.conf.${dev}.rp_filter`) ?? 0);
    if (mode === 0 || src === '0.0.0.0') return true;
    const back = this.routes.lookup(src);
    if (!back) return false;
    return mode !== 1 || back.dev === dev;
  }

  /**
   * A packet (or ARP request) arriving on dev whose source is one of our own addresses (or 127/8) is
   * a martian: fib_validate_source rejects it even with rp_filter 0, unless accept_local (all or dev)
   * is set. So a host does not answer a guest that was given the host's own address.
   */
  isMartianSource(dev: string, src: Ipv4): boolean {
    if (!this.isLocalIp(src)) return false;
    return (this.sysctls.get('net.ipv4.conf.all.accept_local') ?? 0) === 0 && (this.sysctls.get(`net.ipv4.conf.${dev}.accept_local`) ?? 0) === 0;
  }

  /**
   * promote_secondaries (IN_DEV_ORCONF: conf/all or conf/DEV). Modelled at 1 unless written, the
   * value Debian and Proxmox set (/usr/lib/sysctl.d/50-default.conf); the kernel's own default is 0.
   */
  promoteSecondaries(dev: string): boolean {
    return (this.sysctls.get('net.ipv4.conf.all.promote_secondaries') ?? 1) !== 0 || (this.sysctls.get(`net.ipv4.conf.${dev}.promote_secondaries`) ?? 1) !== 0;
  }

  /**
   * The sender address of a who-has on dev for target (arp_solicit, arp_announce = the larger of
   * conf/all and conf/DEV, Documentation/networking/ip-sysctl.rst). 0 (default): the source of the
   * packet waiting for the answer when it is one of ours, on any interface. 1: that source only if
   * some subnet of dev holds both it and the target. 2: never. Otherwise (and for a re-check
   * without a packet) inet_select_addr: dev's address in the target's subnet, else its first.
   */
  arpSender(dev: string, target: Ipv4, packetSrc: Ipv4 | undefined): Ipv4 {
    const mode = Math.max(this.sysctls.get('net.ipv4.conf.all.arp_announce') ?? 0, this.sysctls.get(`net.ipv4.conf.${dev}.arp_announce`) ?? 0);
    if (packetSrc !== undefined && this.isLocalIp(packetSrc) && mode !== 2) {
      if (mode !== 1) return packetSrc;
      const t = parseIpv4(target);
      const src = parseIpv4(packetSrc);
      // inet_addr_onlink: one address of dev whose subnet contains both.
      if (t !== null && src !== null && this.addresses.some((a) => a.dev === dev && cidrContains(a.cidr, t) && cidrContains(a.cidr, src))) return packetSrc;
    }
    return this.primaryAddress(dev, target) ?? '0.0.0.0';
  }

  proxyArp(dev: string): boolean {
    return (this.sysctls.get(`net.ipv4.conf.${dev}.proxy_arp`) ?? 0) !== 0 || (this.sysctls.get('net.ipv4.conf.all.proxy_arp') ?? 0) !== 0;
  }

  // ---- addresses ------------------------------------------------------------------------------

  isLocalIp(ip: Ipv4): boolean {
    if (ip.startsWith('127.')) return true;
    for (const a of this.addresses) if (a.cidr.ip === ip) return true;
    return false;
  }

  /** Whether ip is a broadcast address for this host (limited or a local subnet's directed one). */
  isBroadcastIp(ip: Ipv4): boolean {
    if (ip === '255.255.255.255') return true;
    const v = parseIpv4(ip);
    if (v === null) return false;
    for (const a of this.addresses) if (broadcastOf(a.cidr) === v) return true;
    return false;
  }

  /** Source address Linux would pick on dev toward nexthop: same subnet first, then the first one, then any. */
  primaryAddress(dev: string, nexthop?: string): Ipv4 | undefined {
    const onDev = this.addresses.filter((a) => a.dev === dev);
    if (nexthop !== undefined) {
      const nh = parseIpv4(nexthop);
      const same = nh === null ? undefined : onDev.find((a) => cidrContains(a.cidr, nh));
      if (same) return same.cidr.ip;
    }
    return onDev[0]?.cidr.ip ?? this.addresses[0]?.cidr.ip;
  }

  devMac(dev: string): Mac | undefined {
    return this.devices.get(dev)?.mac;
  }

  // ---- layer 2 ----------------------------------------------------------------------------------

  attachPort(port: string): void {
    const dev = this.devices.get(port);
    if (!dev) this.addNic(port);
    const d = this.devices.get(port)!;
    if (d.kind !== 'nic' && d.kind !== 'tap' && d.kind !== 'veth') throw new Error(`${this.id}: cannot connect a cable to ${d.kind} ${port}`);
    if (d.master) {
      const m = this.devices.get(d.master);
      m?.bond?.slaveAttached(port);
      m?.bridge?.carrierChanged(port, this.k.carrier(this.id, port));
    }
  }

  /** Carrier as the upper layers see it. */
  devCarrier(name: string): boolean {
    const d = this.devices.get(name);
    if (!d || !d.up) return false;
    if (d.kind === 'nic' || d.kind === 'tap' || d.kind === 'veth') return this.k.carrier(this.id, name);
    if (d.kind === 'bond') return (d.bond?.txSlaves().length ?? 0) > 0;
    if (d.kind === 'vlan') return this.devCarrier(d.parent ?? '');
    return true;
  }

  carrierChanged(port: string, up: boolean): void {
    const d = this.devices.get(port);
    if (!d?.master) return;
    const m = this.devices.get(d.master);
    if (m?.bond) m.bond.carrierChanged(port, up);
    if (m?.bridge) m.bridge.carrierChanged(port, up);
  }

  receive(port: string, frame: Frame): void {
    const dev = this.devices.get(port);
    if (!dev || !dev.up) {
      this.k.emit('drop', this.id, { port, frame, params: { reason: 'device_down' } });
      return;
    }
    this.l2Rx(port, frame);
  }

  private vlanChild(parent: string, vid: number): Device | undefined {
    for (const d of this.devices.values()) if (d.kind === 'vlan' && d.parent === parent && d.vid === vid) return d;
    return undefined;
  }

  private l2Rx(name: string, frame: Frame): void {
    const dev = this.devices.get(name)!;
    if (frame.vlan !== undefined) {
      const child = this.vlanChild(name, frame.vlan);
      if (child) {
        const { vlan: _tag, ...untagged } = frame;
        this.l2Rx(child.name, untagged);
        return;
      }
    }
    if (dev.master) {
      const m = this.devices.get(dev.master)!;
      if (m.bond) {
        if (m.bond.receive(name, frame)) this.l2Rx(m.name, frame);
        return;
      }
      if (m.bridge) {
        m.bridge.receive(name, frame);
        return;
      }
    }
    if (frame.type === 'lacp' || frame.type === 'stp') {
      this.k.emit('drop', this.id, { dev: name, frame, params: { reason: frame.type === 'lacp' ? 'lacp_not_configured' : 'stp_not_configured' } });
      return;
    }
    if (frame.vlan !== undefined) {
      this.k.emit('drop', this.id, { dev: name, frame, params: { reason: 'vlan_no_device', vlan: frame.vlan } });
      return;
    }
    this.l3Rx(name, frame);
  }

  private bridgeUp(bridge: string, frame: Frame, vlan: number): void {
    const br = this.devices.get(bridge)!.bridge!;
    if (br.core.vlanAware) {
      const { vlan: _tag, ...untagged } = frame;
      if (vlan === 1) return this.l3Rx(bridge, untagged);
      const child = this.vlanChild(bridge, vlan);
      if (child) return this.l3Rx(child.name, untagged);
      if (isGroupMac(frame.dst)) return;
      this.k.emit('drop', this.id, { dev: bridge, frame, params: { reason: 'vlan_no_device', vlan } });
      return;
    }
    if (frame.vlan !== undefined) {
      const child = this.vlanChild(bridge, frame.vlan);
      const { vlan: _tag, ...untagged } = frame;
      if (child) this.l3Rx(child.name, untagged);
      return;
    }
    this.l3Rx(bridge, frame);
  }

  /** Whether a unicast frame to mac is for this device's IP stack. */
  private acceptsMac(dev: string, mac: Mac): boolean {
    const d = this.devices.get(dev);
    if (!d) return false;
    if (d.mac === mac) return true;
    if (d.bridge) return d.bridge.isLocal(mac);
    if (d.kind === 'vlan' && d.parent) return this.acceptsMac(d.parent, mac);
    return false;
  }

  private l3Rx(dev: string, frame: Frame): void {
    if (!isGroupMac(frame.dst) && !this.acceptsMac(dev, frame.dst)) {
      this.k.emit('drop', this.id, { dev, frame, params: { reason: 'not_for_this_host', mac: frame.dst } });
      return;
    }
    if (frame.arp) this.ip.arpRx(dev, frame);
    else if (frame.ip) this.ip.ipRx(dev, frame);
    else this.k.emit('drop', this.id, { dev, frame, params: { reason: 'unknown_protocol' } });
  }

  /** Sends a frame down through a device (VLAN tag, bridge, bond, or the wire). */
  devTx(name: string, frame: Frame): void {
    const d = this.devices.get(name);
    if (!d || !d.up) {
      this.k.emit('drop', this.id, { dev: name, frame, params: { reason: 'device_down' } });
      return;
    }
    switch (d.kind) {
      case 'nic':
      case 'tap':
      case 'veth':
        this.k.transmit(this.id, name, frame);
        return;
      case 'vlan':
        this.devTx(d.parent!, { ...frame, vlan: d.vid! });
        return;
      case 'bond':
        d.bond!.transmit(frame);
        return;
      case 'bridge': {
        const core = d.bridge!.core;
        if (core.vlanAware) {
          const vlan = frame.vlan ?? 1;
          const { vlan: _tag, ...untagged } = frame;
          core.output(untagged, vlan);
        } else core.output(frame, 0);
        return;
      }
    }
  }

  /**
   * Peer notification after an active-backup failover (bond_main.c: bond_should_notify_peers, then
   * call_netdevice_notifiers(NETDEV_NOTIFY_PEERS, bond->dev)): inetdev_event sends a gratuitous ARP
   * for the bond's own addresses, and net/8021q/vlan.c (vlan_device_event) passes the event on to
   * the VLAN devices on the bond. Nothing else hears it: net/bridge/br.c (br_device_event) does not
   * pass NETDEV_NOTIFY_PEERS up to the bridge a bond is a port of, so in Proxmox's layout (bond0 in
   * vmbr0, the address on vmbr0) no gratuitous ARP goes out at all (bonding.rst, num_grat_arp: "a peer
   * notification is sent on the bonding device and each VLAN sub-device").
   */
  private announce(bond: string): void {
    const notified = new Set([bond]);
    for (const d of this.devices.values()) if (d.kind === 'vlan' && d.parent === bond) notified.add(d.name);
    for (const a of this.addresses) if (notified.has(a.dev)) this.ip.gratuitousArp(a.dev, a.cidr.ip);
  }

  // ---- snapshot ---------------------------------------------------------------------------------

  snapshot(): HostSnapshot {
    const now = this.k.nowUs();
    const devices: DeviceSnapshot[] = [];
    const bridges: BridgeSnapshot[] = [];
    const bonds: BondSnapshot[] = [];
    for (const d of this.devices.values()) {
      const row: DeviceSnapshot = { name: d.name, kind: d.kind, mac: d.mac, up: d.up, addresses: this.addresses.filter((a) => a.dev === d.name).map((a) => `${a.cidr.ip}/${a.cidr.prefix}`) };
      if (d.master !== undefined) row.master = d.master;
      if (d.parent !== undefined) row.parent = d.parent;
      if (d.vid !== undefined) row.vid = d.vid;
      devices.push(row);
      if (d.bridge) bridges.push(d.bridge.snapshot());
      if (d.bond) bonds.push(d.bond.snapshot());
    }
    const snap: HostSnapshot = {
      id: this.id,
      kind: this.kind,
      devices,
      routes: this.routes.snapshot(),
      neighbours: this.neigh.snapshot(now),
      bridges,
      bonds,
      conntrack: this.conntrack.snapshot(),
      iptables: this.rules.snapshot(),
      sysctls: Object.fromEntries(this.sysctls),
      listening: [...this.listeners.keys()],
      accepted: [...this.accepted],
    };
    if (this.label !== undefined) snap.label = this.label;
    return snap;
  }

  /** Rules as configured (for widgets showing the firewall). */
  iptablesRules(): IptablesRule[] {
    return this.rules.snapshot().rules.map((r) => r.rule);
  }
}
