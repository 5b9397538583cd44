/**
 * Connection tracking with NAT, as netfilter does it: the first packet of a flow creates an entry
 * with an original tuple and the expected reply tuple; NAT rules run only for that first packet
 * and edit the reply tuple; every later packet (either direction) is rewritten from the entry.
 *
 * Timeouts follow the Linux defaults: TCP SYN_SENT 120 s, SYN_RECV 60 s, ESTABLISHED 5 days,
 * CLOSE 10 s; UDP 30 s, and 120 s (ASSURED "stream") only once a packet passes more than 2 s after
 * the first while a reply has been seen (a single query and answer stays at 30 s); ICMP 30 s.
 * ASSURED as Linux sets it: TCP when the handshake's final ACK is seen, UDP when it becomes a
 * stream, never for ICMP.
 * Source ports are kept unless the translated tuple is already used by another entry; then a
 * free port of the same class (1024-65535 for ports >= 1024) is picked starting from a seeded
 * random offset, as recent kernels do. Simplified: no TCP window tracking (so no INVALID TCP),
 * no helpers. ICMP errors are not flows of their own: packet-filter.ts marks one RELATED when its
 * quoted header matches an entry (and translates it back for SNAT/MASQUERADE), INVALID otherwise.
 */
import type { Ipv4Packet, IpProto } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_S } from './kernel.ts';
import type { ScheduledEvent } from './scheduler.ts';

export interface CtTuple {
  proto: IpProto;
  src: string;
  dst: string;
  /** TCP/UDP ports; for ICMP echo both carry the echo identifier. */
  sport: number;
  dport: number;
}

export type CtNatKind = 'snat' | 'masquerade' | 'dnat';
export type TcpCtState = 'SYN_SENT' | 'SYN_RECV' | 'ESTABLISHED' | 'CLOSE';

export interface CtEntry {
  id: number;
  zone: number;
  orig: CtTuple;
  reply: CtTuple;
  seenReply: boolean;
  /** conntrack's [ASSURED]: see the module comment for when Linux sets it. */
  assured: boolean;
  /** When a replied UDP flow counts as a stream (nf_conntrack_udp's stream_ts: first packet + 2 s). */
  streamUs: number;
  tcpState: TcpCtState | undefined;
  nat: CtNatKind[];
  /** The device MASQUERADE took the address from (Linux's masq_index), for the clean-up when it goes. */
  masqDev?: string;
  confirmed: boolean;
  expiresUs: number;
  timer: ScheduledEvent | undefined;
}

export interface CtSnapshot {
  id: number;
  proto: IpProto;
  zone: number;
  orig: CtTuple;
  reply: CtTuple;
  state: 'NEW' | 'ESTABLISHED';
  tcpState?: TcpCtState;
  timeoutS: number;
  nat: CtNatKind[];
  assured: boolean;
}

export type CtDirection = 'original' | 'reply';

const TCP_TIMEOUT_S: Record<TcpCtState, number> = { SYN_SENT: 120, SYN_RECV: 60, ESTABLISHED: 432_000, CLOSE: 10 };
const UDP_STREAM_AFTER_US = 2 * US_PER_S;

export function tupleOf(p: Ipv4Packet): CtTuple {
  if (p.tcp) return { proto: 'tcp', src: p.src, dst: p.dst, sport: p.tcp.sport, dport: p.tcp.dport };
  if (p.udp) return { proto: 'udp', src: p.src, dst: p.dst, sport: p.udp.sport, dport: p.udp.dport };
  const id = p.icmp?.id ?? 0;
  return { proto: 'icmp', src: p.src, dst: p.dst, sport: id, dport: id };
}

export function invert(t: CtTuple): CtTuple {
  return { proto: t.proto, src: t.dst, dst: t.src, sport: t.dport, dport: t.sport };
}

const tkey = (zone: number, t: CtTuple): string => `${zone}|${t.proto}|${t.src}|${t.sport}|${t.dst}|${t.dport}`;

/** Whether conntrack tracks this packet at all (ICMP errors are not modelled as their own flows). */
export function trackable(p: Ipv4Packet): boolean {
  if (p.icmp) return p.icmp.kind === 'echo-request' || p.icmp.kind === 'echo-reply';
  return p.tcp !== undefined || p.udp !== undefined;
}

/** Whether a packet without an entry may start one: an echo reply cannot (Linux marks it INVALID). */
export function canStartFlow(p: Ipv4Packet): boolean {
  return !(p.icmp && p.icmp.kind === 'echo-reply');
}

export class Conntrack {
  private readonly table = new Map<string, { entry: CtEntry; dir: CtDirection }>();
  private readonly all = new Map<number, CtEntry>();
  private nextId = 1;

  private readonly k: Kernel;

  private readonly node: string;

  constructor(k: Kernel, node: string) {
    this.k = k;
    this.node = node;
  }

  lookup(zone: number, p: Ipv4Packet): { entry: CtEntry; dir: CtDirection } | undefined {
    return this.table.get(tkey(zone, tupleOf(p)));
  }

  lookupTuple(zone: number, t: CtTuple): { entry: CtEntry; dir: CtDirection } | undefined {
    return this.table.get(tkey(zone, t));
  }

