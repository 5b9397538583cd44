/**
 * A student's answers before they are sent, kept in this browser per assignment code so that a
 * reload or a closed tab does not lose them. Only what the student typed and chose is kept (never
 * a score or a key: the server is the only grader). Read back through zod, checked against the
 * assignment as it is now; anything else is dropped.
 */
import { z } from 'zod';
import { answerSchema } from '../../quiz/answers.ts';
import type { Answer } from '../../quiz/scoring.ts';
import type { PublicQuestion } from '../../server/questions.ts';

/** A true/false question may have its reason picked before its verdict: not an answer yet. */
export type DraftAnswer = Answer | { type: 'truefalse'; value?: undefined; reason: string };
export type DraftAnswers = Record<string, DraftAnswer>;

export interface StudentDraft {
  name: string;
  answers: DraftAnswers;
}

export const draftKey = (code: string) => `netmodes.assignment-draft.v1.${code}`;

const draftSchema = z
  .object({
    v: z.literal(1),
    name: z.string().max(200),
    answers: z.record(
      z.string().max(80),
      z.union([answerSchema, z.object({ type: z.literal('truefalse'), reason: z.string().min(1).max(64) }).strict()]),
    ),
  })
  .strict();

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved draft for these questions, or null (none, unreadable, or for other questions). */
export function readDraft(code: string, questions: readonly PublicQuestion[], store: Store | null = storage()): StudentDraft | null {
  let text: string | null;
  try {
    text = store?.getItem(draftKey(code)) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let parsed: z.infer<typeof draftSchema> | undefined;
  try {
    parsed = draftSchema.safeParse(JSON.parse(text)).data;
  } catch {
    parsed = undefined;
  }
  const types = new Map(questions.map((q) => [q.id, q.type]));
  const fits = parsed && Object.entries(parsed.answers).every(([id, a]) => types.get(id) === a.type);
  if (!parsed || !fits) {
    clearDraft(code, store);
    return null;
  }
  return { name: parsed.name, answers: parsed.answers as DraftAnswers };
}

/** Keeps the draft, or forgets it when there is nothing in it. False if the browser would not keep it. */
export function saveDraft(code: string, draft: StudentDraft, store: Store | null = storage()): boolean {
  try {
    if (!draft.name.trim() && Object.keys(draft.answers).length === 0) store?.removeItem(draftKey(code));
    else store?.setItem(draftKey(code), JSON.stringify({ v: 1, ...draft }));
    return !!store;
  } catch {
    return false;
  }
}

export function clearDraft(code: string, store: Store | null = storage()): void {
  try {
    store?.removeItem(draftKey(code));
  } catch {
    /* blocked storage holds nothing */
  }
}
