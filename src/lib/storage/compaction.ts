/**
 * Compaction: when superseded rows make up more than 30 % of the rows a load reads for a kind,
 * each partly superseded chunk is split into a live chunk (its visible rows, no mask) and a
 * dormant one (the superseded rows, visible = 0, never read at load).
 *
 * Why split instead of dropping: deleting the newer import must still bring the old rows back
 * (imports.ts `deleteImport`), so superseded rows are kept, only out of the load path. Row numbers
 * within the import are kept (`rowNos`) so "later row in the same file wins" stays true.
 * Each chunk is split in its own transaction: the store is consistent after every step.
 */
import type { RecordKind } from '../core/schema/fields';
import { completeImportIds } from './chunks';
import type { ScorecardDb } from './db';
import { identityReader } from './identity';
import { hydrateOne } from './dicts';
import type { ChunkData, ChunkMeta } from './records';
import { keyRange } from './supersede';
import { selectRows } from './tables';

export const COMPACT_THRESHOLD = 0.3;

/** Share of loaded rows (chunks with visible rows) that are superseded, for one kind. */
export async function supersededShare(db: ScorecardDb, workspace: string, kind: RecordKind): Promise<number> {
  const complete = new Set(await completeImportIds(db, workspace));
  let rows = 0;
  let hidden = 0;
  await db.chunks
    .where('[workspace+kind]')
    .equals([workspace, kind])
    .each((m) => {
      if (!complete.has(m.importId) || m.visible === 0) return;
      rows += m.length;
      hidden += m.length - m.visible;
    });
  return rows === 0 ? 0 : hidden / rows;
}

/** Compacts one kind if needed; returns the number of chunks split. */
export async function compactKind(
  db: ScorecardDb,
  workspace: string,
  kind: RecordKind,
  threshold = COMPACT_THRESHOLD
): Promise<number> {
  if ((await supersededShare(db, workspace, kind)) <= threshold) return 0;
  const complete = new Set(await completeImportIds(db, workspace));
  const partial = (await db.chunks.where('[workspace+kind]').equals([workspace, kind]).toArray()).filter(
    (m) => complete.has(m.importId) && m.visible > 0 && m.visible < m.length
  );
  let split = 0;
  for (const meta of partial) {
    await db.transaction('rw', [db.chunks, db.chunkData, db.dicts], async () => {
      const current = await db.chunks.get(meta.id!);
      const stored = await db.chunkData.get(meta.id!);
      if (!current || !stored || !current.superseded || current.visible === 0 || current.visible === current.length)
        return;
      // The split parts get their own compact dictionaries (selectRows), not the import's.
      const data = { columns: await hydrateOne(db, stored) };
      const mask = current.superseded;
      const live = new Uint32Array(current.visible);
      const dead = new Uint32Array(current.length - current.visible);
      for (let i = 0, l = 0, d = 0; i < current.length; i++) {
        if (mask[i]) dead[d++] = i;
        else live[l++] = i;
      }
      const table = { kind, length: current.length, columns: data.columns };
      for (const [rows, dormant] of [
        [live, false],
        [dead, true]
      ] as const) {
        const part = selectRows(table, rows);
        const rowNos = new Uint32Array(rows.length);
        for (let j = 0; j < rows.length; j++)
          rowNos[j] = current.rowNos ? current.rowNos[rows[j]] : current.firstRow + rows[j];
        const next: ChunkMeta = {
          workspace,
          kind,
          importId: current.importId,
          seq: current.seq,
          source: current.source,
          length: rows.length,
          firstRow: rowNos[0] ?? current.firstRow,
          rowNos,
          superseded: dormant ? new Uint8Array(rows.length).fill(1) : null,
          visible: dormant ? 0 : rows.length,
          ...keyRange({ length: part.length, read: identityReader(part) })
        };
        const id = await db.chunks.add(next);
        await db.chunkData.add({ id, columns: part.columns as ChunkData['columns'] });
      }
      await db.chunkData.delete(current.id!);
      await db.chunks.delete(current.id!);
      split++;
    });
  }
  return split;
}
