import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess';
import { guessScale } from './scale';
import { column } from './test-helpers';

describe('guessScale', () => {
  it.each([
    ['Rating', ['1', '5', '3'], null],
    ['Rating', ['1', '10', '7'], [1, 10]],
    ['Score', ['0', '9', '10', '6'], [0, 10]],
    ['Rating (1-10)', ['3'], [1, 10]],
    ['Score 0 to 10', [], [0, 10]],
    ['NPS', ['9'], [0, 10]],
    ['Rating', ['', ''], null],
    ['Rating', ['great', 'meh'], null]
  ])('%s %j → %j', (header, values, expected) => {
    const s = guessScale(header, values);
    expect(s ? [s.min, s.max] : null).toEqual(expected);
  });

  it('reads thumbs as a 2-point scale', () => {
    const s = guessScale('Rating', ['Thumbs up', 'thumbs down', '👍'])!;
    expect([s.min, s.max]).toEqual([1, 2]);
    expect(s.valueMap!['thumbs up']).toBe('2');
    expect(s.valueMap!['👎']).toBe('1');
  });
});

describe('survey files get their scale', () => {
  const head = ['Survey ID', 'Responded at', 'Score'];
  it('0–10 from the values', () => {
    const g = guessMapping([head, ['s1', '2024-01-01', '9'], ['s2', '2024-01-02', '0']]);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.constants).toEqual({ scale_min: '0', scale_max: '10' });
    expect(g.mapping.complete).toBe(true);
  });

  it('thumbs with a value map', () => {
    const g = guessMapping([head, ['s1', '2024-01-01', 'up'], ['s2', '2024-01-02', 'down']]);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.constants).toEqual({ scale_min: '1', scale_max: '2' });
    expect(column(g.mapping, 'Score').valueMap).toMatchObject({ up: '2', down: '1' });
  });

  it('1–5 needs no constants, and explicit scale columns win', () => {
    const g = guessMapping([head, ['s1', '2024-01-01', '4']]);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.constants).toBeUndefined();
    const g2 = guessMapping([
      [...head, 'Scale max'],
      ['s1', '2024-01-01', '9', '10']
    ]);
    if (!g2.ok) throw new Error(g2.reason);
    expect(g2.mapping.constants).toBeUndefined();
    expect(column(g2.mapping, 'Scale max').field).toBe('scale_max');
  });
});
