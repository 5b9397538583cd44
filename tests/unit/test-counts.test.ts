/** `npm test` sums what each runner reports; these are the formats it reads. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playwrightCounts, sumCounts, summaryLine, summaryLineCounts, vitestCounts } from '../../scripts/test-counts.mjs';

const dir = mkdtempSync(join(tmpdir(), 'nm-counts-'));
function json(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('test counts', () => {
  it('reads vitest\'s JSON report; a file that failed to load counts as a failure', () => {
    const file = json('vitest.json', {
      numTotalTests: 12,
      numPassedTests: 9,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [
        { status: 'passed', assertionResults: [{}] },
        { status: 'failed', assertionResults: [] },
      ],
    });
    expect(vitestCounts(file)).toEqual({ passed: 9, failed: 2, skipped: 2 });
  });

  it('reads Playwright\'s JSON report; a spec that cannot load counts as a failure', () => {
    const file = json('pw.json', { stats: { expected: 240, unexpected: 2, flaky: 1, skipped: 3 }, errors: [{ message: 'SyntaxError' }] });
    expect(playwrightCounts(file)).toEqual({ passed: 241, failed: 3, skipped: 3 });
  });

  it('a missing or unreadable report gives no counts (the step then counts as one failure if it failed)', () => {
    expect(vitestCounts(join(dir, 'none.json'))).toBeUndefined();
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(playwrightCounts(join(dir, 'broken.json'))).toBeUndefined();
  });

  it('reads the last summary line a checker prints, and writes the same format', () => {
    const out = 'conformance: 3 agree, 1 differ, in 40 s\nconformance: 3 passed, 1 failed, 2 skipped\n';
    expect(summaryLineCounts('conformance', out)).toEqual({ passed: 3, failed: 1, skipped: 2 });
    expect(summaryLineCounts('size budgets', `${summaryLine('size budgets', { passed: 46, failed: 0 })}\n`)).toEqual({ passed: 46, failed: 0, skipped: 0 });
    expect(summaryLineCounts('lighthouse', 'conformance: 1 passed, 0 failed')).toBeUndefined();
  });

  it('sums every runner', () => {
    expect(sumCounts([{ passed: 1, failed: 0, skipped: 2 }, { passed: 5, failed: 1, skipped: 0 }])).toEqual({ passed: 6, failed: 1, skipped: 2 });
  });
});
