/**
 * The particle check shared by the tests that read Korean text (tests/unit/fixed-terms.test.ts on the
 * files, src/quiz/generators/korean.test.ts on generated questions): a particle after a number, an
 * address or a name that ends in a digit follows how the digit is read aloud (src/i18n/josa.ts):
 * 192.0.2.80으로 (팔십), vmbr0을 (영), eno1로 (일). A particle after a closing parenthesis belongs to
 * the word before the parenthesis, so it is left to the writer.
 */
import { josa } from '../../src/i18n/josa.ts';

type Particle = '으로' | '로' | '을' | '를' | '이' | '가' | '은' | '는' | '과' | '와';
const PAIR = { 으로: '으로/로', 로: '으로/로', 을: '을/를', 를: '을/를', 이: '이/가', 가: '이/가', 은: '은/는', 는: '은/는', 과: '과/와', 와: '과/와' } as const;
const PARTICLES = '(으로|로|을|를|이|가|은|는|과|와)';
const AFTER = '(?=[\\s.,)\\]…"\'`:;!?·]|$)';
const PARTICLE = new RegExp(`(?<![\\\\\\w.])([0-9A-Za-z][0-9A-Za-z.:/+_-]*[0-9])${PARTICLES}${AFTER}`, 'gu');
// Names whose last digit is read in English: IPv6 is 아이피브이식스.
const READ_IN_ENGLISH: Record<string, string> = { IPv6: 'IPv식스' };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mistakes(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const word = m[1]!;
    const particle = m[2] as Particle;
    const spoken = READ_IN_ENGLISH[word] ?? word;
    const want = josa(spoken, PAIR[particle]).slice(spoken.length);
    return want === particle ? [] : [`${word}${particle} -> ${word}${want}`];
  });
}

/** Particles after a word ending in a digit that do not fit how it is read: "vmbr0가 -> vmbr0이". */
export function particleMistakes(text: string): string[] {
  if (!/[\uac00-\ud7a3]/u.test(text)) return [];
  return mistakes(text, PARTICLE);
}

/**
 * The same check after given Korean words (the names a template puts before a particle, such as
 * 노트북 or Proxmox 호스트), which the digit rule cannot find on its own: "노트북가 -> 노트북이".
 */
export function particleMistakesAfter(text: string, words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const names = [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  return mistakes(text, new RegExp(`(?<![\\w가-힣])(${names})${PARTICLES}${AFTER}`, 'gu'));
}
