// The server's pure parts, without a build: store, migrations, tokens, names, limits, CSV, stats.
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { QUIZ_MODES } from '../../src/quiz/schema.ts';
import { GENERATORS } from '../../src/quiz/generators/registry.ts';
import { parseBucket, parseBytes, readConfig } from '../../src/server/config.ts';
import { describeDatabaseUrl } from '../../src/server/pg-store.ts';
import { MIGRATIONS } from '../../src/server/migrations/index.ts';
import { neutralizeCell, submissionsCsv } from '../../src/server/csv.ts';
import { nameKey, nameLength, normalizeName } from '../../src/server/names.ts';
import { catalog, gradableKeys, publicQuestion } from '../../src/server/questions.ts';
import { RateLimiter } from '../../src/server/rate-limit.ts';
import { migrate, SchemaTooNewError, SqliteAssignmentStore } from '../../src/server/sqlite-store.ts';
import { hashToken, isJoinCode, JOIN_CODE_ALPHABET, newJoinCode, newToken, normalizeJoinCode, tokenMatches } from '../../src/server/tokens.ts';
import type { Submission, SubmissionInput } from '../../src/server/types.ts';
import { ClassRows } from '../../src/server/class-rows.ts';
import { totalsOf } from '../../src/server/stats.ts';
import { teacherStrings } from '../../src/widgets/teacher/strings.ts';
import { parseCsv } from './harness.ts';
import { tooOldNodeMessage } from '../../scripts/node-check.mjs';

describe('the Node the server runs on', () => {
  it('refuses Node older than 22.13 (no node:sqlite) with a message naming the way out, accepts newer', () => {
    expect(tooOldNodeMessage('v20.20.2')).toMatch(/Node v20\.20\.2.*22\.13.*npm start/);
    expect(tooOldNodeMessage('v22.12.0')).toBeDefined();
    expect(tooOldNodeMessage('v22.13.0')).toBeUndefined();
    expect(tooOldNodeMessage('v24.21.0')).toBeUndefined();
    expect(tooOldNodeMessage(process.version)).toBeUndefined();
  });
});

describe('error texts of the teacher and student pages', () => {
  it('every error a teacher or student can cause has its own text in Korean and English, not the server\'s English', () => {
    // Codes the pages can meet by normal use (bad_content_type, invalid_json ... only come from scripted clients).
    const reachable = ['closed', 'past_due', 'already_submitted', 'name_taken', 'rate_limited', 'forbidden', 'not_found', 'too_large', 'network', 'due_in_past', 'invalid_name', 'unknown_question', 'internal'];
    for (const lang of ['ko', 'en'] as const) {
      const errors = teacherStrings[lang].errors;
      for (const code of reachable) expect(errors[code], `${lang} ${code}`).toMatch(/\S/);
    }
    expect(Object.keys(teacherStrings.ko.errors).sort()).toEqual(Object.keys(teacherStrings.en.errors).sort());
  });
});

describe('join codes and tokens', () => {
  it('codes never contain look-alikes (0 O 1 I L) and are 6 characters', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    for (let i = 0; i < 2000; i += 1) expect(isJoinCode(newJoinCode())).toBe(true);
    expect(isJoinCode('ABC0EF')).toBe(false);
    expect(normalizeJoinCode(' k7m-x2q ')).toBe('K7MX2Q');
  });

  it('tokens carry at least 128 random bits and match only their own hash', () => {
    const token = newToken(32);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const hash = hashToken(token);
    expect(hash).not.toContain(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(newToken(32), hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches(undefined, hash)).toBe(false);
  });
});

