/**
 * What TopologyView draws: a view of the kernel's nodes, devices and links, independent of
 * React. Built from a kernel snapshot by `topology-from-sim.ts`; laid out by `layout.ts`.
 */
export type NodeKind = 'guest' | 'host' | 'bridge' | 'bond' | 'nic' | 'switch' | 'provider' | 'router' | 'external';

/**
 * Columns from the guests outwards (left to right, or top to bottom on narrow screens):
 * guests | host bridges | host bonds | host NICs | switches | routers | outside hosts.
 */
export type Layer = 'guests' | 'bridges' | 'bonds' | 'nics' | 'network' | 'edge' | 'outside';

export const LAYERS: readonly Layer[] = ['guests', 'bridges', 'bonds', 'nics', 'network', 'edge', 'outside'];

export interface TopoNode {
  /** Unique id; for devices inside a host `host/dev` (e.g. `pve/vmbr0`). */
  id: string;
  /** Display name (vmbr0, VM 100, LAN switch). */
  label: string;
  /** Second line (address, MAC, mode). */
  detail?: string;
  kind: NodeKind;
  layer: Layer;
  /** The Proxmox host a device belongs to; drawn inside that host's box. */
  host?: string;
}

export interface TopoEnd {
  node: string;
  /** The port name on that node (tap100i0, eno1, port 1). */
  port: string;
}

export interface TopoLink {
  /** The kernel's link id (used to unplug/plug). Virtual links inside a host have no kernel link. */
  id: string;
  a: TopoEnd;
  b: TopoEnd;
  /** cable: a kernel link that can be unplugged; member: a port inside a host (bridge port, bond slave). */
  kind: 'cable' | 'member';
  up: boolean;
}

export interface HostBox {
  id: string;
  label: string;
}

export interface Topology {
  nodes: TopoNode[];
  links: TopoLink[];
  hosts: HostBox[];
}
