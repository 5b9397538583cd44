// Assignments a class cannot copy (issue 18): generated questions per student, keys only on the
// server until the assignment ends, grading on the server.
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../src/quiz/generators/registry.ts';
import { call, serverForFile } from './harness.ts';

const server = serverForFile({ NETMODES_CREATE_LIMIT: 'off', NETMODES_SUBMIT_LIMIT: 'off', NETMODES_READ_LIMIT: 'off' });
const ALL = GENERATORS.map((g) => g.id);

async function create(questionIds: string[], extra: Record<string, unknown> = {}) {
  const res = await call(server.base, '/api/assignments', { body: { title: 'Generated', locale: 'en', questionIds, ...extra } });
  expect(res.status, res.text).toBe(201);
  return res.json as { code: string; teacherToken: string };
}

type View = { personal: boolean; questions: Array<{ id: string; prompt: string; options: Array<{ id: string; text: string }> }> };
const view = async (code: string, name?: string, lang = 'en') => {
  const res = await call(server.base, `/api/assignments/${code}?lang=${lang}${name === undefined ? '' : `&name=${encodeURIComponent(name)}`}`);
  expect(res.status, res.text).toBe(200);
  return { ...(res.json as View), text: res.text };
};
const submit = (code: string, name: string, answers: Record<string, unknown>) => call(server.base, `/api/assignments/${code}/submissions`, { body: { name, locale: 'en', answers } });
const dashboard = async (code: string, token: string) => (await call(server.base, `/api/assignments/${code}/dashboard`, { token })).json;
const sheet = (choices: Record<string, string>) => Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { type: 'single', choice }]));

/** Anything that would tell which option is right. */
const LEAKS = /"correct"|"right"|"why"|"notes"|"key"|"answer"/;

