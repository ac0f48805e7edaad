import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isText, textAt, type TextColumn } from '../core/columns/table';
import { loadDataset, loadKind, readChunks } from './chunks';
import { compactKind, supersededShare } from './compaction';
import { abandonImport, beginImport, deleteImport, listImports, recoverInterrupted } from './imports';
import { freshDb, importTables, range, tickets } from './test-helpers';
import { writeChunk } from './chunks';

const WS = 'w1';

async function ticketAgents(db: ReturnType<typeof freshDb>): Promise<Map<string, string>> {
  const t = await loadKind(db, WS, 'tickets');
  const out = new Map<string, string>();
  if (!t) return out;
  const id = t.columns.ticket_id as TextColumn;
  const agent = t.columns.agent as TextColumn;
  for (let i = 0; i < t.length; i++) {
    expect(out.has(textAt(id, i)), `duplicate ${textAt(id, i)}`).toBe(false);
    out.set(textAt(id, i), textAt(agent, i));
  }
  return out;
}

describe('storage round trip', () => {
  it('stores chunks and loads them back as one table per kind, values intact', async () => {
    const db = freshDb();
    await importTables(db, WS, [tickets(range(0, 3), 'x'), tickets(range(3, 5), 'y')]);
    const ds = await loadDataset(db, WS);
    expect(ds.tickets?.length).toBe(5);
    const ids = ds.tickets!.columns.ticket_id;
    expect(isText(ids) && [0, 1, 2, 3, 4].map((i) => textAt(ids, i))).toEqual(range(0, 5));
    const created = ds.tickets!.columns.created_at;
    expect(created?.type).toBe('time');
    if (created && created.type !== 'text') expect(created.values[1]).toBe(Date.UTC(2026, 0, 1) + 60_000);
    expect(ds.calls).toBeUndefined();
  });
});

describe('re-import = update, never duplicate', () => {
  it('importing the same rows again keeps counts and counts every row as updated', async () => {
    const db = freshDb();
    await importTables(db, WS, [tickets(range(0, 100), 'old')]);
    const second = await importTables(db, WS, [tickets(range(0, 100), 'new')]);
    const rec = (await listImports(db, WS)).find((r) => r.id === second)!;
    expect(rec.rowsStored).toBe(100);
    expect(rec.rowsUpdated).toBe(100);
    const agents = await ticketAgents(db);
    expect(agents.size).toBe(100);
    expect(new Set(agents.values())).toEqual(new Set(['new']));
    // The old chunk is fully superseded: not read at load any more.
    expect((await readChunks(db, WS, 'tickets')).length).toBe(1);
  });

  it('counts new vs updated on a partial overlap, and within-file duplicates', async () => {
    const db = freshDb();
    await importTables(db, WS, [tickets(range(0, 10), 'old')]);
    const id = await importTables(db, WS, [tickets([...range(5, 15), 'T14'], 'new')]);
    const rec = (await listImports(db, WS)).find((r) => r.id === id)!;
    expect(rec.rowsStored).toBe(11);
    expect(rec.rowsUpdated).toBe(5 + 1);
    const agents = await ticketAgents(db);
    expect(agents.size).toBe(15);
    expect(agents.get('T4')).toBe('old');
    expect(agents.get('T5')).toBe('new');
  });

  it('keys are per source: the same id from another format is another record', async () => {
    const db = freshDb();
    await importTables(db, WS, [tickets(range(0, 5))], { format: 'zendesk' });
    await importTables(db, WS, [tickets(range(0, 5))], { format: 'freshdesk' });
    expect((await loadKind(db, WS, 'tickets'))?.length).toBe(10);
  });
});

