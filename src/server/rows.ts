/**
 * Database rows to the records of types.ts, shared by both stores: the columns have the same names
 * in SQLite and PostgreSQL, and each value is read the way both drivers hand it over (64-bit
 * integers may come as strings, booleans as 0/1 or true/false, JSON as text).
 */
import type { Assignment, LateAttempt, LatePass, Submission } from './types.ts';

export type Row = Record<string, unknown>;

const flag = (v: unknown) => v === true || Number(v) === 1;

export function toAssignment(r: Row): Assignment {
  return {
    id: Number(r.id),
    code: String(r.code),
    title: String(r.title),
    locale: r.locale === 'ko' ? 'ko' : 'en',
    questionIds: JSON.parse(String(r.question_ids)) as string[],
    dueAt: r.due_at === null ? null : Number(r.due_at),
    showExplanations: flag(r.show_explanations),
    allowResubmit: flag(r.allow_resubmit),
    shuffle: flag(r.shuffle),
    closed: flag(r.closed),
    closedAt: r.closed_at === null || r.closed_at === undefined ? null : Number(r.closed_at),
    createdAt: Number(r.created_at),
    teacherTokenHash: String(r.teacher_token_hash),
  };
}

/** The columns a submission and a late attempt share: who answered what, in which language, from which browser. */
function studentSheet(r: Row): Pick<Submission, 'id' | 'assignmentId' | 'publicId' | 'name' | 'nameKey' | 'locale' | 'answers' | 'tokenHash'> {
  return {
    id: Number(r.id),
    assignmentId: Number(r.assignment_id),
    publicId: String(r.public_id),
    name: String(r.name),
    nameKey: String(r.name_key),
    locale: r.locale === 'ko' ? 'ko' : 'en',
    answers: JSON.parse(String(r.answers)) as Submission['answers'],
    tokenHash: String(r.token_hash),
  };
}

export function toSubmission(r: Row): Submission {
  return {
    ...studentSheet(r),
    results: JSON.parse(String(r.results)) as Submission['results'],
    score: Number(r.score),
    total: Number(r.total),
    attempts: Number(r.attempts),
    submittedAt: Number(r.submitted_at),
  };
}

export function toLateAttempt(r: Row): LateAttempt {
  return {
    ...studentSheet(r),
    reason: r.reason === 'closed' ? 'closed' : 'past_due',
    attemptedAt: Number(r.attempted_at),
  };
}

/** Settings columns a teacher may change (updateAssignment), by the field name the store uses. */
export const CHANGEABLE_COLUMNS = {
  title: 'title',
  questionIds: 'question_ids',
  dueAt: 'due_at',
  closed: 'closed',
  closedAt: 'closed_at',
  showExplanations: 'show_explanations',
  allowResubmit: 'allow_resubmit',
  shuffle: 'shuffle',
} as const;

export function toLatePass(r: Row): LatePass {
  return { nameKey: String(r.name_key), name: String(r.name), grantedAt: Number(r.granted_at) };
}
