import { describe, expect, it } from 'vitest';
import { DICTIONARIES, translate } from './index';
import { en } from './en';
import { LANGS, isRtl, pickLang, numberLocale } from './langs';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  for (const lang of LANGS) {
    it(`${lang} has every key, none empty, same placeholders as English`, () => {
      const dict = DICTIONARIES[lang];
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(dict[key], `${lang}:${key}`).toBeTruthy();
        expect(dict[key].trim().length, `${lang}:${key}`).toBeGreaterThan(0);
        expect(placeholders(dict[key]), `${lang}:${key}`).toEqual(placeholders(en[key]));
      }
      expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
    });
  }

  it('keeps the test hooks: "demo" and "Export" in English (other languages add them unseen), "JSON" everywhere', () => {
    expect(DICTIONARIES.en['welcome.demo'].toLowerCase()).toContain('demo');
    expect(DICTIONARIES.en['export.button']).toContain('Export');
    for (const lang of LANGS) expect(DICTIONARIES[lang]['export.json']).toContain('JSON');
  });

  it('contains no markup (text is rendered as text)', () => {
    for (const lang of LANGS) for (const v of Object.values(DICTIONARIES[lang])) expect(v).not.toMatch(/<\w/);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'card.target', { value: '10 m' })).toBe('Target 10 m');
    expect(translate('en', 'card.targetRange', { lower: '3 m' })).toBe('Target 3 m – {upper}');
  });
});

describe('pickLang', () => {
  it('prefers ?lang, then the stored choice, then the browser, then English', () => {
    expect(pickLang('fa', 'he', ['ar'])).toBe('fa');
    expect(pickLang('xx', 'he', ['ar'])).toBe('he');
    expect(pickLang(null, null, ['de-DE', 'fa-IR'])).toBe('fa');
    expect(pickLang(undefined, 'zz', ['de'])).toBe('en');
  });
  it('lays out ar, fa, he right-to-left only', () => {
    expect(LANGS.filter(isRtl)).toEqual(['ar', 'fa', 'he']);
  });
  it('asks Intl for local digits', () => {
    expect(new Intl.NumberFormat(numberLocale('fa')).format(12)).toBe('۱۲');
    expect(new Intl.NumberFormat(numberLocale('ar')).format(12)).toBe('١٢');
    expect(new Intl.NumberFormat(numberLocale('he')).format(12)).toBe('12');
  });
});
