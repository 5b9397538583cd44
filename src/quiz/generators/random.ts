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
