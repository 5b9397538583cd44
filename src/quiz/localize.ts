/**
 * Turns bank questions into what the quiz island renders: one locale's texts, resolved lesson
 * links and the answer key. Runs at build time, so the browser receives plain JSON and never
 * loads zod, YAML or (for "predict the path") the simulation kernel.
 */
import type { AnswerKey } from './scoring.ts';
import { keyFromData } from './scoring.ts';
import type { FixGoal, Question, QuizLocale, SeeAlso } from './schema.ts';
import { nodeLabel } from './sim/labels.ts';

export interface ClientOption {
  id: string;
  text: string;
  why: string;
  href: string;
}

interface Common {
  id: string;
  prompt: string;
  difficulty: 1 | 2 | 3;
  /** The lesson link for the question as a whole. */
  href: string;
  key: AnswerKey;
}

export type ClientQuestion =
  | (Common & { type: 'single' | 'multiple'; options: ClientOption[] })
  | (Common & {
      type: 'path';
      options: ClientOption[];
      /** What the kernel did with the packet, hop by hop, for the explanation. */
      hops: string[];
    })
  | (Common & { type: 'truefalse'; ifTrue: string; ifFalse: string; reasons: ClientOption[] })
  | (Common & { type: 'match'; items: ClientOption[]; choices: Array<{ id: string; text: string }> })
  | (Common & {
      type: 'fix';
      hint: string;
      explain: string;
      start: string;
      solution: string;
      goal: FixGoal;
      /** The goal's sending node as the reader knows it ("VM 100"). */
      goalFrom: string;
    });

export interface PathSolution {
  /** Id of the option whose outcome the kernel produced. */
  choice: string;
  hops: string[];
}

export function lessonHref(see: SeeAlso, lang: QuizLocale): string {
  const anchor = see.anchor?.[lang];
  return `/${lang}/lessons/${see.lesson}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * `pathSolutions` holds the kernel's verdict for every `path` question (see src/quiz/path);
 * a path question without one cannot be shown, since its answer is never written by hand.
 */
export function toClientQuestion(q: Question, lang: QuizLocale, pathSolutions: ReadonlyMap<string, PathSolution>): ClientQuestion {
  const href = lessonHref(q.see, lang);
  const option = (o: { id: string; ko: { text: string; why: string }; en: { text: string; why: string }; see?: SeeAlso | undefined }): ClientOption => ({
    id: o.id,
    text: o[lang].text,
    why: o[lang].why,
    href: o.see ? lessonHref(o.see, lang) : href,
  });
  const common = { id: q.id, difficulty: q.difficulty, href };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...common, type: q.type, prompt: q[lang].prompt, options: q.options.map(option), key: keyFromData(q)! };
    case 'truefalse':
      return {
        ...common,
        type: 'truefalse',
        prompt: q[lang].prompt,
        ifTrue: q[lang].ifTrue,
        ifFalse: q[lang].ifFalse,
        reasons: q.reasons.map(option),
        key: keyFromData(q)!,
      };
    case 'match':
      return {
        ...common,
        type: 'match',
        prompt: q[lang].prompt,
        items: q.items.map(option),
        choices: q.choices.map((c) => ({ id: c.id, text: c[lang].text })),
        key: keyFromData(q)!,
      };
    case 'fix':
      return {
        ...common,
        type: 'fix',
        prompt: q[lang].prompt,
        hint: q[lang].hint,
        explain: q[lang].explain,
        start: q.start,
        solution: q.solution,
        goal: q.goal,
        goalFrom: nodeLabel(q.goal.topology, q.goal.from, lang),
        key: { type: 'fix' },
      };
    case 'path': {
      const solved = pathSolutions.get(q.id);
      if (!solved) throw new Error(`question ${q.id}: no kernel solution for this "predict the path" question`);
      return {
        ...common,
        type: 'path',
        prompt: q[lang].prompt,
        options: q.options.map(option),
        hops: solved.hops,
        key: { type: 'path', choice: solved.choice },
      };
    }
  }
}
