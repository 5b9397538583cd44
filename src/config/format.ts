/**
 * Prints diagnostics the way compilers do:
 *   interfaces:20:9: warning: unknown option 'bridge-prots'
 *     hint: did you mean 'bridge-ports'?
 *      20 |         bridge-prots eno1
 *         |         ^^^^^^^^^^^^
 * The severity word stays English in both languages so tools can grep it; the message is translated.
 */
import { hintText, messageText, type Diagnostic } from './diagnostic.ts';
import type { Lang } from './messages.ts';
import { displayLine } from './printable.ts';
import type { LineIndex } from './span.ts';

export interface FormatOptions {
  lang: Lang;
  file: string;
  /** For the source excerpt under each diagnostic. */
  index?: LineIndex;
  color?: boolean;
}

const HINT: Record<Lang, string> = { en: 'hint', ko: '도움말' };
const COLORS = { error: '\x1b[1;31m', warning: '\x1b[1;33m', info: '\x1b[1;36m', bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m' };

export function formatDiagnostic(d: Diagnostic, opts: FormatOptions): string {
  const c = opts.color ? COLORS : { error: '', warning: '', info: '', bold: '', dim: '', reset: '' };
  const { line, col } = d.span;
  const lines = [`${c.bold}${d.file ?? opts.file}:${line}:${col}:${c.reset} ${c[d.severity]}${d.severity}:${c.reset} ${c.bold}${messageText(d, opts.lang)}${c.reset} ${c.dim}[${d.code}]${c.reset}`];
  const hint = hintText(d, opts.lang);
  if (hint) lines.push(`  ${HINT[opts.lang]}: ${hint}`);
  if (opts.index) {
    const full = opts.index.lineText(line);
    // Long lines are cut around the column so the caret stays on screen.
    const from = Math.max(0, col - 60);
    const shown = full.slice(from, from + 120);
    const caretAt = col - 1 - from;
    const marked = d.span.endLine === line ? Math.max(1, d.span.endCol - col) : shown.length - caretAt;
    // Tabs expanded and control characters escaped in the line and in the caret's offset alike, so the caret stays under its word.
    const before = displayLine(shown.slice(0, caretAt));
    const text = displayLine(shown);
    const width = Math.max(1, Math.min(displayLine(shown.slice(0, caretAt + marked)).length - before.length, text.length - before.length));
    const gutter = String(line).length;
    lines.push(`  ${String(line)} | ${text}`);
    lines.push(`  ${' '.repeat(gutter)} | ${' '.repeat(before.length)}${c[d.severity]}${'^'.repeat(width)}${c.reset}`);
  }
  return lines.join('\n');
}

export function formatSummary(list: readonly Diagnostic[], lang: Lang): string {
  const count = (s: Diagnostic['severity']) => list.filter((d) => d.severity === s).length;
  const e = count('error');
  const w = count('warning');
  const i = count('info');
  return lang === 'ko' ? `오류 ${e}개, 경고 ${w}개, 정보 ${i}개` : `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`;
}
