import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from './bank-fs.ts';
import { buildBank, quizQuestions } from './bank.ts';
import { QUIZ_LOCALES, type Question, type SeeAlso } from './schema.ts';

const bank = loadBank();
const HANGUL = /[\uac00-\ud7a3]/;
const DOCS = resolve(import.meta.dirname, '../../content/docs');

/** Every [ko, en] text pair of a question, with where it sits, for the lockstep checks. */
function textPairs(q: Question): Array<[string, string, string]> {
  const pairs: Array<[string, string, string]> = [];
  const add = (where: string, ko: Record<string, string>, en: Record<string, string>) => {
    for (const field of Object.keys(ko)) pairs.push([`${q.id} ${where}.${field}`, ko[field]!, en[field]!]);
  };
  add('', q.ko as Record<string, string>, q.en as Record<string, string>);
  const lists = q.type === 'truefalse' ? q.reasons : q.type === 'match' ? q.items : q.type === 'fix' ? [] : q.options;
  for (const o of lists) add(o.id, o.ko, o.en);
  if (q.type === 'match') for (const c of q.choices) add(c.id, c.ko, c.en);
  return pairs;
}

describe('question bank', () => {
  it('has the required number of questions per mode', () => {
    const minimum: Record<string, number> = { overview: 4, 'small-office': 4, final: 15 };
    for (const mode of ['overview', 'bridge', 'routed', 'nat', 'routed-vs-nat', 'bond', 'small-office', 'final'] as const) {
      expect(quizQuestions(bank, mode).length, mode).toBeGreaterThanOrEqual(minimum[mode] ?? 8);
    }
  });

  it('uses every question type somewhere', () => {
    const types = new Set([...bank.questions.values()].map((q) => q.type));
    expect([...types].sort()).toEqual(['fix', 'match', 'multiple', 'path', 'single', 'truefalse']);
  });

  it('gives every question id both locales with the same structure', () => {
    for (const q of bank.questions.values()) {
      for (const lang of QUIZ_LOCALES) expect(q[lang], `${q.id} ${lang}`).toBeDefined();
      for (const [where, ko, en] of textPairs(q)) {
        expect(ko.length, where).toBeGreaterThan(0);
        expect(en.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('writes Korean texts in Korean and English texts in English (no text pasted into the wrong locale)', () => {
    for (const q of bank.questions.values()) {
      for (const [where, ko, en] of textPairs(q)) {
        expect(HANGUL.test(en), `${where} (en) contains Hangul: ${en}`).toBe(false);
        // Short labels such as "NAT" or "bond-slaves eno1 eno2" are the same in both languages.
        if (ko.length > 24) expect(HANGUL.test(ko), `${where} (ko) has no Hangul: ${ko}`).toBe(true);
      }
    }
  });

  it('gives every option an explanation that differs from its label', () => {
    for (const q of bank.questions.values()) {
      const lists = q.type === 'truefalse' ? q.reasons : q.type === 'match' ? q.items : q.type === 'fix' ? [] : q.options;
      for (const o of lists) for (const lang of QUIZ_LOCALES) expect(o[lang].why, `${q.id}/${o.id}`).not.toBe(o[lang].text);
    }
  });

  it('uses only documentation and course example addresses', () => {
    const allowed = [/^192\.0\.2\./, /^198\.51\.100\./, /^203\.0\.113\./, /^10\.10\.10\./, /^192\.168\.10\./, /^0\.0\.0\.0$/];
    for (const q of bank.questions.values()) {
      for (const ip of JSON.stringify(q).match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
        expect(allowed.some((re) => re.test(ip)), `${q.id} uses ${ip}`).toBe(true);
      }
    }
  });

  it('links only to lesson pages that exist in both languages', () => {
    const lessons = new Set<string>();
    for (const q of bank.questions.values()) {
      lessons.add(q.see.lesson);
      const lists = q.type === 'truefalse' ? q.reasons : q.type === 'match' ? q.items : q.type === 'fix' ? [] : q.options;
      for (const o of lists) if (o.see) lessons.add(o.see.lesson);
    }
    for (const lesson of lessons) {
      for (const lang of QUIZ_LOCALES) expect(existsSync(`${DOCS}/${lang}/lessons/${lesson}.mdx`), `${lang}/lessons/${lesson}.mdx`).toBe(true);
    }
  });
});

/** Heading ids of a lesson page as Starlight makes them (github-slugger over the heading text). */
function headingIds(lang: string, lesson: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(`${DOCS}/${lang}/lessons/${lesson}.mdx`, 'utf8');
  return new Set(text.split('\n').filter((l) => /^#{2,4} /.test(l)).map((l) => slugger.slug(l.replace(/^#+ /, ''))));
}

describe('links to lesson sections', () => {
  it('point at headings that exist, in each language', () => {
    const links: Array<[string, SeeAlso]> = [];
    for (const q of bank.questions.values()) {
      links.push([q.id, q.see]);
      const lists = q.type === 'truefalse' ? q.reasons : q.type === 'match' ? q.items : q.type === 'fix' ? [] : q.options;
      for (const o of lists) if (o.see) links.push([`${q.id}/${o.id}`, o.see]);
    }
    let anchored = 0;
    for (const [where, see] of links) {
      if (!see.anchor) continue;
      anchored += 1;
      for (const lang of QUIZ_LOCALES) {
        expect(headingIds(lang, see.lesson).has(see.anchor[lang]), `${where}: #${see.anchor[lang]} in ${lang}/lessons/${see.lesson}`).toBe(true);
      }
    }
    // Every question sends the reader to a section, not just to the top of a page.
    expect(anchored).toBeGreaterThanOrEqual(bank.questions.size);
  });
});

describe('bank validation errors name the file and the field', () => {
  const base = { mode: 'bridge', title: { ko: '브리지', en: 'Bridge' } };
  const option = (id: string, correct = false) => ({ id, correct, ko: { text: '가', why: '나' }, en: { text: 'a', why: 'b' } });
  const single = (extra: object) => ({
    id: 'q1',
    type: 'single',
    difficulty: 1,
    tags: ['bridge'],
    see: { lesson: 'bridge' },
    ko: { prompt: '질문' },
    en: { prompt: 'Question' },
    options: [option('a', true), option('b')],
    ...extra,
  });

  it('reports a missing locale text with its path', () => {
    const broken = single({ en: {} });
    expect(() => buildBank({ 'content/quizzes/bridge.yaml': { ...base, questions: [broken] } })).toThrow(
      /content\/quizzes\/bridge\.yaml: questions\.0\.en\.prompt/,
    );
  });
  it('reports a single-choice question with two right options', () => {
    const broken = single({ options: [option('a', true), option('b', true)] });
    expect(() => buildBank({ 'content/quizzes/bridge.yaml': { ...base, questions: [broken] } })).toThrow(/questions\.0\.options: exactly one option/);
  });
  it('reports unknown fields (a typo never passes silently)', () => {
    expect(() => buildBank({ 'content/quizzes/bridge.yaml': { ...base, questions: [single({ explanation: 'x' })] } })).toThrow(/explanation/);
  });
  it('reports a question id used in two files and an include that does not exist', () => {
    const a = { ...base, questions: [single({})] };
    const b = { ...base, mode: 'nat', questions: [single({})] };
    expect(() => buildBank({ 'a.yaml': a, 'b.yaml': b })).toThrow(/b\.yaml: question id "q1" is already used in a\.yaml/);
    expect(() => buildBank({ 'f.yaml': { ...base, mode: 'final', include: ['nope'] } })).toThrow(/f\.yaml: include: no question with id "nope"/);
  });
});
