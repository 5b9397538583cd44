/** A problem found in a config, pointing at its source span, with a stable code from the message table. */
import { interpolate, MESSAGES, type Lang, type Severity } from './messages.ts';
import { resolveParticles } from './particles.ts';
import { escapeControls } from './printable.ts';
import type { Span } from './span.ts';

export type DiagnosticCode = keyof typeof MESSAGES;
export type Params = Record<string, string | number>;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  span: Span;
  params: Params;
  /** Set when diagnostics of several files are shown together. */
  file?: string;
}

/** Like a compiler, stop listing after this many: nobody reads further, and a broken file stays fast. */
export const MAX_DIAGNOSTICS = 500;

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** How many were dropped past MAX_DIAGNOSTICS. */
  dropped = 0;

  add(code: DiagnosticCode, span: Span, params: Params = {}): void {
    if (this.list.length >= MAX_DIAGNOSTICS) {
      if (this.dropped++ === 0) this.list.push({ code: 'cfg.too_many_diagnostics', severity: 'info', span, params: { max: MAX_DIAGNOSTICS } });
      return;
    }
    this.list.push({ code, severity: MESSAGES[code].severity, span, params });
  }
}

/**
 * Korean templates write both particle forms after a placeholder ("{name}이(가)"); once the identifier
 * is filled in, the one form that fits it is kept ("vmbr0이", "eno1을", "bond0으로").
 */
function fill(template: string, params: Diagnostic['params'], lang: Lang): string {
  // Values come from the reader's file: a control character in one is shown escaped, never raw.
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? escapeControls(v) : v]));
  const text = interpolate(template, shown);
  return lang === 'ko' ? resolveParticles(text) : text;
}

export function messageText(d: Pick<Diagnostic, 'code' | 'params'>, lang: Lang): string {
  return fill(MESSAGES[d.code].message[lang], d.params, lang);
}

/**
 * The hint, if any. A hint that opens with "did you mean {suggestion}?" loses that sentence when
 * there is nothing to suggest, and disappears if nothing else is left.
 */
export function hintText(d: Pick<Diagnostic, 'code' | 'params'>, lang: Lang): string | undefined {
  const def: { hint?: { en: string; ko: string } } = MESSAGES[d.code];
  if (!def.hint) return undefined;
  let template = def.hint[lang];
  if (template.includes('{suggestion}') && d.params.suggestion === undefined) {
    const q = template.indexOf('?');
    template = q === -1 ? '' : template.slice(q + 1).trim();
  }
  return template === '' ? undefined : fill(template, d.params, lang);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Source order, then severity: how a reader walks through a file. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.span.start - b.span.start || ORDER[a.severity] - ORDER[b.severity]);
}
