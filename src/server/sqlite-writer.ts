/**
 * The thread that writes. Every COMMIT waits for the disk (synchronous=FULL); doing that on the
 * server's main thread would stall every request behind every fsync, so writes run here, in a
 * worker with its own connection, while the main thread keeps serving and reading (WAL lets
 * readers and the writer work at the same time).
 *
 * Group commit: messages that arrive while a commit is in progress are run together in the next
 * transaction, each inside its own savepoint (one failing write does not undo its neighbours),
 * and every reply is posted only after that single COMMIT returned.
 *
 * The program is a plain script string so that it runs the same from the Astro server bundle,
 * from tests and from scripts, with no worker file for a bundler to lose.
 */

export const WRITE_SQL = {
  insertAssignment: `INSERT INTO assignments (code, title, locale, question_ids, due_at, show_explanations, allow_resubmit, shuffle, teacher_token_hash, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING *`,
  assignmentById: 'SELECT * FROM assignments WHERE id = ?',
  anyWork: `SELECT EXISTS (SELECT 1 FROM submissions WHERE assignment_id = ?1) OR EXISTS (SELECT 1 FROM late_attempts WHERE assignment_id = ?1) AS n`,
  deleteAssignment: 'DELETE FROM assignments WHERE id = ?',
  purgeEnded: `DELETE FROM assignments WHERE (closed = 1 AND closed_at <= ?1) OR (closed = 0 AND due_at IS NOT NULL AND due_at <= ?1)`,
  grantLatePass: `INSERT INTO late_passes (assignment_id, name_key, name, granted_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (assignment_id, name_key) DO UPDATE SET name = excluded.name, granted_at = excluded.granted_at`,
  revokeLatePass: 'DELETE FROM late_passes WHERE assignment_id = ? AND name_key = ?',
  lateByToken: 'SELECT id FROM late_attempts WHERE assignment_id = ? AND token_hash = ?',
  lateCount: 'SELECT count(*) AS n FROM late_attempts WHERE assignment_id = ?',
  insertLate: `INSERT INTO late_attempts (assignment_id, public_id, name, name_key, locale, answers, token_hash, reason, attempted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  replaceLate: 'UPDATE late_attempts SET name = ?, name_key = ?, locale = ?, answers = ?, reason = ?, attempted_at = ? WHERE id = ? RETURNING *',
  deleteLate: 'DELETE FROM late_attempts WHERE assignment_id = ? AND public_id = ?',
  submissionByName: 'SELECT * FROM submissions WHERE assignment_id = ? AND name_key = ?',
  submissionByToken: 'SELECT * FROM submissions WHERE assignment_id = ? AND token_hash = ?',
  insertSubmission: `INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  replaceSubmission: `UPDATE submissions SET name = ?, name_key = ?, locale = ?, answers = ?, results = ?, score = ?, total = ?,
    attempts = attempts + 1, submitted_at = ? WHERE id = ? RETURNING *`,
  deleteSubmission: 'DELETE FROM submissions WHERE assignment_id = ? AND public_id = ?',
  countSubmissions: 'SELECT count(*) AS n FROM submissions WHERE assignment_id = ?',
} as const;

export type WriteOp =
  | 'createAssignment'
  | 'updateAssignment'
  | 'deleteAssignment'
  | 'purgeEnded'
  | 'recordSubmission'
  | 'deleteSubmission'
  | 'grantLatePass'
  | 'revokeLatePass'
  | 'recordLateAttempt'
  | 'deleteLateAttempt'
  | 'acceptLateAttempt'
  | 'ping';

export interface WriteRequest {
  id: number;
  op: WriteOp;
  args: unknown[];
}

export type WriteReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

export const WRITER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const { timingSafeEqual } = require('node:crypto');

const db = new DatabaseSync(workerData.path);
const columns = workerData.columns;
db.exec('PRAGMA busy_timeout = 5000');
db.exec('PRAGMA journal_mode = WAL');
db.exec('PRAGMA synchronous = FULL');
db.exec('PRAGMA foreign_keys = ON');
const stmt = {};
for (const [name, sql] of Object.entries(workerData.sql)) stmt[name] = db.prepare(sql);
const plain = (row) => (row ? { ...row } : null);

