/**
 * The neighbour (ARP) table of one host and its reachability states (NUD), as net/core/neighbour.c
 * keeps them, with Linux's defaults and the per-interface sysctls of ip-sysctl.rst
 * (net.ipv4.neigh.IF.* falling back to net.ipv4.neigh.default.*, see NeighParams).
 *
 * - INCOMPLETE: unresolved; packets queue (unres_qlen) and `mcast_solicit` (3) broadcast who-has
 *   go out `retrans_time_ms` (1 s) apart; then FAILED and the queued packets are dropped (forwarded
 *   ones get ICMP host unreachable) (__neigh_event_send, neigh_timer_handler, neigh_invalidate).
 * - REACHABLE: confirmed by a unicast ARP reply; after `base_reachable_time_ms` (30 s) without a
 *   new confirmation it turns STALE (neigh_timer_handler).
 * - STALE: created by someone else's ARP request for one of our addresses (neigh_event_ns) or by a
 *   changed MAC; still used. The first packet sent through it moves it to DELAY (__neigh_event_send).
 * - DELAY: packets go to the known MAC; after `delay_first_probe_time` (5 s) without confirmation
 *   it becomes PROBE (neigh_timer_handler).
 * - PROBE: `ucast_solicit` (3) unicast who-has to the known MAC, then `mcast_resolicit` (0)
 *   broadcast ones, `retrans_time_ms` apart (arp_solicit); a unicast reply makes it REACHABLE,
 *   silence FAILED (neigh_max_probes).
 * Updates follow __neigh_update: a unicast reply confirms (REACHABLE), a request or broadcast reply
 * only says STALE, and a STALE update with the MAC we already have leaves the state alone.
 *
 * Simplified: Linux draws the reachable time at random between 0.5 and 1.5 x base_reachable_time
 * (neigh_rand_reach_time); the kernel takes base_reachable_time itself, so runs stay deterministic.
 * An entry still in use when its reachable time ends goes STALE (Linux goes straight to DELAY when it
 * was used within delay_first_probe_time): the next packet moves it to DELAY, so the probe comes at
 * most one packet later. No upper-layer confirmations (TCP's dst_confirm), no app_solicit, no GC.
 */
import type { Ipv4, Mac } from './addr.ts';
import type { Ipv4Packet } from './frame.ts';
import { US_PER_MS, US_PER_S } from './kernel.ts';
import type { ScheduledEvent } from './scheduler.ts';

export type NeighState = 'INCOMPLETE' | 'REACHABLE' | 'STALE' | 'DELAY' | 'PROBE' | 'FAILED';

/** States with a usable MAC (Linux's NUD_VALID without NOARP/PERMANENT). */
export const VALID_STATES: ReadonlySet<NeighState> = new Set(['REACHABLE', 'STALE', 'DELAY', 'PROBE']);

export interface QueuedPacket {
  packet: Ipv4Packet;
  frameId: number;
  /** Set when this host was forwarding the packet (it then owes the sender an ICMP error). */
  forwarded: boolean;
}

export interface NeighEntry {
  ip: Ipv4;
  dev: string;
  mac: Mac | undefined;
  state: NeighState;
  /** Last confirmation of reachability (Linux's neigh->confirmed): REACHABLE lasts from here. */
  confirmedUs: number;
  /** When the MAC or state last changed (Linux's neigh->updated), for locktime. */
  changedUs: number;
  probes: number;
  queue: QueuedPacket[];
  timer: ScheduledEvent | undefined;
}

export interface NeighSnapshot {
  ip: Ipv4;
  mac: Mac | null;
  dev: string;
  state: NeighState;
}

/** The neigh/IF sysctls the state machine reads, in microseconds and counts. */
export interface NeighParams {
  reachableUs: number;
  delayProbeUs: number;
  retransUs: number;
  ucastSolicit: number;
  mcastSolicit: number;
  mcastResolicit: number;
}

/**
 * Linux's defaults (Documentation/networking/ip-sysctl.rst, net/ipv4/arp.c arp_tbl): the sysctl
 * names they are read from, with the unit each one is written in.
 */
export const NEIGH_SYSCTLS = {
  base_reachable_time_ms: 30_000,
  delay_first_probe_time: 5,
  retrans_time_ms: 1_000,
  ucast_solicit: 3,
  mcast_solicit: 3,
  mcast_resolicit: 0,
} as const;
export type NeighSysctl = keyof typeof NEIGH_SYSCTLS;

