import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages.ts';

/** Opens the search dialog on `path` and types `query`; resolves once Pagefind printed its summary. */
async function search(page: Page, path: string, query: string) {
  await page.goto(path);
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  const message = page.locator('#starlight__search .pagefind-ui__message');
  // Pagefind shows "Searching for ..." first; the summary is what the reader is left with. Loading the
  // index and its WebAssembly takes a while on a busy machine.
  await expect(message).not.toHaveText(/찾는 중|Searching/, { timeout: 30_000 });
  return message;
}

// Pagefind UI picks its own strings from <html lang>, but the build Starlight ships leaves that
// detection out, so Korean pages showed "18 results for 브리지": the strings come from
// src/content/i18n/ko.json through Search.astro's data-translations.
test('Korean search speaks Korean: summary, no-result message, clear and load-more buttons', async ({ page }) => {
  const message = await search(page, '/ko/lessons/bridge/', '브리지');
  await expect(message).toHaveText(/^‘브리지’ 검색 결과 \d+개$/);
  await expect(page.locator('#starlight__search .pagefind-ui__search-clear')).toHaveText('지우기');
  await expect(page.locator('#starlight__search .pagefind-ui__button')).toHaveText('결과 더 보기');
  await expect(page.locator('#starlight__search input')).toHaveAttribute('placeholder', '검색');
  await expect(page.locator('#starlight__search form[role="search"]')).toHaveAttribute('aria-label', '이 사이트 검색');

  await page.locator('#starlight__search input').fill('qqqzzz');
  await expect(message).toHaveText('‘qqqzzz’ 검색 결과가 없어요');
  const text = await page.locator('#starlight__search').innerText();
  expect(text).not.toMatch(/results|Clear|Load more/);
});

test('English search keeps its English strings', async ({ page }) => {
  const message = await search(page, '/en/lessons/bridge/', 'bridge');
  await expect(message).toHaveText(/^\d+ results for bridge$/);
  await expect(page.locator('#starlight__search .pagefind-ui__search-clear')).toHaveText('Clear');
});

/**
 * What a widget says (narration, topology descriptions, tables, quiz choices) is kept out of the index:
 * for every page with an island, the text Pagefind stored for that page contains none of the islands'
 * own sentences (text that also stands in the lesson outside the widget does not count).
 */
for (const locale of ['ko', 'en'] as const) {
  test(`search snippets never quote widget text (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = builtPages().filter((p: string) => p.startsWith(`/${locale}/`));
    let checkedIslands = 0;
    for (const path of pages) {
      await page.goto(path);
      const found = await page.evaluate(async () => {
        const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
        const islands = [...document.querySelectorAll('astro-island')];
        if (!islands.length) return { islands: 0, leaked: [] as string[] };
        // Text outside every island: a sentence the lesson itself says may be found by search.
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        main.querySelectorAll('astro-island').forEach((el) => el.remove());
        const outside = norm(main.textContent ?? '');
        const sentences = new Set<string>();
        for (const island of islands) {
          const walker = document.createTreeWalker(island, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const t = norm(n.textContent ?? '');
            if (t.length >= 16 && !outside.includes(t)) sentences.add(t);
          }
        }
        // @ts-expect-error: served by the build, not a module TypeScript knows.
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const title = norm(document.querySelector('h1')!.textContent ?? '');
        const results = await pagefind.search(title);
        let content = '';
        for (const r of results.results) {
          const data = await r.data();
          if (new URL(data.url, location.href).pathname === location.pathname) content = norm(data.content);
        }
        if (!content) throw new Error(`Pagefind has no entry for ${location.pathname}`);
        return { islands: islands.length, leaked: [...sentences].filter((s) => content.includes(s)) };
      });
      checkedIslands += found.islands;
      expect(found.leaked, `${path}: widget text in the search index`).toEqual([]);
    }
    // The check means something only if the course has widgets in this locale.
    expect(checkedIslands).toBeGreaterThan(5);
  });
}
