import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import type { Question } from '../../src/quiz/schema.ts';
import { solvePathQuestion } from '../../src/quiz/path/solve.ts';
import { call, parseCsv, serverForFile } from './harness.ts';

const bank = loadBank();
const singles = [...bank.questions.values()].filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
const multiple = [...bank.questions.values()].find((q): q is Extract<Question, { type: 'multiple' }> => q.type === 'multiple')!;
const q1 = singles[0]!;
const q2 = singles[1]!;
const right = (q: Extract<Question, { type: 'single' }>) => q.options.find((o) => o.correct)!.id;
const wrong = (q: Extract<Question, { type: 'single' }>) => q.options.find((o) => !o.correct)!.id;

// Limits are tested on their own server (rate-limit.test.ts); here they would only get in the way.
const server = serverForFile({ NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off' });

async function create(extra: Record<string, unknown> = {}) {
  const res = await call(server.base, '/api/assignments', {
    body: { title: 'Bridge check', locale: 'en', questionIds: [q1.id, q2.id, multiple.id], ...extra },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { code: string; teacherToken: string; teacherUrl: string; studentUrl: string; qr: { size: number; rows: string[] } };
}

const submit = (code: string, body: Record<string, unknown>) => call(server.base, `/api/assignments/${code}/submissions`, { body });

describe('creating an assignment', () => {
  it('returns a look-alike-free code, a 256-bit teacher token in the link fragment, and a QR matrix', async () => {
    const a = await create();
    expect(a.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(Buffer.from(a.teacherToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(a.teacherUrl).toContain(`/en/teach/${a.code}/#t=${a.teacherToken}`);
    expect(a.studentUrl).toMatch(new RegExp(`/en/join/${a.code}/$`));
    expect(a.qr.rows).toHaveLength(a.qr.size);
    expect(a.qr.size).toBeGreaterThanOrEqual(21);
  });

  it('refuses unknown questions, empty titles, past due dates and unknown fields with 400 and a JSON error', async () => {
    for (const body of [
      { title: 'x', locale: 'en', questionIds: ['no-such-question'] },
      { title: '   ', locale: 'en', questionIds: [q1.id] },
      { title: 'x', locale: 'en', questionIds: [] },
      { title: 'x', locale: 'en', questionIds: [q1.id, q1.id] },
      { title: 'x', locale: 'en', questionIds: [q1.id], dueAt: '2001-01-01T00:00:00Z' },
      { title: 'x', locale: 'fr', questionIds: [q1.id] },
      { title: 'x', locale: 'en', questionIds: [q1.id], admin: true },
    ]) {
      const res = await call(server.base, '/api/assignments', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBeTypeOf('string');
      expect(res.json.error.message).toBeTypeOf('string');
      expect(res.text).not.toMatch(/at .*\.(m?js|ts):\d+/);
    }
  });

  it('answers malformed JSON and wrong content types with 400, oversized bodies with 413', async () => {
    expect((await call(server.base, '/api/assignments', { raw: '{"title": ' })).json.error.code).toBe('invalid_json');
    expect((await call(server.base, '/api/assignments', { raw: '{}', headers: { 'content-type': 'application/xml' } })).json.error.code).toBe('bad_content_type');
    const huge = await call(server.base, '/api/assignments', { raw: JSON.stringify({ title: 'x'.repeat(40_000), locale: 'en', questionIds: [q1.id] }) });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('too_large');
  });
});

describe('students', () => {
  it('see the questions without answer keys or explanations', async () => {
    const a = await create();
    const res = await call(server.base, `/api/assignments/${a.code}?lang=ko`);
    expect(res.status).toBe(200);
    expect(res.json.questions).toHaveLength(3);
    expect(res.json.questions[0].prompt).toBe(q1.ko.prompt);
    expect(res.text).not.toMatch(/"correct"|"why"|"answer"/);
    for (const o of q1.options) expect(res.text).not.toContain(o.ko.why);
    // Nor does the server-rendered student page (the island's props are in its HTML).
    const page = await fetch(`${server.base}/ko/join/${a.code}/`).then((r) => r.text());
    expect(page).toContain(q1.options[0]!.ko.text.replace(/&/g, '&amp;').slice(0, 8));
    for (const o of q1.options) expect(page).not.toContain(o.ko.why.slice(0, 20));
    expect(page).not.toMatch(/correct&quot;|why&quot;/);
  });

  it('join codes are read case-insensitively, unknown ones are 404', async () => {
    const a = await create();
    expect((await call(server.base, `/api/assignments/${a.code.toLowerCase()}`)).status).toBe(200);
    const missing = await call(server.base, '/api/assignments/ZZZZZZ');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
  });

  it('are graded on the server with the quiz scoring: right + wrong + partial multiple choice', async () => {
    const a = await create();
    const rightMulti = multiple.options.filter((o) => o.correct).map((o) => o.id);
    const res = await submit(a.code, {
      name: '  김철수 ',
      locale: 'ko',
      answers: {
        [q1.id]: { type: 'single', choice: right(q1) },
        [q2.id]: { type: 'single', choice: wrong(q2) },
        [multiple.id]: { type: 'multiple', choices: rightMulti },
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.submission.name).toBe('김철수');
    expect(res.json.submission.score).toBe(2);
    expect(res.json.submission.total).toBe(3);
    // Explanations are on by default: the student now sees why, in their language.
    const first = res.json.submission.questions[0];
    expect(first.notes.find((n: { right: boolean }) => n.right).why).toBe(q1.options.find((o) => o.correct)!.ko.why);
    // The receipt token reads back this submission and nobody else's.
    const own = await call(server.base, `/api/assignments/${a.code}/submissions/${res.json.submission.id}`, { token: res.json.token });
    expect(own.status).toBe(200);
    expect(own.json.score).toBe(2);
    expect((await call(server.base, `/api/assignments/${a.code}/submissions/${res.json.submission.id}`)).status).toBe(403);
    expect((await call(server.base, `/api/assignments/${a.code}/submissions/${res.json.submission.id}`, { token: a.teacherToken })).status).toBe(403);
  });

  it('without explanations get only their score', async () => {
    const a = await create({ showExplanations: false });
    const res = await submit(a.code, { name: 'Ana', locale: 'en', answers: { [q1.id]: { type: 'single', choice: right(q1) } } });
    expect(res.status).toBe(201);
    expect(res.json.submission.score).toBe(1);
    expect(res.json.submission.questions).toBeUndefined();
    expect(res.text).not.toContain(q1.options[0]!.en.why);
  });

  it('cannot submit answers to questions outside the assignment, options that do not exist, or the wrong answer type', async () => {
    const a = await create();
    const other = singles[2]!;
    for (const answers of [
      { [other.id]: { type: 'single', choice: right(other) } },
      { [q1.id]: { type: 'single', choice: 'no-such-option' } },
      { [q1.id]: { type: 'multiple', choices: [right(q1)] } },
      { [q1.id]: { type: 'single' } },
    ]) {
      const res = await submit(a.code, { name: 'Ana', locale: 'en', answers });
      expect(res.status, JSON.stringify(answers)).toBe(400);
    }
  });

  it('names: trimmed, NFC-normalised, at most 60 characters (Korean counts one per syllable)', async () => {
    const a = await create();
    expect((await submit(a.code, { name: '   ', locale: 'en', answers: {} })).status).toBe(400);
    expect((await submit(a.code, { name: '가'.repeat(61), locale: 'ko', answers: {} })).status).toBe(400);
    expect((await submit(a.code, { name: '가'.repeat(60), locale: 'ko', answers: {} })).status).toBe(201);
    // Decomposed Hangul (as macOS may send it) is the same name as the composed one.
    const composed = '한결';
    expect((await submit(a.code, { name: composed.normalize('NFD'), locale: 'ko', answers: {} })).json.submission.name).toBe(composed);
    expect((await submit(a.code, { name: composed, locale: 'ko', answers: {} })).status).toBe(409);
  });
});

describe('kernel-checked questions', () => {
  it('"predict the path" is graded against the kernel\'s answer and "fix the config" by running the edited file', async () => {
    const path = [...bank.questions.values()].find((q): q is Extract<Question, { type: 'path' }> => q.type === 'path')!;
    const fix = [...bank.questions.values()].find((q): q is Extract<Question, { type: 'fix' }> => q.type === 'fix')!;
    const res = await call(server.base, '/api/assignments', { body: { title: 'Kernel', locale: 'en', questionIds: [path.id, fix.id] } });
    expect(res.status, res.text).toBe(201);
    const code = res.json.code;
    const view = (await call(server.base, `/api/assignments/${code}`)).json;
    expect(view.questions[1]).toMatchObject({ type: 'fix', start: fix.start });
    // The reference solution (a whole file, JSON-escaped as it would travel) is not sent.
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(fix.solution).slice(1, -1));
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(fix.en.explain).slice(1, -1));
    const rightChoice = solvePathQuestion(path).choice;
    const wrongChoice = path.options.find((o) => o.id !== rightChoice)!.id;
    const good = await submit(code, { name: 'Good', locale: 'en', answers: { [path.id]: { type: 'path', choice: rightChoice }, [fix.id]: { type: 'fix', config: fix.solution } } });
    expect(good.json.submission.score).toBe(2);
    const bad = await submit(code, { name: 'Bad', locale: 'en', answers: { [path.id]: { type: 'path', choice: wrongChoice }, [fix.id]: { type: 'fix', config: fix.start } } });
    expect(bad.json.submission.score).toBe(0);
  });
});

describe('resubmission', () => {
  it('is refused with 409 when the teacher did not allow it', async () => {
    const a = await create();
    const first = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    const again = await submit(a.code, { name: 'ana', locale: 'en', answers: {}, token: first.json.token });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('already_submitted');
  });

  it('replaces the earlier submission when allowed and the same browser (receipt) submits', async () => {
    const a = await create({ allowResubmit: true });
    const first = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    expect(first.json.submission.score).toBe(0);
    const again = await submit(a.code, { name: 'Ana', locale: 'en', answers: { [q1.id]: { type: 'single', choice: right(q1) } }, token: first.json.token });
    expect(again.status).toBe(200);
    expect(again.json.replaced).toBe(true);
    expect(again.json.submission.score).toBe(1);
    expect(again.json.submission.attempts).toBe(2);
    // Someone else using the same name cannot overwrite it.
    const impostor = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    expect(impostor.status).toBe(409);
    expect(impostor.json.error.code).toBe('name_taken');
    const dash = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken });
    expect(dash.json.submissions).toHaveLength(1);
    expect(dash.json.submissions[0].score).toBe(1);
  });

  it('a student who changes their name when resubmitting renames their own submission instead of adding a second', async () => {
    const a = await create({ allowResubmit: true });
    const first = await submit(a.code, { name: 'Mina', locale: 'ko', answers: {} });
    await submit(a.code, { name: 'Jun', locale: 'ko', answers: {} });
    const again = await submit(a.code, { name: '김민아', locale: 'ko', answers: { [q1.id]: { type: 'single', choice: right(q1) } }, token: first.json.token });
    expect(again.status).toBe(200);
    expect(again.json.replaced).toBe(true);
    // A receipt cannot take over somebody else's name.
    const steal = await submit(a.code, { name: 'Jun', locale: 'ko', answers: {}, token: first.json.token });
    expect(steal.status).toBe(409);
    expect(steal.json.error.code).toBe('name_taken');
    const dash = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken });
    expect(dash.json.submissions.map((s: { name: string; score: number }) => [s.name, s.score]).sort()).toEqual([
      ['Jun', 0],
      ['김민아', 1],
    ]);
  });
});

describe('closing and due dates', () => {
  it('a closed assignment refuses submissions with a message, and takes them again when reopened', async () => {
    const a = await create();
    const close = await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { closed: true }, token: a.teacherToken });
    expect(close.json.state).toBe('closed');
    const refused = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: 'closed' });
    expect((await call(server.base, `/api/assignments/${a.code}`)).json.state).toBe('closed');
    await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { closed: false }, token: a.teacherToken });
    expect((await submit(a.code, { name: 'Ana', locale: 'en', answers: {} })).status).toBe(201);
  });

  it('a past-due assignment refuses submissions', async () => {
    const a = await create({ dueAt: new Date(Date.now() + 1200).toISOString() });
    expect((await submit(a.code, { name: 'Early', locale: 'en', answers: {} })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 1400));
    const late = await submit(a.code, { name: 'Late', locale: 'en', answers: {} });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('past_due');
    expect((await call(server.base, `/api/assignments/${a.code}`)).json.state).toBe('past-due');
  });
});

