import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_CHARS, MAX_DRAFT_CONFIG_CHARS } from '../../quiz/fix/limits.ts';
import { parseAttempt } from './attempt-parse.ts';
import type { SavedAttempt } from './attempt.ts';

const expected = { quizId: 'bridge', attempt: 1, types: new Map([['q-single', 'single'], ['q-fix', 'fix']]) };

const attempt = (config: string): SavedAttempt => ({
  v: 1,
  quiz: 'bridge',
  attempt: 1,
  view: 'one',
  ids: ['q-single', 'q-fix'],
  index: 1,
  drafts: { 'q-single': { type: 'single', choice: 'a' }, 'q-fix': { type: 'fix', config } },
  results: { 'q-single': { points: 1, max: 1, correct: true } },
  best: { 'q-single': 1 },
});

describe('reading a saved quiz attempt back', () => {
  it('keeps a fix-the-config file longer than the checker takes (it says so on Check), and the other answers', () => {
    // The textarea takes any length; refusing it here discarded the whole attempt on reload.
    const saved = attempt(`auto lo\n${'#'.repeat(MAX_CONFIG_CHARS)}`);
    expect(parseAttempt(JSON.stringify(saved), expected)).toEqual({ kind: 'ok', attempt: saved });
  });

  it('still discards an attempt whose file is beyond any real interfaces file', () => {
    expect(parseAttempt(JSON.stringify(attempt('#'.repeat(MAX_DRAFT_CONFIG_CHARS + 1))), expected)).toEqual({ kind: 'damaged' });
  });
});
