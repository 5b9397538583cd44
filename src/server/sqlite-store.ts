/**
 * AssignmentStore on the SQLite built into Node 24 (`node:sqlite`). With sqlite-writer.ts, the
 * only module that knows about SQL; everything else sees the records of types.ts.
 *
 * Durability: WAL journal with synchronous=FULL, so a COMMIT has reached the disk when it
 * returns, and a write's promise settles only after its COMMIT: a submission acknowledged to a
 * student survives a crash or a power cut. Reads run on this thread's own connection; writes go
 * to the writer thread (see sqlite-writer.ts for why).
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, backup as sqliteBackup, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, type Migration } from './migrations/index.ts';
import { CHANGEABLE_COLUMNS, toAssignment, toLatePass, toLateAttempt, toSubmission, type Row } from './rows.ts';

export { SchemaTooNewError };
import { WRITE_SQL, WRITER_SOURCE, type WriteOp, type WriteReply } from './sqlite-writer.ts';
import type {
  Assignment,
  AssignmentChanges,
  AssignmentSettings,
  AssignmentStore,
  LateAttempt,
  LateAttemptInput,
  LatePass,
  RecordOutcome,
  StoreChange,
  StoreHealth,
  Submission,
  SubmissionInput,
  UpdateOutcome,
} from './types.ts';

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
      if (m.sql) db.exec(m.sql);
      m.run?.(db);
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

/** A store field's value as its SQLite column holds it. */
function columnValue(field: keyof AssignmentChanges, value: AssignmentChanges[keyof AssignmentChanges]): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (field === 'questionIds') return JSON.stringify(value);
  return value as SQLInputValue;
}

