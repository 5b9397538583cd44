/** Class results for the dashboard: per-question rates, common wrong picks, score distribution. */
import type { Question } from '../quiz/schema.ts';
import type { AnswerKey } from '../quiz/scoring.ts';
import { wrongPicks } from './questions.ts';
import type { Lang, Submission } from './types.ts';

export interface QuestionStats {
  id: string;
  prompt: Record<Lang, string>;
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
  return questions.map((q) => {
    const key = keys.get(q.id);
    let correct = 0;
    let points = 0;
    const wrong = new Map<string, { label: Record<Lang, string>; count: number }>();
    for (const s of submissions) {
      const r = s.results[q.id];
      if (r?.correct) correct += 1;
      points += r?.points ?? 0;
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
      prompt: { ko: q.ko.prompt, en: q.en.prompt },
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
