/**
 * The quiz bank as the teacher server uses it: which questions can be graded on the server, the
 * student's view of a question (no answer key, no explanations), and the explanations shown after
 * submitting. Grading itself is the quiz module's scoring (src/quiz/scoring.ts), never a copy.
 */
import type { Bank, Quiz } from '../quiz/bank.ts';
import { GENERATORS } from '../quiz/generators/registry.ts';
import type { Generator } from '../quiz/generators/types.ts';
import { QUIZ_MODES, type FixGoal, type PathQuestion, type Question, type QuestionType } from '../quiz/schema.ts';
import { keyFromData, type Answer, type AnswerKey } from '../quiz/scoring.ts';
import { choicesOf, verdictLabel } from './answer-view.ts';
import type { Lang } from './types.ts';

/**
 * The kernel-backed checkers of the quiz module, passed in so that this module (and its tests)
 * does not start a simulation on import.
 */
export interface Checkers {
  /** The right option of a "predict the path" question, found by running its scenario. */
  solvePath?: (q: PathQuestion) => string | undefined;
  /** Whether an edited interfaces file makes a "fix the config" goal pass. */
  fixPasses?: (goal: FixGoal, config: string, lang: Lang) => boolean;
}

export interface Choice {
  id: string;
  text: string;
}

/** A question as a student sees it before submitting. */
export type PublicQuestion =
  | { id: string; type: 'single' | 'path'; prompt: string; options: Choice[] }
  | { id: string; type: 'multiple'; prompt: string; options: Choice[] }
  | { id: string; type: 'truefalse'; prompt: string; reasons: Choice[] }
  | { id: string; type: 'match'; prompt: string; items: Choice[]; choices: Choice[] }
  | { id: string; type: 'fix'; prompt: string; hint: string; start: string };

/** One line of feedback after submitting: an option (or matching item) and why it is right or wrong. */
export interface Note {
  text: string;
  why: string;
  /** This option is (part of) the right answer. */
  right: boolean;
  /** The student picked it. */
  picked: boolean;
}

export interface PreviewChoice {
  text: string;
  right: boolean;
}

export interface CatalogEntry {
  id: string;
  type: QuestionType;
  difficulty: number;
  prompt: string;
  /** Choices with the right ones marked (matching: the right pairs); empty for "fix the config". */
  preview: PreviewChoice[];
  /**
   * "practice": from the lessons' self-study quizzes, whose answers any reader can see; "generated":
   * each student gets their own numbers and the key stays on the server (issue 18).
   */
  bank: 'practice' | 'generated';
  /** For a generated question: one example of what a student might get (the preview is its choices). */
  example?: string;
}

export interface CatalogGroup {
  mode: string;
  title: string;
  questions: CatalogEntry[];
}

/**
 * The answer keys the server can grade with. Types whose key is not in the data need their
 * checker: `path` is solved on the kernel once here, `fix` is checked per answer; without the
 * checker such questions are simply not offered.
 */
export function gradableKeys(bank: Bank, checkers: Checkers = {}): Map<string, AnswerKey> {
  const keys = new Map<string, AnswerKey>();
  for (const q of bank.questions.values()) {
    if (q.type === 'path') {
      const choice = checkers.solvePath?.(q);
      if (choice) keys.set(q.id, { type: 'path', choice });
      continue;
    }
    if (q.type === 'fix' && !checkers.fixPasses) continue;
    const key = keyFromData(q);
    if (key) keys.set(q.id, key);
  }
  return keys;
}

/**
 * Questions a teacher can pick, grouped by quiz (mode) in course order, each group with the same
 * questions as that lesson's quiz page (the small-office quiz and the final quiz borrow questions
 * from other modes: they are listed under both, and picking one ticks it everywhere).
 */
