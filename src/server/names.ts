/** Display names as students type them: Korean, spaces, accents all fine, control characters not. */
import unhomoglyph from 'unhomoglyph';

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

/**
 * Two submissions are the same student when their names look the same: compared after NFKC
 * (fullwidth `Ａlice` is `Alice`), ignoring case, and as the confusables skeleton of Unicode
 * TS #39 (section 4: NFD, each character replaced by its prototype from confusables.txt, NFD
 * again), so Cyrillic `Аlice` or Greek `Αlice` cannot take Alice's name. The data is the
 * `unhomoglyph` package's copy of confusables.txt. The key is for comparing only, never shown.
 */
export function nameKey(name: string): string {
  const folded = normalizeName(name).normalize('NFKC').toLowerCase();
  // Lower-cased again: a prototype may be a capital (the digit 0 becomes O).
  return unhomoglyph(folded.normalize('NFD')).normalize('NFD').toLowerCase();
}
