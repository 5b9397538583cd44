/**
 * Finding the way as a learner does: the whole course reached from the home page with only the
 * sidebar and the "Next" links, the same links in the phone menu, progress shown on the course map,
 * the language switch landing on the same section, and lab buttons that do not fire twice.
 */
import { expect, test, type Page } from '@playwright/test';
import { COURSE } from '../../src/course/outline.ts';
import { openLab } from './helpers.ts';

const LANGS = ['en', 'ko'] as const;
type Lang = (typeof LANGS)[number];

/** Every page of the course in course order, as the sidebar lists it. */
function coursePaths(lang: Lang): string[] {
  return COURSE.flatMap((unit) => [
    ...unit.pages.map((slug) => (slug === 'index' ? `/${lang}/` : `/${lang}/${slug}/`)),
    ...(unit.links ?? []).map((l) => `/${lang}${l.href}`),
  ]);
}

const sidebarLinks = (page: Page) =>
  page.locator('#starlight__sidebar .sidebar-content a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const lang of LANGS) {
  test(`the whole course is reached from the home page with the sidebar and "Next" links alone (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const expected = coursePaths(lang);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${lang}/`);
    // The sidebar lists every page in course order, in this language.
    expect(await sidebarLinks(page)).toEqual(expected);
    await expect(page.locator('#starlight__sidebar').getByRole('link', { name: lang === 'en' ? 'Glossary' : '용어집' })).toBeVisible();

    const visited = [new URL(page.url()).pathname];
    for (let i = 0; i < expected.length; i += 1) {
      const next = page.locator('.pagination-links a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL((url) => url.pathname !== visited.at(-1));
      const here = new URL(page.url()).pathname;
      visited.push(here);
      // "Previous" leads back the way the learner came.
      await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute('href', visited.at(-2)!);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    expect(visited).toEqual(expected);
  });

  test(`the phone menu at 360 px lists the same links (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/lessons/bridge/`);
    const menu = page.getByRole('navigation', { name: lang === 'en' ? 'Main' : '메인' }).locator('.sl-menu-button');
    await expect(menu).toBeVisible();
    await menu.click();
    // Starlight's phone menu is a popover holding the sidebar.
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    expect(await page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const expected = coursePaths(lang);
    expect(await sidebarLinks(page)).toEqual(expected);
    // The current page is marked, and a link far down the list can be reached and followed.
    await expect(page.locator(`#starlight__sidebar a[aria-current="page"]`)).toHaveAttribute('href', `/${lang}/lessons/bridge/`);
    const glossary = page.locator(`#starlight__sidebar a[href="/${lang}/course/glossary/"]`);
    await glossary.scrollIntoViewIfNeeded();
    await expect(glossary).toBeVisible();
    await glossary.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/course/glossary/$`));
  });
}

/** Answers every question of the quiz on the page in the "All questions" view (not necessarily right). */
async function answerWholeQuiz(page: Page, lang: Lang) {
  const quiz = page.locator('.nmq');
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(.nmq)')).not.toHaveAttribute('ssr', /.*/);
  await quiz.getByRole('button', { name: lang === 'en' ? 'All questions' : '모든 문제' }).click();
  const cards = quiz.locator('.nmq-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    const names = await card.locator('input[type="radio"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
    for (const name of names) await card.locator(`input[type="radio"][name="${name}"]`).first().check();
    if ((await card.locator('input[type="checkbox"]').count()) > 0) await card.locator('input[type="checkbox"]').first().check();
    for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
    await card.getByRole('button', { name: lang === 'en' ? 'Check answer' : '정답 확인' }).click();
    await expect(card.locator('.nmq-verdict')).toBeVisible();
  }
  return count;
}

for (const lang of LANGS) {
  test(`a lab goal and a quiz show on the course map after a reload, and the lab remembers the goal (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const lab = await openLab(page, `/${lang}/labs/bridge/`);
    await lab.locator('button[data-action="ping-lan"]').click();
    // Goals count what the reader has watched: jump to the end of the run.
    await lab.locator('.nm-narration').press('End');
    await expect(lab.locator('li[data-goal="reach"]')).toHaveAttribute('data-done', 'true');

    await page.goto(`/${lang}/lessons/overview/`);
    const count = await answerWholeQuiz(page, lang);
    // Answering the last question finished the attempt: no "See my score" press needed.
    await expect(page.locator('.nmq-saved')).toBeVisible();

    await page.goto(`/${lang}/`);
    await page.reload();
    const goals = page.locator('[data-lab-for="bridge"]');
    await expect(goals).toHaveAttribute('data-status', 'doing');
    // Pinging the laptop also shows the bridge learning its MAC: more than one goal may be met.
    await expect(goals).toHaveText(lang === 'en' ? /^[1-3] of 4 goals$/ : /^목표 4개 중 [1-3]개 달성$/);
    const quiz = page.locator('[data-quiz-for="overview"]');
    await expect(quiz).toHaveText(lang === 'en' ? new RegExp(`^Best [\\d.]+ of ${count} · last [\\d.]+$`) : new RegExp(`^최고 [\\d.]+점 · 최근 [\\d.]+점 \\(${count}점 만점\\)$`));
    await expect(page.locator('[data-status-for="overview"]')).toHaveAttribute('data-status', 'done');
    await expect(page.locator('[data-quiz-for="bridge"]')).toHaveText(lang === 'en' ? 'Not taken' : '풀기 전');

    // Reopened from the sidebar, the lab shows the goal met earlier instead of starting at zero.
    await page.locator(`#starlight__sidebar a[href="/${lang}/labs/bridge/"]`).click();
    const reopened = page.locator('.nm-lab').first();
    await reopened.scrollIntoViewIfNeeded();
    await expect(reopened.locator('li[data-goal="reach"]')).toHaveAttribute('data-earlier', 'true');
    await expect(reopened.locator('.nm-goals-progress')).toHaveText(lang === 'en' ? /^[1-3] of 4 goals reached$/ : /^목표 4개 중 [1-3]개 달성$/);
  });
}

