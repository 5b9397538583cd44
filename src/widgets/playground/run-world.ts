/**
 * The world a playground file runs in, built from the file itself: the Proxmox host exactly as the
 * file sets it up (src/config/build.ts), the reader's guests on the bridges they chose, and the
 * outside world hanging off whichever interface holds the default gateway: a switch on its NICs
 * (an LACP switch under an 802.3ad bond), a PC on that LAN, and a router with a server behind it.
 * The suggested probes are computed from that world, so each one has somebody at both ends.
 */
import { attachGuestNic, buildHost } from '../../config/build.ts';
import { generatedMac, type GuestNic } from '../../config/guest.ts';
import { checkInterfaces } from '../../config/interfaces/index.ts';
import type { HostConfig, HostInterface } from '../../config/interfaces/host.ts';
import { contains, formatCidr, formatIpv4, networkOf, overlaps, type Cidr } from '../../config/ipv4.ts';
import type { Labels } from '../../quiz/sim/labels.ts';
import { Sim } from '../../sim/index.ts';
import { defaultPlacements, guestAddresses, uplinkOf, type Placement } from './guest-placement.ts';

export interface Suggestion {
  from: string;
  to: string;
  port?: number;
}

export interface RunWorld {
  sim: Sim;
  labels: Labels;
  /** Suggested probes for this world: from which node, to which address (and TCP port). */
  suggestions: Suggestion[];
  /** Where the guests ended up (the defaults when the reader chose nothing). */
  placements: Placement[];
}

const L = (en: string, ko: string) => ({ en, ko });
const PRIVATE: Cidr[] = [
  { ip: 0x0a000000, prefix: 8 },
  { ip: 0xac100000, prefix: 12 },
  { ip: 0xc0a80000, prefix: 16 },
];
const isPrivate = (c: Cidr) => PRIVATE.some((p) => overlaps(p, c));
/** Where the server on the Internet lives: the first documentation network the file does not use. */
const INTERNETS: Cidr[] = [
  { ip: 0xc0000200, prefix: 24 }, // 192.0.2.0/24
  { ip: 0xcb007100, prefix: 24 }, // 203.0.113.0/24
  { ip: 0xc6336400, prefix: 24 }, // 198.51.100.0/24
];
/** How long LACP partners take to agree on an aggregator before the reader's first probe. */
const LACP_SETTLE_MS = 3000;

/** The NICs an interface's traffic leaves on, and the VLAN tag it carries there. */
function wireOf(host: HostConfig, iface: HostInterface | undefined, tag?: number, depth = 0): Array<{ nic: string; tag?: number }> {
  if (!iface || depth > 5) return [];
  const next = (name: string, t = tag) => {
    const i = host.byName.get(name);
    if (i) return wireOf(host, i, t, depth + 1);
    const dot = name.lastIndexOf('.');
    if (dot > 0 && /^\d+$/.test(name.slice(dot + 1))) return next(name.slice(0, dot), Number(name.slice(dot + 1)));
    return [{ nic: name, ...(t !== undefined ? { tag: t } : {}) }];
  };
  if (iface.kind === 'nic') return [{ nic: iface.name, ...(tag !== undefined ? { tag } : {}) }];
  if (iface.bond) return iface.bond.slaves.flatMap((s) => next(s.value));
  if (iface.vlan) return next(iface.vlan.parent, iface.vlan.tag);
  if (iface.bridge) return iface.bridge.ports.flatMap((p) => next(p.value));
  return [];
}

function hostNumber(c: Cidr, n: number): string {
  return formatIpv4(networkOf(c) + n);
}

