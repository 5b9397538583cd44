// `npm run audit`: Lighthouse (mobile emulation) on the home pages, every lesson and the teacher and
// student entry pages, in both languages, light and dark. Fails when a score is under its budget.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { builtPagePaths } from './bench/built-pages.mjs';
import { startBuiltServer } from './bench/start-server.mjs';

const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const port = Number(process.env.AUDIT_PORT ?? 4398);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const baseFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const lessonPages = builtPagePaths().filter((p) => /^\/(en|ko)\/(lessons\/[^/]+\/)?$/.test(p));
// The teacher's builder and the student's code entry are rendered on demand (not in the sitemap).
const allPages = lessonPages.length ? [...lessonPages, '/en/teach/', '/ko/teach/', '/en/join/', '/ko/join/'] : [];
// AUDIT_ONLY=teach audits only the pages whose path contains it (a quick look at one page).
const pages = allPages.filter((p) => p.includes(process.env.AUDIT_ONLY ?? ''));
if (pages.length === 0) {
  console.error('audit: no built pages found; run `npm run build` first');
  process.exit(1);
}

const rows = [];
const failures = [];
const server = await startBuiltServer({ port });
try {
  // Starlight's theme follows the system by default: a dark browser gives the dark theme.
  for (const theme of ['light', 'dark']) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: theme === 'dark' ? [...baseFlags, '--force-dark-mode'] : baseFlags });
    try {
      for (const path of pages) {
        const result = await lighthouse(`${server.base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const row = {
          page: path,
          theme,
          perf: score('performance'),
          a11y: score('accessibility'),
          'best pr.': score('best-practices'),
          seo: score('seo'),
          'LCP ms': Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          CLS: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          'TBT ms': Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        };
        rows.push(row);
        for (const [id, min] of Object.entries(BUDGETS)) {
          if (score(id) < min) {
            const failing = Object.values(lhr.audits)
              .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
              .map((a) => a.id)
              .slice(0, 6);
            failures.push(`${path} (${theme}): ${id} ${score(id)} < ${min} [${failing.join(', ')}]`);
          }
        }
        process.stdout.write('.');
      }
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.stop();
}

console.log(`\n## Lighthouse (mobile). Budgets: performance >= ${BUDGETS.performance}, accessibility/best practices/SEO = 100`);
console.table(rows);
if (failures.length) {
  console.error('Budgets missed:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('All Lighthouse budgets hold.');
