/**
 * What an experiment showed, read from the kernel's own answer (trace counts, the bond's
 * snapshot, the ping handle), never from the settings the reader chose. The bond and
 * small-office goals are built from these.
 */
import type { Evidence } from './evidence.ts';

type FlowsEvidence = Extract<Evidence, { kind: 'flows' }>;
type CableEvidence = Extract<Evidence, { kind: 'cable' }>;

/**
 * 802.3ad: the bond reports both slaves in the active LACP aggregator, both links carried flows
 * and each flow stayed on one link (load sharing, not a copy of everything on every link).
 */
export function lacpSpread(e: Evidence): e is FlowsEvidence {
  if (e.kind !== 'flows' || e.dist.bond?.mode !== '802.3ad') return false;
  const bond = e.dist.bond;
  const aggregated = bond.activeAggregator !== null && bond.slaves.every((s) => s.aggregatorId === bond.activeAggregator);
  return aggregated && e.dist.flows > 0 && e.dist.slaves.every((s) => s.flows > 0) && e.dist.splitFlows === 0;
}

/** 802.3ad with both links up but no LACP partner on either: one link carried every flow. */
export function lacpFellBack(e: Evidence): e is FlowsEvidence {
  if (e.kind !== 'flows' || e.dist.bond?.mode !== '802.3ad') return false;
  const slaves = e.dist.bond.slaves;
  return (
    e.dist.flows > 0 &&
    slaves.every((s) => s.carrier && !s.lacp?.partner) &&
    e.dist.slaves.filter((s) => s.flows > 0).length === 1
  );
}

/**
 * In active-backup the reader pulled the cable that was carrying the pings, the bond failed over,
 * and pings sent after the pull were answered again.
 */
export function survivedPull(e: Evidence): e is CableEvidence {
  if (e.kind !== 'cable' || e.change.plugged || e.change.bondAfter?.mode !== 'active-backup') return false;
  return e.change.carrierBefore === e.slave && e.change.events.some((ev) => ev.code === 'bond.failover') && e.change.repliesAfter > 0;
}

/** A cable plugged back in while the other carried the traffic, and the bond moved the traffic back to it. */
export function returnedToPlugged(e: Evidence): e is CableEvidence {
  if (e.kind !== 'cable' || !e.change.plugged || e.change.bondAfter?.mode !== 'active-backup') return false;
  return (
    e.change.carrierBefore !== undefined &&
    e.change.carrierBefore !== e.slave &&
    e.change.bondAfter.activeSlave === e.slave &&
    e.change.events.some((ev) => ev.code === 'bond.failover')
  );
}
