/**
 * Diagnostics for the playground, through the config helper's parser and checks, turned into what the
 * editor needs: marks for underlines and list items in the reader's language.
 */
import { hintText, messageText, type Diagnostic } from '../../config/diagnostic.ts';
import { checkInterfaces } from '../../config/interfaces/index.ts';
import type { Lang } from '../i18n/play.ts';
import type { Mark, Severity } from './tokens.ts';

export interface ShownDiagnostic {
  severity: Severity;
  line: number;
  col: number;
  start: number;
  end: number;
  message: string;
  hint?: string;
}

export function diagnose(text: string): Diagnostic[] {
  try {
    return checkInterfaces(text).diagnostics;
  } catch {
    // The parser promises never to throw; if it ever does, the editor must still work.
    return [];
  }
}

export function toMarks(list: readonly Diagnostic[]): Mark[] {
  return list.map((d) => ({ start: d.span.start, end: d.span.end, severity: d.severity }));
}

export function showDiagnostics(list: readonly Diagnostic[], lang: Lang): ShownDiagnostic[] {
  return list.map((d) => {
    const hint = hintText(d, lang);
    const shown: ShownDiagnostic = {
      severity: d.severity,
      line: d.span.line,
      col: d.span.col,
      start: d.span.start,
      end: d.span.end,
      message: messageText(d, lang),
    };
    if (hint) shown.hint = hint;
    return shown;
  });
}
