/**
 * What the API does, independent of HTTP: create assignments, take submissions and grade them
 * with the quiz module's scoring, and give the teacher the class view. Errors are ApiErrors with
 * the status and a message a person can act on.
 */
import type { Bank } from '../quiz/bank.ts';
import type { Question } from '../quiz/schema.ts';
import { isGeneratorId } from '../quiz/generators/registry.ts';
import { keyFromData, scoreAnswer, totalScore, type Answer, type AnswerKey, type QuestionScore } from '../quiz/scoring.ts';
import { lessonHref } from '../quiz/localize.ts';
import { orderFor } from '../quiz/shuffle.ts';
import { answerView, type AnswerView } from './answer-view.ts';
import { generatorTemplate, Variants, variantView, type VariantView } from './variants.ts';
import { submissionsCsv } from './csv.ts';
import { ApiError } from './http.ts';
import { NAME_MAX_CHARS, nameKey, nameLength, normalizeName } from './names.ts';
import { answerProblem, notesFor, publicQuestion, type Checkers, type Note, type PublicQuestion } from './questions.ts';
import type { Bin, QuestionStats, ScoreSummary } from './stats.ts';
import { ClassRows } from './class-rows.ts';
import { LiveDashboards, type Snapshot } from './live-dashboard.ts';
import { hashToken, isJoinCode, newJoinCode, newPublicId, newToken, normalizeJoinCode, tokenMatches } from './tokens.ts';
import type { Assignment, AssignmentChanges, AssignmentStore, LateAttempt, Lang, QuestionResult, StoreChange, Submission } from './types.ts';
import type { CreateAssignmentInput, SubmitInput, UpdateAssignmentInput } from './validation.ts';

/** Late attempts one assignment keeps at most: a class and its stragglers, not a script's flood. */
export const LATE_ATTEMPTS_MAX = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AssignmentState = 'open' | 'closed' | 'past-due';

export interface PublicAssignment {
  code: string;
  title: string;
  dueAt: number | null;
  state: AssignmentState;
  showExplanations: boolean;
  allowResubmit: boolean;
  /** The student's page orders questions and options by its own per-browser seed. */
  shuffle: boolean;
  /**
   * Some questions are generated for each student (issue 18): they come only with the student's
   * name (`?name=`), and `questions` is empty without it.
   */
  personal: boolean;
  questions: PublicQuestion[];
}

/** The receipt of a late attempt: the student's page keeps it to learn when the teacher accepts. */
export interface LateReceipt {
  id: string;
  token: string;
  attemptedAt: number;
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
  /** Per question id. */
  answers: Record<string, AnswerView>;
  /** This student's own variant of each generated question, with the right choice marked. */
  variants?: Record<string, VariantView>;
}

export interface DashboardLateAttempt {
  id: string;
  name: string;
  locale: Lang;
  attemptedAt: number;
  reason: LateAttempt['reason'];
  /** Per question id, not graded yet (grading happens when the teacher accepts). */
  answers: Record<string, Pick<AnswerView, 'picks' | 'text'>>;
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
  shuffle: boolean;
  createdAt: number;
  /** In the assignment's order: what "duplicate" copies. */
  questionIds: string[];
  /** The ids among them that are generated per student (their statistics count across variants). */
  generated: string[];
  /** Questions and shuffling can change only until the first submission or late attempt. */
  editable: boolean;
  /** One page of the list, in order of submission; `submissionCount` is the whole class. */
  submissions: DashboardSubmission[];
  submissionCount: number;
  page: DashboardPage;
  questions: QuestionStats[];
  summary: ScoreSummary;
  distribution: Bin[];
  latePasses: Array<{ name: string; grantedAt: number }>;
  lateAttempts: DashboardLateAttempt[];
}

/** The assignment's settings after a change, as the dashboard shows them. */
export interface AssignmentStatus {
  state: AssignmentState;
  title: string;
  dueAt: number | null;
  closed: boolean;
}

