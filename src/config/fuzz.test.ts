import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOne, deepContinuation, documents, hugeLines, mutatedConfig, randomBytes } from './fuzz.ts';
import { parseInterfacesText, serializeInterfaces, stripSpans } from './interfaces/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/clean');
const seeds = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
// Speed is measured by `npm run fuzz` and the benchmark on a quiet machine; here a generous bound only
// catches a hang, so a busy CI machine cannot make the suite flaky.
const HANG_MS = 2000;
const noThrow = (text: string) => {
  checkOne(text, HANG_MS);
  return true;
};

// A bounded slice of `npm run fuzz` (100,000 inputs), fixed seed so a failure reproduces.
describe('parser fuzzing (bounded: ~2,000 inputs)', () => {
  it('valid configs with random edits', () => {
    fc.assert(fc.property(mutatedConfig(seeds), noThrow), { numRuns: 1200, seed: 4 });
  });
  it('random bytes and random token soup', () => {
    fc.assert(fc.property(randomBytes, noThrow), { numRuns: 600, seed: 4 });
  });
  it('huge lines and deep continuations', () => {
    fc.assert(fc.property(fc.oneof(hugeLines, deepContinuation), noThrow), { numRuns: 60, seed: 4 });
  });
});

describe('serializer round trip', () => {
  it('parse(serialize(doc)) equals doc for generated documents', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(stripSpans(parseInterfacesText(serializeInterfaces(doc)).doc)).toEqual(doc);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
