// One Korean term per concept (src/i18n/terms.ts): a rejected variant anywhere a reader can see it
// fails here with its file and line.
import { describe, expect, it } from 'vitest';
import { FIXED_TERMS, rejectedIn } from '../../src/i18n/terms.ts';
import { particleMistakes, particleMistakesAfter } from './korean-particles.ts';
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

describe('Korean particles after numbers and names ending in a digit', () => {
  it('knows how the digits are read (the check itself works)', () => {
    expect(particleMistakes('192.0.2.80로 보냅니다')).toEqual(['192.0.2.80로 -> 192.0.2.80으로']);
    expect(particleMistakes('192.0.2.80으로 보냅니다, eno1로 나갑니다, vmbr0을 씁니다')).toEqual([]);
    expect(particleMistakes('IPv6는 다릅니다')).toEqual([]);
    expect(particleMistakes('bond0(eno1 + eno2)은')).toEqual([]);
    expect(particleMistakesAfter('노트북가 보내고 웹 서버이 답합니다', ['노트북', '웹 서버'])).toEqual(['노트북가 -> 노트북이', '웹 서버이 -> 웹 서버가']);
    expect(particleMistakesAfter('노트북이 보내고 웹 서버가 답합니다', ['노트북', '웹 서버'])).toEqual([]);
  });

  it.each(AREAS)('every particle after a number fits in %s', (area) => {
    const hits = readerLines([area]).flatMap((l) => particleMistakes(l.text).map((m) => `${where(l)}: ${m}`));
    expect(hits).toEqual([]);
  });
});
