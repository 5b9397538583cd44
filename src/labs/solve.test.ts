/**
 * Every shipped lab's solution reaches every goal in every variant, on the kernel (what
 * `netmodes run LAB --solve` checks), and a goal the solution cannot reach is named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLab, runLab, solutionOf, variantsOf } from './index.ts';

const DIR = join(import.meta.dirname, '../../content/labs');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const load = (f: string) => loadLab(readFileSync(join(DIR, f), 'utf8'), { file: f, readFile: (p) => readFileSync(join(DIR, p), 'utf8') });

describe('lab solutions', () => {
  const withSolution = files.filter((f) => {
    const lab = load(f).lab!;
    return variantsOf(lab).some((v) => solutionOf(lab, v));
  });

  it('the site labs come with a solution', () => {
    for (const id of ['bridge', 'routed']) expect(withSolution).toContain(`${id}.yaml`);
  });

  for (const f of withSolution) {
    it(`${f}: the solution reaches every goal in every variant`, () => {
      const loaded = load(f);
      for (const variant of variantsOf(loaded.lab!)) {
        const run = runLab(loaded, { solve: true, ...(variant !== undefined ? { variant } : {}) });
        expect(run.steps.filter((s) => s.code === 'step.failed')).toEqual([]);
        expect(run.goals.length).toBeGreaterThan(0);
        expect(run.goals.filter((g) => !g.passed).map((g) => `${variant ?? ''} ${g.id ?? g.index}`)).toEqual([]);
      }
    });
  }

  it('a solution that misses a step leaves its goal unmet, by name (routed without flushing the gateway ARP cache)', () => {
    const loaded = load('routed.yaml');
    const lab = loaded.lab!;
    const routed = lab.variants!.find((v) => v.id === 'routed')!;
    const partial = { ...loaded, lab: { ...lab, variants: lab.variants!.map((v) => (v === routed ? { ...v, solution: v.solution!.filter((a) => a !== 'flush-gw') } : v)) } };
    const run = runLab(partial, { solve: true, variant: 'routed' });
    expect(run.passed).toBe(false);
    expect(run.goals.filter((g) => !g.passed).map((g) => g.id)).toEqual(['proxy']);
  });
});