export function buildRunWorld(text: string, chosen?: readonly Placement[]): RunWorld {
  const host = checkInterfaces(text).host;
  const sim = new Sim({ seed: 1 });
  const { host: pve } = buildHost(sim, 'pve', host);
  const labels: Labels = { pve: L('the Proxmox host', 'Proxmox 호스트') };
  const suggestions: Suggestion[] = [];
  const placements = [...(chosen ?? defaultPlacements(host))];

  // ---- guests ----
  const addressing = guestAddresses(host, placements);
  const guests: Array<{ id: string; ip: string; cidr: Cidr; bridge: string }> = [];
  for (const p of placements) {
    const a = addressing.get(p.vmid);
    if (!p.bridge || !a || !pve.devices.has(p.bridge)) continue;
    const id = `vm${p.vmid}`;
    const nic: GuestNic = {
      index: 0,
      kind: 'vm',
      model: 'virtio',
      mac: generatedMac(p.vmid, 0),
      macGenerated: true,
      bridge: p.bridge,
      firewall: false,
      linkDown: false,
      span: { start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 },
      ...(p.tag !== undefined ? { tag: p.tag } : {}),
    };
    if ('what' in attachGuestNic(sim, 'pve', id, p.vmid, nic)) continue;
    const guest = sim.host(id);
    guest.addAddress('eth0', formatCidr(a.cidr));
    if (a.gateway !== undefined) guest.addRoute({ dst: 'default', via: formatIpv4(a.gateway), dev: 'eth0', ...(a.onlink ? { onlink: true } : {}) });
    guest.listen('tcp', 22).listen('tcp', 80);
    labels[id] = L(`VM ${p.vmid}`, `VM ${p.vmid}`);
    guests.push({ id, ip: formatIpv4(a.cidr.ip), cidr: a.cidr, bridge: p.bridge });
  }

  // ---- the outside world, off the interface with the default gateway ----
  const up = uplinkOf(host);
  const gw = up?.gateway?.value;
  const wire = wireOf(host, up).filter((w) => pve.devices.has(w.nic));
  let web: string | undefined;
  let lanPc: string | undefined;
  if (up && gw !== undefined && wire.length > 0) {
    const upNet = up.addresses.find((a) => contains(a.cidr, gw))?.cidr ?? { ip: gw, prefix: 24 };
    const lacp = up.bond?.mode === '802.3ad' || wire.length > 1 && host.interfaces.some((i) => i.bond?.mode === '802.3ad' && i.bond.slaves.some((s) => wire.some((w) => w.nic === s.value)));
    sim.addSwitch({ id: 'upstream', kind: lacp ? 'lacp' : 'learning' });
    labels.upstream = L('the switch', '스위치');
    wire.forEach((w, k) => sim.connect({ node: 'pve', port: w.nic }, { node: 'upstream', port: `p${k + 1}` }));
    const tag = wire[0]!.tag;
    const routerDev = tag !== undefined ? `eth0.${tag}` : 'eth0';
    const router = sim.addHost({ id: 'gw', kind: 'router' });
    router.addNic('eth0');
    if (tag !== undefined) router.addVlan(routerDev, { parent: 'eth0', vid: tag });
    router.addAddress(routerDev, `${formatIpv4(gw)}/${upNet.prefix}`);
    router.setSysctl('net.ipv4.ip_forward', 1);
    sim.connect({ node: 'gw', port: 'eth0' }, { node: 'upstream', port: `p${wire.length + 1}` });
    labels.gw = L('the gateway', '게이트웨이');
    // The provider routes the host's public subnets (a routed bridge, /32 guest routes) to the host's uplink address.
    const hostIp = up.addresses[0]?.cidr.ip;
    if (hostIp !== undefined) {
      if (!contains(upNet, hostIp)) router.addRoute({ dst: `${formatIpv4(hostIp)}/32`, dev: routerDev });
      const routed = [
        ...host.interfaces.filter((i) => i !== up).flatMap((i) => i.addresses.map((a) => a.cidr)),
        ...host.routes.filter((r) => r.route.via === undefined && r.route.dest.prefix > 0).map((r) => r.route.dest),
      ].filter((c) => !isPrivate(c) && !overlaps(c, upNet));
      for (const c of routed) router.addRoute({ dst: formatCidr({ ip: networkOf(c), prefix: c.prefix }), via: formatIpv4(hostIp), dev: routerDev });
    }
    // A server on the Internet behind the router, on a network the file does not use.
    const used = [...host.interfaces.flatMap((i) => i.addresses.map((a) => a.cidr)), ...host.routes.map((r) => r.route.dest).filter((c) => c.prefix > 0)];
    const internet = INTERNETS.find((n) => !used.some((c) => overlaps(c, n)) && !overlaps(n, upNet));
    if (internet) {
      router.addNic('eth1').addAddress('eth1', `${hostNumber(internet, 1)}/24`);
      web = 'web';
      sim.addHost({ id: web, kind: 'external' }).addNic('eth0').addAddress('eth0', `${hostNumber(internet, 80)}/24`).addRoute({ dst: 'default', via: hostNumber(internet, 1), dev: 'eth0' });
      sim.host(web).listen('tcp', 80).listen('tcp', 22);
      sim.connect({ node: web, port: 'eth0' }, { node: 'gw', port: 'eth1' });
      labels.web = L('the web server', '웹 서버');
    }
    // A PC on the uplink's LAN, where bridged guests are reached directly.
    if (upNet.prefix <= 29 && tag === undefined) {
      const taken = new Set([...host.interfaces.flatMap((i) => i.addresses.map((a) => a.cidr.ip)), gw, ...guests.map((g) => g.cidr.ip)]);
      const ip = [20, 3, 4, 5, 6].map((n) => networkOf(upNet) + n).find((n) => !taken.has(n) && contains(upNet, n) && n !== networkOf(upNet));
      if (ip !== undefined) {
        lanPc = 'laptop';
        sim.addHost({ id: lanPc, kind: 'external' }).addNic('eth0').addAddress('eth0', `${formatIpv4(ip)}/${upNet.prefix}`).addRoute({ dst: 'default', via: formatIpv4(gw), dev: 'eth0' });
        sim.connect({ node: lanPc, port: 'eth0' }, { node: 'upstream', port: `p${wire.length + 2}` });
        labels[lanPc] = L('the LAN PC', 'LAN PC');
      }
    }
    if (lacp) sim.advance(LACP_SETTLE_MS);

    // ---- suggestions: out, in, the file's port forwards, across the LAN ----
    const upAddr = up.addresses[0] ? formatIpv4(up.addresses[0].cidr.ip) : undefined;
    for (const g of guests.slice(0, 2)) {
      if (web) suggestions.push({ from: g.id, to: hostNumber(internet!, 80) });
      if (lanPc && contains(upNet, g.cidr.ip)) suggestions.push({ from: lanPc, to: g.ip });
      else if (web) suggestions.push({ from: web, to: g.ip });
    }
    for (const r of host.rules) {
      const d = r.rule;
      if (d.target !== 'DNAT' || !d.dport || !d.simulated || !web || !upAddr) continue;
      suggestions.push({ from: web, to: d.destination && !d.destination.negate ? formatIpv4(d.destination.value.ip) : upAddr, port: d.dport.from });
    }
  }
  if (guests.length >= 2) suggestions.push({ from: guests[0]!.id, to: guests[1]!.ip });
  if (guests.length > 0 && suggestions.length === 0) {
    const own = host.byName.get(guests[0]!.bridge)?.addresses[0];
    if (own) suggestions.push({ from: guests[0]!.id, to: formatIpv4(own.cidr.ip) });
  }
  const seen = new Set<string>();
  const unique = suggestions.filter((s) => {
    const k = `${s.from}>${s.to}:${s.port ?? ''}`;
    return !seen.has(k) && (seen.add(k), true);
  });
  return { sim, labels, suggestions: unique.slice(0, 5), placements };
}
