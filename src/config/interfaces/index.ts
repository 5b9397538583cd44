/** Parse and check an /etc/network/interfaces text in one pass: model, host configuration and every diagnostic. */
import { sortDiagnostics, type Diagnostic } from '../diagnostic.ts';
import type { LineIndex } from '../span.ts';
import { checkHost } from './check.ts';
import type { HostConfig } from './host.ts';
import { interpret } from './interpret.ts';
import type { InterfacesDocument } from './model.ts';
import { parseInterfacesText } from './parse.ts';

export interface CheckedInterfaces {
  doc: InterfacesDocument;
  host: HostConfig;
  index: LineIndex;
  /** Sorted by position, errors before warnings at the same place. */
  diagnostics: Diagnostic[];
}

export function checkInterfaces(text: string): CheckedInterfaces {
  const { doc, index, diagnostics } = parseInterfacesText(text);
  const host = interpret(doc, index, diagnostics);
  checkHost(host, diagnostics);
  return { doc, host, index, diagnostics: sortDiagnostics(diagnostics.list) };
}

export { parseInterfacesText } from './parse.ts';
export { serializeInterfaces } from './serialize.ts';
export { stripSpans } from './model.ts';
export type * from './model.ts';
export type * from './host.ts';
export type * from './commands.ts';
