/** The NAT lab: goals, actions and text on top of the scenario in nat-world.ts. */
import type { LabDefinition, LabRun } from '../../core/lab-model.ts';
import { natText as T } from '../../i18n/labs/nat.ts';
import { pingFrom, tcpFrom } from '../common.ts';
import { addPortForward, buildNat, NAT_ADDR } from './nat-world.ts';

export { addPortForward, buildNat, NAT_ADDR } from './nat-world.ts';

export const natLab: LabDefinition = {
  id: 'nat',
  title: T.title,
  build: buildNat,
  initialTab: 'conntrack',
  tableTabs: ['conntrack', 'routes', 'neigh', 'fdb'],
  focus: { neigh: ['pve'], routes: ['pve'], fdb: ['pve'] },
  actions: [
    { id: 'ping-out', label: T.actions.pingOut, run: (w) => ({ handle: w.sim.ping('vm100', NAT_ADDR.inet, { count: 1 }) }) },
    { id: 'ssh-in', label: T.actions.sshIn, run: (w) => ({ handle: w.sim.tcpConnect('inet', NAT_ADDR.hostPublic, NAT_ADDR.forwardPort) }) },
    {
      id: 'forward',
      label: T.actions.forward,
      narration: T.actions.forwardNarration,
      enabled: (done) => !done.includes('forward'),
      run: addPortForward,
    },
    {
      id: 'same-port',
      label: T.actions.samePort,
      narration: T.actions.samePortNarration,
      run: (w) => ({
        handles: [w.sim.tcpConnect('vm100', NAT_ADDR.inet, 443, { srcPort: 40000 }), w.sim.tcpConnect('vm101', NAT_ADDR.inet, 443, { srcPort: 40000 })],
      }),
    },
  ],
  goals: [
    {
      id: 'out',
      ...T.goals.out,
      check: (run) => pingFrom(run, 'vm100', NAT_ADDR.inet).some((h) => h.outcome === 'ok') && run.trace.some((e) => e.code === 'nat.masquerade'),
    },
    { id: 'blocked', ...T.goals.blocked, check: blockedBeforeForward },
    {
      id: 'ssh',
      ...T.goals.ssh,
      check: (run) => tcpFrom(run, 'inet', NAT_ADDR.hostPublic, NAT_ADDR.forwardPort).some((h) => h.outcome === 'established'),
    },
    { id: 'ports', ...T.goals.ports, check: distinctTranslatedPorts },
  ],
};

function blockedBeforeForward(run: LabRun): boolean {
  const fwd = run.actions.findIndex((a) => a.id === 'forward');
  const before = fwd < 0 ? run.actions : run.actions.slice(0, fwd);
  return before.some((a) => a.handles.some((h) => h.kind === 'tcp' && h.host === 'inet' && h.outcome !== 'established' && h.outcome !== 'pending'));
}

function distinctTranslatedPorts(run: LabRun): boolean {
  const pve = run.final.hosts.find((h) => h.id === 'pve');
  const entries = (pve?.conntrack ?? []).filter((c) => c.orig.proto === 'tcp' && c.orig.sport === 40000 && c.orig.dport === 443);
  return new Set(entries.map((c) => c.orig.src)).size === 2 && new Set(entries.map((c) => c.reply.dport)).size === 2;
}
