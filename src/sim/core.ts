/**
 * The kernel's public API without its optional parts (bonding, LACP switches, STP): what the
 * bridge, routed and NAT widgets import so that readers do not download code their worlds never
 * run. Everything else imports `index.ts`, which is this plus those parts. See src/sim/README.md.
 */
export { Sim } from './sim.ts';
export type { SimOptions, Endpoint, LinkOptions, Link, LinkSnapshot, StormReport, SimSnapshot, StepResult, RunResult } from './sim.ts';
export { recordRun } from './record.ts';
export type { RecordedStep, Recording } from './record.ts';
export { Host, normaliseSysctl } from './host.ts';
export type { HostKind, HostOptions, HostSnapshot, Device, DeviceKind, DeviceSnapshot } from './host.ts';
export { Switch } from './switch.ts';
export type { SwitchKind, SwitchOptions, SwitchSnapshot } from './switch.ts';
export type { BridgeOptions, BridgeSnapshot } from './bridge.ts';
export { BOND_MODES, parseBondMode } from './bond.ts';
export type { BondMode, BondOptions, BondSnapshot, BondSlaveSnapshot } from './bond.ts';
export { XMIT_HASH_POLICIES, xmitHash, selectSlaveIndex, layer2Hash, ipWordLE, portsWordLE } from './bond-hash.ts';
export type { XmitHashPolicy } from './bond-hash.ts';
export type { RouteSpec, RouteSnapshot } from './route.ts';
export type { NeighSnapshot, NeighState } from './neigh.ts';
export { formatIpNeigh, formatIpRoute, formatBridgeFdb, formatIptables, formatConntrack } from './linux-print.ts';
export type { CtSnapshot, CtTuple, CtNatKind } from './conntrack.ts';
export { TABLE_CHAINS, parseNatTarget, validateRule } from './netfilter.ts';
export type { IptablesRule, IptablesRuleSnapshot, IptablesSnapshot, IptablesCommand, IptablesMatch, IptablesTarget, NfTable, NfChain, Policy, PortMatch, CtStateName } from './netfilter.ts';
export { PingHandle, TcpHandle, UdpHandle } from './apps.ts';
export type { PingOptions, PingOutcome, TcpOptions, TcpOutcome, UdpOptions, UdpOutcome, ListenOptions } from './apps.ts';
export { TRACE_CODES, TRACE_CODE_SET, describeTraceCode } from './trace-codes.ts';
export type { TraceCode } from './trace-codes.ts';
export type { TraceEvent, TraceParam } from './trace.ts';
export { describeFrame, ETHERTYPE_NUMBER, ipTotalLength } from './frame.ts';
export type { Frame, ArpPayload, Ipv4Packet, IcmpHeader, TcpHeader, UdpHeader, LacpPdu, BpduPayload, EtherType, IpProto } from './frame.ts';
export { parseMac, parseCidr, parseIpv4, BROADCAST_MAC } from './addr.ts';
export type { Mac, Ipv4, Cidr } from './addr.ts';
export type { FdbEntrySnapshot, StpPortState, PortVlanConfig } from './l2.ts';
export type { StpSnapshot } from './stp.ts';
export type { LacpPortSnapshot } from './lacp.ts';
