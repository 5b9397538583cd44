// `npm run audit`: Lighthouse (mobile emulation) on the home pages and every lesson, in both
// languages, light and dark. Fails when a score is under its budget.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { builtPagePaths } from './bench/built-pages.mjs';

const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const port = Number(process.env.AUDIT_PORT ?? 4398);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const baseFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const pages = builtPagePaths().filter((p) => /^\/(en|ko)\/(lessons\/[^/]+\/)?$/.test(p));
if (pages.length === 0) {
  console.error('audit: no built pages found; run `npm run build` first');
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
// Ready when our own server says it listens: polling the port could reach another server already there
// (a parallel run on the same port) and audit a different build.
const ready = new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    if (String(chunk).includes('is running at')) resolve();
  });
  server.on('exit', (code) => reject(new Error(`audit: the server exited (code ${code}) before it was ready`)));
  setTimeout(() => reject(new Error('audit: the server did not start within 10 s')), 10_000).unref();
});

const rows = [];
const failures = [];
try {
  await ready;
  // Starlight's theme follows the system by default: a dark browser gives the dark theme.
  for (const theme of ['light', 'dark']) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: theme === 'dark' ? [...baseFlags, '--force-dark-mode'] : baseFlags });
    try {
      for (const path of pages) {
        const result = await lighthouse(`http://localhost:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
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
  server.kill('SIGTERM');
}

console.log(`\n## Lighthouse (mobile). Budgets: performance >= ${BUDGETS.performance}, accessibility/best practices/SEO = 100`);
console.table(rows);
if (failures.length) {
  console.error('Budgets missed:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('All Lighthouse budgets hold.');