/** Reads NeighParams through `value(name)` (the IF value, else default, else Linux's default). */
export function neighParams(value: (name: NeighSysctl | 'base_reachable_time' | 'retrans_time') => number | undefined): NeighParams {
  const seconds = value('base_reachable_time');
  // retrans_time (without _ms) is in USER_HZ, i.e. centiseconds.
  const cs = value('retrans_time');
  return {
    reachableUs: (value('base_reachable_time_ms') ?? (seconds !== undefined ? seconds * 1000 : NEIGH_SYSCTLS.base_reachable_time_ms)) * US_PER_MS,
    delayProbeUs: (value('delay_first_probe_time') ?? NEIGH_SYSCTLS.delay_first_probe_time) * US_PER_S,
    // neigh_timer_handler never waits less than HZ/100 between probes.
    retransUs: Math.max(10, value('retrans_time_ms') ?? (cs !== undefined ? cs * 10 : NEIGH_SYSCTLS.retrans_time_ms)) * US_PER_MS,
    ucastSolicit: value('ucast_solicit') ?? NEIGH_SYSCTLS.ucast_solicit,
    mcastSolicit: value('mcast_solicit') ?? NEIGH_SYSCTLS.mcast_solicit,
    mcastResolicit: value('mcast_resolicit') ?? NEIGH_SYSCTLS.mcast_resolicit,
  };
}

/**
 * neigh locktime (1 s): for that long after an entry's MAC or state changed, an ARP reply naming
 * a different MAC is ignored, so when two hosts answer the same request (a duplicate address, two
 * proxy ARP routers) the first answer stays. Requests for our address and gratuitous ARP override.
 */
export const LOCKTIME_US = 1 * US_PER_S;
/** unres_qlen: Linux queues about 100 packets per unresolved neighbour. */
export const UNRES_QLEN = 101;

export class NeighTable {
  /** dev -> ip -> entry (nested so the per-packet lookup builds no key string). */
  private readonly byDev = new Map<string, Map<Ipv4, NeighEntry>>();

  /** reachable time per device (the only parameter the lazy REACHABLE -> STALE step needs). */
  private readonly reachableUs: (dev: string) => number;

  constructor(reachableUs: (dev: string) => number) {
    this.reachableUs = reachableUs;
  }

  get(dev: string, ip: Ipv4): NeighEntry | undefined {
    return this.byDev.get(dev)?.get(ip);
  }

  ensure(dev: string, ip: Ipv4, nowUs: number): NeighEntry {
    let m = this.byDev.get(dev);
    if (!m) {
      m = new Map();
      this.byDev.set(dev, m);
    }
    let e = m.get(ip);
    if (!e) {
      e = { ip, dev, mac: undefined, state: 'INCOMPLETE', confirmedUs: nowUs, changedUs: nowUs, probes: 0, queue: [], timer: undefined };
      m.set(ip, e);
    }
    return e;
  }

  /** Forgets every entry on dev (arp_ifdown when a device loses its last address). Returns them so their timers can be cancelled. */
  flushDev(dev: string): NeighEntry[] {
    const m = this.byDev.get(dev);
    this.byDev.delete(dev);
    return m ? [...m.values()] : [];
  }

  /**
   * Applies the REACHABLE -> STALE step that is due by now. Linux runs a timer for it; it changes
   * nothing on the wire, so the kernel applies it when the entry is next looked at.
   */
  settle(e: NeighEntry, nowUs: number): NeighState {
    if (e.state === 'REACHABLE') {
      const staleAt = e.confirmedUs + this.reachableUs(e.dev);
      if (nowUs >= staleAt) {
        e.state = 'STALE';
        e.changedUs = staleAt;
      }
    }
    return e.state;
  }

  stateAt(e: NeighEntry, nowUs: number): NeighState {
    if (e.state === 'REACHABLE' && nowUs >= e.confirmedUs + this.reachableUs(e.dev)) return 'STALE';
    return e.state;
  }

  entries(): NeighEntry[] {
    const out: NeighEntry[] = [];
    for (const m of this.byDev.values()) for (const e of m.values()) out.push(e);
    return out;
  }

  snapshot(nowUs: number): NeighSnapshot[] {
    return this.entries().map((e) => ({ ip: e.ip, mac: e.mac ?? null, dev: e.dev, state: this.stateAt(e, nowUs) }));
  }
}
