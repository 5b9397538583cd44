/**
 * Parses the ifupdown2 syntax Proxmox writes into an InterfacesDocument, collecting syntax diagnostics.
 * Like ifupdown2, indentation carries no meaning: an option belongs to the last iface/mapping line, even
 * after blank lines, until the next keyword line. Never throws.
 */
import { Diagnostics } from '../diagnostic.ts';
import { LineIndex } from '../span.ts';
import { suggest } from '../suggest.ts';
import { logicalLines, wordsOf, type LogicalLine, type Word } from './lexer.ts';
import type { BlankLine, BodyItem, CommentLine, IfaceStanza, InterfacesDocument, MappingStanza, TopItem } from './model.ts';
import { escapeControls } from '../printable.ts';

/** What no text file holds: NUL and other C0 controls (tab, line breaks, form feed and vertical tab are text), and U+FFFD, which the reader decoding the file puts where bytes were not UTF-8. */
const NOT_TEXT = /[\x00-\x08\x0e-\x1f\x7f\ufffd]/;

export const KEYWORDS = ['iface', 'auto', 'allow-hotplug', 'source', 'source-directory', 'mapping', 'no-auto-down', 'no-scripts', 'rename'] as const;
const SOURCE_KEYWORDS = new Set(['source', 'source-directory', 'source-dir']);
/** Lines that name interfaces like `auto` does but do not bring them up (interfaces(5), ifupdown 0.8). */
export const SELECTION_ONLY_KEYWORDS = new Set(['no-auto-down', 'no-scripts', 'rename']);

export const METHODS: Record<string, readonly string[]> = {
  inet: ['static', 'manual', 'dhcp', 'loopback', 'bootp', 'ppp', 'wvdial', 'tunnel', 'ipv4ll'],
  inet6: ['static', 'manual', 'dhcp', 'auto', 'loopback', 'v4tunnel', '6to4'],
  ipx: ['static', 'dynamic'],
  can: ['static'],
};

export function isKeyword(word: string): boolean {
  return (
    word === 'iface' ||
    word === 'auto' ||
    word === 'mapping' ||
    word.startsWith('allow-') ||
    SOURCE_KEYWORDS.has(word) ||
    SELECTION_ONLY_KEYWORDS.has(word)
  );
}

/** UTF-8 length without allocating (names are nearly always ASCII). */
function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** Linux accepts names up to 15 bytes without '/', ':' or whitespace ('.' and '..' are reserved). */
export function isValidInterfaceName(name: string): boolean {
  return (
    name.length > 0 &&
    byteLength(name) <= 15 &&
    !/[/:\s]/.test(name) &&
    name !== '.' &&
    name !== '..'
  );
}

/** `[VARIABLE]/VALUE[/[OPTIONS]][=LOGICAL]` or `NAME=LOGICAL`, as interfaces(5) allows on auto/allow-/rename lines. */
function isSelectionPattern(word: string): boolean {
  return word.includes('/') || word.includes('=');
}

export interface ParsedInterfaces {
  doc: InterfacesDocument;
  index: LineIndex;
  diagnostics: Diagnostics;
}

export function parseInterfacesText(text: string): ParsedInterfaces {
  const index = new LineIndex(text);
  const diags = new Diagnostics();
  const items: TopItem[] = [];
  let stanza: IfaceStanza | MappingStanza | undefined;
  // Blank and comment lines seen inside a stanza: they join its body only if an option follows.
  let pending: Array<CommentLine | BlankLine> = [];

  if (text.charCodeAt(0) === 0xfeff) diags.add('cfg.byte_order_mark', index.span(0, 1));
  const binary = NOT_TEXT.exec(text);
  if (binary) {
    const nul = binary[0] === '\u0000';
    diags.add('cfg.not_text', index.span(binary.index, binary.index + 1), {
      what: nul ? 'it holds a NUL byte (\\x00) here' : binary[0] === '\ufffd' ? 'bytes here are not valid UTF-8 (shown as \\ufffd)' : `it holds a control character (${escapeControls(binary[0])}) here`,
      whatKo: nul ? '여기에 NUL 바이트(\\x00)가 있습니다' : binary[0] === '\ufffd' ? '여기의 바이트는 올바른 UTF-8이 아닙니다(\\ufffd로 표시)' : `여기에 제어 문자(${escapeControls(binary[0])})가 있습니다`,
    });
  }

  const closeStanza = () => {
    items.push(...pending);
    pending = [];
    stanza = undefined;
  };

  for (const line of logicalLines(index)) {
    if (line.kind === 'blank' || line.text === '') {
      const blank: BlankLine = { kind: 'blank', span: line.span };
      if (stanza) pending.push(blank);
      else items.push(blank);
      continue;
    }
    if (line.kind === 'comment') {
      const comment: CommentLine = { kind: 'comment', text: line.text.slice(1), span: line.span };
      if (stanza) pending.push(comment);
      else items.push(comment);
      continue;
    }
    const words = wordsOf(index, line);
    const first = words[0]!;
    if (isKeyword(first.text)) {
      closeStanza();
      const item = keywordLine(first.text, words, line, diags);
      items.push(item);
      if (item.kind === 'iface' || item.kind === 'mapping') stanza = item;
      continue;
    }
    if (stanza) {
      stanza.body.push(...pending);
      pending = [];
      stanza.body.push(optionLine(words, line, diags));
      continue;
    }
    const hint = line.indented ? undefined : suggest(first.text, KEYWORDS);
    if (hint) diags.add('cfg.unknown_keyword', first.span, { name: first.text, suggestion: hint });
    else diags.add('cfg.option_outside_stanza', first.span, { name: first.text });
    items.push({ kind: 'invalid', text: line.text, span: line.span });
  }
  closeStanza();
  return { doc: { items }, index, diagnostics: diags };
}