describe('names', () => {
  it('trims, collapses spaces, removes control characters and composes Hangul (NFC)', () => {
    expect(normalizeName('  김  철수\u0000\n ')).toBe('김 철수');
    expect(normalizeName('한결'.normalize('NFD'))).toBe('한결');
    expect(nameLength('한결')).toBe(2);
    expect(nameKey('Ana  Lee')).toBe(nameKey('ana lee'));
  });

  it('look-alikes share a key (NFKC, then the Unicode TS #39 confusables skeleton); different names do not', () => {
    const alice = nameKey('Alice');
    // Cyrillic А, Greek Α, fullwidth Ａ, Cyrillic і and е, a mathematical bold A, the digit 0 for O.
    for (const lookAlike of ['\u0410lice', '\u0391lice', '\uFF21lice', 'Al\u0456c\u0435', '\u{1D400}lice', 'ALICE']) expect(nameKey(lookAlike), lookAlike).toBe(alice);
    expect(nameKey('B0b')).toBe(nameKey('Bob'));
    // Names that only look alike to a machine stay apart.
    for (const [a, b] of [['김민아', '김민하'], ['José', 'Jose'], ['Ana', 'Anna'], ['이준', '이중'], ['Müller', 'Muller']] as const) expect(nameKey(a), `${a} / ${b}`).not.toBe(nameKey(b));
  });

  it('no two of 2,000 common Korean syllables share a key', () => {
    const keys = new Map<string, string>();
    for (let code = 0xac00; code < 0xac00 + 2000; code += 1) {
      const syllable = String.fromCodePoint(code);
      const key = nameKey(syllable);
      expect(keys.get(key), `${syllable} and ${keys.get(key)}`).toBeUndefined();
      keys.set(key, syllable);
    }
  });
});

describe('rate limiter (token bucket)', () => {
  it('allows a burst of `capacity`, then refills at `perSecond`, per client', () => {
    const limiter = new RateLimiter({ capacity: 3, perSecond: 1 });
    const t0 = 1_000_000;
    expect([0, 1, 2, 3].map(() => limiter.take('a', t0))).toEqual([0, 0, 0, 1]);
    expect(limiter.take('b', t0)).toBe(0);
    expect(limiter.take('a', t0 + 999)).toBe(1);
    expect(limiter.take('a', t0 + 1000)).toBe(0);
  });

  it('stays bounded in memory under many distinct clients', () => {
    const limiter = new RateLimiter({ capacity: 2, perSecond: 1 }, 100);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`10.10.10.${i}`, 0);
    // Still answers correctly for a fresh client after sweeping.
    expect(limiter.take('192.0.2.1', 0)).toBe(0);
  });

  it('reads limits from the environment format and refuses nonsense', () => {
    expect(parseBucket('120/10', { capacity: 1, perSecond: 1 })).toEqual({ capacity: 120, perSecond: 10 });
    expect(parseBucket(undefined, { capacity: 1, perSecond: 1 })).toEqual({ capacity: 1, perSecond: 1 });
    expect(parseBucket('off', { capacity: 1, perSecond: 1 }).capacity).toBe(Number.POSITIVE_INFINITY);
    expect(() => parseBucket('fast', { capacity: 1, perSecond: 1 })).toThrow(/capacity\/perSecond/);
    expect(parseBucket('8M/16K', { capacity: 1, perSecond: 1 }, { bytes: true })).toEqual({ capacity: 8 * 1024 * 1024, perSecond: 16 * 1024 });
    expect(parseBytes('200M', 'x')).toBe(200 * 1024 * 1024);
    expect(parseBytes('1.5G', 'x')).toBe(1.5 * 1024 ** 3);
    expect(() => parseBytes('lots', 'NETMODES_MIN_FREE_DISK')).toThrow(/NETMODES_MIN_FREE_DISK/);
  });

  it('a byte budget refuses what is over it and says when enough is back; one request larger than the burst passes on a full bucket', () => {
    const budget = new RateLimiter({ capacity: 1000, perSecond: 100 });
    expect(budget.spend('a', 800, 0)).toBe(0);
    expect(budget.spend('a', 400, 0)).toBe(2);
    expect(budget.spend('a', 400, 2000)).toBe(0);
    expect(budget.spend('b', 5000, 0)).toBe(0);
    expect(budget.spend('b', 1, 1000)).toBeGreaterThan(0);
  });

  it('wait() looks without taking', () => {
    const misses = new RateLimiter({ capacity: 1, perSecond: 0.5 });
    expect(misses.wait('a', 0)).toBe(0);
    expect(misses.wait('a', 0)).toBe(0);
    expect(misses.take('a', 0)).toBe(0);
    expect(misses.wait('a', 0)).toBe(2);
  });
});

