/**
 * The "which mode fits my situation" rules, as a pure function so they can be tested apart from the UI.
 * The rules follow the course reference: bridge where the guests can sit on a LAN you control, routed
 * where the provider admits one MAC but gives you a subnet, NAT where there is only the host's address;
 * two NICs mean a bond (802.3ad with an LACP switch, otherwise active-backup), except that a cluster
 * node should rather give corosync its own link.
 */
export type Where = 'home' | 'office' | 'rented';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';
export type PublicIps = 'subnet' | 'single';
export type Inbound = 'none' | 'few' | 'all';
export type Nics = 'one' | 'two';

export interface Answers {
  where?: Where;
  /** Rented servers only: does the provider's port accept just one (registered) MAC? */
  oneMac?: YesNoUnsure;
  /** Rented servers only: extra public addresses for guests, or only the host's own one. */
  publicIps?: PublicIps;
  inbound?: Inbound;
  nics?: Nics;
  /** Two NICs only: does the switch speak LACP (802.3ad)? */
  lacp?: YesNoUnsure;
  cluster?: 'yes' | 'no';
}

export type QuestionId = keyof Answers;

export type Mode = 'bridge' | 'routed' | 'nat';

export type Reason =
  | 'lan_bridge'
  | 'lan_inbound_router'
  | 'one_mac_routed'
  | 'routed_inbound_direct'
  | 'unsure_one_mac'
  | 'virtual_mac_bridge'
  | 'single_ip_nat'
  | 'nat_port_forward'
  | 'nat_all_inbound'
  | 'nat_outbound_only';

export type Extra = 'bond_lacp' | 'bond_active_backup' | 'cluster_separate' | 'cluster_one_nic';

export interface Recommendation {
  mode: Mode;
  /** A second mode worth reading about for this situation. */
  alsoConsider?: Mode;
  reasons: Reason[];
  extras: Extra[];
}

/** The questions that apply, in order, given what has been answered so far. */
export function visibleQuestions(a: Answers): QuestionId[] {
  const qs: QuestionId[] = ['where'];
  if (a.where === 'rented') qs.push('oneMac', 'publicIps');
  qs.push('inbound', 'nics');
  if (a.nics === 'two') qs.push('lacp');
  qs.push('cluster');
  return qs;
}

export function isComplete(a: Answers): boolean {
  return visibleQuestions(a).every((q) => a[q] !== undefined);
}

export function recommend(a: Answers): Recommendation | undefined {
  if (!isComplete(a)) return undefined;
  const reasons: Reason[] = [];
  let mode: Mode;
  let alsoConsider: Mode | undefined;

  if (a.where !== 'rented') {
    mode = 'bridge';
    reasons.push('lan_bridge');
    if (a.inbound !== 'none') reasons.push('lan_inbound_router');
  } else if (a.publicIps === 'single') {
    mode = 'nat';
    reasons.push('single_ip_nat');
    if (a.inbound === 'few') reasons.push('nat_port_forward');
    else if (a.inbound === 'all') {
      reasons.push('nat_all_inbound');
      alsoConsider = 'routed';
    } else reasons.push('nat_outbound_only');
  } else if (a.oneMac === 'no') {
    mode = 'bridge';
    reasons.push('virtual_mac_bridge');
    alsoConsider = 'routed';
  } else {
    mode = 'routed';
    if (a.oneMac === 'unsure') reasons.push('unsure_one_mac');
    reasons.push('one_mac_routed');
    if (a.inbound !== 'none') reasons.push('routed_inbound_direct');
    alsoConsider = 'nat';
  }

  const extras: Extra[] = [];
  if (a.nics === 'two') {
    if (a.cluster === 'yes') extras.push('cluster_separate');
    else extras.push(a.lacp === 'yes' ? 'bond_lacp' : 'bond_active_backup');
  } else if (a.cluster === 'yes') extras.push('cluster_one_nic');

  return alsoConsider ? { mode, alsoConsider, reasons, extras } : { mode, reasons, extras };
}
