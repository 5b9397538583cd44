/**
 * What a student answered, in the teacher's words: every choice a question offers (with the right
 * ones marked), the choices one answer picked, and whether it was right, partly right, wrong or
 * left unanswered. The dashboard, its per-question counts and the CSV all read answers through
 * here, so a choice is named the same everywhere.
 */
import type { Question } from '../quiz/schema.ts';
import type { Answer, AnswerKey } from '../quiz/scoring.ts';
import type { Lang, QuestionResult } from './types.ts';

export type Mark = 'right' | 'partial' | 'wrong' | 'unanswered';

export interface Choice {
  /** Stable across languages: an option id, `verdict:true`, `reason:<id>`, `<item>=<choice>`, `pass`/`fail`. */
  key: string;
  label: Record<Lang, string>;
  right: boolean;
}

/** One student's answer to one question, as the dashboard shows it. */
export interface AnswerView {
  mark: Mark;
  points: number;
  /** Choice keys picked (see Choice.key); empty when unanswered. */
  picks: string[];
  /** The edited file of a "fix the config" answer. */
  text?: string;
}

export function verdictLabel(value: boolean, lang: Lang): string {
  if (lang === 'ko') return value ? '참' : '거짓';
  return value ? 'True' : 'False';
}

const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ ko: f('ko'), en: f('en') });

const FIX_LABELS = {
  pass: { ko: '목표 달성', en: 'meets the goal' },
  fail: { ko: '목표 미달성', en: 'does not meet the goal' },
};

/**
 * Every choice of a question. For matching, each item's right pair, then only the wrong pairs in
 * `seen` (every combination would be items × choices rows, mostly zeros).
 */
export function choicesOf(q: Question, key: AnswerKey, seen: ReadonlySet<string> = new Set()): Choice[] {
  switch (q.type) {
    case 'single':
    case 'path': {
      const right = (key as { choice: string }).choice;
      return q.options.map((o) => ({ key: o.id, label: both((l) => o[l].text), right: o.id === right }));
    }
    case 'multiple': {
      const right = new Set((key as { choices: string[] }).choices);
      return q.options.map((o) => ({ key: o.id, label: both((l) => o[l].text), right: right.has(o.id) }));
    }
    case 'truefalse': {
      const k = key as { value: boolean; reason: string };
      return [
        ...[true, false].map((v) => ({ key: `verdict:${v}`, label: both((l) => verdictLabel(v, l)), right: k.value === v })),
        ...q.reasons.map((r) => ({ key: `reason:${r.id}`, label: both((l) => r[l].text), right: r.id === k.reason })),
      ];
    }
    case 'match': {
      const out: Choice[] = [];
      for (const item of q.items) {
        for (const c of q.choices) {
          const pair = `${item.id}=${c.id}`;
          const right = item.answer === c.id;
          if (right || seen.has(pair)) out.push({ key: pair, label: both((l) => `${item[l].text} → ${c[l].text}`), right });
        }
      }
      return out;
    }
    case 'fix':
      return [
        { key: 'pass', label: FIX_LABELS.pass, right: true },
        { key: 'fail', label: FIX_LABELS.fail, right: false },
      ];
  }
}

/** The choice keys an answer picked. A fix answer "picks" pass or fail as the checker decided. */
export function picksOf(answer: Answer | undefined, result: QuestionResult | undefined): string[] {
  if (!answer) return [];
  switch (answer.type) {
    case 'single':
    case 'path':
      return [answer.choice];
    case 'multiple':
      return answer.choices;
    case 'truefalse':
      return [`verdict:${answer.value}`, ...(answer.reason ? [`reason:${answer.reason}`] : [])];
    case 'match':
      return Object.entries(answer.pairs).map(([item, choice]) => `${item}=${choice}`);
    case 'fix':
      return result ? [result.correct ? 'pass' : 'fail'] : [];
  }
}

export function answerView(answer: Answer | undefined, result: QuestionResult | undefined): AnswerView {
  const points = result?.points ?? 0;
  const mark: Mark = !answer ? 'unanswered' : result?.correct ? 'right' : points > 0 ? 'partial' : 'wrong';
  const view: AnswerView = { mark, points, picks: picksOf(answer, result) };
  if (answer?.type === 'fix') view.text = answer.config;
  return view;
}

/** The picked choices as one line of text ("; " between several), for the CSV. */
export function answerText(q: Question, key: AnswerKey, picks: readonly string[], lang: Lang): string {
  const labels = new Map(choicesOf(q, key, new Set(picks)).map((c) => [c.key, c.label[lang]]));
  return picks.map((p) => labels.get(p) ?? p).join('; ');
}
