/**
 * Checks that look at the whole host: bridge ports and bond slaves that do not exist or are used
 * twice, addresses on ports, gateways, overlapping subnets, NAT and routed set-ups that cannot work.
 */
import type { Diagnostics } from '../diagnostic.ts';
import { broadcastOf, contains, formatCidr, formatIpv4, networkOf, overlaps, type Cidr } from '../ipv4.ts';
import type { Span } from '../span.ts';
import type { HostConfig, HostInterface, Located } from './host.ts';
import { misspeltSysctl, sysctlKey } from './sysctl-keys.ts';

/** Names Linux gives physical NICs (systemd predictable names, the old ethN, Proxmox VE 9's pinned nicN). */
export function looksPhysical(name: string): boolean {
  return /^(en|eth|em|wl|ib|p\d|lan|usb)[a-z0-9]*$/i.test(name) || /^nic\d+$/.test(name);
}

/** Private (RFC 1918) ranges: guests there need NAT to reach the Internet, so a bridge there is not "routed". */
const PRIVATE: Cidr[] = [
  { ip: 0x0a000000, prefix: 8 },
  { ip: 0xac100000, prefix: 12 },
  { ip: 0xc0a80000, prefix: 16 },
];

export function isPrivate(ip: number): boolean {
  return PRIVATE.some((p) => contains(p, ip));
}

export function checkHost(host: HostConfig, diags: Diagnostics): void {
  checkMembers(host, diags);
  checkVlans(host, diags);
  checkGateways(host, diags);
  checkSubnets(host, diags);
  checkRules(host, diags);
  checkRouted(host, diags);
  checkBondsAndBridges(host, diags);
}

/** A name can be a port/slave without a stanza only if the kernel already has it: a NIC or a VLAN on one. */
function existsWithoutStanza(host: HostConfig, name: string): boolean {
  if (looksPhysical(name)) return true;
  const dot = name.lastIndexOf('.');
  if (dot > 0 && /^\d+$/.test(name.slice(dot + 1))) {
    // ifupdown2 creates NAME.TAG itself when NAME exists.
    const parent = name.slice(0, dot);
    return host.byName.has(parent) || existsWithoutStanza(host, parent);
  }
  return false;
}

function checkMembers(host: HostConfig, diags: Diagnostics) {
  const master = new Map<string, string>();
  const addressReported = new Set<string>();
  const visit = (owner: HostInterface, option: string, members: Located<string>[]) => {
    for (const m of members) {
      const port = m.value;
      if (port === owner.name) {
        diags.add('cfg.port_is_self', m.span, { port, option });
        continue;
      }
      const first = master.get(port);
      if (first !== undefined && first !== owner.name) {
        diags.add('cfg.port_in_two_masters', m.span, { port, first, second: owner.name });
      } else master.set(port, owner.name);
      const def = host.byName.get(port);
      if (!def) {
        if (existsWithoutStanza(host, port)) diags.add('cfg.port_assumed_physical', m.span, { port, option, owner: owner.name });
        else if (/^dummy\d+$/.test(port)) diags.add('cfg.port_dummy_without_stanza', m.span, { port, option, owner: owner.name });
        else diags.add('cfg.port_not_defined', m.span, { port, option, owner: owner.name });
        continue;
      }
      const addr = def.addresses[0];
      // An OVS internal port is the bridge's own interface on a VLAN: that is where its address belongs.
      if (addr && !addressReported.has(port) && def.ovsType !== 'OVSIntPort') {
        addressReported.add(port);
        diags.add('cfg.port_has_address', addr.span, { port, owner: owner.name });
      }
    }
  };
  for (const iface of host.interfaces) {
    if (iface.bond) visit(iface, 'bond-slaves', iface.bond.slaves);
  }
  for (const iface of host.interfaces) {
    if (!iface.bridge) continue;
    visit(iface, 'bridge-ports', iface.bridge.ports);
    // cfg80211 marks a Wi-Fi station IFF_DONT_BRIDGE unless 4addr is on: "Device does not allow enslaving to a bridge".
    const wifi = iface.ovsType === undefined ? iface.bridge.ports.find((p) => /^(wl|wlan)\w*$/.test(p.value) && !/\.\d+$/.test(p.value)) : undefined;
    if (wifi) diags.add('cfg.wifi_bridge_port', wifi.span, { port: wifi.value, owner: iface.name });
  }
}

