/**
 * Offline reading (src/offline): after one visit the course works with the network off, in both
 * languages; teacher and student pages and the API are never cached; a new deploy replaces the cache.
 * The other specs block service workers (playwright.config.ts); these allow them.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { openLab, press, wakeEveryIsland } from './helpers.ts';
import { writeServiceWorker } from '../../src/offline/integration.ts';

test.use({ serviceWorkers: 'allow' });

const DIST = resolve(process.env.NETMODES_DIST ?? 'dist');

/** The title a built page shows, read from the build (so the test follows the lessons' wording). */
function titleOf(dist: string, path: string): string {
  const html = readFileSync(join(dist, 'client', path, 'index.html'), 'utf8');
  const raw = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  if (!raw) throw new Error(`no title in ${path}`);
  return raw.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * Waits until the service worker controls the page. `ready` resolves once a worker is active, and a
 * worker becomes active only after its install step stored the whole precache.
 */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every URL path the page's origin keeps in Cache Storage. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

const T = {
  en: { pingLan: 'VM 100 pings the laptop', oneReply: /1\/1 replies/, query: 'bridge', result: /^\d+ results for bridge$/ },
  ko: { pingLan: 'VM 100에서 노트북으로 ping', oneReply: /1개 중 1개 응답/, query: '브리지', result: /^‘브리지’ 검색 결과 \d+개$/ },
} as const;

for (const locale of ['ko', 'en'] as const) {
  test(`after one visit, lessons, a lab and search work with the network off (${locale})`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const t = T[locale];
    await page.goto(`/${locale}/`);
    await offlineReady(page);

    await context.setOffline(true);
    const failed: string[] = [];
    // net::ERR_ABORTED is a request cut short by leaving the page (a click on a search result), not a
    // file missing from the cache: those fail with ERR_INTERNET_DISCONNECTED or ERR_FAILED.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });

    // Three lessons the reader never opened, their widgets and (bond) diagrams included.
    for (const slug of ['bridge', 'nat', 'bond']) {
      const path = `/${locale}/lessons/${slug}/`;
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1')).toHaveText(titleOf(DIST, path));
      await wakeEveryIsland(page);
    }
    const diagram = page.locator('.nm-mermaid').first();
    await diagram.scrollIntoViewIfNeeded();
    // Mermaid is the heaviest download of the course: give it time on a busy machine.
    await expect(diagram).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });

    // A lab: its island loads and the simulation runs a step.
    const lab = await openLab(page, `/${locale}/labs/bridge/`);
    await press(lab.getByRole('button', { name: t.pingLan }), 'Enter', 'End');
    await expect(lab.locator('.nm-results')).toContainText(t.oneReply);

    // Search: the index of this language answers, and a result opens.
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill(t.query);
    // Loading the index and the WebAssembly search takes a while on a busy machine.
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(t.result, { timeout: 30_000 });
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    const href = await first.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(href.startsWith(`/${locale}/`)).toBe(true);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}`));
    await expect(page.locator('h1')).toHaveText(titleOf(DIST, href));

    expect(failed).toEqual([]);
  });
}

test('teacher and student pages and the API are never cached', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/en/');
  await offlineReady(page);
  for (const path of ['/en/teach/', '/ko/join/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
  }
  const api = await page.evaluate(async () => (await fetch('/api/assignments/ZZZZZZ')).status);
  expect(api).toBeGreaterThanOrEqual(400);

  const cached = await cachedPaths(page);
  expect(cached).toContain('/en/lessons/nat/');
  expect(cached.filter((p) => /^\/api\/|^\/[^/]+\/(teach|join)\//.test(p))).toEqual([]);

  await context.setOffline(true);
  await expect(page.goto('/en/teach/')).rejects.toThrow(/net::ERR_/);
});

/** A free TCP port on localhost for a second server. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Serves the build in `dist` as `npm run serve` does; resolves once it listens. */
function serve(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: 'localhost', NETMODES_DIST: dist, NETMODES_DATA_DIR: join(dist, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => String(d).includes('is running') && done(child));
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });
}

test('a new deploy replaces the cached course: the new text online at once, and offline after the worker updated', async ({ browser }) => {
  test.setTimeout(180_000);
  // A deployment of its own: a copy of the build, served on another port, changed in place below.
  mkdirSync(resolve('.builds'), { recursive: true });
  const dist = mkdtempSync(resolve('.builds/offline-deploy-'));
  cpSync(DIST, dist, { recursive: true });
  const port = await freePort();
  const server = await serve(dist, port);
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const lesson = '/en/lessons/nat/';
    const before = titleOf(dist, lesson);
    await page.goto('/en/lessons/bridge/');
    await offlineReady(page);

    // Deploy: one lesson's text changes, and the build step writes the worker again.
    const file = join(dist, 'client', lesson, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1 id="_top"[^>]*>)([^<]*)/, '$1$2 (second edition)'));
    await writeServiceWorker(join(dist, 'client'));
    const after = `${before} (second edition)`;

    // Online, the reader gets the new text on the next visit, not the cached one.
    await page.goto(lesson);
    await expect(page.locator('h1')).toHaveText(after);

    // That visit made the browser fetch the new worker; wait until it took over and its precache has
    // the new page (and only it).
    const updated = () =>
      page.evaluate(
        async ({ path, text }) => {
          const reg = await navigator.serviceWorker.getRegistration();
          if (!reg || reg.installing || reg.waiting || reg.active?.state !== 'activated') return false;
          const copies: string[] = [];
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
              if (new URL(request.url).pathname === path) copies.push(await (await cache.match(request))!.text());
            }
          }
          return copies.length === 1 && copies[0]!.includes(text);
        },
        { path: lesson, text: '(second edition)' },
      );
    await expect.poll(updated, { timeout: 60_000 }).toBe(true);

    // Offline now: the cache answers with the new text, and the unchanged pages are still there.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(after);
    await page.goto('/en/lessons/bridge/');
    await expect(page.locator('h1')).toHaveText(titleOf(dist, '/en/lessons/bridge/'));
  } finally {
    await context?.close();
    server.kill();
    rmSync(dist, { recursive: true, force: true });
  }
});
