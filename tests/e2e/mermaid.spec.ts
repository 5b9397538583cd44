import { test, expect } from '@playwright/test';

// The overview lesson carries diagrams; the home page has none.
const withDiagram = '/en/lessons/overview/';
const mermaidChunk = /\/_astro\/mermaid\.core\.[^/]+\.js$/;

test('pages without a diagram never load mermaid', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (mermaidChunk.test(new URL(r.url()).pathname)) loaded.push(r.url());
  });
  await page.goto('/en/');
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
});

test('switching themes while a diagram is being drawn still ends in the theme the reader chose', async ({ page }) => {
  await page.goto(withDiagram);
  const figure = page.locator('.nm-mermaid').first();
  const select = page.locator('starlight-theme-select select').first();
  await figure.scrollIntoViewIfNeeded();
  // Switch back and forth while mermaid loads and draws, ending on dark.
  for (const theme of ['dark', 'light', 'dark', 'light', 'dark']) {
    await select.selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(figure).toHaveAttribute('data-drawn-theme', 'dark', { timeout: 15_000 });
  await select.selectOption('light');
  await expect(figure).toHaveAttribute('data-drawn-theme', 'light');
});

test('a diagram is drawn once it scrolls into view, and redrawn for the other theme', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (mermaidChunk.test(new URL(r.url()).pathname)) loaded.push(r.url());
  });
  await page.goto(withDiagram);
  const figure = page.locator('.nm-mermaid').first();
  await expect(figure.locator('[role="img"]')).toHaveAttribute('aria-label', /.+/);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
  expect(loaded.length).toBe(1);
  // Each drawing gets a fresh element id, which mermaid repeats through the SVG's styles: leave it out so
  // only a change of colours counts as redrawn for the other theme.
  const drawing = async () => (await figure.locator('svg').first().innerHTML()).replace(/nm-mermaid-\d+/g, 'nm-mermaid');
  const before = await drawing();
  await page.locator('starlight-theme-select select').first().selectOption(
    (await page.locator('html').getAttribute('data-theme')) === 'dark' ? 'light' : 'dark',
  );
  await expect.poll(drawing).not.toBe(before);
  await expect(figure).toHaveAttribute('data-rendered', 'true');
});

test('a diagram that cannot be drawn shows its source and a message', async ({ page }) => {
  await page.route(mermaidChunk, (route) => route.abort());
  await page.goto(withDiagram);
  const figure = page.locator('.nm-mermaid').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-rendered', 'error', { timeout: 15_000 });
  await expect(figure.locator('.nm-mermaid-error')).toBeVisible();
  await expect(figure.locator('.nm-mermaid-source')).toContainText(/\w+/);
  // The rest of the page still works.
  await expect(page.locator('h1')).toBeVisible();
});
