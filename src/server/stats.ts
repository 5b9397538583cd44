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

export function questionStats(questions: readonly Question[], keys: ReadonlyMap<string, AnswerKey>, submissions: readonly Submission[]): QuestionStats[] {
  return questions.map((q, index) => {
    const key = keys.get(q.id);
    let correct = 0;
    let points = 0;
    let answered = 0;
    const picked = new Map<string, number>();
    const wrong = new Map<string, { label: Record<Lang, string>; count: number }>();
    for (const s of submissions) {
      const r = s.results[q.id];
      if (r?.correct) correct += 1;
      points += r?.points ?? 0;
      const answer = s.answers[q.id];
      if (answer) answered += 1;
      for (const p of picksOf(answer, r)) picked.set(p, (picked.get(p) ?? 0) + 1);
      if (!key) continue;
      for (const pick of wrongPicks(q, key, s.answers[q.id])) {
        const entry = wrong.get(pick.key) ?? { label: pick.label, count: 0 };
        entry.count += 1;
        wrong.set(pick.key, entry);
      }
    }
    const n = submissions.length;
    // Ties go to the option met first, so the answer does not flicker between refreshes.
    let top: { label: Record<Lang, string>; count: number } | null = null;
    for (const entry of wrong.values()) if (!top || entry.count > top.count) top = entry;
    return {
      id: q.id,
      number: index + 1,
      type: q.type,
      prompt: { ko: q.ko.prompt, en: q.en.prompt },
      answered,
      unanswered: n - answered,
      correct,
      choices: key ? choicesOf(q, key, new Set(picked.keys())).map((c) => ({ ...c, count: picked.get(c.key) ?? 0 })) : [],
      correctRate: n ? correct / n : null,
      meanPoints: n ? points / n : null,
      mostCommonWrong: top,
    };
  });
}

/** Scores in ten bins of ten percent. */
export function scoreDistribution(submissions: readonly Submission[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
  for (const s of submissions) {
    const pct = s.total ? (s.score / s.total) * 100 : 0;
    const index = Math.min(9, Math.max(0, Math.floor(pct / 10)));
    bins[index]!.count += 1;
  }
  return bins;
}

export interface ScoreSummary {
  count: number;
  /** Percent of the total, 0..100, rounded to one decimal; null without submissions. */
  mean: number | null;
  median: number | null;
}

/** The class average and median, as percentages (assignments can change length between edits). */
export function scoreSummary(submissions: readonly Submission[]): ScoreSummary {
  const pcts = submissions.map((s) => (s.total ? (s.score / s.total) * 100 : 0)).sort((a, b) => a - b);
  const n = pcts.length;
  if (!n) return { count: 0, mean: null, median: null };
  const round = (x: number) => Math.round(x * 10) / 10;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? pcts[mid]! : (pcts[mid - 1]! + pcts[mid]!) / 2;
  return { count: n, mean: round(pcts.reduce((a, b) => a + b, 0) / n), median: round(median) };
}
