import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { textAt, type TextColumn } from '../core/columns/table';
import { BackupError, exportWorkspace, restoreWorkspace } from './backup';
import { loadDataset } from './chunks';
import { listImports } from './imports';
import { getPrefs, getTargets, saveMappingRecord, savePrefs, saveTargets } from './prefs';
import { freshDb, importTables, range, tickets } from './test-helpers';
import { createWorkspace, deleteWorkspace, listWorkspaces } from './workspaces';
import { ScorecardDb } from './db';

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

describe('streamed backups (format 2)', () => {
  it('reports progress chunk by chunk while exporting and restoring', async () => {
    const { db, ws } = await seeded();
    const exported: number[] = [];
    const { blob } = await exportWorkspace(db, ws.id, { onProgress: (done) => exported.push(done) });
    const chunks = await db.chunks.where('workspace').equals(ws.id).count();
    expect(exported).toEqual(Array.from({ length: chunks + 1 }, (_, i) => i));
    const restored: [number, number][] = [];
    await restoreWorkspace(freshDb(), blob, { onProgress: (done, total) => restored.push([done, total]) });
    expect(restored.at(-1)).toEqual([chunks, chunks]);
    expect(restored.length).toBe(chunks + 1);
  });

  it('refuses a file whose frames were reordered or dropped, though each frame is intact', async () => {
    const { db, ws } = await seeded();
    const { blob } = await exportWorkspace(db, ws.id);
    const raw = new Uint8Array(
      await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    );
    // Cut the container into its frames (12-byte prefix, then 40-byte frame headers).
    const frames: Uint8Array[] = [];
    for (let o = 12; o < raw.length;) {
      const len = new DataView(raw.buffer, o + 4, 4).getUint32(0, true);
      const size = 40 + len + ((8 - (len % 8)) % 8);
      frames.push(raw.subarray(o, o + size));
      o += size;
    }
    expect(frames.length).toBeGreaterThan(3);
    const join = (parts: Uint8Array[]) => new Blob([raw.subarray(0, 12), ...parts] as BlobPart[]);
    const swapped = [frames[0], frames[2], frames[1], ...frames.slice(3)];
    const dropped = [frames[0], ...frames.slice(2)];
    for (const bad of [join(swapped), join(dropped)]) {
      const before = await db.workspaces.count();
      const err = await restoreWorkspace(db, bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(/order|missing|damaged/);
      expect(await db.workspaces.count()).toBe(before);
    }
  });

  it('still restores a format-1 backup (one buffer) made by an earlier version', async () => {
    const { BodyWriter, compress } = await import('./backup-format');
    const body = new BodyWriter();
    const t = tickets(['A', 'B'], 'old');
    const columns: Record<string, unknown> = {};
    for (const [name, col] of Object.entries(t.columns)) {
      if (!col) continue;
      columns[name] =
        col.type === 'text'
          ? { type: 'text', dict: col.dict, data: body.add(col.codes) }
          : { type: col.type, data: body.add(col.values) };
    }
    const header = {
      app: 'service-scorecard',
      formatVersion: 1,
      createdAt: 1,
      workspace: { name: 'Old', isDemo: false, createdAt: 1 },
      imports: [
        { id: 7, workspace: 'x', fileName: 'old.csv', status: 'complete', kinds: ['tickets'], format: 'canonical' }
      ],
      chunks: [
        {
          meta: {
            kind: 'tickets',
            importId: 7,
            seq: 0,
            source: 'canonical',
            length: 2,
            firstRow: 0,
            visible: 2,
            keyMin: 'A',
            keyMax: 'B',
            superseded: null,
            rowNos: null
          },
          columns
        }
      ],
      mappings: [],
      settings: null,
      targets: []
    };
    const blob = await compress(await body.seal(header));
    const db = freshDb();
    const ws = await restoreWorkspace(db, blob);
    expect(ws.name).toBe('Old');
    expect(snapshot(await loadDataset(db, ws.id)).map((r) => r.split('|').slice(0, 2).join('|'))).toEqual([
      'A|old',
      'B|old'
    ]);
  });

  it('a full disk during a restore says how much space it needs; the original stays', async () => {
    const { db, ws } = await seeded();
    const { blob } = await exportWorkspace(db, ws.id);
    const add = db.chunkData.add.bind(db.chunkData);
    db.chunkData.add = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as unknown as typeof add;
    const err = (await restoreWorkspace(db, blob, { replace: ws.id }).catch((e: unknown) => e)) as {
      notice?: { code: string; params: Record<string, number> };
    };
    db.chunkData.add = add;
    expect(err.notice?.code).toBe('storage.quotaRestore');
    expect(typeof err.notice?.params.neededBytes).toBe('number');
    expect((await listWorkspaces(db)).workspaces.map((w) => w.id)).toEqual([ws.id]);
    expect((await loadDataset(db, ws.id)).tickets?.length).toBe(50);
  });
});

describe('a restore and another tab', () => {
  it("another tab's clean-up of leftover hidden workspaces leaves a running restore alone", async () => {
    const { db, ws } = await seeded();
    const { blob } = await exportWorkspace(db, ws.id);
    const target = freshDb();
    // The other tab lists workspaces while the restore is writing into its hidden workspace.
    const otherTab = new ScorecardDb(target.name);
    let listing: Promise<unknown> = Promise.resolve();
    const restored = await restoreWorkspace(target, blob, {
      onCreated: () => (listing = listWorkspaces(otherTab))
    });
    await listing;
    expect((await listWorkspaces(target)).workspaces.map((w) => w.id)).toEqual([restored.id]);
    expect((await loadDataset(target, restored.id)).tickets?.length).toBe(50);
    otherTab.close();
  });

  it('a hidden workspace nobody writes any more is removed by the next listing', async () => {
    const db = freshDb();
    await createWorkspace(db, 'Left over', { pending: true });
    expect((await listWorkspaces(db)).workspaces).toEqual([]);
    expect(await db.workspaces.count()).toBe(0);
  });
});
