/**
 * Where the playground's guests sit in a reader's file: which bridges there are to plug into, the
 * default choice (a guest on every bridge without a physical port, as NAT and routed set-ups have;
 * otherwise two guests on the bridge that carries the uplink, as a plain bridged LAN has), and the
 * address and gateway a guest on that bridge (and VLAN) would be given.
 */
import { looksPhysical } from '../../config/interfaces/check.ts';
import type { HostConfig, HostInterface } from '../../config/interfaces/host.ts';
import { broadcastOf, contains, networkOf, type Cidr } from '../../config/ipv4.ts';

export interface Placement {
  vmid: number;
  /** '' when the reader leaves this guest unplugged. */
  bridge: string;
  /** VLAN tag of the guest's port on a VLAN-aware bridge. */
  tag?: number;
}

export interface BridgeChoice {
  name: string;
  vlanAware: boolean;
  /** Tags of the VLAN interfaces the file defines on this bridge (vmbr0.5): where the host has an address. */
  tags: number[];
  /** Has a physical NIC or bond among its ports (reaches the wire). */
  wired: boolean;
}

/** The VMIDs the playground offers, as Proxmox numbers its first guests. */
export const VMIDS = [100, 101, 102] as const;

const PRIVATE_LAN: Cidr = { ip: 0xc0a80a00, prefix: 24 }; // 192.168.10.0/24

export function bridgesOf(host: HostConfig): BridgeChoice[] {
  return host.interfaces
    .filter((i) => i.bridge)
    .map((i) => ({
      name: i.name,
      vlanAware: i.bridge!.vlanAware,
      tags: host.interfaces.filter((v) => v.vlan?.parent === i.name && v.addresses.length > 0).map((v) => v.vlan!.tag),
      wired: i.bridge!.ports.some((p) => reachesWire(host, p.value)),
    }));
}

/** A port that leads to a cable: a NIC, or a bond or VLAN on one. */
function reachesWire(host: HostConfig, name: string, depth = 0): boolean {
  if (depth > 4) return false;
  const i = host.byName.get(name);
  if (!i) return looksPhysical(name) || /\.\d+$/.test(name);
  if (i.kind === 'nic') return true;
  if (i.bond) return i.bond.slaves.some((s) => reachesWire(host, s.value, depth + 1));
  if (i.vlan) return reachesWire(host, i.vlan.parent, depth + 1);
  return false;
}

/** The interface holding the default gateway: the way out of the host. */
export function uplinkOf(host: HostConfig): HostInterface | undefined {
  return host.interfaces.find((i) => i.gateway);
}

/** The bridge the uplink is on (itself, its VLAN's parent, or the bridge it is a port of). */
function uplinkBridge(host: HostConfig): string | undefined {
  const up = uplinkOf(host);
  if (!up) return undefined;
  if (up.bridge) return up.name;
  if (up.vlan && host.byName.get(up.vlan.parent)?.bridge) return up.vlan.parent;
  return host.interfaces.find((b) => b.bridge?.ports.some((p) => p.value === up.name))?.name;
}

export function defaultPlacements(host: HostConfig): Placement[] {
  const bridges = bridgesOf(host);
  const portless = bridges.filter((b) => !b.wired);
  const withTag = (b: BridgeChoice): Pick<Placement, 'tag'> => {
    const own = host.byName.get(b.name)?.addresses.length ?? 0;
    return b.vlanAware && own === 0 && b.tags.length > 0 ? { tag: b.tags[0]! } : {};
  };
  if (portless.length > 0) return portless.slice(0, VMIDS.length).map((b, k) => ({ vmid: VMIDS[k]!, bridge: b.name, ...withTag(b) }));
  const main = bridges.find((b) => b.name === uplinkBridge(host)) ?? bridges[0];
  if (!main) return [];
  return [VMIDS[0], VMIDS[1]].map((vmid) => ({ vmid, bridge: main.name, ...withTag(main) }));
}

export interface GuestAddressing {
  cidr: Cidr;
  gateway?: number;
  /** The gateway is reached on the link without being in the guest's subnet (a /32 guest of a routed host). */
  onlink?: boolean;
}

/** The subnet a guest on this bridge and VLAN lives in, with the gateway it would be told to use. */
function subnetFor(host: HostConfig, p: Placement): { cidr: Cidr; gateway?: number; hostRoutes?: Cidr[] } {
  const own = p.tag !== undefined ? host.interfaces.find((v) => v.vlan?.parent === p.bridge && v.vlan.tag === p.tag) : host.byName.get(p.bridge);
  const gw = uplinkOf(host)?.gateway?.value;
  const addr = own?.addresses.find((a) => a.cidr.prefix <= 30)?.cidr;
  if (addr) return { cidr: addr, gateway: gw !== undefined && contains(addr, gw) ? gw : addr.ip };
  // Hosting set-ups: the bridge has the host's /32 and each guest address is routed to it (ip route add A/32 dev vmbr0).
  const slash32 = own?.addresses.find((a) => a.cidr.prefix >= 31)?.cidr;
  const routed = host.routes.filter((r) => r.route.dev === p.bridge && r.route.via === undefined).map((r) => r.route.dest);
  if (slash32 && routed.length > 0) return { cidr: routed[0]!, gateway: slash32.ip, hostRoutes: routed };
  // A bridge without an address of its own that reaches the wire: guests live on the uplink's LAN.
  const choice = bridgesOf(host).find((b) => b.name === p.bridge);
  const up = uplinkOf(host);
  const upNet = up?.addresses.find((a) => gw !== undefined && contains(a.cidr, gw))?.cidr;
  if (choice?.wired && upNet && upNet.prefix <= 30) return { cidr: upNet, gateway: gw! };
  return { cidr: PRIVATE_LAN };
}

/**
 * Addresses for every placed guest: a DNAT rule's destination first (so the file's port forward
 * reaches a guest), then .100 up as the course's examples number guests, and the first free
 * addresses of a subnet too small for that.
 */
export function guestAddresses(host: HostConfig, placements: readonly Placement[]): Map<number, GuestAddressing> {
  const used = new Set<number>();
  for (const i of host.interfaces) for (const a of i.addresses) used.add(a.cidr.ip);
  for (const i of host.interfaces) if (i.gateway) used.add(i.gateway.value);
  const dnat = host.rules.flatMap((r) => (r.rule.target === 'DNAT' && r.rule.toAddress ? [r.rule.toAddress.ip] : []));
  const out = new Map<number, GuestAddressing>();
  for (const p of placements) {
    if (!p.bridge) continue;
    const { cidr, gateway, hostRoutes } = subnetFor(host, p);
    const net = networkOf(cidr);
    const last = cidr.prefix >= 31 ? net + (1 << (32 - cidr.prefix)) - 1 : broadcastOf(cidr) - 1;
    const first = cidr.prefix >= 31 ? net : net + 1;
    const candidates = [
      ...dnat.filter((ip) => contains(cidr, ip)),
      ...(hostRoutes ?? []).map((r) => r.ip),
      ...Array.from({ length: 60 }, (_, k) => net + 100 + k),
      ...Array.from({ length: 254 }, (_, k) => net + 2 + k),
    ].filter((ip) => ip >= first && ip <= last && !used.has(ip));
    const ip = candidates[0];
    if (ip === undefined) continue;
    used.add(ip);
    const guestCidr = hostRoutes ? { ip, prefix: 32 } : { ip, prefix: cidr.prefix };
    out.set(p.vmid, { cidr: guestCidr, ...(gateway !== undefined ? { gateway } : {}), ...(hostRoutes ? { onlink: true } : {}) });
  }
  return out;
}