describe('deadlines that bend (issue 25)', () => {
  const patch = (a: { code: string; teacherToken: string }, body: unknown) => call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body, token: a.teacherToken });
  const dashboard = async (a: { code: string; teacherToken: string }) => (await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json;
  // Created due in a second, then waited for (no fixed sleep): the state the student page reads.
  async function pastDue() {
    const a = await create({ dueAt: new Date(Date.now() + 1000).toISOString() });
    await expect.poll(async () => (await call(server.base, `/api/assignments/${a.code}`)).json.state, { timeout: 10_000, interval: 200 }).toBe('past-due');
    return a;
  }
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  it('extending a passed due time lets the next submission in', async () => {
    const a = await pastDue();
    expect((await submit(a.code, { name: 'Late', locale: 'en', answers: {} })).status).toBe(409);
    const res = await patch(a, { dueAt: inAnHour() });
    expect(res.status, res.text).toBe(200);
    expect(res.json.state).toBe('open');
    expect((await submit(a.code, { name: 'Late', locale: 'en', answers: {} })).status).toBe(201);
  });

  it('removing the due time lets the next submission in', async () => {
    const a = await pastDue();
    expect((await patch(a, { dueAt: null })).json).toMatchObject({ state: 'open', dueAt: null });
    expect((await submit(a.code, { name: 'Late', locale: 'en', answers: {} })).status).toBe(201);
  });

  it('reopening after the due time really reopens (the passed due time goes) and the status says so', async () => {
    const a = await pastDue();
    await patch(a, { closed: true });
    expect((await call(server.base, `/api/assignments/${a.code}`)).json.state).toBe('closed');
    expect((await patch(a, { closed: false })).json).toMatchObject({ state: 'open', closed: false, dueAt: null });
    expect((await submit(a.code, { name: 'Late', locale: 'en', answers: {} })).status).toBe(201);
    expect((await dashboard(a)).state).toBe('open');
  });

  it('a due time in the past, nothing to change, or another assignment\'s token are refused', async () => {
    const a = await create();
    const b = await create();
    expect((await patch(a, { dueAt: '2001-01-01T00:00:00Z' })).json.error.code).toBe('due_in_past');
    expect((await patch(a, {})).status).toBe(400);
    const foreign = await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { dueAt: null }, token: b.teacherToken });
    expect(foreign.status).toBe(403);
  });

  it('a late pass lets one name in; everyone else is still refused', async () => {
    const a = await pastDue();
    const grant = await call(server.base, `/api/assignments/${a.code}/late-passes`, { body: { name: '  김 민아 ' }, token: a.teacherToken });
    expect(grant.status, grant.text).toBe(204);
    expect((await dashboard(a)).latePasses).toMatchObject([{ name: '김 민아' }]);
    expect((await submit(a.code, { name: '김 민아', locale: 'ko', answers: {} })).status).toBe(201);
    expect((await submit(a.code, { name: 'Jun', locale: 'ko', answers: {} })).status).toBe(409);
    const revoke = await call(server.base, `/api/assignments/${a.code}/late-passes/${encodeURIComponent('김 민아')}`, { method: 'DELETE', token: a.teacherToken });
    expect(revoke.status).toBe(204);
    expect((await dashboard(a)).latePasses).toEqual([]);
  });

  it('a refused late attempt is kept with name, time and answers, listed for the teacher, and can be accepted', async () => {
    const a = await pastDue();
    const answers = { [q1.id]: { type: 'single', choice: right(q1) } };
    const refused = await submit(a.code, { name: 'Tardy', locale: 'ko', answers });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('past_due');
    const late = refused.json.error.late as { id: string; token: string; attemptedAt: number };
    expect(late.id).toBeTypeOf('string');
    // The same browser trying again replaces its attempt instead of adding a second one.
    const again = await submit(a.code, { name: 'Tardy', locale: 'ko', answers, lateToken: late.token });
    expect(again.json.error.late.id).toBe(late.id);
    const listed = (await dashboard(a)).lateAttempts;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: late.id, name: 'Tardy', locale: 'ko', reason: 'past_due', answers: { [q1.id]: { picks: [right(q1)] } } });
    expect(listed[0].attemptedAt).toBeGreaterThanOrEqual(late.attemptedAt);
    // The student's page cannot read a result yet ...
    expect((await call(server.base, `/api/assignments/${a.code}/submissions/${late.id}`, { token: late.token })).status).toBe(403);
    const accept = await call(server.base, `/api/assignments/${a.code}/late-attempts/${late.id}/accept`, { method: 'POST', token: a.teacherToken });
    expect(accept.status, accept.text).toBe(204);
    const after = await dashboard(a);
    expect(after.lateAttempts).toEqual([]);
    expect(after.submissions).toMatchObject([{ name: 'Tardy', score: 1, submittedAt: listed[0].attemptedAt }]);
    // ... and can once the teacher accepted it, with the receipt it was given when refused.
    const own = await call(server.base, `/api/assignments/${a.code}/submissions/${late.id}?lang=ko`, { token: late.token });
    expect(own.status).toBe(200);
    expect(own.json.score).toBe(1);
    expect((await call(server.base, `/api/assignments/${a.code}/late-attempts/${late.id}/accept`, { method: 'POST', token: a.teacherToken })).status).toBe(404);
  });

  it('a closed assignment keeps late attempts too; the teacher can discard one', async () => {
    const a = await create();
    await patch(a, { closed: true });
    const refused = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    expect(refused.json.error).toMatchObject({ code: 'closed' });
    const id = refused.json.error.late.id;
    expect((await call(server.base, `/api/assignments/${a.code}/late-attempts/${id}`, { method: 'DELETE', token: a.teacherToken })).status).toBe(204);
    expect((await dashboard(a)).lateAttempts).toEqual([]);
  });
});

