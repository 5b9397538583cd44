/** Which scenarios `npm run conformance -- --only TEXT` picks, and how scenarios running side by side keep apart and report in order. */
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../scripts/conformance/in-order.ts';
import { NamespaceSet } from '../../scripts/conformance/netns.ts';
import { matchesOnly } from '../../scripts/conformance/scenario.ts';

const bridge = { id: 'bridge-learning', file: '/work/checkout/tests/conformance/01-bridge-learning.yaml' };
const lab = { id: 'lab-nat', file: '/home/ci/netmodes/content/labs/nat.yaml' };

describe('--only', () => {
  it('matches a scenario by its id or its file name', () => {
    expect(matchesOnly(bridge, 'learning')).toBe(true);
    expect(matchesOnly(bridge, '01-')).toBe(true);
    expect(matchesOnly(lab, 'lab-nat')).toBe(true);
    expect(matchesOnly(lab, 'nat.yaml')).toBe(true);
  });
  it('never by the folders around the file (`--only h` used to pick nearly every scenario through "/home" or "checkout")', () => {
    expect(matchesOnly(bridge, 'checkout')).toBe(false);
    expect(matchesOnly(bridge, 'conformance')).toBe(false);
    expect(matchesOnly(lab, 'h')).toBe(false);
    expect(matchesOnly(lab, 'content')).toBe(false);
  });
});

describe('namespaces of scenarios running side by side', () => {
  it('carry the run and the scenario in their names, so two scenarios with the same node ids never share one', () => {
    const a = new NamespaceSet('1');
    const b = new NamespaceSet('2');
    expect(a.name('pve')).not.toBe(b.name('pve'));
    expect(a.name('pve')).toBe(`nmc-${process.pid}-1-pve`);
  });
});

describe('the report of scenarios that finish in any order', () => {
  it('comes in file order, each as soon as the ones before it are in', () => {
    const seen: string[] = [];
    const report = inOrder<string>((v, i) => seen.push(`${i}:${v}`));
    report(2, 'c');
    report(1, 'b');
    expect(seen).toEqual([]);
    report(0, 'a');
    expect(seen).toEqual(['0:a', '1:b', '2:c']);
    report(4, 'e');
    report(3, 'd');
    expect(seen).toEqual(['0:a', '1:b', '2:c', '3:d', '4:e']);
  });
});
