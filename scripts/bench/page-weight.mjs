// Page weight of the built site: what each page costs a reader before and after its widgets wake up.
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { builtPagePaths } from './built-pages.mjs';
import { gzipSync } from 'node:zlib';

const CLIENT = `${process.env.NETMODES_DIST ?? 'dist'}/client`;
export const BUDGETS = { jsBeforeInteractionKb: 60, islandsKb: 120 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (bytes) => bytes / 1024;

const fileCache = new Map();
function asset(url) {
  const path = join(CLIENT, url.split('?')[0]);
  if (!fileCache.has(path)) fileCache.set(path, existsSync(path) ? readFileSync(path) : null);
  return fileCache.get(path);
}

/** Static imports of a built module (dynamic `import()` is excluded: it loads later, if ever). */
function staticImports(url) {
  const code = asset(url)?.toString('utf8') ?? '';
  const deps = new Set();
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(re)) deps.add(posix.join(posix.dirname(url), m[1]));
  return [...deps];
}

function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const url = stack.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    stack.push(...staticImports(url));
  }
  return seen;
}

const sum = (urls) => [...urls].reduce((total, url) => total + (asset(url) ? gz(asset(url)) : 0), 0);

export function measurePages() {
  if (!existsSync(CLIENT)) throw new Error('dist/client not found: run `npm run build` first');
  const rows = [];
  for (const page of builtPagePaths()) {
    const html = readFileSync(join(CLIENT, page, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const islands = [...html.matchAll(/<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/g)];
    const before = closure(scripts);
    const islandGraph = closure(islands.flatMap((m) => [m[1], m[2]]));
    const islandOnly = new Set([...islandGraph].filter((u) => !before.has(u)));
    const mermaidBeforeInteraction = [...before].some((u) => /mermaid\.core/.test(u));
    rows.push({
      page,
      htmlKb: kb(gz(Buffer.from(html))),
      cssKb: kb(sum(css)),
      jsBeforeKb: kb(sum(before) + gz(Buffer.from(inlineJs))),
      islands: islands.length,
      islandsKb: kb(sum(islandOnly)),
      requests: 1 + css.length + before.size,
      mermaidBeforeInteraction,
    });
  }
  return rows;
}

export function pageWeightFailures(rows) {
  const failures = [];
  for (const r of rows) {
    if (r.jsBeforeKb > BUDGETS.jsBeforeInteractionKb) failures.push(`${r.page}: ${r.jsBeforeKb.toFixed(1)} KB JS before interaction > ${BUDGETS.jsBeforeInteractionKb} KB`);
    if (r.islandsKb > BUDGETS.islandsKb) failures.push(`${r.page}: ${r.islandsKb.toFixed(1)} KB of islands > ${BUDGETS.islandsKb} KB`);
    if (r.mermaidBeforeInteraction) failures.push(`${r.page}: mermaid is loaded before any diagram is visible`);
  }
  return failures;
}
