/**
 * Reads a saved student draft (draft.ts) back: this version's shape, and answers only to the
 * assignment's questions, each of its question's type. Anything else is not used.
 */
import { z } from 'zod';
import { answerSchema } from '../../quiz/answers.ts';
import { MAX_DRAFT_CONFIG_CHARS } from '../../quiz/fix/limits.ts';
import type { PublicQuestion } from '../../server/questions.ts';
import type { DraftAnswers, StudentDraft } from './draft.ts';

const draftSchema = z
  .object({
    v: z.literal(1),
    name: z.string().max(200),
    answers: z.record(
      z.string().max(80),
      z.union([
        answerSchema,
        z.object({ type: z.literal('truefalse'), reason: z.string().min(1).max(64) }).strict(),
        // Longer than a submission may carry: the server says so on submit, and the draft is kept.
        z.object({ type: z.literal('fix'), config: z.string().max(MAX_DRAFT_CONFIG_CHARS) }).strict(),
      ]),
    ),
  })
  .strict();

/** The saved draft if it is readable and made for these questions, else null. */
export function parseDraft(text: string, questions: readonly PublicQuestion[]): StudentDraft | null {
  let parsed: z.infer<typeof draftSchema> | undefined;
  try {
    parsed = draftSchema.safeParse(JSON.parse(text)).data;
  } catch {
    parsed = undefined;
  }
  const types = new Map(questions.map((q) => [q.id, q.type]));
  const fits = parsed && Object.entries(parsed.answers).every(([id, a]) => types.get(id) === a.type);
  if (!parsed || !fits) return null;
  return { name: parsed.name, answers: parsed.answers as DraftAnswers };
}