describe('editing, duplicating and deleting (issues 25 and 19)', () => {
  it('title, questions and shuffling change until the first submission; after it only the questions are refused', async () => {
    const a = await create();
    const edit = await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { title: 'Bridge check 2', questionIds: [q2.id, q1.id], shuffle: true }, token: a.teacherToken });
    expect(edit.status, edit.text).toBe(200);
    const view = (await call(server.base, `/api/assignments/${a.code}`)).json;
    expect(view).toMatchObject({ title: 'Bridge check 2', shuffle: true });
    expect(view.questions.map((q: { id: string }) => q.id)).toEqual([q2.id, q1.id]);
    await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    const late = await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { questionIds: [q1.id] }, token: a.teacherToken });
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('has_submissions');
    expect((await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { title: 'Renamed' }, token: a.teacherToken })).status).toBe(200);
    const dash = (await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json;
    expect(dash).toMatchObject({ title: 'Renamed', editable: false, questionIds: [q2.id, q1.id] });
  });

  it('deleting an assignment removes it with its submissions; only its teacher can', async () => {
    const a = await create();
    const b = await create();
    await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    expect((await call(server.base, `/api/assignments/${a.code}`, { method: 'DELETE', token: b.teacherToken })).status).toBe(403);
    expect((await call(server.base, `/api/assignments/${a.code}`, { method: 'DELETE', token: a.teacherToken })).status).toBe(204);
    expect((await call(server.base, `/api/assignments/${a.code}`)).status).toBe(404);
    expect((await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).status).toBe(404);
  });
});