describe('generated questions', () => {
  it('are listed for scripted clients next to the practice bank, each id once', async () => {
    for (const lang of ['en', 'ko']) {
      const res = await call(server.base, `/api/questions?lang=${lang}`);
      expect(res.status).toBe(200);
      const list = res.json.questions as Array<{ id: string; mode: string; type: string; bank: string }>;
      expect(new Set(list.map((q) => q.id)).size).toBe(list.length);
      expect(list.filter((q) => q.bank === 'generated').map((q) => q.id).sort()).toEqual([...ALL].sort());
      expect(list.filter((q) => q.bank === 'practice').length).toBeGreaterThan(40);
      expect(list.find((q) => q.id === 'gen-bond-link-layer34')).toEqual({ id: 'gen-bond-link-layer34', mode: 'bond', type: 'single', bank: 'generated' });
    }
  });

  it('differ between two names, repeat for the same name (however it is typed), and need the name', async () => {
    const a = await create(ALL);
    const anon = await view(a.code);
    expect(anon.personal).toBe(true);
    expect(anon.questions).toEqual([]);
    const kim = await view(a.code, '김민준');
    const lee = await view(a.code, '이서연');
    expect(kim.questions.map((q) => q.id)).toEqual(ALL);
    const differing = kim.questions.filter((q, i) => q.prompt !== lee.questions[i]!.prompt);
    expect(differing.length).toBeGreaterThanOrEqual(ALL.length - 1);
    expect((await view(a.code, '  김민준 ')).questions).toEqual(kim.questions);
    const ko = await view(a.code, '김민준', 'ko');
    expect(ko.questions[0]!.prompt).toMatch(/[가-힣].*니까\?$/s);
    // A different assignment gives the same student other numbers.
    const b = await create(ALL);
    expect((await view(b.code, '김민준')).questions.map((q) => q.prompt)).not.toEqual(kim.questions.map((q) => q.prompt));
  });

  it('leave no key, right choice or per-option verdict in any answer before the assignment ends; the blank probe learns nothing', async () => {
    const a = await create(ALL);
    const own = await view(a.code, 'Jisoo Park');
    expect(own.text).not.toMatch(LEAKS);
    // The blank probe: a throwaway name submits nothing and reads the answer.
    const probe = await submit(a.code, 'throwaway', {});
    expect(probe.status, probe.text).toBe(201);
    expect(probe.json.submission.score).toBe(0);
    expect(probe.text).not.toMatch(LEAKS);
    // And its questions are not the real student's anyway.
    const probeView = await view(a.code, 'throwaway');
    expect(probeView.questions.filter((q, i) => q.prompt === own.questions[i]!.prompt).length).toBeLessThanOrEqual(1);
    const real = await submit(a.code, 'Jisoo Park', sheet(Object.fromEntries(own.questions.map((q) => [q.id, q.options[0]!.id]))));
    expect(real.status).toBe(201);
    expect(real.text).not.toMatch(LEAKS);
    const readBack = await call(server.base, `/api/assignments/${a.code}/submissions/${real.json.submission.id}?lang=en`, { token: real.json.token });
    expect(readBack.status).toBe(200);
    expect(readBack.text).not.toMatch(LEAKS);
    // Once the teacher closes it, the student's own read-back explains their variant.
    expect((await call(server.base, `/api/assignments/${a.code}`, { method: 'PATCH', body: { closed: true }, token: a.teacherToken })).status).toBe(200);
    const after = await call(server.base, `/api/assignments/${a.code}/submissions/${real.json.submission.id}?lang=en`, { token: real.json.token });
    expect(after.json.questions).toHaveLength(ALL.length);
    expect(after.json.questions[0].prompt).toBe(own.questions[0]!.prompt);
    expect(after.json.questions[0].notes.filter((n: { right: boolean }) => n.right)).toHaveLength(1);
  });

  it('show answers after submitting only when the teacher turns it on', async () => {
    const a = await create(ALL.slice(0, 2), { showExplanations: true });
    const own = await view(a.code, 'Mina');
    const res = await submit(a.code, 'Mina', sheet({ [own.questions[0]!.id]: own.questions[0]!.options[0]!.id }));
    expect(res.json.submission.questions).toHaveLength(2);
    expect(res.json.submission.questions[0].notes.filter((n: { right: boolean }) => n.right)).toHaveLength(1);
  });

  it('are graded on the server: a right sheet copied to other students scores no better than chance', async () => {
    const a = await create(ALL, { allowResubmit: true });
    const first = await submit(a.code, 'Source Student', {});
    expect(first.status).toBe(201);
    // The teacher's dashboard holds each student's own variant with the right choice marked.
    const dash = await dashboard(a.code, a.teacherToken);
    const variants = dash.submissions[0].variants as Record<string, { prompt: { en: string }; choices: Array<{ key: string; right: boolean }> }>;
    const rightSheet = sheet(Object.fromEntries(ALL.map((id) => [id, variants[id]!.choices.find((c) => c.right)!.key])));
    // That sheet is right for its own student: full marks when they resubmit it.
    const again = await call(server.base, `/api/assignments/${a.code}/submissions`, { body: { name: 'Source Student', locale: 'en', answers: rightSheet, token: first.json.token } });
    expect(again.status, again.text).toBe(200);
    expect(again.json.submission.score).toBe(ALL.length);
    const scores: number[] = [];
    for (let i = 1; i <= 30; i += 1) {
      const res = await submit(a.code, `Copier ${i}`, rightSheet);
      expect(res.status, res.text).toBe(201);
      scores.push(res.json.submission.score);
    }
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    // Four options each: chance is a quarter of the points (30 x 21 answers: 0.4 is far outside chance's spread); the copied key got all of them.
    expect(mean / ALL.length).toBeLessThan(0.4);
    // The dashboard counts per generator across everyone's variants, and shows each student's own.
    // The shared dashboard snapshot is rebuilt at most once a second: on a quiet machine the 30 copies
    // arrive within that second, so wait for the teacher's view to count them, as the page's poll would.
    const answered = async () => (await dashboard(a.code, a.teacherToken)).questions.find((q: { id: string }) => q.id === 'gen-bond-link-layer34').answered;
    await expect.poll(answered, { timeout: 10_000 }).toBe(31);
    const after = await dashboard(a.code, a.teacherToken);
    expect(after.generated).toEqual(ALL);
    const row = after.questions.find((q: { id: string }) => q.id === 'gen-bond-link-layer34');
    expect(row.answered).toBe(31);
    expect(row.correct).toBeGreaterThan(0);
    expect(row.correct).toBeLessThan(31);
    expect(after.submissions[1].variants['gen-bond-link-layer34'].prompt.en).not.toBe(variants['gen-bond-link-layer34']!.prompt.en);
  });

  it('a practice-only assignment still answers without a name, and mixing both works', async () => {
    const list = (await call(server.base, '/api/questions?lang=en')).json.questions as Array<{ id: string; bank: string; type: string }>;
    const practice = list.find((q) => q.bank === 'practice' && q.type === 'single')!;
    const p = await create([practice.id]);
    const plain = await view(p.code);
    expect(plain.personal).toBe(false);
    expect(plain.questions.map((q) => q.id)).toEqual([practice.id]);
    const mixed = await create([practice.id, 'gen-nat-port-forward']);
    expect((await view(mixed.code)).questions).toEqual([]);
    expect((await view(mixed.code, 'Ana')).questions.map((q) => q.id)).toEqual([practice.id, 'gen-nat-port-forward']);
    const csv = await call(server.base, `/api/assignments/${mixed.code}/export.csv?lang=en`, { token: mixed.teacherToken });
    expect(csv.status).toBe(200);
  });
});
