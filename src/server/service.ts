/**
 * What the API does, independent of HTTP: create assignments, take submissions and grade them
 * with the quiz module's scoring, and give the teacher the class view. Errors are ApiErrors with
 * the status and a message a person can act on.
 */
import type { Bank } from '../quiz/bank.ts';
import type { Question } from '../quiz/schema.ts';
import { scoreAnswer, totalScore, type Answer, type AnswerKey, type QuestionScore } from '../quiz/scoring.ts';
import { lessonHref } from '../quiz/localize.ts';
import { orderFor } from '../quiz/shuffle.ts';
import { submissionsCsv } from './csv.ts';
import { ApiError } from './http.ts';
import { NAME_MAX_CHARS, nameKey, nameLength, normalizeName } from './names.ts';
import { answerProblem, notesFor, publicQuestion, type Checkers, type Note, type PublicQuestion } from './questions.ts';
import { questionStats, scoreDistribution, type Bin, type QuestionStats } from './stats.ts';
import { LiveDashboards, type Snapshot } from './live-dashboard.ts';
import { hashToken, isJoinCode, newJoinCode, newPublicId, newToken, normalizeJoinCode, tokenMatches } from './tokens.ts';
import type { Assignment, AssignmentStore, Lang, Submission } from './types.ts';
import type { CreateAssignmentInput, SubmitInput } from './validation.ts';

export type AssignmentState = 'open' | 'closed' | 'past-due';

export interface PublicAssignment {
  code: string;
  title: string;
  dueAt: number | null;
  state: AssignmentState;
  showExplanations: boolean;
  allowResubmit: boolean;
  questions: PublicQuestion[];
}

export interface SubmissionResult {
  id: string;
  name: string;
  score: number;
  total: number;
  submittedAt: number;
  attempts: number;
  /** Per question, only when the teacher allowed explanations. */
  questions?: Array<{ id: string; prompt: string; points: number; correct: boolean; notes: Note[]; lesson: string }>;
}

export interface DashboardSubmission {
  id: string;
  name: string;
  locale: Lang;
  submittedAt: number;
  score: number;
  total: number;
  attempts: number;
}

/** Which slice of the submission list a dashboard answer carries (the statistics always cover all). */
export interface DashboardPage {
  offset: number;
  limit: number;
}

export const DASHBOARD_PAGE = { default: 500, max: 2000 } as const;
/** Assignments whose submissions the service keeps in memory for their dashboards. */
const DASHBOARD_CACHE = 16;

export interface Dashboard {
  code: string;
  title: string;
  locale: Lang;
  dueAt: number | null;
  state: AssignmentState;
  closed: boolean;
  showExplanations: boolean;
  allowResubmit: boolean;
  createdAt: number;
  /** One page of the list, in order of submission; `submissionCount` is the whole class. */
  submissions: DashboardSubmission[];
  submissionCount: number;
  page: DashboardPage;
  questions: QuestionStats[];
  distribution: Bin[];
}

export class AssignmentService {
  readonly #store: AssignmentStore;
  readonly #bank: Bank;
  readonly #keys: ReadonlyMap<string, AnswerKey>;
  readonly #now: () => number;
  readonly #checkers: Checkers;
  readonly #live = new LiveDashboards();
  /**
   * The submissions of assignments whose dashboard is open, kept up to date from each committed
   * write (submit, replace, delete), so a dashboard build does not read and parse every row
   * again. Most recently used last; at most DASHBOARD_CACHE assignments.
   */
  readonly #rows = new Map<number, Map<string, Submission>>();

  constructor(store: AssignmentStore, bank: Bank, keys: ReadonlyMap<string, AnswerKey>, checkers: Checkers = {}, now: () => number = Date.now) {
    this.#store = store;
    this.#bank = bank;
    this.#keys = keys;
    this.#checkers = checkers;
    this.#now = now;
  }

