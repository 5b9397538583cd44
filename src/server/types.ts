/**
 * The domain records every AssignmentStore implementation speaks. Plain data only: dates are
 * epoch milliseconds, answers are already validated objects, so nothing of the storage engine
 * (SQLite rows, PostgreSQL types) reaches the services or the API.
 */
import type { Answer } from '../quiz/scoring.ts';

export type Lang = 'ko' | 'en';

export interface AssignmentSettings {
  title: string;
  /** The language the teacher built it in (dashboard labels, CSV headers). */
  locale: Lang;
  questionIds: string[];
  dueAt: number | null;
  showExplanations: boolean;
  allowResubmit: boolean;
}

export interface Assignment extends AssignmentSettings {
  id: number;
  code: string;
  closed: boolean;
  createdAt: number;
  /** SHA-256 of the teacher token, hex. The token itself is never stored. */
  teacherTokenHash: string;
}

export interface QuestionResult {
  points: number;
  correct: boolean;
}

export interface SubmissionInput {
  assignmentId: number;
  publicId: string;
  name: string;
  /** The name as compared for "same student": NFC, case-folded, inner spaces collapsed. */
  nameKey: string;
  locale: Lang;
  answers: Record<string, Answer>;
  results: Record<string, QuestionResult>;
  score: number;
  total: number;
  tokenHash: string;
  submittedAt: number;
}

export interface Submission extends SubmissionInput {
  id: number;
  attempts: number;
}

export type RecordOutcome =
  | { status: 'created'; submission: Submission }
  | { status: 'replaced'; submission: Submission }
  | { status: 'refused'; existing: Submission }
  /** A new student, but the assignment already holds as many submissions as the server allows. */
  | { status: 'full' };

/**
 * The data layer. Every method is async so that a networked database (PostgreSQL for several
 * server instances) can implement the same contract.
 */
export interface AssignmentStore {
  /** Stores a new assignment; resolves `undefined` when the join code is already taken. */
  createAssignment(code: string, settings: AssignmentSettings, teacherTokenHash: string, createdAt: number): Promise<Assignment | undefined>;
  findAssignment(code: string): Promise<Assignment | undefined>;
  setClosed(assignmentId: number, closed: boolean): Promise<void>;
  /**
   * Inserts a submission. If one with the same nameKey exists, it is replaced only when its token
   * hash equals `replaceWhenTokenHash` (the same browser resubmitting, where the teacher allows
   * it), otherwise refused; decided inside the write's transaction, so two racing submissions
   * cannot both win. Resolves only after the change is durable.
   */
  recordSubmission(input: SubmissionInput, replaceWhenTokenHash: string | null): Promise<RecordOutcome>;
  findSubmission(assignmentId: number, publicId: string): Promise<Submission | undefined>;
  listSubmissions(assignmentId: number): Promise<Submission[]>;
  /** Resolves false when there was no such submission. */
  deleteSubmission(assignmentId: number, publicId: string): Promise<boolean>;
  /** A consistent copy of the whole database at `destination`. */
  backup(destination: string): Promise<void>;
  close(): void;
}
