/**
 * Which files of a build the service worker keeps for offline reading, and under which URL.
 * Pages are listed by the address a reader opens (`/en/lessons/nat/`), every other file by its path;
 * each entry carries a hash of its content, so a new build re-downloads exactly the files that
 * changed and drops the ones that are gone (Workbox precache revisions). Astro's `_astro/` files
 * already have a content hash in their name and need none.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * Left out: the sitemaps and the lab JSON Schema (for editors, not readers), Pagefind's UIs the site
 * does not use (it bundles @pagefind/default-ui itself), and the worker script, which the browser
 * fetches on its own.
 */
const SKIPPED = [
  /^sitemap[^/]*\.xml$/,
  /^schemas\//,
  /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
  /^sw\.js$/,
  /\.map$/,
];

/** `en/labs/nat/index.html` -> `/en/labs/nat/`; any other file keeps its path. */
export function urlOf(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The precache entries for the files of a build, given as paths relative to its client folder. */
export function precacheEntries(files: ReadonlyArray<{ path: string; content: Uint8Array }>): PrecacheEntry[] {
  return files
    .filter((f) => !SKIPPED.some((re) => re.test(f.path)))
    .map((f) => ({
      url: urlOf(f.path),
      revision: f.path.startsWith('_astro/') ? null : createHash('sha256').update(f.content).digest('hex').slice(0, 16),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every file under `dir` (the build's client folder), with paths relative to it in URL form. */
export function readBuild(dir: string): Array<{ path: string; content: Buffer }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(dir, full).split(sep).join('/'), content: readFileSync(full) };
    });
}