  async create(input: CreateAssignmentInput): Promise<{ assignment: Assignment; teacherToken: string }> {
    const unknown = input.questionIds.filter((id) => !this.#keys.has(id));
    if (unknown.length) throw new ApiError(400, 'unknown_question', `No question that can be assigned has the id ${unknown.map((u) => `"${u}"`).join(', ')}.`);
    const dueAt = input.dueAt === null ? null : Date.parse(input.dueAt);
    if (dueAt !== null && dueAt <= this.#now()) throw new ApiError(400, 'due_in_past', 'The due date is already past.');
    const teacherToken = newToken(32);
    const settings = {
      title: normalizeName(input.title),
      locale: input.locale,
      questionIds: input.questionIds,
      dueAt,
      showExplanations: input.showExplanations,
      allowResubmit: input.allowResubmit,
    };
    if (!settings.title) throw new ApiError(400, 'invalid_input', 'title: the title must not be empty');
    // 31^6 codes: a collision is rare, a few retries make it vanishingly so.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const assignment = await this.#store.createAssignment(newJoinCode(), settings, hashToken(teacherToken), this.#now());
      if (assignment) return { assignment, teacherToken };
    }
    throw new ApiError(500, 'no_code', 'Could not find a free join code. Please try again.');
  }

  async #find(rawCode: string): Promise<Assignment> {
    const code = normalizeJoinCode(rawCode);
    const assignment = isJoinCode(code) ? await this.#store.findAssignment(code) : undefined;
    if (!assignment) throw new ApiError(404, 'not_found', `There is no assignment with the code "${rawCode.slice(0, 12)}". Check the code with your teacher.`);
    return assignment;
  }

