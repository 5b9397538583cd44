import { describe, expect, it } from 'vitest';
import { layout } from './layout.ts';
import type { Topology } from './topology-model.ts';
import { diffTables, changeKey, type TableView } from './tables-model.ts';

const topo: Topology = {
  hosts: [{ id: 'pve', label: 'Proxmox host' }],
  nodes: [
    { id: 'vm100', label: 'VM 100', kind: 'guest', layer: 'guests' },
    { id: 'vm101', label: 'VM 101', kind: 'guest', layer: 'guests' },
    { id: 'pve/vmbr0', label: 'vmbr0', kind: 'bridge', layer: 'bridges', host: 'pve' },
    { id: 'pve/vmbr1', label: 'vmbr1', kind: 'bridge', layer: 'bridges', host: 'pve' },
    { id: 'pve/eno1', label: 'eno1', kind: 'nic', layer: 'nics', host: 'pve' },
    { id: 'sw', label: 'LAN switch', kind: 'switch', layer: 'network' },
    { id: 'lan', label: 'Laptop', kind: 'external', layer: 'outside' },
  ],
  links: [
    { id: 'l1', a: { node: 'vm100', port: 'eth0' }, b: { node: 'pve/vmbr1', port: 'tap100i0' }, kind: 'cable', up: true },
    { id: 'l2', a: { node: 'vm101', port: 'eth0' }, b: { node: 'pve/vmbr0', port: 'tap101i0' }, kind: 'cable', up: true },
    { id: 'm1', a: { node: 'pve/vmbr0', port: 'eno1' }, b: { node: 'pve/eno1', port: 'eno1' }, kind: 'member', up: true },
    { id: 'l3', a: { node: 'pve/eno1', port: 'eno1' }, b: { node: 'sw', port: 'port 1' }, kind: 'cable', up: true },
    { id: 'l4', a: { node: 'sw', port: 'port 2' }, b: { node: 'lan', port: 'eth0' }, kind: 'cable', up: true },
  ],
};

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layout', () => {
  for (const vertical of [false, true]) {
    it(`places every node without overlap and keeps host devices inside the host box (${vertical ? 'rows' : 'columns'})`, () => {
      const l = layout(topo, vertical);
      const placed = [...l.nodes.values()];
      expect(placed).toHaveLength(topo.nodes.length);
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
      const box = l.hosts[0]!;
      for (const n of topo.nodes.filter((x) => x.host === 'pve')) {
        const p = l.nodes.get(n.id)!;
        expect(p.x).toBeGreaterThanOrEqual(box.x);
        expect(p.y).toBeGreaterThanOrEqual(box.y);
        expect(p.x + p.w).toBeLessThanOrEqual(box.x + box.w);
        expect(p.y + p.h).toBeLessThanOrEqual(box.y + box.h);
      }
      for (const p of placed) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.x + p.w).toBeLessThanOrEqual(l.width);
        expect(p.y + p.h).toBeLessThanOrEqual(l.height);
      }
    });
  }

  it('orders guests next to the bridge they plug into (fewer crossings)', () => {
    const l = layout(topo, false);
    const along = (id: string) => l.nodes.get(id)!.y;
    // vm101 is on vmbr0 and vm100 on vmbr1: the guest order follows the bridge order.
    expect(Math.sign(along('vm101') - along('vm100'))).toBe(Math.sign(along('pve/vmbr0') - along('pve/vmbr1')));
  });

  it('the narrow (row) layout is narrower than the column layout, so phones need no horizontal scroll', () => {
    expect(layout(topo, true).width).toBeLessThan(layout(topo, false).width);
  });
});

describe('diffTables', () => {
  const table = (rows: Array<[string, string]>): TableView => ({
    id: 'fdb:pve/vmbr0',
    tab: 'fdb',
    caption: 'x',
    columns: ['mac', 'port'],
    rows: rows.map(([key, sig]) => ({ key, sig, cells: [key, sig] })),
  });
  it('marks rows that appear as new and rows whose signature changed as changed, and nothing on the first step', () => {
    const a = table([['aa', 'tap100i0']]);
    const b = table([
      ['aa', 'eno1'],
      ['bb', 'tap101i0'],
    ]);
    const d = diffTables([a], [b]);
    expect(d.get(changeKey(a.id, 'aa'))).toBe('changed');
    expect(d.get(changeKey(a.id, 'bb'))).toBe('new');
    expect(diffTables(undefined, [b]).size).toBe(0);
    expect(diffTables([b], [b]).size).toBe(0);
  });
});
