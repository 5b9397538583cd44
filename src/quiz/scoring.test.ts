import { describe, expect, it } from 'vitest';
import { keyFromData, scoreAnswer, totalScore, type AnswerKey } from './scoring.ts';
import { question } from './schema.ts';

const multiKey: AnswerKey = { type: 'multiple', choices: ['a', 'b'] };

describe('single choice and predict-the-path', () => {
  it('gives 1 point for the key and 0 for anything else', () => {
    expect(scoreAnswer({ type: 'single', choice: 'b' }, { type: 'single', choice: 'b' })).toEqual({ points: 1, max: 1, correct: true });
    expect(scoreAnswer({ type: 'single', choice: 'b' }, { type: 'single', choice: 'a' })).toEqual({ points: 0, max: 1, correct: false });
    expect(scoreAnswer({ type: 'path', choice: 'at-web' }, { type: 'path', choice: 'at-web' }).points).toBe(1);
    expect(scoreAnswer({ type: 'path', choice: 'at-web' }, { type: 'path', choice: 'at-pve' }).points).toBe(0);
  });
  it('scores a missing answer or one of another type as 0 (raw answers are untrusted)', () => {
    expect(scoreAnswer({ type: 'single', choice: 'b' }, undefined).points).toBe(0);
    expect(scoreAnswer({ type: 'single', choice: 'b' }, null).points).toBe(0);
    expect(scoreAnswer({ type: 'path', choice: 'b' }, { type: 'single', choice: 'b' }).points).toBe(0);
  });
});

describe('multiple choice partial credit: +1/R per right tick, -1/R per wrong tick, clamped to 0..1', () => {
  it('exactly the right set earns 1', () => {
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['b', 'a'] })).toEqual({ points: 1, max: 1, correct: true });
  });
  it('half of the right options earns 0.5 and is not "correct"', () => {
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['a'] })).toEqual({ points: 0.5, max: 1, correct: false });
  });
  it('a wrong tick cancels a right one', () => {
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['a', 'c'] }).points).toBe(0);
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['a', 'b', 'c'] }).points).toBe(0.5);
  });
  it('ticking everything cannot beat the key, and the score never goes negative', () => {
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['a', 'b', 'c', 'd', 'e'] }).points).toBe(0);
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['c', 'd'] }).points).toBe(0);
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: [] }).points).toBe(0);
  });
  it('duplicate ticks of one option count once', () => {
    expect(scoreAnswer(multiKey, { type: 'multiple', choices: ['a', 'a'] }).points).toBe(0.5);
  });
  it('thirds are rounded, not left as 0.33333333', () => {
    const key: AnswerKey = { type: 'multiple', choices: ['a', 'b', 'c'] };
    expect(scoreAnswer(key, { type: 'multiple', choices: ['a'] }).points).toBe(0.333);
    expect(scoreAnswer(key, { type: 'multiple', choices: ['a', 'b'] }).points).toBe(0.667);
  });
});

describe('true/false with why', () => {
  const key: AnswerKey = { type: 'truefalse', value: false, reason: 'r1' };
  it('right verdict and reason: 1', () => {
    expect(scoreAnswer(key, { type: 'truefalse', value: false, reason: 'r1' })).toEqual({ points: 1, max: 1, correct: true });
  });
  it('right verdict, wrong or missing reason: 0.5', () => {
    expect(scoreAnswer(key, { type: 'truefalse', value: false, reason: 'r2' }).points).toBe(0.5);
    expect(scoreAnswer(key, { type: 'truefalse', value: false }).points).toBe(0.5);
  });
  it('wrong verdict: 0 even with the right reason', () => {
    expect(scoreAnswer(key, { type: 'truefalse', value: true, reason: 'r1' }).points).toBe(0);
  });
});

describe('matching', () => {
  const key: AnswerKey = { type: 'match', pairs: { a: 'nat', b: 'routed', c: 'nat', d: 'bridge' } };
  it('scores the share of items matched', () => {
    expect(scoreAnswer(key, { type: 'match', pairs: { a: 'nat', b: 'routed', c: 'nat', d: 'bridge' } }).correct).toBe(true);
    expect(scoreAnswer(key, { type: 'match', pairs: { a: 'nat', b: 'routed', c: 'nat', d: 'nat' } }).points).toBe(0.75);
    expect(scoreAnswer(key, { type: 'match', pairs: { a: 'nat' } }).points).toBe(0.25);
  });
  it('ignores pairs for items that do not exist, including inherited property names', () => {
    expect(scoreAnswer(key, { type: 'match', pairs: { x: 'nat', toString: 'nat' } }).points).toBe(0);
    const noItems: AnswerKey = { type: 'match', pairs: {} };
    expect(scoreAnswer(noItems, { type: 'match', pairs: {} }).points).toBe(0);
  });
});

describe('fix the config', () => {
  it("follows the kernel checker's verdict, never the submitted text", () => {
    expect(scoreAnswer({ type: 'fix' }, { type: 'fix', config: 'anything' }, { fixPassed: true }).points).toBe(1);
    expect(scoreAnswer({ type: 'fix' }, { type: 'fix', config: 'anything' }, { fixPassed: false }).points).toBe(0);
    expect(scoreAnswer({ type: 'fix' }, { type: 'fix', config: 'anything' }).points).toBe(0);
  });
});

describe('keys from data and totals', () => {
  it('derives the key of a true/false question from answer and the correct reason', () => {
    const q = question.parse({
      id: 'q',
      type: 'truefalse',
      difficulty: 1,
      tags: ['bridge'],
      see: { lesson: 'bridge' },
      answer: true,
      ko: { prompt: '참?', ifTrue: '네', ifFalse: '아니요' },
      en: { prompt: 'True?', ifTrue: 'Yes', ifFalse: 'No' },
      reasons: [
        { id: 'x', ko: { text: '가', why: '가' }, en: { text: 'x', why: 'x' } },
        { id: 'y', correct: true, ko: { text: '나', why: '나' }, en: { text: 'y', why: 'y' } },
      ],
    });
    expect(keyFromData(q)).toEqual({ type: 'truefalse', value: true, reason: 'y' });
  });
  it('sums points, counts unanswered questions as 0, and lists only full-point questions as correct', () => {
    const total = totalScore(['a', 'b', 'c'], {
      a: { points: 1, max: 1, correct: true },
      b: { points: 0.5, max: 1, correct: false },
    });
    expect(total).toMatchObject({ score: 1.5, total: 3, correct: ['a'] });
    expect(total.perQuestion.c).toEqual({ points: 0, max: 1, correct: false });
  });
});
