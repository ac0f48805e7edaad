import { describe, expect, it } from 'vitest';
import { draftOf, fromInput, settingOf, toInput } from './target-input';

describe('target input', () => {
  it('edits durations in minutes and stores seconds', () => {
    expect(toInput(600, 'seconds')).toBe('10');
    expect(fromInput('10', 'seconds')).toBe(600);
    expect(fromInput('1.5', 'seconds')).toBe(90);
    expect(toInput(80, 'percent')).toBe('80');
  });
  it('reads local digits and either decimal mark, refuses the rest', () => {
    expect(fromInput('۱۲٫۵', 'percent')).toBe(12.5);
    expect(fromInput('١٠', 'count')).toBe(10);
    expect(fromInput('7,5', 'count')).toBe(7.5);
    for (const bad of ['', '-1', 'abc', '1e3', '1.2.3']) expect(fromInput(bad, 'count')).toBeNull();
  });
  it('round-trips a setting through a draft', () => {
    const s = { target: { value: 600, warnBand: 120 }, byChannel: { email: { value: 86400 } } };
    expect(settingOf(draftOf(s.target, s.byChannel, 'seconds'), false, 'seconds')).toEqual(s);
    const r = { target: { lower: 180, upper: 420 } };
    expect(settingOf(draftOf(r.target, undefined, 'seconds'), true, 'seconds')).toEqual(r);
  });
  it('names what is wrong', () => {
    const d = draftOf({ lower: 5, upper: 1 }, undefined, 'count');
    expect(settingOf(d, true, 'count')).toEqual({ error: 'range' });
    expect(settingOf({ ...d, value: 'x' }, false, 'count')).toEqual({ error: 'value' });
    expect(settingOf({ ...draftOf({ value: 1 }, undefined, 'count'), warnBand: '-2' }, false, 'count')).toEqual({
      error: 'band'
    });
    expect(
      settingOf(
        { ...draftOf({ value: 1 }, undefined, 'count'), channels: [{ channel: '', value: '3' }] },
        false,
        'count'
      )
    ).toEqual({
      error: 'channel'
    });
  });
});
