// Assignments and their submissions. Answers and per-question results are JSON text: they are
// read back whole, never queried by field.
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
