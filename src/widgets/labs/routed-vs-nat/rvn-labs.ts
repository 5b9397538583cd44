/**
 * The two halves of the comparison: the routed lab's "routed" variant and the NAT lab, with
 * the same reader actions on both (guest -> internet ping, internet -> guest SSH).
 */
import type { LabDefinition } from '../../core/lab-model.ts';
import { rvnText as T } from '../../i18n/labs/routed-vs-nat.ts';
import { natLab, NAT_ADDR } from '../nat/nat-lab.ts';
import { buildRouted, routedLab, ROUTED_ADDR } from '../routed/routed-lab.ts';

export const RVN_TARGETS = {
  routed: `${ROUTED_ADDR.routedGuest}:22`,
  nat: `${NAT_ADDR.hostPublic}:${NAT_ADDR.forwardPort}`,
};

export const rvnRouted: LabDefinition = {
  ...routedLab,
  id: 'rvn-routed',
  title: T.routedTitle,
  variants: [],
  build: () => buildRouted('routed'),
  goals: [],
  tableTabs: ['routes', 'neigh', 'fdb'],
  initialTab: 'routes',
  actions: [
    { id: 'out', label: T.actions.out, run: (w) => ({ handle: w.sim.ping('vm100', ROUTED_ADDR.inet, { count: 1 }) }) },
    { id: 'in', label: T.actions.in, run: (w) => ({ handle: w.sim.tcpConnect('inet', ROUTED_ADDR.routedGuest, 22) }) },
  ],
};

export const rvnNat: LabDefinition = {
  ...natLab,
  id: 'rvn-nat',
  title: T.natTitle,
  goals: [],
  tableTabs: ['conntrack', 'routes', 'neigh', 'fdb'],
  initialTab: 'conntrack',
  actions: [
    { id: 'out', label: T.actions.out, run: (w) => ({ handle: w.sim.ping('vm100', NAT_ADDR.inet, { count: 1 }) }) },
    { id: 'in', label: T.actions.in, run: (w) => ({ handle: w.sim.tcpConnect('inet', NAT_ADDR.hostPublic, NAT_ADDR.forwardPort) }) },
    natLab.actions.find((a) => a.id === 'forward')!,
  ],
};
