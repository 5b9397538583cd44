/**
 * Traffic generators and their results: ping, TCP connect, UDP send. A handle is returned at
 * once; its fields fill in as the simulation runs. There is no retransmission model: a TCP
 * connect that gets no answer within its timeout is 'timeout'.
 */
import type { Ipv4 } from './addr.ts';

export type PingOutcome = 'pending' | 'ok' | 'partial' | 'timeout' | 'unreachable' | 'ttl_exceeded' | 'no_route';

export interface PingOptions {
  count?: number;
  ttl?: number;
  intervalMs?: number;
  /** How long to wait for the last reply (default 2000 ms). */
  timeoutMs?: number;
  /** Source address to use (like ping -I ADDR). */
  src?: Ipv4;
}

export class PingHandle {
  readonly kind = 'ping';
  sent = 0;
  received = 0;
  readonly rtts: number[] = [];
  /** Per sequence number: 'reply', or the ICMP error / local error that came back. */
  /** `code` is the ICMP code of a destination-unreachable error (0 net, 1 host, 3 port, ...). */
  readonly results: Array<{ seq: number; result: 'reply' | 'unreachable' | 'ttl_exceeded' | 'no_route' | 'lost'; from?: Ipv4; rttMs?: number; code?: number }> = [];
  done = false;
  readonly sentAtUs = new Map<number, number>();
  errors = { unreachable: 0, ttlExceeded: 0, noRoute: 0 };

  readonly host: string;

  readonly dst: Ipv4;

  readonly count: number;

  readonly icmpId: number;

  constructor(host: string, dst: Ipv4, count: number, icmpId: number) {
    this.host = host;
    this.dst = dst;
    this.count = count;
    this.icmpId = icmpId;
  }

  get lossPct(): number {
    return this.sent === 0 ? 100 : Math.round(((this.sent - this.received) / this.sent) * 1000) / 10;
  }

  get outcome(): PingOutcome {
    if (!this.done && this.sent < this.count) return 'pending';
    if (this.received === this.sent && this.sent > 0) return 'ok';
    if (this.received > 0) return 'partial';
    if (!this.done) return 'pending';
    if (this.errors.noRoute > 0) return 'no_route';
    if (this.errors.ttlExceeded > 0) return 'ttl_exceeded';
    if (this.errors.unreachable > 0) return 'unreachable';
    return 'timeout';
  }

  toJSON(): object {
    return { kind: this.kind, host: this.host, dst: this.dst, count: this.count, sent: this.sent, received: this.received, lossPct: this.lossPct, rtts: this.rtts, outcome: this.outcome, results: this.results };
  }
}

export type TcpOutcome = 'pending' | 'established' | 'refused' | 'timeout' | 'unreachable';

export interface TcpOptions {
  srcPort?: number;
  timeoutMs?: number;
  ttl?: number;
  src?: Ipv4;
}

export class TcpHandle {
  readonly kind = 'tcp';
  outcome: TcpOutcome = 'pending';
  /** Address and port the server saw (after any NAT) once established. */
  seenBy: { host: string; src: Ipv4; sport: number } | undefined;
  rttMs: number | undefined;

  readonly host: string;

  readonly dst: Ipv4;

  readonly dport: number;

  readonly sport: number;

  readonly startedUs: number;

  constructor(host: string, dst: Ipv4, dport: number, sport: number, startedUs: number) {
    this.host = host;
    this.dst = dst;
    this.dport = dport;
    this.sport = sport;
    this.startedUs = startedUs;
  }

  toJSON(): object {
    return { kind: this.kind, host: this.host, dst: this.dst, dport: this.dport, sport: this.sport, outcome: this.outcome, seenBy: this.seenBy ?? null, rttMs: this.rttMs ?? null };
  }
}

export type UdpOutcome = 'pending' | 'delivered' | 'replied' | 'port_unreachable' | 'unreachable' | 'lost';

export interface UdpOptions {
  srcPort?: number;
  payload?: string;
  timeoutMs?: number;
  ttl?: number;
  src?: Ipv4;
}

export class UdpHandle {
  readonly kind = 'udp';
  outcome: UdpOutcome = 'pending';
  seenBy: { host: string; src: Ipv4; sport: number } | undefined;

  readonly host: string;

  readonly dst: Ipv4;

  readonly dport: number;

  readonly sport: number;

  constructor(host: string, dst: Ipv4, dport: number, sport: number) {
    this.host = host;
    this.dst = dst;
    this.dport = dport;
    this.sport = sport;
  }

  toJSON(): object {
    return { kind: this.kind, host: this.host, dst: this.dst, dport: this.dport, sport: this.sport, outcome: this.outcome, seenBy: this.seenBy ?? null };
  }
}

export interface ListenOptions {
  /** UDP: answer every datagram back to its sender (so conntrack sees a reply). */
  echo?: boolean;
}