function optionLine(words: Word[], line: LogicalLine, diags: Diagnostics): BodyItem {
  const name = words[0]!;
  // The value is the rest of the logical line as written (commands keep their spacing and quotes).
  const valueStart = line.text.length - line.text.slice(name.text.length).trimStart().length;
  const value = line.text.slice(valueStart);
  if (value === '') diags.add('cfg.option_missing_value', name.span, { name: name.text });
  return { kind: 'option', name: name.text, value, span: line.span, words };
}

function keywordLine(keyword: string, words: Word[], line: LogicalLine, diags: Diagnostics): TopItem {
  const span = line.span;
  if (keyword === 'iface') {
    const [, name, family, method, ...extra] = words;
    const stanza: IfaceStanza = {
      kind: 'iface',
      name: name?.text ?? '',
      family: family?.text ?? '',
      method: method?.text ?? '',
      extra: extra.map((w) => w.text),
      body: [],
      span,
      words,
    };
    if (!name) diags.add('cfg.iface_missing_name', words[0]!.span);
    else if (!isValidInterfaceName(name.text)) diags.add('cfg.bad_interface_name', name.span, { name: name.text });
    if (family && !Object.hasOwn(METHODS, family.text)) {
      const s = suggest(family.text, Object.keys(METHODS));
      diags.add('cfg.bad_family', family.span, { value: family.text, ...(s ? { suggestion: s } : {}) });
    } else if (family && method) {
      const allowed = METHODS[family.text]!;
      if (!allowed.includes(method.text)) {
        const s = suggest(method.text, allowed);
        diags.add('cfg.bad_method', method.span, {
          value: method.text,
          family: family.text,
          expected: allowed.slice(0, 4).join(', '),
          ...(s ? { suggestion: s } : {}),
        });
      }
    }
    // `inherits TEMPLATE` (interfaces(5), INTERFACE TEMPLATES) is the one thing ifupdown reads after the method.
    const inherits = extra[0]?.text === 'inherits';
    if (inherits && !extra[1]) diags.add('cfg.option_missing_value', extra[0]!.span, { name: 'inherits' });
    const stray = inherits ? extra[2] : extra[0];
    if (stray) diags.add('cfg.iface_extra_words', stray.span, { value: stray.text });
    return stanza;
  }
  if (keyword === 'mapping') {
    const names = words.slice(1);
    if (names.length === 0) diags.add('cfg.auto_missing_name', words[0]!.span, { keyword });
    diags.add('cfg.mapping_not_simulated', span, { name: names.map((w) => w.text).join(' ') });
    return { kind: 'mapping', names: names.map((w) => w.text), body: [], span, words };
  }
  if (SOURCE_KEYWORDS.has(keyword)) {
    const path = line.text.slice(keyword.length).trim();
    if (path === '') diags.add('cfg.option_missing_value', words[0]!.span, { name: keyword });
    else diags.add('cfg.source_not_followed', span, { keyword, path });
    return { kind: 'source', keyword: keyword as 'source' | 'source-directory' | 'source-dir', path, span, words };
  }
  // auto / allow-* / no-auto-down / no-scripts / rename
  const names = words.slice(1);
  if (names.length === 0) diags.add('cfg.auto_missing_name', words[0]!.span, { keyword });
  for (const n of names) {
    // ifupdown 0.8 patterns (`auto /eth*`, `/mac/00:11:*=lan`) and rename's CUR=NEW are not plain names.
    if (isSelectionPattern(n.text) || keyword === 'rename') continue;
    if (!isValidInterfaceName(n.text)) diags.add('cfg.bad_interface_name', n.span, { name: n.text });
  }
  return { kind: 'auto', keyword, names: names.map((w) => w.text), span, words };
}
