import { describe, expect, it } from 'vitest';
import type { SingleQuestion } from '../schema.ts';
import { GENERATORS } from './registry.ts';
import { generatorSuite, readingProblems, registrySuite } from './test-kit.ts';

generatorSuite('bridge');
describe('the generator registry', registrySuite);

describe('the reading check', () => {
  it('finds a wrong particle, a rejected term and a shared explanation (the check itself works)', () => {
    const q = GENERATORS[0]!.generate(1).question;
    expect(readingProblems(q)).toEqual([]);
    const [a, b] = q.options as [SingleQuestion['options'][number], SingleQuestion['options'][number]];
    expect(readingProblems({ ...q, ko: { prompt: 'VM 197가 vmbr0를 씁니까?' } })).toEqual([
      '197가 -> 197이 in "VM 197가 vmbr0를 씁니까?"',
      'vmbr0를 -> vmbr0을 in "VM 197가 vmbr0를 씁니까?"',
    ]);
    expect(readingProblems({ ...q, ko: { prompt: '노트북가 브릿지에 있습니까?' } })).toHaveLength(2);
    expect(readingProblems({ ...q, options: [a, { ...b, ko: { ...b.ko, why: a.ko.why } }] })).toContain('two options share one explanation');
  });
});
