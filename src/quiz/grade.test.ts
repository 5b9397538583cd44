import { describe, expect, it } from 'vitest';
import { loadBank } from './bank-fs.ts';
import { buildAnswerKeys, gradeSubmission } from './grade.ts';
import { toClientQuestion } from './localize.ts';
import { toStudentQuestion } from './student.ts';
import type { FixQuestion } from './schema.ts';

const bank = loadBank();
const keys = buildAnswerKeys(bank);
const final = bank.quizzes.get('final')!.questionIds;

describe('server-side grading of raw answers', () => {
  it('has a key for every question, path keys included', () => {
    expect(keys.size).toBe(bank.questions.size);
    expect(keys.get('routed-path-no-forward')).toEqual({ type: 'path', choice: 'at-host' });
  });

  it('grades a mixed submission with the same rules as self-study, missing answers scoring 0', () => {
    const fix = bank.questions.get('nat-fix-masquerade') as FixQuestion;
    const result = gradeSubmission(bank, keys, ['bridge-what-is', 'bridge-forwarding-rules', 'routed-path-no-forward', 'nat-fix-masquerade', 'bond-cluster'], {
      'bridge-what-is': { type: 'single', choice: 'switch' },
      'bridge-forwarding-rules': { type: 'multiple', choices: ['learns-source', 'floods-unknown'] },
      'routed-path-no-forward': { type: 'path', choice: 'at-host' },
      'nat-fix-masquerade': { type: 'fix', config: fix.solution },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.questions['bridge-forwarding-rules']!.score.points).toBe(0.667);
    expect(result.questions['nat-fix-masquerade']!.score.points).toBe(1);
    expect(result.questions['nat-fix-masquerade']!.fix?.passed).toBe(true);
    expect(result.questions['bond-cluster']).toMatchObject({ answer: null, score: { points: 0 } });
    expect(result.total).toMatchObject({ score: 3.667, total: 5 });
  });

  it('refuses malformed or oversized answers and answers to questions outside the assignment', () => {
    expect(gradeSubmission(bank, keys, final, { 'bridge-what-is': { type: 'single', choice: 5 } })).toMatchObject({ ok: false, error: 'invalid_answers' });
    expect(gradeSubmission(bank, keys, final, 'nope')).toMatchObject({ ok: false, error: 'invalid_answers' });
    expect(gradeSubmission(bank, keys, final, { 'nat-fix-masquerade': { type: 'fix', config: 'x'.repeat(20_001) } })).toMatchObject({ ok: false });
    expect(gradeSubmission(bank, keys, ['bridge-what-is'], { 'bond-cluster': { type: 'single', choice: 'separate' } })).toEqual({
      ok: false,
      error: 'unknown_question',
      detail: 'bond-cluster',
    });
  });

  it('never sends a student the key or the explanations before submission', () => {
    const solutions = new Map([['routed-path-no-forward', { choice: 'at-host', hops: ['secret trace'] }]]);
    for (const id of ['bridge-what-is', 'nat-inbound-tf', 'rvn-match-situation', 'routed-path-no-forward', 'nat-fix-masquerade']) {
      const student = toStudentQuestion(toClientQuestion(bank.questions.get(id)!, 'ko', solutions));
      const json = JSON.stringify(student);
      expect(json).not.toMatch(/"key"|secret trace|"correct"/);
      const q = bank.questions.get(id)!;
      if (q.type === 'single') for (const o of q.options) expect(json).not.toContain(o.ko.why);
      if (q.type === 'fix') expect(json).not.toContain('MASQUERADE');
    }
  });
});
