/**
 * What a Korean student reads in a generated question, over many seeds of every generator: particles
 * that fit the number, address or name before them (the same rule tests/unit/fixed-terms.test.ts applies
 * to the files), the fixed terms of src/i18n/terms.ts, 하십시오체 explanations, and an explanation per
 * option that is its own (no shared boilerplate, at most three sentences).
 */
import { describe, expect, it } from 'vitest';
import { rejectedIn } from '../../i18n/terms.ts';
import { particleMistakes, particleMistakesAfter } from '../../../tests/unit/korean-particles.ts';
import { GENERATORS } from './registry.ts';

const SEEDS = 200;

/** The Korean names templates put before a particle (device labels of the worlds, the laptop, the NAS). */
const NAMES = ['노트북', 'Proxmox 호스트', '호스트', '사무실 스위치', '사무실 라우터', '웹 서버', '업체 스위치', '업체 게이트웨이', '게이트웨이', 'NAS', '브리지', '본드'];

// The right option's explanation opens with 맞습니다. / Right., as in the practice bank; the rest is counted.
const sentences = (text: string) => text.replace(/^(맞습니다|Right)\. /u, '').split(/(?<=[.?!])\s+/u).filter(Boolean);

describe('generated questions read right in Korean and English', () => {
  for (const g of GENERATORS) {
    it(`${g.id}: ${SEEDS} seeds`, () => {
      const problems = new Set<string>();
      for (let seed = 0; seed < SEEDS; seed += 1) {
        const { question: q } = g.generate(seed);
        const ko = [q.ko.prompt, ...q.options.flatMap((o) => [o.ko.text, o.ko.why])];
        for (const text of ko) {
          for (const m of [...particleMistakes(text), ...particleMistakesAfter(text, NAMES), ...rejectedIn(text)]) problems.add(`seed ${seed}: ${m} in "${text}"`);
        }
        const whys = q.options.map((o) => o.ko.why);
        for (const o of q.options) {
          const where = `seed ${seed} option ${o.id}`;
          if (!/니다(\([^)]*\))?\.$/u.test(o.ko.why!)) problems.add(`${where}: the Korean explanation does not end in 하십시오체: ${o.ko.why}`);
          for (const [lang, why] of [['ko', o.ko.why!], ['en', o.en.why!]] as const) {
            if (sentences(why).length > 3) problems.add(`${where}: ${lang} explanation longer than three sentences: ${why}`);
          }
        }
        if (new Set(whys).size !== whys.length) problems.add(`seed ${seed}: two options share one explanation`);
      }
      expect([...problems].slice(0, 10)).toEqual([]);
    });
  }
});
