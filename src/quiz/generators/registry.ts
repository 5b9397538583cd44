/** Every question generator, in course order: the ids a teacher can assign besides the practice bank. */
import { bondCablePulled } from './kinds/bond-cable-pulled.ts';
import { bondLinkLayer2, bondLinkLayer23, bondLinkLayer34 } from './kinds/bond-link.ts';
import { bondSpread } from './kinds/bond-spread.ts';
import { bridgeFdbPort } from './kinds/bridge-fdb-port.ts';
import { bridgeGateway } from './kinds/bridge-gateway.ts';
import { bridgeMacSeen } from './kinds/bridge-mac-seen.ts';
import { bridgeReach } from './kinds/bridge-reach.ts';
import { natConntrack } from './kinds/nat-conntrack.ts';
import { natMissingLine } from './kinds/nat-missing-line.ts';
import { natPortForward } from './kinds/nat-port-forward.ts';
import { natSourceSeen } from './kinds/nat-source-seen.ts';
import { natVmSees } from './kinds/nat-vm-sees.ts';
import { routedBridgedMac } from './kinds/routed-bridged-mac.ts';
import { routedInbound } from './kinds/routed-inbound.ts';
import { routedSourceSeen } from './kinds/routed-source-seen.ts';
import { routedTtl } from './kinds/routed-ttl.ts';
import { rvnInbound } from './kinds/rvn-inbound.ts';
import { rvnSecondVm } from './kinds/rvn-second-vm.ts';
import { rvnSourceSeen } from './kinds/rvn-source-seen.ts';
import type { Generator } from './types.ts';

export const GENERATORS: readonly Generator[] = [
  bridgeReach,
  bridgeFdbPort,
  bridgeMacSeen,
  bridgeGateway,
  routedSourceSeen,
  routedBridgedMac,
  routedInbound,
  routedTtl,
  natSourceSeen,
  natVmSees,
  natPortForward,
  natConntrack,
  natMissingLine,
  rvnSourceSeen,
  rvnInbound,
  rvnSecondVm,
  bondCablePulled,
  bondLinkLayer2,
  bondLinkLayer23,
  bondLinkLayer34,
  bondSpread,
];

const BY_ID = new Map(GENERATORS.map((g) => [g.id, g]));

export function generatorById(id: string): Generator | undefined {
  return BY_ID.get(id);
}

export function isGeneratorId(id: string): boolean {
  return BY_ID.has(id);
}
