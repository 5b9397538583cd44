/**
 * A code editor made of a transparent textarea over a highlighted <pre>: the textarea keeps native
 * caret, selection, IME, undo and screen-reader behaviour; the backdrop draws colours, line numbers
 * and diagnostic underlines. Tab indents; Escape releases Tab so keyboard users can leave.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { lineSeverity, markLine, plainTokens, type Mark, type Token } from './tokens.ts';

type Highlight = (text: string) => Token[][];

export interface EditorProps {
  value: string;
  onChange(value: string): void;
  marks: readonly Mark[];
  label: string;
  /** Ids of the help text and the diagnostics summary. */
  describedBy?: string;
  /** Said when Escape releases the Tab key. */
  tabReleased: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  id?: string;
}

const INDENT = '        ';

let loadHighlighter: Promise<Highlight> | undefined;
function highlighter(): Promise<Highlight> {
  loadHighlighter ??= import('./highlight.ts').then((m) => m.highlightInterfaces);
  return loadHighlighter;
}

/** Replace a range through the browser's editing commands when possible, so undo keeps working. */
function replaceRange(ta: HTMLTextAreaElement, start: number, end: number, text: string, onChange: (v: string) => void) {
  ta.focus();
  ta.setSelectionRange(start, end);
  let done = false;
  try {
    done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (!done || ta.value.slice(start, start + text.length) !== text) {
    ta.setRangeText(text, start, end, 'end');
    onChange(ta.value);
  }
}

export function Editor({ value, onChange, marks, label, describedBy, tabReleased, textareaRef, id }: EditorProps) {
  const [hl, setHl] = useState<Highlight | undefined>(undefined);
  const [tabFree, setTabFree] = useState(false);
  const local = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    let alive = true;
    highlighter()
      .then((f) => alive && setHl(() => f))
      .catch(() => undefined); // without colours the editor still works
    return () => {
      alive = false;
    };
  }, []);

  const lines = useMemo(() => {
    let tokens: Token[][];
    try {
      tokens = hl ? hl(value) : plainTokens(value);
    } catch {
      tokens = plainTokens(value);
    }
    let start = 0;
    return value.split('\n').map((text, i) => {
      const end = start + text.length;
      const lineTokens = tokens[i] ?? (text ? [{ content: text, offset: start }] : []);
      const row = { n: i + 1, pieces: markLine(lineTokens, marks), severity: lineSeverity(start, end, marks) };
      start = end + 1;
      return row;
    });
  }, [value, hl, marks]);

  const setRefs = (el: HTMLTextAreaElement | null) => {
    local.current = el;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) (textareaRef as { current: HTMLTextAreaElement | null }).current = el;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const ta = e.currentTarget;
    if (e.key === 'Escape') {
      setTabFree(true);
      return;
    }
    if (e.key === 'Tab' && !tabFree && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      const { selectionStart: s, selectionEnd: t } = ta;
      const lineStart = value.lastIndexOf('\n', s - 1) + 1;
      const multi = value.slice(s, t).includes('\n');
      if (!e.shiftKey && !multi) {
        const col = s - lineStart;
        replaceRange(ta, s, t, ' '.repeat(INDENT.length - (col % INDENT.length)), onChange);
        return;
      }
      const blockEnd = t > s && value[t - 1] === '\n' ? t - 1 : t;
      const block = value.slice(lineStart, blockEnd);
      const changed = block
        .split('\n')
        .map((l) => (e.shiftKey ? l.replace(/^( {1,8}|\t)/, '') : INDENT + l))
        .join('\n');
      if (changed !== block) {
        replaceRange(ta, lineStart, blockEnd, changed, onChange);
        ta.setSelectionRange(lineStart, lineStart + changed.length);
      }
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && ta.selectionStart === ta.selectionEnd) {
      // Keep the indentation of the line, and indent after an iface line: options go under it.
      const s = ta.selectionStart;
      const lineStart = value.lastIndexOf('\n', s - 1) + 1;
      const line = value.slice(lineStart, s);
      const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
      const indent = /^\s*iface\s/.test(line) ? INDENT : line.trim() === '' ? '' : lead;
      if (indent) {
        e.preventDefault();
        replaceRange(ta, s, s, `\n${indent}`, onChange);
      }
    }
  };

  return (
    <div className="nmp-editor">
      <pre className="nmp-editor__text nmp-editor__backdrop" aria-hidden="true">
        {lines.map((l) => (
          <span key={l.n} className="nmp-editor__line" data-n={l.n} data-sev={l.severity}>
            {l.pieces.length === 0 && '\u200b'}
            {l.pieces.map((p, i) => (
              <span
                key={i}
                className={p.severity ? `nmp-sev-${p.severity}` : undefined}
                style={p.color || p.italic ? { color: p.color, fontStyle: p.italic ? 'italic' : undefined } : undefined}
              >
                {p.content}
              </span>
            ))}
          </span>
        ))}
      </pre>
      <textarea
        id={id}
        ref={setRefs}
        className="nmp-editor__text nmp-editor__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setTabFree(false)}
        aria-label={label}
        aria-describedby={describedBy}
        aria-multiline="true"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        translate="no"
        wrap="soft"
      />
      <p className="nmp-sr-only" aria-live="polite">
        {tabFree ? tabReleased : ''}
      </p>
    </div>
  );
}