export class SqliteAssignmentStore implements AssignmentStore {
  readonly #path: string;
  readonly #db: DatabaseSync;
  readonly #read: Record<'assignmentByCode' | 'submissionById' | 'submissions' | 'latePasses' | 'lateAttempts' | 'lateById', StatementSync>;
  readonly #maxSubmissions: number;
  #writer: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(path: string, options: { maxSubmissions?: number } = {}) {
    // The writer thread needs a file both connections can open.
    if (path === ':memory:') throw new Error('SqliteAssignmentStore needs a database file, not :memory:');
    // Names and answers of students: readable by the server's user only. A folder or file that
    // already exists keeps the modes its owner gave it. SQLite gives -wal and -shm the mode of
    // the database file.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
    this.#path = path;
    this.#maxSubmissions = options.maxSubmissions ?? Number.POSITIVE_INFINITY;
    this.#db = new DatabaseSync(path);
    try {
      this.#db.exec('PRAGMA busy_timeout = 5000');
      this.#db.exec('PRAGMA journal_mode = WAL');
      this.#db.exec('PRAGMA synchronous = FULL');
      this.#db.exec('PRAGMA foreign_keys = ON');
      migrate(this.#db);
      const p = (sql: string) => this.#db.prepare(sql);
      this.#read = {
        assignmentByCode: p('SELECT * FROM assignments WHERE code = ?'),
        submissionById: p('SELECT * FROM submissions WHERE assignment_id = ? AND public_id = ?'),
        submissions: p('SELECT * FROM submissions WHERE assignment_id = ? ORDER BY submitted_at, id'),
        latePasses: p('SELECT * FROM late_passes WHERE assignment_id = ? ORDER BY granted_at, name_key'),
        lateAttempts: p('SELECT * FROM late_attempts WHERE assignment_id = ? ORDER BY attempted_at, id'),
        lateById: p('SELECT * FROM late_attempts WHERE assignment_id = ? AND public_id = ?'),
      };
    } catch (error) {
      // A file that is not a database, or from a newer schema: nothing stays open behind the error.
      this.#db.close();
      throw error;
    }
    // Opened together with the reading connection, so both see the same file from the start.
    this.#writer = this.#startWriter();
  }

  #startWriter(): Worker {
    const worker = new Worker(WRITER_SOURCE, {
      eval: true,
      workerData: { path: this.#path, sql: WRITE_SQL, maxSubmissions: Number.isFinite(this.#maxSubmissions) ? this.#maxSubmissions : null, columns: CHANGEABLE_COLUMNS },
    });
    // An idle writer must not keep a script or test process alive; the HTTP server does that.
    worker.unref();
    worker.on('message', (reply: WriteReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.message));
    });
    const fail = (error: Error) => {
      if (this.#writer === worker) this.#writer = undefined;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the database writer stopped (exit code ${code})`)));
    return worker;
  }

  #write<T>(op: WriteOp, args: unknown[]): Promise<T> {
    // Restarted after a crash of the writer (the writes it held were rejected, never acknowledged).
    this.#writer ??= this.#startWriter();
    const id = this.#nextId++;
    const writer = this.#writer;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      writer.ref();
      writer.postMessage({ id, op, args });
    }).finally(() => {
      if (this.#pending.size === 0) writer.unref();
    });
  }

  async createAssignment(code: string, s: AssignmentSettings, teacherTokenHash: string, createdAt: number): Promise<Assignment | undefined> {
    const row = await this.#write<Row | null>('createAssignment', [
      code,
      s.title,
      s.locale,
      JSON.stringify(s.questionIds),
      s.dueAt,
      s.showExplanations ? 1 : 0,
      s.allowResubmit ? 1 : 0,
      s.shuffle ? 1 : 0,
      teacherTokenHash,
      createdAt,
    ]);
    return row ? toAssignment(row) : undefined;
  }

  async findAssignment(code: string): Promise<Assignment | undefined> {
    const row = this.#read.assignmentByCode.get(code) as Row | undefined;
    return row ? toAssignment(row) : undefined;
  }

  async serverSecret(): Promise<string> {
    const row = this.#db.prepare('SELECT secret FROM server_secret WHERE id = 1').get() as { secret: string } | undefined;
    if (!row) throw new Error('the database has no server secret (migration 004 did not run)');
    return row.secret;
  }

  async updateAssignment(assignmentId: number, changes: AssignmentChanges, onlyBeforeFirstSubmission: boolean): Promise<UpdateOutcome> {
    const values: Record<string, SQLInputValue> = {};
    for (const [field, value] of Object.entries(changes) as Array<[keyof AssignmentChanges, AssignmentChanges[keyof AssignmentChanges]]>) {
      if (value !== undefined) values[field] = columnValue(field, value);
    }
    const out = await this.#write<{ status: UpdateOutcome['status']; row?: Row }>('updateAssignment', [assignmentId, values, onlyBeforeFirstSubmission]);
    return out.status === 'updated' ? { status: 'updated', assignment: toAssignment(out.row!) } : { status: out.status };
  }

  async deleteAssignment(assignmentId: number): Promise<boolean> {
    return (await this.#write<number>('deleteAssignment', [assignmentId])) > 0;
  }

  async purgeEndedBefore(cutoff: number): Promise<number> {
    return this.#write<number>('purgeEnded', [cutoff]);
  }

  async grantLatePass(assignmentId: number, pass: LatePass): Promise<void> {
    await this.#write('grantLatePass', [assignmentId, pass.nameKey, pass.name, pass.grantedAt]);
  }

  async revokeLatePass(assignmentId: number, nameKey: string): Promise<boolean> {
    return (await this.#write<number>('revokeLatePass', [assignmentId, nameKey])) > 0;
  }

  async listLatePasses(assignmentId: number): Promise<LatePass[]> {
    return (this.#read.latePasses.all(assignmentId) as Row[]).map(toLatePass);
  }

  async recordLateAttempt(input: LateAttemptInput, max: number): Promise<LateAttempt | undefined> {
    const row = await this.#write<Row | null>('recordLateAttempt', [{ ...input, answers: JSON.stringify(input.answers) }, max]);
    return row ? toLateAttempt(row) : undefined;
  }

  async listLateAttempts(assignmentId: number): Promise<LateAttempt[]> {
    return (this.#read.lateAttempts.all(assignmentId) as Row[]).map(toLateAttempt);
  }

  async findLateAttempt(assignmentId: number, publicId: string): Promise<LateAttempt | undefined> {
    const row = this.#read.lateById.get(assignmentId, publicId) as Row | undefined;
    return row ? toLateAttempt(row) : undefined;
  }

  async deleteLateAttempt(assignmentId: number, publicId: string): Promise<boolean> {
    return (await this.#write<number>('deleteLateAttempt', [assignmentId, publicId])) > 0;
  }

  async acceptLateAttempt(input: SubmissionInput): Promise<Submission | undefined> {
    const row = await this.#write<Row | null>('acceptLateAttempt', [{ ...input, answers: JSON.stringify(input.answers), results: JSON.stringify(input.results) }]);
    return row ? toSubmission(row) : undefined;
  }

  async recordSubmission(input: SubmissionInput, replaceWhenTokenHash: string | null): Promise<RecordOutcome> {
    const values = {
      ...input,
      answers: JSON.stringify(input.answers),
      results: JSON.stringify(input.results),
    };
    const { status, row } = await this.#write<{ status: RecordOutcome['status']; row: Row }>('recordSubmission', [values, replaceWhenTokenHash]);
    if (status === 'full') return { status };
    const submission = toSubmission(row);
    return status === 'refused' ? { status, existing: submission } : { status, submission };
  }

  async findSubmission(assignmentId: number, publicId: string): Promise<Submission | undefined> {
    const row = this.#read.submissionById.get(assignmentId, publicId) as Row | undefined;
    return row ? toSubmission(row) : undefined;
  }

  async listSubmissions(assignmentId: number): Promise<Submission[]> {
    return (this.#read.submissions.all(assignmentId) as Row[]).map(toSubmission);
  }

  async deleteSubmission(assignmentId: number, publicId: string): Promise<boolean> {
    return (await this.#write<number>('deleteSubmission', [assignmentId, publicId])) > 0;
  }

  /** Resolves once the writer has committed an (empty) transaction: the database takes writes. */
  async ping(): Promise<void> {
    await this.#write('ping', []);
  }

  async backup(destination: string): Promise<void> {
    mkdirSync(dirname(destination), { recursive: true });
    await sqliteBackup(this.#db, destination);
  }

  /** One process owns the file: every write goes through this store, so nothing comes from elsewhere. */
  onRemoteChange(_listener: (change: StoreChange) => void): void {}

  async health(): Promise<StoreHealth> {
    const base = { store: 'sqlite' as const, expectedSchemaVersion: SCHEMA_VERSION };
    try {
      await this.ping();
      const { v } = this.#db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
      const schemaVersion = v === null ? null : Number(v);
      if (schemaVersion !== SCHEMA_VERSION) return { ...base, ok: false, schemaVersion, problem: `schema version ${schemaVersion}, expected ${SCHEMA_VERSION}` };
      return { ...base, ok: true, schemaVersion };
    } catch (error) {
      return { ...base, ok: false, schemaVersion: null, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    // Pending writes are flushed by the writer before it closes its connection.
    const writer = this.#writer;
    this.#writer = undefined;
    if (writer) {
      const exited = new Promise<void>((done) => writer.once('exit', () => done()));
      // Referenced until it has exited: the caller waits for this, so the process must too.
      writer.ref();
      writer.postMessage('close');
      await exited;
    }
    if (this.#db.isOpen) this.#db.close();
  }
}
