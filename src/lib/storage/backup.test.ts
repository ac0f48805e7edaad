import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { textAt, type TextColumn } from '../core/columns/table';
import { BackupError, exportWorkspace, restoreWorkspace } from './backup';
import { loadDataset } from './chunks';
import { listImports } from './imports';
import { getPrefs, getTargets, saveMappingRecord, savePrefs, saveTargets } from './prefs';
import { freshDb, importTables, range, tickets } from './test-helpers';
import { createWorkspace, deleteWorkspace, listWorkspaces } from './workspaces';

async function seeded() {
  const db = freshDb();
  const ws = await createWorkspace(db, 'Client A');
  await importTables(db, ws.id, [tickets(range(0, 30), 'a'), tickets(range(30, 40), 'a')]);
  await importTables(db, ws.id, [tickets(range(20, 50), 'b')]);
  await savePrefs(db, ws.id, { language: 'ar', warnBands: { fcr: 5 } });
  await saveTargets(db, ws.id, { fcr: { target: { value: 75 } } });
  await saveMappingRecord(db, 'sig-1', { kind: 'calls' });
  return { db, ws };
}

function snapshot(ds: Awaited<ReturnType<typeof loadDataset>>): string[] {
  const t = ds.tickets!;
  const id = t.columns.ticket_id as TextColumn;
  const agent = t.columns.agent as TextColumn;
  const created = t.columns.created_at!;
  return Array.from(
    { length: t.length },
    (_, i) => `${textAt(id, i)}|${textAt(agent, i)}|${created.type !== 'text' ? created.values[i] : ''}`
  ).sort();
}

describe('backup and restore', () => {
  it('round-trips a workspace: counts, values, masks, imports, settings, targets, mappings', async () => {
    const { db, ws } = await seeded();
    const before = snapshot(await loadDataset(db, ws.id));
    expect(before.length).toBe(50);
    const { blob, fileName } = await exportWorkspace(db, ws.id);
    expect(fileName).toMatch(/^scorecard-client-a-\d{4}-\d{2}-\d{2}\.scorecard-backup$/);
    // Restore on "another device": a fresh database.
    const other = freshDb();
    const restored = await restoreWorkspace(other, blob);
    expect(restored.name).toBe('Client A');
    expect(restored.pending).toBeUndefined();
    expect(snapshot(await loadDataset(other, restored.id))).toEqual(before);
    const imports = await listImports(other, restored.id);
    expect(imports.map((r) => [r.rowsStored, r.rowsUpdated])).toEqual([
      [40, 0],
      [30, 20]
    ]);
    expect(await getPrefs(other, restored.id)).toEqual({ language: 'ar', warnBands: { fcr: 5 } });
    expect(await getTargets(other, restored.id)).toEqual({ fcr: { target: { value: 75 } } });
    expect((await other.mappings.get('sig-1'))?.mapping).toEqual({ kind: 'calls' });
  });

  it('backup → delete → restore in the same database, and replace keeps one copy', async () => {
    const { db, ws } = await seeded();
    const before = snapshot(await loadDataset(db, ws.id));
    const { blob } = await exportWorkspace(db, ws.id);
    const copy = await restoreWorkspace(db, blob, { replace: ws.id });
    expect(copy.id).not.toBe(ws.id);
    expect(copy.name).toBe('Client A');
    expect((await listWorkspaces(db)).workspaces.map((w) => w.id)).toEqual([copy.id]);
    expect(snapshot(await loadDataset(db, copy.id))).toEqual(before);
    await deleteWorkspace(db, copy.id);
    expect(await db.chunkData.count()).toBe(0);
  });

  const corruptions: [string, (b: Uint8Array) => Uint8Array][] = [
    ['truncated', (b) => b.slice(0, Math.floor(b.length / 2))],
    [
      'one byte flipped',
      (b) => {
        const c = b.slice();
        c[Math.floor(c.length / 2)] ^= 0xff;
        return c;
      }
    ],
    ['not a backup at all', () => new TextEncoder().encode('ticket_id,created_at\n1,2026-01-01\n')],
    ['empty', () => new Uint8Array(0)]
  ];
  for (const [name, damage] of corruptions) {
    it(`refuses a ${name} file with a message and changes nothing`, async () => {
      const { db, ws } = await seeded();
      const { blob } = await exportWorkspace(db, ws.id);
      const bad = new Blob([damage(new Uint8Array(await blob.arrayBuffer())) as BlobPart]);
      const countsBefore = [
        await db.workspaces.count(),
        await db.imports.count(),
        await db.chunks.count(),
        await db.chunkData.count()
      ];
      const err = await restoreWorkspace(db, bad, { replace: ws.id }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(/backup|empty|file/i);
      expect([
        await db.workspaces.count(),
        await db.imports.count(),
        await db.chunks.count(),
        await db.chunkData.count()
      ]).toEqual(countsBefore);
      expect((await listWorkspaces(db)).workspaces.map((w) => w.id)).toEqual([ws.id]);
    });
  }

  it('a write failing midway removes the half-written copy and keeps the original', async () => {
    const { db, ws } = await seeded();
    const { blob } = await exportWorkspace(db, ws.id);
    const add = db.chunkData.add.bind(db.chunkData);
    let calls = 0;
    db.chunkData.add = ((...args: Parameters<typeof add>) => {
      if (++calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return add(...args);
    }) as typeof add;
    await expect(restoreWorkspace(db, blob, { replace: ws.id })).rejects.toThrow(/unchanged/);
    db.chunkData.add = add;
    expect((await db.workspaces.toArray()).map((w) => w.id)).toEqual([ws.id]);
    expect((await loadDataset(db, ws.id)).tickets?.length).toBe(50);
  });
});
