import { test, expect } from '@playwright/test';
import { axe, THEME_RULES } from './axe.ts';
import { collectErrors, wakeEveryIsland } from './helpers.ts';
import { builtPages } from './pages';

const pages = builtPages();

test('the site has pages in both locales', () => {
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(1);
  expect(pages.filter((p) => p.startsWith('/ko/')).length).toBe(pages.filter((p) => p.startsWith('/en/')).length);
});

for (const locale of ['en', 'ko'] as const) {
  test(`${locale} home page loads without console errors and says what the course is`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('#course-map-title')).toBeVisible();
    await expect(page.getByRole('link', { name: locale === 'ko' ? '교강사용 안내' : 'For teachers' }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}

test('every page declares the language of its locale', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const lang = path.split('/')[1];
    expect(html, path).toContain(`<html lang="${lang}"`);
  }
});

test('/ redirects to Korean when the browser prefers Korean', async ({ request }) => {
  const ko = await request.get('/', { headers: { 'Accept-Language': 'ko-KR,ko;q=0.9,en-US;q=0.8' }, maxRedirects: 0 });
  expect(ko.status()).toBe(302);
  expect(ko.headers()['location']).toBe('/ko/');
  const en = await request.get('/', { headers: { 'Accept-Language': 'de-DE,en;q=0.5' }, maxRedirects: 0 });
  expect(en.headers()['location']).toBe('/en/');
  const enPreferred = await request.get('/', { headers: { 'Accept-Language': 'en-US,en;q=0.9,ko;q=0.8' }, maxRedirects: 0 });
  expect(enPreferred.headers()['location']).toBe('/en/');
});

test('/ in a Korean browser lands on the Korean home page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
  await context.close();
});

test('the language menu keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/course/teachers/');
  await page.locator('starlight-lang-select select').first().selectOption({ label: '한국어' });
  await expect(page).toHaveURL(/\/ko\/course\/teachers\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('on a phone the language link is visible and keeps the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/ko/course/teachers/');
  const link = page.locator('.mobile-lang a');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/en\/course\/teachers\/$/);
  await context.close();
});

test('dark mode chosen in the theme menu survives a reload', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

for (const [locale, word, expected] of [
  ['ko', '교강사', '/ko/'],
  ['en', 'teachers', '/en/'],
] as const) {
  test(`search finds "${word}" on ${locale} pages only`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill(word);
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(expected)).toBe(true);
  });
}

test('unknown pages get a 404 page in the reader language', async ({ page }) => {
  const ko = await page.goto('/ko/no-such-lesson/');
  expect(ko?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
  const en = await page.goto('/en/no-such-lesson/');
  expect(en?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('an address without a known language 404s in the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const response = await page.goto('/fr/whatever');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await context.close();
});

test('language redirects keep the query string and tell caches they depend on Accept-Language', async ({ request }) => {
  for (const [path, location] of [
    ['/?ref=mail', '/ko/?ref=mail'],
    ['/no-such-page?ref=mail', '/ko/no-such-page?ref=mail'],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Language': 'ko' }, maxRedirects: 0 });
    expect(response.status(), path).toBe(302);
    expect(response.headers()['location'], path).toBe(location);
    expect(response.headers()['vary'], path).toMatch(/accept-language/i);
  }
});

test.describe('every built page', () => {
  for (const path of pages) {
    test(`${path} fits a 360 px phone (before and after its widgets wake), keeps table words whole and passes axe there`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(path);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // A table column never shrinks below its longest word (Korean once broke one syllable per line).
      // Lesson tables only: widgets lay out their own tables (cards on a phone, addresses that may wrap).
      const brokenWords = await page.locator('.sl-markdown-content :is(td, th):not(:where(.not-content *, .nm-widget *))').evaluateAll((cells) => {
        const broken: string[] = [];
        for (const cell of cells) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // Hyphens, slashes, dots and brackets are ordinary break points; the pieces between them are not.
            for (const m of (node.textContent ?? '').matchAll(/[^\s\-/.:,()]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) broken.push(m[0]);
            }
          }
        }
        return broken;
      });
      expect(brokenWords).toEqual([]);
      // On a phone wide tables scroll inside the column; a scrolling box must be reachable by keyboard.
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Bring every client:visible island into view so it hydrates, then measure again.
      await wakeEveryIsland(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await context.close();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations in ${theme} mode`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // In dark mode only the colour rules can find something the light run did not (axe.ts).
        const results = await (theme === 'dark' ? axe(page).withRules(THEME_RULES) : axe(page)).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
});
