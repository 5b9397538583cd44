/**
 * The comparison rows of the routed-vs-NAT lab, computed from the two kernel runs (never typed
 * in): guest addressing, host set-up (sysctls and iptables rules), inbound reachability, public
 * addresses in use, and what the internet and the provider's switch see.
 */
import type { LabRun } from '../../core/lab-model.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fmtMac } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import { rvnStrings } from '../../i18n/labs/routed-vs-nat.ts';
import { parseIpv4 } from '../../../sim/core.ts';

export type RowId = 'addressing' | 'setup' | 'inbound' | 'publicIps' | 'providerView';

export const ROW_IDS: readonly RowId[] = ['addressing', 'setup', 'inbound', 'publicIps', 'providerView'];

/** Page anchors of the rows (the lessons link to them). */
export const ROW_ANCHOR: Record<RowId, string> = {
  addressing: 'demo-addressing',
  setup: 'demo-setup',
  inbound: 'demo-inbound',
  publicIps: 'demo-public-ips',
  providerView: 'demo-provider-view',
};

export interface CompareRow {
  id: RowId;
  label: string;
  routed: string | undefined;
  nat: string | undefined;
  /** Both values known and different. */
  differs: boolean;
}

const PRIVATE: Array<[number, number]> = [
  [0x0a000000, 8],
  [0xac100000, 12],
  [0xc0a80000, 16],
];

/** RFC 1918 space is private; the documentation ranges stand in for public addresses here. */
export function isPrivate(ip: string): boolean {
  const v = parseIpv4(ip);
  if (v === null) return false;
  return PRIVATE.some(([net, len]) => ((v >>> (32 - len)) << (32 - len)) >>> 0 === net);
}

const SYSCTL_LABEL: Record<string, string> = {
  'net.ipv4.ip_forward': 'ip_forward=1',
};

function setupOf(run: LabRun, lang: Lang): string {
  const pve = run.final.hosts.find((h) => h.id === 'pve');
  const sysctls = Object.entries(pve?.sysctls ?? {})
    .filter(([, v]) => v !== 0)
    .map(([k]) => SYSCTL_LABEL[k] ?? `${k.replace(/^net\.ipv4\.conf\.([^.]+)\.(.*)$/, '$2 ($1)')}=1`);
  const rules = run.world.sim.host('pve').iptablesRules().length;
  return rvnStrings(lang).values.setup(sysctls, rules);
}

export function guestAddress(run: LabRun): string | undefined {
  return run.final.hosts.find((h) => h.id === 'vm100')?.devices.flatMap((d) => d.addresses)[0];
}

function publicAddresses(run: LabRun): string[] {
  const hosts = run.final.hosts.filter((h) => h.kind === 'proxmox' || h.kind === 'guest');
  return hosts.flatMap((h) => h.devices.flatMap((d) => d.addresses)).map((a) => a.split('/')[0]!).filter((ip) => !isPrivate(ip));
}

function inbound(run: LabRun, lang: Lang): string | undefined {
  const attempts = run.actions.flatMap((a) => a.handles).filter((h) => h.kind === 'tcp' && h.host === 'inet');
  const last = attempts.at(-1);
  if (!last || last.kind !== 'tcp') return undefined;
  const target = `${last.dst}:${last.dport}`;
  if (last.outcome === 'established') return rvnStrings(lang).values.inboundOk(target, run.trace.some((e) => e.code === 'nat.dnat'));
  return rvnStrings(lang).values.inboundFail(target, ui(lang).outcome[last.outcome] ?? last.outcome);
}

/**
 * What lies outside the host after the guest's ping: the source address the internet host got,
 * and the MACs the upstream switch learned on the host's port.
 */
export function providerSight(run: LabRun): { src: string; macs: string[] } | undefined {
  const seen = run.trace.find((e) => e.code === 'deliver' && e.node === 'inet' && e.params.icmp === 'echo-request');
  if (!seen) return undefined;
  const upstream = run.final.switches.find((s) => s.id === 'provider' || s.id === 'sw');
  const macs = [...new Set((upstream?.fdb ?? []).filter((e) => e.port === 'port 1' && !e.local).map((e) => fmtMac(e.mac)))];
  return { src: String(seen.params.src), macs };
}

function providerView(run: LabRun, lang: Lang): string | undefined {
  const sight = providerSight(run);
  return sight && rvnStrings(lang).values.providerView(sight.src, sight.macs.join(', ') || '—');
}

export function compareRows(routed: LabRun, nat: LabRun, lang: Lang): CompareRow[] {
  const pub = (run: LabRun) => {
    const list = publicAddresses(run);
    return rvnStrings(lang).values.publicIps(list.length, list.join(', '));
  };
  const addr = (run: LabRun) => {
    const a = guestAddress(run);
    return a ? rvnStrings(lang).values.address(a, !isPrivate(a.split('/')[0]!)) : undefined;
  };
  const values: Record<RowId, [string | undefined, string | undefined]> = {
    addressing: [addr(routed), addr(nat)],
    setup: [setupOf(routed, lang), setupOf(nat, lang)],
    inbound: [inbound(routed, lang), inbound(nat, lang)],
    publicIps: [pub(routed), pub(nat)],
    providerView: [providerView(routed, lang), providerView(nat, lang)],
  };
  return ROW_IDS.map((id) => {
    const [r, n] = values[id];
    return { id, label: rvnStrings(lang).rows[id], routed: r, nat: n, differs: r !== undefined && n !== undefined && r !== n };
  });
}
