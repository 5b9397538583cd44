/** Public API of the config layer: parse and check Proxmox network configs, format diagnostics. */
export { checkInterfaces, parseInterfacesText, serializeInterfaces, stripSpans } from './interfaces/index.ts';
export type * from './interfaces/index.ts';
export { parseGuestConfig, checkGuests, generatedMac, looksLikeGuestConfig, NIC_MODELS, type GuestConfig, type GuestNic } from './guest.ts';
export { Diagnostics, messageText, hintText, sortDiagnostics, type Diagnostic, type DiagnosticCode } from './diagnostic.ts';
export { MESSAGES, isConfigCode, interpolate, type Lang, type Severity } from './messages.ts';
export { formatDiagnostic, formatSummary } from './format.ts';
export { LineIndex, type Span } from './span.ts';
export * as ipv4 from './ipv4.ts';