describe('the teacher token', () => {
  it('is required (403) for the dashboard, CSV, close and delete; a token of another assignment does not work', async () => {
    const a = await create();
    const b = await create();
    const s = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    const paths: Array<[string, string, unknown?]> = [
      ['GET', `/api/assignments/${a.code}/dashboard`],
      ['GET', `/api/assignments/${a.code}/export.csv`],
      ['PATCH', `/api/assignments/${a.code}`, { closed: true }],
      ['DELETE', `/api/assignments/${a.code}/submissions/${s.json.submission.id}`],
    ];
    for (const token of [undefined, 'wrong', b.teacherToken, s.json.token]) {
      for (const [method, path, body] of paths) {
        const res = await call(server.base, path, { method, body, token });
        expect(res.status, `${method} ${path} with ${token}`).toBe(403);
        expect(res.json.error.code).toBe('forbidden');
      }
    }
    // Nothing changed.
    const dash = await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken });
    expect(dash.json.state).toBe('open');
    expect(dash.json.submissions).toHaveLength(1);
  });

  it('deletes a submission', async () => {
    const a = await create();
    const s = await submit(a.code, { name: 'Ana', locale: 'en', answers: {} });
    const path = `/api/assignments/${a.code}/submissions/${s.json.submission.id}`;
    expect((await call(server.base, path, { method: 'DELETE', token: a.teacherToken })).status).toBe(204);
    expect((await call(server.base, path, { method: 'DELETE', token: a.teacherToken })).status).toBe(404);
    expect((await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json.submissions).toHaveLength(0);
  });
});

