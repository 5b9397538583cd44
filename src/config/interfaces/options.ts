/**
 * The option names ifupdown2 (with Proxmox's additions) understands. Names are compared with '_' read
 * as '-', because ifupdown2 accepts both spellings and older Proxmox installs write `bridge_ports`.
 */

/** The options this project simulates or checks, most common first (the order breaks "did you mean" ties). */
export const SIMULATED_OPTIONS = [
  'address',
  'gateway',
  'netmask',
  'bridge-ports',
  'bridge-stp',
  'bridge-fd',
  'bridge-vlan-aware',
  'bridge-vids',
  'bridge-ageing',
  'bond-slaves',
  'bond-mode',
  'bond-miimon',
  'bond-xmit-hash-policy',
  'bond-lacp-rate',
  'bond-primary',
  'bond-updelay',
  'bond-downdelay',
  'bond-master',
  'mtu',
  'hwaddress',
  'pointopoint',
  'metric',
  'vlan-raw-device',
  'vlan-id',
  'ip-proxy-arp',
  'ip-forward',
  'pre-up',
  'up',
  'post-up',
  'pre-down',
  'down',
  'post-down',
] as const;

/** Options that are valid but have no effect in the simulation (accepted silently). */
const ACCEPTED_OPTIONS = [
  'broadcast',
  'network',
  'scope',
  'media',
  'alias',
  'preferred-lifetime',
  'accept-ra',
  'autoconf',
  'privext',
  'dad-attempts',
  'dad-interval',
  'll-attempts',
  'll-interval',
  'request-prefix',
  'ipv6-addrgen',
  'hostname',
  'leasehours',
  'leasetime',
  'vendor',
  'client',
  'bridge-maxage',
  'bridge-hello',
  'bridge-bridgeprio',
  'bridge-portprio',
  'bridge-pathcost',
  'bridge-maxwait',
  'bridge-waitport',
  'bridge-pvid',
  'bridge-access',
  'bridge-mcsnoop',
  'bridge-mcquerier',
  'bridge-mcrouter',
  'bridge-mcstats',
  'bridge-hashmax',
  'bridge-hashel',
  'bridge-mclmc',
  'bridge-mcmi',
  'bridge-learning',
  'bridge-unicast-flood',
  'bridge-multicast-flood',
  'bridge-arp-nd-suppress',
  'bridge-disable-mac-learning',
  'bridge-gcint',
  'bridge-hwaddress',
  'bridge-vlan-protocol',
  'bridge-vlan-stats',
  'bridge-pathcosts',
  'bridge-portprios',
  'bridge-portmcrouter',
  'bridge-portmcfl',
  'bridge-allow-untagged',
  'bridge-port-vids',
  'bridge-port-pvids',
  'bridge-igmp-version',
  'bridge-mld-version',
  'bridge-l2protocol-tunnel',
  'bridge-hw',
  'bond-min-links',
  'bond-ad-select',
  'bond-ad-sys-priority',
  'bond-ad-actor-system',
  'bond-ad-actor-sys-prio',
  'bond-ad-sys-mac-addr',
  'bond-arp-interval',
  'bond-arp-ip-target',
  'bond-use-carrier',
  'bond-primary-reselect',
  'bond-num-grat-arp',
  'bond-num-unsol-na',
  'bond-lacp-bypass-allow',
  'bond-fail-over-mac',
  'bond-all-slaves-active',
  'vlan-protocol',
  'link-type',
  'link-down',
  'link-speed',
  'link-duplex',
  'link-autoneg',
  'vxlan-id',
  'vxlan-local-tunnelip',
  'vxlan-remoteip',
  'vxlan-physdev',
  'vxlan-ageing',
  'vxlan-purge-remotes',
  'vxlan-mcastgrp',
  'vxlan-ttl',
  'vxlan-tos',
  'vxlan-svcnodeip',
  'vxlan-port',
  'vxlan-learning',
  'vrf',
  'vrf-table',
  'alias-name',
  'address-purge',
  'arp-accept',
  'ip6-forward',
  // interfaces(5), per method: dhcp, bootp, tunnel, ppp, inet6 auto/v4tunnel/6to4, ipx and can.
  'dhcp',
  'bootfile',
  'server',
  'hwaddr',
  'mode',
  'endpoint',
  'local',
  'dstaddr',
  'ttl',
  'encaplimit',
  'provider',
  'unit',
  'options',
  'frame',
  'netnum',
  'bitrate',
  'samplepoint',
  'loopback',
  'listenonly',
  'triple',
  'oneshot',
  'berr-reporting',
  'restart-ms',
  // ifenslave's hook scripts (Debian) beyond what ifupdown2 knows.
  'bond-arp-validate',
  'bond-arp-all-targets',
  'bond-active-slave',
  'bond-packets-per-slave',
  'bond-tlb-dynamic-lb',
  'bond-queue-id',
  'bond-resend-igmp',
  'bond-lp-interval',
  'bond-peer-notif-delay',
  'bond-ad-user-port-key',
  'bond-give-a-chance',
  // ifupdown2's other addons (tunnel, ppp, xfrm, vrrp, batman, MPLS, EVPN).
  'tunnel-mode',
  'tunnel-local',
  'tunnel-endpoint',
  'tunnel-ttl',
  'tunnel-dev',
  'ppp-physdev',
  'xfrm-id',
  'xfrm-physdev',
  'address-virtual',
  'address-virtual-ipv6-addrgen',
  'vrrp',
  'mpls-enable',
  'clagd-vxlan-anycast-ip',
  'es-sys-mac',
  'veth-peer-name',
  'link-fec',
  'vlan-bridge-binding',
  'bridge-always-up',
  'bridge-broadcast-flood',
  'bridge-ports-condone-regex',
  'bridge-vlan-vni-map',
  'bridge-igmp-querier-src',
  'vxlan-mcastgrp-map',
  'vxlan-mcastgrp6',
  'vxlan-svcnodeip6',
  'vxlan-remoteip6',
  // Hooks of Debian's ethtool and vlan packages.
  'driver-message-level',
  'hw-mac-address',
  'ip-rp-filter',
];