test('a shared lab link shows the run, and marks a goal met only after the kernel re-checks it here', async ({ page }) => {
  // Someone else's link: their actions in the URL, nothing in this browser's progress.
  const lab = await openLab(page, '/en/labs/bridge/?bridge.a=ping-lan');
  await expect(lab.locator('li[data-goal="reach"]')).toHaveAttribute('data-done', 'false');
  expect(await page.evaluate(() => localStorage.getItem('netmodes.progress.v1') ?? '')).not.toContain('reach');
  // Watching the shared run to its end lets the kernel confirm the goal on this device.
  await lab.locator('.nm-narration').focus();
  await page.keyboard.press('End');
  await expect(lab.locator('li[data-goal="reach"]')).toHaveAttribute('data-done', 'true');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('netmodes.progress.v1') ?? '')).toContain('reach');
});

test.describe('keyboard: Enter on a lab action, then Space, runs the action once', () => {
  const labs = [
    { path: '/en/labs/bridge/', action: 'ping-lan', key: 'bridge.a' },
    { path: '/ko/labs/nat/', action: 'ping-out', key: 'nat.a' },
    { path: '/en/labs/mode-map/', action: 'ping', key: 'mode-map.a' },
    { path: '/ko/labs/routed-vs-nat/', action: 'out', key: 'rvn-routed.a' },
  ];
  for (const { path, action, key } of labs) {
    test(path, async ({ page }) => {
      const lab = await openLab(page, path);
      const button = lab.locator(`button[data-action="${action}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(action);
      // Focus moved to the narration of the run, where Space pauses as the shortcut line says.
      const narration = lab.locator('.nm-narration').first();
      await expect(narration).toBeFocused();
      await page.keyboard.press('Space');
      await expect(lab.locator('.nm-controls').first().getByRole('button', { name: /^(Play|재생)$/ })).toBeVisible();
      expect(new URL(page.url()).searchParams.get(key)).toBe(action);
    });
  }
});

test.describe('the language switch lands on the same section', () => {
  test('desktop menu, English to Korean', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/lessons/bond/');
    await page.locator('#the-bonding-modes').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('the-bonding-modes')!.scrollIntoView({ block: 'start' }));
    await page.locator('starlight-lang-select select').first().selectOption({ label: '한국어' });
    await page.waitForURL(/\/ko\/lessons\/bond\//);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#본딩-모드');
    await expect(page.locator('[id="본딩-모드"]')).toBeInViewport();
  });

  test('phone link, Korean to English, with the lab state kept', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/ko/lessons/bridge/?bridge.a=ping-lan');
    const heading = page.locator('.sl-markdown-content h2').nth(2);
    const koId = await heading.getAttribute('id');
    await page.evaluate((id) => document.getElementById(id!)!.scrollIntoView({ block: 'start' }), koId);
    await page.locator('a.lang-link[hreflang="en"]').click();
    await page.waitForURL(/\/en\/lessons\/bridge\//);
    const url = new URL(page.url());
    expect(url.searchParams.get('bridge.a')).toBe('ping-lan');
    const enId = await page.locator('.sl-markdown-content h2').nth(2).getAttribute('id');
    expect(url.hash).toBe(`#${enId}`);
    await expect(page.locator(`[id="${enId}"]`)).toBeInViewport();
  });
});
