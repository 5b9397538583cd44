// Assignments and their submissions. Answers and per-question results are JSON text: they are
// read back whole, never queried by field. `sql` is SQLite's dialect, `pgSql` PostgreSQL's: the
// same tables, columns and constraints (booleans and 64-bit times in PostgreSQL's own types).
export const version = 1;
export const name = 'initial';
export const sql = `
CREATE TABLE assignments (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  locale TEXT NOT NULL,
  question_ids TEXT NOT NULL,
  due_at INTEGER,
  show_explanations INTEGER NOT NULL,
  allow_resubmit INTEGER NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0,
  teacher_token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  public_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  locale TEXT NOT NULL,
  answers TEXT NOT NULL,
  results TEXT NOT NULL,
  score REAL NOT NULL,
  total INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  token_hash TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  UNIQUE (assignment_id, name_key)
);

CREATE INDEX submissions_by_assignment ON submissions (assignment_id, submitted_at);
`;

export const pgSql = `
CREATE TABLE assignments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  locale TEXT NOT NULL,
  question_ids TEXT NOT NULL,
  due_at BIGINT,
  show_explanations BOOLEAN NOT NULL,
  allow_resubmit BOOLEAN NOT NULL,
  closed BOOLEAN NOT NULL DEFAULT false,
  teacher_token_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE submissions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id BIGINT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  public_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  locale TEXT NOT NULL,
  answers TEXT NOT NULL,
  results TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  total INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  token_hash TEXT NOT NULL,
  submitted_at BIGINT NOT NULL,
  UNIQUE (assignment_id, name_key)
);

CREATE INDEX submissions_by_assignment ON submissions (assignment_id, submitted_at);
`;
