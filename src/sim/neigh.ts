/**
 * The neighbour (ARP) table of one host.
 *
 * Linux behaviour kept: an unresolved neighbour queues packets and broadcasts who-has; after
 * mcast_solicit (3) requests one second apart without answer it is FAILED and the queued packets
 * are dropped (forwarded ones get ICMP host unreachable). A request for one of our addresses
 * creates a STALE entry for its sender; the reply to our own request makes an entry REACHABLE;
 * other ARP traffic only refreshes entries that already exist (arp_accept=0). Simplified: REACHABLE turns STALE after 30 s without confirmation (Linux picks a
 * random time between 15 and 45 s) and a STALE entry is used as-is (no DELAY/PROBE re-check).
 */
import type { Ipv4, Mac } from './addr.ts';
import type { Ipv4Packet } from './frame.ts';
import { US_PER_S } from './kernel.ts';
import type { ScheduledEvent } from './scheduler.ts';

export type NeighState = 'INCOMPLETE' | 'REACHABLE' | 'STALE' | 'FAILED';

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
  updatedUs: number;
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

export const REACHABLE_US = 30 * US_PER_S;
export const ARP_RETRANS_US = 1 * US_PER_S;
/**
 * neigh locktime (1 s): for that long after an entry's MAC or state changed, an ARP reply naming
 * a different MAC is ignored, so when two hosts answer the same request (a duplicate address, two
 * proxy ARP routers) the first answer stays. Requests for our address and gratuitous ARP override.
 */
export const LOCKTIME_US = 1 * US_PER_S;
export const MCAST_SOLICIT = 3;
/** unres_qlen: Linux queues about 100 packets per unresolved neighbour. */
export const UNRES_QLEN = 101;

export class NeighTable {
  /** dev -> ip -> entry (nested so the per-packet lookup builds no key string). */
  private readonly byDev = new Map<string, Map<Ipv4, NeighEntry>>();

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
      e = { ip, dev, mac: undefined, state: 'INCOMPLETE', updatedUs: nowUs, changedUs: nowUs, probes: 0, queue: [], timer: undefined };
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

  stateAt(e: NeighEntry, nowUs: number): NeighState {
    if (e.state === 'REACHABLE' && nowUs - e.updatedUs >= REACHABLE_US) return 'STALE';
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
