/**
 * A simple layered layout: one column per layer (guests | bridges | bonds | NICs | switch |
 * outside), empty layers removed, nodes in a column ordered by the average position of their
 * neighbours (barycentre, two sweeps) so cables cross as little as possible. `vertical` turns
 * columns into rows for narrow screens, so the diagram never needs horizontal scrolling.
 */
import { LAYERS, type Layer, type Topology } from './topology-model.ts';

export const NODE_W = 124;
export const NODE_H = 48;
const GAP_MAJOR = 44; // between layers
const GAP_MINOR = 18; // between nodes of one layer
const PAD = 16;
const HOST_PAD = 10;
const HOST_LABEL = 22;
/** A host label in two parts ("the Proxmox host · ip_forward=1") takes two lines: a phone-wide box cannot hold it in one. */
const HOST_LABEL_TWO_LINES = 36;
export const HOST_LABEL_SEPARATOR = ' · ';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedHost {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  hosts: PlacedHost[];
}

export function centre(n: PlacedNode): Point {
  return { x: n.x + n.w / 2, y: n.y + n.h / 2 };
}

/** Where a link meets a node's box, on the side facing the other end. */
export function anchor(from: PlacedNode, to: PlacedNode, vertical: boolean): Point {
  const c = centre(from);
  const o = centre(to);
  if (vertical) {
    if (Math.abs(o.y - c.y) < 1) return { x: c.x + Math.sign(o.x - c.x) * (from.w / 2), y: c.y };
    return { x: c.x, y: c.y + Math.sign(o.y - c.y) * (from.h / 2) };
  }
  if (Math.abs(o.x - c.x) < 1) return { x: c.x, y: c.y + Math.sign(o.y - c.y) * (from.h / 2) };
  return { x: c.x + Math.sign(o.x - c.x) * (from.w / 2), y: c.y };
}

export function layout(topo: Topology, vertical: boolean): Layout {
  const hostLabel = topo.hosts.some((h) => h.label.includes(HOST_LABEL_SEPARATOR)) ? HOST_LABEL_TWO_LINES : HOST_LABEL;
  const used = LAYERS.filter((l) => topo.nodes.some((n) => n.layer === l));
  const columns = new Map<Layer, string[]>();
  for (const l of used) columns.set(l, topo.nodes.filter((n) => n.layer === l).map((n) => n.id));

  const neighbours = new Map<string, string[]>();
  for (const link of topo.links) {
    neighbours.set(link.a.node, [...(neighbours.get(link.a.node) ?? []), link.b.node]);
    neighbours.set(link.b.node, [...(neighbours.get(link.b.node) ?? []), link.a.node]);
  }
  const rank = new Map<string, number>();
  const setRanks = () => {
    for (const ids of columns.values()) ids.forEach((id, i) => rank.set(id, i - (ids.length - 1) / 2));
  };
  setRanks();
  const hostOrder = new Map(topo.hosts.map((h, i) => [h.id, i]));
  const sweep = (order: Layer[]) => {
    for (const l of order) {
      const ids = columns.get(l)!;
      const score = (id: string) => {
        const ns = (neighbours.get(id) ?? []).map((n) => rank.get(n)).filter((r): r is number => r !== undefined);
        return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : (rank.get(id) ?? 0);
      };
      const original = new Map(ids.map((id, i) => [id, i]));
      const hostOf = (id: string) => hostOrder.get(topo.nodes.find((n) => n.id === id)?.host ?? '') ?? -1;
      // Devices of one host stay together so its box is one rectangle.
      ids.sort((a, b) => hostOf(a) - hostOf(b) || score(a) - score(b) || original.get(a)! - original.get(b)!);
      setRanks();
    }
  };
  sweep(used);
  sweep([...used].reverse());

  const major = vertical ? NODE_H + GAP_MAJOR : NODE_W + GAP_MAJOR;
  const minor = vertical ? NODE_W + GAP_MINOR : NODE_H + GAP_MINOR;
  const widest = Math.max(1, ...[...columns.values()].map((ids) => ids.length));
  const span = widest * minor - GAP_MINOR;

  const nodes = new Map<string, PlacedNode>();
  used.forEach((l, li) => {
    const ids = columns.get(l)!;
    const colSpan = ids.length * minor - GAP_MINOR;
    const start = PAD + hostLabel + (span - colSpan) / 2;
    ids.forEach((id, i) => {
      const along = start + i * minor;
      const across = PAD + HOST_PAD + li * major;
      nodes.set(id, vertical ? { id, x: along, y: across, w: NODE_W, h: NODE_H } : { id, x: across, y: along, w: NODE_W, h: NODE_H });
    });
  });

  const hosts: PlacedHost[] = [];
  for (const h of topo.hosts) {
    const members = topo.nodes.filter((n) => n.host === h.id).map((n) => nodes.get(n.id)!).filter(Boolean);
    if (!members.length) continue;
    const x0 = Math.min(...members.map((m) => m.x)) - HOST_PAD;
    const y0 = Math.min(...members.map((m) => m.y)) - HOST_PAD - hostLabel;
    const x1 = Math.max(...members.map((m) => m.x + m.w)) + HOST_PAD;
    const y1 = Math.max(...members.map((m) => m.y + m.h)) + HOST_PAD;
    hosts.push({ id: h.id, x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
  }

  // Host labels sit above their box; shift everything down/right if one would start off-canvas.
  const minX = Math.min(PAD, ...hosts.map((h) => h.x), ...[...nodes.values()].map((n) => n.x));
  const minY = Math.min(PAD, ...hosts.map((h) => h.y), ...[...nodes.values()].map((n) => n.y));
  const dx = PAD - minX;
  const dy = PAD - minY;
  if (dx || dy) {
    for (const n of nodes.values()) {
      n.x += dx;
      n.y += dy;
    }
    for (const h of hosts) {
      h.x += dx;
      h.y += dy;
    }
  }

  const allX = [...nodes.values()].map((n) => n.x + n.w).concat(hosts.map((h) => h.x + h.w));
  const allY = [...nodes.values()].map((n) => n.y + n.h).concat(hosts.map((h) => h.y + h.h));
  return { width: Math.max(0, ...allX) + PAD, height: Math.max(0, ...allY) + PAD, nodes, hosts };
}
