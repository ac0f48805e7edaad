import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { textAt, type TextColumn } from '../core/columns/table';
import { loadKind } from './chunks';
import { ScorecardDb } from './db';
import { deleteImport, listImports } from './imports';
import { getPrefs, getTargets, savedMapping } from './prefs';
import { listWorkspaces } from './workspaces';
import { writeV1 } from './test-v1';

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
