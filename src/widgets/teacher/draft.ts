/**
 * A student's answers before they are sent, kept in this browser per assignment code so that a
 * reload or a closed tab does not lose them. Only what the student typed and chose is kept (never
 * a score or a key: the server is the only grader). Reading back is draft-parse.ts (zod), loaded
 * only when a draft was saved.
 */
import type { Answer } from '../../quiz/scoring.ts';

/** A true/false question may have its reason picked before its verdict: not an answer yet. */
export type DraftAnswer = Answer | { type: 'truefalse'; value?: undefined; reason: string };
export type DraftAnswers = Record<string, DraftAnswer>;

export interface StudentDraft {
  name: string;
  answers: DraftAnswers;
}

export const draftKey = (code: string) => `netmodes.assignment-draft.v1.${code}`;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (private mode): the form still works, nothing is kept
  }
}

/** The saved draft's text, if any. */
export function draftText(code: string, store: Store | null = storage()): string | null {
  try {
    return store?.getItem(draftKey(code)) ?? null;
  } catch {
    return null;
  }
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
