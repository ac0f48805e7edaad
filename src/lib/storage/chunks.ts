/**
 * Writing and reading column chunks.
 *
 * Writes: one transaction per chunk (a chunk is 32–64 k rows, a few MB), so no transaction grows
 * without bound and a failing write (quota) loses at most that chunk. Reads: whole chunks, one
 * kind at a time, only of complete imports and only chunks with visible rows, concatenated into
 * the one ColumnTable per kind the engine reads (superseded rows dropped through the masks).
 */
import type { ColumnTable } from '../core/columns/table';
import { TableAssembler } from './assemble';
import { DictCache } from './dicts';
import { RECORD_KINDS, type RecordKind } from '../core/schema/fields';
import type { Dataset } from '../core/engine/types';
import type { ScorecardDb } from './db';
import { identityReader } from './identity';
import type { ChunkData, ChunkMeta } from './records';
import { keyRange } from './supersede';

/** Rows per chunk: big enough for few records, small enough for bounded transactions. */
export const CHUNK_ROWS = 50_000;

export type NewChunk = Pick<ChunkMeta, 'workspace' | 'importId' | 'seq' | 'source' | 'firstRow'>;

/**
 * Stores one chunk (metadata + columns) in one transaction; returns its id. Text columns named in
 * `sharedDicts` are stored as codes + a reference to their import's dictionary (written when the
 * import finishes), not with a copy of it.
 */
export async function writeChunk(
  db: ScorecardDb,
  at: NewChunk,
  table: ColumnTable,
  sharedDicts?: ReadonlyMap<string, string>
): Promise<number> {
  const { keyMin, keyMax } = keyRange({ length: table.length, read: identityReader(table) });
  const meta: ChunkMeta = {
    ...at,
    kind: table.kind,
    length: table.length,
    superseded: null,
    visible: table.length,
    keyMin,
    keyMax
  };
  const columns: ChunkData['columns'] = {};
  for (const [name, col] of Object.entries(table.columns)) {
    if (!col) continue;
    const ref = sharedDicts?.get(name);
    columns[name] = ref && col.type === 'text' ? { type: 'text', codes: col.codes, dictRef: ref } : col;
  }
  return db.transaction('rw', db.chunks, db.chunkData, async () => {
    const id = await db.chunks.add(meta);
    await db.chunkData.add({ id, columns });
    return id;
  });
}

/** Ids of the imports whose data is loaded (complete ones). */
export async function completeImportIds(db: ScorecardDb, workspace: string): Promise<number[]> {
  return (await db.imports.where('[workspace+status]').equals([workspace, 'complete']).primaryKeys()) as number[];
}

export interface LoadedChunk {
  meta: ChunkMeta;
  table: ColumnTable;
}

/** Chunks (with data) of complete imports; `all` includes chunks whose rows are all superseded. */
export async function readChunks(
  db: ScorecardDb,
  workspace: string,
  kind: RecordKind,
  opts: { all?: boolean; importIds?: readonly number[] } = {}
): Promise<LoadedChunk[]> {
  const ids = new Set(opts.importIds ?? (await completeImportIds(db, workspace)));
  const metas = (await db.chunks.where('[workspace+kind]').equals([workspace, kind]).toArray()).filter(
    (m) => ids.has(m.importId) && (opts.all || m.visible > 0)
  );
  metas.sort((a, b) => a.importId - b.importId || a.seq - b.seq || a.firstRow - b.firstRow);
  const data = await new DictCache(db).hydrate(await db.chunkData.bulkGet(metas.map((m) => m.id!)));
  return metas.map((meta, i) => {
    const columns = data[i];
    if (!columns) throw new Error(`chunk ${meta.id} has no data`);
    return { meta, table: { kind, length: meta.length, columns } };
  });
}

/** Metadata of the loadable chunks of a kind (complete imports, visible rows), in load order. */
async function loadableMetas(
  db: ScorecardDb,
  workspace: string,
  kind: RecordKind,
  importIds?: readonly number[]
): Promise<ChunkMeta[]> {
  const ids = new Set(importIds ?? (await completeImportIds(db, workspace)));
  const metas = (await db.chunks.where('[workspace+kind]').equals([workspace, kind]).toArray()).filter(
    (m) => ids.has(m.importId) && m.visible > 0
  );
  return metas.sort((a, b) => a.importId - b.importId || a.seq - b.seq || a.firstRow - b.firstRow);
}

/**
 * One table per kind, superseded rows dropped, read chunk by chunk into a preallocated table
 * (assemble.ts), optionally after the rows of `base` (an already loaded table being extended).
 */
export async function loadKind(
  db: ScorecardDb,
  workspace: string,
  kind: RecordKind,
  opts: { base?: ColumnTable; importIds?: readonly number[] } = {}
): Promise<ColumnTable | undefined> {
  const metas = await loadableMetas(db, workspace, kind, opts.importIds);
  if (metas.length === 0) return opts.base;
  const total = (opts.base?.length ?? 0) + metas.reduce((n, m) => n + m.visible, 0);
  const out = new TableAssembler(kind, total);
  if (opts.base) out.add(opts.base);
  const dicts = new DictCache(db);
  for (let i = 0; i < metas.length; i += LOAD_BATCH) {
    const batch = metas.slice(i, i + LOAD_BATCH);
    const data = await dicts.hydrate(await db.chunkData.bulkGet(batch.map((m) => m.id!)));
    batch.forEach((meta, j) => {
      const columns = data[j];
      if (!columns) throw new Error(`chunk ${meta.id} has no data`);
      out.add({ kind, length: meta.length, columns }, keepMask(meta));
    });
  }
  return out.finish();
}

/** Chunks read per IndexedDB request while loading (a few MB each). */
const LOAD_BATCH = 4;

/** The whole dataset of a workspace, loaded kind by kind (peak memory ≈ 2 × the largest kind). */
export async function loadDataset(
  db: ScorecardDb,
  workspace: string
): Promise<Partial<Record<RecordKind, ColumnTable>>> {
  const out: Partial<Record<RecordKind, ColumnTable>> = {};
  for (const kind of RECORD_KINDS) {
    const t = await loadKind(db, workspace, kind);
    if (t && t.length > 0) out[kind] = t;
  }
  return out;
}

/** The inverse of a superseded mask (concatTables keeps rows whose mask is 1). */
export function keepMask(meta: Pick<ChunkMeta, 'superseded' | 'length'>): Uint8Array | undefined {
  const s = meta.superseded;
  if (!s) return undefined;
  const keep = new Uint8Array(meta.length);
  for (let i = 0; i < keep.length; i++) keep[i] = s[i] ? 0 : 1;
  return keep;
}

export function countsOf(dataset: Dataset): Partial<Record<RecordKind, number>> {
  const counts: Partial<Record<RecordKind, number>> = {};
  for (const kind of RECORD_KINDS) {
    const t = dataset[kind];
    if (t) counts[kind] = t.length;
  }
  return counts;
}
