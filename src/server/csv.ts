/**
 * The class results as CSV for a gradebook: UTF-8 with a BOM (Excel otherwise shows Korean as
 * mojibake), every cell that a spreadsheet would run as a formula defused, and the layout a
 * teacher can paste from: the assignment's title and code on top, one row per student, per
 * question the chosen answer and the points (both blank when unanswered, so a skipped question
 * does not read as a wrong one), times in the teacher's time zone with the offset and in UTC.
 */
import { stringify } from 'csv-stringify/sync';
import type { Question } from '../quiz/schema.ts';
import { keyFromData, type AnswerKey } from '../quiz/scoring.ts';
import { answerText, picksOf } from './answer-view.ts';
import type { Lang, Submission } from './types.ts';

/**
 * What a spreadsheet may read as the start of a formula (OWASP "CSV Injection"): = + - @, and
 * tab or carriage return before them. Checked after NFKC, so fullwidth ＝ ＋ － ＠ (which some
 * spreadsheets accept as formula signs) count too, and after any separator a spreadsheet might
 * split the cell at when it guesses the delimiter (, ; | tab) or a line break, not only at the
 * start of the cell.
 */
const FORMULA = /(?:^|[,;|\t\r\n])\s*[=+\-@]|^[\t\r]/u;

/**
 * A leading apostrophe makes Excel, LibreOffice and Sheets show the text instead of evaluating it;
 * every cell is also quoted (below), so a separator inside it never starts a new cell. Scores
 * and percents are never negative, so they pass unchanged.
 */
export function neutralizeCell(value: string): string {
  return FORMULA.test(value.normalize('NFKC')) ? `'${value}` : value;
}

const HEADERS = {
  en: {
    assignment: 'Assignment',
    code: 'Join code',
    zone: 'Time zone',
    name: 'Name',
    submitted: (zone: string) => `Submitted (${zone})`,
    utc: 'Submitted (UTC)',
    score: 'Score',
    total: 'Out of',
    percent: 'Percent',
    attempts: 'Attempts',
    lang: 'Language',
    answer: (n: number, prompt: string) => `Q${n} answer: ${prompt}`,
    points: (n: number) => `Q${n} points`,
    ids: '(question id)',
  },
  ko: {
    assignment: '과제',
    code: '참여 코드',
    zone: '시간대',
    name: '이름',
    submitted: (zone: string) => `제출 시각 (${zone})`,
    utc: '제출 시각 (UTC)',
    score: '점수',
    total: '만점',
    percent: '백분율',
    attempts: '제출 횟수',
    lang: '언어',
    answer: (n: number, prompt: string) => `${n}번 답: ${prompt}`,
    points: (n: number) => `${n}번 점수`,
    ids: '(문제 ID)',
  },
} as const;

const PROMPT_CHARS = 40;

function shortPrompt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > PROMPT_CHARS ? `${chars.slice(0, PROMPT_CHARS - 1).join('')}…` : chars.join('');
}

/** The IANA zone if this runtime knows it, else UTC. */
export function knownTimeZone(zone: string | null | undefined): string {
  if (!zone || zone.length > 64) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** "2026-12-06 18:59:07 +09:00": what a spreadsheet shows, with the offset so it is never ambiguous. */
export function localTime(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const offset = /[+-]\d\d:\d\d/.exec(parts.timeZoneName ?? '')?.[0] ?? '+00:00';
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${offset}`;
}

export interface Sheet {
  title: string;
  code: string;
  /** In the assignment's order: Q1 is the first. */
  questions: readonly Question[];
  keys: ReadonlyMap<string, AnswerKey>;
  /** Each student's own variant of a generated question (by public id, then question id): its answer reads in its words. */
  variants?: ReadonlyMap<string, Readonly<Record<string, Question>>>;
}

export function submissionsCsv(sheet: Sheet, submissions: readonly Submission[], lang: Lang, timeZone = 'UTC'): string {
  const h = HEADERS[lang];
  const zone = knownTimeZone(timeZone);
  const fixed = [h.name, h.submitted(zone), h.utc, h.score, h.total, h.percent, h.attempts, h.lang];
  const header = [...fixed, ...sheet.questions.flatMap((q, i) => [h.answer(i + 1, shortPrompt(q[lang].prompt)), h.points(i + 1)])];
  const ids = [h.ids, ...fixed.slice(1).map(() => ''), ...sheet.questions.flatMap((q) => [q.id, q.id])];
  const rows = submissions.map((s) => [
    s.name,
    localTime(s.submittedAt, zone),
    new Date(s.submittedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    String(s.score),
    String(s.total),
    s.total ? String(Math.round((s.score / s.total) * 1000) / 10) : '0',
    String(s.attempts),
    s.locale,
    ...sheet.questions.flatMap((q) => {
      const answer = s.answers[q.id];
      const own = sheet.variants?.get(s.publicId)?.[q.id];
      const key = own ? keyFromData(own) : sheet.keys.get(q.id);
      if (!answer || !key) return ['', ''];
      return [answerText(own ?? q, key, picksOf(answer, s.results[q.id]), lang), String(s.results[q.id]?.points ?? 0)];
    }),
  ]);
  const top = [[h.assignment, sheet.title], [h.code, sheet.code], [h.zone, zone], []];
  const body = stringify([...top, header, ids, ...rows].map((row) => row.map(neutralizeCell)), { record_delimiter: '\r\n', quoted: true });
  return `\uFEFF${body}`;
}
