/**
 * Just enough of the POSIX shell to read pre-up/post-up commands: words with single/double quotes and
 * backslash escapes, the list operators (; && || | &) and redirections. Positions are offsets into the
 * command text so diagnostics can point at a single argument.
 */

export interface ShellToken {
  /** The word after quote removal, or the operator itself. */
  text: string;
  from: number;
  to: number;
  /** Set for operators and redirections: ';' '&&' '||' '|' '&' '>' '>>' '<' '2>' '2>&' ... */
  op?: string;
}

export interface ShellParse {
  tokens: ShellToken[];
  /** Offset of an opening quote that is never closed. */
  unclosedQuote?: number;
}

const isSpace = (c: string) => c === ' ' || c === '\t';

export function tokenizeShell(text: string): ShellParse {
  const tokens: ShellToken[] = [];
  let unclosedQuote: number | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const redirect = /^(\d*)(>>|>&|>|<)/.exec(text.slice(i, i + 8));
    if (redirect) {
      tokens.push({ text: redirect[0], from: i, to: i + redirect[0].length, op: redirect[0] });
      i += redirect[0].length;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      tokens.push({ text: two, from: i, to: i + 2, op: two });
      i += 2;
      continue;
    }
    if (c === ';' || c === '|' || c === '&') {
      tokens.push({ text: c, from: i, to: i + 1, op: c });
      i++;
      continue;
    }
    const from = i;
    let word = '';
    while (i < n) {
      const ch = text[i]!;
      if (isSpace(ch) || ch === ';' || ch === '|' || ch === '&' || ch === '>' || ch === '<') break;
      if (ch === "'") {
        const close = text.indexOf("'", i + 1);
        if (close === -1) {
          unclosedQuote ??= i;
          word += text.slice(i + 1);
          i = n;
          break;
        }
        word += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      if (ch === '"') {
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const d = text[j]!;
          if (d === '\\' && j + 1 < n && '"\\$`'.includes(text[j + 1]!)) {
            word += text[j + 1];
            j += 2;
            continue;
          }
          if (d === '"') {
            closed = true;
            break;
          }
          word += d;
          j++;
        }
        if (!closed) unclosedQuote ??= i;
        i = closed ? j + 1 : n;
        continue;
      }
      if (ch === '\\' && i + 1 < n) {
        word += text[i + 1];
        i += 2;
        continue;
      }
      word += ch;
      i++;
    }
    tokens.push({ text: word, from, to: i });
  }
  return unclosedQuote === undefined ? { tokens } : { tokens, unclosedQuote };
}

/** Simple commands of a list: split at ; && || & (a pipeline stays one piece, flagged by its '|'). */
export function splitCommands(tokens: readonly ShellToken[]): ShellToken[][] {
  const out: ShellToken[][] = [];
  let cur: ShellToken[] = [];
  for (const t of tokens) {
    if (t.op === ';' || t.op === '&&' || t.op === '||' || t.op === '&') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}
