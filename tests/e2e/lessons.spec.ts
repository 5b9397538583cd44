import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

const lessons = builtPages().filter((p) => /^\/(en|ko)\/lessons\/[^/]+\/$/.test(p));

test('every lesson exists in both languages', () => {
  const en = lessons.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  const ko = lessons.filter((p) => p.startsWith('/ko/')).map((p) => p.slice(3));
  expect(en.length).toBeGreaterThanOrEqual(8);
  expect(ko).toEqual(en);
});

// `npm run test:quick` runs the @smoke tests: one lesson with a lab per locale.
const SMOKE = ['/en/lessons/bridge/', '/ko/lessons/bridge/'];

for (const path of lessons) {
  test(`${path} loads without console errors and its widgets come alive`, { tag: SMOKE.includes(path) ? ['@smoke'] : [] }, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(path);
    const islands = page.locator('astro-island');
    const count = await islands.count();
    // Every lesson ends with its quiz; most also carry a lab.
    expect(count).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i++) {
      const island = islands.nth(i);
      await island.scrollIntoViewIfNeeded();
      // Astro removes the `ssr` attribute once an island has hydrated.
      await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
    }
    // A hydrated island answers a keyboard user: its first control can take focus.
    const control = page.locator('astro-island button:not([disabled]), astro-island input, astro-island select').first();
    await control.focus();
    await expect(control).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}
