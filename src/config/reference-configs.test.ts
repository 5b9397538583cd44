import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_CONFIGS } from './reference-configs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const reference = resolve(repoRoot, '../shared/reference/network-modes.md');

describe('reference configs module', () => {
  // The shared reference is the source of truth; it sits beside the repository on the course machines.
  if (existsSync(reference)) {
    it('every interfaces block of the shared reference equals the exported text, in order', () => {
      const md = readFileSync(reference, 'utf8');
      const blocks = [...md.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^iface /m.test(b));
      expect(blocks).toEqual(REFERENCE_CONFIGS.map((c) => c.text));
    });
  } else {
    it.skip(`compare with the shared reference: ${reference} is not present on this machine`, () => {});
  }

  // Tests read these fixtures from disk as real files; they must stay the module's texts.
  for (const { id, text } of REFERENCE_CONFIGS) {
    it(`fixtures/clean/${id}.interfaces is the exported text`, () => {
      expect(readFileSync(join(here, 'fixtures/clean', `${id}.interfaces`), 'utf8')).toBe(text);
    });
  }
});
