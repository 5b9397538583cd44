/**
 * `npm run fuzz`: 100,000 generated and mutated inputs through the interfaces parser (the unit tests
 * run a bounded slice). Pass a number to change the count and a seed as the second argument.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkOne, deepContinuation, documents, hugeLines, mutatedConfig, randomBytes } from './fuzz.ts';
import { parseInterfacesText, serializeInterfaces, stripSpans } from './interfaces/index.ts';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/clean');
const seeds = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));

let slowest = 0;
let count = 0;
const run = (name: string, arb: fc.Arbitrary<string>, numRuns: number) => {
  const t0 = performance.now();
  fc.assert(
    fc.property(arb, (text) => {
      slowest = Math.max(slowest, checkOne(text));
      count++;
    }),
    { numRuns, seed },
  );
  console.log(`${name.padEnd(28)} ${String(numRuns).padStart(7)} inputs  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

console.log(`fuzzing the interfaces parser with ${total} inputs (seed ${seed})`);
try {
  run('valid configs, random edits', mutatedConfig(seeds), Math.round(total * 0.6));
  run('random bytes', randomBytes, Math.round(total * 0.3));
  run('huge lines', hugeLines, Math.round(total * 0.01));
  run('deep continuation', deepContinuation, Math.round(total * 0.01));
  const rt = Math.round(total * 0.08);
  fc.assert(
    // JSON, not isDeepStrictEqual: fast-check builds records without a prototype.
    fc.property(documents, (doc) => JSON.stringify(stripSpans(parseInterfacesText(serializeInterfaces(doc)).doc)) === JSON.stringify(doc)),
    { numRuns: rt, seed },
  );
  count += rt;
  console.log(`${'serializer round trip'.padEnd(28)} ${String(rt).padStart(7)} documents`);
  console.log(`ok: ${count} inputs, no throw, every diagnostic inside its input, slowest parse ${slowest.toFixed(1)} ms of CPU (budget 50 ms)`);
} catch (e) {
  // fast-check's message quotes the whole counterexample, which can be megabytes: print the cause and a slice.
  const err = e instanceof Error ? e : new Error(String(e));
  const cause = err.cause instanceof Error ? err.cause.message : '';
  console.error(`${err.message.slice(0, 2000)}${err.message.length > 2000 ? ' ...' : ''}\n${cause}`);
  process.exit(1);
}
