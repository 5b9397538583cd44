/** Small steps several end-to-end specs take the same way. */
import type { Locator, Page } from '@playwright/test';

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Opens a page, scrolls to the lab `selector` names and waits until every island on the page hydrated. */
export async function openLab(page: Page, path: string, selector = '.nm-lab'): Promise<Locator> {
  await page.goto(path);
  const lab = page.locator(selector).first();
  await lab.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island').length > 0 && !document.querySelector('astro-island[ssr]'));
  return lab;
}

/**
 * Brings every client:visible island into view, one at a time, and waits until it hydrated. A quick scroll
 * through the page is not enough on a busy machine: an island that passes the viewport between two frames
 * is never reported visible, just as a reader who never sees a widget never wakes it.
 */
export async function wakeEveryIsland(page: Page, timeout = 15_000): Promise<void> {
  for (;;) {
    // astro-island is display: contents; its first rendered child is what the reader sees.
    const island = await page.evaluateHandle(() => {
      const el = document.querySelector('astro-island[ssr]');
      (el?.firstElementChild ?? el)?.scrollIntoView({ block: 'center' });
      return el;
    });
    const element = island.asElement();
    if (!element) return;
    await page.waitForFunction((el) => !el.hasAttribute('ssr'), element, { timeout });
    await island.dispose();
  }
}

/** Waits until every finite CSS/Web animation on the page has finished (row highlights, packets moving). */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** Keyboard only: focus a control the way Tab would land on it, then press keys. */
export async function press(target: Locator, ...keys: string[]): Promise<void> {
  await target.focus();
  for (const k of keys) await target.press(k);
}
