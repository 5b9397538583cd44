/**
 * Goals of the routed-vs-NAT lab. Each reads the two kernel runs (what the reader has watched of
 * them): connection outcomes, the rules and addresses the hosts really hold, and what the
 * internet host and the upstream switch saw.
 */
import type { LabRun } from '../../core/lab-model.ts';
import { fmtMac } from '../../i18n/lang.ts';
import { RVN_IN } from './rvn-labs.ts';
import { guestAddress, providerSight } from './compare.ts';

export const RVN_GOAL_IDS = ['routed', 'forward', 'provider'] as const;
export type RvnGoalId = (typeof RVN_GOAL_IDS)[number];

export interface RvnGoal {
  id: RvnGoalId;
  met(routed: LabRun, nat: LabRun): boolean;
}

/** The internet host's connections to `dst`:`dport` in the given actions (common.ts has the same; importing it costs this page a chunk). */
const sshIn = (actions: LabRun['actions'], dst: string, dport: number) =>
  actions.flatMap((a) => a.handles).filter((h) => h.kind === 'tcp' && h.host === 'inet' && h.dst === dst && h.dport === dport);
const natSsh = (actions: LabRun['actions']) => sshIn(actions, RVN_IN.nat.dst, RVN_IN.nat.port);

/** The internet host's SSH reached the routed guest, and the host holds no iptables rule to thank for it. */
function routedDirect(routed: LabRun): boolean {
  return (
    sshIn(routed.actions, RVN_IN.routed.dst, RVN_IN.routed.port).some((h) => h.outcome === 'established') &&
    routed.world.sim.host('pve').iptablesRules().length === 0
  );
}

/** An attempt failed before the port forward was added, and one got through DNAT after it. */
function refusedThenForwarded(nat: LabRun): boolean {
  const at = nat.actions.findIndex((a) => a.id === 'forward');
  if (at < 0) return false;
  const failed = natSsh(nat.actions.slice(0, at)).some((h) => h.outcome !== 'established' && h.outcome !== 'pending');
  const through = natSsh(nat.actions.slice(at + 1)).some((h) => h.outcome === 'established');
  return failed && through && nat.trace.some((e) => e.code === 'nat.dnat');
}

const hostMacs = (run: LabRun) => run.final.hosts.find((h) => h.id === 'pve')?.devices.map((d) => fmtMac(d.mac)) ?? [];

/** Both sides showed the provider one MAC, the host's; the internet saw the guest's own address only when routed. */
function sameMacOtherSource(routed: LabRun, nat: LabRun): boolean {
  const r = providerSight(routed);
  const n = providerSight(nat);
  if (!r || !n) return false;
  const hostOnly = (run: LabRun, macs: string[]) => macs.length === 1 && hostMacs(run).includes(macs[0]!);
  const addr = (run: LabRun) => guestAddress(run)?.split('/')[0];
  return hostOnly(routed, r.macs) && hostOnly(nat, n.macs) && r.src === addr(routed) && n.src !== addr(nat);
}

export const RVN_GOALS: readonly RvnGoal[] = [
  { id: 'routed', met: (routed) => routedDirect(routed) },
  { id: 'forward', met: (_, nat) => refusedThenForwarded(nat) },
  { id: 'provider', met: sameMacOtherSource },
];
