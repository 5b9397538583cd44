// Size budgets of the built site, checked in `npm test` (the timings live in `npm run bench`).
import { measurePages, measureOnDemandPages, pageWeightFailures, BUDGETS } from './bench/page-weight.mjs';
import { summaryLine } from './test-counts.mjs';

const rows = measurePages();
if (rows.length === 0) {
  console.error('size budgets: the build lists no pages in its sitemap');
  process.exit(1);
}
const appRows = await measureOnDemandPages();
const failures = pageWeightFailures([...rows, ...appRows]);
const heaviestApp = appRows.reduce((a, b) => (b.jsBeforeKb + b.islandsKb > a.jsBeforeKb + a.islandsKb ? b : a));
const worst = (key) => rows.reduce((a, b) => (b[key] > a[key] ? b : a));
const js = worst('jsBeforeKb');
const islands = worst('islandsKb');
console.log(
  `${rows.length} pages; heaviest JS before interaction ${js.jsBeforeKb.toFixed(1)} KB (${js.page}, budget ${BUDGETS.jsBeforeInteractionKb}); ` +
    `heaviest islands ${islands.islandsKb.toFixed(1)} KB (${islands.page}, budget ${BUDGETS.islandsKb}); ` +
    `${appRows.length} app pages, heaviest ${(heaviestApp.jsBeforeKb + heaviestApp.islandsKb).toFixed(1)} KB of JS (${heaviestApp.page}, budget ${BUDGETS.appPageKb}).`,
);
// Each page is one test in `npm test`'s sum.
const failedPages = [...rows, ...appRows].filter((r) => pageWeightFailures([r]).length).length;
console.log(summaryLine('size budgets', { passed: rows.length + appRows.length - failedPages, failed: failedPages }));
if (failures.length) {
  console.error('Budgets missed:\n- ' + failures.join('\n- '));
  process.exit(1);
}
