/** zod schemas for every request body. Bounds keep one request small whatever a client sends. */
import { z } from 'zod';

export const LIMITS = {
  titleChars: 120,
  questions: 60,
  /** Raw name before normalising; the normalised name must fit NAME_MAX_CHARS. */
  rawNameChars: 200,
  idChars: 80,
  choicesPerAnswer: 10,
  /** An edited interfaces file (the fix checker refuses longer ones too). */
  configChars: 20_000,
  createBodyBytes: 16 * 1024,
  submitBodyBytes: 64 * 1024,
  smallBodyBytes: 1024,
} as const;

const id = z.string().min(1).max(LIMITS.idChars).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id like "bridge-what-is"');
const lang = z.enum(['ko', 'en']);

const title = z.string().trim().min(1, 'the title must not be empty').max(LIMITS.titleChars, `at most ${LIMITS.titleChars} characters`);
const questionIds = z
  .array(id)
  .min(1, 'pick at least one question')
  .max(LIMITS.questions, `at most ${LIMITS.questions} questions`)
  .refine((ids) => new Set(ids).size === ids.length, 'a question is listed twice');
const dueAt = z.iso.datetime({ offset: true, message: 'a date and time like 2026-12-01T09:00:00+09:00' }).nullable();

export const createAssignmentInput = z
  .object({
    title,
    locale: lang,
    questionIds,
    dueAt: dueAt.default(null),
    // Default: on for practice questions, off when a generated question is picked (the service decides).
    showExplanations: z.boolean().optional(),
    allowResubmit: z.boolean().default(false),
    shuffle: z.boolean().default(false),
  })
  .strict();
export type CreateAssignmentInput = z.infer<typeof createAssignmentInput>;

const answer = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: id }).strict(),
  z.object({ type: z.literal('path'), choice: id }).strict(),
  z.object({ type: z.literal('multiple'), choices: z.array(id).max(LIMITS.choicesPerAnswer) }).strict(),
  z.object({ type: z.literal('truefalse'), value: z.boolean(), reason: id.optional() }).strict(),
  z.object({ type: z.literal('fix'), config: z.string().max(LIMITS.configChars, `at most ${LIMITS.configChars} characters`) }).strict(),
  z
    .object({
      type: z.literal('match'),
      pairs: z.record(id, id).refine((p) => Object.keys(p).length <= LIMITS.choicesPerAnswer, `at most ${LIMITS.choicesPerAnswer} pairs`),
    })
    .strict(),
]);

export const submitInput = z
  .object({
    name: z.string().max(LIMITS.rawNameChars, 'the name is too long'),
    locale: lang,
    answers: z.record(id, answer).refine((a) => Object.keys(a).length <= LIMITS.questions, `at most ${LIMITS.questions} answers`),
    /** The receipt of an earlier submission from this browser, needed to replace it. */
    token: z.string().max(100).optional(),
    /** The receipt of this browser's late attempt, so that trying again replaces it instead of adding one. */
    lateToken: z.string().max(100).optional(),
  })
  .strict();
export type SubmitInput = z.infer<typeof submitInput>;

/**
 * What a teacher may change after creating (PATCH): any of these, at least one. Questions and
 * shuffling only until the first submission (the service refuses later).
 */
export const updateAssignmentInput = z
  .object({
    title: title.optional(),
    questionIds: questionIds.optional(),
    dueAt: dueAt.optional(),
    closed: z.boolean().optional(),
    showExplanations: z.boolean().optional(),
    allowResubmit: z.boolean().optional(),
    shuffle: z.boolean().optional(),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, 'nothing to change');
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInput>;

export const latePassInput = z.object({ name: z.string().max(LIMITS.rawNameChars, 'the name is too long') }).strict();

export const langParam = lang.catch('en');
