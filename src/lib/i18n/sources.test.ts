import { describe, expect, it } from 'vitest';
import { LANGS } from './langs';
import { SOURCES_EN, SOURCES_TEXT, sourcesText } from './sources';

describe('published-sources text', () => {
  it('every language has every key, none empty, with the same placeholders', () => {
    for (const lang of LANGS)
      for (const key of Object.keys(SOURCES_EN) as (keyof typeof SOURCES_EN)[]) {
        const text = SOURCES_TEXT[lang][key];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(text), `${lang} ${key}`).toEqual(holes(SOURCES_EN[key]));
      }
  });

  it('fills placeholders as plain text', () => {
    expect(sourcesText('en', 'src.publishedBy', { who: '<b>Ops</b>' })).toBe('Published by <b>Ops</b>');
  });
});
