/** The routed lab: goals, actions and text on top of the scenario in routed-world.ts. */
import type { LabDefinition, LabWorld } from '../../core/lab-model.ts';
import { routedText as T } from '../../i18n/labs/routed.ts';
import { pingFrom, tcpFrom } from '../common.ts';
import { buildRouted, ROUTED_ADDR } from './routed-world.ts';

export { buildRouted, guestAddress, HOST_MAC, ROUTED_ADDR } from './routed-world.ts';

export const routedLab: LabDefinition = {
  id: 'routed',
  title: T.title,
  variants: [
    { id: 'bridged', label: T.variants.bridged },
    { id: 'routed', label: T.variants.routed },
  ],
  variantsLabel: T.variantsLabel,
  build: buildRouted,
  initialTab: 'fdb',
  tableTabs: ['fdb', 'neigh', 'routes'],
  focus: { neigh: ['pve', 'gw'], routes: ['pve', 'vm100'] },
  actions: [
    { id: 'ping-out', label: T.actions.pingOut, run: (w) => ({ handle: w.sim.ping('vm100', ROUTED_ADDR.inet, { count: 1 }) }) },
    { id: 'ping-in', label: T.actions.pingIn, run: (w) => ({ handle: w.sim.ping('inet', vmAddress(w), { count: 1 }) }) },
    { id: 'ssh', label: T.actions.ssh, run: (w) => ({ handle: w.sim.tcpConnect('inet', vmAddress(w), 22) }) },
    {
      id: 'proxy-off',
      label: T.actions.proxyOff,
      narration: T.actions.proxyOffNarration,
      variants: ['routed'],
      enabled: (done) => !done.includes('proxy-off'),
      run: (w) => {
        w.sim.host('pve').setSysctl('net.ipv4.conf.eno0.proxy_arp', 0);
      },
    },
  ],
  goals: [
    { id: 'rejected', ...T.goals.rejected, variants: ['bridged'], check: (run) => run.trace.some((e) => e.code === 'provider.mac_rejected') },
    { id: 'out', ...T.goals.out, variants: ['routed'], check: (run) => pingFrom(run, 'vm100', ROUTED_ADDR.inet).some((h) => h.outcome === 'ok') },
    { id: 'ssh', ...T.goals.ssh, variants: ['routed'], check: (run) => tcpFrom(run, 'inet', ROUTED_ADDR.routedGuest, 22).some((h) => h.outcome === 'established') },
    {
      id: 'proxy',
      ...T.goals.proxy,
      variants: ['routed'],
      check: (run) => {
        const off = run.actions.findIndex((a) => a.id === 'proxy-off');
        return off >= 0 && run.actions.slice(off).some((a) => a.handles.some((h) => h.host === 'inet' && h.outcome !== 'ok' && h.outcome !== 'established' && h.outcome !== 'pending'));
      },
    },
  ],
};

function vmAddress(w: LabWorld): string {
  return w.sim.host('pve').addresses.some((a) => a.dev === 'eno0') ? ROUTED_ADDR.routedGuest : ROUTED_ADDR.bridgedGuest;
}
