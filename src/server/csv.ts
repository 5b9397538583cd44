/**
 * The class results as CSV for spreadsheets: UTF-8 with a BOM (Excel otherwise shows Korean as
 * mojibake), and every cell that a spreadsheet would run as a formula defused.
 */
import { stringify } from 'csv-stringify/sync';
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

const HEADERS: Record<Lang, { name: string; submitted: string; score: string; total: string; percent: string; attempts: string; lang: string }> = {
  en: { name: 'Name', submitted: 'Submitted (UTC)', score: 'Score', total: 'Out of', percent: 'Percent', attempts: 'Attempts', lang: 'Language' },
  ko: { name: '이름', submitted: '제출 시각 (UTC)', score: '점수', total: '만점', percent: '백분율', attempts: '제출 횟수', lang: '언어' },
};

export function submissionsCsv(questionIds: readonly string[], submissions: readonly Submission[], lang: Lang): string {
  const h = HEADERS[lang];
  const header = [h.name, h.submitted, h.score, h.total, h.percent, h.attempts, h.lang, ...questionIds];
  const rows = submissions.map((s) => [
    s.name,
    new Date(s.submittedAt).toISOString(),
    String(s.score),
    String(s.total),
    s.total ? String(Math.round((s.score / s.total) * 1000) / 10) : '0',
    String(s.attempts),
    s.locale,
    ...questionIds.map((id) => String(s.results[id]?.points ?? 0)),
  ]);
  const body = stringify([header, ...rows].map((row) => row.map(neutralizeCell)), { record_delimiter: '\r\n', quoted: true });
  return `\uFEFF${body}`;
}
