/** The small office's goals, each reached only by what the kernel did under the picture. */
import type { EvidenceGoal } from '../bond/evidence.ts';
import { single } from '../bond/bond-goals.ts';
import { lacpSpread, returnedToPlugged, survivedPull } from '../bond/outcomes.ts';

export const OFFICE_GOAL_IDS = ['failover', 'back', 'lacp'] as const;
export type OfficeGoalId = (typeof OFFICE_GOAL_IDS)[number];

export const OFFICE_GOALS: ReadonlyArray<EvidenceGoal & { id: OfficeGoalId }> = [
  { id: 'failover', witness: single(survivedPull) },
  { id: 'back', witness: single(returnedToPlugged) },
  { id: 'lacp', witness: single(lacpSpread) },
];