export function catalog(bank: Bank, keys: ReadonlyMap<string, AnswerKey>, lang: Lang): CatalogGroup[] {
  const groups: CatalogGroup[] = [];
  const quizzes = QUIZ_MODES.map((mode) => bank.quizzes.get(mode)).filter((q): q is Quiz => q !== undefined);
  for (const quiz of quizzes) {
    const questions: CatalogEntry[] = GENERATORS.filter((g) => g.mode === quiz.mode).map((g) => generatedEntry(g, lang));
    for (const id of quiz.questionIds) {
      const q = bank.questions.get(id);
      const key = keys.get(id);
      if (!q || !key) continue;
      questions.push({ id, type: q.type, difficulty: q.difficulty, prompt: promptOf(q, lang), preview: previewOf(q, key, lang), bank: 'practice' });
    }
    if (questions.length) groups.push({ mode: quiz.mode, title: quiz.title[lang], questions });
  }
  return groups;
}

/** A generator as the picker lists it: its title, and one example (seed 0) with its right option marked. */
function generatedEntry(g: Generator, lang: Lang): CatalogEntry {
  const example = g.generate(0).question;
  return {
    id: g.id,
    type: example.type,
    difficulty: g.difficulty,
    prompt: g.title[lang],
    preview: example.options.map((o) => ({ text: o[lang].text, right: o.correct })),
    bank: 'generated',
    example: example[lang].prompt,
  };
}

/**
 * What the teacher sees before picking: the choices with the right ones marked. The answers are no
 * secret on this page: every lesson's self-study quiz already shows them after answering.
 */
function previewOf(q: Question, key: AnswerKey, lang: Lang): PreviewChoice[] {
  if (q.type === 'fix') return [];
  return choicesOf(q, key).map((c) => ({ text: c.label[lang], right: c.right }));
}

export function promptOf(q: Question, lang: Lang): string {
  return q[lang].prompt;
}

export function publicQuestion(q: Question, lang: Lang): PublicQuestion | undefined {
  switch (q.type) {
    case 'single':
    case 'path':
    case 'multiple':
      return { id: q.id, type: q.type, prompt: q[lang].prompt, options: q.options.map((o) => ({ id: o.id, text: o[lang].text })) };
    case 'truefalse':
      return { id: q.id, type: 'truefalse', prompt: q[lang].prompt, reasons: q.reasons.map((r) => ({ id: r.id, text: r[lang].text })) };
    case 'match':
      return {
        id: q.id,
        type: 'match',
        prompt: q[lang].prompt,
        items: q.items.map((i) => ({ id: i.id, text: i[lang].text })),
        choices: q.choices.map((c) => ({ id: c.id, text: c[lang].text })),
      };
    case 'fix':
      return { id: q.id, type: 'fix', prompt: q[lang].prompt, hint: q[lang].hint, start: q.start };
  }
}

/**
 * Why an answer is not well-formed for its question (wrong type, option ids the question does not
 * have, a match item paired twice), or undefined when it is. Scoring never trusts answers anyway;
 * this is to tell a broken client clearly instead of silently scoring 0.
 */
export function answerProblem(q: Question, answer: Answer): string | undefined {
  if (answer.type !== q.type) return `expected an answer of type "${q.type}", got "${answer.type}"`;
  const has = (list: ReadonlyArray<{ id: string }>, id: string) => list.some((o) => o.id === id);
  switch (answer.type) {
    case 'single':
    case 'path': {
      const options = (q as Extract<Question, { type: 'single' | 'path' }>).options;
      return has(options, answer.choice) ? undefined : `"${answer.choice}" is not an option of this question`;
    }
    case 'multiple': {
      const options = (q as Extract<Question, { type: 'multiple' }>).options;
      const bad = answer.choices.find((c) => !has(options, c));
      if (bad !== undefined) return `"${bad}" is not an option of this question`;
      return new Set(answer.choices).size === answer.choices.length ? undefined : 'an option is ticked twice';
    }
    case 'truefalse': {
      const reasons = (q as Extract<Question, { type: 'truefalse' }>).reasons;
      return answer.reason === undefined || has(reasons, answer.reason) ? undefined : `"${answer.reason}" is not a reason of this question`;
    }
    case 'match': {
      const m = q as Extract<Question, { type: 'match' }>;
      for (const [item, choice] of Object.entries(answer.pairs)) {
        if (!has(m.items, item)) return `"${item}" is not an item of this question`;
        if (!has(m.choices, choice)) return `"${choice}" is not a choice of this question`;
      }
      return undefined;
    }
    case 'fix':
      return undefined;
  }
}

