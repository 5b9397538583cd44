/**
 * The two halves of the comparison: the routed lab's "routed" scenario and the NAT lab's
 * scenario, with the same reader actions on both (guest -> internet ping, internet -> guest SSH).
 * Only the scenario builders are imported, not the other labs' goals and text.
 */
import type { LabDefinition } from '../../core/lab-model.ts';
import { rvnText as T } from '../../i18n/labs/routed-vs-nat.ts';
import { addPortForward, buildNat, NAT_ADDR } from '../nat/nat-world.ts';
import { buildRouted, ROUTED_ADDR } from '../routed/routed-world.ts';

export const RVN_TARGETS = {
  routed: `${ROUTED_ADDR.routedGuest}:22`,
  nat: `${NAT_ADDR.hostPublic}:${NAT_ADDR.forwardPort}`,
};

export const rvnRouted: LabDefinition = {
  id: 'rvn-routed',
  title: T.routedTitle,
  build: () => buildRouted('routed'),
  goals: [],
  tableTabs: ['routes', 'neigh', 'fdb'],
  initialTab: 'routes',
  focus: { neigh: ['pve', 'gw'], routes: ['pve'] },
  actions: [
    { id: 'out', label: T.actions.out, run: (w) => ({ handle: w.sim.ping('vm100', ROUTED_ADDR.inet, { count: 1 }) }) },
    { id: 'in', label: T.actions.in, run: (w) => ({ handle: w.sim.tcpConnect('inet', ROUTED_ADDR.routedGuest, 22) }) },
  ],
};

export const rvnNat: LabDefinition = {
  id: 'rvn-nat',
  title: T.natTitle,
  build: buildNat,
  goals: [],
  tableTabs: ['conntrack', 'routes', 'neigh', 'fdb'],
  initialTab: 'conntrack',
  focus: { neigh: ['pve'], routes: ['pve'], fdb: ['pve'] },
  actions: [
    { id: 'out', label: T.actions.out, run: (w) => ({ handle: w.sim.ping('vm100', NAT_ADDR.inet, { count: 1 }) }) },
    { id: 'in', label: T.actions.in, run: (w) => ({ handle: w.sim.tcpConnect('inet', NAT_ADDR.hostPublic, NAT_ADDR.forwardPort) }) },
    { id: 'forward', label: T.actions.forward, enabled: (done) => !done.includes('forward'), run: addPortForward },
  ],
};