export const OVS_OPTIONS = [
  'ovs-type',
  'ovs-bridge',
  'ovs-ports',
  'ovs-options',
  'ovs-bonds',
  'ovs-mtu',
  'ovs-extra',
  'ovs-tag',
  'ovs-patch-peer',
  'ovs-tunnel-type',
  'ovs-tunnel-options',
  'ovs-ports-condone-regex',
];

/**
 * Families of options named by a prefix: resolvconf's dns-*, MSTP, Debian's ethtool hooks (offload-*,
 * ethernet-*, hardware-*), wifi (wpa-*, wireless-*), batman-adv, and ifupdown2's *-offload.
 */
const ACCEPTED_PREFIXES = [
  'dns-',
  'mstpctl-',
  'ethtool-',
  'offload-',
  'ethernet-',
  'hardware-irq-coalesce-',
  'hardware-dma-ring-',
  'post-up-',
  'bridge-mc',
  'wpa-',
  'wireless-',
  'batman-',
];
const ACCEPTED_SUFFIXES = ['-offload'];

export const COMMAND_OPTIONS = ['pre-up', 'up', 'post-up', 'pre-down', 'down', 'post-down'] as const;
export type CommandPhase = (typeof COMMAND_OPTIONS)[number];

/**
 * Other names for the same option: `bond-ports` and `bridge-trunk` are ifupdown2's own aliases of
 * `bond-slaves` and `bridge-vids`, and `slaves` is ifenslave's older name, written by Proxmox VE 5
 * and earlier and still in many guides.
 */
const ALIASES: Record<string, string> = { slaves: 'bond-slaves', 'bond-ports': 'bond-slaves', 'bridge-trunk': 'bridge-vids' };

export function normalizeOption(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  return ALIASES[n] ?? n;
}

const SIMULATED = new Set<string>(SIMULATED_OPTIONS);
const ACCEPTED = new Set(ACCEPTED_OPTIONS);
const OVS = new Set(OVS_OPTIONS);

export type OptionClass = 'simulated' | 'accepted' | 'ovs' | 'unknown';

export function classifyOption(name: string): OptionClass {
  const n = normalizeOption(name);
  if (SIMULATED.has(n)) return 'simulated';
  if (OVS.has(n)) return 'ovs';
  if (ACCEPTED.has(n) || ACCEPTED_PREFIXES.some((p) => n.startsWith(p)) || ACCEPTED_SUFFIXES.some((x) => n.endsWith(x))) return 'accepted';
  return 'unknown';
}

/** Candidates for "did you mean": the common options first. */
export const SUGGESTIONS: readonly string[] = [...SIMULATED_OPTIONS, ...ACCEPTED_OPTIONS];

/** Options that hold one value: setting them twice in a stanza is suspicious. */
export const SINGLE_VALUED = new Set([
  'gateway',
  'netmask',
  'mtu',
  'hwaddress',
  'bridge-ports',
  'bridge-stp',
  'bridge-fd',
  'bridge-ageing',
  'bridge-vlan-aware',
  'bond-slaves',
  'bond-mode',
  'bond-miimon',
  'bond-updelay',
  'bond-downdelay',
  'bond-xmit-hash-policy',
  'bond-lacp-rate',
  'bond-primary',
]);

export const BOND_MODES = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'] as const;
export type BondMode = (typeof BOND_MODES)[number];

export const HASH_POLICIES = ['layer2', 'layer2+3', 'layer3+4', 'encap2+3', 'encap3+4', 'vlan+srcmac'] as const;
export type HashPolicy = (typeof HASH_POLICIES)[number];

/** Bond mode by name or number (the kernel accepts both); `lacp` is not a mode name. */
export function parseBondMode(text: string): BondMode | undefined {
  const t = text.toLowerCase();
  if (/^[0-6]$/.test(t)) return BOND_MODES[Number(t)];
  return (BOND_MODES as readonly string[]).includes(t) ? (t as BondMode) : undefined;
}

/** The kernel's numbers for hash policies, which differ from the order names are listed in (bonding.rst). */
const HASH_POLICY_BY_NUMBER: readonly HashPolicy[] = ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac'];

/** Hash policy by name or number, as the kernel and ifupdown2 accept both. */
export function parseHashPolicy(text: string): HashPolicy | undefined {
  const t = text.toLowerCase();
  if (/^[0-5]$/.test(t)) return HASH_POLICY_BY_NUMBER[Number(t)];
  return (HASH_POLICIES as readonly string[]).includes(t) ? (t as HashPolicy) : undefined;
}
