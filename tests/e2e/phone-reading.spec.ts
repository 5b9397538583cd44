/**
 * What a phone reader gets from diagrams and wide tables (360 px): diagram text they can read without
 * zooming, and tables and diagrams that say they scroll sideways until the reader has scrolled them.
 */
import { axe } from './axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages } from './pages';

const PHONE = { width: 360, height: 800 };
/** 75% of the 16 px body text. */
const MIN_TEXT_PX = 12;
const HINT = { en: /scroll the (table|diagram) sideways/, ko: /옆으로 밀어 보세요/ };

const pages = builtPages().filter((p) => /^\/(en|ko)\/(lessons|labs|course)\//.test(p));

/** The smallest size, in screen pixels, at which any text of a drawn diagram appears. */
function smallestTextPx(figure: Locator): Promise<number> {
  return figure.evaluate((fig) => {
    const svg = fig.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    let min = Infinity;
    for (const el of svg.querySelectorAll('text, foreignObject div, foreignObject span, foreignObject p')) {
      if (!el.textContent?.trim()) continue;
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * scale);
    }
    return min;
  });
}

/** Scrolls a box sideways to its end, as a swipe would. */
async function swipeToEnd(box: Locator): Promise<void> {
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
}

async function hintOf(box: Locator): Promise<Locator> {
  // The hint sits right above the box it describes.
  return box.locator('xpath=preceding-sibling::*[1][contains(@class, "nm-scroll-hint")]');
}

async function checkWideBox(page: Page, box: Locator, lang: 'en' | 'ko'): Promise<void> {
  const hint = await hintOf(box);
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(HINT[lang]);
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box).toHaveAttribute('data-overflow', 'start');
  await swipeToEnd(box);
  await expect(box).toHaveAttribute('data-overflow', 'end');
  await expect(hint).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/**
 * axe over what drawing the diagrams and showing the hints adds: the diagrams, the hints and the boxes
 * that scroll. The rest of each page is checked at 360 px in site.spec, and a whole-page run here
 * took seconds per lesson for nothing new.
 */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await axe(page).include('.nm-mermaid').include('.nm-scroll-hint').include('.sl-markdown-content table').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const path of pages) {
  const lang = path.startsWith('/ko/') ? 'ko' : 'en';
  test(`${path} at 360 px: diagram text is at least ${MIN_TEXT_PX} px, wide tables and diagrams show that they scroll`, async ({ page }) => {
    // A lesson draws up to three diagrams, one after another (mermaid is global), on a shared machine.
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const figures = page.locator('.nm-mermaid');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await expect(figures.nth(i)).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
    }
    // Drawn, with their hints showing: what a reader sees must pass axe too (contrast, focusable scrollers).
    // A page with neither diagram nor hint looks as site.spec's 360 px axe check already saw it.
    if (count > 0 || (await page.locator('.nm-scroll-hint:not([hidden])').count()) > 0) await expectNoAxeViolations(page);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      expect(await smallestTextPx(figure), `diagram ${i + 1} on ${path}`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.05);
      const canvas = figure.locator('.nm-mermaid-canvas');
      if (await canvas.evaluate((el) => el.scrollWidth > el.clientWidth + 1)) await checkWideBox(page, canvas, lang);
      else await expect(await hintOf(canvas)).toBeHidden();
    }
    const tables = page.locator('.sl-markdown-content table:not(astro-island table):not(.not-content table)');
    for (let i = 0; i < (await tables.count()); i++) {
      const table = tables.nth(i);
      await table.scrollIntoViewIfNeeded();
      if (!(await table.evaluate((el) => el.scrollWidth > el.clientWidth + 1))) {
        await expect(await hintOf(table)).toBeHidden();
        continue;
      }
      // The first column names the row: it stays in view while the rest scrolls under it.
      const firstCell = table.locator('tbody tr:first-child > :first-child');
      const before = (await firstCell.boundingBox())!.x;
      await checkWideBox(page, table, lang);
      expect((await firstCell.boundingBox())!.x).toBeCloseTo(before, 0);
    }
  });
}

test('on a wide screen a diagram that fits is drawn whole, and tables that fit say nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/lessons/routed-vs-nat/');
  const figure = page.locator('.nm-mermaid').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  expect(await smallestTextPx(figure)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  await expect(figure.locator('.nm-mermaid-canvas')).toHaveAttribute('data-overflow', 'none');
  const table = page.locator('.sl-markdown-content table').first();
  await table.scrollIntoViewIfNeeded();
  await expect(table).toHaveAttribute('data-overflow', 'none');
  await expect(table).not.toHaveAttribute('tabindex');
  await expect(page.locator('.nm-scroll-hint:visible')).toHaveCount(0);
});

test('a phone turned sideways redraws a diagram for the wider column', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/en/lessons/routed/');
  const figure = page.locator('.nm-mermaid').nth(1);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  const narrow = Number(await figure.getAttribute('data-drawn-width'));
  await page.setViewportSize({ width: 800, height: 360 });
  await expect.poll(async () => Number(await figure.getAttribute('data-drawn-width')), { timeout: 20_000 }).toBeGreaterThan(narrow + 48);
  expect(await smallestTextPx(figure)).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.05);
});

test('in dark mode the drawn diagrams and their hints pass axe on a phone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  for (const path of ['/ko/lessons/routed/', '/en/lessons/bond/']) {
    await page.goto(path);
    const figures = page.locator('.nm-mermaid');
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await expect(figures.nth(i)).toHaveAttribute('data-drawn-theme', 'dark', { timeout: 20_000 });
    }
    await expect(page.locator('.nm-scroll-hint:visible').first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