  /** A new, not yet confirmed entry for the first packet of a flow. */
  create(zone: number, p: Ipv4Packet): CtEntry {
    const orig = tupleOf(p);
    return {
      id: this.nextId++,
      zone,
      orig,
      reply: invert(orig),
      seenReply: false,
      assured: false,
      streamUs: this.k.nowUs() + UDP_STREAM_AFTER_US,
      tcpState: p.tcp ? 'SYN_SENT' : undefined,
      nat: [],
      confirmed: false,
      expiresUs: 0,
      timer: undefined,
    };
  }

  /** Whether a reply tuple is already taken (another connection would receive its packets). */
  replyTupleInUse(zone: number, reply: CtTuple): boolean {
    return this.table.has(tkey(zone, reply));
  }

  /** Picks a free source port for a translated flow, keeping the original if it is free. */
  pickPort(zone: number, reply: CtTuple, range?: [number, number]): number {
    const want = reply.dport;
    const inRange = !range || (want >= range[0] && want <= range[1]);
    if (inRange && !this.replyTupleInUse(zone, reply)) return want;
    const [lo, hi] = range ?? (want < 512 ? [1, 511] : want < 1024 ? [600, 1023] : [1024, 65535]);
    const span = hi - lo + 1;
    const offset = this.k.rng.int(0, span - 1);
    for (let i = 0; i < span; i++) {
      const port = lo + ((offset + i) % span);
      if (!this.replyTupleInUse(zone, { ...reply, dport: port })) return port;
    }
    return want;
  }

  confirm(e: CtEntry): void {
    e.confirmed = true;
    this.all.set(e.id, e);
    this.table.set(tkey(e.zone, e.orig), { entry: e, dir: 'original' });
    this.table.set(tkey(e.zone, e.reply), { entry: e, dir: 'reply' });
    this.refresh(e);
  }

  /**
   * Updates state for a packet of a confirmed entry: 'established' when it just saw its first
   * reply, 'killed' when that first reply is a TCP RST (Linux deletes such an entry at once:
   * "if only reply is a RST, we can consider ourselves not to have an established connection").
   */
  see(e: CtEntry, dir: CtDirection, p: Ipv4Packet): 'established' | 'killed' | undefined {
    if (p.tcp && dir === 'reply' && !e.seenReply && p.tcp.flags.includes('RST')) {
      this.remove(e);
      this.k.emit('ct.expire', this.node, { params: { id: e.id, proto: e.orig.proto, src: e.orig.src, dst: e.orig.dst, zone: e.zone, reason: 'rst_before_reply' } });
      return 'killed';
    }
    let becameEstablished = false;
    if (dir === 'reply' && !e.seenReply) {
      e.seenReply = true;
      becameEstablished = true;
    }
    if (p.tcp) {
      const f = p.tcp.flags;
      if (f.includes('RST')) e.tcpState = 'CLOSE';
      else if (dir === 'reply' && f.includes('SYN') && f.includes('ACK')) e.tcpState = 'SYN_RECV';
      else if (dir === 'original' && f.includes('ACK') && e.tcpState === 'SYN_RECV') {
        e.tcpState = 'ESTABLISHED';
        e.assured = true;
      }
    }
    if (p.udp && e.seenReply && this.k.nowUs() > e.streamUs) e.assured = true;
    this.refresh(e);
    return becameEstablished ? 'established' : undefined;
  }

  timeoutS(e: CtEntry): number {
    if (e.orig.proto === 'tcp') return TCP_TIMEOUT_S[e.tcpState ?? 'SYN_SENT'];
    if (e.orig.proto === 'udp') return e.assured ? 120 : 30;
    return 30;
  }

  private refresh(e: CtEntry): void {
    e.expiresUs = this.k.nowUs() + this.timeoutS(e) * US_PER_S;
    if (e.timer) this.k.cancel(e.timer);
    e.timer = this.k.schedule(e.expiresUs - this.k.nowUs(), this.node, 'ct.timeout', () => this.expire(e), true);
  }

  private remove(e: CtEntry): void {
    if (e.timer) this.k.cancel(e.timer);
    e.timer = undefined;
    this.all.delete(e.id);
    this.table.delete(tkey(e.zone, e.orig));
    this.table.delete(tkey(e.zone, e.reply));
  }

  /**
   * An address was removed from dev: Linux deletes every connection MASQUERADE translated to it out
   * of that device (nf_nat_masquerade's inetaddr notifier), so the next packet of such a flow starts
   * a new entry that picks the device's current address. SNAT entries stay.
   */
  forgetMasquerade(dev: string, ip: string): void {
    for (const e of [...this.all.values()]) {
      if (e.masqDev !== dev || e.reply.dst !== ip) continue;
      // Not traced: like adding or removing an address, this happens between runs of traffic (an
      // admin's change), and the snapshot shows the entry gone.
      this.remove(e);
    }
  }

  private expire(e: CtEntry): void {
    this.remove(e);
    this.k.emit('ct.expire', this.node, { params: { id: e.id, proto: e.orig.proto, src: e.orig.src, dst: e.orig.dst, zone: e.zone } });
  }

  snapshot(): CtSnapshot[] {
    const now = this.k.nowUs();
    return [...this.all.values()].map((e) => {
      const row: CtSnapshot = {
        id: e.id,
        proto: e.orig.proto,
        zone: e.zone,
        orig: { ...e.orig },
        reply: { ...e.reply },
        state: e.seenReply ? 'ESTABLISHED' : 'NEW',
        timeoutS: Math.max(0, Math.ceil((e.expiresUs - now) / US_PER_S)),
        nat: [...e.nat],
        assured: e.assured,
      };
      if (e.tcpState) row.tcpState = e.tcpState;
      return row;
    });
  }
}
