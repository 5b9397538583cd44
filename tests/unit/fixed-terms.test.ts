// One Korean term per concept (src/i18n/terms.ts): a rejected variant anywhere a reader can see it
// fails here with its file and line.
import { describe, expect, it } from 'vitest';
import { josa } from '../../src/i18n/josa.ts';
import { FIXED_TERMS, rejectedIn } from '../../src/i18n/terms.ts';
import { readerLines, where, type Area } from './reader-text.ts';

const AREAS: Area[] = ['docs', 'quizzes', 'labs', 'widgets', 'site', 'checker', 'cli'];

describe('fixed Korean terms', () => {
  it('every term lists what it rejects, and no term rejects another term', () => {
    for (const term of FIXED_TERMS) {
      expect(term.rejected.length, term.concept).toBeGreaterThan(0);
      expect(rejectedIn(term.ko), term.concept).toEqual([]);
    }
  });

  it('flags a rejected variant (the check itself works)', () => {
    expect(rejectedIn('라우티드 구성에서는')).toEqual(['라우티드 (use 라우팅 (라우팅 구성))']);
    expect(rejectedIn('서버의 랜포트 두 개')).toHaveLength(1);
    expect(rejectedIn('서버의 랜 포트 두 개')).toEqual([]);
  });

  it.each(AREAS)('no rejected variant in %s', (area) => {
    const lines = readerLines([area]);
    expect(lines.length).toBeGreaterThan(0);
    const hits = lines.flatMap((l) => rejectedIn(l.text).map((v) => `${where(l)}: ${v}`));
    expect(hits).toEqual([]);
  });
});

// A particle after a number, an address or a name that ends in a digit follows how the digit is read
// aloud (src/i18n/josa.ts): 192.0.2.80으로 (팔십), vmbr0을 (영), eno1로 (일). A particle after a
// closing parenthesis belongs to the word before the parenthesis, so it is left to the writer.
const PARTICLE = /(?<![\\\w.])([0-9A-Za-z][0-9A-Za-z.:/+_-]*[0-9])(으로|로|을|를|이|가|은|는|과|와)(?=[\s.,)\]…"'`:;!?·]|$)/gu;
const PAIR = { 으로: '으로/로', 로: '으로/로', 을: '을/를', 를: '을/를', 이: '이/가', 가: '이/가', 은: '은/는', 는: '은/는', 과: '과/와', 와: '과/와' } as const;
// Names whose last digit is read in English: IPv6 is 아이피브이식스.
const READ_IN_ENGLISH: Record<string, string> = { IPv6: 'IPv식스' };

function particleMistakes(text: string): string[] {
  if (!/[\uac00-\ud7a3]/u.test(text)) return [];
  return [...text.matchAll(PARTICLE)].flatMap((m) => {
    const word = m[1]!;
    const particle = m[2] as keyof typeof PAIR;
    const spoken = READ_IN_ENGLISH[word] ?? word;
    const want = josa(spoken, PAIR[particle]).slice(spoken.length);
    return want === particle ? [] : [`${word}${particle} -> ${word}${want}`];
  });
}

describe('Korean particles after numbers and names ending in a digit', () => {
  it('knows how the digits are read (the check itself works)', () => {
    expect(particleMistakes('192.0.2.80로 보냅니다')).toEqual(['192.0.2.80로 -> 192.0.2.80으로']);
    expect(particleMistakes('192.0.2.80으로 보냅니다, eno1로 나갑니다, vmbr0을 씁니다')).toEqual([]);
    expect(particleMistakes('IPv6는 다릅니다')).toEqual([]);
    expect(particleMistakes('bond0(eno1 + eno2)은')).toEqual([]);
  });

  it.each(AREAS)('every particle after a number fits in %s', (area) => {
    const hits = readerLines([area]).flatMap((l) => particleMistakes(l.text).map((m) => `${where(l)}: ${m}`));
    expect(hits).toEqual([]);
  });
});
