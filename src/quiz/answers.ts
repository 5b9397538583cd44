/**
 * Raw answers as they arrive from a browser (the teacher server's submissions), validated and
 * bounded before anything grades them. The shapes are those of `Answer` in scoring.ts.
 */
import { z } from 'zod';
import { MAX_CONFIG_CHARS } from './fix/limits.ts';
import type { Answer } from './scoring.ts';

const optionId = z.string().min(1).max(64);

export const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: optionId }).strict(),
  z.object({ type: z.literal('path'), choice: optionId }).strict(),
  z.object({ type: z.literal('multiple'), choices: z.array(optionId).max(10) }).strict(),
  z.object({ type: z.literal('truefalse'), value: z.boolean(), reason: optionId.optional() }).strict(),
  z
    .object({
      type: z.literal('match'),
      pairs: z.record(optionId, optionId).refine((p) => Object.keys(p).length <= 10, 'at most 10 pairs'),
    })
    .strict(),
  z.object({ type: z.literal('fix'), config: z.string().max(MAX_CONFIG_CHARS) }).strict(),
]) satisfies z.ZodType<Answer>;

/** question id -> answer; unanswered questions are simply absent. */
export const answersSchema = z.record(z.string().min(1).max(80), answerSchema).refine((a) => Object.keys(a).length <= 100, 'at most 100 answers');
