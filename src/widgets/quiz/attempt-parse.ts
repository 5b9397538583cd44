/**
 * Reads a saved attempt back (see attempt.ts). Nothing stored is trusted: the text must match this
 * version's schema and the quiz as it is now (same question ids, answers of the questions' types),
 * or it is discarded. Loaded on demand, only when a saved attempt exists.
 */
import { z } from 'zod';
import { answerSchema } from '../../quiz/answers.ts';
import { MAX_DRAFT_CONFIG_CHARS } from '../../quiz/fix/limits.ts';
import { ATTEMPT_VERSION } from './attempt-key.ts';
import type { SavedAttempt } from './attempt.ts';

const questionId = z.string().min(1).max(80);
const points = z.number().min(0).max(1);

const draftSchema = z.union([
  answerSchema,
  // A true/false answer may be half-given: a reason picked before the verdict.
  z.object({ type: z.literal('truefalse'), value: z.boolean().optional(), reason: z.string().min(1).max(64).optional() }).strict(),
  // A file still being edited may be longer than Check takes (Check says so).
  z.object({ type: z.literal('fix'), config: z.string().max(MAX_DRAFT_CONFIG_CHARS) }).strict(),
]);

const savedSchema = z
  .object({
    v: z.literal(ATTEMPT_VERSION),
    quiz: z.string(),
    attempt: z.number().int().min(1),
    view: z.enum(['one', 'all']),
    ids: z.array(questionId).min(1).max(200),
    index: z.number().int().min(0),
    drafts: z.record(questionId, draftSchema),
    results: z.record(questionId, z.object({ points, max: z.literal(1), correct: z.boolean() }).strict()),
    best: z.record(questionId, points),
  })
  .strict();

export type ParsedAttempt =
  | { kind: 'ok'; attempt: SavedAttempt }
  /** Unreadable, of another format, or made for questions this quiz no longer has: the reader is told. */
  | { kind: 'damaged' }
  /** A readable attempt that was finished since (in another tab): nothing to restore, nothing to say. */
  | { kind: 'stale' };

export interface Expected {
  quizId: string;
  attempt: number;
  /** Question id -> type, as the quiz is now. */
  types: ReadonlyMap<string, string>;
}

export function parseAttempt(text: string, expected: Expected): ParsedAttempt {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  const parsed = savedSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'damaged' };
  const saved = parsed.data;
  const known = (id: string) => expected.types.has(id);
  const keys = [...saved.ids, ...Object.keys(saved.drafts), ...Object.keys(saved.results), ...Object.keys(saved.best)];
  if (saved.quiz !== expected.quizId || !keys.every(known)) return { kind: 'damaged' };
  if (Object.entries(saved.drafts).some(([id, d]) => expected.types.get(id) !== d.type)) return { kind: 'damaged' };
  if (saved.attempt !== expected.attempt) return { kind: 'stale' };
  return { kind: 'ok', attempt: { ...saved, index: Math.min(saved.index, saved.ids.length - 1) } };
}
