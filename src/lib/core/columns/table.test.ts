import { describe, expect, it } from 'vitest';
import { TableBuilder } from './builder';
import { concatTables, textAt } from './table';
import type { TextColumn, NumericColumn } from './table';

function build(ids: string[], channels: string[], created: number[]) {
  const b = new TableBuilder('tickets', [
    { name: 'ticket_id', type: 'text' },
    { name: 'channel', type: 'text' },
    { name: 'created_at', type: 'time' }
  ]);
  ids.forEach((id, i) => {
    b.text('ticket_id').push(id);
    b.text('channel').push(channels[i]);
    b.numeric('created_at').push(created[i]);
    b.endRow();
  });
  return b.finish();
}

describe('column tables', () => {
  it('dictionary-encodes text with code 0 for missing', () => {
    const t = build(['a', 'b', 'c'], ['email', '', 'email'], [1, 2, NaN]);
    const ch = t.columns.channel as TextColumn;
    expect(Array.from(ch.codes)).toEqual([1, 0, 1]);
    expect(ch.dict).toEqual(['', 'email']);
    expect(Number.isNaN((t.columns.created_at as NumericColumn).values[2])).toBe(true);
  });

  it('concatenates chunks, merging dictionaries and dropping masked rows', () => {
    const a = build(['a', 'b'], ['email', 'chat'], [1, 2]);
    const b = build(['c', 'd'], ['phone', 'email'], [3, 4]);
    const t = concatTables('tickets', [{ table: a, keep: Uint8Array.from([1, 0]) }, { table: b }]);
    expect(t.length).toBe(3);
    const ch = t.columns.channel as TextColumn;
    expect([0, 1, 2].map((i) => textAt(ch, i))).toEqual(['email', 'phone', 'email']);
    expect(Array.from((t.columns.created_at as NumericColumn).values)).toEqual([1, 3, 4]);
  });
});
