/**
 * Sends one probe packet (a ping, a TCP SYN or a UDP datagram) through a world and reads its fate
 * from the kernel's trace: the node it was delivered to, or the node that dropped it, and the
 * hops in between. The probe is followed by its IP identification field, which the kernel keeps
 * across routers and NAT, so rewritten copies of it are still recognised.
 */
import type { TraceEvent } from '../../sim/trace.ts';
import type { Frame } from '../../sim/frame.ts';
import type { PathOutcome, PathScenario } from '../schema.ts';
import type { World } from './worlds.ts';

export interface Hop {
  node: string;
  code: string;
  /** The device inside the node, for bridges inside a host (vmbr0). */
  dev?: string;
}

export interface ProbeResult {
  outcome: PathOutcome;
  /** Decisions about the probe in order, one per node and code. */
  hops: Hop[];
  /** The answer's journey back, when the probe was delivered and answered (echo reply, SYN-ACK or RST). */
  replyHops: Hop[];
  /** The sender got an answer (echo reply, SYN-ACK/RST, UDP reply). */
  answered: boolean;
  /** In a world with a bond: the slave each probe left the host on. */
  slaves: string[];
}

type Packet = PathScenario['packet'];

/** Codes that end a probe's journey at the node that emits them. */
const DROP_CODES = new Set([
  'drop',
  'provider.mac_rejected',
  'route.forward_disabled',
  'route.no_route',
  'filter.drop',
  'ip.ttl_exceeded',
  'link.no_carrier',
  'bond.no_slave',
  'storm.detected',
]);

/** Codes worth telling the reader, in the order they happen. */
const HOP_CODES = new Set([
  'icmp.echo_request',
  'tcp.syn',
  'udp.send',
  'fdb.forward',
  'fdb.flood',
  'route.forward',
  'nat.masquerade',
  'nat.snat',
  'nat.dnat',
  'deliver',
  'tcp.rst',
  'tcp.syn_ack',
  'icmp.echo_reply',
  'nat.reverse',
  'bond.tx',
  ...DROP_CODES,
]);

type IpPacket = NonNullable<Frame['ip']>;

interface Follow {
  /** Node that sends the packet. */
  from: string;
  /** The trace code of the sender's "sent" event (it carries no frame: ARP may come first). */
  sendCode?: string;
  /** Recognises the packet before its IP id is known. */
  first: (ip: IpPacket) => boolean;
}

const REQUEST: Record<Packet['kind'], { sendCode: string; first: (ip: IpPacket) => boolean }> = {
  ping: { sendCode: 'icmp.echo_request', first: (ip) => ip.proto === 'icmp' && ip.icmp?.kind === 'echo-request' },
  tcp: { sendCode: 'tcp.syn', first: (ip) => ip.proto === 'tcp' && !!ip.tcp?.flags.includes('SYN') && !ip.tcp.flags.includes('ACK') },
  udp: { sendCode: 'udp.send', first: (ip) => ip.proto === 'udp' },
};

const REPLY: Record<Packet['kind'], { sendCode?: string; first: (ip: IpPacket) => boolean }> = {
  ping: { sendCode: 'icmp.echo_reply', first: (ip) => ip.proto === 'icmp' && ip.icmp?.kind === 'echo-reply' },
  tcp: { first: (ip) => ip.proto === 'tcp' && !!ip.tcp && (ip.tcp.flags.includes('RST') || (ip.tcp.flags.includes('SYN') && ip.tcp.flags.includes('ACK'))) },
  udp: { first: (ip) => ip.proto === 'udp' },
};

