import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { quizEn, type QuizStrings } from '../../src/widgets/quiz/strings.en.ts';
import { quizKo } from '../../src/widgets/quiz/strings.ko.ts';

type QuizLang = 'en' | 'ko';
const quizStrings: Record<QuizLang, QuizStrings> = { en: quizEn, ko: quizKo };

const PROGRESS_KEY = 'netmodes.progress.v1';

/** Waits until the quiz island has hydrated (Astro removes `ssr` from the island then). */
async function openQuiz(page: Page, lang: QuizLang) {
  await page.goto(`/${lang}/lessons/final-quiz/`);
  const island = page.locator('astro-island:has(.nmq)');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

async function active(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName ?? '',
      type: (a as HTMLInputElement | null)?.type ?? '',
      text: a?.textContent?.trim() ?? '',
      inQuiz: !!a?.closest('.nmq'),
      inCard: !!a?.closest('.nmq-card'),
      verdict: !!a?.classList.contains('nmq-verdict'),
    };
  });
}

/** Presses Tab until the focused element satisfies `done` (bounded, so a focus trap fails the test). */
async function tabUntil(page: Page, done: (a: Awaited<ReturnType<typeof active>>) => boolean, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    if (done(await active(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached the target: ${JSON.stringify(await active(page))}`);
}

/** Answers the question shown (one-at-a-time view) with the keyboard only, then checks it. */
async function answerCurrent(page: Page, t: QuizStrings) {
  for (let i = 0; i < 60; i += 1) {
    const a = await active(page);
    if (a.verdict) return;
    if (a.tag === 'BUTTON' && (a.text === t.check || a.text === t.fixSolution)) {
      await page.keyboard.press('Enter');
      continue;
    }
    if (a.tag === 'INPUT' && (a.type === 'radio' || a.type === 'checkbox')) await page.keyboard.press('Space');
    if (a.tag === 'SELECT') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  throw new Error('could not answer the question by keyboard');
}

for (const lang of ['en', 'ko'] as const) {
  const t = quizStrings[lang];

  test(`final quiz (${lang}): answered by keyboard only, feedback shown, score kept after reload`, async ({ page }) => {
    test.setTimeout(90_000);
    await openQuiz(page, lang);
    const total = await page.locator('.nmq-progress').textContent();
    const count = Number(/(\d+)\D*$/.exec(lang === 'en' ? total ?? '' : (total ?? '').replace(/문제 중.*/, ''))?.[1] ?? 0);
    expect(count).toBeGreaterThanOrEqual(15);

    // From the top of the page, Tab into the quiz and on to the first answer control.
    await tabUntil(page, (a) => a.inCard && ['INPUT', 'SELECT', 'TEXTAREA'].includes(a.tag));
    for (let n = 1; n <= count; n += 1) {
      await answerCurrent(page, t);
      const card = page.locator('.nmq-card');
      await expect(card.locator('.nmq-verdict')).toBeVisible();
      await expect(card).toContainText(t.questionOf(n, count));
      if (n === 1) await expect(card.getByRole('link', { name: t.readMore }).first()).toHaveAttribute('href', new RegExp(`^/${lang}/lessons/`));
      const target = n < count ? t.next : t.showResults;
      await tabUntil(page, (a) => a.tag === 'BUTTON' && a.text === target);
      await page.keyboard.press('Enter');
    }

    const results = page.locator('.nmq-results');
    await expect(results.getByRole('heading', { name: t.scoreTitle })).toBeFocused();
    const scoreText = (await results.locator('.nmq-score').textContent()) ?? '';
    expect(scoreText).toMatch(/\d/);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
    expect(stored.lessons['final-quiz'].quiz).toMatchObject({ total: count, attempts: 1 });

    await page.reload();
    await openQuiz(page, lang);
    await expect(page.locator('.nmq-last').first()).toContainText(lang === 'en' ? 'Last result' : '지난 결과');
    await expect(page.locator('.nmq-last').first()).toContainText(String(count));

    // The course map on the home page shows the final quiz as done.
    await page.goto(`/${lang}/`);
    await expect(page.locator('[data-status-for="final-quiz"]')).toHaveAttribute('data-status', 'done');
  });

  test(`final quiz (${lang}): corrupt stored progress shows a notice and the quiz still works`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"lessons":{"final-quiz":{"quiz":{"score":"many"'), PROGRESS_KEY);
    await openQuiz(page, lang);
    await expect(page.getByText(t.corruptNotice)).toBeVisible();
    const first = page.locator('.nmq-card');
    await first.locator('input, select').first().focus();
    await answerCurrent(page, t);
    await expect(first.locator('.nmq-verdict')).toBeVisible();
    // The unreadable text is kept aside, not destroyed.
    expect(await page.evaluate((key) => localStorage.getItem(`${key}.corrupt`), PROGRESS_KEY)).toContain('many');
  });
}

test('quiz view choice is remembered and the island fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openQuiz(page, 'en');
  const all = page.getByRole('button', { name: 'All questions' });
  await all.focus();
  await page.keyboard.press('Enter');
  await expect(all).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('.nmq-card').count()).toBeGreaterThanOrEqual(15);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.reload();
  await openQuiz(page, 'en');
  await expect(page.getByRole('button', { name: 'All questions' })).toHaveAttribute('aria-pressed', 'true');
});

test('fix-the-config: the kernel checker loads on demand and accepts the repaired file', async ({ page }) => {
  await openQuiz(page, 'en');
  await page.getByRole('button', { name: 'All questions' }).click();
  const card = page.locator('.nmq-card[data-question="nat-fix-masquerade"]');
  await card.getByRole('button', { name: 'Run the lab goal' }).click();
  await expect(card.getByText("The goal does not pass yet.")).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('no route matches the destination');
  const area = card.getByLabel('/etc/network/interfaces (editable)');
  const text = await area.inputValue();
  await area.fill(`${text.trimEnd()}\n        post-up   iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE\n`);
  await card.getByRole('button', { name: 'Run the lab goal' }).click();
  await expect(card.getByText('The goal passes on the simulated host.')).toBeVisible();
  await expect(card.locator('.nmq-verdict')).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`quiz with feedback showing has no axe violations in ${theme} mode`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await openQuiz(page, 'ko');
    await page.getByRole('button', { name: '모든 문제' }).click();
    // Leave a mix of states on the page: right, wrong, partly right, a nudge, unanswered.
    const cards = page.locator('.nmq-card');
    for (const i of [0, 2, 4]) {
      const card = cards.nth(i);
      const inputs = card.locator('input');
      for (let k = 0; k < (await inputs.count()); k += 1) await inputs.nth(k).check({ timeout: 1000 }).catch(() => undefined);
      await card.getByRole('button', { name: '정답 확인' }).click();
    }
    await cards.nth(1).getByRole('button', { name: '정답 확인' }).click();
    const results = await axe(page).include('.nmq').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
