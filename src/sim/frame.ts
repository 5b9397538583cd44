/**
 * Frames are plain, immutable, JSON-serialisable objects: a node that changes a header makes a
 * new object (so a trace can hold the frame before and after a rewrite without copying).
 */
import type { Ipv4, Mac } from './addr.ts';

export type EtherType = 'arp' | 'ipv4' | 'lacp' | 'stp';

/** Ethertype numbers as they appear on the wire (used by the bonding hash). */
export const ETHERTYPE_NUMBER: Record<EtherType, number> = {
  ipv4: 0x0800,
  arp: 0x0806,
  lacp: 0x8809,
  // 802.1D BPDUs are LLC frames; the kernel's h_proto is the 802.3 length field. 0x0026 (38) is typical.
  stp: 0x0026,
};

export interface ArpPayload {
  op: 'request' | 'reply';
  senderMac: Mac;
  senderIp: Ipv4;
  targetMac: Mac;
  targetIp: Ipv4;
}

export type IcmpKind = 'echo-request' | 'echo-reply' | 'dest-unreachable' | 'time-exceeded';

/** The quoted header an ICMP error carries, enough to match it to the flow that caused it. */
export interface QuotedHeader {
  src: Ipv4;
  dst: Ipv4;
  proto: IpProto;
  sport?: number;
  dport?: number;
  icmpId?: number;
}

export interface IcmpHeader {
  kind: IcmpKind;
  type: number;
  code: number;
  /** Echo identifier and sequence number. */
  id?: number;
  seq?: number;
  quoted?: QuotedHeader;
}

export type TcpFlag = 'SYN' | 'ACK' | 'RST' | 'FIN';

export interface TcpHeader {
  sport: number;
  dport: number;
  flags: TcpFlag[];
}

export interface UdpHeader {
  sport: number;
  dport: number;
  payload?: string;
}

export type IpProto = 'icmp' | 'tcp' | 'udp';

export interface Ipv4Packet {
  /** IP identification field (kept by routers and NAT; lets a result be matched to its sender). */
  id: number;
  src: Ipv4;
  dst: Ipv4;
  ttl: number;
  proto: IpProto;
  icmp?: IcmpHeader;
  tcp?: TcpHeader;
  udp?: UdpHeader;
}

const UTF8 = new TextEncoder();

/**
 * The IPv4 total length of a packet as the real tools send it, which `iptables -v` adds up: ping's
 * echo carries 56 data bytes (84), a SYN or SYN-ACK the options Linux puts on it (MSS, SACK, time
 * stamps, window scale: 60), other TCP segments time stamps (52), an RST none (40), UDP its payload.
 * An ICMP error quotes the packet it is about (20 + 8 + that packet; a UDP one without its payload,
 * which the quoted header does not keep).
 */
export function ipTotalLength(p: Ipv4Packet): number {
  if (p.udp) return 28 + UTF8.encode(p.udp.payload ?? '').length;
  if (p.tcp) return p.tcp.flags.includes('SYN') ? 60 : p.tcp.flags.includes('RST') ? 40 : 52;
  const q = p.icmp?.quoted;
  if (!q) return 84;
  return 28 + (q.proto === 'tcp' ? 60 : q.proto === 'udp' ? 28 : 84);
}

export interface LacpPdu {
  actorSystem: Mac;
  actorKey: number;
  actorPort: number;
  /** Actor state bits written out: activity, timeout (fast), aggregation, synchronization, collecting, distributing. */
  actorState: { fast: boolean; sync: boolean; collecting: boolean; distributing: boolean };
  partnerSystem: Mac;
  partnerKey: number;
  partnerPort: number;
}

export interface BpduPayload {
  rootId: string;
  rootCost: number;
  bridgeId: string;
  portId: string;
}

export interface Frame {
  /** Identity of the original transmission; flooded copies keep it (storm detection follows it). */
  id: number;
  src: Mac;
  dst: Mac;
  type: EtherType;
  /** 802.1Q tag, when tagged on this wire. */
  vlan?: number;
  arp?: ArpPayload;
  ip?: Ipv4Packet;
  lacp?: LacpPdu;
  bpdu?: BpduPayload;
}

/** One-line human summary, used in trace params and README examples. */
export function describeFrame(f: Frame): string {
  const vlan = f.vlan !== undefined ? ` vlan ${f.vlan}` : '';
  if (f.arp) {
    return f.arp.op === 'request'
      ? `ARP who-has ${f.arp.targetIp} tell ${f.arp.senderIp}${vlan}`
      : `ARP ${f.arp.senderIp} is-at ${f.arp.senderMac}${vlan}`;
  }
  if (f.ip) {
    const p = f.ip;
    if (p.icmp) return `ICMP ${p.icmp.kind} ${p.src} > ${p.dst} ttl ${p.ttl}${vlan}`;
    if (p.tcp) return `TCP ${p.src}:${p.tcp.sport} > ${p.dst}:${p.tcp.dport} [${p.tcp.flags.join(',')}] ttl ${p.ttl}${vlan}`;
    if (p.udp) return `UDP ${p.src}:${p.udp.sport} > ${p.dst}:${p.udp.dport} ttl ${p.ttl}${vlan}`;
  }
  if (f.lacp) return `LACPDU from ${f.lacp.actorSystem} port ${f.lacp.actorPort}`;
  if (f.bpdu) return `BPDU root ${f.bpdu.rootId} cost ${f.bpdu.rootCost} from ${f.bpdu.bridgeId}`;
  return `${f.type} ${f.src} > ${f.dst}${vlan}`;
}
