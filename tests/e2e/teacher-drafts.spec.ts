import { test, expect } from '@playwright/test';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import type { Question } from '../../src/quiz/schema.ts';
import { teacherStrings } from '../../src/widgets/teacher/strings.ts';

type Single = Extract<Question, { type: 'single' }>;
const bank = loadBank();
const q1 = bank.questions.get('bridge-what-is') as Single;
const q2 = bank.questions.get('bridge-guest-on-lan') as Single;
const rightOf = (q: Single) => q.options.find((o) => o.correct)!;

test('a student\'s unsent answers survive a reload, hold no answer key, and are forgotten once submitted', async ({ page }) => {
  const created = await page.request.post('/api/assignments', { data: { title: 'Drafts', locale: 'en', questionIds: [q1.id, q2.id] } });
  const { code } = await created.json();
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
});

for (const [lang, failure, answer] of [
  ['en', 'network', 'abort'],
  ['ko', 'server', 500],
  ['en', 'link', 404],
] as const) {
  test(`a failed CSV download says what happened (${failure}, ${lang}) in an alert`, async ({ page }) => {
    const created = await page.request.post('/api/assignments', { data: { title: 'CSV', locale: lang, questionIds: [q1.id] } });
    const { code, teacherToken } = await created.json();
    await page.route('**/export.csv*', (route) =>
      answer === 'abort'
        ? route.abort('internetdisconnected')
        : route.fulfill({ status: answer, contentType: 'application/json', body: JSON.stringify({ error: { code: answer === 404 ? 'not_found' : 'internal', message: 'x' } }) }),
    );
    await page.goto(`/${lang}/teach/${code}/#t=${teacherToken}`);
    await expect(page.getByTestId('assignment-title')).toHaveText('CSV');
    await page.getByRole('button', { name: teacherStrings[lang].downloadCsv }).click();
    const alert = page.getByTestId('csv-error');
    await expect(alert).toHaveText(teacherStrings[lang].csvFailed(failure));
    await expect(alert).toHaveAttribute('role', 'alert');
    // Still there after the dashboard's next live refresh (every 4 s), which clears its own errors.
    await page.waitForTimeout(4500);
    await expect(alert).toHaveText(teacherStrings[lang].csvFailed(failure));
  });
}
