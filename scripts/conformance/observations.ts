/**
 * What both sides (real Linux and the simulation kernel) report for a scenario, in one normalised
 * shape so they can be compared line by line. MACs are replaced by the name of the interface that
 * owns them ("vm100:eth0"), so a table row reads the same whichever side produced it.
 */
import type { Scenario } from './scenario.ts';
import { isHost } from './scenario.ts';

export interface Observations {
  /** One row per step: "reachable 2/2 ttl=63", "established", "delivered", "refused" ... */
  steps: string[];
  /** Per step and watched interface: frames received during the step. */
  rx: Record<string, number>;
  /** "pve:vmbr0" -> sorted "vm100:eth0 on tap100i0" rows (learned entries only, never local ones). */
  fdb: Record<string, string[]>;
  /** "vm100" -> sorted "192.168.10.11 dev eth0 -> vm101:eth0" rows. */
  neigh: Record<string, string[]>;
  /** "pve" -> sorted "tcp zone 0 10.10.10.100:40000 > 198.51.100.20:80 | reply 198.51.100.20:80 > 198.51.100.5:=sport". */
  conntrack: Record<string, string[]>;
}

/**
 * The text a UDP step sends: unique per step and run, and of the same length on both sides (the pid
 * padded to 7 digits), so the bytes `iptables -v` counts agree.
 */
export function udpToken(step: number, pid: number): string {
  return `nmc-step-${step}-${String(pid).padStart(7, '0')}`;
}

export function emptyObservations(): Observations {
  return { steps: [], rx: {}, fdb: {}, neigh: {}, conntrack: {} };
}

/** mac -> "node:ifname" for every interface and bridge the scenario defines. */
export function macOwners(s: Scenario): Map<string, string> {
  const owners = new Map<string, string>();
  for (const n of s.conformance.nodes) {
    if (!isHost(n)) continue;
    for (const nic of n.nics) owners.set(nic.mac, `${n.id}:${nic.name}`);
    for (const br of n.bridges) owners.set(br.mac, `${n.id}:${br.name}`);
  }
  return owners;
}

export function ownerOf(owners: Map<string, string>, mac: string): string {
  return owners.get(mac.toLowerCase()) ?? mac.toLowerCase();
}

export interface CtTuple {
  src: string;
  dst: string;
  sport?: number;
  dport?: number;
}

export interface CtRow {
  proto: string;
  zone: number;
  orig: CtTuple;
  reply: CtTuple;
  /** No packet seen in the reply direction yet (conntrack's [UNREPLIED]). */
  unreplied: boolean;
}

/**
 * Conntrack rows written so that what is arbitrary on each side (ICMP echo ids, which free port
 * NAT picks after a collision) compares as a relation, not as a number: a reply port equal to the
 * original port reads "=sport"/"=dport", a different one reads "remapped".
 */
export function formatCt(row: CtRow): string {
  const o = row.orig;
  const r = row.reply;
  const seen = row.unreplied ? ' [unreplied]' : '';
  if (row.proto === 'icmp') {
    return `icmp zone ${row.zone} ${o.src} > ${o.dst} | reply ${r.src} > ${r.dst} id ${o.sport === r.sport ? 'kept' : 'remapped'}${seen}`;
  }
  const rDport = r.dport === o.sport ? '=sport' : 'remapped';
  const rSport = r.sport === o.dport ? '=dport' : String(r.sport);
  return `${row.proto} zone ${row.zone} ${o.src}:${o.sport} > ${o.dst}:${o.dport} | reply ${r.src}:${rSport} > ${r.dst}:${rDport}${seen}`;
}