function sameHash(a, b) {
  const x = Buffer.from(String(a), 'hex');
  const y = Buffer.from(String(b), 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

const ops = {
  ping: () => null,
  createAssignment: (args) => plain(stmt.insertAssignment.get(...args)),
  // args: [assignment id, { field: SQL value } of CHANGEABLE_COLUMNS, refuse once work exists]
  updateAssignment: ([id, changes, onlyBeforeFirstSubmission]) => {
    if (!stmt.assignmentById.get(id)) return { status: 'missing' };
    if (onlyBeforeFirstSubmission && Number(stmt.anyWork.get(id).n) === 1) return { status: 'has_submissions' };
    const fields = Object.keys(changes).filter((f) => Object.hasOwn(columns, f));
    if (fields.length) {
      const sql = 'UPDATE assignments SET ' + fields.map((f) => columns[f] + ' = ?').join(', ') + ' WHERE id = ?';
      db.prepare(sql).run(...fields.map((f) => changes[f]), id);
    }
    return { status: 'updated', row: plain(stmt.assignmentById.get(id)) };
  },
  deleteAssignment: ([id]) => Number(stmt.deleteAssignment.run(id).changes),
  purgeEnded: ([cutoff]) => Number(stmt.purgeEnded.run(cutoff).changes),
  deleteSubmission: (args) => Number(stmt.deleteSubmission.run(...args).changes),
  grantLatePass: (args) => {
    stmt.grantLatePass.run(...args);
    return null;
  },
  revokeLatePass: (args) => Number(stmt.revokeLatePass.run(...args).changes),
  // args: [row values, the most late attempts one assignment may hold]
  recordLateAttempt: ([v, max]) => {
    const own = stmt.lateByToken.get(v.assignmentId, v.tokenHash);
    if (own) return plain(stmt.replaceLate.get(v.name, v.nameKey, v.locale, v.answers, v.reason, v.attemptedAt, own.id));
    if (Number(stmt.lateCount.get(v.assignmentId).n) >= max) return null;
    return plain(stmt.insertLate.get(v.assignmentId, v.publicId, v.name, v.nameKey, v.locale, v.answers, v.tokenHash, v.reason, v.attemptedAt));
  },
  deleteLateAttempt: (args) => Number(stmt.deleteLate.run(...args).changes),
  // args: [submission row values, graded from the late attempt whose public id it takes over]
  acceptLateAttempt: ([v]) => {
    if (Number(stmt.deleteLate.run(v.assignmentId, v.publicId).changes) === 0) return null;
    const existing = stmt.submissionByName.get(v.assignmentId, v.nameKey);
    if (existing) return plain(stmt.replaceSubmission.get(v.name, v.nameKey, v.locale, v.answers, v.results, v.score, v.total, v.submittedAt, existing.id));
    return plain(stmt.insertSubmission.get(v.assignmentId, v.publicId, v.name, v.nameKey, v.locale, v.answers, v.results, v.score, v.total, v.tokenHash, v.submittedAt));
  },
  // args: [insert row values, replaceWhenTokenHash or null]
  // The receipt, not the name, says whose submission this is: a student who corrects the spelling of
  // their name replaces (and renames) their own submission instead of leaving a second one behind.
  recordSubmission: ([v, replaceWhenTokenHash]) => {
    const existing = stmt.submissionByName.get(v.assignmentId, v.nameKey);
    if (existing && !(replaceWhenTokenHash && sameHash(existing.token_hash, replaceWhenTokenHash))) return { status: 'refused', row: plain(existing) };
    const own = existing ?? (replaceWhenTokenHash ? stmt.submissionByToken.get(v.assignmentId, replaceWhenTokenHash) : undefined);
    if (own) {
      const row = stmt.replaceSubmission.get(v.name, v.nameKey, v.locale, v.answers, v.results, v.score, v.total, v.submittedAt, own.id);
      return { status: 'replaced', row: plain(row) };
    }
    // The per-assignment cap counts students, decided in the same transaction as the insert.
    if (workerData.maxSubmissions !== null && Number(stmt.countSubmissions.get(v.assignmentId).n) >= workerData.maxSubmissions) return { status: 'full', row: null };
    const row = stmt.insertSubmission.get(v.assignmentId, v.publicId, v.name, v.nameKey, v.locale, v.answers, v.results, v.score, v.total, v.tokenHash, v.submittedAt);
    return { status: 'created', row: plain(row) };
  },
};

let queue = [];
let scheduled = false;

function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  const replies = [];
  try {
    db.exec('BEGIN IMMEDIATE');
    for (const request of batch) {
      db.exec('SAVEPOINT one_write');
      try {
        const value = ops[request.op](request.args);
        db.exec('RELEASE one_write');
        replies.push({ id: request.id, ok: true, value });
      } catch (error) {
        db.exec('ROLLBACK TO one_write');
        db.exec('RELEASE one_write');
        replies.push({ id: request.id, ok: false, message: String(error && error.message ? error.message : error) });
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    const message = String(error && error.message ? error.message : error);
    for (const request of batch) parentPort.postMessage({ id: request.id, ok: false, message });
    return;
  }
  for (const reply of replies) parentPort.postMessage(reply);
}

parentPort.on('message', (request) => {
  if (request === 'close') {
    if (queue.length) flush();
    db.close();
    parentPort.close();
    return;
  }
  queue.push(request);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
`;
