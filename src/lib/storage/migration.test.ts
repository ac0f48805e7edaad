import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { textAt, type TextColumn } from '../core/columns/table';
import { loadKind } from './chunks';
import { ScorecardDb, STORES_V1, type ChunkV1 } from './db';
import { deleteImport, listImports } from './imports';
import { getPrefs, getTargets, savedMapping } from './prefs';
import { listWorkspaces } from './workspaces';
import { tickets, range } from './test-helpers';

/** Writes a database exactly as version 1 of the app did. */
async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.table('workspaces').add({ id: 'w', name: 'Team A', createdAt: 1000, isDemo: false });
  const old = {
    workspace: 'w',
    fileName: 'a.csv',
    fileSize: 10,
    kind: 'tickets',
    format: 'canonical',
    mapping: null,
    status: 'complete',
    rowsRead: 4,
    rowsStored: 4,
    rowsUpdated: 0,
    rowsSkipped: 0,
    errors: [],
    startedAt: 1,
    finishedAt: 2
  };
  // Spread: Dexie writes the generated id back into the object it adds.
  const a = (await v1.table('imports').add({ ...old })) as number;
  const b = (await v1
    .table('imports')
    .add({ ...old, fileName: 'b.csv', rowsRead: 2, rowsStored: 2, rowsUpdated: 1 })) as number;
  const t1 = tickets(range(0, 2), 'a1');
  const t2 = tickets(range(2, 4), 'a2');
  const t3 = tickets(['T3', 'T9'], 'b');
  const chunk = (importId: number, seq: number, t: typeof t1, superseded?: Uint8Array): ChunkV1 => ({
    workspace: 'w',
    kind: 'tickets',
    importId,
    seq,
    length: t.length,
    columns: t.columns as ChunkV1['columns'],
    superseded
  });
  await v1.table('chunks').bulkAdd([chunk(a, 0, t1), chunk(a, 1, t2, Uint8Array.of(0, 1)), chunk(b, 0, t3)]);
  await v1.table('mappings').add({ signature: 'sig', mapping: { kind: 'tickets' }, savedAt: 5 });
  await v1.table('settings').add({ workspace: 'w', language: 'fa' });
  await v1.table('targets').add({ workspace: 'w', kpiId: 'fcr', setting: { target: { value: 70 } } });
  v1.close();
}

describe('schema migration v1 → v2', () => {
  it('opens a v1 database with the current schema and loses nothing', async () => {
    const name = `mig-${Date.now()}`;
    await writeV1(name);
    const db = new ScorecardDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const { workspaces, active } = await listWorkspaces(db);
    expect(workspaces.map((w) => [w.id, w.name, w.openedAt])).toEqual([['w', 'Team A', 1000]]);
    expect(active).toBe('w');
    const imports = await listImports(db, 'w');
    expect(imports.map((r) => [r.fileName, r.kinds, r.errorCount, r.rowsWithWarnings])).toEqual([
      ['a.csv', ['tickets'], 0, 0],
      ['b.csv', ['tickets'], 0, 0]
    ]);
    // Every chunk's columns moved to chunkData with the same id; masks kept.
    expect(await db.chunkData.count()).toBe(3);
    const metas = await db.chunks.toArray();
    expect(metas.map((m) => [m.seq, m.firstRow, m.visible, m.source])).toEqual([
      [0, 0, 2, 'canonical'],
      [1, 2, 1, 'canonical'],
      [0, 0, 2, 'canonical']
    ]);
    expect((metas[0] as unknown as { columns?: unknown }).columns).toBeUndefined();
    const t = await loadKind(db, 'w', 'tickets');
    const ids = t!.columns.ticket_id as TextColumn;
    const agents = t!.columns.agent as TextColumn;
    expect(Array.from({ length: t!.length }, (_, i) => `${textAt(ids, i)}:${textAt(agents, i)}`)).toEqual([
      'T0:a1',
      'T1:a1',
      'T2:a2',
      'T3:b',
      'T9:b'
    ]);
    expect(await savedMapping(db, 'sig')).toEqual({ kind: 'tickets' });
    expect(await getPrefs(db, 'w')).toEqual({ language: 'fa' });
    expect(await getTargets(db, 'w')).toEqual({ fcr: { target: { value: 70 } } });
    // Migrated masks still work with v2 logic: deleting b brings T3 of a back.
    await deleteImport(db, imports[1].id!);
    const after = await loadKind(db, 'w', 'tickets');
    const ids2 = after!.columns.ticket_id as TextColumn;
    expect(Array.from({ length: after!.length }, (_, i) => textAt(ids2, i))).toEqual(['T0', 'T1', 'T2', 'T3']);
    db.close();
  });

  it('closes itself and tells when another connection upgrades or deletes the database', async () => {
    const name = `vc-${Date.now()}`;
    let told = '';
    const db = new ScorecardDb(name, (reason) => (told = reason));
    await db.open();
    await Dexie.delete(name);
    expect(told).toMatch(/reload/);
    expect(db.isOpen()).toBe(false);
  });
});
