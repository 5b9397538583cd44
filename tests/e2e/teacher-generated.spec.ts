// Issue 18 in the browser: a teacher assigns generated questions, two students in two browsers get
// their own numbers, and the dashboard shows each one's variant and the per-generator results.
import { test, expect, type Browser } from '@playwright/test';
import { teacherStrings } from '../../src/widgets/teacher/strings.ts';
import { axe } from './axe.ts';

const GENERATED = ['gen-nat-port-forward', 'gen-bond-link-layer34'];

for (const lang of ['en', 'ko'] as const) {
  const t = teacherStrings[lang];

  async function student(browser: Browser, code: string, name: string) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`/${lang}/join/${code}/`);
    await expect(page.getByText(t.personalIntro)).toBeVisible();
    await page.getByLabel(t.nameLabel, { exact: true }).fill(name);
    await page.getByRole('button', { name: t.personalGet }).click();
    const first = page.locator(`fieldset[data-question="${GENERATED[0]}"]`);
    await expect(first).toBeVisible({ timeout: 15_000 });
    // The name is fixed to the questions made for it.
    await expect(page.getByLabel(t.nameLabel, { exact: true })).toHaveAttribute('readonly', '');
    const prompts: string[] = [];
    for (const id of GENERATED) {
      const fieldset = page.locator(`fieldset[data-question="${id}"]`);
      prompts.push((await fieldset.locator('legend').innerText()).trim());
      await fieldset.getByRole('radio').first().check();
    }
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page.getByTestId('score')).toBeVisible({ timeout: 15_000 });
    // No explanation or right/wrong per option before the assignment ends.
    await expect(page.getByText(t.previewRight, { exact: true })).toHaveCount(0);
    await ctx.close();
    return prompts;
  }

  test(`${lang}: generated questions, two students from two browsers, the dashboard shows each variant and per-generator results`, async ({ page, browser }) => {
    test.setTimeout(90_000);
    await page.goto(`/${lang}/teach/`);
    await page.getByLabel(t.titleLabel).fill(`Generated ${lang}`);
    // Practice questions alone get a notice: their answers are public in the lessons.
    const practice = page.locator('[data-bank="practice"]').first().locator('xpath=ancestor::label//input[@type="checkbox"]');
    await practice.check();
    await expect(page.getByTestId('practice-only')).toHaveText(t.practiceOnlyNotice);
    await practice.uncheck();
    for (const id of GENERATED) await page.locator(`input[type="checkbox"][value="${id}"]`).check();
    await expect(page.locator(`[data-question="${GENERATED[0]}"] [data-bank="generated"]`)).toHaveText(t.bankGenerated);
    await expect(page.locator('[data-bank="practice"]').first()).toHaveText(t.bankPractice);
    // Picking generated questions turns "show explanations" off, and says why.
    await expect(page.getByLabel(t.showExplanationsLabel)).not.toBeChecked();
    await expect(page.getByText(t.generatedExplanationsHint)).toBeVisible();
    await expect(page.getByTestId('practice-only')).toHaveCount(0);
    await page.getByRole('button', { name: t.createButton }).click();
    const code = (await page.getByTestId('join-code').textContent())!.trim();
    const teacherUrl = await page.getByTestId('teacher-url').inputValue();

    const first = await student(browser, code, lang === 'ko' ? '김민준' : 'Alex Kim');
    const second = await student(browser, code, lang === 'ko' ? '이서연' : 'Sam Lee');
    expect(first).not.toEqual(second);

    await page.goto(teacherUrl);
    const rows = page.getByTestId('submissions').locator('tbody tr');
    await expect(rows).toHaveCount(2, { timeout: 15_000 });
    for (const [name, prompts] of [
      [lang === 'ko' ? '김민준' : 'Alex Kim', first],
      [lang === 'ko' ? '이서연' : 'Sam Lee', second],
    ] as const) {
      await page.getByRole('button', { name: t.answersOf(name) }).click();
      const answers = page.getByRole('list', { name: t.answersOf(name) });
      const variants = answers.getByTestId('variant');
      await expect(variants).toHaveCount(GENERATED.length);
      await variants.first().getByText(t.variantOf(name)).click();
      // Their own prompt (the legend also carries "Question 1 of 2" above it).
      await expect(variants.first()).toContainText(prompts[0]!.split('\n').pop()!.slice(0, 40));
      await expect(variants.first().locator('[data-right="true"]')).toHaveCount(1);
      await expect(variants.first().locator('[data-picked="true"]')).toHaveCount(1);
    }
    // Per-generator statistics: both students counted on each generator's row.
    const stats = page.getByTestId('per-question');
    const outOfTwo = new RegExp(t.correctOf(9, 2).replace('9', '[012]'));
    for (const id of GENERATED) await expect(stats.locator(`tr[data-question="${id}"]`)).toContainText(outOfTwo);
    await expect(stats.locator(`tr[data-question="${GENERATED[0]}"] [data-testid="unanswered"]`)).toHaveText('0');
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`generated questions: the student's name step, their questions and the teacher's view of a variant pass axe (${theme}) and fit 360 px`, async ({ page }) => {
    test.setTimeout(120_000);
    const created = await page.request.post('/api/assignments', { data: { title: 'Axe generated', locale: 'ko', questionIds: GENERATED } });
    expect(created.status()).toBe(201);
    const { code, teacherToken } = await created.json();
    await page.request.post(`/api/assignments/${code}/submissions`, {
      data: { name: '박서연', locale: 'ko', answers: { [GENERATED[0]!]: { type: 'single', choice: 'b' } } },
    });
    await page.addInitScript((th) => localStorage.setItem('starlight-theme', th), theme);
    await page.setViewportSize({ width: 360, height: 740 });
    const check = async (where: string) => {
      const results = await axe(page).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
    };
    const ko = teacherStrings.ko;
    await page.goto(`/ko/join/${code}/`);
    await expect(page.getByText(ko.personalIntro)).toBeVisible();
    await check('name step');
    await page.getByLabel(ko.nameLabel, { exact: true }).fill('최유진');
    await page.getByRole('button', { name: ko.personalGet }).press('Enter');
    await expect(page.locator(`fieldset[data-question="${GENERATED[0]}"]`)).toBeVisible({ timeout: 15_000 });
    await check('questions');
    await page.goto(`/ko/teach/${code}/#t=${teacherToken}`);
    await page.getByRole('button', { name: ko.answersOf('박서연') }).click();
    await page.getByTestId('variant').first().getByText(ko.variantOf('박서연')).click();
    await expect(page.getByTestId('variant').first().locator('[data-right="true"]')).toBeVisible();
    await check('dashboard');
  });
}
