import { describe, expect, it } from 'vitest';
import { carriedHash, pairSections } from './section-map.ts';

const en = [
  { depth: 2, slug: 'the-bonding-modes' },
  { depth: 3, slug: 'active-backup' },
];
const ko = [
  { depth: 2, slug: '본딩-모드' },
  { depth: 3, slug: 'active-backup' },
];

describe('pairSections', () => {
  it('pairs headings by position when both pages have the same structure', () => {
    expect(pairSections(en, ko)).toEqual({ 'the-bonding-modes': '본딩-모드', 'active-backup': 'active-backup' });
  });
  it('pairs nothing when the structures differ, rather than sending the reader to the wrong section', () => {
    expect(pairSections(en, ko.slice(0, 1))).toEqual({});
    expect(pairSections(en, [ko[0]!, { depth: 2, slug: 'x' }])).toEqual({});
  });
});

describe('carriedHash', () => {
  const map = pairSections(en, ko);
  const ids = new Set(en.map((h) => h.slug));
  it('maps the section on screen, whatever the address says', () => {
    expect(carriedHash('', map, ids, 'the-bonding-modes')).toBe(`#${encodeURIComponent('본딩-모드')}`);
    expect(carriedHash('#active-backup', map, ids, 'the-bonding-modes')).toBe(`#${encodeURIComponent('본딩-모드')}`);
  });
  it('maps the linked section when none is on screen yet, and drops the fragment above the first heading', () => {
    expect(carriedHash('#the-bonding-modes', map, ids, undefined)).toBe(`#${encodeURIComponent('본딩-모드')}`);
    expect(carriedHash('', map, ids, undefined)).toBe('');
  });
  it('keeps fragments that are not headings: widget state, glossary terms, the quiz', () => {
    for (const hash of ['#play=bridge.abc', '#t=token', '#term-bridge', '#quiz', '#%E0%A4%A']) expect(carriedHash(hash, map, ids, 'active-backup')).toBe(hash);
  });
});
