/** Class results for the dashboard: per-question counts and rates, score summary and distribution. */
import type { Question } from '../quiz/schema.ts';
import type { AnswerKey } from '../quiz/scoring.ts';
import { choicesOf, picksOf, type Choice } from './answer-view.ts';
import { wrongPicks } from './questions.ts';
import type { Lang, Submission } from './types.ts';

export interface ChoiceCount extends Choice {
  count: number;
}

export interface QuestionStats {
  id: string;
  /** The question's number as students see it (1-based, in the assignment's order). */
  number: number;
  type: Question['type'];
  prompt: Record<Lang, string>;
  /** Submissions that answered it, and that left it blank (counted apart from wrong answers). */
  answered: number;
  unanswered: number;
  /** Submissions with full points. */
  correct: number;
  /** How many picked each choice; the right ones are marked. */
  choices: ChoiceCount[];
  /** Submissions with full points on this question, out of all submissions (0..1; null with none). */
  correctRate: number | null;
  /** Mean points (partial credit included), 0..1. */
  meanPoints: number | null;
  mostCommonWrong: { label: Record<Lang, string>; count: number } | null;
}

export interface Bin {
  /** Percent range [from, to); the last bin includes 100. */
  from: number;
  to: number;
  count: number;
}

export interface ScoreSummary {
  count: number;
  /** Percent of the total, 0..100, rounded to one decimal; null without submissions. */
  mean: number | null;
  median: number | null;
}

interface QuestionTotals {
  correct: number;
  points: number;
  answered: number;
  /** Per pick key; entries stay at 0 once seen, so "met first" (the tie-break) does not move. */
  picked: Map<string, number>;
  wrong: Map<string, { label: Record<Lang, string>; count: number }>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const percentOf = (s: Submission) => (s.total ? (s.score / s.total) * 100 : 0);

/** Where `x` goes in the ascending `sorted` (the first index whose value is >= x). */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The class results as running totals (issue 19): a submission is added once when it commits and
 * taken out again when it is replaced or deleted, so a dashboard build reads the totals instead of
 * walking every row. The totals are a fold over committed changes, whichever store and whichever
 * server instance made them: the caller applies each change once (see class-rows.ts).
 */
export class ClassTotals {
  readonly #questions: readonly Question[];
  readonly #keys: ReadonlyMap<string, AnswerKey>;
  readonly #perQuestion = new Map<string, QuestionTotals>();
  /** Every submission's score in percent, ascending: the median without sorting on each build. */
  readonly #percents: number[] = [];
  #percentSum = 0;
  readonly #bins = Array.from({ length: 10 }, () => 0);

  constructor(questions: readonly Question[], keys: ReadonlyMap<string, AnswerKey>) {
    this.#questions = questions;
    this.#keys = keys;
    for (const q of questions) this.#perQuestion.set(q.id, { correct: 0, points: 0, answered: 0, picked: new Map(), wrong: new Map() });
  }

  /** The question ids these totals were built for, in order: a dashboard with other questions needs new totals. */
  get questionIds(): string {
    return this.#questions.map((q) => q.id).join('\n');
  }

  add(s: Submission): void {
    this.#apply(s, 1);
  }

  remove(s: Submission): void {
    this.#apply(s, -1);
  }

  #apply(s: Submission, sign: 1 | -1): void {
    for (const q of this.#questions) {
      const t = this.#perQuestion.get(q.id)!;
      const r = s.results[q.id];
      const answer = s.answers[q.id];
      if (r?.correct) t.correct += sign;
      t.points += sign * (r?.points ?? 0);
      if (answer) t.answered += sign;
      for (const p of picksOf(answer, r)) t.picked.set(p, (t.picked.get(p) ?? 0) + sign);
      const key = this.#keys.get(q.id);
      if (!key) continue;
      for (const pick of wrongPicks(q, key, answer)) {
        const entry = t.wrong.get(pick.key) ?? { label: pick.label, count: 0 };
        entry.count += sign;
        t.wrong.set(pick.key, entry);
      }
    }
    const pct = percentOf(s);
    this.#bins[Math.min(9, Math.max(0, Math.floor(pct / 10)))]! += sign;
    this.#percentSum += sign * pct;
    if (sign === 1) this.#percents.splice(lowerBound(this.#percents, pct), 0, pct);
    else {
      const at = lowerBound(this.#percents, pct);
      if (this.#percents[at] === pct) this.#percents.splice(at, 1);
    }
  }

  get count(): number {
    return this.#percents.length;
  }

  questionStats(): QuestionStats[] {
    const n = this.count;
    return this.#questions.map((q, index) => {
      const t = this.#perQuestion.get(q.id)!;
      const key = this.#keys.get(q.id);
      // Ties go to the option met first, so the answer does not flicker between refreshes.
      let top: { label: Record<Lang, string>; count: number } | null = null;
      for (const entry of t.wrong.values()) if (entry.count > 0 && (!top || entry.count > top.count)) top = { label: entry.label, count: entry.count };
      const seen = new Set([...t.picked].filter(([, count]) => count > 0).map(([pick]) => pick));
      return {
        id: q.id,
        number: index + 1,
        type: q.type,
        prompt: { ko: q.ko.prompt, en: q.en.prompt },
        answered: t.answered,
        unanswered: n - t.answered,
        correct: t.correct,
        choices: key ? choicesOf(q, key, seen).map((c) => ({ ...c, count: t.picked.get(c.key) ?? 0 })) : [],
        correctRate: n ? t.correct / n : null,
        meanPoints: n ? t.points / n : null,
        mostCommonWrong: top,
      };
    });
  }

  /** Scores in ten bins of ten percent. */
  distribution(): Bin[] {
    return this.#bins.map((count, i) => ({ from: i * 10, to: (i + 1) * 10, count }));
  }

  /** The class average and median, as percentages (assignments can change length between edits). */
  summary(): ScoreSummary {
    const n = this.count;
    if (!n) return { count: 0, mean: null, median: null };
    const mid = Math.floor(n / 2);
    const median = n % 2 ? this.#percents[mid]! : (this.#percents[mid - 1]! + this.#percents[mid]!) / 2;
    return { count: n, mean: round1(this.#percentSum / n), median: round1(median) };
  }
}

/** The totals of a list of submissions in one go (a class loaded from the store, tests). */
export function totalsOf(questions: readonly Question[], keys: ReadonlyMap<string, AnswerKey>, submissions: readonly Submission[]): ClassTotals {
  const totals = new ClassTotals(questions, keys);
  for (const s of submissions) totals.add(s);
  return totals;
}
