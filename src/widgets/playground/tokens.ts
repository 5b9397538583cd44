/**
 * Lines of coloured tokens for the editor's backdrop, and the cutting of those tokens where a
 * diagnostic starts or ends so the problem can be underlined in place.
 */
export interface Token {
  content: string;
  /** Offset of the token's first character in the whole text. */
  offset: number;
  color?: string;
  italic?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

export interface Piece extends Token {
  severity?: Severity;
}

/** Uncoloured tokens, one per line: what the editor shows before the highlighter has loaded. */
export function plainTokens(text: string): Token[][] {
  const out: Token[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    out.push(line === '' ? [] : [{ content: line, offset }]);
    offset += line.length + 1;
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Splits a line's tokens at mark boundaries and tags each piece with the worst severity covering it.
 * An empty mark (a missing value at the end of a line) widens to the character before it, so there
 * is always something to underline.
 */
export function markLine(tokens: readonly Token[], marks: readonly Mark[]): Piece[] {
  if (tokens.length === 0 || marks.length === 0) return [...tokens];
  const lineStart = tokens[0]!.offset;
  const last = tokens[tokens.length - 1]!;
  const lineEnd = last.offset + last.content.length;
  const ranges = marks
    .map((m) => (m.end > m.start ? m : { ...m, start: Math.max(lineStart, m.start - 1), end: Math.max(m.start, lineStart + 1) }))
    .filter((m) => m.end > lineStart && m.start < lineEnd);
  if (ranges.length === 0) return [...tokens];
  const cuts = new Set<number>();
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const out: Piece[] = [];
  for (const t of tokens) {
    const end = t.offset + t.content.length;
    const inner = [...cuts].filter((c) => c > t.offset && c < end).sort((a, b) => a - b);
    let from = t.offset;
    for (const to of [...inner, end]) {
      const piece: Piece = { ...t, content: t.content.slice(from - t.offset, to - t.offset), offset: from };
      let worst: Severity | undefined;
      for (const r of ranges) if (r.start <= from && r.end >= to && (!worst || RANK[r.severity] > RANK[worst])) worst = r.severity;
      if (worst) piece.severity = worst;
      out.push(piece);
      from = to;
    }
  }
  return out;
}

/** The worst severity of the marks that touch a line (for the gutter). */
export function lineSeverity(lineStart: number, lineEnd: number, marks: readonly Mark[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const m of marks) {
    const touches = m.start <= lineEnd && Math.max(m.end, m.start + 1) > lineStart;
    if (touches && (!worst || RANK[m.severity] > RANK[worst])) worst = m.severity;
  }
  return worst;
}
