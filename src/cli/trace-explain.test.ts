import { describe, expect, it } from 'vitest';
import { TRACE_CODES } from '../sim/index.ts';
import { TRACE_KO, traceExplanation } from './trace-explain.ts';

describe('trace code explanations', () => {
  it('every code the kernel lists has a Korean explanation, and nothing else is listed', () => {
    const codes = TRACE_CODES.map(([c]) => c);
    expect(codes.filter((c) => !(c in TRACE_KO))).toEqual([]);
    expect(Object.keys(TRACE_KO).filter((c) => !codes.includes(c as (typeof codes)[number]))).toEqual([]);
    for (const c of codes) expect(/[가-힣]/.test(traceExplanation(c, 'ko')!), c).toBe(true);
  });
});