/** Follows one packet through a trace: where it was delivered or dropped, and the hops on the way. */
export function followPacket(trace: readonly TraceEvent[], follow: Follow): { outcome: PathOutcome; hops: Hop[]; endSeq: number } {
  let ipId: number | undefined;
  const hops: Hop[] = [];
  let outcome: PathOutcome | undefined;
  let endSeq = trace[trace.length - 1]?.seq ?? 0;
  const note = (node: string, code: string, dev?: string) => {
    const last = hops[hops.length - 1];
    if (!last || last.node !== node || last.code !== code) hops.push(dev ? { node, code, dev } : { node, code });
  };
  const matches = (frame: Frame | undefined) => {
    const ip = frame?.ip;
    if (!ip) return false;
    return ipId === undefined ? follow.first(ip) : ip.id === ipId;
  };

  let sent = follow.sendCode === undefined;
  for (const ev of trace) {
    if (!sent && ev.code === follow.sendCode && ev.node === follow.from) {
      sent = true;
      note(ev.node, ev.code);
      continue;
    }
    if (!sent) continue;
    const fromHere = ipId !== undefined || ev.node === follow.from;
    const mine = fromHere && (matches(ev.frame) || matches(ev.frameAfter));
    // An ARP request the provider refuses, or one never answered, stops the packet before it leaves.
    const blocksArp = !outcome && ((ev.code === 'provider.mac_rejected' && ev.frame?.type === 'arp') || ev.code === 'arp.failed');
    if (!mine && !blocksArp) continue;
    if (mine && ipId === undefined) ipId = (ev.frame?.ip ?? ev.frameAfter?.ip)?.id;
    // A bridge is named by its device (vmbr0), a bond's choice by the slave it sent on (eno2).
    const dev = ev.code.startsWith('fdb.') ? ev.dev : ev.code === 'bond.tx' ? ev.port : undefined;
    if (HOP_CODES.has(ev.code) || blocksArp) note(ev.node, ev.code, dev);
    if (outcome) continue;
    if (ev.code === 'deliver') outcome = { result: 'delivered', at: ev.node };
    else if (DROP_CODES.has(ev.code) || blocksArp) outcome = { result: 'dropped', at: ev.node };
    if (outcome) endSeq = ev.seq;
  }
  // A packet that was never delivered nor explicitly dropped is lost where it was last seen.
  outcome ??= { result: 'dropped', at: hops[hops.length - 1]?.node ?? follow.from };
  return { outcome, hops, endSeq };
}

/** Reads the probe's fate (and, once delivered, its answer's) from a trace. */
export function probeFate(trace: readonly TraceEvent[], packet: Packet): Omit<ProbeResult, 'answered' | 'slaves'> {
  const request = followPacket(trace, { from: packet.from, ...REQUEST[packet.kind] });
  if (request.outcome.result !== 'delivered') return { outcome: request.outcome, hops: request.hops, replyHops: [] };
  const at = request.outcome.at;
  const after = trace.filter((ev) => ev.seq > request.endSeq);
  const spec = { ...REPLY[packet.kind] };
  // A TCP answer is a SYN-ACK or a RST; the trace says which, at the node that got the SYN.
  if (packet.kind === 'tcp') {
    const answer = after.find((ev) => ev.node === at && (ev.code === 'tcp.rst' || ev.code === 'tcp.syn_ack'));
    if (answer) spec.sendCode = answer.code;
  }
  const reply = followPacket(after, { from: at, ...spec });
  return { outcome: request.outcome, hops: request.hops, replyHops: reply.hops.length > 1 || reply.outcome.result === 'delivered' ? reply.hops : [] };
}

/** The bond slave each request probe left the Proxmox host on, in order (the host's `bond.tx` events). */
export function bondSlaves(trace: readonly TraceEvent[], packet: Packet): string[] {
  const isRequest = REQUEST[packet.kind].first;
  return trace.filter((ev) => ev.code === 'bond.tx' && ev.node === 'pve' && ev.frame?.ip && isRequest(ev.frame.ip)).map((ev) => String(ev.port));
}

/** Runs the probe in `world` until the simulation is idle (or for the world's fixed time). */
export function runProbe(world: World, packet: Packet): ProbeResult {
  const { sim } = world;
  const before = sim.trace.length;
  const count = packet.count ?? 1;
  let answered: () => boolean;
  if (packet.kind === 'ping') {
    const h = sim.ping(packet.from, packet.to, { count });
    answered = () => h.received > 0;
  } else if (packet.kind === 'tcp') {
    // Distinct source ports: separate connections, as parallel transfers would open.
    const hs = Array.from({ length: count }, (_, i) => sim.tcpConnect(packet.from, packet.to, packet.port ?? 80, count > 1 ? { srcPort: 40000 + i } : {}));
    answered = () => hs.some((h) => h.outcome === 'established' || h.outcome === 'refused');
  } else {
    const h = sim.udpSend(packet.from, packet.to, packet.port ?? 53);
    answered = () => h.outcome === 'replied';
  }
  // ping sends one echo request a second, like ping(8).
  if (world.runMs !== undefined) sim.advance(world.runMs + (packet.kind === 'ping' ? count * 1000 : 0));
  else sim.runUntilIdle({ maxEvents: 50_000 });
  const trace = sim.trace.slice(before);
  const fate = probeFate(trace, packet);
  const slaves = bondSlaves(trace, packet);
  if (slaves.length === 0) return { ...fate, answered: answered(), slaves };
  const links = new Set(slaves).size > 1 ? 'both' : 'one';
  return { ...fate, outcome: { ...fate.outcome, links }, answered: answered(), slaves };
}
