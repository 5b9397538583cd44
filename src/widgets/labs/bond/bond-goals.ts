/** The bond lab's goals, each reached only by what the kernel did in one of the reader's experiments. */
import type { Evidence, EvidenceGoal } from './evidence.ts';
import { lacpFellBack, lacpSpread, survivedPull } from './outcomes.ts';

export const BOND_GOAL_IDS = ['spread', 'failover', 'fallback', 'miimon'] as const;
export type BondGoalId = (typeof BOND_GOAL_IDS)[number];

/** A goal one experiment can show on its own. */
export function single(test: (e: Evidence) => boolean): EvidenceGoal['witness'] {
  return (evidence) => {
    const hit = evidence.find(test);
    return hit ? [hit] : undefined;
  };
}

/** Two pulls of the active cable in active-backup: the one with the slower miimon left the longer gap. */
function slowerMiimonLongerGap(evidence: readonly Evidence[]): Evidence[] | undefined {
  const pulls = evidence.filter(survivedPull);
  for (const fast of pulls) {
    for (const slow of pulls) {
      const f = fast.change;
      const s = slow.change;
      if (f.bondAfter && s.bondAfter && f.bondAfter.miimonMs < s.bondAfter.miimonMs && f.gapMs < s.gapMs) return [fast, slow];
    }
  }
  return undefined;
}

export const BOND_GOALS: ReadonlyArray<EvidenceGoal & { id: BondGoalId }> = [
  { id: 'spread', witness: single((e) => lacpSpread(e) && e.dist.bond?.xmitHashPolicy === 'layer3+4') },
  { id: 'failover', witness: single(survivedPull) },
  { id: 'fallback', witness: single(lacpFellBack) },
  { id: 'miimon', witness: slowerMiimonLongerGap },
];
