/** Drawing a question's numbers from its seed: the kernel's own PRNG, so every engine agrees. */
import { createRng } from '../../sim/rng.ts';

export interface Draw {
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct integers from lo..hi. */
  distinct(count: number, lo: number, hi: number): number[];
  /** A Proxmox-style guest MAC (BC:24:11 is the prefix Proxmox VE gives new NICs). */
  mac(): string;
  chance(p: number): boolean;
  /** A fresh 32-bit number (seeds option order independently of the question's numbers). */
  seed(): number;
}

export function draw(seed: number): Draw {
  const rng = createRng(seed);
  const hex = () => rng.int(0, 255).toString(16).padStart(2, '0');
  return {
    int: (lo, hi) => rng.int(lo, hi),
    pick: (items) => items[rng.int(0, items.length - 1)]!,
    distinct(count, lo, hi) {
      const out = new Set<number>();
      while (out.size < count) out.add(rng.int(lo, hi));
      return [...out];
    },
    mac: () => `bc:24:11:${hex()}:${hex()}:${hex()}`,
    chance: (p) => rng.next() < p,
    seed: () => rng.int(0, 0xffffffff),
  };
}

export interface GuestNumbers {
  vmid: number;
  hostIp: string;
  vmIp: string;
  webIp: string;
}

/** A NAT question's numbers: the guest's id, the host's public address, the guest's private one, the web server. */
export function natNumbers(d: Draw): GuestNumbers {
  return { vmid: d.int(100, 199), hostIp: `198.51.100.${d.int(2, 250)}`, vmIp: `10.10.10.${d.int(2, 250)}`, webIp: `192.0.2.${d.int(10, 250)}` };
}

/** A routed question's numbers: the host's address in the provider's /29, the guest's in the routed 203.0.113.16/28. */
export function routedNumbers(d: Draw): GuestNumbers {
  return { vmid: d.int(100, 199), hostIp: `198.51.100.${d.int(2, 6)}`, vmIp: `203.0.113.${d.int(18, 30)}`, webIp: `192.0.2.${d.int(10, 250)}` };
}
