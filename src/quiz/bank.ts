/**
 * The question bank: every quiz file validated, questions indexed by id, and each quiz's list of
 * questions with `include`s resolved. Used by the build (QuizBlock), the tests and the teacher
 * server, which picks questions by id or by mode from the same bank.
 */
import { quizFile, type Question, type QuizFile, type QuizMode } from './schema.ts';

export interface Quiz {
  mode: QuizMode;
  title: QuizFile['title'];
  /** Own questions first, then included ones, in file order. */
  questionIds: string[];
}

export interface Bank {
  questions: Map<string, Question>;
  /** The file each question is defined in (for error messages and lesson grouping). */
  origin: Map<string, string>;
  quizzes: Map<QuizMode, Quiz>;
}

export class QuizDataError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'QuizDataError';
    this.file = file;
  }
}

function describeIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Validates raw quiz files (file name -> parsed YAML) into a bank; throws QuizDataError naming file and field. */
export function buildBank(files: Readonly<Record<string, unknown>>): Bank {
  const parsed: Array<[string, QuizFile]> = [];
  for (const [file, raw] of Object.entries(files)) {
    const result = quizFile.safeParse(raw);
    if (!result.success) throw new QuizDataError(file, describeIssues(result.error));
    parsed.push([file, result.data]);
  }
  return bankFromParsed(parsed);
}

/** Builds the bank from already validated files (the content collection validates at build time). */
export function bankFromParsed(files: ReadonlyArray<readonly [string, QuizFile]>): Bank {
  const questions = new Map<string, Question>();
  const origin = new Map<string, string>();
  for (const [file, quiz] of files) {
    for (const q of quiz.questions) {
      const other = origin.get(q.id);
      if (other) throw new QuizDataError(file, `question id "${q.id}" is already used in ${other}`);
      questions.set(q.id, q);
      origin.set(q.id, file);
    }
  }
  const quizzes = new Map<QuizMode, Quiz>();
  for (const [file, quiz] of files) {
    if (quizzes.has(quiz.mode)) throw new QuizDataError(file, `a second quiz for mode "${quiz.mode}"`);
    const own = quiz.questions.map((q) => q.id);
    for (const id of quiz.include) {
      if (!questions.has(id)) throw new QuizDataError(file, `include: no question with id "${id}"`);
      if (own.includes(id)) throw new QuizDataError(file, `include: "${id}" is this file's own question`);
    }
    quizzes.set(quiz.mode, { mode: quiz.mode, title: quiz.title, questionIds: [...own, ...quiz.include] });
  }
  return { questions, origin, quizzes };
}

/** Questions of one quiz in order. */
export function quizQuestions(bank: Bank, mode: QuizMode): Question[] {
  const quiz = bank.quizzes.get(mode);
  if (!quiz) return [];
  return quiz.questionIds.map((id) => bank.questions.get(id)!);
}
