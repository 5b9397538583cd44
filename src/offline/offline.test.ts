import { describe, expect, it } from 'vitest';
import { isOnlineOnly, pageKey } from './paths.ts';
import { precacheEntries, urlOf } from './precache-manifest.ts';
import { appManifest } from './app-manifest.ts';
import { LOCALES } from '../i18n/locales.ts';

const file = (path: string, text = path) => ({ path, content: new TextEncoder().encode(text) });

describe('isOnlineOnly: what the worker never caches', () => {
  it('is true for the teacher and student pages of any language and for the API', () => {
    for (const p of ['/en/teach/', '/ko/teach/AB12CD/', '/en/join', '/ko/join/AB12CD/', '/api/assignments', '/api/assignments/X/dashboard']) {
      expect(isOnlineOnly(p), p).toBe(true);
    }
  });
  it('is false for lessons, labs, the course tools and their files', () => {
    for (const p of ['/', '/en/', '/ko/lessons/bridge/', '/en/labs/teaching/', '/en/course/teachers/', '/_astro/api.js', '/pagefind/pagefind.js']) {
      expect(isOnlineOnly(p), p).toBe(false);
    }
  });
});

describe('pageKey: the precache address of a page', () => {
  it('adds the trailing slash the server does not require (trailingSlash: ignore)', () => {
    expect(pageKey('/en/labs/nat')).toBe('/en/labs/nat/');
    expect(pageKey('/en/labs/nat/')).toBe('/en/labs/nat/');
    expect(pageKey('/en/labs/nat/index.html')).toBe('/en/labs/nat/');
  });
  it('leaves files alone', () => {
    expect(pageKey('/favicon.svg')).toBe('/favicon.svg');
    expect(pageKey('/ko/manifest.webmanifest')).toBe('/ko/manifest.webmanifest');
  });
});

describe('precacheEntries', () => {
  const build = [
    file('en/lessons/nat/index.html', 'NAT v1'),
    file('ko/index.html', '홈'),
    file('_astro/NatLab.Ab12Cd.js'),
    file('pagefind/pagefind.js'),
    file('pagefind/pagefind-entry.json'),
    file('pagefind/fragment/ko_123.pf_fragment'),
    file('pagefind/pagefind-ui.js'),
    file('pagefind/pagefind-modular-ui.css'),
    file('sitemap-0.xml'),
    file('sitemap-index.xml'),
    file('schemas/lab.schema.json'),
    file('sw.js'),
    file('register-sw.js'),
  ];
  const entries = precacheEntries(build);
  const urls = entries.map((e) => e.url);

  it('lists pages by the address a reader opens, with the search index and the scripts', () => {
    expect(urls).toEqual(
      expect.arrayContaining(['/en/lessons/nat/', '/ko/', '/_astro/NatLab.Ab12Cd.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/fragment/ko_123.pf_fragment', '/register-sw.js']),
    );
  });
  it('leaves out sitemaps, the lab schema, unused Pagefind UIs and the worker itself', () => {
    for (const u of ['/sitemap-0.xml', '/sitemap-index.xml', '/schemas/lab.schema.json', '/pagefind/pagefind-ui.js', '/pagefind/pagefind-modular-ui.css', '/sw.js']) {
      expect(urls).not.toContain(u);
    }
  });
  it('gives every file without a hash in its name a content revision, and a changed file a new one', () => {
    const rev = (list: typeof entries, url: string) => list.find((e) => e.url === url)?.revision;
    expect(rev(entries, '/_astro/NatLab.Ab12Cd.js')).toBeNull();
    expect(rev(entries, '/en/lessons/nat/')).toMatch(/^[0-9a-f]{16}$/);
    const next = precacheEntries(build.map((f) => (f.path === 'en/lessons/nat/index.html' ? file(f.path, 'NAT v2') : f)));
    expect(rev(next, '/en/lessons/nat/')).not.toBe(rev(entries, '/en/lessons/nat/'));
    expect(rev(next, '/ko/')).toBe(rev(entries, '/ko/'));
  });
  it('maps index.html files to their folder', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('en/labs/bond/index.html')).toBe('/en/labs/bond/');
    expect(urlOf('favicon.svg')).toBe('/favicon.svg');
  });
});

describe('appManifest', () => {
  it('names the course in each language, starts at its home page and has the icons installers need', () => {
    for (const locale of LOCALES) {
      const m = appManifest(locale);
      expect(m.lang).toBe(locale);
      expect(m.start_url).toBe(`/${locale}/`);
      expect(m.icons.some((i) => i.sizes === '192x192')).toBe(true);
      expect(m.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    }
    expect(appManifest('ko').name).toMatch(/네트워크 모드/);
    expect(appManifest('en').name).toMatch(/network modes/);
  });
});