function checkVlans(host: HostConfig, diags: Diagnostics) {
  for (const iface of host.interfaces) {
    if (!iface.vlan) continue;
    const { parent, tag } = iface.vlan;
    if (!(tag >= 1 && tag <= 4094)) diags.add('cfg.bad_vlan_tag', iface.span, { value: String(tag), name: iface.name });
    if (parent && !host.byName.has(parent) && !existsWithoutStanza(host, parent)) {
      diags.add('cfg.vlan_parent_not_defined', iface.span, { name: iface.name, parent });
    }
  }
}

function checkGateways(host: HostConfig, diags: Diagnostics) {
  let first: HostInterface | undefined;
  for (const iface of host.interfaces) {
    const gw = iface.gateway;
    if (!gw) continue;
    // ip route add fails with "File exists" for a second default route, unless the metrics differ.
    if (first && (iface.metric === undefined || iface.metric === first.metric)) {
      diags.add('cfg.two_default_gateways', gw.span, { name: iface.name, other: first.name, line: first.gateway!.span.line });
    } else first ??= iface;
    if (iface.addresses.length === 0) continue;
    const onLink = iface.pointopoint === gw.value || iface.addresses.some((a) => contains(a.cidr, gw.value));
    // A single /32 with the provider's gateway outside it is the hosting pattern ifupdown2's onlink serves.
    const hostOnly = iface.addresses.every((a) => a.cidr.prefix === 32);
    if (!onLink && !hostOnly) diags.add('cfg.gateway_not_on_link', gw.span, { value: formatIpv4(gw.value), name: iface.name });
  }
}

interface Placed {
  iface: HostInterface;
  cidr: Cidr;
  span: Span;
  start: number;
  end: number;
}

/** Sweeps addresses sorted by subnet start: linear after sorting, so 5,000 interfaces stay fast. */
function checkSubnets(host: HostConfig, diags: Diagnostics) {
  const placed: Placed[] = [];
  for (const iface of host.interfaces) {
    if (iface.kind === 'loopback') continue;
    for (const a of iface.addresses) placed.push({ iface, cidr: a.cidr, span: a.span, start: networkOf(a.cidr), end: broadcastOf(a.cidr) });
  }
  const byIp = new Map<number, Placed>();
  for (const p of placed) {
    const other = byIp.get(p.cidr.ip);
    // The same /32 on the uplink and a routed bridge is a known routed pattern, not a mistake.
    if (other && other.iface !== p.iface && p.cidr.prefix < 32 && other.cidr.prefix < 32) {
      diags.add('cfg.duplicate_address', p.span, { value: formatIpv4(p.cidr.ip), name: p.iface.name, other: other.iface.name });
    } else if (!other) byIp.set(p.cidr.ip, p);
  }
  const sorted = placed.filter((p) => p.cidr.prefix < 32).sort((a, b) => a.start - b.start || a.end - b.end);
  let widest: Placed | undefined;
  for (const p of sorted) {
    if (widest && p.start <= widest.end && widest.iface !== p.iface && overlaps(p.cidr, widest.cidr) && p.cidr.ip !== widest.cidr.ip) {
      const [later, earlier] = (p.span.start > widest.span.start ? [p, widest] : [widest, p]) as [Placed, Placed];
      diags.add('cfg.overlapping_subnets', later.span, {
        cidr: formatCidr(later.cidr),
        name: later.iface.name,
        otherCidr: formatCidr(earlier.cidr),
        other: earlier.iface.name,
      });
    }
    if (!widest || p.end > widest.end) widest = p;
  }
}

