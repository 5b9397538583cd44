// A question is shown on its own: in the final quiz, in "retry wrong ones", in a teacher's
// assignment. Its prompt must not lean on the question before it ("Same set-up", "이번에는").
import { describe, expect, it } from 'vitest';
import { loadBank } from './bank-fs.ts';

const LEANS_ON_PREVIOUS = {
  en: /^(now\b|same\b|again\b|as before\b|as in the previous\b)|\b(previous|last|above) question\b/i,
  ko: /^(이번에는|이번엔|같은 |앞 문제|위 문제|앞의 문제|이어서)|앞 문제|위 문제/,
};

describe('quiz prompts stand on their own', () => {
  it('no prompt refers to a previous question, in either language', () => {
    const bank = loadBank();
    const leaning: string[] = [];
    for (const q of bank.questions.values()) {
      for (const lang of ['en', 'ko'] as const) {
        const prompt = (q[lang] as { prompt: string }).prompt.trim();
        if (LEANS_ON_PREVIOUS[lang].test(prompt)) leaning.push(`${q.id} (${lang}): ${prompt.slice(0, 60)}`);
      }
    }
    expect(bank.questions.size).toBeGreaterThan(40);
    expect(leaning).toEqual([]);
  });
});