  async #asTeacher(rawCode: string, token: string | undefined): Promise<Assignment> {
    const assignment = await this.#find(rawCode);
    if (!tokenMatches(token, assignment.teacherTokenHash)) {
      throw new ApiError(403, 'forbidden', 'This needs the teacher link of the assignment (its secret token is missing or wrong).');
    }
    return assignment;
  }

  stateOf(a: Assignment): AssignmentState {
    if (a.closed) return 'closed';
    if (a.dueAt !== null && a.dueAt <= this.#now()) return 'past-due';
    return 'open';
  }

  /**
   * The assignment's questions this server can still grade. After an update a question may have
   * left the bank (or its kernel check may fail): it is then dropped from the assignment, not
   * counted as a point nobody can earn.
   */
  #questions(a: Assignment): Question[] {
    return a.questionIds.map((id) => this.#bank.questions.get(id)).filter((q): q is Question => q !== undefined && this.#keys.has(q.id));
  }

  async publicView(rawCode: string, lang: Lang): Promise<PublicAssignment> {
    const a = await this.#find(rawCode);
    const questions = this.#questions(a)
      .map((q) => {
        const view = publicQuestion(q, lang);
        // Same order for every student of this assignment, different from the file's order.
        if (view && 'options' in view) view.options = orderFor(view.options, a.code, 0, q.id);
        if (view?.type === 'truefalse') view.reasons = orderFor(view.reasons, a.code, 0, q.id);
        return view;
      })
      .filter((q): q is PublicQuestion => q !== undefined);
    return {
      code: a.code,
      title: a.title,
      dueAt: a.dueAt,
      state: this.stateOf(a),
      showExplanations: a.showExplanations,
      allowResubmit: a.allowResubmit,
      questions,
    };
  }

  async submit(rawCode: string, input: SubmitInput): Promise<{ result: SubmissionResult; token: string; replaced: boolean }> {
    const a = await this.#find(rawCode);
    const state = this.stateOf(a);
    if (state === 'closed') throw new ApiError(409, 'closed', 'The teacher has closed this assignment; it no longer takes submissions.');
    if (state === 'past-due') throw new ApiError(409, 'past_due', 'The due date of this assignment has passed; it no longer takes submissions.');

    const name = normalizeName(input.name);
    if (!name) throw new ApiError(400, 'invalid_name', 'Enter your name.');
    if (nameLength(name) > NAME_MAX_CHARS) throw new ApiError(400, 'invalid_name', `The name is longer than ${NAME_MAX_CHARS} characters.`);

    const questions = this.#questions(a);
    const ids = new Set(questions.map((q) => q.id));
    const stray = Object.keys(input.answers).filter((id) => !ids.has(id));
    if (stray.length) throw new ApiError(400, 'unknown_question', `This assignment has no question ${stray.map((s) => `"${s}"`).join(', ')}.`);

    const scores: Record<string, QuestionScore> = {};
    for (const q of questions) {
      const answer = input.answers[q.id] as Answer | undefined;
      if (answer) {
        const problem = answerProblem(q, answer);
        if (problem) throw new ApiError(400, 'invalid_answer', `${q.id}: ${problem}`);
      }
      const fixPassed = q.type === 'fix' && answer?.type === 'fix' ? this.#checkers.fixPasses?.(q.goal, answer.config, input.locale) === true : undefined;
      scores[q.id] = scoreAnswer(this.#keys.get(q.id)!, answer, { fixPassed });
    }
    const total = totalScore(questions.map((q) => q.id), scores);
    const token = newToken(24);
    const outcome = await this.#store.recordSubmission(
      {
        assignmentId: a.id,
        publicId: newPublicId(),
        name,
        nameKey: nameKey(name),
        locale: input.locale,
        answers: input.answers as Record<string, Answer>,
        results: Object.fromEntries(Object.entries(total.perQuestion).map(([id, s]) => [id, { points: s.points, correct: s.correct }])),
        score: total.score,
        total: total.total,
        tokenHash: hashToken(token),
        submittedAt: this.#now(),
      },
      a.allowResubmit && input.token ? hashToken(input.token) : null,
    );
    if (outcome.status === 'full') {
      throw new ApiError(409, 'assignment_full', 'This assignment has as many submissions as this server takes for one assignment. Tell your teacher.');
    }
    if (outcome.status === 'refused') {
      if (!a.allowResubmit) throw new ApiError(409, 'already_submitted', `"${name}" has already submitted, and this assignment allows only one submission.`);
      throw new ApiError(409, 'name_taken', `Someone named "${name}" has already submitted. To change your answers, submit again from the same browser; otherwise use a different name.`);
    }
    this.#remember(a.id, outcome.submission);
    this.#live.changed(a.id);
    // A replacement keeps the first receipt, so the token the browser holds stays valid.
    const receipt = outcome.status === 'replaced' ? (input.token as string) : token;
    return { result: this.#result(a, outcome.submission, input.locale), token: receipt, replaced: outcome.status === 'replaced' };
  }

  #result(a: Assignment, s: Submission, lang: Lang): SubmissionResult {
    const base: SubmissionResult = { id: s.publicId, name: s.name, score: s.score, total: s.total, submittedAt: s.submittedAt, attempts: s.attempts };
    if (!a.showExplanations) return base;
    base.questions = this.#questions(a).map((q) => {
      const r = s.results[q.id] ?? { points: 0, correct: false };
      return {
        id: q.id,
        prompt: q[lang].prompt,
        points: r.points,
        correct: r.correct,
        notes: notesFor(q, this.#keys.get(q.id)!, s.answers[q.id], lang, r.correct),
        lesson: lessonHref(q.see, lang),
      };
    });
    return base;
  }

  /** A student reading back their own submission with its receipt token. */
  async ownSubmission(rawCode: string, publicId: string, token: string | undefined, lang: Lang): Promise<SubmissionResult> {
    const a = await this.#find(rawCode);
    const s = await this.#store.findSubmission(a.id, publicId);
    // Same answer for "no such submission" and "wrong token": ids are not probed.
    if (!s || !tokenMatches(token, s.tokenHash)) throw new ApiError(403, 'forbidden', 'Only the browser that submitted can see this submission.');
    return this.#result(a, s, lang);
  }

  async dashboard(rawCode: string, token: string | undefined, page: DashboardPage = { offset: 0, limit: DASHBOARD_PAGE.default }): Promise<Dashboard> {
    return this.#dashboardOf(await this.#asTeacher(rawCode, token), page);
  }

  /**
   * The dashboard as the API sends it, shared by every tab that polls it (live-dashboard.ts):
   * `render` turns it into the body, `view` names what else the body depends on (the origin of
   * its links).
   */
  async dashboardSnapshot(rawCode: string, token: string | undefined, page: DashboardPage, view: string, render: (d: Dashboard) => string): Promise<Snapshot> {
    const a = await this.#asTeacher(rawCode, token);
    // The assignment's own fields and its state (which a due date changes without any write) are
    // part of the view, so a change of settings never waits for a revision.
    const { teacherTokenHash: _secret, ...settings } = a;
    const key = JSON.stringify([settings, this.stateOf(a), page.offset, page.limit, view]);
    return this.#live.snapshot(a.id, key, async () => render(await this.#dashboardOf(a, page)));
  }

  /** The assignment's submissions in order of submission, from memory once loaded. */
  async #submissionsOf(assignmentId: number): Promise<Submission[]> {
    let rows = this.#rows.get(assignmentId);
    if (rows) this.#rows.delete(assignmentId);
    // The SQLite store reads synchronously, and a write's reply arrives as a later message: no
    // committed write can slip between this read and the map it fills.
    else rows = new Map((await this.#store.listSubmissions(assignmentId)).map((s) => [s.publicId, s]));
    this.#rows.set(assignmentId, rows);
    if (this.#rows.size > DASHBOARD_CACHE) this.#rows.delete(this.#rows.keys().next().value!);
    return [...rows.values()].sort((x, y) => x.submittedAt - y.submittedAt || x.id - y.id);
  }

  #remember(assignmentId: number, s: Submission): void {
    const rows = this.#rows.get(assignmentId);
    if (!rows) return;
    rows.delete(s.publicId);
    rows.set(s.publicId, s);
  }

  async #dashboardOf(a: Assignment, page: DashboardPage): Promise<Dashboard> {
    const submissions = await this.#submissionsOf(a.id);
    return {
      code: a.code,
      title: a.title,
      locale: a.locale,
      dueAt: a.dueAt,
      state: this.stateOf(a),
      closed: a.closed,
      showExplanations: a.showExplanations,
      allowResubmit: a.allowResubmit,
      createdAt: a.createdAt,
      submissions: submissions
        .slice(page.offset, page.offset + page.limit)
        .map((s) => ({ id: s.publicId, name: s.name, locale: s.locale, submittedAt: s.submittedAt, score: s.score, total: s.total, attempts: s.attempts })),
      submissionCount: submissions.length,
      page,
      questions: questionStats(this.#questions(a), this.#keys, submissions),
      distribution: scoreDistribution(submissions),
    };
  }

  async setClosed(rawCode: string, token: string | undefined, closed: boolean): Promise<AssignmentState> {
    const a = await this.#asTeacher(rawCode, token);
    await this.#store.setClosed(a.id, closed);
    this.#live.changed(a.id);
    return this.stateOf({ ...a, closed });
  }

  async deleteSubmission(rawCode: string, token: string | undefined, publicId: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    if (!(await this.#store.deleteSubmission(a.id, publicId))) throw new ApiError(404, 'not_found', 'There is no such submission (it may already be deleted).');
    this.#rows.get(a.id)?.delete(publicId);
    this.#live.changed(a.id);
  }

  async csv(rawCode: string, token: string | undefined, lang: Lang): Promise<{ filename: string; body: string }> {
    const a = await this.#asTeacher(rawCode, token);
    const submissions = await this.#store.listSubmissions(a.id);
    return { filename: `netmodes-${a.code}.csv`, body: submissionsCsv(this.#questions(a).map((q) => q.id), submissions, lang) };
  }
}
