import { describe, expect, it } from 'vitest';
import { concatTables, textAt, type TextColumn } from '../core/columns/table';
import { TableAssembler } from './assemble';
import { range, tickets } from './test-helpers';

describe('TableAssembler', () => {
  it('gives the same table as concatTables, masks and missing columns included', () => {
    const a = tickets(range(0, 5), 'x');
    const b = tickets(range(5, 9), 'y');
    const c = { kind: 'tickets' as const, length: 2, columns: { ticket_id: tickets(['Z1', 'Z2']).columns.ticket_id } };
    const keep = Uint8Array.of(1, 0, 1, 0);
    const parts = [{ table: a }, { table: b, keep }, { table: c }];
    const want = concatTables('tickets', parts);
    const asm = new TableAssembler('tickets', want.length);
    for (const p of parts) asm.add(p.table, p.keep);
    const got = asm.finish();
    expect(got.length).toBe(9);
    const ids = (t: typeof got) =>
      Array.from({ length: t.length }, (_, i) => textAt(t.columns.ticket_id as TextColumn, i));
    expect(ids(got)).toEqual(ids(want));
    const agents = (t: typeof got) =>
      Array.from({ length: t.length }, (_, i) => textAt(t.columns.agent as TextColumn, i));
    expect(agents(got)).toEqual(['x', 'x', 'x', 'x', 'x', 'y', 'y', '', '']);
    const created = got.columns.created_at!;
    const wantCreated = want.columns.created_at!;
    if (created.type !== 'text' && wantCreated.type !== 'text')
      expect(Array.from(created.values)).toEqual(Array.from(wantCreated.values));
  });

  it('refuses more rows than announced', () => {
    const asm = new TableAssembler('tickets', 2);
    expect(() => asm.add(tickets(range(0, 3)))).toThrow(/more rows/);
  });
});

describe('TableAssembler with shared dictionaries', () => {
  it('copies codes of parts sharing one dictionary object, and merges into a copy when another comes', () => {
    const shared = ['', 'a', 'b', 'c'];
    const part = (codes: number[], dict: string[]) => ({
      kind: 'tickets' as const,
      length: codes.length,
      columns: { agent: { type: 'text' as const, codes: Uint32Array.from(codes), dict } }
    });
    const one = new TableAssembler('tickets', 4);
    one.add(part([1, 2], shared));
    one.add(part([3, 0], shared));
    const t1 = one.finish();
    expect((t1.columns.agent as TextColumn).dict).toBe(shared);
    expect(Array.from((t1.columns.agent as TextColumn).codes)).toEqual([1, 2, 3, 0]);

    const two = new TableAssembler('tickets', 4);
    two.add(part([1, 3], shared));
    two.add(part([1, 2], ['', 'c', 'z']));
    const t2 = two.finish();
    const col = t2.columns.agent as TextColumn;
    expect(Array.from({ length: 4 }, (_, i) => textAt(col, i))).toEqual(['a', 'c', 'c', 'z']);
    expect(col.dict).not.toBe(shared);
    expect(shared).toEqual(['', 'a', 'b', 'c']);
  });
});
