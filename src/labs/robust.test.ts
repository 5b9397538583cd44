import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadLab, runLab } from './index.ts';

const labsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../content/labs');
const seeds = readdirSync(labsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(labsDir, f), 'utf8'));

// Lab files are edited by hand: whatever the edit, loading reports problems and running never throws.
const PIECES = ['\n', ': ', '- ', '  ', '#', '"', "'", '{', '}', '[', ']', '0', '100', 'pve', 'eno1', 'vmbr9', '999.1.1.1/24', 'wait: 5', '&a', '*a', '\t'];
const edited = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 20 }), text: fc.constantFrom(...PIECES) }), { minLength: 1, maxLength: 4 }),
  )
  .map(([seed, edits]) => {
    let t = seed;
    for (const e of edits) {
      const at = e.at % (t.length + 1);
      t = t.slice(0, at) + e.text + t.slice(at + e.cut);
    }
    return t;
  });

describe('lab files with random edits', () => {
  it('load and, when valid, run without throwing', () => {
    fc.assert(
      fc.property(edited, (text) => {
        const loaded = loadLab(text, { readFile: () => undefined });
        if (loaded.lab) runLab(loaded);
      }),
      { numRuns: 120, seed: 11 },
    );
  });
});
