/**
 * Builds the TopologyView model from a kernel snapshot: guests, the Proxmox host's bridges,
 * bonds and NICs (taps are drawn as the cable from the guest to its bridge), switches, routers
 * and outside hosts, and every kernel link (plus bridge-port / bond-slave membership inside hosts).
 */
import type { SimSnapshot, HostSnapshot } from '../../sim/core.ts';
import type { Lang } from '../i18n/lang.ts';
import { nameOf, type NodeNames } from './names.ts';
import type { Layer, NodeKind, TopoLink, TopoNode, Topology } from './topology-model.ts';
import { HOST_LABEL_SEPARATOR } from './layout.ts';

export interface SimTopology extends Topology {
  /** The drawn node for a kernel endpoint (host + port/device), e.g. pve + tap100i0 -> pve/vmbr0. */
  nodeFor(node: string, portOrDev?: string): string | undefined;
}

const isProxmox = (h: HostSnapshot) => h.kind === 'proxmox';

export function topologyFromSim(snap: SimSnapshot, names: NodeNames, lang: Lang): SimTopology {
  const nodes: TopoNode[] = [];
  const links: TopoLink[] = [];
  const hosts: Topology['hosts'] = [];
  const devNode = new Map<string, string>(); // `${host}\0${dev}` -> topo node id

  for (const h of snap.hosts) {
    const label = nameOf(names, h.id, lang) || h.label || h.id;
    if (!isProxmox(h)) {
      const kind: NodeKind = h.kind === 'guest' ? 'guest' : h.kind === 'router' ? 'router' : 'external';
      const layer: Layer = h.kind === 'guest' ? 'guests' : h.kind === 'router' ? 'edge' : 'outside';
      const addr = h.devices.flatMap((d) => d.addresses)[0];
      nodes.push({ id: h.id, label, kind, layer, ...(addr ? { detail: addr } : {}) });
      continue;
    }
    const fwd = (h.sysctls['net.ipv4.ip_forward'] ?? 0) !== 0;
    hosts.push({ id: h.id, label: fwd ? `${label}${HOST_LABEL_SEPARATOR}ip_forward=1` : label });
    for (const d of h.devices) {
      let kind: NodeKind | undefined;
      let layer: Layer | undefined;
      if (d.kind === 'bridge') [kind, layer] = ['bridge', 'bridges'];
      else if (d.kind === 'bond') [kind, layer] = ['bond', 'bonds'];
      else if (d.kind === 'nic') [kind, layer] = ['nic', 'nics'];
      if (!kind || !layer) continue;
      const id = `${h.id}/${d.name}`;
      const bond = h.bonds.find((b) => b.name === d.name);
      const detail = d.addresses[0] ?? (bond ? bond.mode : undefined);
      nodes.push({ id, label: d.name, kind, layer, host: h.id, ...(detail ? { detail } : {}) });
      devNode.set(`${h.id}\u0000${d.name}`, id);
    }
    // Taps and VLAN devices are drawn as their master (the bridge they are a port of).
    for (const d of h.devices) {
      if (devNode.has(`${h.id}\u0000${d.name}`)) continue;
      const via = d.master ?? d.parent;
      const target = via ? devNode.get(`${h.id}\u0000${via}`) : undefined;
      if (target) devNode.set(`${h.id}\u0000${d.name}`, target);
    }
    for (const d of h.devices) {
      if (!d.master || d.kind === 'tap') continue;
      const a = devNode.get(`${h.id}\u0000${d.master}`);
      const b = devNode.get(`${h.id}\u0000${d.name}`);
      if (a && b && a !== b) links.push({ id: `member:${h.id}/${d.name}`, a: { node: a, port: d.name }, b: { node: b, port: d.name }, kind: 'member', up: d.up });
    }
  }
  for (const s of snap.switches) {
    nodes.push({ id: s.id, label: nameOf(names, s.id, lang) || s.label || s.id, kind: s.kind === 'provider' ? 'provider' : 'switch', layer: 'network' });
  }

  const nodeFor = (node: string, portOrDev?: string): string | undefined => {
    if (portOrDev !== undefined) {
      const mapped = devNode.get(`${node}\u0000${portOrDev}`);
      if (mapped) return mapped;
    }
    if (nodes.some((n) => n.id === node)) return node;
    // A Proxmox host event without a device: its first bridge stands for it.
    return nodes.find((n) => n.host === node)?.id;
  };

  for (const l of snap.links) {
    const a = nodeFor(l.a.node, l.a.port);
    const b = nodeFor(l.b.node, l.b.port);
    if (!a || !b) continue;
    links.push({ id: l.id, a: { node: a, port: l.a.port }, b: { node: b, port: l.b.port }, kind: 'cable', up: l.up });
  }
  return { nodes, links, hosts, nodeFor };
}
