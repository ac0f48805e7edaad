import { describe, expect, it } from 'vitest';
import { changeView, targetText, textOf, valueText } from './present';

describe('present', () => {
  it('writes targets with the direction sign, ranges with both bounds', () => {
    expect(targetText({ value: 600 }, 'minimize', 'seconds', 'en')).toBe('Target ≤ 10 m');
    expect(targetText({ value: 80 }, 'maximize', 'percent', 'en')).toBe('Target ≥ 80%');
    expect(targetText({ lower: 180, upper: 420 }, 'range', 'seconds', 'en')).toBe('Target 3 m – 7 m');
    expect(targetText({ value: 1 }, 'none', 'count', 'en')).toBeNull();
    expect(targetText(undefined, 'maximize', 'count', 'en')).toBeNull();
  });

  it('tones a change by improvement, not by its sign', () => {
    expect(changeView(-0.2, true, 'en')).toEqual({ arrow: '▼', text: '-20%', tone: 'better', word: 'better' });
    expect(changeView(0.1, false, 'en')).toMatchObject({ arrow: '▲', tone: 'worse', word: 'worse' });
    expect(changeView(0.1, null, 'en')).toMatchObject({ tone: 'neutral', word: '' });
    expect(changeView(0, null, 'en')).toMatchObject({ arrow: '▬', word: 'unchanged' });
    expect(changeView(null, null, 'en')).toBeNull();
  });

  it('says "no data" in words instead of 0', () => {
    expect(valueText(null, 'count', 'en')).toBe('No data');
    expect(valueText(null, 'percent', 'fa')).toBe('بدون داده');
  });

  it('falls back to the catalog name for texts', () => {
    expect(textOf('fa', 'csat').name.length).toBeGreaterThan(0);
    expect(textOf('en', 'no_such_kpi').name).toBe('no_such_kpi');
  });
});