describe('the dashboard', () => {
  it('shows per-question correct rates, the most common wrong option and the score distribution', async () => {
    const a = await create();
    const wrongOption = q2.options.find((o) => !o.correct)!;
    await submit(a.code, { name: 'A', locale: 'en', answers: { [q1.id]: { type: 'single', choice: right(q1) }, [q2.id]: { type: 'single', choice: wrongOption.id } } });
    await submit(a.code, { name: 'B', locale: 'ko', answers: { [q1.id]: { type: 'single', choice: right(q1) }, [q2.id]: { type: 'single', choice: wrongOption.id } } });
    await submit(a.code, { name: 'C', locale: 'en', answers: { [q1.id]: { type: 'single', choice: wrong(q1) }, [q2.id]: { type: 'single', choice: right(q2) } } });
    await submit(a.code, { name: 'D', locale: 'en', answers: {} });
    const dash = (await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json;
    expect(dash.submissions.map((s: { name: string }) => s.name)).toEqual(['A', 'B', 'C', 'D']);
    const [s1, s2, s3] = dash.questions;
    expect(s1.correctRate).toBe(0.5);
    expect(s2.correctRate).toBe(0.25);
    expect(s2.mostCommonWrong).toEqual({ label: { ko: wrongOption.ko.text, en: wrongOption.en.text }, count: 2 });
    expect(s3.correctRate).toBe(0);
    // Question numbers as students see them; every option counted; unanswered apart from wrong.
    expect(dash.questions.map((q: { number: number }) => q.number)).toEqual([1, 2, 3]);
    expect(s2).toMatchObject({ answered: 3, unanswered: 1, correct: 1 });
    expect(s2.choices.find((c: { key: string }) => c.key === wrongOption.id)).toMatchObject({ count: 2, right: false });
    expect(s2.choices.find((c: { key: string }) => c.key === right(q2))).toMatchObject({ count: 1, right: true });
    expect(s2.choices.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(3);
    expect(s3).toMatchObject({ answered: 0, unanswered: 4 });
    // Each student's answers: what they chose, right/wrong/unanswered.
    const b = dash.submissions.find((s: { name: string }) => s.name === 'B');
    expect(b.answers[q1.id]).toEqual({ mark: 'right', points: 1, picks: [right(q1)] });
    expect(b.answers[q2.id]).toEqual({ mark: 'wrong', points: 0, picks: [wrongOption.id] });
    expect(b.answers[multiple.id]).toEqual({ mark: 'unanswered', points: 0, picks: [] });
    // Scores 1, 1, 1, 0 of 3: mean 25 %, median 33.3 %.
    expect(dash.summary).toEqual({ count: 4, mean: 25, median: 33.3 });
    // Scores 1, 1, 1, 0 of 3: three in the 30-39 % band, one in 0-9 %.
    expect(dash.distribution.find((b: { from: number }) => b.from === 30).count).toBe(3);
    expect(dash.distribution.find((b: { from: number }) => b.from === 0).count).toBe(1);
    expect(dash.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(4);
  });
});

describe('stored XSS and CSV injection', () => {
  const evil = ['<script>alert(1)</script>', '=HYPERLINK("http://203.0.113.5","x")', '+SUM(1,2)', '-2+3', '@cmd', '\tTAB', '"quoted, comma"'];

  it('titles and names come back as the same plain text, and the student page escapes the title everywhere', async () => {
    const title = '</title><script>alert(1)</script><img src=x onerror=alert(2)>';
    const a = await create({ title });
    await submit(a.code, { name: '<script>alert(3)</script>', locale: 'en', answers: {} });
    const dash = (await call(server.base, `/api/assignments/${a.code}/dashboard`, { token: a.teacherToken })).json;
    expect(dash.title).toBe(title);
    expect(dash.submissions[0].name).toBe('<script>alert(3)</script>');
    const page = await fetch(`${server.base}/en/join/${a.code}/`).then((r) => r.text());
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('CSV: UTF-8 BOM, Korean intact, formula cells neutralised, and it parses back', async () => {
    const a = await create();
    await submit(a.code, { name: '김철수', locale: 'ko', answers: { [q1.id]: { type: 'single', choice: right(q1) } } });
    for (const name of evil) await submit(a.code, { name, locale: 'en', answers: {} });
    const res = await fetch(`${server.base}/api/assignments/${a.code}/export.csv?lang=ko&tz=Asia%2FSeoul`, { headers: { authorization: `Bearer ${a.teacherToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain(`netmodes-${a.code}.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const all = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(all[0]).toEqual(['과제', 'Bridge check']);
    expect(all[1]).toEqual(['참여 코드', a.code]);
    expect(all[4]!.slice(0, 4)).toEqual(['이름', '제출 시각 (Asia/Seoul)', '제출 시각 (UTC)', '점수']);
    expect(all[4]![8]).toMatch(/^1번 답: /);
    expect(all[5]).toContain(q1.id);
    const rows = all.slice(5);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names[0]).toBe('김철수');
    expect(rows[1]![1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+09:00$/);
    expect(rows[1]![3]).toBe('1');
    expect(rows[1]!.slice(8, 10)).toEqual([q1.options.find((o) => o.correct)!.ko.text, '1']);
    expect(rows[1]!.slice(10)).toEqual(['', '', '', '']);
    // Whitespace-only differences aside (the tab is collapsed by name normalisation), every
    // dangerous first character now follows an apostrophe.
    expect(names).toContain(`'=HYPERLINK("http://203.0.113.5","x")`);
    expect(names).toContain("'+SUM(1,2)");
    expect(names).toContain("'-2+3");
    expect(names).toContain("'@cmd");
    expect(names).toContain('"quoted, comma"');
    expect(names).toContain('<script>alert(1)</script>');
    for (const n of names) expect(n).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('errors', () => {
  it('unsupported methods answer 405 JSON; unknown API paths 404', async () => {
    const res = await call(server.base, '/api/assignments', { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.json.error.code).toBe('method_not_allowed');
    const unknown = await call(server.base, '/api/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('not_found');
  });

  it('submission bodies over 64 KB are refused with 413 before parsing', async () => {
    const a = await create();
    const res = await submit(a.code, { name: 'x', locale: 'en', answers: {}, pad: 'y'.repeat(70_000) });
    expect(res.status).toBe(413);
  });
});
