/**
 * axe as every spec runs it. Two settings make a run on a long lesson take about half the time
 * without checking less (measured on /en/lessons/bond/: 13-14 s -> 8 s on a busy machine):
 * - legacy mode runs `axe.run` in the page itself (same-origin frames included, and our pages have
 *   none); the default mode opens an extra blank page per run only to merge frame results;
 * - only violations are collected: the passes' node lists, serialised back to the test, were most of
 *   a run's time, and no test reads them.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/**
 * The rules whose outcome depends on the colour theme. The dark-theme runs check these: every
 * other rule sees the same elements and attributes in both themes, and runs in the light one.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];
