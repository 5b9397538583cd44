/**
 * AssignmentStore on the SQLite built into Node 24 (`node:sqlite`). The only module that knows
 * about SQL; everything else sees the records of types.ts.
 *
 * Durability: WAL journal with synchronous=FULL, so a COMMIT has reached the disk when
 * `exec('COMMIT')` returns and a submission acknowledged to a student survives a crash or a
 * power cut. Writes use BEGIN IMMEDIATE so that concurrent writers queue on busy_timeout
 * instead of failing half-way through a transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, backup as sqliteBackup, type SQLInputValue } from 'node:sqlite';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import type {
  Assignment,
  AssignmentSettings,
  AssignmentStore,
  RecordOutcome,
  ReplaceDecision,
  Submission,
  SubmissionInput,
} from './types.ts';

type Row = Record<string, SQLInputValue>;

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database has schema version ${found}, but this server only knows up to ${known}; run a newer netmodes or restore a backup`);
    this.name = 'SchemaTooNewError';
  }
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => Number(r.version)),
  );
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new SchemaTooNewError(newest, known);
  const ran: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    ran.push(m.version);
  }
  return ran;
}

function toAssignment(r: Row): Assignment {
  return {
    id: Number(r.id),
    code: String(r.code),
    title: String(r.title),
    locale: r.locale === 'ko' ? 'ko' : 'en',
    questionIds: JSON.parse(String(r.question_ids)) as string[],
    dueAt: r.due_at === null ? null : Number(r.due_at),
    showExplanations: Number(r.show_explanations) === 1,
    allowResubmit: Number(r.allow_resubmit) === 1,
    closed: Number(r.closed) === 1,
    createdAt: Number(r.created_at),
    teacherTokenHash: String(r.teacher_token_hash),
  };
}

function toSubmission(r: Row): Submission {
  return {
    id: Number(r.id),
    assignmentId: Number(r.assignment_id),
    publicId: String(r.public_id),
    name: String(r.name),
    nameKey: String(r.name_key),
    locale: r.locale === 'ko' ? 'ko' : 'en',
    answers: JSON.parse(String(r.answers)) as Submission['answers'],
    results: JSON.parse(String(r.results)) as Submission['results'],
    score: Number(r.score),
    total: Number(r.total),
    attempts: Number(r.attempts),
    tokenHash: String(r.token_hash),
    submittedAt: Number(r.submitted_at),
  };
}

export class SqliteAssignmentStore implements AssignmentStore {
  readonly #db: DatabaseSync;
  readonly #stmt;
  readonly #queue: Array<{ work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = [];
  #scheduled = false;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA busy_timeout = 5000');
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = FULL');
    this.#db.exec('PRAGMA foreign_keys = ON');
    migrate(this.#db);
    const p = (sql: string) => this.#db.prepare(sql);
    this.#stmt = {
      insertAssignment: p(`INSERT INTO assignments (code, title, locale, question_ids, due_at, show_explanations, allow_resubmit, teacher_token_hash, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING *`),
      assignmentByCode: p('SELECT * FROM assignments WHERE code = ?'),
      setClosed: p('UPDATE assignments SET closed = ? WHERE id = ?'),
      submissionByName: p('SELECT * FROM submissions WHERE assignment_id = ? AND name_key = ?'),
      insertSubmission: p(`INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`),
      replaceSubmission: p(`UPDATE submissions SET name = ?, locale = ?, answers = ?, results = ?, score = ?, total = ?,
        attempts = attempts + 1, submitted_at = ? WHERE id = ? RETURNING *`),
      submissionById: p('SELECT * FROM submissions WHERE assignment_id = ? AND public_id = ?'),
      submissions: p('SELECT * FROM submissions WHERE assignment_id = ? ORDER BY submitted_at, id'),
      deleteSubmission: p('DELETE FROM submissions WHERE assignment_id = ? AND public_id = ?'),
    };
  }

  /**
   * Group commit: writes requested while the event loop is busy are run together in one
   * transaction (each inside its own savepoint, so one failing write does not undo the others)
   * and all settle after the single COMMIT. One fsync then serves a whole batch of students,
   * which is what keeps a class submitting at once fast on a slow disk.
   */
  #enqueue<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#queue.splice(0);
    if (batch.length === 0) return;
    const settled: Array<() => void> = [];
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      for (const item of batch) {
        this.#db.exec('SAVEPOINT one_write');
        try {
          const value = item.work();
          this.#db.exec('RELEASE one_write');
          settled.push(() => item.resolve(value));
        } catch (error) {
          this.#db.exec('ROLLBACK TO one_write');
          this.#db.exec('RELEASE one_write');
          settled.push(() => item.reject(error));
        }
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      for (const item of batch) item.reject(error);
      return;
    }
    // Only now, with the batch durable, does anyone hear back.
    for (const settle of settled) settle();
  }

  async createAssignment(code: string, s: AssignmentSettings, teacherTokenHash: string, createdAt: number): Promise<Assignment | undefined> {
    const row = (await this.#enqueue(() =>
      this.#stmt.insertAssignment.get(
        code,
        s.title,
        s.locale,
        JSON.stringify(s.questionIds),
        s.dueAt,
        s.showExplanations ? 1 : 0,
        s.allowResubmit ? 1 : 0,
        teacherTokenHash,
        createdAt,
      ),
    )) as Row | undefined;
    return row ? toAssignment(row) : undefined;
  }

  async findAssignment(code: string): Promise<Assignment | undefined> {
    const row = this.#stmt.assignmentByCode.get(code) as Row | undefined;
    return row ? toAssignment(row) : undefined;
  }

  async setClosed(assignmentId: number, closed: boolean): Promise<void> {
    await this.#enqueue(() => this.#stmt.setClosed.run(closed ? 1 : 0, assignmentId));
  }

  async recordSubmission(input: SubmissionInput, decide: (existing: Submission) => ReplaceDecision): Promise<RecordOutcome> {
    return this.#enqueue((): RecordOutcome => {
      const found = this.#stmt.submissionByName.get(input.assignmentId, input.nameKey) as Row | undefined;
      if (found) {
        const existing = toSubmission(found);
        if (decide(existing) === 'refuse') return { status: 'refused', existing };
        const row = this.#stmt.replaceSubmission.get(
          input.name,
          input.locale,
          JSON.stringify(input.answers),
          JSON.stringify(input.results),
          input.score,
          input.total,
          input.submittedAt,
          existing.id,
        ) as Row;
        return { status: 'replaced', submission: toSubmission(row) };
      }
      const row = this.#stmt.insertSubmission.get(
        input.assignmentId,
        input.publicId,
        input.name,
        input.nameKey,
        input.locale,
        JSON.stringify(input.answers),
        JSON.stringify(input.results),
        input.score,
        input.total,
        input.tokenHash,
        input.submittedAt,
      ) as Row;
      return { status: 'created', submission: toSubmission(row) };
    });
  }

  async findSubmission(assignmentId: number, publicId: string): Promise<Submission | undefined> {
    const row = this.#stmt.submissionById.get(assignmentId, publicId) as Row | undefined;
    return row ? toSubmission(row) : undefined;
  }

  async listSubmissions(assignmentId: number): Promise<Submission[]> {
    return (this.#stmt.submissions.all(assignmentId) as Row[]).map(toSubmission);
  }

  async deleteSubmission(assignmentId: number, publicId: string): Promise<boolean> {
    const result = await this.#enqueue(() => this.#stmt.deleteSubmission.run(assignmentId, publicId));
    return Number(result.changes) > 0;
  }

  async backup(destination: string): Promise<void> {
    mkdirSync(dirname(destination), { recursive: true });
    await sqliteBackup(this.#db, destination);
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
