import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { MAX_CONFIG_CHARS } from '../../src/quiz/fix/limits.ts';
import type { Question } from '../../src/quiz/schema.ts';
import { teacherStrings } from '../../src/widgets/teacher/strings.ts';

type Single = Extract<Question, { type: 'single' }>;
const bank = loadBank();
const q1 = bank.questions.get('bridge-what-is') as Single;
const q2 = bank.questions.get('bridge-guest-on-lan') as Single;
const rightOf = (q: Single) => q.options.find((o) => o.correct)!;

/** Creates an assignment through the API (the e2e server runs without the create limit). */
async function createAssignment(request: APIRequestContext, data: Record<string, unknown>): Promise<{ code: string; teacherToken: string }> {
  const res = await request.post('/api/assignments', { data });
  expect(res.status()).toBe(201);
  return res.json();
}

test('on a phone every question\'s prompt sits inside its box, none is drawn through by the border', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { code } = await createAssignment(page.request, { title: 'Phone', locale: 'ko', questionIds: [q1.id, q2.id] });
  await page.goto(`/ko/join/${code}/`);
  await expect(page.getByLabel(teacherStrings.ko.nameLabel, { exact: true })).toBeEnabled();
  const boxes = await page.locator('fieldset[data-question]').evaluateAll((sets) =>
    sets.map((f) => {
      const legend = f.querySelector('legend')!.getBoundingClientRect();
      return { text: f.querySelector('legend')!.textContent, legendTop: legend.top, boxTop: f.getBoundingClientRect().top + parseFloat(getComputedStyle(f).borderTopWidth) };
    }),
  );
  expect(boxes).toHaveLength(2);
  for (const b of boxes) expect(b.legendTop, b.text ?? '').toBeGreaterThanOrEqual(b.boxTop);
});

test('on a shared computer the next student can throw away the unsent draft they find, by keyboard', async ({ page }) => {
  const { code } = await createAssignment(page.request, { title: 'Shared computer', locale: 'en', questionIds: [q1.id] });
  const t = teacherStrings.en;
  await page.goto(`/en/join/${code}/`);
  const name = page.getByLabel(t.nameLabel, { exact: true });
  await expect(name).toBeEnabled();
  await name.fill('Previous student');
  await expect.poll(() => page.evaluate((c) => localStorage.getItem(`netmodes.assignment-draft.v1.${c}`), code)).toContain('Previous student');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: t.draftRestored })).toBeVisible();
  const discard = page.getByRole('button', { name: t.discardDraft });
  await discard.focus();
  await discard.press('Enter');
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: t.draftRestored })).toHaveCount(0);
  await page.reload();
  await expect(name).toBeEnabled();
  await expect(name).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: t.draftRestored })).toHaveCount(0);
});

test('a student\'s unsent answers survive a reload, hold no answer key, are forgotten once submitted, and "change my answers" starts from what was sent', async ({ page }) => {
  test.setTimeout(60_000);
  const { code } = await createAssignment(page.request, { title: 'Drafts', locale: 'en', questionIds: [q1.id, q2.id], allowResubmit: true });
  const key = `netmodes.assignment-draft.v1.${code}`;
  const t = teacherStrings.ko;
  await page.goto(`/ko/join/${code}/`);
  const name = page.getByLabel('이름', { exact: true });
  await expect(name).toBeEnabled();
  await name.fill('최지우');
  await page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).ko.text, { exact: true }).check();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain(q1.id);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!);
  // What the student typed and chose, nothing else: no key, no score.
  expect(stored).toEqual({ v: 1, name: '최지우', answers: { [q1.id]: { type: 'single', choice: rightOf(q1).id } } });

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: t.draftRestored })).toBeVisible();
  await expect(name).toHaveValue('최지우');
  await expect(page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).ko.text, { exact: true })).toBeChecked();

  await page.locator(`fieldset[data-question="${q2.id}"]`).getByLabel(rightOf(q2).ko.text, { exact: true }).check();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByTestId('score')).toHaveText(t.score(2, 2), { timeout: 15_000 });
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();

  await page.reload();
  await expect(page.getByTestId('score')).toHaveText(t.score(2, 2));
  // Showing the result again keeps no draft (the name alone used to be saved while the receipt was
  // being looked up, and the next reload then said unsent answers were restored). The score is drawn
  // once the lookup answered; two frames later every effect of that render has run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await page.reload();
  await expect(page.getByTestId('score')).toHaveText(t.score(2, 2));
  await page.getByRole('button', { name: t.resubmit }).click();
  await expect(page.getByRole('status').filter({ hasText: t.draftRestored })).toHaveCount(0);
  await expect(page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).ko.text, { exact: true })).toBeChecked();
  await expect(page.locator(`fieldset[data-question="${q2.id}"]`).getByLabel(rightOf(q2).ko.text, { exact: true })).toBeChecked();
  await expect(name).toHaveValue('최지우');
});

