/**
 * Splits an interfaces file into logical lines (joining `\` continuations, as ifupdown does) and words,
 * keeping the source position of every character so diagnostics can point into the original text.
 */
import { LineIndex, type Span } from '../span.ts';

export interface Word {
  text: string;
  span: Span;
}

/** One piece of a logical line copied from the source: text[at..at+length) came from source[from..). */
interface Segment {
  at: number;
  from: number;
  length: number;
  /** Physical line (1-based) the piece is on, and the offset where that line starts. */
  line: number;
  lineStart: number;
}

export interface LogicalLine {
  /** Content with continuation backslashes and line breaks removed; leading/trailing blanks trimmed. */
  text: string;
  /** The first physical line (1-based). */
  line: number;
  /** Whether the first physical line starts with a space or tab. */
  indented: boolean;
  kind: 'blank' | 'comment' | 'content';
  span: Span;
  segments: Segment[];
}

const isBlank = (c: number) => c === 32 || c === 9;

/** Span of [start, end) on one physical line whose first character is at `lineStart`: no search needed. */
function lineSpan(lineNo: number, lineStart: number, start: number, end: number): Span {
  return { start, end, line: lineNo, col: start - lineStart + 1, endLine: lineNo, endCol: end - lineStart + 1 };
}

/** Physical lines of a text: [start, end) offsets without the line break (a trailing CR is dropped). */
function physicalLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (text.length === 0) return out;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const trimmedEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    out.push([start, trimmedEnd]);
    if (nl === -1) break;
    start = nl + 1;
    // A final line break does not start another (empty) line.
    if (start === text.length) break;
  }
  return out;
}

export function logicalLines(index: LineIndex): LogicalLine[] {
  const text = index.text;
  const lines = physicalLines(text);
  const out: LogicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [ps, pe] = lines[i]!;
    // A byte order mark (saved by some Windows editors) is reported by the parser and otherwise skipped.
    const bom = ps === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let s = ps + bom;
    while (s < pe && isBlank(text.charCodeAt(s))) s++;
    const indented = s > ps + bom;
    const firstLine = i + 1;
    if (s === pe) {
      out.push({ text: '', line: firstLine, indented, kind: 'blank', span: lineSpan(firstLine, ps, ps, pe), segments: [] });
      continue;
    }
    if (text.charCodeAt(s) === 35 /* # */) {
      let e = pe;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      out.push({
        text: text.slice(s, e),
        line: firstLine,
        indented,
        kind: 'comment',
        span: lineSpan(firstLine, ps, s, e),
        segments: [{ at: 0, from: s, length: e - s, line: firstLine, lineStart: ps }],
      });
      continue;
    }
    const segments: Segment[] = [];
    let joined = '';
    let lastEnd = s;
    let from = s;
    let to = pe;
    let physStart = ps;
    for (;;) {
      let e = to;
      while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
      const backslash = e > from && text.charCodeAt(e - 1) === 92; /* \ */
      const continues = backslash && i + 1 < lines.length;
      // A backslash on the last line of the file continues into nothing: it is dropped all the same.
      let contentEnd = backslash ? e - 1 : e;
      // Blanks around a continuation collapse into the one space that separates the words.
      if (backslash) while (contentEnd > from && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
      if (contentEnd > from) {
        segments.push({ at: joined.length, from, length: contentEnd - from, line: i + 1, lineStart: physStart });
        joined += text.slice(from, contentEnd);
        lastEnd = contentEnd;
      }
      if (!continues) break;
      // Words on either side of a continuation are separate, as the shell and ifupdown see them.
      joined += ' ';
      segments.push({ at: joined.length - 1, from: e - 1, length: 1, line: i + 1, lineStart: physStart });
      i++;
      [from, to] = lines[i]!;
      physStart = from;
      while (from < to && isBlank(text.charCodeAt(from))) from++;
    }
    // Trim what the join left at the end (a continuation followed by an empty line).
    let trimmed = joined.length;
    while (trimmed > 0 && isBlank(joined.charCodeAt(trimmed - 1))) trimmed--;
    out.push({
      text: joined.slice(0, trimmed),
      line: firstLine,
      indented,
      kind: 'content',
      span: i + 1 === firstLine ? lineSpan(firstLine, ps, s, Math.max(s, lastEnd)) : index.span(s, Math.max(s, lastEnd)),
      segments,
    });
  }
  return out;
}

/** Source offset of a position in a logical line's text (positions at the end map past the last char). */
export function sourceOffset(line: LogicalLine, at: number): number {
  const segs = line.segments;
  if (segs.length === 0) return line.span.start;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  return seg.from + Math.min(at - seg.at, seg.length);
}

/** Span of text[from..to) of a logical line in the source. */
function segmentAt(line: LogicalLine, at: number): Segment | undefined {
  const segs = line.segments;
  let lo = 0;
  let hi = segs.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/** Span of text[from..to) of a logical line in the source; each segment knows its physical line, so no search of the file. */
export function spanIn(index: LineIndex, line: LogicalLine, from: number, to: number): Span {
  const a = segmentAt(line, from);
  const b = to > from ? segmentAt(line, to - 1) : a;
  if (!a || !b) return index.span(line.span.start, line.span.start);
  const start = a.from + Math.min(from - a.at, a.length);
  const end = to > from ? Math.max(start, b.from + Math.min(to - 1 - b.at, b.length - 1) + 1) : start;
  return { start, end, line: a.line, col: start - a.lineStart + 1, endLine: b.line, endCol: end - b.lineStart + 1 };
}

/** Whitespace-separated words of text[from..), with their source spans. */
export function wordsOf(index: LineIndex, line: LogicalLine, from = 0): Word[] {
  const t = line.text;
  const words: Word[] = [];
  let i = from;
  while (i < t.length) {
    while (i < t.length && isBlank(t.charCodeAt(i))) i++;
    if (i >= t.length) break;
    const s = i;
    while (i < t.length && !isBlank(t.charCodeAt(i))) i++;
    words.push({ text: t.slice(s, i), span: spanIn(index, line, s, i) });
  }
  return words;
}