describe('deleting imports in any order', () => {
  // A: T0..T9 'a'; B: T5..T14 'b'; C: T8..T11 'c'.
  async function setup() {
    const db = freshDb();
    const a = await importTables(db, WS, [tickets(range(0, 10), 'a')]);
    const b = await importTables(db, WS, [tickets(range(5, 15), 'b')]);
    const c = await importTables(db, WS, [tickets(range(8, 12), 'c')]);
    return { db, a, b, c };
  }
  const expected = (present: Record<string, string[]>): Map<string, string> => {
    const m = new Map<string, string>();
    for (const tag of ['a', 'b', 'c']) for (const id of present[tag] ?? []) m.set(id, tag);
    return m;
  };
  const A = range(0, 10);
  const B = range(5, 15);
  const C = range(8, 12);

  const cases: [string, ('a' | 'b' | 'c')[], Record<string, string[]>][] = [
    ['nothing', [], { a: A, b: B, c: C }],
    ['the middle one', ['b'], { a: A, c: C }],
    ['the newest', ['c'], { a: A, b: B }],
    ['the oldest', ['a'], { b: B, c: C }],
    ['newest then oldest', ['c', 'a'], { b: B }],
    ['middle then newest', ['b', 'c'], { a: A }],
    ['oldest then middle', ['a', 'b'], { c: C }],
    ['all', ['b', 'a', 'c'], {}]
  ];
  for (const [name, order, present] of cases) {
    it(`deleting ${name} leaves exactly the right rows`, async () => {
      const { db, ...ids } = await setup();
      for (const tag of order) await deleteImport(db, ids[tag]);
      expect(await ticketAgents(db)).toEqual(expected(present));
    });
  }
});

describe('compaction', () => {
  it('moves superseded rows out of the load path once they pass 30 %, and deletes still restore them', async () => {
    const db = freshDb();
    const first = await importTables(db, WS, [tickets(range(0, 100), 'a')]);
    await importTables(db, WS, [tickets(range(0, 50), 'b')]);
    expect(await supersededShare(db, WS, 'tickets')).toBeCloseTo(50 / 150);
    expect(await compactKind(db, WS, 'tickets')).toBe(1);
    expect(await supersededShare(db, WS, 'tickets')).toBe(0);
    const loaded = await readChunks(db, WS, 'tickets');
    expect(loaded.reduce((n, c) => n + c.meta.length, 0)).toBe(100);
    const before = await ticketAgents(db);
    expect(before.get('T10')).toBe('b');
    expect(before.get('T60')).toBe('a');
    // Delete the newer import: the compacted-away rows come back.
    const second = (await listImports(db, WS)).find((r) => r.id !== first)!.id!;
    await deleteImport(db, second);
    const after = await ticketAgents(db);
    expect(after.size).toBe(100);
    expect(new Set(after.values())).toEqual(new Set(['a']));
  });
});

describe('unfinished imports never count', () => {
  it('an abandoned import keeps earlier data and is listed as incomplete', async () => {
    const db = freshDb();
    await importTables(db, WS, [tickets(range(0, 10), 'a')]);
    const id = await beginImport(db, {
      workspace: WS,
      fileName: 'x.csv',
      fileSize: 1,
      hash: '',
      kind: 'tickets',
      kinds: ['tickets'],
      format: 'canonical',
      mapping: null
    });
    await writeChunk(
      db,
      { workspace: WS, importId: id, seq: 0, source: 'canonical', firstRow: 0 },
      tickets(range(0, 20), 'z')
    );
    // While running, its rows are not loaded.
    expect((await ticketAgents(db)).get('T0')).toBe('a');
    expect((await loadKind(db, WS, 'tickets'))?.length).toBe(10);
    await abandonImport(db, id, 'incomplete', 'Cancelled.');
    const rec = (await listImports(db, WS)).find((r) => r.id === id)!;
    expect(rec.status).toBe('incomplete');
    expect(await db.chunks.where('importId').equals(id).count()).toBe(0);
    expect((await loadKind(db, WS, 'tickets'))?.length).toBe(10);
  });

  it('imports left running by a closed page become incomplete on the next open', async () => {
    const db = freshDb();
    const id = await beginImport(db, {
      workspace: WS,
      fileName: 'x.csv',
      fileSize: 1,
      hash: '',
      kind: 'tickets',
      kinds: ['tickets'],
      format: null,
      mapping: null
    });
    await writeChunk(db, { workspace: WS, importId: id, seq: 0, source: '', firstRow: 0 }, tickets(range(0, 5)));
    expect(await recoverInterrupted(db, WS, new Set([id]))).toBe(0);
    expect(await recoverInterrupted(db, WS)).toBe(1);
    const rec = await db.imports.get(id);
    expect(rec?.status).toBe('incomplete');
    expect(rec?.message).toMatch(/interrupted/);
    expect(await db.chunkData.count()).toBe(0);
  });
});
