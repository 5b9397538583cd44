/**
 * Text from a reader's file shown back to them (a value quoted in a message, the source line under
 * it) must not carry control characters: a NUL, an escape sequence or a bidi override would garble a
 * terminal or hide what the line says. They are shown escaped, as a programmer would write them.
 */

/** C0 and C1 controls but newline, DEL, U+FFFD (where bytes were not UTF-8), lone surrogates, line/paragraph separators and bidi controls. */
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufffd\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every control character (and newline too, when `newline` is false) written as \xNN or \uNNNN. */
export function escapeControls(s: string, newline = false): string {
  const out = s.replace(CONTROLS, escapeOne);
  return newline ? out : out.replace(/\n/g, '\\n');
}

/** A source line for display: tabs expanded to the next multiple of 8 columns, other controls escaped. */
export function displayLine(s: string): string {
  let out = '';
  for (const part of s.split(/(\t)/)) {
    if (part === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += escapeControls(part);
  }
  return out;
}
