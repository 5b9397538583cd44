// The dashboard under class load (issue 19): a 5,000-row assignment takes 500 submissions/s while
// 10 teacher tabs poll its dashboard the way the page does (every 4 s, sending back the ETag of
// the answer they have). Budget: p99 < 50 ms for the submissions, < 200 ms for a poll.
import { Agent, request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBuiltServer, UNLIMITED } from './start-server.mjs';
import { steadyLatency } from './server-load.mjs';

export const DASHBOARD_BUDGET = { rows: 5000, tabs: 10, rate: 500, maxSubmitP99Ms: 50, maxPollP99Ms: 200 };
const POLL_MS = 4000; // src/widgets/teacher/Dashboard.tsx REFRESH_MS

function send(agent, base, path, options = {}, retried = false) {
  const { method = 'GET', body, headers = {} } = options;
  const url = new URL(path, base);
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const req = httpRequest(
      { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString(), ms: performance.now() - t0 }));
      },
    );
    req.on('error', (error) => {
      // A kept-alive socket the server closed as it was reused: browsers resend a GET then, so do we.
      if (method === 'GET' && req.reusedSocket && error.code === 'ECONNRESET' && !retried) send(agent, base, path, options, true).then(done, fail);
      else fail(new Error(`${method} ${path}: ${error.message}`));
    });
    req.end(body);
  });
}

const answers = (n) => ({ 'bridge-what-is': { type: 'single', choice: n % 3 ? 'switch' : 'router' }, 'bridge-guest-on-lan': { type: 'single', choice: 'own-mac-ip' } });

async function seed(agent, base, code, rows) {
  let next = 0;
  const worker = async () => {
    while (next < rows) {
      const n = next++;
      const res = await send(agent, base, `/api/assignments/${code}/submissions`, { method: 'POST', body: JSON.stringify({ name: `seed ${n}`, locale: n % 2 ? 'ko' : 'en', answers: answers(n) }) });
      if (res.status !== 201) throw new Error(`seeding: ${res.status} ${res.body}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** One tab: polls every POLL_MS for `durationMs`, with If-None-Match like the page. */
async function tab(agent, base, code, token, startDelay, durationMs, latencies, counts) {
  await new Promise((r) => setTimeout(r, startDelay));
  const end = performance.now() + durationMs;
  let etag;
  while (performance.now() < end) {
    const started = performance.now();
    const res = await send(agent, base, `/api/assignments/${code}/dashboard`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip', ...(etag ? { 'if-none-match': etag } : {}) } });
    if (res.status === 200) {
      etag = res.headers.etag;
      counts.full += 1;
    } else if (res.status === 304) counts.notModified += 1;
    else throw new Error(`dashboard poll: ${res.status} ${res.body}`);
    latencies.push(res.ms);
    await new Promise((r) => setTimeout(r, Math.max(0, POLL_MS - (performance.now() - started))));
  }
}

const quantile = (sorted, q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;

/** `env` selects the store (NETMODES_DATABASE_URL for PostgreSQL). */
export async function runDashboardLoad({ rows = DASHBOARD_BUDGET.rows, tabs = DASHBOARD_BUDGET.tabs, rate = DASHBOARD_BUDGET.rate, seconds = 12, env = {} } = {}) {
  const { base, stop } = await startBuiltServer({ env: { ...UNLIMITED, ...env } });
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  try {
    const created = await send(agent, base, '/api/assignments', { method: 'POST', body: JSON.stringify({ title: 'Dashboard load', locale: 'en', questionIds: ['bridge-what-is', 'bridge-guest-on-lan'] }) });
    if (created.status !== 201) throw new Error(`could not create the assignment: ${created.status} ${created.body}`);
    const { code, teacherToken } = JSON.parse(created.body);
    await seed(agent, base, code, rows);
    const pollLatencies = [];
    const counts = { full: 0, notModified: 0 };
    // Tabs opened at different moments, as teachers do, spread over one poll interval.
    const polling = Promise.all(Array.from({ length: tabs }, (_, i) => tab(agent, base, code, teacherToken, (i * POLL_MS) / tabs, seconds * 1000, pollLatencies, counts)));
    const submissions = await steadyLatency(`${base}/api/assignments/${code}/submissions`, 100, seconds, rate);
    await polling;
    if (submissions.failures > 0) throw new Error(`${submissions.failures} submissions failed`);
    pollLatencies.sort((a, b) => a - b);
    return { rows, tabs, rate, submitP50: submissions.p50, submitP99: submissions.p99, pollP50: quantile(pollLatencies, 0.5), pollP99: quantile(pollLatencies, 0.99), polls: pollLatencies.length, ...counts };
  } finally {
    agent.destroy();
    await stop();
  }
}

export function dashboardLoadFailures(r) {
  const failures = [];
  if (r.submitP99 > DASHBOARD_BUDGET.maxSubmitP99Ms) failures.push(`dashboard load: submissions p99 ${r.submitP99} ms > ${DASHBOARD_BUDGET.maxSubmitP99Ms} ms`);
  if (r.pollP99 > DASHBOARD_BUDGET.maxPollP99Ms) failures.push(`dashboard load: dashboard poll p99 ${r.pollP99} ms > ${DASHBOARD_BUDGET.maxPollP99Ms} ms`);
  return failures;
}

export function dashboardLoadRow(r) {
  return {
    [`submissions p50/p99 ms at ${r.rate}/s`]: `${r.submitP50} / ${r.submitP99}`,
    [`poll p50/p99 ms (${r.tabs} tabs, ${r.rows} rows)`]: `${r.pollP50} / ${r.pollP99}`,
    'polls 200 / 304': `${r.full} / ${r.notModified}`,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // QUICK=1: a smaller run while developing; RATE=n: another submission rate (the budget is for 500/s).
  const r = await runDashboardLoad({ ...(process.env.QUICK ? { rows: 1000, seconds: 6 } : {}), ...(process.env.RATE ? { rate: Number(process.env.RATE) } : {}) });
  console.table([dashboardLoadRow(r)]);
  const failures = dashboardLoadFailures(r);
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}
