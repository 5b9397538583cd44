/**
 * Grading a whole submission on the server (issue "Teacher assignments"): the answer keys are
 * computed once from the bank (predict-the-path keys by running the kernel), raw answers are
 * validated, "fix the config" answers are checked on the kernel, and every question is scored
 * by scoring.ts, the same code the self-study island uses.
 */
import type { Bank } from './bank.ts';
import { answersSchema } from './answers.ts';
import { checkFix } from './fix/check.ts';
import type { FixReport } from './fix/report.ts';
import { solvePathQuestion } from './path/solve.ts';
import type { QuizLocale } from './schema.ts';
import { keyFromData, scoreAnswer, totalScore, type Answer, type AnswerKey, type QuestionScore, type QuizScore } from './scoring.ts';

export type AnswerKeys = ReadonlyMap<string, AnswerKey>;

/** Every question's key; run once at server start (the kernel runs for each path question). */
export function buildAnswerKeys(bank: Bank): Map<string, AnswerKey> {
  const keys = new Map<string, AnswerKey>();
  for (const q of bank.questions.values()) {
    keys.set(q.id, q.type === 'path' ? { type: 'path', choice: solvePathQuestion(q).choice } : keyFromData(q)!);
  }
  return keys;
}

export interface GradedQuestion {
  score: QuestionScore;
  /** The answer as graded (null when missing), for the dashboard's "most common wrong option". */
  answer: Answer | null;
  fix?: FixReport;
}

export type GradeResult =
  | { ok: true; total: QuizScore; questions: Record<string, GradedQuestion> }
  | { ok: false; error: 'invalid_answers' | 'unknown_question'; detail: string };

/**
 * Grades raw answers (untrusted JSON) for the given questions. Answers to questions outside the
 * assignment are refused; missing answers score 0.
 */
export function gradeSubmission(bank: Bank, keys: AnswerKeys, questionIds: readonly string[], raw: unknown, lang: QuizLocale = 'en'): GradeResult {
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: 'invalid_answers', detail: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }
  const allowed = new Set(questionIds);
  const stray = Object.keys(parsed.data).find((id) => !allowed.has(id));
  if (stray !== undefined) return { ok: false, error: 'unknown_question', detail: stray };

  const questions: Record<string, GradedQuestion> = {};
  const scores: Record<string, QuestionScore> = {};
  for (const id of questionIds) {
    const q = bank.questions.get(id);
    const key = keys.get(id);
    if (!q || !key) return { ok: false, error: 'unknown_question', detail: id };
    const answer = (Object.hasOwn(parsed.data, id) ? parsed.data[id] : undefined) ?? null;
    let fix: FixReport | undefined;
    if (q.type === 'fix' && answer?.type === 'fix') fix = checkFix(q.goal, answer.config, lang);
    const score = scoreAnswer(key, answer, { fixPassed: fix?.passed ?? false });
    scores[id] = score;
    questions[id] = fix ? { score, answer, fix } : { score, answer };
  }
  return { ok: true, total: totalScore(questionIds, scores), questions };
}
