import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizEn, type QuizStrings } from '../../src/widgets/quiz/strings.en.ts';
import { quizKo } from '../../src/widgets/quiz/strings.ko.ts';

const t = quizEn;
const ATTEMPT_KEY = 'netmodes.quiz-attempt.v1.final-quiz';

async function openQuiz(page: Page, lang: 'en' | 'ko' = 'en') {
  await page.goto(`/${lang}/lessons/final-quiz/`);
  const island = page.locator('astro-island:has(.nmq)');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** Gives some answer to one card (any answer: the test is about keeping it, not about being right) and checks it. */
async function answerCard(card: Locator, strings: QuizStrings = t) {
  const solution = card.getByRole('button', { name: strings.fixSolution });
  if (await solution.count()) return solution.click();
  for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
  const groups = card.locator('.nmq-options');
  for (let i = 0; i < (await groups.count()); i += 1) await groups.nth(i).locator('input').first().check();
  await card.getByRole('button', { name: strings.check }).click();
  await expect(card.locator('.nmq-verdict')).toBeVisible();
}

const saved = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ATTEMPT_KEY);

test('an attempt in progress survives a reload, and the score at the end counts the answers given before it', async ({ page }) => {
  test.setTimeout(60_000);
  await openQuiz(page);
  await page.getByRole('button', { name: t.viewAll }).click();
  const cards = page.locator('.nmq-card');
  await answerCard(cards.nth(0));
  await answerCard(cards.nth(1));
  const ids = await Promise.all([0, 1].map((i) => cards.nth(i).getAttribute('data-question')));
  await expect.poll(async () => Object.keys((await saved(page))?.results ?? {}).sort()).toEqual([...ids].sort());
  const before = await saved(page);

  await page.reload();
  const island = page.locator('astro-island:has(.nmq)');
  await island.scrollIntoViewIfNeeded();
  await expect(page.getByText(t.resumed)).toBeVisible();
  await expect(page.getByRole('button', { name: t.viewAll })).toHaveAttribute('aria-pressed', 'true');
  for (const id of ids) await expect(page.locator(`.nmq-card[data-question="${id}"] .nmq-verdict`)).toBeVisible();

  // Answer the rest, then the score is the sum over every question, the first two included.
  const count = await cards.count();
  for (let i = 0; i < count; i += 1) {
    if (!(await cards.nth(i).locator('.nmq-verdict').count())) await answerCard(cards.nth(i));
  }
  // The last answer finished the attempt: its score is in the reader's progress and the attempt is cleared.
  await expect.poll(() => saved(page)).toBeNull();
  const quiz = await page.evaluate(() => JSON.parse(localStorage.getItem('netmodes.progress.v1') ?? 'null')?.lessons['final-quiz']?.quiz);
  expect(quiz).toMatchObject({ total: count, attempts: 1 });
  // The two answers given before the reload count: every point they earned is in the score.
  for (const id of ids) if ((before.best[id!] ?? 0) >= 1) expect(quiz.correct).toContain(id);
  await page.getByRole('button', { name: t.showResults }).click();
  await expect(page.locator('.nmq-score')).toHaveText(t.score(String(Math.round(quiz.score * 100) / 100), count));
});

test('a damaged saved attempt is discarded with a notice (Korean page) and the quiz works', async ({ page }) => {
  await page.goto('/ko/');
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"quiz":"final","attempt":'), ATTEMPT_KEY);
  await openQuiz(page, 'ko');
  await expect(page.getByText(quizKo.attemptLost)).toBeVisible();
  await page.getByRole('button', { name: quizKo.viewAll }).click();
  await answerCard(page.locator('.nmq-card').first(), quizKo);
  // What is answered now is kept again, as a fresh attempt.
  await expect.poll(async () => Object.keys((await saved(page))?.results ?? {}).length).toBe(1);
});
