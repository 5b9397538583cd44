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
  /** Each student gets their own (stable) order of questions and options. */
  shuffle: boolean;
}

export interface Assignment extends AssignmentSettings {
  id: number;
  code: string;
  closed: boolean;
  /** When the teacher closed it (retention counts from here); null while open. */
  closedAt: number | null;
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

/** A name the teacher lets submit after the due time or after closing. */
export interface LatePass {
  nameKey: string;
  name: string;
  grantedAt: number;
}

export type LateReason = 'closed' | 'past_due';

/** A submission refused because it came late, kept so that the teacher can still accept it. */
export interface LateAttemptInput {
  assignmentId: number;
  publicId: string;
  name: string;
  nameKey: string;
  locale: Lang;
  answers: Record<string, Answer>;
  /** The student's late receipt: the same browser trying again replaces its own attempt. */
  tokenHash: string;
  reason: LateReason;
  attemptedAt: number;
}

export interface LateAttempt extends LateAttemptInput {
  id: number;
}

/** Settings a teacher can change after creating; absent fields stay as they are. */
export interface AssignmentChanges {
  title?: string;
  questionIds?: string[];
  dueAt?: number | null;
  closed?: boolean;
  closedAt?: number | null;
  showExplanations?: boolean;
  allowResubmit?: boolean;
  shuffle?: boolean;
}

export type UpdateOutcome = { status: 'updated'; assignment: Assignment } | { status: 'has_submissions' } | { status: 'missing' };

export type RecordOutcome =
  | { status: 'created'; submission: Submission }
  | { status: 'replaced'; submission: Submission }
  | { status: 'refused'; existing: Submission }
  /** A new student, but the assignment already holds as many submissions as the server allows. */
  | { status: 'full' };

/**
 * A write another server instance committed to the shared database (PostgreSQL), as the instances
 * tell each other (LISTEN/NOTIFY). It names what changed, not its content: the receiver reads it.
 */
export type StoreChange =
  /** A submission was created, replaced or accepted from a late attempt. */
  | { kind: 'submission'; assignmentId: number; publicId: string }
  | { kind: 'submission_deleted'; assignmentId: number; publicId: string }
  /** A late attempt was kept or replaced. */
  | { kind: 'late'; assignmentId: number }
  /** The teacher changed settings, late passes or late attempts. */
  | { kind: 'teacher'; assignmentId: number }
  | { kind: 'assignment_deleted'; assignmentId: number }
  /** Changes may have been missed (the connection that listens was lost): everything kept must be read again. */
  | { kind: 'resync' };

/** What /healthz reports: the database answers, and its schema is the one this server was built for. */
export interface StoreHealth {
  ok: boolean;
  store: 'sqlite' | 'postgres';
  schemaVersion: number | null;
  expectedSchemaVersion: number;
  /** Why not ok, for the operator (never credentials). */
  problem?: string;
}

/**
 * The data layer. Every method is async so that a networked database (PostgreSQL for several
 * server instances) can implement the same contract.
 */
export interface AssignmentStore {
  /** Stores a new assignment; resolves `undefined` when the join code is already taken. */
  createAssignment(code: string, settings: AssignmentSettings, teacherTokenHash: string, createdAt: number): Promise<Assignment | undefined>;
  findAssignment(code: string): Promise<Assignment | undefined>;
  /**
   * The server's secret, created with the schema (migration 004) and kept with the data: the
   * per-student seeds of generated questions are derived from it (issue 18).
   */
  serverSecret(): Promise<string>;
  /**
   * Changes settings. With `onlyBeforeFirstSubmission`, refused (`has_submissions`) once a submission
   * or a late attempt exists, decided inside the write's transaction.
   */
  updateAssignment(assignmentId: number, changes: AssignmentChanges, onlyBeforeFirstSubmission: boolean): Promise<UpdateOutcome>;
  /** Deletes the assignment with its submissions, passes and late attempts; false when it was gone. */
  deleteAssignment(assignmentId: number): Promise<boolean>;
  /** Deletes assignments closed, or past their due time, at or before `cutoff`; resolves how many. */
  purgeEndedBefore(cutoff: number): Promise<number>;
  grantLatePass(assignmentId: number, pass: LatePass): Promise<void>;
  revokeLatePass(assignmentId: number, nameKey: string): Promise<boolean>;
  listLatePasses(assignmentId: number): Promise<LatePass[]>;
  /**
   * Keeps a late attempt: replaces the attempt with the same token hash (the same browser trying
   * again), otherwise adds one unless the assignment already holds `max`. Resolves undefined when full.
   */
  recordLateAttempt(input: LateAttemptInput, max: number): Promise<LateAttempt | undefined>;
  listLateAttempts(assignmentId: number): Promise<LateAttempt[]>;
  findLateAttempt(assignmentId: number, publicId: string): Promise<LateAttempt | undefined>;
  deleteLateAttempt(assignmentId: number, publicId: string): Promise<boolean>;
  /**
   * Turns a late attempt into a submission (already graded by the caller) in one transaction: the
   * attempt is removed, and a submission under the same name is replaced. Undefined when the attempt
   * was already gone (accepted or discarded meanwhile).
   */
  acceptLateAttempt(input: SubmissionInput): Promise<Submission | undefined>;
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
  /**
   * Calls `listener` for each write another server instance commits. A store only one process uses
   * (SQLite) never calls it: the service sees every write itself.
   */
  onRemoteChange(listener: (change: StoreChange) => void): void;
  health(): Promise<StoreHealth>;
  /** Resolves once pending writes are committed and every connection is closed. */
  close(): Promise<void>;
}
