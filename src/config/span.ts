/**
 * Positions in a source text. Lines and columns are 1-based (as compilers print them); columns count
 * UTF-16 code units, so a tab is one column. `start`/`end` are 0-based offsets an editor can highlight.
 */
export interface Span {
  start: number;
  end: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Maps offsets in one text to line/column, by binary search over the line starts. */
export class LineIndex {
  readonly text: string;
  readonly #starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.#starts = starts;
  }

  /** Line and column of an offset; offsets past the end clamp to the end of the text. */
  position(offset: number): { line: number; col: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: o - (this.#starts[lo] ?? 0) + 1 };
  }

  span(start: number, end: number): Span {
    const s = Math.max(0, Math.min(start, this.text.length));
    const e = Math.max(s, Math.min(end, this.text.length));
    const a = this.position(s);
    const b = this.position(e);
    return { start: s, end: e, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  /** Offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, col: number): number {
    const from = this.#starts[Math.max(0, Math.min(line, this.#starts.length) - 1)] ?? 0;
    return Math.max(0, Math.min(from + col - 1, this.text.length));
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const from = this.#starts[line - 1];
    if (from === undefined) return '';
    const next = this.#starts[line];
    let to = next === undefined ? this.text.length : next - 1;
    if (to > from && this.text.charCodeAt(to - 1) === 13) to--;
    return this.text.slice(from, to);
  }
}