describe('choosing the store', () => {
  it('NETMODES_DATABASE_URL (else DATABASE_URL) selects PostgreSQL; anything but postgres:// is refused without echoing the URL; SQLite otherwise', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: 'postgres://a:b@db/x' }).databaseUrl).toBe('postgres://a:b@db/x');
    expect(readConfig({ DATABASE_URL: 'postgres://a@db/x', NETMODES_DATABASE_URL: 'postgresql://n@db/y?sslmode=require' }).databaseUrl).toBe('postgresql://n@db/y?sslmode=require');
    expect(() => readConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(/^DATABASE_URL is set but is not a postgres:\/\//);
    expect(() => readConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).not.toThrow(/hunter2/);
    expect(readConfig({ NETMODES_DB_POOL: '25' }).dbPoolSize).toBe(25);
    expect(() => readConfig({ NETMODES_DB_POOL: 'off' })).toThrow(/NETMODES_DB_POOL/);
    // Messages name the database, never the password.
    expect(describeDatabaseUrl('postgres://teacher:s%40cret@db.example.org:5433/netmodes?sslmode=require')).toBe('postgres://teacher@db.example.org:5433/netmodes');
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would evaluate', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeCell(cell)).toBe(`'${cell}`);
    // After a separator a spreadsheet may split at, and fullwidth signs (NFKC = + - @).
    for (const cell of [';=1+1', 'a;=cmd|x', '|=1', 'x, =1', 'a\n=1', '\uFF1D1+1', '\uFF0B1', '\uFF20SUM(A1)', ' =1']) expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    for (const cell of ['김철수', 'a=b', '1-2', 'Jean-Luc', '2026-12-06T10:00:00.000Z', '87.5']) expect(neutralizeCell(cell)).toBe(cell);
  });

  it('gradebook layout: title and code on top, question-number headers with ids below, chosen answers, blanks for unanswered, local time with offset and UTC', () => {
    const bank = loadBank();
    const keys = gradableKeys(bank);
    const q1 = [...bank.questions.values()].find((q) => q.type === 'single')!;
    const q2 = [...bank.questions.values()].find((q) => q.type === 'multiple')!;
    if (q1.type !== 'single' || q2.type !== 'multiple') throw new Error('bank without single/multiple questions');
    const rightOption = q1.options.find((o) => o.correct)!;
    const sub = (name: string, answers: SubmissionInput['answers'], results: SubmissionInput['results'], score: number): SubmissionInput & { id: number; attempts: number } => ({
      id: 1, attempts: 1, assignmentId: 1, publicId: name, name, nameKey: name, locale: 'ko', answers, results, score, total: 2,
      tokenHash: '', submittedAt: Date.UTC(2026, 11, 6, 9, 59, 7, 327),
    });
    const sheet = { title: '브리지 점검', code: 'K7MX2Q', questions: [q1, q2], keys };
    const csv = submissionsCsv(
      sheet,
      [
        sub('이영희, "반장"', { [q1.id]: { type: 'single', choice: rightOption.id } }, { [q1.id]: { points: 1, correct: true }, [q2.id]: { points: 0, correct: false } }, 1),
        sub('=cmd', {}, {}, 0),
      ],
      'ko',
      'Asia/Seoul',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['과제', '브리지 점검']);
    expect(rows[1]).toEqual(['참여 코드', 'K7MX2Q']);
    expect(rows[2]).toEqual(['시간대', 'Asia/Seoul']);
    const header = rows[4]!;
    expect(header.slice(0, 8)).toEqual(['이름', '제출 시각 (Asia/Seoul)', '제출 시각 (UTC)', '점수', '만점', '백분율', '제출 횟수', '언어']);
    expect(header[8]).toMatch(/^1번 답: /);
    expect(header[8]).toContain([...q1.ko.prompt].slice(0, 10).join(''));
    expect(header[9]).toBe('1번 점수');
    expect(header[10]).toMatch(/^2번 답: /);
    expect(rows[5]!.slice(8)).toEqual([q1.id, q1.id, q2.id, q2.id]);
    // 09:59:07 UTC is 18:59:07 in Seoul.
    expect(rows[6]!.slice(0, 8)).toEqual(['이영희, "반장"', '2026-12-06 18:59:07 +09:00', '2026-12-06T09:59:07Z', '1', '2', '50', '1', 'ko']);
    expect(rows[6]!.slice(8)).toEqual([rightOption.ko.text, '1', '', '']);
    expect(rows[7]![0]).toBe("'=cmd");
    expect(rows[7]!.slice(8)).toEqual(['', '', '', '']);
    // An unknown zone falls back to UTC and says so.
    const utc = parseCsv(submissionsCsv(sheet, [sub('A', {}, {}, 0)], 'en', 'Mars/Olympus').slice(1));
    expect(utc[2]).toEqual(['Time zone', 'UTC']);
    expect(utc[6]![1]).toBe('2026-12-06 09:59:07 +00:00');
  });
});

describe('migrations', () => {
  it('apply once, are recorded, and a database from a newer version is refused', () => {
    const db = new DatabaseSync(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    db.prepare('INSERT INTO schema_migrations VALUES (99, ?, 0)').run('future');
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
  });

  it('003 recomputes every name key as a look-alike skeleton and keeps both of two old submissions that now collide', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    db.exec("INSERT INTO assignments (id, code, title, locale, question_ids, show_explanations, allow_resubmit, teacher_token_hash, created_at) VALUES (1, 'ABCDEF', 'T', 'en', '[]', 0, 0, 'h', 0)");
    const add = db.prepare("INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at) VALUES (1, ?, ?, ?, 'en', '{}', '{}', 0, 1, 't', ?)");
    // Keys as the first version computed them (NFC, lower case).
    add.run('p1', 'Alice', 'alice', 1);
    add.run('p2', '\u0410lice', '\u0430lice', 2);
    add.run('p3', 'Tom', 'tom', 3);
    migrate(db);
    const rows = db.prepare('SELECT public_id, name_key FROM submissions ORDER BY id').all() as Array<{ public_id: string; name_key: string }>;
    expect(rows.map((r) => r.public_id)).toEqual(['p1', 'p2', 'p3']);
    expect(rows[0]!.name_key).toBe(nameKey('Alice'));
    expect(rows[1]!.name_key).not.toBe(rows[0]!.name_key);
    expect(rows[2]!.name_key).toBe(nameKey('Tom'));
  });

  it('a database of version 1 with a class in it upgrades to the newest version without losing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmodes-upgrade-'));
    try {
      const path = join(dir, 'netmodes.sqlite');
      const old = new DatabaseSync(path);
      migrate(old, MIGRATIONS.filter((m) => m.version === 1));
      old.exec(`INSERT INTO assignments (code, title, locale, question_ids, due_at, show_explanations, allow_resubmit, closed, teacher_token_hash, created_at)
        VALUES ('ABCDEF', '1반 과제', 'ko', '["q"]', 5, 1, 0, 1, 'h', 1)`);
      old.exec(`INSERT INTO submissions (assignment_id, public_id, name, name_key, locale, answers, results, score, total, token_hash, submitted_at)
        VALUES (1, 'p1', '김민아', '김민아', 'ko', '{"q":{"type":"single","choice":"a"}}', '{"q":{"points":1,"correct":true}}', 1, 1, 't', 2)`);
      old.close();
      const store = new SqliteAssignmentStore(path);
      const a = (await store.findAssignment('ABCDEF'))!;
      expect(a).toMatchObject({ title: '1반 과제', closed: true, shuffle: false, dueAt: 5 });
      // Closed before closing times were kept: retention counts from the upgrade, never from earlier.
      expect(a.closedAt).toBeGreaterThan(Date.now() - 60_000);
      expect(await store.listSubmissions(a.id)).toMatchObject([{ name: '김민아', score: 1, answers: { q: { type: 'single', choice: 'a' } } }]);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a failing migration leaves no trace', () => {
    const db = new DatabaseSync(':memory:');
    expect(() => migrate(db, [{ version: 1, name: 'broken', sql: 'CREATE TABLE t (x); CREATE TABLE t (y);', pgSql: '' }])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").all()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });
});

describe('dashboard running totals (issue 19)', () => {
  it('after any mix of new, replaced and deleted submissions, equal the totals counted again from the rows that remain', async () => {
    const bank = loadBank();
    const keys = gradableKeys(bank);
    const questions = (['single', 'multiple', 'truefalse'] as const).map((type) => [...bank.questions.values()].find((q) => q.type === type && keys.has(q.id))!);
    // A small deterministic generator: the same sequence on every run.
    let seed = 20261206;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * n));
    const answerFor = (q: (typeof questions)[number]): Submission['answers'][string] | undefined => {
      if (random(5) === 0) return undefined;
      if (q.type === 'single') return { type: 'single', choice: q.options[random(q.options.length)]!.id };
      if (q.type === 'multiple') return { type: 'multiple', choices: q.options.filter(() => random(2) === 0).map((o) => o.id) };
      if (q.type === 'truefalse') return { type: 'truefalse', value: random(2) === 0, reason: q.reasons[random(q.reasons.length)]!.id };
      return undefined;
    };
    const stored = new Map<string, Submission>();
    const store = { listSubmissions: async () => [...stored.values()], findSubmission: async (_a: number, id: string) => stored.get(id) };
    const rows = new ClassRows(store, 4);
    await rows.view(1, questions, keys);
    let next = 0;
    for (let step = 0; step < 400; step += 1) {
      const ids = [...stored.keys()];
      // Half new students, a third replacements, a sixth deletions.
      const op = ids.length ? [0, 0, 0, 1, 1, 2][random(6)]! : 0;
      if (op === 2) {
        const id = ids[random(ids.length)]!;
        stored.delete(id);
        rows.remove(1, id);
        continue;
      }
      const old = op === 1 ? stored.get(ids[random(ids.length)]!) : undefined;
      const answers = Object.fromEntries(questions.flatMap((q) => { const a = answerFor(q); return a ? [[q.id, a]] : []; }));
      const results = Object.fromEntries(questions.map((q) => { const points = random(3) / 2; return [q.id, { points, correct: points === 1 }]; }));
      const s: Submission = {
        id: old?.id ?? (next += 1), publicId: old?.publicId ?? `p${next}`, assignmentId: 1, name: old?.name ?? `n${next}`, nameKey: old?.nameKey ?? `n${next}`, locale: 'en',
        answers, results, score: Object.values(results).reduce((sum, r) => sum + r.points, 0), total: 3, tokenHash: '', submittedAt: step, attempts: (old?.attempts ?? 0) + 1,
      };
      stored.set(s.publicId, s);
      rows.put(1, s);
    }
    const view = await rows.view(1, questions, keys);
    const fresh = totalsOf(questions, keys, view.rows);
    expect(view.rows.map((r) => r.publicId).sort()).toEqual([...stored.keys()].sort());
    // Which of two equally common wrong options is "first met" depends on history; the count does not.
    const comparable = (stats: ReturnType<typeof fresh.questionStats>) => stats.map((q) => ({ ...q, mostCommonWrong: q.mostCommonWrong?.count ?? null }));
    expect(comparable(view.totals.questionStats())).toEqual(comparable(fresh.questionStats()));
    expect(view.totals.summary()).toEqual(fresh.summary());
    expect(view.totals.distribution()).toEqual(fresh.distribution());
    expect(view.totals.count).toBeGreaterThan(20);
  });
});

describe('the SQLite store', () => {
  const settings = { title: 'T', locale: 'en' as const, questionIds: ['q'], dueAt: null, showExplanations: true, allowResubmit: true, shuffle: false };
  const receipt = hashToken('receipt of the first browser');
  const input = (name: string, score = 0): SubmissionInput => ({
    assignmentId: 1, publicId: `id-${name}-${score}`, name, nameKey: nameKey(name), locale: 'en', answers: {}, results: {}, score, total: 1, tokenHash: receipt, submittedAt: score,
  });
  const dirs: string[] = [];
  const open = () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmodes-store-'));
    dirs.push(dir);
    return new SqliteAssignmentStore(join(dir, 'netmodes.sqlite'));
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('group commit: concurrent writes share a transaction but keep their own outcome', async () => {
    const store = open();
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    // Twenty racing submissions under one name: exactly one wins, whatever the batching.
    const same = await Promise.all(Array.from({ length: 20 }, (_, i) => store.recordSubmission({ ...input('Race', i), assignmentId: a.id }, null)));
    expect(same.filter((o) => o.status === 'created')).toHaveLength(1);
    expect(same.filter((o) => o.status === 'refused')).toHaveLength(19);
    // A write that fails in the middle of a batch is rejected alone; its neighbours are stored.
    const mixed = await Promise.allSettled([
      store.recordSubmission({ ...input('Before'), assignmentId: a.id }, null),
      store.recordSubmission({ ...input('Broken'), assignmentId: 999 }, null),
      store.recordSubmission({ ...input('After'), assignmentId: a.id }, null),
    ]);
    expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.listSubmissions(a.id)).map((s) => s.name).sort()).toEqual(['After', 'Before', 'Race']);
    store.close();
  });

  it('takes no new student past the per-assignment cap, but still lets one replace their own submission', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmodes-store-'));
    dirs.push(dir);
    const store = new SqliteAssignmentStore(join(dir, 'netmodes.sqlite'), { maxSubmissions: 2 });
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    expect((await store.recordSubmission({ ...input('Ana'), assignmentId: a.id }, null)).status).toBe('created');
    expect((await store.recordSubmission({ ...input('Ben'), assignmentId: a.id }, null)).status).toBe('created');
    expect((await store.recordSubmission({ ...input('Cho'), assignmentId: a.id }, null)).status).toBe('full');
    expect((await store.recordSubmission({ ...input('Ana', 1), assignmentId: a.id }, receipt)).status).toBe('replaced');
    expect(await store.listSubmissions(a.id)).toHaveLength(2);
    store.close();
  });

  it('a file that is not a database is refused at open, and every refusal closes what it opened (no descriptor leak)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmodes-store-'));
    dirs.push(dir);
    const path = join(dir, 'netmodes.sqlite');
    writeFileSync(path, randomBytes(64 * 1024));
    const fds = () => readdirSync('/proc/self/fd').length;
    expect(() => new SqliteAssignmentStore(path)).toThrow(/not a database/);
    const before = fds();
    for (let i = 0; i < 50; i += 1) expect(() => new SqliteAssignmentStore(path)).toThrow();
    expect(fds()).toBeLessThanOrEqual(before);
  });

  it('refuses a second assignment with the same code', async () => {
    const store = open();
    expect(await store.createAssignment('ABCDEF', settings, 'h', 0)).toBeDefined();
    expect(await store.createAssignment('ABCDEF', settings, 'h', 0)).toBeUndefined();
    store.close();
  });

  it('one submission per name: replaced only with the matching receipt', async () => {
    const store = open();
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    expect((await store.recordSubmission({ ...input('Ana'), assignmentId: a.id }, null)).status).toBe('created');
    expect((await store.recordSubmission({ ...input('ANA', 1), assignmentId: a.id }, null)).status).toBe('refused');
    expect((await store.recordSubmission({ ...input('ANA', 1), assignmentId: a.id }, hashToken('someone else'))).status).toBe('refused');
    const replaced = await store.recordSubmission({ ...input('ana', 1), assignmentId: a.id }, receipt);
    expect(replaced.status).toBe('replaced');
    const list = await store.listSubmissions(a.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'ana', score: 1, attempts: 2, publicId: 'id-Ana-0' });
    store.close();
  });

  it('late attempts: the same browser replaces its own, others add up to the cap; accepting moves one into the submissions', async () => {
    const store = open();
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    const late = (name: string, token: string, at: number) => ({
      assignmentId: a.id, publicId: `late-${name}-${at}`, name, nameKey: nameKey(name), locale: 'ko' as const, answers: {}, tokenHash: hashToken(token), reason: 'past_due' as const, attemptedAt: at,
    });
    const first = (await store.recordLateAttempt(late('Ana', 'ana-browser', 1), 2))!;
    const again = (await store.recordLateAttempt(late('Ana', 'ana-browser', 2), 2))!;
    expect(again.publicId).toBe(first.publicId);
    expect(again.attemptedAt).toBe(2);
    expect(await store.recordLateAttempt(late('Bo', 'bo-browser', 3), 2)).toBeDefined();
    expect(await store.recordLateAttempt(late('Cy', 'cy-browser', 4), 2)).toBeUndefined();
    expect((await store.listLateAttempts(a.id)).map((l) => l.name)).toEqual(['Ana', 'Bo']);
    const accepted = await store.acceptLateAttempt({ ...input('Ana', 1), assignmentId: a.id, publicId: first.publicId, tokenHash: first.tokenHash, submittedAt: 2 });
    expect(accepted).toMatchObject({ name: 'Ana', publicId: first.publicId, submittedAt: 2 });
    // Accepted once: a second accept (another tab) finds nothing to accept.
    expect(await store.acceptLateAttempt({ ...input('Ana', 1), assignmentId: a.id, publicId: first.publicId })).toBeUndefined();
    expect((await store.listLateAttempts(a.id)).map((l) => l.name)).toEqual(['Bo']);
    store.close();
  });

  it('questions change only before the first submission; deleting and retention remove an assignment with its work', async () => {
    const store = open();
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    const edited = await store.updateAssignment(a.id, { questionIds: ['q', 'r'], title: 'T2' }, true);
    expect(edited).toMatchObject({ status: 'updated', assignment: { questionIds: ['q', 'r'], title: 'T2' } });
    await store.recordSubmission({ ...input('Ana'), assignmentId: a.id }, null);
    expect(await store.updateAssignment(a.id, { questionIds: ['q'] }, true)).toEqual({ status: 'has_submissions' });
    expect(await store.updateAssignment(a.id, { dueAt: 50, closed: true, closedAt: 10 }, false)).toMatchObject({ status: 'updated', assignment: { dueAt: 50, closed: true, closedAt: 10 } });
    const b = (await store.createAssignment('BCDEFG', { ...settings, dueAt: 30 }, 'h', 0))!;
    const c = (await store.createAssignment('CDEFGH', { ...settings, dueAt: 100 }, 'h', 0))!;
    await store.grantLatePass(b.id, { name: 'Bo', nameKey: 'bo', grantedAt: 1 });
    // Ended at or before 40: A (closed at 10) and B (due at 30); C is due at 100.
    expect(await store.purgeEndedBefore(40)).toBe(2);
    expect(await store.findAssignment('ABCDEF')).toBeUndefined();
    expect(await store.listSubmissions(a.id)).toEqual([]);
    expect(await store.listLatePasses(b.id)).toEqual([]);
    expect(await store.findAssignment('CDEFGH')).toBeDefined();
    expect(await store.deleteAssignment(c.id)).toBe(true);
    expect(await store.deleteAssignment(c.id)).toBe(false);
    store.close();
  });

  it('a write is durable once it resolves: a second connection opened right after sees it', async () => {
    const store = open();
    const a = (await store.createAssignment('ABCDEF', settings, 'h', 0))!;
    await store.recordSubmission({ ...input('Ana'), assignmentId: a.id }, null);
    const other = new DatabaseSync(join(dirs.at(-1)!, 'netmodes.sqlite'), { readOnly: true });
    expect(other.prepare('SELECT name FROM submissions').all()).toEqual([{ name: 'Ana' }]);
    other.close();
    store.close();
  });
});

describe('questions for students', () => {
  const bank = loadBank();
  const keys = gradableKeys(bank);

  it('the student view of every gradable question carries no answer key or explanation', () => {
    for (const id of keys.keys()) {
      const q = bank.questions.get(id)!;
      const text = JSON.stringify(publicQuestion(q, 'ko'));
      expect(text).not.toMatch(/"correct"|"why"|"answer"|"solution"|"explain"/);
      if ('options' in q) for (const o of q.options) expect(text).not.toContain(o.ko.why);
    }
  });

  it('without the kernel checkers, path and fix questions are not offered (they could not be graded)', () => {
    const groups = catalog(bank, keys, 'en');
    const offered = groups.flatMap((g) => g.questions);
    expect(offered.length).toBeGreaterThan(10);
    expect(offered.some((q) => q.type === 'path' || q.type === 'fix')).toBe(false);
    // A question may sit in two lessons' groups (small office, final), but only once in each.
    for (const g of groups) expect(new Set(g.questions.map((q) => q.id)).size).toBe(g.questions.length);
  });

  it('the builder lists the quizzes in course order, each with the same questions as its quiz page (small office and the final quiz whole)', () => {
    const groups = catalog(bank, keys, 'en');
    const order = QUIZ_MODES.filter((m) => groups.some((g) => g.mode === m));
    expect(groups.map((g) => g.mode)).toEqual(order);
    for (const group of groups) {
      const quiz = bank.quizzes.get(group.mode as (typeof QUIZ_MODES)[number])!;
      // The lesson's generated questions first (issue 18), then its practice questions as on its quiz page.
      expect(group.questions.filter((q) => q.bank === 'practice').map((q) => q.id)).toEqual(quiz.questionIds.filter((id) => keys.has(id)));
      expect(group.questions.filter((q) => q.bank === 'generated').map((q) => q.id)).toEqual(GENERATORS.filter((g) => g.mode === group.mode).map((g) => g.id));
    }
    expect(groups.map((g) => g.mode)).toContain('small-office');
    const final = groups.find((g) => g.mode === 'final')!;
    expect(final.questions.filter((q) => q.bank === 'practice').length).toBe(bank.quizzes.get('final')!.questionIds.filter((id) => keys.has(id)).length);
    expect(final.questions.length).toBeGreaterThan(5);
    // The preview marks the right answer of a single-answer question, and only it.
    const single = groups.flatMap((g) => g.questions).find((q) => q.type === 'single')!;
    expect(single.preview.filter((c) => c.right)).toHaveLength(1);
  });
});
