// Load test of the teacher server's submit endpoint on loopback against the built server
// (`npm run build` first) on a temporary database; every request is a new student, so every one
// is a real insert committed with synchronous=FULL before it is answered.
// Budget (issue 8): >= 500 submissions/s and p99 < 50 ms at 100 concurrent clients, 2 cores.
//
// Two phases, because one closed-loop run cannot show both: with 100 clients that resend the
// moment they are answered, latency is 100 / throughput by construction (Little's law), i.e. it
// measures the queue the benchmark itself builds. So:
//  1. throughput: 100 clients as fast as they can for 3 s -> submissions/s (the capacity);
//  2. latency: 100 client connections together offering the budget rate (500/s) for 4 s, evenly
//     spaced (one request every 2 ms) -> p50/p99, the delay a student sees when a whole school
//     submits at that rate. (autocannon's own rate option fires each second's quota in a burst
//     at the start of the second, which measures the burst, not the rate.)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import { startBuiltServer, UNLIMITED } from './start-server.mjs';

export const SERVER_BUDGET = { minRps: 500, maxP99Ms: 50 };

function submissionLoad(url, connections, durationSec) {
  let n = 0;
  return autocannon({
    url,
    connections,
    duration: durationSec,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body((n += 1)) }),
      },
    ],
  });
}

const PRACTICE = ['bridge-what-is', 'bridge-guest-on-lan'];
/** Issue 18: questions generated per student on the kernel, graded against each student's own variant. */
export const GENERATED = ['gen-nat-port-forward', 'gen-bond-link-layer34'];
let questionIds = PRACTICE;

const studentName = (n) => `학생 ${n}`;
const answersOf = (n) =>
  questionIds === PRACTICE
    ? { 'bridge-what-is': { type: 'single', choice: n % 3 ? 'switch' : 'router' }, 'bridge-guest-on-lan': { type: 'single', choice: 'own-mac-ip' } }
    : Object.fromEntries(GENERATED.map((id, i) => [id, { type: 'single', choice: 'abcd'[(n + i) % 4] }]));
const body = (n) => JSON.stringify({ name: studentName(n), locale: n % 2 ? 'ko' : 'en', answers: answersOf(n) });

/**
 * Generated questions: every student opens their questions (GET ?name=) before answering, which
 * generates their variants on the kernel; the submissions measured here then grade against them,
 * as in a class. Opens the pages of the students the two phases will use, eight at a time.
 */
async function openStudentPages(base, code, names) {
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const n = names[next++];
      const res = await fetch(`${base}/api/assignments/${code}?lang=en&name=${encodeURIComponent(studentName(n))}`);
      if (res.status !== 200) throw new Error(`student page ${n}: ${res.status}`);
      await res.arrayBuffer();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 8 }, worker));
  return names.length / ((performance.now() - t0) / 1000);
}

/**
 * Open-loop load: `rate` requests per second, evenly spaced, over up to `connections` keep-alive
 * sockets. Several URLs (several server instances) take turns, as behind a round-robin balancer.
 */
