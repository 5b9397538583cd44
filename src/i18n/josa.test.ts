import { describe, expect, it } from 'vitest';
import { josa } from './josa.ts';

describe('josa (Korean particles after identifiers)', () => {
  it.each([
    ['vmbr0', '이/가', 'vmbr0이'],
    ['eno1', '을/를', 'eno1을'],
    ['eno2', '을/를', 'eno2를'],
    ['10.10.10.2', '은/는', '10.10.10.2는'],
    ['198.51.100.5', '으로/로', '198.51.100.5로'],
    ['203.0.113.10', '으로/로', '203.0.113.10으로'],
    ['10.10.10.1', '으로/로', '10.10.10.1로'],
    ['bond', '이/가', 'bond가'],
    ['vmbr', '을/를', 'vmbr을'],
    ['스위치', '이/가', '스위치가'],
    ['브리지 포트', '을/를', '브리지 포트를'],
    ['게이트웨이', '으로/로', '게이트웨이로'],
    ['LAN', '과/와', 'LAN과'],
  ] as const)('%s + %s = %s', (word, pair, expected) => {
    expect(josa(word, pair)).toBe(expected);
  });
});
