/**
 * Korean particles (조사) after identifiers such as `vmbr0`, `eno1` or an IP address.
 * The right particle depends on whether the word, read aloud, ends in a final consonant
 * (받침): "vmbr0이" (영), "eno1을" (일), "tap100i0이", "10.10.10.2는" (이). Korean engineers
 * read digits in Sino-Korean and Latin letters by their names (엘, 엠, 엔, 알 end in a consonant).
 */
type Pair = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로';

const DIGIT_HAS_BATCHIM = [true, true, false, true, false, false, true, true, true, false];
// Letter names as read in Korean: l 엘, m 엠, n 엔, r 알 end in a consonant; b 비, c 씨 ... do not.
const LETTERS_WITH_BATCHIM = new Set(['l', 'm', 'n', 'r']);
// 'ㄹ' batchim takes 로, not 으로 (1 일 -> "1로", 엘 -> "l로").
const RIEUL_DIGITS = new Set(['1', '7', '8']);
const RIEUL_LETTERS = new Set(['l', 'r']);

interface Ending {
  batchim: boolean;
  rieul: boolean;
}

function endingOf(word: string): Ending {
  // A particle after a parenthesis attaches to the word before it: "ARP 요청(…)을".
  const trimmed = word.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[\s\]"'`.,:;!?…]+$/u, '');
  const ch = trimmed.at(-1) ?? '';
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return { batchim: final !== 0, rieul: final === 8 };
  }
  if (/[0-9]/.test(ch)) {
    return { batchim: DIGIT_HAS_BATCHIM[Number(ch)] ?? false, rieul: RIEUL_DIGITS.has(ch) };
  }
  const lower = ch.toLowerCase();
  if (/[a-z]/.test(lower)) return { batchim: LETTERS_WITH_BATCHIM.has(lower), rieul: RIEUL_LETTERS.has(lower) };
  return { batchim: false, rieul: false };
}

/** The word followed by the particle that fits it: josa('vmbr0', '이/가') -> 'vmbr0이'. */
export function josa(word: string, pair: Pair): string {
  const { batchim, rieul } = endingOf(word);
  const [withB, withoutB] = pair.split('/') as [string, string];
  if (pair === '으로/로') return word + (batchim && !rieul ? withB : withoutB);
  return word + (batchim ? withB : withoutB);
}
