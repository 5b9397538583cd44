import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString, orderFor, seededShuffle } from './shuffle.ts';

describe('seeded shuffling', () => {
  it('the same quiz, attempt and question always give the same order', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(orderFor(items, 'bridge', 3, 'q1')).toEqual(orderFor(items, 'bridge', 3, 'q1'));
  });
  it('is a permutation and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 12 }), fc.integer(), (items, seed) => {
        const copy = items.slice();
        const out = seededShuffle(items, seed);
        expect(items).toEqual(copy);
        expect(out.slice().sort((x, y) => x - y)).toEqual(copy.sort((x, y) => x - y));
      }),
      { numRuns: 200 },
    );
  });
  it('moves the right answer around between attempts (not position-based)', () => {
    const items = ['right', 'b', 'c', 'd'];
    const positions = new Set<number>();
    for (let attempt = 1; attempt <= 40; attempt += 1) positions.add(orderFor(items, 'nat', attempt, 'nat-masquerade').indexOf('right'));
    expect(positions.size).toBe(4);
  });
  it('spreads positions roughly evenly over many questions', () => {
    const counts = [0, 0, 0, 0];
    for (let q = 0; q < 4000; q += 1) counts[orderFor(['x', 'b', 'c', 'd'], 'final', 1, `q${q}`).indexOf('x')]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
  it('hashes with FNV-1a (known vector)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
