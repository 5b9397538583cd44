/**
 * Turns a generator's choices into a question of the bank's "single" type, so grading, the
 * student's view, the dashboard and the CSV treat it like any other single-choice question.
 * Option ids are letters in an order drawn from the seed: a sheet copied from another student
 * names letters whose meaning (and right answer) differs on every variant.
 */
import { seededShuffle } from '../shuffle.ts';
import { singleQuestion, type SingleQuestion } from '../schema.ts';
import type { Facts, Generated, Generator, Texts } from './types.ts';

export interface Choice {
  /** Stable within the generator (e.g. "eno2", "dropped-pve"): what the kernel's result is mapped to. */
  key: string;
  text: Texts;
  /**
   * Why this option is wrong for this seed's setup, in terms of the network (one or two sentences);
   * shown when the option is not the kernel's answer. The right option is explained by `explain`.
   */
  why: Texts;
}

export class GeneratorError extends Error {}

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

/**
 * `right` is the key of the choice the kernel's run selected; `explain` tells that run in short
 * (the right option's explanation, after "맞습니다." / "Right." as in the practice bank). Throws
 * GeneratorError when the run matches no choice or two choices read the same.
 */
export function buildQuestion(
  g: Pick<Generator, 'id' | 'mode' | 'difficulty'>,
  orderSeed: number,
  prompt: Texts,
  choices: readonly Choice[],
  right: string,
  explain: Texts,
  facts: Facts = {},
): Generated {
  if (!choices.some((c) => c.key === right)) throw new GeneratorError(`${g.id}: the kernel's result "${right}" is none of the options`);
  for (const lang of ['ko', 'en'] as const) {
    const texts = choices.map((c) => c.text[lang]);
    if (new Set(texts).size !== texts.length) throw new GeneratorError(`${g.id}: two options read the same (${lang}: ${texts.join(' | ')})`);
  }
  const ordered = seededShuffle(choices, orderSeed);
  const question: SingleQuestion = {
    id: g.id,
    type: 'single' as const,
    difficulty: g.difficulty,
    tags: [g.mode, 'generated'],
    see: { lesson: g.mode },
    ko: { prompt: plain(prompt.ko) },
    en: { prompt: plain(prompt.en) },
    options: ordered.map((c, i) => {
      const correct = c.key === right;
      const why = correct ? { ko: `맞습니다. ${explain.ko}`, en: `Right. ${explain.en}` } : c.why;
      return {
        id: LETTERS[i]!,
        correct,
        ko: { text: plain(c.text.ko), why: plain(why.ko) },
        en: { text: plain(c.text.en), why: plain(why.en) },
      };
    }),
  };
  return { question, answer: right, facts };
}

/**
 * Students and teachers read these texts as plain text (the assignment pages render no Markdown):
 * a command written as a code span is shown in quotes instead of with its backticks.
 */
function plain(text: string): string {
  return text.replace(/`([^`]+)`/g, '"$1"');
}

/** Whether a generated question is well-formed by the bank's own schema (the tests' first check). */
export function validQuestion(q: unknown): q is SingleQuestion {
  return singleQuestion.safeParse(q).success;
}