function checkRules(host: HostConfig, diags: Diagnostics) {
  // Proxmox writes a stanza for every NIC; in a file that lists its NICs, a rule naming another one
  // (-o eth0 copied from a guide on a host whose NIC is eno1) is far more likely a slip than a NIC left out.
  const listsNics = host.interfaces.some((i) => looksPhysical(i.name));
  const masters = mastersOf(host);
  for (const { rule, inSpan, outSpan, span } of host.rules) {
    for (const [flag, m, s] of [
      ['-i', rule.inInterface, inSpan],
      ['-o', rule.outInterface, outSpan],
    ] as const) {
      if (!m || m.value.endsWith('+')) continue;
      const master = masters.get(m.value);
      if (master) {
        let device = master;
        while (masters.has(device)) device = masters.get(device)!;
        diags.add('cfg.rule_bridge_port', s ?? span, { flag, name: m.value, master, device });
        continue;
      }
      if (host.byName.has(m.value)) continue;
      if (existsWithoutStanza(host, m.value) && !(listsNics && looksPhysical(m.value))) continue;
      diags.add('cfg.rule_unknown_interface', s ?? span, { flag, name: m.value });
    }
  }
  const nat = host.rules.find((r) => r.rule.target === 'MASQUERADE' || r.rule.target === 'SNAT' || r.rule.target === 'DNAT');
  if (nat && !host.ipForward) {
    // Outbound packets arrive on the guests' bridge, their replies on the uplink: both must forward.
    const guestSide = host.interfaces.filter((i) => i.addresses.some((a) => natted(host, a.cidr))).map((i) => i.name);
    const uplink = host.interfaces.find((i) => i.gateway)?.name;
    forwardingMissing(host, diags, [...guestSide, uplink], nat.span, () => diags.add('cfg.nat_without_ip_forward', nat.span));
  }
}

/**
 * Port -> the bridge or bond it is enslaved to. The IP layer, and so iptables' -i/-o, sees only the
 * master (a bond inside a bridge: the bridge, one more step up).
 */
function mastersOf(host: HostConfig): Map<string, string> {
  const masters = new Map<string, string>();
  for (const iface of host.interfaces) {
    for (const p of iface.bond?.slaves ?? []) masters.set(p.value, iface.name);
    for (const p of iface.bridge?.ports ?? []) masters.set(p.value, iface.name);
  }
  return masters;
}

/**
 * Forwarding is needed but not turned on in this file. When an up-command loads the sysctl files
 * (Hetzner's installimage writes `up sysctl -p`), net.ipv4.ip_forward=1 may well be set there: say
 * which file to check instead of warning. Reported once for the whole host.
 */
function forwardingMissing(host: HostConfig, diags: Diagnostics, arrivesOn: (string | undefined)[], warnAt: Span, warn: () => void): void {
  if (host.forwardingOn.size > 0) {
    // Forwarding turned on per interface (conf/IF/forwarding): only the interfaces left out matter.
    const off = [...new Set(arrivesOn)].filter((n): n is string => n !== undefined && !host.forwardingOn.has(n));
    const write = host.sysctls.find((w) => w.write.path[4] === 'forwarding' && w.write.value === '1');
    if (off.length > 0 && write && !diags.list.some((d) => d.code === 'cfg.forwarding_partly_on' && d.params['off'] === off.join(', '))) {
      // sysctl keys write a dot in an interface name as a slash: net.ipv4.conf.vmbr0/10.forwarding.
      const sysctl = off.map((n) => `net.ipv4.conf.${n.replaceAll('.', '/')}.forwarding=1`).join(' ');
      diags.add('cfg.forwarding_partly_on', write.span, { on: [...host.forwardingOn].join(', '), off: off.join(', '), sysctl });
    }
    return;
  }
  // A write meant to turn forwarding on but aimed at a key the kernel lacks: say which line, not only that nothing does.
  const typo = host.sysctls.map((s) => ({ s, meant: misspeltSysctl(s.write.path) })).find(({ meant }) => meant && /^(ip_forward|forwarding)$/.test(meant[meant.length - 1]!));
  if (typo && !diags.list.some((d) => d.code === 'cfg.ip_forward_misspelt')) {
    diags.add('cfg.ip_forward_misspelt', warnAt, { line: typo.s.span.line, key: sysctlKey(typo.s.write.path), suggestion: sysctlKey(typo.meant!) });
  } else if (typo) return;
  else if (!host.sysctlFileLoad) warn();
  else if (!diags.list.some((d) => d.code === 'cfg.ip_forward_in_sysctl_files')) diags.add('cfg.ip_forward_in_sysctl_files', host.sysctlFileLoad);
}

/** Subnets whose traffic some SNAT/MASQUERADE rule rewrites. */
function natted(host: HostConfig, c: Cidr): boolean {
  return host.rules.some(
    (r) =>
      (r.rule.target === 'MASQUERADE' || r.rule.target === 'SNAT') &&
      (!r.rule.source || (!r.rule.source.negate && overlaps(r.rule.source.value, c) && r.rule.source.value.prefix <= c.prefix)),
  );
}

