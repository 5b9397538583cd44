/** Display names as students type them: Korean, spaces, accents all fine, control characters not. */

export const NAME_MAX_CHARS = 60;

/** NFC so that a name typed on macOS (decomposed Hangul) and on Windows compare equal. */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Characters as a reader counts them (code points, so one Hangul syllable or emoji is one). */
export function nameLength(name: string): number {
  return [...name].length;
}

/** Two submissions are the same student when their names match ignoring case. */
export function nameKey(name: string): string {
  return normalizeName(name).toLowerCase();
}
