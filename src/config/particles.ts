/**
 * Korean templates write a particle after a placeholder in both forms, as Korean software does when
 * it cannot know the word: "{on}이(가)", "{mac}을(를)", "{bond}은(는)", "{a}와(과)", "{slave}(으)로".
 * Once the placeholder is filled the word is known, so the marker is replaced by the one particle that
 * fits it: "pve가", "'fdb.flood'가", "eno1로", "tap100i0을". The choice itself is `josa`'s (the
 * widgets' narration uses the same one): the final consonant of the last Hangul syllable, or how a
 * Korean engineer reads a trailing digit (0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in one) or Latin
 * letter (l 엘, m 엠, n 엔, r 알 do; e 이, s 에스 ... do not). Quotes and a trailing "(…)" before the
 * marker are looked through, so "'fdb.flood'이(가)" becomes "'fdb.flood'가".
 */
import { josa } from '../i18n/josa.ts';

type Pair = Parameters<typeof josa>[1];

const MARKERS: Readonly<Record<string, Pair>> = {
  '이(가)': '이/가',
  '가(이)': '이/가',
  '을(를)': '을/를',
  '를(을)': '을/를',
  '은(는)': '은/는',
  '는(은)': '은/는',
  '와(과)': '과/와',
  '과(와)': '과/와',
  '(으)로': '으로/로',
};

const MARKER_RE = /이\(가\)|가\(이\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(으\)로/gu;

/** What a reader hears last: quotes and trailing "(…)" asides peeled off in any order ('"없음(초과)"' -> '"없음'). */
function spokenEnd(word: string): string {
  let w = word;
  for (;;) {
    const next = w.replace(/["'`\s]+$/u, '').replace(/\([^()]*\)$/u, '');
    if (next === w) return w;
    w = next;
  }
}

/** The particle (without the word) that fits after `word`: particleFor('pve', '이/가') -> '가'. */
export function particleFor(word: string, pair: Pair): string {
  const end = spokenEnd(word);
  return josa(end, pair).slice(end.length);
}

/** Replaces every two-form particle marker in a finished Korean text by the form that fits the word before it. */
export function resolveParticles(text: string): string {
  return text.replace(MARKER_RE, (marker: string, offset: number) => {
    const before = text.slice(0, offset);
    // A marker with nothing readable before it (start of text, after a space) is left as written.
    if (!/[\p{L}\p{N}'"`)\]]$/u.test(before)) return marker;
    return particleFor(before, MARKERS[marker]!);
  });
}