/** Explanations for one answered question, in the student's language. */
export function notesFor(q: Question, key: AnswerKey, answer: Answer | undefined, lang: Lang, correct = false): Note[] {
  switch (q.type) {
    case 'single':
    case 'path': {
      const right = (key as { choice: string }).choice;
      const picked = answer && 'choice' in answer ? answer.choice : undefined;
      return q.options.map((o) => ({ text: o[lang].text, why: o[lang].why, right: o.id === right, picked: o.id === picked }));
    }
    case 'multiple': {
      const picked = new Set(answer?.type === 'multiple' ? answer.choices : []);
      return q.options.map((o) => ({ text: o[lang].text, why: o[lang].why, right: o.correct, picked: picked.has(o.id) }));
    }
    case 'truefalse': {
      const value = answer?.type === 'truefalse' ? answer.value : undefined;
      const reason = answer?.type === 'truefalse' ? answer.reason : undefined;
      const verdicts: Note[] = [true, false].map((v) => ({
        text: verdictLabel(v, lang),
        why: v ? q[lang].ifTrue : q[lang].ifFalse,
        right: q.answer === v,
        picked: value === v,
      }));
      return [...verdicts, ...q.reasons.map((r) => ({ text: r[lang].text, why: r[lang].why, right: r.correct, picked: r.id === reason }))];
    }
    case 'match': {
      const pairs = answer?.type === 'match' ? answer.pairs : {};
      return q.items.map((i) => {
        const rightChoice = q.choices.find((c) => c.id === i.answer);
        return {
          text: `${i[lang].text} → ${rightChoice ? rightChoice[lang].text : i.answer}`,
          why: i[lang].why,
          right: true,
          picked: pairs[i.id] === i.answer,
        };
      });
    }
    case 'fix':
      return [{ text: '', why: q[lang].explain, right: true, picked: correct }];
  }
}


/**
 * The wrong picks of one answer, as stable keys with a label per language: what the dashboard
 * counts for "most common wrong option".
 */
export function wrongPicks(q: Question, key: AnswerKey, answer: Answer | undefined): Array<{ key: string; label: Record<Lang, string> }> {
  if (!answer) return [];
  const both = (f: (lang: Lang) => string) => ({ ko: f('ko'), en: f('en') });
  switch (q.type) {
    case 'single':
    case 'path': {
      if (answer.type !== q.type || answer.choice === (key as { choice: string }).choice) return [];
      const o = q.options.find((x) => x.id === answer.choice);
      return o ? [{ key: o.id, label: both((l) => o[l].text) }] : [];
    }
    case 'multiple': {
      if (answer.type !== 'multiple') return [];
      return q.options.filter((o) => !o.correct && answer.choices.includes(o.id)).map((o) => ({ key: o.id, label: both((l) => o[l].text) }));
    }
    case 'truefalse': {
      if (answer.type !== 'truefalse') return [];
      if (answer.value !== q.answer) return [{ key: `verdict:${answer.value}`, label: both((l) => verdictLabel(answer.value, l)) }];
      const r = q.reasons.find((x) => x.id === answer.reason);
      return r && !r.correct ? [{ key: `reason:${r.id}`, label: both((l) => r[l].text) }] : [];
    }
    case 'match': {
      if (answer.type !== 'match') return [];
      const out: Array<{ key: string; label: Record<Lang, string> }> = [];
      for (const item of q.items) {
        const choice = answer.pairs[item.id];
        if (choice === undefined || choice === item.answer) continue;
        const c = q.choices.find((x) => x.id === choice);
        if (c) out.push({ key: `${item.id}=${c.id}`, label: both((l) => `${item[l].text} → ${c[l].text}`) });
      }
      return out;
    }
    case 'fix':
      return [];
  }
}
