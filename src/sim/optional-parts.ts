/**
 * Parts of the kernel that most worlds never use: bonding (with LACP on switches) and STP. They are
 * looked up here instead of being imported by the host, bridge and switch, so that a widget whose
 * worlds have no bond, no LACP switch and no STP (the bridge, routed and NAT labs) does not ship
 * their code to the reader. `install-optional.ts` fills this in; `index.ts` imports it, so Node
 * code, tests and every widget that imports `index.ts` get the whole kernel.
 */
import type { Bond } from './bond.ts';
import type { LacpPort } from './lacp.ts';
import type { Stp } from './stp.ts';

export interface OptionalParts {
  Bond?: typeof Bond;
  Stp?: typeof Stp;
  LacpPort?: typeof LacpPort;
}

export const optionalParts: OptionalParts = {};

/** The part, or a clear error naming what the world asked for and how to include it. */
export function needPart<K extends keyof OptionalParts>(name: K, usedFor: string): NonNullable<OptionalParts[K]> {
  const part = optionalParts[name];
  if (!part) {
    throw new Error(`${usedFor} needs ${name}, which this build of the kernel leaves out: import src/sim/index.ts (not core.ts)`);
  }
  return part as NonNullable<OptionalParts[K]>;
}
