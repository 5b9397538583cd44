import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, fromBase64Url, toBase64Url } from './share.ts';

describe('share link encoding', () => {
  it('round-trips any text, Korean and emoji included, through URL-safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('bridge', 'routed', 'nat', 'bond' as const), (text, preset) => {
        const hash = encodeHash({ preset, text });
        expect(hash).toMatch(/^#play=[a-z]+\.[A-Za-z0-9_-]*$/);
        expect(decodeHash(hash)).toEqual({ preset, text });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what is not ours or not valid, instead of showing garbage', () => {
    expect(decodeHash('#intro')).toBeUndefined();
    expect(decodeHash('#play=vlan.YWJj')).toBeUndefined();
    expect(decodeHash('#play=bridge.***')).toBeUndefined();
    expect(fromBase64Url(toBase64Url('ok'))).toBe('ok');
    // 0xff is never valid UTF-8.
    expect(fromBase64Url('_w')).toBeUndefined();
  });
});
