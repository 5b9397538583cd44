// Teaching with it for a semester (issue 25): deadlines that bend, late work kept, the teacher link
// kept in "My assignments", duplicating, the picker, and the dashboard's answers and statistics.
import { test, expect, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import type { Question } from '../../src/quiz/schema.ts';
import { teacherStrings } from '../../src/widgets/teacher/strings.ts';

type Single = Extract<Question, { type: 'single' }>;
const bank = loadBank();
const q1 = bank.questions.get('bridge-what-is') as Single;
const q2 = bank.questions.get('bridge-guest-on-lan') as Single;
const rightOf = (q: Single) => q.options.find((o) => o.correct)!;
const wrongOf = (q: Single) => q.options.find((o) => !o.correct)!;

/** `dueInMs`: a due time that many ms after the server is ready (counted after the warm-up). */
async function create(page: Page, data: Record<string, unknown>, dueInMs?: number) {
  // The first API call opens the database and the grading set-up: not inside a due time's few seconds.
  await page.request.get('/api/assignments/ZZZZZZ');
  if (dueInMs !== undefined) data = { ...data, dueAt: new Date(Date.now() + dueInMs).toISOString() };
  const res = await page.request.post('/api/assignments', { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { code: string; teacherToken: string; teacherUrl: string };
}

/** This browser's datetime-local value for an instant (the dashboard's field is in local time). */
const localInput = (page: Page, ms: number) =>
  page.evaluate((at) => {
    const d = new Date(at);
    return new Date(at - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, ms);

for (const lang of ['ko', 'en'] as const) {
  const t = teacherStrings[lang];

  test(`${lang}: the teacher extends a passed due time from the dashboard and the waiting student submits; the late attempt was kept`, async ({ page, browser }) => {
    test.setTimeout(90_000);
    const { code, teacherToken } = await create(page, { title: `Late ${lang}`, locale: lang, questionIds: [q1.id, q2.id] }, 3000);
    await expect.poll(async () => (await (await page.request.get(`/api/assignments/${code}`)).json()).state, { timeout: 20_000 }).toBe('past-due');

    // The student arrives late: the form is still there, with what it means.
    const ctx = await browser.newContext();
    const student = await ctx.newPage();
    await student.goto(`/${lang}/join/${code}/`);
    await expect(student.getByTestId('late-notice')).toHaveText(t.lateFormNotice(false));
    await student.getByLabel(t.nameLabel, { exact: true }).fill('Minjun Late');
    await student.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1)[lang].text, { exact: true }).check();
    await student.getByRole('button', { name: t.sendLate }).click();
    await expect(student.getByTestId('late-kept')).toBeFocused();
    await expect(student.getByTestId('late-kept')).toContainText(lang === 'ko' ? '받아 줄 수 있습니다' : 'can still accept them');
    // Refused, but nothing is lost: the answer stays on screen, also after a reload.
    await student.reload();
    await expect(student.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1)[lang].text, { exact: true })).toBeChecked();
    await expect(student.getByTestId('late-kept')).toBeVisible();

    // The teacher sees the late attempt, then moves the due time an hour ahead.
    await page.goto(`/${lang}/teach/${code}/#t=${teacherToken}`);
    await expect(page.getByTestId('state')).toHaveText(t.statePastDue);
    await expect(page.getByTestId('late-attempts')).toContainText('Minjun Late');
    await page.getByLabel(t.dueEditLabel).fill(await localInput(page, Date.now() + 3_600_000));
    await page.getByRole('button', { name: t.saveDue }).click();
    await expect(page.getByTestId('state')).toHaveText(t.stateOpen);
    // The hidden status region says what the page says.
    await expect(page.getByTestId('announce')).toContainText(t.stateNow(t.stateOpen));

    // The waiting student submits (the page learns the new state on reload) and gets a result.
    await student.reload();
    await expect(student.getByTestId('late-notice')).toHaveCount(0);
    await student.getByRole('button', { name: t.submit }).click();
    await expect(student.getByTestId('score')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('submissions')).toContainText('Minjun Late', { timeout: 15_000 });
    // Their answers, question by question, are in the dashboard.
    await page.getByRole('button', { name: t.answersOf('Minjun Late') }).click();
    const answers = page.getByTestId('student-answers');
    await expect(answers.locator('li').nth(0)).toContainText(rightOf(q1)[lang].text);
    await expect(answers.locator('li').nth(0)).toContainText(t.markNames.right!);
    await expect(answers.locator('li').nth(1)).toContainText(t.markNames.unanswered!);
    await ctx.close();
  });

  test(`${lang}: "My assignments" survives closing the tab, links to the dashboard and can be emptied`, async ({ context }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`/${lang}/teach/`);
    await page.getByLabel(t.titleLabel).fill(`Kept ${lang}`);
    await page.locator(`input[type="checkbox"][value="${q1.id}"]`).check();
    await page.getByRole('button', { name: t.createButton }).click();
    const code = (await page.getByTestId('join-code').textContent())!.trim();
    // Another assignment is one confirmation away: the link is not shown again.
    await page.getByRole('button', { name: t.anotherAssignment }).click();
    await expect(page.getByRole('button', { name: t.anotherYes })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('teacher-url')).toBeVisible();
    await page.close();

    const again = await context.newPage();
    await again.goto(`/${lang}/teach/`);
    const list = again.getByTestId('my-assignments');
    // Listed once the island has read this browser's storage.
    await expect(list).toContainText(code, { timeout: 15_000 });
    await list.getByRole('link', { name: t.myOpen(`Kept ${lang}`) }).click();
    await expect(again.getByTestId('assignment-title')).toHaveText(`Kept ${lang}`);
    await again.goto(`/${lang}/teach/`);
    await again.getByRole('button', { name: t.myRemove(`Kept ${lang}`) }).click();
    await expect(again.getByTestId('my-assignments')).not.toContainText(code);
  });

  test(`${lang}: a duplicated assignment gets a new code with the same questions`, async ({ page }) => {
    const { code, teacherToken } = await create(page, { title: `Original ${lang}`, locale: lang, questionIds: [q1.id, q2.id], shuffle: true });
    await page.goto(`/${lang}/teach/${code}/#t=${teacherToken}`);
    await page.getByRole('button', { name: t.duplicate }).click();
    // Filled in once the builder island has hydrated and read the copy.
    await expect(page.getByLabel(t.titleLabel)).toHaveValue(t.copyTitle(`Original ${lang}`), { timeout: 15_000 });
    await expect(page.getByTestId('selected-count')).toHaveText(t.selectedCount(2));
    await page.getByRole('button', { name: t.createButton }).click();
    const copy = (await page.getByTestId('join-code').textContent())!.trim();
    expect(copy).not.toBe(code);
    const [a, b] = await Promise.all([code, copy].map(async (c) => (await (await page.request.get(`/api/assignments/${c}`)).json()) as { questions: Array<{ id: string }>; shuffle: boolean }));
    expect(b!.questions.map((q) => q.id).sort()).toEqual(a!.questions.map((q) => q.id).sort());
    expect(b!.shuffle).toBe(true);
  });
}

