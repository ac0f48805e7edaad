import { describe, expect, it } from 'vitest';
import { StringIndex } from './string-index';

/** Seeded PRNG (mulberry32) so the same strings come back on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('StringIndex', () => {
  it('gives the same codes as a Map-backed dictionary on 200,000 seeded cells', () => {
    const r = rng(7);
    const alphabet = 'abcXYZ019 -_é۱ي\u200e';
    const cell = () => {
      const n = Math.floor(r() * (r() < 0.5 ? 4 : 40));
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      return s;
    };
    const index = new StringIndex(['']);
    const map = new Map<string, number>([['', 0]]);
    const dict = [''];
    for (let k = 0; k < 200_000; k++) {
      const s = cell();
      let want = map.get(s);
      if (want === undefined) {
        want = dict.length;
        dict.push(s);
        map.set(s, want);
      }
      const got = index.add(s);
      if (got !== want) expect({ s, got }).toEqual({ s, got: want });
    }
    expect(index.values).toEqual(dict);
    expect(index.size).toBe(dict.length);
    for (const [s, code] of map) expect(index.get(s)).toBe(code);
    expect(
      index.get('not there at all, longer than anything generated: 0123456789012345678901234567890123456789')
    ).toBe(-1);
  });

  it('indexes and extends the array it is given (the live shared dictionary)', () => {
    const values = ['', 'open', 'closed'];
    const index = new StringIndex(values);
    expect(index.values).toBe(values);
    expect(index.get('closed')).toBe(2);
    expect(index.get('')).toBe(0);
    expect(index.add('pending')).toBe(3);
    expect(values).toEqual(['', 'open', 'closed', 'pending']);
  });

  it('stores an equal copy of long substrings, codes unchanged', () => {
    const text = 'x'.repeat(100) + ',a long category name,' + 'y'.repeat(100);
    const cut = text.substring(101, 121);
    const index = new StringIndex();
    const code = index.add(cut);
    expect(index.values[code]).toBe('a long category name');
    expect(index.add(text.substring(101, 121))).toBe(code);
    // The copy is exact for any characters: quotes, backslashes, lone surrogates, Persian.
    const odd = 'x'.repeat(20) + '"quoted" \\ back\ud800slash ۱۲۳ ' + 'y'.repeat(5);
    const c2 = index.add(odd.substring(20));
    expect(index.values[c2]).toBe(odd.substring(20));
    expect(index.get(odd.substring(20))).toBe(c2);
  });

  it('keeps one million distinct ids dense and findable (growth)', () => {
    const index = new StringIndex(['']);
    let wrong = 0;
    for (let i = 1; i <= 1_000_000; i++) if (index.add(`T-${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(index.get('T-1')).toBe(1);
    expect(index.get('T-999999')).toBe(999_999);
    expect(index.get('T-1000001')).toBe(-1);
  });
});
