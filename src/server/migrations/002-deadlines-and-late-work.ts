// Deadlines that bend and work that arrives late (issue 25), edits, shuffling and retention (issue 19):
// - closed_at: when the teacher closed it, so a retention period can count from there. Assignments
//   closed before this migration get the upgrade time: retention never deletes earlier than promised.
// - shuffle: per-student order of questions and options.
// - late_passes: names the teacher lets in after the due time or after closing.
// - late_attempts: submissions refused as late, kept (name, time, answers) for the teacher to accept.
export const version = 2;
export const name = 'deadlines-and-late-work';
export const sql = `
ALTER TABLE assignments ADD COLUMN closed_at INTEGER;
ALTER TABLE assignments ADD COLUMN shuffle INTEGER NOT NULL DEFAULT 0;
UPDATE assignments SET closed_at = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE closed = 1;

CREATE TABLE late_passes (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  name TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (assignment_id, name_key)
);

CREATE TABLE late_attempts (
  id INTEGER PRIMARY KEY,
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  public_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  locale TEXT NOT NULL,
  answers TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempted_at INTEGER NOT NULL
);

CREATE INDEX late_attempts_by_assignment ON late_attempts (assignment_id, attempted_at);
CREATE INDEX late_attempts_by_token ON late_attempts (assignment_id, token_hash);
`;

export const pgSql = `
ALTER TABLE assignments ADD COLUMN closed_at BIGINT;
ALTER TABLE assignments ADD COLUMN shuffle BOOLEAN NOT NULL DEFAULT false;
UPDATE assignments SET closed_at = (extract(epoch FROM clock_timestamp()) * 1000)::bigint WHERE closed;

CREATE TABLE late_passes (
  assignment_id BIGINT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  name TEXT NOT NULL,
  granted_at BIGINT NOT NULL,
  PRIMARY KEY (assignment_id, name_key)
);

CREATE TABLE late_attempts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id BIGINT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  public_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  locale TEXT NOT NULL,
  answers TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempted_at BIGINT NOT NULL
);

CREATE INDEX late_attempts_by_assignment ON late_attempts (assignment_id, attempted_at);
CREATE INDEX late_attempts_by_token ON late_attempts (assignment_id, token_hash);
`;