test('the picker: search and filters narrow the list, a preview marks the right answer, the count stays in view; an empty title is reported at the field', async ({ page }) => {
  test.setTimeout(60_000);
  const t = teacherStrings.en;
  await page.goto('/en/teach/');
  const total = await page.locator('input[type="checkbox"][value]').evaluateAll((els) => new Set(els.map((e) => (e as HTMLInputElement).value)).size);
  await expect(page.getByTestId('shown-count')).toHaveText(t.showing(total, total));
  await page.getByLabel(t.searchLabel).fill('vmbr0');
  await expect(page.getByTestId('shown-count')).not.toHaveText(t.showing(total, total));
  await page.getByLabel(t.searchLabel).fill('');
  await page.getByLabel(t.filterLesson, { exact: true }).selectOption('small-office');
  await expect(page.locator('fieldset[data-mode]')).toHaveCount(1);
  await expect(page.locator('fieldset[data-mode="small-office"]')).toBeVisible();
  await page.getByLabel(t.filterLesson, { exact: true }).selectOption('');
  // The final quiz's group holds the same questions as the final quiz page.
  const finalCount = bank.quizzes.get('final')!.questionIds.length;
  await expect(page.locator('fieldset[data-mode="final"] > div[data-question]')).toHaveCount(finalCount);
  // Preview of a question: its options, the right one marked.
  const row = page.locator(`div[data-question="${q1.id}"]`).first();
  await row.getByText(t.preview).click();
  await expect(row.locator('li[data-right="true"]')).toHaveText(new RegExp(rightOf(q1).en.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Picking far down the page: the count is still on screen.
  await page.locator('fieldset[data-mode="final"] input[type="checkbox"][value]').last().check();
  await expect(page.getByTestId('selected-count')).toBeInViewport();
  await expect(page.getByTestId('selected-count')).toHaveText(t.selectedCount(1));
  // Creating without a title: the teacher is taken to the title field, which says why.
  await page.getByRole('button', { name: t.createButton }).click();
  await expect(page.getByLabel(t.titleLabel)).toBeFocused();
  await expect(page.getByTestId('title-error')).toHaveText(t.needTitle);
  await expect(page.getByLabel(t.titleLabel)).toHaveAttribute('aria-invalid', 'true');
});

test('the dashboard shows per-question counts with numbers, sorts, opens a projector view and deletes the assignment after confirming', async ({ page }) => {
  test.setTimeout(60_000);
  const t = teacherStrings.en;
  const { code, teacherToken } = await create(page, { title: 'Stats', locale: 'en', questionIds: [q1.id, q2.id] });
  const send = (name: string, answers: Record<string, unknown>) => page.request.post(`/api/assignments/${code}/submissions`, { data: { name, locale: 'en', answers } });
  await send('Ana', { [q1.id]: { type: 'single', choice: rightOf(q1).id }, [q2.id]: { type: 'single', choice: wrongOf(q2).id } });
  await send('Bo', { [q1.id]: { type: 'single', choice: rightOf(q1).id } });
  await page.goto(`/en/teach/${code}/#t=${teacherToken}`);
  const perQ = page.getByTestId('per-question');
  const second = perQ.locator(`tr[data-question="${q2.id}"]`);
  await expect(second.locator('td').first()).toHaveText('Q2');
  await expect(second.getByTestId('unanswered')).toHaveText('1');
  await expect(second.locator('li[data-right="false"]', { hasText: wrongOf(q2).en.text })).toContainText('1');
  // Ana 1 of 2, Bo 1 of 2.
  await expect(page.getByTestId('summary')).toHaveText(t.summary('50%', '50%', 2));
  // Sorting by "Not answered", descending: Q2 first.
  await perQ.getByRole('button', { name: t.colUnanswered }).click();
  await perQ.getByRole('button', { name: t.colUnanswered }).click();
  await expect(perQ.locator('th', { has: page.getByRole('button', { name: t.colUnanswered }) })).toHaveAttribute('aria-sort', 'descending');
  await expect(perQ.locator('tbody tr').first()).toHaveAttribute('data-question', q2.id);
  // The projector view: the code in large type and the QR; Escape returns to the button.
  await page.getByRole('button', { name: t.projector }).click();
  const projector = page.getByTestId('projector');
  await expect(projector).toContainText(code);
  await expect(projector.getByRole('img', { name: t.qrLabel(code) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: t.projector })).toBeFocused();
  // Delete, confirmed.
  await page.getByRole('button', { name: t.deleteAssignment }).click();
  await expect(page.getByText(t.deleteAssignmentWarning(2))).toBeVisible();
  await page.getByRole('button', { name: t.confirmDeleteAssignment }).click();
  await expect(page.getByTestId('deleted')).toHaveText(t.assignmentDeleted);
  expect((await page.request.get(`/api/assignments/${code}`)).status()).toBe(404);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the dashboard at 360 px (${theme}) passes axe with answers open, and its tables are reachable by keyboard`, async ({ page }) => {
    test.setTimeout(120_000);
    const { code, teacherToken } = await create(page, { title: '휴대폰', locale: 'ko', questionIds: [q1.id, q2.id] }, 3000);
    await page.request.post(`/api/assignments/${code}/submissions`, { data: { name: '박서연', locale: 'ko', answers: { [q1.id]: { type: 'single', choice: wrongOf(q1).id } } } });
    await expect.poll(async () => (await (await page.request.get(`/api/assignments/${code}`)).json()).state, { timeout: 15_000 }).toBe('past-due');
    await page.request.post(`/api/assignments/${code}/submissions`, { data: { name: '늦은 학생', locale: 'ko', answers: {} } });
    await page.addInitScript((th) => localStorage.setItem('starlight-theme', th), theme);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/ko/teach/${code}/#t=${teacherToken}`);
    await expect(page.getByTestId('late-attempts')).toContainText('늦은 학생');
    await page.getByRole('button', { name: teacherStrings.ko.answersOf('박서연') }).click();
    const results = await axe(page).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each table that does not fit is a tab stop, and the arrow keys scroll it.
    for (const id of ['submissions', 'per-question']) {
      const wrap = page.getByTestId(id).locator('xpath=..');
      const scrolls = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      if (!scrolls) continue;
      await expect(wrap).toHaveAttribute('tabindex', '0');
      await wrap.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
  });
}
