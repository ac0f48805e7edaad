import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { textAt, type TextColumn } from '../core/columns/table';
import { loadKind } from './chunks';
import { freshDb, importTables, tickets } from './test-helpers';

const ids = (n: number, from = 0, prefix = 'T') => Array.from({ length: n }, (_, i) => `${prefix}${from + i}`);

describe('loadKind', () => {
  it('reads many chunks (several read-ahead batches) back in file order, superseded rows dropped', async () => {
    const db = freshDb();
    // 11 chunks of 3 rows in one import, then a later import that supersedes 4 of those rows.
    const first = Array.from({ length: 11 }, (_, c) => tickets(ids(3, c * 3), 'old'));
    await importTables(db, 'w', first);
    await importTables(db, 'w', [tickets(['T1', 'T7', 'T20', 'T32'], 'new')]);
    const t = await loadKind(db, 'w', 'tickets');
    expect(t?.length).toBe(33);
    const col = t!.columns.ticket_id as TextColumn;
    const agent = t!.columns.agent as TextColumn;
    const rows = Array.from({ length: t!.length }, (_, i) => `${textAt(col, i)}:${textAt(agent, i)}`);
    const replaced = new Set(['T1', 'T7', 'T20', 'T32']);
    const expected = [
      ...ids(33)
        .filter((id) => !replaced.has(id))
        .map((id) => `${id}:old`),
      ...['T1', 'T7', 'T20', 'T32'].map((id) => `${id}:new`)
    ];
    expect(rows).toEqual(expected);
  });

  it('appends to a base table without reading the base again', async () => {
    const db = freshDb();
    const a = await importTables(db, 'w', [tickets(ids(5), 'a')]);
    const b = await importTables(
      db,
      'w',
      Array.from({ length: 9 }, (_, c) => tickets(ids(2, 100 + c * 2), 'b'))
    );
    const base = await loadKind(db, 'w', 'tickets', { importIds: [a] });
    const all = await loadKind(db, 'w', 'tickets', { base, importIds: [b] });
    expect(all?.length).toBe(23);
    const col = all!.columns.ticket_id as TextColumn;
    expect(textAt(col, 0)).toBe('T0');
    expect(textAt(col, 5)).toBe('T100');
    expect(textAt(col, 22)).toBe('T117');
  });
});
