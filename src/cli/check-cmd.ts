/** `netmodes check FILE...`: diagnostics for interfaces files, guest configs and lab files. */
import { hintText, messageText, sortDiagnostics, type Diagnostic } from '../config/diagnostic.ts';
import { formatDiagnostic, formatSummary } from '../config/format.ts';
import { checkGuests, looksLikeGuestConfig, parseGuestConfig, type GuestConfig, type GuestHost } from '../config/guest.ts';
import { checkInterfaces, type CheckedInterfaces } from '../config/interfaces/index.ts';
import type { Lang } from '../config/messages.ts';
import { LineIndex, type Span } from '../config/span.ts';
import type { Diagnostics } from '../config/diagnostic.ts';
import { loadLab } from '../labs/load.ts';
import { groupIncluded, type InterfacesInput } from './included-files.ts';
import { paint, type Io } from './io.ts';

export interface CheckOptions {
  lang: Lang;
  json: boolean;
  quiet: boolean;
}

interface Checked {
  file: string;
  index?: LineIndex;
  diagnostics: Diagnostic[];
  unreadable?: boolean;
}

/** VM id from a file name like 100.conf; 100 otherwise (only seeds generated MACs). */
function vmidOf(file: string): number {
  const m = /(\d+)\.conf$/.exec(file);
  return m ? Number(m[1]) : 100;
}

export function checkFiles(files: readonly string[], opts: CheckOptions, io: Io): number {
  const results: Checked[] = [];
  const indexes = new Map<string, LineIndex>();
  const hosts: GuestHost[] = [];
  const guests: Array<GuestConfig & { diagnostics: Diagnostics; file: string }> = [];
  const interfaces: Array<{ input: InterfacesInput; checked: CheckedInterfaces; result: Checked }> = [];
  for (const file of files) {
    const text = io.readFile(file);
    if (text === undefined) {
      results.push({ file, diagnostics: [], unreadable: true });
      continue;
    }
    const index = new LineIndex(text);
    indexes.set(file, index);
    if (/\.ya?ml$/i.test(file)) {
      const lab = loadLab(text, { file, readFile: (p) => io.readFile(io.resolve(file, p)) });
      for (const d of lab.diagnostics) if (d.file && d.file !== file && !indexes.has(d.file)) {
        const t = io.readFile(io.resolve(file, d.file));
        if (t !== undefined) indexes.set(d.file, new LineIndex(t));
      }
      results.push({ file, index, diagnostics: lab.diagnostics });
    } else if (looksLikeGuestConfig(text)) {
      const g = parseGuestConfig(text, vmidOf(file));
      guests.push({ ...g, file });
      results.push({ file, index, diagnostics: [] });
    } else {
      const checked: CheckedInterfaces = checkInterfaces(text);
      const result: Checked = { file, index, diagnostics: checked.diagnostics.map((d) => ({ ...d, file })) };
      results.push(result);
      interfaces.push({ input: { file, path: io.resolve('.', file), text, doc: checked.doc }, checked, result });
    }
  }
  checkIncluded(interfaces, hosts, io);
  // Each guest against every interfaces file given: a guest may run on any of those nodes.
  checkGuests(guests, hosts);
  for (const g of guests) {
    const r = results.find((x) => x.file === g.file)!;
    r.diagnostics = sortDiagnostics(g.diagnostics.list).map((d) => ({ ...d, file: g.file }));
  }

  const shown = (list: Diagnostic[]) => (opts.quiet ? list.filter((d) => d.severity !== 'info') : list);
  const errors = results.reduce((n, r) => n + (r.unreadable ? 1 : r.diagnostics.filter((d) => d.severity === 'error').length), 0);
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          files: results.map((r) => ({
            file: r.file,
            readable: !r.unreadable,
            diagnostics: shown(r.diagnostics).map((d) => ({
              file: d.file ?? r.file,
              line: d.span.line,
              col: d.span.col,
              endLine: d.span.endLine,
              endCol: d.span.endCol,
              severity: d.severity,
              code: d.code,
              message: messageText(d, opts.lang),
              hint: hintText(d, opts.lang) ?? null,
              params: d.params,
            })),
          })),
          errors,
        },
        null,
        2,
      ),
    );
    return errors > 0 ? 1 : 0;
  }
  const c = paint(io.color);
  for (const r of results) {
    if (r.unreadable) {
      io.err(`${c.bold(r.file)}: ${c.red('error:')} ${opts.lang === 'ko' ? '파일을 읽을 수 없습니다' : 'cannot read the file'}`);
      continue;
    }
    const list = shown(r.diagnostics);
    for (const d of list) {
      const file = d.file ?? r.file;
      const index = indexes.get(file) ?? r.index;
      io.out(formatDiagnostic(d, { lang: opts.lang, file, ...(index ? { index } : {}), color: io.color }));
    }
    const summary = formatSummary(r.diagnostics, opts.lang);
    const ok = !r.diagnostics.some((d) => d.severity === 'error');
    io.out(`${c.bold(r.file)}: ${ok ? c.green(opts.lang === 'ko' ? '통과' : 'ok') : c.red(opts.lang === 'ko' ? '실패' : 'failed')} (${summary})`);
  }
  return errors > 0 ? 1 : 0;
}

