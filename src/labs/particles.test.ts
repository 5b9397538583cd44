import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goalText, loadLab, runLab } from './index.ts';
import { particleFor, resolveParticles } from './particles.ts';

describe('particleFor', () => {
  it('follows the final consonant of the last Hangul syllable', () => {
    expect(particleFor('스위치', '이/가')).toBe('가');
    expect(particleFor('게이트웨이', '을/를')).toBe('를');
    expect(particleFor('본드', '은/는')).toBe('는');
    expect(particleFor('포트', '과/와')).toBe('와');
    expect(particleFor('항목', '이/가')).toBe('이');
    expect(particleFor('경로', '으로/로')).toBe('로');
    expect(particleFor('연결', '으로/로')).toBe('로');
    expect(particleFor('주소', '으로/로')).toBe('로');
    expect(particleFor('장치', '은/는')).toBe('는');
    expect(particleFor('스탠자', '과/와')).toBe('와');
    expect(particleFor('컨테이너', '이/가')).toBe('가');
    expect(particleFor('목록', '으로/로')).toBe('으로');
  });

  it('reads a trailing digit in Sino-Korean: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant; 2 이, 4 사, 5 오, 9 구 do not', () => {
    const subject = (w: string) => particleFor(w, '이/가');
    expect(['vmbr0', 'eno1', 'port3', '10.10.10.6', 'tap107', 'bond8'].map(subject)).toEqual(['이', '이', '이', '이', '이', '이']);
    expect(['eth2', 'vlan4', '192.0.2.5', 'net9'].map(subject)).toEqual(['가', '가', '가', '가']);
    // ㄹ (일, 칠, 팔) takes 로, every other final consonant 으로.
    expect(particleFor('eno1', '으로/로')).toBe('로');
    expect(particleFor('vmbr0', '으로/로')).toBe('으로');
    expect(particleFor('eth2', '으로/로')).toBe('로');
  });

  it('reads a trailing Latin letter by its Korean name: l 엘, m 엠, n 엔, r 알 end in a consonant, e 이, d 디, s 에스 do not', () => {
    expect(particleFor('pve', '이/가')).toBe('가');
    expect(particleFor('fdb.flood', '이/가')).toBe('가');
    expect(particleFor('lacp', '을/를')).toBe('를');
    expect(particleFor('vmbr', '이/가')).toBe('이');
    expect(particleFor('lan', '은/는')).toBe('은');
    expect(particleFor('fwbr0', '과/와')).toBe('과');
    expect(particleFor('pal', '으로/로')).toBe('로');
    expect(particleFor('com', '으로/로')).toBe('으로');
  });
});

describe('resolveParticles', () => {
  it('keeps the one form that fits the word before each two-form marker', () => {
    expect(resolveParticles('pve이(가) BC:24:11:3A:5C:01을(를) tap100i0 포트에서 학습했습니다')).toBe('pve가 BC:24:11:3A:5C:01을 tap100i0 포트에서 학습했습니다');
    expect(resolveParticles('bond0은(는) eno2(으)로 보냅니다')).toBe('bond0은 eno2로 보냅니다');
    expect(resolveParticles('vmbr1와(과) lan과(와) 198.51.100.5:40000(으)로')).toBe('vmbr1과 lan과 198.51.100.5:40000으로');
  });

  it('looks through quotes and a trailing parenthesis, as a reader would', () => {
    expect(resolveParticles("트레이스에 'fdb.flood'이(가) 나타납니다")).toBe("트레이스에 'fdb.flood'가 나타납니다");
    expect(resolveParticles('결과 "응답 없음(시간 초과)"을(를) 봅니다')).toBe('결과 "응답 없음(시간 초과)"을 봅니다');
  });

  it('leaves a marker with no word before it, and text without markers, as written', () => {
    expect(resolveParticles('(으)로 끝나는 말')).toBe('(으)로 끝나는 말');
    expect(resolveParticles('연결 성립(RST 아님)')).toBe('연결 성립(RST 아님)');
  });
});

describe('lab results in Korean', () => {
  it('the bridge lab reads "pve가 … 학습했습니다" and "\'fdb.flood\'가 나타납니다", with no two-form particle left', () => {
    const labsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'content/labs');
    const path = join(labsDir, 'bridge-basics.yaml');
    const run = runLab(loadLab(readFileSync(path, 'utf8'), { file: path, readFile: (p) => readFileSync(resolve(labsDir, p), 'utf8') }));
    const texts = run.goals.map((g) => goalText(g.code, g.passed, g.params, 'ko'));
    expect(texts).toContain("트레이스에 'fdb.flood'가 나타납니다 (vm-to-pc)");
    expect(texts.find((t) => t.startsWith('pve'))).toMatch(/^pve가 [0-9a-f:]+7을 eno1 포트에서 학습했습니다$/);
    expect(texts).toContain('lan이 bc:24:11:00:01:00을 p1 포트에서 학습했습니다');
    for (const t of texts) expect(t).not.toMatch(/이\(가\)|을\(를\)|은\(는\)|와\(과\)|\(으\)로/);
    // English is untouched.
    expect(run.goals.map((g) => goalText(g.code, g.passed, g.params, 'en'))).toContain("'fdb.flood' appears in the trace (vm-to-pc)");
  });
});
