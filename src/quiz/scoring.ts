/**
 * Grading raw answers. Pure and synchronous: the quiz island grades in the browser, and the
 * teacher server grades the same raw answers with this same module, so a student never sees a
 * different score in class than at home.
 *
 * Every question is worth 1 point. Rules per type:
 * - single, path: 1 for the right option, else 0.
 * - multiple: partial credit. Each right option ticked earns 1/R (R = number of right options),
 *   each wrong option ticked costs 1/R, and the result is clamped to 0..1. So ticking everything
 *   scores 0 unless every option is right, and missing one of two right options scores 0.5.
 * - truefalse with "why": right verdict and right reason 1; right verdict, wrong or missing
 *   reason 0.5; wrong verdict 0 (a right reason cannot rescue a wrong verdict).
 * - match: the share of items matched to their choice (3 of 4 = 0.75).
 * - fix: 1 when the edited config makes the goal pass on the kernel, else 0. Running the kernel
 *   is not this module's job: the caller passes the checker's verdict in `fixPassed`.
 * A question counts as "correct" (for "retry wrong ones" and the stored progress) only with full points.
 */
import type { Question } from './schema.ts';

export type Answer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean; reason?: string }
  | { type: 'path'; choice: string }
  | { type: 'fix'; config: string }
  | { type: 'match'; pairs: Record<string, string> };

/** The right answers. For `path` the option id is computed by the kernel (see src/quiz/path). */
export type AnswerKey =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean; reason: string }
  | { type: 'path'; choice: string }
  | { type: 'fix' }
  | { type: 'match'; pairs: Record<string, string> };

export interface QuestionScore {
  points: number;
  max: 1;
  correct: boolean;
}

export interface ScoreOptions {
  /** Verdict of the kernel checker for a `fix` answer. */
  fixPassed?: boolean;
}

const EPSILON = 1e-9;
const round = (n: number) => Math.round(n * 1000) / 1000;

function result(points: number): QuestionScore {
  const p = round(Math.min(1, Math.max(0, points)));
  return { points: p, max: 1, correct: p > 1 - EPSILON };
}

/** The key for every type whose answer is written in the data (everything but `path`). */
export function keyFromData(q: Question): AnswerKey | undefined {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', choices: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: q.answer, reason: q.reasons.find((r) => r.correct)!.id };
    case 'match':
      return { type: 'match', pairs: Object.fromEntries(q.items.map((i) => [i.id, i.answer])) };
    case 'fix':
      return { type: 'fix' };
    case 'path':
      return undefined;
  }
}

/**
 * Scores one answer against its key. A missing answer, or one of the wrong type, scores 0:
 * raw answers come from browsers and are never trusted.
 */
export function scoreAnswer(key: AnswerKey, answer: Answer | undefined | null, options: ScoreOptions = {}): QuestionScore {
  if (!answer || answer.type !== key.type) return result(0);
  switch (key.type) {
    case 'single':
    case 'path':
      return result((answer as { choice: string }).choice === key.choice ? 1 : 0);
    case 'multiple': {
      const right = new Set(key.choices);
      const picked = new Set((answer as { choices: string[] }).choices);
      let hits = 0;
      let misses = 0;
      for (const choice of picked) {
        if (right.has(choice)) hits += 1;
        else misses += 1;
      }
      return result((hits - misses) / right.size);
    }
    case 'truefalse': {
      const a = answer as { value: boolean; reason?: string };
      if (a.value !== key.value) return result(0);
      return result(a.reason === key.reason ? 1 : 0.5);
    }
    case 'match': {
      const pairs = (answer as { pairs: Record<string, string> }).pairs ?? {};
      const items = Object.keys(key.pairs);
      const hits = items.filter((item) => Object.hasOwn(pairs, item) && pairs[item] === key.pairs[item]).length;
      return result(items.length === 0 ? 0 : hits / items.length);
    }
    case 'fix':
      return result(options.fixPassed === true ? 1 : 0);
  }
}

export interface QuizScore {
  score: number;
  total: number;
  /** Ids of questions answered with full points. */
  correct: string[];
  perQuestion: Record<string, QuestionScore>;
}

/** Sums per-question scores; unanswered questions count 0 out of 1. */
export function totalScore(questionIds: readonly string[], scores: Readonly<Record<string, QuestionScore>>): QuizScore {
  let score = 0;
  const correct: string[] = [];
  const perQuestion: Record<string, QuestionScore> = {};
  for (const qid of questionIds) {
    const s = scores[qid] ?? result(0);
    perQuestion[qid] = s;
    score += s.points;
    if (s.correct) correct.push(qid);
  }
  return { score: round(score), total: questionIds.length, correct, perQuestion };
}
