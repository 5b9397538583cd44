/**
 * Bridge lab on the kernel: two guests and a laptop on one bridge (the Proxmox default
 * set-up), MAC learning and flooding, ageing after 300 s, and a second bridge that is a
 * separate switch.
 */
import { Sim } from '../../../sim/core.ts';
import { bridgeText as T } from '../../i18n/labs/bridge.ts';
import type { LabDefinition, LabRun, LabWorld } from '../../core/lab-model.ts';
import { pingFrom } from '../common.ts';

export const BRIDGE_ADDR = {
  host: '192.168.10.2/24',
  gateway: '192.168.10.1',
  vm100: '192.168.10.100',
  vm101: '192.168.10.101',
  vm102: '192.168.10.102',
  lan: '192.168.10.50',
} as const;

export function buildBridge(): LabWorld {
  const sim = new Sim({ seed: 1 });
  // /etc/network/interfaces as the Proxmox installer writes it: eno1 enslaved to vmbr0, address on vmbr0.
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox', label: 'pve' });
  pve.addNic('eno1').addBridge('vmbr0', { ports: ['eno1'], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', BRIDGE_ADDR.host);
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'port 1' });
  const lan = sim.addHost({ id: 'lan', kind: 'external' });
  lan.addNic('eth0');
  sim.connect({ node: 'lan', port: 'eth0' }, { node: 'sw', port: 'port 2' });
  lan.addAddress('eth0', `${BRIDGE_ADDR.lan}/24`);
  sim.attachGuest('pve', 'vmbr0', 'vm100', 'eth0', { mac: 'BC:24:11:3A:5C:01' }).guest.addAddress('eth0', `${BRIDGE_ADDR.vm100}/24`);
  sim.attachGuest('pve', 'vmbr0', 'vm101', 'eth0', { mac: 'BC:24:11:3A:5C:02' }).guest.addAddress('eth0', `${BRIDGE_ADDR.vm101}/24`);
  return { sim, names: { ...T.names } };
}

const VM100_MAC = 'bc:24:11:3a:5c:01';

export const bridgeLab: LabDefinition = {
  id: 'bridge',
  title: T.title,
  build: buildBridge,
  initialTab: 'fdb',
  tableTabs: ['fdb', 'neigh'],
  focus: { neigh: ['vm100', 'vm102'] },
  actions: [
    { id: 'ping-lan', label: T.actions.pingLan, run: (w) => ({ handle: w.sim.ping('vm100', BRIDGE_ADDR.lan, { count: 1 }) }) },
    { id: 'ping-vm', label: T.actions.pingVm, run: (w) => ({ handle: w.sim.ping('vm100', BRIDGE_ADDR.vm101, { count: 1 }) }) },
    { id: 'wait', label: T.actions.wait, narration: T.actions.waitNarration, run: () => ({ waitMs: 360_000 }) },
    {
      id: 'add-vmbr1',
      label: T.actions.addVmbr1,
      narration: T.actions.addVmbr1Narration,
      enabled: (done) => !done.includes('add-vmbr1'),
      run: (w) => {
        w.sim.host('pve').addBridge('vmbr1', { ports: [], stp: false, forwardDelayS: 0 });
        w.sim.attachGuest('pve', 'vmbr1', 'vm102', 'eth0', { mac: 'BC:24:11:3A:5C:03' }).guest.addAddress('eth0', `${BRIDGE_ADDR.vm102}/24`);
      },
    },
    {
      id: 'ping-from-vmbr1',
      label: T.actions.pingFromVmbr1,
      enabled: (done) => done.includes('add-vmbr1'),
      run: (w) => ({ handle: w.sim.ping('vm102', BRIDGE_ADDR.vm100, { count: 1 }) }),
    },
  ],
  goals: [
    { id: 'reach', ...T.goals.reach, check: (run) => pingFrom(run, 'vm100', BRIDGE_ADDR.lan).some((h) => h.outcome === 'ok') },
    {
      id: 'learn',
      ...T.goals.learn,
      check: (run) => run.trace.some((e) => e.code === 'fdb.learn' && e.node === 'pve' && e.dev === 'vmbr0' && e.port === 'tap100i0' && e.params.mac === VM100_MAC),
    },
    { id: 'age', ...T.goals.age, check: agedThenFlooded },
    {
      id: 'separate',
      ...T.goals.separate,
      check: (run) => pingFrom(run, 'vm102', BRIDGE_ADDR.vm100).some((h) => h.outcome !== 'ok' && h.outcome !== 'pending'),
    },
  ],
};

/** An entry aged out on vmbr0, and afterwards vmbr0 flooded an unknown unicast frame. */
function agedThenFlooded(run: LabRun): boolean {
  const aged = run.trace.findIndex((e) => e.code === 'fdb.age_out' && e.node === 'pve' && e.dev === 'vmbr0');
  if (aged < 0) return false;
  return run.trace.slice(aged).some((e) => e.code === 'fdb.flood' && e.node === 'pve' && e.params.reason === 'unknown_unicast');
}
