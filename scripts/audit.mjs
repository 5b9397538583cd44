// `npm run audit`: Lighthouse (mobile emulation) on every page of the built site (home pages, lessons,
// labs, course pages) and the teacher and student entry pages, in both languages, light and dark.
// Fails when a score is under its budget.
//
// `--representative` (what `npm test` runs): one page of each kind, each in both languages, every
// language in both themes: the home page, the heaviest lesson and the heaviest lab (by page weight, so
// the choice follows the course as it grows), the playground, and the teacher's page.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { builtPagePaths } from './bench/built-pages.mjs';
import { measurePages } from './bench/page-weight.mjs';
import { startBuiltServer } from './bench/start-server.mjs';
import { summaryLine } from './test-counts.mjs';

const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/**
 * Performance budgets per kind of page, as measured at the end of the session that added them
 * (mobile, CI's 2-core machine; one run per page, so a score moves by a few points between runs).
 * Reading pages (home, lessons, course pages) measured 96-100; labs and the playground, audited
 * since then, 94-100; the teacher's page measured 87 after the semester features (issue 25: the
 * builder hydrates 60 question previews, TBT 325-510 ms). These floors keep a regression from
 * passing unseen; raising them back to 98 is open work (session note, issues 21 and 25).
 */
const PERFORMANCE_FLOORS = [
  { kind: 'teacher or student app page', re: /^\/(en|ko)\/(teach|join)\//, min: 80 },
  { kind: 'lab or playground', re: /^\/(en|ko)\/labs\//, min: 90 },
  { kind: 'reading page', re: /./, min: 95 },
];
function budgetsFor(path) {
  return { ...BUDGETS, performance: PERFORMANCE_FLOORS.find((f) => f.re.test(path)).min };
}
const port = Number(process.env.AUDIT_PORT ?? 4398);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const baseFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const THEMES = ['light', 'dark'];
// The teacher's builder and the student's code entry are rendered on demand (not in the sitemap).
const APP_PAGES = ['/en/teach/', '/ko/teach/', '/en/join/', '/ko/join/'];

/** Every page in both themes. */
function everyPage() {
  const built = builtPagePaths().filter((p) => /^\/(en|ko)\//.test(p));
  return built.length ? THEMES.flatMap((theme) => [...built, ...APP_PAGES].map((path) => ({ path, theme }))) : [];
}

/**
 * One page of each kind in both languages; the two languages take opposite themes and the kinds
 * alternate, so each language is seen in both themes.
 */
function representativePages() {
  const rows = measurePages().filter((r) => r.page.startsWith('/en/'));
  const heaviest = (re) => {
    const kind = rows.filter((r) => re.test(r.page) && !/playground/.test(r.page));
    if (!kind.length) throw new Error(`audit: the build has no page matching ${re}`);
    return kind.reduce((a, b) => (b.jsBeforeKb + b.islandsKb > a.jsBeforeKb + a.islandsKb ? b : a)).page.slice(3);
  };
  const kinds = ['/', heaviest(/^\/en\/lessons\//), heaviest(/^\/en\/labs\//), '/labs/playground/', '/teach/'];
  return kinds.flatMap((tail, i) => [
    { path: `/en${tail}`, theme: THEMES[i % 2] },
    { path: `/ko${tail}`, theme: THEMES[(i + 1) % 2] },
  ]);
}

// AUDIT_ONLY=teach audits only the pages whose path contains it (a quick look at one page).
const pages = (process.argv.includes('--representative') ? representativePages() : everyPage()).filter((p) => p.path.includes(process.env.AUDIT_ONLY ?? ''));
if (pages.length === 0) {
  console.error('audit: no built pages found; run `npm run build` first');
  process.exit(1);
}

const rows = [];
const failures = [];
let failedRuns = 0;
const server = await startBuiltServer({ port });
try {
  // Starlight's theme follows the system by default: a dark browser gives the dark theme.
  for (const theme of THEMES) {
    const inTheme = pages.filter((p) => p.theme === theme).map((p) => p.path);
    if (!inTheme.length) continue;
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: theme === 'dark' ? [...baseFlags, '--force-dark-mode'] : baseFlags });
    try {
      for (const path of inTheme) {
        const once = async () => {
          const result = await lighthouse(`${server.base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          if (!result?.lhr) throw new Error(`no Lighthouse result for ${path}`);
          return result.lhr;
        };
        const perfOf = (r) => Math.round((r.categories.performance?.score ?? 0) * 100);
        // One run's performance score moves by several points with what else the machine does. Under
        // its floor, the page gets two more runs and is judged on their median, as Lighthouse CI does
        // with numberOfRuns: 3 and aggregationMethod 'median': a page must miss in two of three runs to fail.
        const runs = [await once()];
        if (perfOf(runs[0]) < budgetsFor(path).performance) {
          runs.push(await once(), await once());
          runs.sort((a, b) => perfOf(a) - perfOf(b));
        }
        const lhr = runs[Math.floor(runs.length / 2)];
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const row = {
          page: path,
          theme,
          runs: runs.length === 1 ? '1' : runs.map(perfOf).join('/'),
          perf: score('performance'),
          a11y: score('accessibility'),
          'best pr.': score('best-practices'),
          seo: score('seo'),
          'LCP ms': Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          CLS: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          'TBT ms': Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        };
        rows.push(row);
        const before = failures.length;
        for (const [id, min] of Object.entries(budgetsFor(path))) {
          if (score(id) < min) {
            const failing = Object.values(lhr.audits)
              .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
              .map((a) => a.id)
              .slice(0, 6);
            failures.push(`${path} (${theme}): ${id} ${score(id)} < ${min} [${failing.join(', ')}]${id === 'performance' ? whyItIsSlow(lhr) : ''}`);
          }
        }
        if (failures.length > before) failedRuns += 1;
        process.stdout.write('.');
      }
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.stop();
}

/** What a CI log needs to act on a performance miss: what shifted, what blocked, which scripts cost. */
function whyItIsSlow(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const shifts = items('layout-shifts').slice(0, 3).map((i) => `shift ${i.score?.toFixed?.(3)} ${i.node?.selector ?? ''} ${(i.node?.snippet ?? '').slice(0, 80)}`);
  const tasks = items('long-tasks').slice(0, 4).map((i) => `long task ${Math.round(i.duration)} ms at ${Math.round(i.startTime)} ms (${String(i.url).replace(/^https?:\/\/[^/]+/, '')})`);
  const boot = items('bootup-time').slice(0, 3).map((i) => `script ${String(i.url).replace(/^https?:\/\/[^/]+/, '')}: ${Math.round(i.total)} ms (${Math.round(i.scripting)} ms scripting)`);
  return ['', ...shifts, ...tasks, ...boot].join('\n    ');
}

console.log(`\n## Lighthouse (mobile). Budgets: performance >= ${PERFORMANCE_FLOORS.map((f) => `${f.min} (${f.kind})`).join(', ')}; accessibility/best practices/SEO = 100`);
console.table(rows);
// One Lighthouse run (a page in a theme) is one test in `npm test`'s sum.
if (failures.length) {
  console.error('Budgets missed:\n- ' + failures.join('\n- '));
  console.log(summaryLine('lighthouse', { passed: rows.length - failedRuns, failed: failedRuns }));
  process.exit(1);
}
console.log('All Lighthouse budgets hold.');
console.log(summaryLine('lighthouse', { passed: rows.length, failed: 0 }));
