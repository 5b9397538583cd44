import { beforeEach, describe, expect, it } from 'vitest';
import type { PublicQuestion } from '../../server/questions.ts';
import { MAX_CONFIG_CHARS } from '../../quiz/fix/limits.ts';
import { parseDraft } from './draft-parse.ts';
import { clearDraft, draftKey, draftText, saveDraft } from './draft.ts';

const questions: PublicQuestion[] = [
  { id: 'q1', type: 'single', prompt: 'p', options: [{ id: 'a', text: 'A' }] },
  { id: 'q2', type: 'truefalse', prompt: 'p', reasons: [{ id: 'r', text: 'R' }] },
];

function memory() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe('student drafts', () => {
  let store: ReturnType<typeof memory>;
  beforeEach(() => (store = memory()));

  it('keeps the name and the answers (a half-given true/false too) and reads them back', () => {
    const draft = { name: '김하늘', answers: { q1: { type: 'single', choice: 'a' }, q2: { type: 'truefalse', reason: 'r' } } } as const;
    expect(saveDraft('ABCDEF', draft, store)).toBe(true);
    expect(parseDraft(draftText('ABCDEF', store)!, questions)).toEqual(draft);
  });

  it('forgets an empty draft instead of keeping it, and clears on request', () => {
    saveDraft('ABCDEF', { name: 'x', answers: {} }, store);
    saveDraft('ABCDEF', { name: ' ', answers: {} }, store);
    expect(store.map.has(draftKey('ABCDEF'))).toBe(false);
    saveDraft('ABCDEF', { name: 'x', answers: {} }, store);
    clearDraft('ABCDEF', store);
    expect(draftText('ABCDEF', store)).toBeNull();
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['another version', JSON.stringify({ v: 2, name: 'x', answers: {} })],
    ['extra fields (a key has no place here)', JSON.stringify({ v: 1, name: 'x', answers: {}, key: { q1: 'a' } })],
    ['an answer to a question not in the assignment', JSON.stringify({ v: 1, name: 'x', answers: { q9: { type: 'single', choice: 'a' } } })],
    ['an answer of the wrong type', JSON.stringify({ v: 1, name: 'x', answers: { q1: { type: 'multiple', choices: ['a'] } } })],
  ])('does not use a draft with %s', (_, text) => {
    expect(parseDraft(text, questions)).toBeNull();
  });

  it('keeps a config longer than a submission may carry (the server says so on submit), with the other answers', () => {
    // The error for it tells the student to reload, their answers being kept: they must be.
    const withFix: PublicQuestion[] = [...questions, { id: 'q3', type: 'fix', prompt: 'p', start: 'auto lo\n', hint: 'h' } as PublicQuestion];
    const draft = { name: '김하늘', answers: { q1: { type: 'single', choice: 'a' }, q3: { type: 'fix', config: '#'.repeat(MAX_CONFIG_CHARS + 1) } } } as const;
    saveDraft('ABCDEF', draft, store);
    expect(parseDraft(draftText('ABCDEF', store)!, withFix)).toEqual(draft);
  });

  it('works with no storage at all (private mode)', () => {
    expect(saveDraft('ABCDEF', { name: 'x', answers: {} }, null)).toBe(false);
    expect(draftText('ABCDEF', null)).toBeNull();
    expect(() => clearDraft('ABCDEF', null)).not.toThrow();
  });
});
