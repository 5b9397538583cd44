/**
 * AssignmentStore on PostgreSQL (node-postgres, `pg`), for several server instances sharing one
 * database. Selected by NETMODES_DATABASE_URL or DATABASE_URL (config.ts); SQLite stays the default.
 *
 * Guarantees, the same as SQLite's:
 * - a write's promise resolves only after its COMMIT returned (PostgreSQL's default
 *   synchronous_commit=on: the commit record is on disk), so an acknowledged submission survives
 *   a crash of any instance or of the database server;
 * - "same student" is decided by the database: the UNIQUE (assignment_id, name_key) index with
 *   INSERT ... ON CONFLICT DO NOTHING, and row locks (SELECT ... FOR UPDATE) on the row being
 *   replaced. Two instances submitting the same name at the same moment: the second INSERT waits
 *   for the first's commit, inserts nothing, and the transaction is run again, which now finds the
 *   row and refuses (409). READ COMMITTED is the right isolation for this: every decision reads
 *   either a locked row or a unique index, never a snapshot another transaction could invalidate.
 * - every write tells the other instances what it changed (pg_notify inside the transaction, so
 *   the notice is sent exactly when, and only if, the write commits); each instance LISTENs and
 *   updates its dashboards (StoreChange in types.ts).
 *
 * A database that cannot be reached makes every call reject with DatabaseUnavailableError (the API
 * answers 503); the pool opens new connections by itself once the database is back.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import pg from 'pg';
import { DatabaseUnavailableError, isConnectionError } from './db-errors.ts';
import { MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, type Migration } from './migrations/index.ts';
import { CHANGEABLE_COLUMNS, toAssignment, toLateAttempt, toLatePass, toSubmission, type Row } from './rows.ts';
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

const CHANNEL = 'netmodes_changes';
/** pg_advisory_lock key held while migrating, so instances starting together migrate one after another. */
const MIGRATION_LOCK = 7_315_023;
const UNIQUE_VIOLATION = '23505';
const SERIALIZATION_FAILURE = '40001';
const DEADLOCK = '40P01';