export class AssignmentService {
  readonly #store: AssignmentStore;
  readonly #bank: Bank;
  readonly #keys: ReadonlyMap<string, AnswerKey>;
  readonly #now: () => number;
  readonly #checkers: Checkers;
  readonly #variants: Variants;
  readonly #live = new LiveDashboards();
  /** The submissions and running totals of assignments whose dashboard is open (class-rows.ts). */
  readonly #classes: ClassRows;

  constructor(store: AssignmentStore, bank: Bank, keys: ReadonlyMap<string, AnswerKey>, checkers: Checkers = {}, now: () => number = Date.now) {
    this.#store = store;
    this.#bank = bank;
    this.#keys = keys;
    this.#checkers = checkers;
    this.#now = now;
    this.#classes = new ClassRows(store, DASHBOARD_CACHE);
    this.#variants = new Variants(() => store.serverSecret());
    store.onRemoteChange((change) => this.#remoteChange(change));
  }

  /** What another server instance committed (PostgreSQL): the dashboards served here follow. */
  #remoteChange(change: StoreChange): void {
    switch (change.kind) {
      case 'submission':
        // The dashboard's revision moves only once the row is read, so no build sees the old one.
        void this.#classes.refresh(change.assignmentId, change.publicId).then(
          () => this.#live.changed(change.assignmentId),
          (error: unknown) => {
            console.error('netmodes: reading a submission another instance committed failed; reloading that class:', error);
            this.#classes.forget(change.assignmentId);
            this.#live.changed(change.assignmentId);
          },
        );
        return;
      case 'submission_deleted':
        this.#classes.remove(change.assignmentId, change.publicId);
        this.#live.changed(change.assignmentId);
        return;
      case 'late':
        this.#live.changed(change.assignmentId);
        return;
      case 'teacher':
        this.#live.changedByTeacher(change.assignmentId);
        return;
      case 'assignment_deleted':
        this.#classes.forget(change.assignmentId);
        this.#live.forget(change.assignmentId);
        return;
      case 'resync':
        this.#classes.clear();
        this.#live.changedAll();
        return;
    }
  }

  async create(input: CreateAssignmentInput): Promise<{ assignment: Assignment; teacherToken: string }> {
    this.#checkQuestions(input.questionIds);
    const dueAt = this.#futureDue(input.dueAt);
    const teacherToken = newToken(32);
    const settings = {
      title: normalizeName(input.title),
      locale: input.locale,
      questionIds: input.questionIds,
      dueAt,
      // Explanations mark the right option: off unless asked for when students get their own questions.
      showExplanations: input.showExplanations ?? !input.questionIds.some(isGeneratorId),
      allowResubmit: input.allowResubmit,
      shuffle: input.shuffle,
    };
    if (!settings.title) throw new ApiError(400, 'invalid_input', 'title: the title must not be empty');
    // 31^6 codes: a collision is rare, a few retries make it vanishingly so.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const assignment = await this.#store.createAssignment(newJoinCode(), settings, hashToken(teacherToken), this.#now());
      if (assignment) return { assignment, teacherToken };
    }
    throw new ApiError(500, 'no_code', 'Could not find a free join code. Please try again.');
  }

  #checkQuestions(ids: readonly string[]): void {
    const unknown = ids.filter((id) => !this.#keys.has(id) && !isGeneratorId(id));
    if (unknown.length) throw new ApiError(400, 'unknown_question', `No question that can be assigned has the id ${unknown.map((u) => `"${u}"`).join(', ')}.`);
  }

  #futureDue(iso: string | null): number | null {
    const dueAt = iso === null ? null : Date.parse(iso);
    if (dueAt !== null && dueAt <= this.#now()) throw new ApiError(400, 'due_in_past', 'The due date is already past.');
    return dueAt;
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
    return a.questionIds
      .map((id) => this.#bank.questions.get(id) ?? generatorTemplate(id))
      .filter((q): q is Question => q !== undefined && (this.#keys.has(q.id) || isGeneratorId(q.id)));
  }

  /** The questions one student answers: generated ones are that student's own variants. */
  async #studentQuestions(a: Assignment, key: string): Promise<Question[]> {
    return Promise.all(this.#questions(a).map(async (q) => (isGeneratorId(q.id) ? ((await this.#variants.question(a.code, key, q.id)) ?? q) : q)));
  }

  /** The answer key of a bank question or of a student's variant (never of a template). */
  #keyOf(q: Question): AnswerKey {
    return isGeneratorId(q.id) ? keyFromData(q)! : this.#keys.get(q.id)!;
  }

  /** Whether the student may see which option of a question is right (after submitting). */
  #revealed(a: Assignment, q: Question): boolean {
    return a.showExplanations || (isGeneratorId(q.id) && this.stateOf(a) !== 'open');
  }

  async publicView(rawCode: string, lang: Lang, rawName?: string): Promise<PublicAssignment> {
    const a = await this.#find(rawCode);
    const personal = a.questionIds.some(isGeneratorId);
    let list: Question[] = [];
    if (!personal) list = this.#questions(a);
    else if (rawName !== undefined && normalizeName(rawName)) {
      const name = normalizeName(rawName);
      if (nameLength(name) > NAME_MAX_CHARS) throw new ApiError(400, 'invalid_name', `The name is longer than ${NAME_MAX_CHARS} characters.`);
      list = await this.#studentQuestions(a, nameKey(name));
    }
    const questions = list
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
      shuffle: a.shuffle,
      personal,
      questions,
    };
  }

  /** Checks an answer set against the assignment's questions and grades it. */
  async #grade(a: Assignment, answers: Record<string, Answer>, locale: Lang, key: string): Promise<{ results: Record<string, QuestionResult>; score: number; total: number }> {
    const questions = await this.#studentQuestions(a, key);
    const ids = new Set(questions.map((q) => q.id));
    const stray = Object.keys(answers).filter((id) => !ids.has(id));
    if (stray.length) throw new ApiError(400, 'unknown_question', `This assignment has no question ${stray.map((s) => `"${s}"`).join(', ')}.`);
    const scores: Record<string, QuestionScore> = {};
    for (const q of questions) {
      const answer = answers[q.id];
      if (answer) {
        const problem = answerProblem(q, answer);
        if (problem) throw new ApiError(400, 'invalid_answer', `${q.id}: ${problem}`);
      }
      const fixPassed = q.type === 'fix' && answer?.type === 'fix' ? this.#checkers.fixPasses?.(q.goal, answer.config, locale) === true : undefined;
      scores[q.id] = scoreAnswer(this.#keyOf(q), answer, { fixPassed });
    }
    const total = totalScore(questions.map((q) => q.id), scores);
    return {
      results: Object.fromEntries(Object.entries(total.perQuestion).map(([id, s]) => [id, { points: s.points, correct: s.correct }])),
      score: total.score,
      total: total.total,
    };
  }

  /** Answers that are not ours to grade (stray question ids, malformed picks) are refused before anything is kept. */
  async #checkAnswers(a: Assignment, answers: Record<string, Answer>, key: string): Promise<void> {
    const byId = new Map((await this.#studentQuestions(a, key)).map((q) => [q.id, q]));
    for (const [id, answer] of Object.entries(answers)) {
      const q = byId.get(id);
      if (!q) throw new ApiError(400, 'unknown_question', `This assignment has no question "${id}".`);
      const problem = answerProblem(q, answer);
      if (problem) throw new ApiError(400, 'invalid_answer', `${q.id}: ${problem}`);
    }
  }

  async submit(rawCode: string, input: SubmitInput): Promise<{ result: SubmissionResult; token: string; replaced: boolean }> {
    const a = await this.#find(rawCode);
    const name = normalizeName(input.name);
    if (!name) throw new ApiError(400, 'invalid_name', 'Enter your name.');
    if (nameLength(name) > NAME_MAX_CHARS) throw new ApiError(400, 'invalid_name', `The name is longer than ${NAME_MAX_CHARS} characters.`);
    const answers = input.answers as Record<string, Answer>;
    const key = nameKey(name);
    const state = this.stateOf(a);
    if (state !== 'open' && !(await this.#store.listLatePasses(a.id)).some((p) => p.nameKey === key)) {
      await this.#checkAnswers(a, answers, key);
      const late = await this.#keepLate(a, name, input, state === 'closed' ? 'closed' : 'past_due');
      const kept = late ? ' Your answers were kept for your teacher, who can still accept them.' : '';
      if (state === 'closed') throw new ApiError(409, 'closed', `The teacher has closed this assignment; it no longer takes submissions.${kept}`, {}, late ? { late } : {});
      throw new ApiError(409, 'past_due', `The due date of this assignment has passed; it no longer takes submissions.${kept}`, {}, late ? { late } : {});
    }

    const graded = await this.#grade(a, answers, input.locale, key);
    const token = newToken(24);
    const outcome = await this.#store.recordSubmission(
      {
        assignmentId: a.id,
        publicId: newPublicId(),
        name,
        nameKey: key,
        locale: input.locale,
        answers,
        ...graded,
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
    this.#classes.put(a.id, outcome.submission);
    this.#live.changed(a.id);
    // A replacement keeps the first receipt, so the token the browser holds stays valid.
    const receipt = outcome.status === 'replaced' ? (input.token as string) : token;
    return { result: await this.#result(a, outcome.submission, input.locale), token: receipt, replaced: outcome.status === 'replaced' };
  }

  /** Keeps a refused late submission for the teacher; undefined when the assignment holds too many already. */
  async #keepLate(a: Assignment, name: string, input: SubmitInput, reason: LateAttempt['reason']): Promise<LateReceipt | undefined> {
    const token = input.lateToken ?? newToken(24);
    const kept = await this.#store.recordLateAttempt(
      {
        assignmentId: a.id,
        publicId: newPublicId(),
        name,
        nameKey: nameKey(name),
        locale: input.locale,
        answers: input.answers as Record<string, Answer>,
        tokenHash: hashToken(token),
        reason,
        attemptedAt: this.#now(),
      },
      LATE_ATTEMPTS_MAX,
    );
    if (kept) this.#live.changed(a.id);
    return kept ? { id: kept.publicId, token, attemptedAt: kept.attemptedAt } : undefined;
  }

  async #result(a: Assignment, s: Submission, lang: Lang): Promise<SubmissionResult> {
    const base: SubmissionResult = { id: s.publicId, name: s.name, score: s.score, total: s.total, submittedAt: s.submittedAt, attempts: s.attempts };
    // A generated question's key stays on the server until the assignment ends, unless the teacher
    // chose to show answers after submitting.
    const shown = (await this.#studentQuestions(a, s.nameKey)).filter((q) => this.#revealed(a, q));
    if (!shown.length) return base;
    base.questions = shown.map((q) => {
      const r = s.results[q.id] ?? { points: 0, correct: false };
      return {
        id: q.id,
        prompt: q[lang].prompt,
        points: r.points,
        correct: r.correct,
        notes: notesFor(q, this.#keyOf(q), s.answers[q.id], lang, r.correct),
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

  async #dashboardOf(a: Assignment, page: DashboardPage): Promise<Dashboard> {
    const questions = this.#questions(a);
    const generated = questions.filter((q) => isGeneratorId(q.id));
    const [{ rows: submissions, totals }, passes, late] = await Promise.all([
      this.#classes.view(a.id, questions, this.#keys),
      this.#store.listLatePasses(a.id),
      this.#store.listLateAttempts(a.id),
    ]);
    return {
      code: a.code,
      title: a.title,
      locale: a.locale,
      dueAt: a.dueAt,
      state: this.stateOf(a),
      closed: a.closed,
      showExplanations: a.showExplanations,
      allowResubmit: a.allowResubmit,
      shuffle: a.shuffle,
      createdAt: a.createdAt,
      questionIds: questions.map((q) => q.id),
      generated: generated.map((q) => q.id),
      editable: submissions.length === 0 && late.length === 0,
      submissions: await Promise.all(
        submissions.slice(page.offset, page.offset + page.limit).map(async (s) => ({
          id: s.publicId,
          name: s.name,
          locale: s.locale,
          submittedAt: s.submittedAt,
          score: s.score,
          total: s.total,
          attempts: s.attempts,
          answers: Object.fromEntries(questions.map((q) => [q.id, answerView(s.answers[q.id], s.results[q.id])])),
          ...(generated.length ? { variants: await this.#variantsOf(a, s.nameKey, generated) } : {}),
        })),
      ),
      submissionCount: submissions.length,
      page,
      questions: totals.questionStats(),
      summary: totals.summary(),
      distribution: totals.distribution(),
      latePasses: passes.map((p) => ({ name: p.name, grantedAt: p.grantedAt })),
      lateAttempts: late.map((l) => ({
        id: l.publicId,
        name: l.name,
        locale: l.locale,
        attemptedAt: l.attemptedAt,
        reason: l.reason,
        answers: Object.fromEntries(
          questions.filter((q) => l.answers[q.id]).map((q) => {
            const { picks, text } = answerView(l.answers[q.id], undefined);
            return [q.id, text === undefined ? { picks } : { picks, text }];
          }),
        ),
      })),
    };
  }

  /** A student's own variants of the generated questions, for the teacher. */
  async #variantsOf(a: Assignment, key: string, generated: readonly Question[]): Promise<Record<string, VariantView>> {
    const out: Record<string, VariantView> = {};
    for (const g of generated) {
      const q = await this.#variants.question(a.code, key, g.id);
      if (q) out[g.id] = variantView(q);
    }
    return out;
  }

  /**
   * Changes what the teacher asks to change. Reopening means taking submissions again: a due time
   * already past would still refuse them, so reopening also removes it (unless the same request
   * sets a new one).
   */
  async update(rawCode: string, token: string | undefined, input: UpdateAssignmentInput): Promise<AssignmentStatus> {
    const a = await this.#asTeacher(rawCode, token);
    const now = this.#now();
    const changes: AssignmentChanges = {};
    if (input.title !== undefined) {
      changes.title = normalizeName(input.title);
      if (!changes.title) throw new ApiError(400, 'invalid_input', 'title: the title must not be empty');
    }
    if (input.dueAt !== undefined) changes.dueAt = this.#futureDue(input.dueAt);
    if (input.closed !== undefined) {
      changes.closed = input.closed;
      changes.closedAt = input.closed ? (a.closed ? a.closedAt : now) : null;
      if (!input.closed && input.dueAt === undefined && a.dueAt !== null && a.dueAt <= now) changes.dueAt = null;
    }
    if (input.showExplanations !== undefined) changes.showExplanations = input.showExplanations;
    if (input.allowResubmit !== undefined) changes.allowResubmit = input.allowResubmit;
    if (input.questionIds !== undefined) {
      this.#checkQuestions(input.questionIds);
      changes.questionIds = input.questionIds;
    }
    if (input.shuffle !== undefined) changes.shuffle = input.shuffle;
    const guarded = input.questionIds !== undefined || input.shuffle !== undefined;
    const out = await this.#store.updateAssignment(a.id, changes, guarded);
    if (out.status === 'missing') throw new ApiError(404, 'not_found', 'This assignment no longer exists.');
    if (out.status === 'has_submissions') {
      throw new ApiError(409, 'has_submissions', 'Students have already answered this assignment: its questions can no longer change. Duplicate it to make a changed copy.');
    }
    this.#live.changedByTeacher(a.id);
    const b = out.assignment;
    return { state: this.stateOf(b), title: b.title, dueAt: b.dueAt, closed: b.closed };
  }

  async deleteAssignment(rawCode: string, token: string | undefined): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    await this.#store.deleteAssignment(a.id);
    this.#classes.forget(a.id);
    this.#live.forget(a.id);
  }

  /** Deletes assignments that ended (closed, or past due) more than `days` days ago. */
  async purgeEnded(days: number): Promise<number> {
    return this.#store.purgeEndedBefore(this.#now() - days * DAY_MS);
  }

  async grantLatePass(rawCode: string, token: string | undefined, rawName: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    const name = normalizeName(rawName);
    if (!name || nameLength(name) > NAME_MAX_CHARS) throw new ApiError(400, 'invalid_name', `Enter the student's name (at most ${NAME_MAX_CHARS} characters).`);
    await this.#store.grantLatePass(a.id, { name, nameKey: nameKey(name), grantedAt: this.#now() });
    this.#live.changedByTeacher(a.id);
  }

  async revokeLatePass(rawCode: string, token: string | undefined, rawName: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    if (!(await this.#store.revokeLatePass(a.id, nameKey(rawName)))) throw new ApiError(404, 'not_found', 'There is no late pass for this name.');
    this.#live.changedByTeacher(a.id);
  }

  /** Grades a kept late attempt and stores it as the student's submission, at the time they tried. */
  async acceptLate(rawCode: string, token: string | undefined, publicId: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    const late = await this.#store.findLateAttempt(a.id, publicId);
    if (!late) throw new ApiError(404, 'not_found', 'There is no such late attempt (it may already be accepted or deleted).');
    const graded = await this.#grade(a, late.answers, late.locale, late.nameKey);
    const accepted = await this.#store.acceptLateAttempt({
      assignmentId: a.id,
      publicId: late.publicId,
      name: late.name,
      nameKey: late.nameKey,
      locale: late.locale,
      answers: late.answers,
      ...graded,
      tokenHash: late.tokenHash,
      submittedAt: late.attemptedAt,
    });
    if (!accepted) throw new ApiError(404, 'not_found', 'There is no such late attempt (it may already be accepted or deleted).');
    this.#classes.put(a.id, accepted);
    this.#live.changedByTeacher(a.id);
  }

  async discardLate(rawCode: string, token: string | undefined, publicId: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    if (!(await this.#store.deleteLateAttempt(a.id, publicId))) throw new ApiError(404, 'not_found', 'There is no such late attempt (it may already be accepted or deleted).');
    this.#live.changedByTeacher(a.id);
  }

  async deleteSubmission(rawCode: string, token: string | undefined, publicId: string): Promise<void> {
    const a = await this.#asTeacher(rawCode, token);
    if (!(await this.#store.deleteSubmission(a.id, publicId))) throw new ApiError(404, 'not_found', 'There is no such submission (it may already be deleted).');
    this.#classes.remove(a.id, publicId);
    this.#live.changed(a.id);
  }

  /** `timeZone`: the teacher's (IANA name, from their browser); unknown names fall back to UTC. */
  async csv(rawCode: string, token: string | undefined, lang: Lang, timeZone?: string): Promise<{ filename: string; body: string }> {
    const a = await this.#asTeacher(rawCode, token);
    const submissions = await this.#store.listSubmissions(a.id);
    const questions = this.#questions(a);
    const variants = new Map<string, Record<string, Question>>();
    if (questions.some((q) => isGeneratorId(q.id))) {
      for (const s of submissions) variants.set(s.publicId, Object.fromEntries((await this.#studentQuestions(a, s.nameKey)).map((q) => [q.id, q])));
    }
    const sheet = { title: a.title, code: a.code, questions, keys: this.#keys, variants };
    return { filename: `netmodes-${a.code}.csv`, body: submissionsCsv(sheet, submissions, lang, timeZone) };
  }
}
