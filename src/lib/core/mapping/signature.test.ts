import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess';
import { applySavedMapping, headerSignature } from './signature';

describe('headerSignature', () => {
  it('ignores order, case, spacing, BOM and blank columns', () => {
    const a = headerSignature(['\ufeffCall Id', 'Agent', 'Date', '', '']);
    expect(headerSignature(['date', 'AGENT', 'call_id'])).toBe(a);
  });

  it('changes when a named column is added, removed or renamed', () => {
    const a = headerSignature(['Call Id', 'Agent', 'Date']);
    expect(headerSignature(['Call Id', 'Agent', 'Date', 'Queue'])).not.toBe(a);
    expect(headerSignature(['Call Id', 'Agent'])).not.toBe(a);
    expect(headerSignature(['Call Id', 'Agent', 'Day'])).not.toBe(a);
  });

  it('keeps duplicates apart', () => {
    expect(headerSignature(['a', 'a', 'b'])).not.toBe(headerSignature(['a', 'b']));
  });
});

describe('applySavedMapping', () => {
  const headers = ['Call Id', 'Agent', 'Date', 'Time', 'Answered (Y/N)'];
  const g = guessMapping([headers]);
  if (!g.ok) throw new Error(g.reason);
  const saved = g.mapping;

  it('re-indexes by header names and keeps value conventions', () => {
    const moved = ['Time', 'answered (y/n)', 'call_id', 'Date', 'AGENT', 'Column9'];
    const m = applySavedMapping(saved, moved)!;
    const byField = Object.fromEntries(
      m.columns.filter((c) => c.field).map((c) => [`${c.field}${c.part ? ':' + c.part : ''}`, c.index])
    );
    expect(byField).toEqual({ 'queued_at:time': 0, abandoned: 1, call_id: 2, 'queued_at:date': 3, agent: 4 });
    expect(m.columns.find((c) => c.field === 'abandoned')!.invert).toBe(true);
    expect(m.columns[5]).toMatchObject({ header: 'Column9', field: null });
    expect(m.complete).toBe(true);
  });

  it('returns null when a used column is gone', () => {
    expect(applySavedMapping(saved, ['Agent', 'Date', 'Time'])).toBeNull();
  });
});