export async function steadyLatency(urls, connections, durationSec, rate) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const targets = [urls].flat().map((u) => new URL(u));
  const latencies = [];
  let failures = 0;
  let sent = 0;
  const total = rate * durationSec;
  const inflight = new Set();
  const one = (n) =>
    new Promise((done) => {
      const payload = body(n);
      const target = targets[n % targets.length];
      const t0 = performance.now();
      const req = httpRequest(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 201) latencies.push(performance.now() - t0);
            else failures += 1;
            done();
          });
        },
      );
      req.on('error', () => {
        failures += 1;
        done();
      });
      req.end(payload);
    });
  const start = performance.now();
  await new Promise((finish) => {
    const tick = () => {
      // Send whatever is due by now, so timer jitter does not lower the offered rate.
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      while (sent < due) {
        const p = one(1_000_000 + sent);
        sent += 1;
        inflight.add(p);
        p.then(() => inflight.delete(p));
      }
      if (sent < total) setTimeout(tick, 1);
      else finish();
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return { ok: latencies.length, failures, p50: at(0.5), p99: at(0.99) };
}

function checkClean(result, phase) {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${phase}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
}

/**
 * Runs both phases; returns submissions/s (capacity) and p50/p99 in ms at the budget rate.
 * `env` selects the store (NETMODES_DATABASE_URL for PostgreSQL); `instances` servers share it,
 * the clients spread evenly over them. `generated`: the assignment's questions are generated per
 * student (issue 18) instead of practice questions.
 */
export async function runServerLoad({ connections = 100, rate = SERVER_BUDGET.minRps, env = {}, instances = 1, generated = false } = {}) {
  questionIds = generated ? GENERATED : PRACTICE;
  // Limits off: the benchmark is one client address making thousands of requests on purpose.
  // Started one after the other: the first migrates a new database, the others find it ready.
  const servers = [];
  for (let i = 0; i < instances; i += 1) servers.push(await startBuiltServer({ env: { ...UNLIMITED, ...env } }));
  const base = servers[0].base;
  const stop = () => Promise.all(servers.map((s) => s.stop()));
  try {
    const create = await fetch(`${base}/api/assignments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Load test', locale: 'en', questionIds }),
    });
    if (create.status !== 201) throw new Error(`could not create the assignment: ${create.status} ${await create.text()}`);
    const { code } = await create.json();
    // Warm up (JIT, first database pages) so that the measurement is the steady state.
    for (let i = 0; i < 50; i += 1) {
      await fetch(`${base}/api/assignments/${code}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: `warm-${i}`, locale: 'en', answers: {} }) });
    }
    // Capacity phase names 1.., latency phase 1,000,000..: enough for 3 s flat out and 4 s at the rate.
    const names = [...Array.from({ length: 6000 }, (_, i) => i + 1), ...Array.from({ length: rate * 4 }, (_, i) => 1_000_000 + i)];
    const pagesPerSecond = generated ? Math.min(...(await Promise.all(servers.map((s) => openStudentPages(s.base, code, names))))) : undefined;
    const urls = servers.map((s) => `${s.base}/api/assignments/${code}/submissions`);
    const per = await Promise.all(urls.map((url) => submissionLoad(url, Math.ceil(connections / urls.length), 3)));
    per.forEach((c) => checkClean(c, 'throughput phase'));
    const capacity = { '2xx': per.reduce((sum, c) => sum + c['2xx'], 0), duration: Math.max(...per.map((c) => c.duration || 3)), latency: { p99: Math.max(...per.map((c) => c.latency.p99)) } };
    const steady = await steadyLatency(urls, connections, 4, rate);
    if (steady.failures > 0) throw new Error(`latency phase: ${steady.failures} requests failed`);
    return {
      instances,
      rps: capacity['2xx'] / capacity.duration,
      p50: steady.p50,
      p99: steady.p99,
      /** Latency in the throughput phase: the queue 100 greedy clients build, for reference. */
      saturatedP99: capacity.latency.p99,
      requests: capacity['2xx'] + steady.ok,
      connections,
      rate,
      /** Generated questions: students' question pages per second (each generates the variants on the kernel). */
      pagesPerSecond,
    };
  } finally {
    await stop();
  }
}

export function serverLoadFailures(r) {
  const failures = [];
  if (r.rps < SERVER_BUDGET.minRps) failures.push(`teacher server: ${r.rps.toFixed(0)} submissions/s < ${SERVER_BUDGET.minRps}`);
  if (r.p99 > SERVER_BUDGET.maxP99Ms) failures.push(`teacher server: p99 ${r.p99} ms > ${SERVER_BUDGET.maxP99Ms} ms`);
  return failures;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const generated = process.argv.includes('--generated');
  const r = await runServerLoad({ generated });
  console.table([
    {
      questions: generated ? 'generated' : 'practice',
      'submissions/s (100 clients, flat out)': r.rps.toFixed(0),
      [`p50 ms at ${r.rate}/s`]: r.p50,
      [`p99 ms at ${r.rate}/s`]: r.p99,
      'p99 ms flat out': r.saturatedP99,
      requests: r.requests,
      ...(r.pagesPerSecond ? { 'student pages/s (variants generated)': r.pagesPerSecond.toFixed(0) } : {}),
    },
  ]);
  const failures = serverLoadFailures(r);
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}
