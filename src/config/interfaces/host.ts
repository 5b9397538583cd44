/** The host configuration an interfaces file describes once ifupdown2 has brought everything up. */
import type { Cidr } from '../ipv4.ts';
import type { Span } from '../span.ts';
import type { IptablesRule, RouteCommand, SysctlWrite, Command } from './commands.ts';
import type { BondMode, CommandPhase, HashPolicy } from './options.ts';

export interface Located<T> {
  value: T;
  span: Span;
}

export type InterfaceKind = 'loopback' | 'bridge' | 'bond' | 'vlan' | 'nic' | 'other';

export interface BridgeConfig {
  /** Empty for `bridge-ports none` (a bridge only guests plug into). */
  ports: Located<string>[];
  stp: boolean;
  /** Seconds (bridge-fd). */
  forwardDelay: number;
  /** Seconds (bridge-ageing). */
  ageing: number;
  vlanAware: boolean;
  /** Allowed VLAN ids on a VLAN-aware bridge, as inclusive ranges. */
  vids: Array<{ from: number; to: number }>;
}

export interface BondConfig {
  slaves: Located<string>[];
  mode: BondMode;
  /** Milliseconds; 0 = no link monitoring. */
  miimon: number;
  /** bond-miimon was left out and the kernel chose the interval (100 ms for 802.3ad, balance-tlb, balance-alb). */
  miimonByKernel?: boolean;
  /** bond-arp-interval in ms when ARP monitoring is on (the other way the driver notices a dead slave). */
  arpInterval?: number;
  updelay: number;
  downdelay: number;
  hashPolicy: HashPolicy;
  lacpRate: 'slow' | 'fast';
  primary?: Located<string>;
}

export interface InterfaceAddress {
  cidr: Cidr;
  span: Span;
}

export interface PhaseCommand {
  phase: CommandPhase;
  command: Command;
  span: Span;
  /** Where an iptables rule names its -i / -o interface. */
  inSpan?: Span;
  outSpan?: Span;
}

export interface HostInterface {
  name: string;
  /** The name in its (first) iface line. */
  span: Span;
  /** Listed on an auto or allow-* line. */
  auto: boolean;
  kind: InterfaceKind;
  /** Method of the inet stanza ('manual' when there is none). */
  method: string;
  addresses: InterfaceAddress[];
  gateway?: Located<number>;
  /** `metric` of the stanza: default routes with different metrics may coexist. */
  metric?: number;
  pointopoint?: number;
  mtu?: number;
  hwaddress?: string;
  bridge?: BridgeConfig;
  bond?: BondConfig;
  vlan?: { parent: string; tag: number };
  /** bridge-ports/bond-slaves pick (some) members by pattern (`all`, `regex`, `glob`), not listed here. */
  portPatterns?: boolean;
  /** `ip-proxy-arp 0|1` (the vlan package's hook), applied when the interface comes up. */
  proxyArpOption?: boolean;
  /** `ovs_type` of an Open vSwitch stanza (OVSBridge, OVSPort, OVSBond, OVSIntPort). */
  ovsType?: string;
  commands: PhaseCommand[];
}

export interface AppliedSysctl {
  write: SysctlWrite;
  span: Span;
}

export interface AppliedRule {
  rule: IptablesRule;
  span: Span;
  inSpan?: Span;
  outSpan?: Span;
}

export interface AppliedRoute {
  route: RouteCommand;
  span: Span;
}

export interface HostConfig {
  /** In file order. */
  interfaces: HostInterface[];
  byName: Map<string, HostInterface>;
  /** net.ipv4.ip_forward after every up-command ran. */
  ipForward: boolean;
  /**
   * Interfaces with net.ipv4.conf.IF.forwarding=1 while ip_forward stays off. Linux decides forwarding
   * by the interface a packet arrives on, so only packets arriving on these are forwarded.
   */
  forwardingOn: Set<string>;
  /** Interfaces with proxy_arp on ('all' when set for all). */
  proxyArp: Set<string>;
  /** iptables rules in force after the up-commands, in evaluation order per table/chain. */
  rules: AppliedRule[];
  /** Chain policies set with -P, keyed `table:CHAIN`. */
  policies: Map<string, string>;
  /** Routes added by `ip route` commands (gateway lines are on the interfaces). */
  routes: AppliedRoute[];
  /** Every sysctl write of an up phase, in order. */
  sysctls: AppliedSysctl[];
  /** An up-command that loads sysctl files (`sysctl -p`, `sysctl --system`): they may turn forwarding on. */
  sysctlFileLoad?: Span;
  /** Paths of `source`/`source-directory` lines: interfaces defined there are not in this model. */
  sources?: string[];
}