/**
 * Interfaces files that include others given on the same command line (source, SDN) are checked as
 * the one text ifupdown reads, each diagnostic reported in the file it points into. Guests are checked
 * against each resulting host: every file given that no other includes.
 */
function checkIncluded(
  interfaces: ReadonlyArray<{ input: InterfacesInput; checked: CheckedInterfaces; result: Checked }>,
  hosts: GuestHost[],
  io: Io,
): void {
  const groups = groupIncluded(interfaces.map((i) => i.input), io.resolve);
  const included = new Set([...groups.values()].flatMap((g) => g.parts));
  const done = new Set<InterfacesInput>();
  for (const { input, checked, result } of interfaces) {
    if (included.has(input)) continue;
    const group = groups.get(input);
    if (!group) {
      hosts.push({ host: checked.host, file: input.file });
      continue;
    }
    const parts = [input, ...group.parts];
    const segments: Array<{ input: InterfacesInput; offset: number; lines: number }> = [];
    let text = '';
    for (const part of parts) {
      segments.push({ input: part, offset: text.length, lines: text === '' ? 0 : text.split('\n').length - 1 });
      text += `${part.text.replace(/^\uFEFF/, '')}\n`;
    }
    const combined = checkInterfaces(text);
    hosts.push({ host: combined.host, file: input.file });
    for (let i = segments.length - 1; i >= 0; i--) {
      const seg = segments[i]!;
      const end = segments[i + 1]?.offset ?? Infinity;
      const target = interfaces.find((x) => x.input === seg.input)!.result;
      if (done.has(seg.input)) continue;
      done.add(seg.input);
      // A BOM dropped from an included file shifts its first line by one column.
      const bom = seg.input.text.startsWith('\uFEFF') && seg !== segments[0] ? 1 : 0;
      target.diagnostics = combined.diagnostics
        .filter((d) => d.span.start >= seg.offset && d.span.start < end)
        .filter((d) => !(d.code === 'cfg.source_not_followed' && group.followed.has(String(d.params['path']))))
        .map((d) => ({ ...d, file: seg.input.file, span: rebase(d.span, seg.offset - bom, seg.lines, bom) }));
    }
  }
}

function rebase(span: Span, offset: number, lines: number, bom: number): Span {
  const col = (line: number, c: number) => (line === lines + 1 ? c + bom : c);
  return {
    start: span.start - offset,
    end: span.end - offset,
    line: span.line - lines,
    col: col(span.line, span.col),
    endLine: span.endLine - lines,
    endCol: col(span.endLine, span.endCol),
  };
}
