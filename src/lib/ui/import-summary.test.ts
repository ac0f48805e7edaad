import { describe, expect, it } from 'vitest';
import { kindLines } from './import-summary';

describe('kindLines', () => {
  it('puts the main kind first and keeps every kind with its own counts', () => {
    const lines = kindLines({
      kind: 'calls',
      rowsStored: 9054,
      rowsUpdated: 10,
      byKind: { surveys: { stored: 4054, updated: 0 }, calls: { stored: 5000, updated: 10 } }
    });
    expect(lines).toEqual([
      { kind: 'calls', stored: 5000, updated: 10 },
      { kind: 'surveys', stored: 4054, updated: 0 }
    ]);
    expect(lines.reduce((n, l) => n + l.stored, 0)).toBe(9054);
  });
  it('falls back to the totals for imports stored without per-kind counts', () => {
    expect(kindLines({ kind: 'tickets', rowsStored: 3, rowsUpdated: 1 })).toEqual([
      { kind: 'tickets', stored: 3, updated: 1 }
    ]);
  });
});
