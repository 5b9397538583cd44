/**
 * The goals of each lab page, by the page's slug (the key its widget saves met goals under in the
 * progress store). Build-time only: the course map counts "2 of 4" against these, and importing the
 * lab definitions into a browser script would ship the kernel with the home page.
 */
import bridge from '../../content/labs/bridge.yaml?lab';
import nat from '../../content/labs/nat-site.yaml?lab';
import routed from '../../content/labs/routed.yaml?lab';
import { BOND_GOAL_IDS } from '../widgets/labs/bond/bond-goals.ts';
import { OFFICE_GOAL_IDS } from '../widgets/labs/small-office/office-goals.ts';
import { RVN_GOAL_IDS } from '../widgets/labs/routed-vs-nat/rvn-goals.ts';

const ids = (goals: ReadonlyArray<{ id?: string | undefined }>) => [...new Set(goals.flatMap((g) => (g.id !== undefined ? [g.id] : [])))];

/**
 * Every goal of the lab over all its variants (a routed-lab goal met in either set-up counts).
 * The mode map and the playground are explorations without goals.
 */
export const LAB_GOALS: Record<string, readonly string[]> = {
  bridge: ids(bridge.lab.goals ?? []),
  routed: ids(routed.lab.goals ?? []),
  nat: ids(nat.lab.goals ?? []),
  'routed-vs-nat': RVN_GOAL_IDS,
  bond: BOND_GOAL_IDS,
  'small-office': OFFICE_GOAL_IDS,
};
