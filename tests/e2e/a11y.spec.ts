import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
const lessonsAndHomes = pages.filter((p) => /^\/(en|ko)\/(lessons\/[^/]+\/)?$/.test(p));
// The address the build was made for (astro.config.mjs reads the same variable).
const site = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');

test('every page has a title, description, canonical URL, hreflang alternates and Open Graph tags', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const other = path.startsWith('/en/') ? path.replace('/en/', '/ko/') : path.replace('/ko/', '/en/');
    expect(html, path).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{10,}"/);
    expect(html, path).toContain(`rel="canonical" href="${site}${path}"`);
    expect(html, path).toContain(`hreflang="${other.split('/')[1]}" href="${site}${other}"`);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta property="og:description" content="[^"]+"/);
  }
});

test('a sitemap lists every page', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of pages) expect(sitemap).toContain(path);
});

for (const path of lessonsAndHomes) {
  test(`${path}: keyboard alone reaches every control with a visible focus and no trap`, async ({ page }) => {
    await page.goto(path);
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
          (el) => el.offsetParent !== null && !el.closest('[inert]') && getComputedStyle(el).visibility !== 'hidden',
        ).length,
    );
    const seen = new Set<string>();
    let repeatsInARow = 0;
    let last = '';
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as (HTMLElement | SVGElement) | null;
        if (!el || el === document.body) return { key: 'body', visible: true };
        // What focus changes on screen: the element's outline and shadow, and for SVG controls the
        // strokes of their shapes. Compare focused against blurred, so any visible indicator counts.
        const look = () =>
          [el, ...el.querySelectorAll('*')]
            .slice(0, 20)
            .map((node) => {
              const s = getComputedStyle(node);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth, s.strokeOpacity, s.backgroundColor, s.borderColor].join();
            })
            .join('|');
        const focused = look();
        el.blur();
        const blurred = look();
        el.focus();
        const rect = el.getBoundingClientRect();
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        const key = `${el.tagName}|${el.id}|${el.getAttribute('href') ?? ''}|${label}|${Math.round(rect.top + scrollY)}|${Math.round(rect.left)}`;
        return { key, visible: focused !== blurred && (rect.width > 0 || rect.height > 0) };
      });
      expect(info.visible, `focus indicator on ${info.key}`).toBe(true);
      repeatsInARow = info.key === last ? repeatsInARow + 1 : 0;
      expect(repeatsInARow, `focus stuck on ${info.key}`).toBeLessThan(2);
      last = info.key;
      seen.add(info.key);
    }
    // Tabbing walked through the page rather than circling a few elements.
    expect(seen.size).toBeGreaterThanOrEqual(Math.min(focusable, 10));
  });
}

test('pages stay usable at 200% zoom (640 CSS px wide) and in forced colours', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of lessonsAndHomes) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expect(page.locator('h1').first()).toBeVisible();
  }
  await context.close();
});

test('reduced motion turns off animations and smooth scrolling', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(lessonsAndHomes[0]!);
  const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(behaviour).toBe('auto');
  await context.close();
});
