import { describe, expect, it } from 'vitest';
import { negotiateLocale, switchLocalePath, localeOfPath } from '../../src/i18n/locales';

describe('negotiateLocale', () => {
  it('prefers Korean when the browser ranks it first', () => {
    expect(negotiateLocale('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
  });
  it('follows q-values rather than order', () => {
    expect(negotiateLocale('en;q=0.4,ko;q=0.8')).toBe('ko');
    expect(negotiateLocale('ko;q=0.3,en;q=0.9')).toBe('en');
    expect(negotiateLocale('ko;Q=0.3,en;Q=0.9')).toBe('en');
  });
  it('falls back to English for other or missing languages', () => {
    expect(negotiateLocale('fr-FR,de;q=0.7')).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('ko;q=0')).toBe('en');
  });
  it('uses a later supported language when the first is unsupported', () => {
    expect(negotiateLocale('ja-JP,ko;q=0.8,en;q=0.5')).toBe('ko');
  });
});

describe('switchLocalePath', () => {
  it('keeps the page when switching language', () => {
    expect(switchLocalePath('/en/lessons/nat/', 'ko')).toBe('/ko/lessons/nat/');
    expect(switchLocalePath('/ko/', 'en')).toBe('/en/');
    expect(switchLocalePath('/ko/course/teachers', 'en')).toBe('/en/course/teachers/');
  });
  it('adds a locale to a path without one', () => {
    expect(switchLocalePath('/lessons/nat/', 'ko')).toBe('/ko/lessons/nat/');
  });
});

describe('localeOfPath', () => {
  it('reads the first segment only when it is a course locale', () => {
    expect(localeOfPath('/ko/lessons/')).toBe('ko');
    expect(localeOfPath('/fr/x')).toBeUndefined();
    expect(localeOfPath('/')).toBeUndefined();
  });
});
