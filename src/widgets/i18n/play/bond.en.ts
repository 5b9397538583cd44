/** Strings of the bond lab (modes, flows per port, cable pulls and failover). Korean in 합니다 style with the established terms. (English.) */
import { registerLocale } from '../registry.ts';

const en = {
  title: 'Bond lab: spread flows, pull a cable',
  intro: 'The node has two ports, eno1 and eno2, bonded as bond0 under vmbr0 and cabled to one switch. Every number below comes from the simulator.',
  mode: 'Bond mode',
  policy: 'Transmit hash policy',
  // bonding.rst "balance-tlb", "tlb_dynamic_lb": by default tlb/alb place flows by slave load; only with tlb_dynamic_lb 0 does the policy apply.
  policyFixed: 'By default balance-tlb and balance-alb place flows by each link’s load, not by this policy (it applies only with tlb_dynamic_lb 0). This lab stands in for that with a layer2 hash.',
  policyUnused: (mode: string) => `Not used by ${mode}.`,
  switchKind: 'Switch',
  switchNames: { lacp: 'Managed switch with LACP', learning: 'Plain switch (no LACP)' },
  miimon: 'miimon (ms)',
  sendFlows: (n: number) => `Send ${n} flows`,
  flowsHeading: 'Where the flows went',
  flowsCaption: (n: number) => `${n} flows from the node to office PCs, per port`,
  port: 'Port',
  flows: 'Flows',
  frames: 'Frames',
  share: 'Share',
  state: 'State',
  stateActive: 'carrying traffic',
  stateIdle: 'idle (standby)',
  stateDown: 'unplugged',
  chartLabel: (summary: string) => `Bar chart: ${summary}`,
  perSlave: (name: string, flows: number, pct: number) => `${name}: ${flows} flows (${pct}%)`,
  notes: {
    oneLink: 'Only one link carries traffic: the other is a standby.',
    noPartner:
      'The plain switch does not answer LACP, so each port ends up in an aggregator of its own and only one aggregator is active: one link carries everything.',
    lacpBoth: 'The switch answered LACP: both ports joined one aggregator and share the flows by the hash.',
    rr: 'balance-rr sends packet after packet on alternating links, so one flow uses both links (and its packets can arrive out of order).',
    broadcast: 'broadcast sends every frame on every link: both carry everything, which adds no speed.',
    hashed: (policy: string) => `Each flow stays on one link, chosen by the ${policy} hash: a single flow never goes faster than one link.`,
    bothDown: 'Both cables are unplugged: nothing gets through.',
  },
  cablesHeading: 'Cables',
  cableHelp: 'Pull a cable while the node pings an office PC every 10 ms, and watch the bond react.',
  cableButton: (name: string, plugged: boolean) => (plugged ? `Unplug the ${name} cable` : `Plug the ${name} cable back in`),
  cableState: (name: string, plugged: boolean) => `${name}: ${plugged ? 'plugged in' : 'unplugged'}`,
  failoverHeading: 'What happened',
  lost: (lost: number, sent: number) => `${lost} of ${sent} pings lost.`,
  lostExplain: (miimon: number, gapMs: number) =>
    `The bond only notices a dead link at its next miimon check (every ${miimon} ms); the gap was ${gapMs} ms.`,
  noLoss: (sent: number) => `All ${sent} pings answered: this cable was not carrying the pings.`,
  unpluggedAt: (t: string) => `Cable pulled at ${t}.`,
  pluggedAt: (t: string) => `Cable plugged back in at ${t}.`,
  eventsHeading: 'Kernel events',
  error: 'The simulation stopped with an error. Reset the lab and try again.',
  resetDone: (mode: string) => `The lab is back at its start: ${mode}, both cables plugged in, no flows sent yet.`,
  goals: {
    spread: {
      text: 'With 802.3ad on the LACP switch and the layer3+4 hash, see both links share the flows.',
      hint: 'Choose 802.3ad, keep the managed switch with LACP, set the hash policy to layer3+4 and send the flows: both bars should fill.',
    },
    failover: {
      text: 'In active-backup, keep the ping going while you pull the cable that carries it.',
      hint: 'Choose active-backup and pull the eno1 cable, which carries the traffic at first. A few pings are lost until the next miimon check; after that eno2 answers.',
    },
    fallback: {
      text: 'See 802.3ad fall back to a single link when the switch does not speak LACP.',
      hint: 'Choose 802.3ad, pick the plain switch (no LACP) and send the flows: one port carries everything and the other sits idle.',
    },
    miimon: {
      text: 'Show that a slower miimon check means a longer outage.',
      hint: 'In active-backup, pull the eno1 cable with miimon 100 and plug it back in, then set miimon to 500 and pull it again. Compare the gaps under "What happened".',
    },
  },
};

export type BondStrings = typeof en;

registerLocale('en', { bond: en });