test('a fix-the-config answer longer than a submission may carry is caught before sending, naming the question, and the draft survives a reload', async ({ page }) => {
  test.setTimeout(60_000);
  const fix = bank.questions.get('bridge-fix-ports')!;
  const { code } = await createAssignment(page.request, { title: 'Long file', locale: 'en', questionIds: [q1.id, fix.id] });
  const t = teacherStrings.en;
  await page.goto(`/en/join/${code}/`);
  const name = page.getByLabel(t.nameLabel, { exact: true });
  await expect(name).toBeEnabled();
  await name.fill('Mina');
  await page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).en.text, { exact: true }).check();
  await page.locator(`fieldset[data-question="${fix.id}"] textarea`).fill('#'.repeat(MAX_CONFIG_CHARS + 1));
  let posted = 0;
  page.on('request', (r) => void (r.method() === 'POST' && r.url().includes('/submissions') && (posted += 1)));
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.locator('form.nm-teach [role=alert]')).toHaveText(t.fixTooLong(2));
  expect(posted).toBe(0);
  await page.reload();
  await expect(name).toHaveValue('Mina');
  await expect(page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).en.text, { exact: true })).toBeChecked();
  await expect(page.locator(`fieldset[data-question="${fix.id}"] textarea`)).toHaveValue('#'.repeat(MAX_CONFIG_CHARS + 1));
});

test('on a shared computer the next student can answer as themselves: the earlier submission stays, under its own name', async ({ page }) => {
  test.setTimeout(60_000);
  const { code, teacherToken } = await createAssignment(page.request, { title: 'Shared', locale: 'en', questionIds: [q1.id], allowResubmit: true });
  const t = teacherStrings.en;
  await page.goto(`/en/join/${code}/`);
  const name = page.getByLabel(t.nameLabel, { exact: true });
  await expect(name).toBeEnabled();
  await name.fill('Alice');
  await page.locator(`fieldset[data-question="${q1.id}"]`).getByLabel(rightOf(q1).en.text, { exact: true }).check();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByTestId('score')).toHaveText(t.score(1, 1), { timeout: 15_000 });

  // The next student on this computer opens the same link: Alice's result, and a way out of it.
  await page.reload();
  await expect(page.getByTestId('score')).toHaveText(t.score(1, 1));
  await page.getByRole('button', { name: t.notMe('Alice') }).click();
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await expect(page.locator(`fieldset[data-question="${q1.id}"] input:checked`)).toHaveCount(0);
  await name.fill('Bob');
  await page.locator(`fieldset[data-question="${q1.id}"] input`).first().check();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByTestId('score')).toBeVisible({ timeout: 15_000 });

  const dashboard = await page.request.get(`/api/assignments/${code}/dashboard`, { headers: { authorization: `Bearer ${teacherToken}` } });
  const names = ((await dashboard.json()).submissions as Array<{ name: string }>).map((s) => s.name).sort();
  expect(names).toEqual(['Alice', 'Bob']);
});

async function expectKept(page: Page, text: string) {
  const alert = page.getByTestId('action-error');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toHaveText(text);
  // Still there after the dashboard's next live refresh (every 4 s), which clears its own errors: the
  // live status names the time of the last refresh, so a new time means a refresh was drawn.
  const status = page.getByTestId('live-status');
  const before = (await status.textContent()) ?? '';
  await expect(status).not.toHaveText(before, { timeout: 15_000 });
  await expect(alert).toHaveText(text);
}

test('a failed CSV download or close on the dashboard says what happened, in an alert that outlives the live refresh', async ({ page }) => {
  test.setTimeout(90_000);
  const { code, teacherToken } = await createAssignment(page.request, { title: 'CSV', locale: 'ko', questionIds: [q1.id] });
  let csv: 'abort' | 500 | 404 = 'abort';
  await page.route('**/export.csv*', (route) =>
    csv === 'abort'
      ? route.abort('internetdisconnected')
      : route.fulfill({ status: csv, contentType: 'application/json', body: JSON.stringify({ error: { code: csv === 404 ? 'not_found' : 'internal', message: 'x' } }) }),
  );
  // A proxy's HTML error page where the API's JSON should be.
  await page.route(`**/api/assignments/${code}`, (route) =>
    route.request().method() === 'PATCH' ? route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }) : route.continue(),
  );
  for (const lang of ['ko', 'en'] as const) {
    const t = teacherStrings[lang];
    await page.goto(`/${lang}/teach/${code}/#t=${teacherToken}`);
    await expect(page.getByTestId('assignment-title')).toHaveText('CSV');
    for (const [answer, failure] of [['abort', 'network'], [500, 'server'], [404, 'link']] as const) {
      csv = answer;
      await page.getByRole('button', { name: t.downloadCsv }).click();
      await expect(page.getByTestId('action-error')).toHaveText(t.csvFailed(failure));
    }
    await expectKept(page, t.csvFailed('link'));
    await page.getByRole('button', { name: t.close }).click();
    await expectKept(page, t.errors.internal!);
  }
});

test('the assignment form and then the private teacher link survive a reload of the tab', async ({ page }) => {
  test.setTimeout(60_000);
  const t = teacherStrings.en;
  await page.goto('/en/teach/');
  await page.getByLabel(t.titleLabel).fill('Kept across reloads');
  await page.locator(`input[type="checkbox"][value="${q1.id}"]`).check();
  await page.reload();
  await expect(page.getByLabel(t.titleLabel)).toHaveValue('Kept across reloads');
  await expect(page.locator(`input[type="checkbox"][value="${q1.id}"]`)).toBeChecked();
  await page.getByRole('button', { name: t.createButton }).click();
  const teacherUrl = await page.getByTestId('teacher-url').inputValue();
  await page.reload();
  // Shown only once by the server, but this tab still holds it: an accidental reload loses nothing.
  await expect(page.getByTestId('teacher-url')).toHaveValue(teacherUrl);
  await page.getByRole('button', { name: t.anotherAssignment }).click();
  await page.getByRole('button', { name: t.anotherYes }).click();
  await page.reload();
  await expect(page.getByLabel(t.titleLabel)).toHaveValue('');
  await expect(page.getByTestId('teacher-url')).toHaveCount(0);
});
