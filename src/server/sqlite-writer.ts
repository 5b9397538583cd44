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
  insertAssignment: `INSERT INTO assignments (code, title, locale, question_ids, due_at, show_explanations, allow_resubmit, teacher_token_hash, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING *`,
  setClosed: 'UPDATE assignments SET closed = ? WHERE id = ?',
  submissionByName: 'SELECT * FROM submissions WHERE assignment_id = ? AND name_key = ?',
  submissionByToken: 'SELECT * FROM submissions WHERE assignment_id = ? AND token_hash = ?',
  insertSubmission: `INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  replaceSubmission: `UPDATE submissions SET name = ?, name_key = ?, locale = ?, answers = ?, results = ?, score = ?, total = ?,
    attempts = attempts + 1, submitted_at = ? WHERE id = ? RETURNING *`,
  deleteSubmission: 'DELETE FROM submissions WHERE assignment_id = ? AND public_id = ?',
  countSubmissions: 'SELECT count(*) AS n FROM submissions WHERE assignment_id = ?',
} as const;

export type WriteOp = 'createAssignment' | 'setClosed' | 'recordSubmission' | 'deleteSubmission' | 'ping';

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
  setClosed: (args) => {
    stmt.setClosed.run(...args);
    return null;
  },
  deleteSubmission: (args) => Number(stmt.deleteSubmission.run(...args).changes),
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