/**
 * Whether the provider can reach the guests without proxy_arp depends on how it delivers their
 * addresses. Guests inside the uplink's own on-link subnet are ARPed for on the wire: only the host
 * can answer, so proxy_arp is needed. A point-to-point uplink (/32, pointopoint) means the provider
 * routes everything to the host. A guest subnet apart from the uplink's works either way round:
 * routed to the host's address (no proxy_arp) or treated as on-link by the gateway (proxy_arp).
 */
function checkRouted(host: HostConfig, diags: Diagnostics) {
  const uplink = host.interfaces.find((i) => i.gateway);
  let forwardReported = false;
  let proxyReported = false;
  const proxyOn = uplink !== undefined && (host.proxyArp.has(uplink.name) || host.proxyArp.has('all'));
  const onLink = uplink && uplink.pointopoint === undefined ? uplink.addresses.filter((a) => a.cidr.prefix < 32) : [];
  for (const iface of host.interfaces) {
    const br = iface.bridge;
    if (!br || br.ports.length > 0 || iface.portPatterns || iface === uplink) continue;
    const routed = iface.addresses.filter((a) => a.cidr.prefix < 32 && !isPrivate(a.cidr.ip) && !natted(host, a.cidr));
    // Hosting set-ups give the bridge the host's /32 and route each guest address to it (`ip route add A/32 dev vmbr0`).
    const guestRoutes = host.routes.filter((r) => r.route.dev === iface.name && r.route.via === undefined && !isPrivate(r.route.dest.ip));
    if (routed.length === 0 && guestRoutes.length > 0 && !host.ipForward && !forwardReported) {
      forwardingMissing(host, diags, [iface.name, uplink?.name], iface.span, () => diags.add('cfg.routed_without_ip_forward', iface.span, { name: iface.name }));
      forwardReported = true;
    }
    if (routed.length === 0) continue;
    if (!host.ipForward && !forwardReported) {
      forwardingMissing(host, diags, [iface.name, uplink?.name], iface.span, () => diags.add('cfg.routed_without_ip_forward', iface.span, { name: iface.name }));
      forwardReported = true;
    }
    if (!uplink || proxyOn || proxyReported || onLink.length === 0) continue;
    const inside = routed.find((r) => onLink.some((u) => overlaps(u.cidr, r.cidr)));
    if (inside) diags.add('cfg.routed_without_proxy_arp', uplink.span, { name: uplink.name });
    else {
      const r = routed[0]!;
      diags.add('cfg.routed_proxy_arp_depends', uplink.span, {
        name: uplink.name,
        bridge: iface.name,
        cidr: formatCidr({ ip: networkOf(r.cidr), prefix: r.cidr.prefix }),
        uplinkCidr: formatCidr({ ip: networkOf(onLink[0]!.cidr), prefix: onLink[0]!.cidr.prefix }),
        address: formatIpv4(onLink[0]!.cidr.ip),
      });
    }
    proxyReported = true;
  }
}

function checkBondsAndBridges(host: HostConfig, diags: Diagnostics) {
  for (const iface of host.interfaces) {
    const bond = iface.bond;
    if (bond) {
      if (bond.slaves.length === 0 && !iface.portPatterns) diags.add('cfg.bond_without_slaves', iface.span, { name: iface.name });
      if (bond.mode === '802.3ad' && bond.miimon === 0) diags.add('cfg.lacp_without_miimon', iface.span, { name: iface.name });
      else if (bond.mode === '802.3ad' && bond.miimonByKernel) diags.add('cfg.lacp_miimon_by_kernel', iface.span, { name: iface.name });
      else if (bond.miimon === 0 && !bond.arpInterval) diags.add('cfg.bond_without_link_monitoring', iface.span, { name: iface.name, mode: bond.mode });
      if (bond.primary && !bond.slaves.some((s) => s.value === bond.primary!.value)) {
        diags.add('cfg.bond_primary_not_slave', bond.primary.span, { value: bond.primary.value, name: iface.name });
      }
    }
    const br = iface.bridge;
    if (br && br.stp && br.forwardDelay < 2) diags.add('cfg.stp_forward_delay', iface.span, { value: br.forwardDelay });
  }
}