/** The URL without its password, for messages (credentials are never logged). */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host || '(local socket)'}${u.pathname}`;
  } catch {
    return 'the PostgreSQL database (the URL cannot be parsed)';
  }
}

const SQL = {
  assignmentByCode: 'SELECT * FROM assignments WHERE code = $1',
  serverSecret: 'SELECT secret FROM server_secret WHERE id = 1',
  assignmentById: 'SELECT * FROM assignments WHERE id = $1',
  insertAssignment: `INSERT INTO assignments (code, title, locale, question_ids, due_at, show_explanations, allow_resubmit, shuffle, teacher_token_hash, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING RETURNING *`,
  // FOR UPDATE conflicts with the KEY SHARE lock an INSERT into submissions takes on its assignment:
  // holding it, no submission can commit in between.
  lockAssignment: 'SELECT id FROM assignments WHERE id = $1 FOR UPDATE',
  // Serializes writers of late attempts on one assignment without holding up submissions.
  lockAssignmentForLate: 'SELECT id FROM assignments WHERE id = $1 FOR NO KEY UPDATE',
  anyWork: 'SELECT EXISTS (SELECT 1 FROM submissions WHERE assignment_id = $1) OR EXISTS (SELECT 1 FROM late_attempts WHERE assignment_id = $1) AS n',
  deleteAssignment: 'DELETE FROM assignments WHERE id = $1 RETURNING id',
  purgeEnded: `DELETE FROM assignments WHERE (closed AND closed_at <= $1) OR (NOT closed AND due_at IS NOT NULL AND due_at <= $1) RETURNING id`,
  grantLatePass: `INSERT INTO late_passes (assignment_id, name_key, name, granted_at) VALUES ($1, $2, $3, $4)
    ON CONFLICT (assignment_id, name_key) DO UPDATE SET name = excluded.name, granted_at = excluded.granted_at`,
  revokeLatePass: 'DELETE FROM late_passes WHERE assignment_id = $1 AND name_key = $2 RETURNING name_key',
  latePasses: 'SELECT * FROM late_passes WHERE assignment_id = $1 ORDER BY granted_at, name_key',
  lateByToken: 'SELECT id FROM late_attempts WHERE assignment_id = $1 AND token_hash = $2',
  lateCount: 'SELECT count(*) AS n FROM late_attempts WHERE assignment_id = $1',
  insertLate: `INSERT INTO late_attempts (assignment_id, public_id, name, name_key, locale, answers, token_hash, reason, attempted_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
  replaceLate: 'UPDATE late_attempts SET name = $1, name_key = $2, locale = $3, answers = $4, reason = $5, attempted_at = $6 WHERE id = $7 RETURNING *',
  deleteLate: 'DELETE FROM late_attempts WHERE assignment_id = $1 AND public_id = $2 RETURNING id',
  lateAttempts: 'SELECT * FROM late_attempts WHERE assignment_id = $1 ORDER BY attempted_at, id',
  lateById: 'SELECT * FROM late_attempts WHERE assignment_id = $1 AND public_id = $2',
  submissionByName: 'SELECT * FROM submissions WHERE assignment_id = $1 AND name_key = $2 FOR UPDATE',
  submissionByToken: 'SELECT * FROM submissions WHERE assignment_id = $1 AND token_hash = $2 FOR UPDATE',
  insertSubmission: `INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (assignment_id, name_key) DO NOTHING RETURNING *`,
  // A late attempt accepted under a name that has a submission replaces it, as a resubmission would.
  upsertSubmission: `INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
    ON CONFLICT (assignment_id, name_key) DO UPDATE SET name = excluded.name, locale = excluded.locale, answers = excluded.answers,
      results = excluded.results, score = excluded.score, total = excluded.total, attempts = submissions.attempts + 1, submitted_at = excluded.submitted_at
    RETURNING *`,
  replaceSubmission: `UPDATE submissions SET name = $1, name_key = $2, locale = $3, answers = $4, results = $5, score = $6, total = $7,
    attempts = attempts + 1, submitted_at = $8 WHERE id = $9 RETURNING *`,
  deleteSubmission: 'DELETE FROM submissions WHERE assignment_id = $1 AND public_id = $2 RETURNING public_id',
  countSubmissions: 'SELECT count(*) AS n FROM submissions WHERE assignment_id = $1',
  submissionById: 'SELECT * FROM submissions WHERE assignment_id = $1 AND public_id = $2',
  submissions: 'SELECT * FROM submissions WHERE assignment_id = $1 ORDER BY submitted_at, id',
  notify: 'SELECT pg_notify($1, $2)',
} as const;

type Statement = keyof typeof SQL;

/** Runs a named statement on one connection: prepared once per connection by node-postgres. */
type Run = ((statement: Statement, values?: unknown[]) => Promise<Row[]>) & {
  /** A statement whose text is built at run time (not prepared). */
  text: (text: string, values: unknown[]) => Promise<Row[]>;
};

function sameHash(a: unknown, b: string): boolean {
  const x = Buffer.from(String(a), 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The transaction lost a race another one won (a name taken meanwhile): run it again, it now sees the winner. */
class RunAgain extends Error {}

/** A change as sent on the channel: short keys, the sender's id so that it skips its own. */
interface Notice {
  i: string;
  k: Exclude<StoreChange['kind'], 'resync'>;
  a: number;
  p?: string;
}

/** Applies the migrations the database has not seen yet; instances starting together take turns. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  client.on('error', (error: Error) => (broken = error));
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version)));
      const known = Math.max(0, ...migrations.map((m) => m.version));
      const newest = Math.max(0, ...applied);
      if (newest > known) throw new SchemaTooNewError(newest, known);
      const ran: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          if (m.pgSql) await client.query(m.pgSql);
          await m.pgRun?.((text, values) => client.query(text, values));
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        ran.push(m.version);
      }
      return ran;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    client.release(broken);
  }
}

export interface PgStoreOptions {
  maxSubmissions?: number;
  /** Connections this instance keeps open at most (NETMODES_DB_POOL). */
  poolSize?: number;
}

export class PgAssignmentStore implements AssignmentStore {
  readonly #pool: pg.Pool;
  readonly #config: pg.ClientConfig;
  readonly #maxSubmissions: number;
  /** Tells this instance's own notices from the others'. */
  readonly #instance = randomBytes(9).toString('base64url');
  readonly #listeners: Array<(change: StoreChange) => void> = [];
  #listener: pg.Client | undefined;
  #relisten: NodeJS.Timeout | undefined;
  #closed = false;
  /** max_connections of the server: no more transactions than that can be in flight at once. */
  #maxConnections: number | undefined;

  constructor(url: string, options: PgStoreOptions = {}) {
    // sslmode and the other libpq parameters of the URL are passed through as they are.
    // connectionTimeoutMillis bounds both opening a connection (a database host that does not
    // answer) and waiting for a free one in the pool (a burst larger than the pool).
    this.#config = { connectionString: url, keepAlive: true, connectionTimeoutMillis: 10_000, application_name: 'netmodes' };
    this.#maxSubmissions = options.maxSubmissions ?? Number.POSITIVE_INFINITY;
    this.#pool = new pg.Pool({ ...this.#config, max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 });
    // A connection that breaks while idle (the database restarted) is dropped by the pool; without a
    // handler, node-postgres would take the whole process down with it.
    this.#pool.on('error', (error) => console.error(`netmodes: an idle PostgreSQL connection was lost (${error.message}); the pool opens a new one when needed`));
  }

  /** Applies pending migrations (see migratePostgres); resolves the versions it ran. */
  migrate(): Promise<number[]> {
    return this.#guard(() => migratePostgres(this.#pool));
  }

  /** Resolves when the database answers and has the schema this server knows (not older, not newer). */
  async ping(): Promise<void> {
    const health = await this.health();
    if (health.schemaVersion !== null && health.schemaVersion > SCHEMA_VERSION) throw new SchemaTooNewError(health.schemaVersion, SCHEMA_VERSION);
    if (!health.ok) throw new Error(health.problem);
  }

  async #guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }

  #runOn(client: pg.ClientBase | pg.Pool): Run {
    const run = async (statement: Statement, values: unknown[] = []) => (await client.query({ name: statement, text: SQL[statement], values })).rows as Row[];
    return Object.assign(run, { text: async (text: string, values: unknown[]) => (await client.query(text, values)).rows as Row[] });
  }

  /** One read on any pooled connection. */
  #read(statement: Statement, values: unknown[]): Promise<Row[]> {
    return this.#guard(() => this.#runOn(this.#pool)(statement, values));
  }

  /**
   * One write transaction. `notify` queues what to tell the other instances: sent by the
   * database at COMMIT, never for a rolled-back write. A transaction that lost a race (RunAgain,
   * a unique violation, a deadlock) is run again from the start, a few times at most.
   */
  async #transaction<T>(work: (run: Run, notify: (change: Omit<Notice, 'i'>) => Promise<void>) => Promise<T>): Promise<T> {
    return this.#guard(async () => {
      for (let attempt = 1; ; attempt += 1) {
        const client = await this.#pool.connect();
        let broken: Error | undefined;
        // The database going away between two statements of this transaction arrives as an 'error'
        // event on the checked-out connection; unheard, it would end the process.
        const lost = (error: Error) => (broken = error);
        client.on('error', lost);
        try {
          const run = this.#runOn(client);
          await client.query('BEGIN');
          const notify = async (change: Omit<Notice, 'i'>) => {
            await run('notify', [CHANNEL, JSON.stringify({ i: this.#instance, ...change })]);
          };
          const value = await work(run, notify);
          await client.query('COMMIT');
          return value;
        } catch (error) {
          if (isConnectionError(error)) broken = error as Error;
          else await client.query('ROLLBACK').catch((e: Error) => (broken = e));
          const code = (error as { code?: string }).code;
          const lostRace = error instanceof RunAgain || code === UNIQUE_VIOLATION || code === SERIALIZATION_FAILURE || code === DEADLOCK;
          if (!lostRace || attempt >= 5) throw error;
        } finally {
          client.off('error', lost);
          // A connection that broke goes, instead of back into the pool.
          client.release(broken);
        }
      }
    });
  }

  async createAssignment(code: string, s: AssignmentSettings, teacherTokenHash: string, createdAt: number): Promise<Assignment | undefined> {
    const [row] = await this.#read('insertAssignment', [
      code,
      s.title,
      s.locale,
      JSON.stringify(s.questionIds),
      s.dueAt,
      s.showExplanations,
      s.allowResubmit,
      s.shuffle,
      teacherTokenHash,
      createdAt,
    ]);
    return row ? toAssignment(row) : undefined;
  }

  async findAssignment(code: string): Promise<Assignment | undefined> {
    const [row] = await this.#read('assignmentByCode', [code]);
    return row ? toAssignment(row) : undefined;
  }

  async serverSecret(): Promise<string> {
    const [row] = await this.#read('serverSecret', []);
    if (!row) throw new Error('the database has no server secret (migration 004 did not run)');
    return String(row.secret);
  }

  async updateAssignment(assignmentId: number, changes: AssignmentChanges, onlyBeforeFirstSubmission: boolean): Promise<UpdateOutcome> {
    return this.#transaction(async (run, notify) => {
      if (!(await run('lockAssignment', [assignmentId])).length) return { status: 'missing' };
      if (onlyBeforeFirstSubmission && (await run('anyWork', [assignmentId]))[0]!.n === true) return { status: 'has_submissions' };
      const fields = (Object.keys(changes) as Array<keyof AssignmentChanges>).filter((f) => changes[f] !== undefined && Object.hasOwn(CHANGEABLE_COLUMNS, f));
      const [row] = fields.length
        ? await this.#setColumns(run, assignmentId, fields, changes)
        : await run('assignmentById', [assignmentId]);
      await notify({ k: 'teacher', a: assignmentId });
      return { status: 'updated', assignment: toAssignment(row!) };
    });
  }

  async #setColumns(run: Run, assignmentId: number, fields: Array<keyof AssignmentChanges>, changes: AssignmentChanges): Promise<Row[]> {
    const values = fields.map((f) => (f === 'questionIds' ? JSON.stringify(changes[f]) : changes[f]));
    const sets = fields.map((f, i) => `${CHANGEABLE_COLUMNS[f]} = $${i + 1}`).join(', ');
    // Column names come from CHANGEABLE_COLUMNS only; values are parameters. Not prepared: the
    // text depends on which fields change.
    return run.text(`UPDATE assignments SET ${sets} WHERE id = $${fields.length + 1} RETURNING *`, [...values, assignmentId]);
  }

  async deleteAssignment(assignmentId: number): Promise<boolean> {
    return this.#transaction(async (run, notify) => {
      const gone = (await run('deleteAssignment', [assignmentId])).length > 0;
      if (gone) await notify({ k: 'assignment_deleted', a: assignmentId });
      return gone;
    });
  }

  async purgeEndedBefore(cutoff: number): Promise<number> {
    return this.#transaction(async (run, notify) => {
      const rows = await run('purgeEnded', [cutoff]);
      for (const r of rows) await notify({ k: 'assignment_deleted', a: Number(r.id) });
      return rows.length;
    });
  }

  async grantLatePass(assignmentId: number, pass: LatePass): Promise<void> {
    await this.#transaction(async (run, notify) => {
      await run('grantLatePass', [assignmentId, pass.nameKey, pass.name, pass.grantedAt]);
      await notify({ k: 'teacher', a: assignmentId });
    });
  }

  async revokeLatePass(assignmentId: number, nameKey: string): Promise<boolean> {
    return this.#transaction(async (run, notify) => {
      const gone = (await run('revokeLatePass', [assignmentId, nameKey])).length > 0;
      if (gone) await notify({ k: 'teacher', a: assignmentId });
      return gone;
    });
  }

  async listLatePasses(assignmentId: number): Promise<LatePass[]> {
    return (await this.#read('latePasses', [assignmentId])).map(toLatePass);
  }

  async recordLateAttempt(input: LateAttemptInput, max: number): Promise<LateAttempt | undefined> {
    return this.#transaction(async (run, notify) => {
      await run('lockAssignmentForLate', [input.assignmentId]);
      const answers = JSON.stringify(input.answers);
      const [own] = await run('lateByToken', [input.assignmentId, input.tokenHash]);
      let row: Row | undefined;
      if (own) row = (await run('replaceLate', [input.name, input.nameKey, input.locale, answers, input.reason, input.attemptedAt, own.id]))[0];
      else if (Number((await run('lateCount', [input.assignmentId]))[0]!.n) >= max) return undefined;
      else {
        row = (await run('insertLate', [input.assignmentId, input.publicId, input.name, input.nameKey, input.locale, answers, input.tokenHash, input.reason, input.attemptedAt]))[0];
      }
      await notify({ k: 'late', a: input.assignmentId });
      return toLateAttempt(row!);
    });
  }

  async listLateAttempts(assignmentId: number): Promise<LateAttempt[]> {
    return (await this.#read('lateAttempts', [assignmentId])).map(toLateAttempt);
  }

  async findLateAttempt(assignmentId: number, publicId: string): Promise<LateAttempt | undefined> {
    const [row] = await this.#read('lateById', [assignmentId, publicId]);
    return row ? toLateAttempt(row) : undefined;
  }

  async deleteLateAttempt(assignmentId: number, publicId: string): Promise<boolean> {
    return this.#transaction(async (run, notify) => {
      const gone = (await run('deleteLate', [assignmentId, publicId])).length > 0;
      if (gone) await notify({ k: 'teacher', a: assignmentId });
      return gone;
    });
  }

  async acceptLateAttempt(v: SubmissionInput): Promise<Submission | undefined> {
    return this.#transaction(async (run, notify) => {
      if (!(await run('deleteLate', [v.assignmentId, v.publicId])).length) return undefined;
      const [row] = await run('upsertSubmission', this.#submissionValues(v));
      const submission = toSubmission(row!);
      await notify({ k: 'submission', a: v.assignmentId, p: submission.publicId });
      await notify({ k: 'teacher', a: v.assignmentId });
      return submission;
    });
  }

  #submissionValues(v: SubmissionInput): unknown[] {
    return [v.assignmentId, v.publicId, v.name, v.nameKey, v.locale, JSON.stringify(v.answers), JSON.stringify(v.results), v.score, v.total, v.tokenHash, v.submittedAt];
  }

  /**
   * Whether one more student fits under the cap, decided so that no two instances can both take
   * the last place: while the class is far from the cap (further than the number of transactions
   * the server can run at once) no race can cross it and nothing is locked; near it, the
   * assignment is locked and the count taken again.
   */
  async #roomForOneMore(run: Run, assignmentId: number): Promise<boolean> {
    if (!Number.isFinite(this.#maxSubmissions)) return true;
    this.#maxConnections ??= Number((await this.#pool.query('SHOW max_connections')).rows[0].max_connections);
    const count = async () => Number((await run('countSubmissions', [assignmentId]))[0]!.n);
    if ((await count()) + this.#maxConnections < this.#maxSubmissions) return true;
    await run('lockAssignment', [assignmentId]);
    return (await count()) < this.#maxSubmissions;
  }

  async recordSubmission(v: SubmissionInput, replaceWhenTokenHash: string | null): Promise<RecordOutcome> {
    return this.#transaction(async (run, notify): Promise<RecordOutcome> => {
      const [existing] = await run('submissionByName', [v.assignmentId, v.nameKey]);
      // The receipt, not the name, says whose submission this is (see sqlite-writer.ts).
      if (existing && !(replaceWhenTokenHash && sameHash(existing.token_hash, replaceWhenTokenHash))) return { status: 'refused', existing: toSubmission(existing) };
      const own = existing ?? (replaceWhenTokenHash ? (await run('submissionByToken', [v.assignmentId, replaceWhenTokenHash]))[0] : undefined);
      if (own) {
        const [row] = await run('replaceSubmission', [v.name, v.nameKey, v.locale, JSON.stringify(v.answers), JSON.stringify(v.results), v.score, v.total, v.submittedAt, own.id]);
        await notify({ k: 'submission', a: v.assignmentId, p: String(row!.public_id) });
        return { status: 'replaced', submission: toSubmission(row!) };
      }
      if (!(await this.#roomForOneMore(run, v.assignmentId))) return { status: 'full' };
      const [row] = await run('insertSubmission', this.#submissionValues(v));
      // Someone else committed this name meanwhile: the next attempt finds their row.
      if (!row) throw new RunAgain();
      await notify({ k: 'submission', a: v.assignmentId, p: v.publicId });
      return { status: 'created', submission: toSubmission(row) };
    });
  }

  async findSubmission(assignmentId: number, publicId: string): Promise<Submission | undefined> {
    const [row] = await this.#read('submissionById', [assignmentId, publicId]);
    return row ? toSubmission(row) : undefined;
  }

  async listSubmissions(assignmentId: number): Promise<Submission[]> {
    return (await this.#read('submissions', [assignmentId])).map(toSubmission);
  }

  async deleteSubmission(assignmentId: number, publicId: string): Promise<boolean> {
    return this.#transaction(async (run, notify) => {
      const gone = (await run('deleteSubmission', [assignmentId, publicId])).length > 0;
      if (gone) await notify({ k: 'submission_deleted', a: assignmentId, p: publicId });
      return gone;
    });
  }

  onRemoteChange(listener: (change: StoreChange) => void): void {
    this.#listeners.push(listener);
    this.#listen(false);
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  /**
   * One connection outside the pool LISTENs. When it is lost, it is opened again every second;
   * notices sent meanwhile are lost, so once it listens again every listener hears `resync`.
   */
  #listen(again: boolean): void {
    if (this.#listener || this.#closed) return;
    const client = new pg.Client(this.#config);
    this.#listener = client;
    let lost = false;
    const retry = (error?: Error) => {
      if (lost) return;
      lost = true;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.#listener === client) this.#listener = undefined;
      if (this.#closed) return;
      if (error && !again) console.error(`netmodes: listening for other instances' changes failed (${error.message}); trying again every second`);
      this.#relisten = setTimeout(() => this.#listen(true), 1000);
      this.#relisten.unref();
    };
    client.on('error', retry);
    client.on('end', () => retry());
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      let notice: Notice;
      try {
        notice = JSON.parse(message.payload) as Notice;
      } catch {
        return;
      }
      if (notice.i === this.#instance) return;
      if ((notice.k === 'submission' || notice.k === 'submission_deleted') && notice.p) this.#emit({ kind: notice.k, assignmentId: notice.a, publicId: notice.p });
      else if (notice.k === 'late' || notice.k === 'teacher' || notice.k === 'assignment_deleted') this.#emit({ kind: notice.k, assignmentId: notice.a });
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        // The socket must not keep a script alive on its own; the HTTP server does that.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        if (again) this.#emit({ kind: 'resync' });
      }, retry);
  }

  async health(): Promise<StoreHealth> {
    const base = { store: 'postgres' as const, expectedSchemaVersion: SCHEMA_VERSION };
    try {
      const { rows } = await this.#pool.query('SELECT max(version) AS v FROM schema_migrations');
      const v = rows[0]?.v;
      const schemaVersion = v === null || v === undefined ? null : Number(v);
      if (schemaVersion !== SCHEMA_VERSION) return { ...base, ok: false, schemaVersion, problem: `schema version ${schemaVersion}, expected ${SCHEMA_VERSION} (run npm run migrate)` };
      return { ...base, ok: true, schemaVersion };
    } catch (error) {
      const problem = (error as { code?: string }).code === '42P01' ? 'no schema yet (run npm run migrate)' : error instanceof Error ? error.message : String(error);
      return { ...base, ok: false, schemaVersion: null, problem };
    }
  }

  /** `pg_dump` is the backup of a PostgreSQL database (README, "Scaling out"); this store makes none itself. */
  async backup(_destination: string): Promise<void> {
    throw new Error('back up a PostgreSQL database with pg_dump (npm run backup does that when NETMODES_DATABASE_URL is set)');
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#relisten);
    const listener = this.#listener;
    this.#listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.#pool.end();
  }
}
