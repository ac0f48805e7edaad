/**
 * Backup and restore of a whole workspace: data chunks, imports, mappings, targets, settings.
 *
 * Both stream (backup-stream.ts): a backup is read from IndexedDB and compressed one chunk at a
 * time into a Blob (which the browser keeps out of the tab's memory); a restore decompresses,
 * checks and writes one chunk at a time. Neither holds a second copy of the workspace.
 *
 * Restore promises: every frame is checked (digest, shapes, codes in range) before its chunk is
 * written, and the data goes into a NEW, hidden (`pending`) workspace. Only when the whole file
 * has been read and its end frame verified does ONE transaction make it visible and, if asked,
 * delete the workspace it replaces. A damaged, truncated or foreign file, a full disk, or a tab
 * closed half-way leaves every existing workspace exactly as it was (a leftover hidden workspace
 * is removed on the next listing).
 */
import type { Column } from '../core/columns/table';
import { RECORD_KINDS, type RecordKind } from '../core/schema/fields';
import { BackupError, openContainer, readBackupBytes, BACKUP_MAGIC, type ArrayTag } from './backup-format';
import {
  ByteReader,
  FrameReader,
  FrameWriter,
  openPayload,
  parseJson,
  PayloadWriter,
  STREAM_VERSION,
  streamPrefix
} from './backup-stream';
import type { ScorecardDb } from './db';
import { DictCache } from './dicts';
import { storageEstimate } from './estimate';
import { isQuotaError, NoticeError } from './notice';
import type { ChunkMeta, ImportRecord, MappingRecord, SettingsRecord, TargetRecord, WorkspaceRecord } from './records';
import { sliceTable } from './tables';
import { createWorkspace, deleteWorkspace, newWorkspaceId } from './workspaces';
import { withWriteLock } from './write-lock';

export { BackupError };

/** Called with chunks done and chunks in all. */
export type BackupProgress = (done: number, total: number) => void;

interface ChunkEntry {
  meta: Omit<ChunkMeta, 'id' | 'superseded' | 'rowNos' | 'workspace'> & { superseded: unknown; rowNos: unknown };
  columns: Record<string, { type: Column['type']; dict?: string[]; data: unknown }>;
}

interface BackupHeader {
  app: 'service-scorecard';
  formatVersion: number;
  createdAt: number;
  workspace: Pick<WorkspaceRecord, 'name' | 'isDemo' | 'createdAt' | 'demoScenario'>;
  imports: ImportRecord[];
  mappings: MappingRecord[];
  settings: Omit<SettingsRecord, 'workspace'> | null;
  targets: Omit<TargetRecord, 'workspace'>[];
  /** Format 2: how many chunk frames follow (for progress). */
  totals?: { chunks: number; rows: number };
  /** Format 1 only: every chunk in the header. */
  chunks?: ChunkEntry[];
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9\u0600-\u06ff\u0590-\u05ff]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace'
  );
}

/** One chunk as a frame payload; a shared (import-wide) dictionary is cut down to this chunk. */
async function chunkPayload(db: ScorecardDb, dicts: DictCache, m: ChunkMeta): Promise<Uint8Array | null> {
  const stored = await db.chunkData.get(m.id!);
  if (!stored) return null;
  const shared = Object.values(stored.columns).some((c) => 'dictRef' in c);
  const plain = (await dicts.hydrate([stored]))[0]!;
  const table = { kind: m.kind, length: m.length, columns: plain };
  const data = shared ? sliceTable(table, 0, m.length) : table;
  const body = new PayloadWriter();
  const columns: ChunkEntry['columns'] = {};
  for (const [name, col] of Object.entries(data.columns)) {
    if (!col) continue;
    columns[name] =
      col.type === 'text'
        ? { type: 'text', dict: [...col.dict], data: body.add(col.codes) }
        : { type: col.type, data: body.add(col.values) };
  }
  const { id: _id, workspace: _w, superseded, rowNos, ...rest } = m;
  const entry: ChunkEntry = {
    meta: { ...rest, superseded: superseded ? body.add(superseded) : null, rowNos: rowNos ? body.add(rowNos) : null },
    columns
  };
  return body.finish(entry);
}

/**
 * Exports one workspace as a single gzip-compressed file, streamed chunk by chunk. The caller
 * holds the workspace's write lock, so no write changes it under the backup.
 */
export async function exportWorkspace(
  db: ScorecardDb,
  workspace: string,
  opts: { now?: number; onProgress?: BackupProgress } = {}
): Promise<{ blob: Blob; fileName: string }> {
  const now = opts.now ?? Date.now();
  const ws = await db.workspaces.get(workspace);
  if (!ws) throw new Error('There is no such workspace to back up.');
  const imports = (await db.imports.where('workspace').equals(workspace).toArray()).filter(
    (r) => r.status !== 'running'
  );
  const keep = new Set(imports.filter((r) => r.status === 'complete').map((r) => r.id!));
  const metas = (await db.chunks.where('workspace').equals(workspace).toArray())
    .filter((m) => keep.has(m.importId))
    .sort((a, b) => a.importId - b.importId || a.id! - b.id!);
  const settingsRec = await db.settings.get(workspace);
  const header: BackupHeader = {
    app: 'service-scorecard',
    formatVersion: STREAM_VERSION,
    createdAt: now,
    workspace: { name: ws.name, isDemo: ws.isDemo, createdAt: ws.createdAt, demoScenario: ws.demoScenario },
    imports,
    mappings: await db.mappings.toArray(),
    settings: settingsRec ? (({ workspace: _w, ...s }) => s)(settingsRec) : null,
    targets: (await db.targets.where('workspace').equals(workspace).toArray()).map(({ kpiId, setting }) => ({
      kpiId,
      setting
    })),
    totals: { chunks: metas.length, rows: metas.reduce((n, m) => n + m.length, 0) }
  };
  const frames = new FrameWriter();
  let next = -1;
  // One dictionary cache per import: the shared dictionaries of one import at a time in memory.
  let dicts = new DictCache(db);
  let dictsOf = -1;
  const source = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (next === -1) {
          controller.enqueue(streamPrefix());
          for (const part of await frames.json('H', header)) controller.enqueue(part);
          next = 0;
          opts.onProgress?.(0, metas.length);
          return;
        }
        if (next < metas.length) {
          const m = metas[next++];
          if (m.importId !== dictsOf) {
            dicts = new DictCache(db);
            dictsOf = m.importId;
          }
          const payload = await chunkPayload(db, dicts, m);
          if (payload) for (const part of await frames.frame('C', payload)) controller.enqueue(part);
          opts.onProgress?.(next, metas.length);
          return;
        }
        for (const part of await frames.end()) controller.enqueue(part);
        controller.close();
      }
    },
    { highWaterMark: 1 }
  );
  const packed =
    typeof CompressionStream === 'undefined'
      ? source
      : source.pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const blob = await new Response(packed).blob();
  const date = new Date(now).toISOString().slice(0, 10);
  return { blob, fileName: `scorecard-${slug(ws.name)}-${date}.scorecard-backup` };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function fail(what: string): never {
  throw new BackupError(`This backup is damaged or not valid (${what}); nothing was restored.`);
}

type Reader = (r: unknown, tag: ArrayTag, length: number) => Uint8Array | Uint32Array | Float64Array;

interface ValidChunk {
  meta: Omit<ChunkMeta, 'id' | 'workspace'>;
  columns: Record<string, Column>;
}

/** Checks the header's shape; returns it and the import ids chunks may refer to. */
function validateHeader(header: unknown): { h: BackupHeader; importIds: Set<number> } {
  if (!isObj(header) || header.app !== 'service-scorecard') fail('not a workspace backup');
  const h = header as unknown as BackupHeader;
  if (!isObj(h.workspace) || typeof h.workspace.name !== 'string') fail('workspace');
  if (!Array.isArray(h.imports) || !Array.isArray(h.mappings) || !Array.isArray(h.targets)) fail('missing lists');
  const importIds = new Set<number>();
  for (const r of h.imports) {
    if (!isObj(r) || !isInt(r.id) || typeof r.fileName !== 'string' || typeof r.status !== 'string')
      fail('an import record');
    importIds.add(r.id as number);
  }
  return { h, importIds };
}

/** Checks one chunk completely (shapes, lengths, codes within their dictionary, mask counts). */
function validateChunk(c: unknown, read: Reader, importIds: ReadonlySet<number>): ValidChunk {
  if (!isObj(c) || !isObj(c.meta) || !isObj(c.columns)) fail('a chunk');
  const m = c.meta;
  const length = m.length;
  if (!isInt(length) || !RECORD_KINDS.includes(m.kind as RecordKind) || !importIds.has(m.importId as number))
    fail('a chunk header');
  if (!isInt(m.visible) || (m.visible as number) > length || !isInt(m.seq) || !isInt(m.firstRow)) fail('a chunk count');
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(c.columns)) {
    if (!isObj(col)) fail(`column ${name}`);
    if (col.type === 'text') {
      const dict = col.dict;
      if (!Array.isArray(dict) || dict[0] !== '' || !dict.every((d) => typeof d === 'string'))
        fail(`dictionary of ${name}`);
      const codes = read(col.data, 'u32', length) as Uint32Array;
      for (let i = 0; i < codes.length; i++) if (codes[i] >= dict.length) fail(`codes of ${name}`);
      columns[name] = { type: 'text', codes, dict };
    } else if (col.type === 'time' || col.type === 'number' || col.type === 'boolean') {
      columns[name] = { type: col.type, values: read(col.data, 'f64', length) as Float64Array };
    } else fail(`type of ${name}`);
  }
  const superseded = m.superseded === null ? null : (read(m.superseded, 'u8', length) as Uint8Array);
  const rowNos =
    m.rowNos === null || m.rowNos === undefined ? undefined : (read(m.rowNos, 'u32', length) as Uint32Array);
  let visible = length;
  if (superseded) for (let i = 0; i < length; i++) visible -= superseded[i] ? 1 : 0;
  if (visible !== m.visible) fail('a supersede mask');
  const { superseded: _s, rowNos: _r, ...rest } = c.meta as ChunkEntry['meta'];
  return { meta: { ...rest, superseded, ...(rowNos ? { rowNos } : {}) }, columns };
}

const columnBytes = (c: ValidChunk) =>
  Object.values(c.columns).reduce(
    (n, col) => n + (col.type === 'text' ? col.codes.byteLength : col.values.byteLength),
    0
  );

/** Writes a restore into its hidden workspace, then makes it visible in one transaction. */
class RestoreWriter {
  private idMap = new Map<number, number>();
  private written = 0;
  private chunks = 0;
  private bytes = 0;

  constructor(
    private readonly db: ScorecardDb,
    private readonly h: BackupHeader,
    readonly ws: WorkspaceRecord
  ) {}

  async begin(): Promise<void> {
    const { db, ws } = this;
    await db.transaction('rw', db.imports, async () => {
      for (const r of this.h.imports) {
        const { id, ...rest } = r;
        this.idMap.set(id!, await db.imports.add({ ...rest, workspace: ws.id }));
      }
    });
  }

  async add(c: ValidChunk): Promise<void> {
    const { db, ws } = this;
    await db.transaction('rw', db.chunks, db.chunkData, async () => {
      const id = await db.chunks.add({ ...c.meta, workspace: ws.id, importId: this.idMap.get(c.meta.importId)! });
      await db.chunkData.add({ id, columns: c.columns });
    });
    this.chunks++;
    this.written += c.meta.length;
    this.bytes += columnBytes(c);
  }

  /** The one step that makes the restore count (and removes what it replaces). */
  async commit(replace: string | undefined): Promise<void> {
    const { db, ws, h } = this;
    const stores = [db.workspaces, db.imports, db.chunks, db.chunkData, db.dicts, db.settings, db.targets, db.mappings];
    await db.transaction('rw', stores, async () => {
      if (!(await db.workspaces.get(ws.id))) throw new Error('the restored copy was removed while it was written');
      if (h.settings) await db.settings.put({ ...h.settings, workspace: ws.id });
      for (const t of h.targets) await db.targets.put({ ...t, workspace: ws.id });
      // A mapping confirmed on this device wins over the backup's copy.
      for (const m of h.mappings) if (!(await db.mappings.get(m.signature))) await db.mappings.put(m);
      const done: WorkspaceRecord = { ...ws, openedAt: Date.now(), revision: 1 };
      delete done.pending;
      await db.workspaces.put(done);
      if (replace && replace !== ws.id) await deleteWorkspace(db, replace);
    });
  }

  /** Bytes the whole restore needs, extrapolated from what was written (for a quota message). */
  neededBytes(totalChunks: number): number {
    const per = this.chunks > 0 ? this.bytes / this.chunks : 0;
    return Math.round(per * Math.max(totalChunks, this.chunks));
  }
}

/** Opens the (maybe gzipped) file as a byte stream. */
async function openBytes(file: Blob): Promise<ByteReader> {
  if (file.size === 0) throw new BackupError('This file is empty.');
  const start = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  let stream = file.stream() as ReadableStream<Uint8Array>;
  if (start[0] === 0x1f && start[1] === 0x8b) {
    if (typeof DecompressionStream === 'undefined')
      throw new BackupError('This browser cannot decompress the backup (no DecompressionStream).');
    stream = stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  }
  return new ByteReader(stream.getReader());
}

/** Reading the file: any failure there (a corrupt gzip stream included) is damage, not a bug. */
async function guarded<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError('This backup is damaged or truncated (it could not be decompressed); nothing was restored.');
  }
}

/**
 * Restores a backup file into a new workspace (see the module comment). `onCreated` receives the
 * pending id early so the caller can keep it from being cleaned up as a leftover.
 */
export async function restoreWorkspace(
  db: ScorecardDb,
  file: Blob,
  opts: { replace?: string; onCreated?: (id: string) => void; now?: number; onProgress?: BackupProgress } = {}
): Promise<WorkspaceRecord> {
  const bytes = await openBytes(file);
  try {
    const prefix = await guarded(bytes.read(12));
    if (!prefix || new TextDecoder().decode(prefix.subarray(0, 8)) !== BACKUP_MAGIC) {
      if (prefix === null && file.size < 64)
        throw new BackupError('This file is too short to be a Service Scorecard backup (truncated?).');
      throw new BackupError('This file is not a Service Scorecard backup.');
    }
    const version = new DataView(prefix.buffer, prefix.byteOffset, 12).getUint32(8, true);
    if (version > STREAM_VERSION)
      throw new BackupError(
        `This backup was made by a newer version of the app (format ${version}); update the app first.`
      );
    if (version < STREAM_VERSION) {
      bytes.cancel();
      return await restoreV1(db, file, opts);
    }
    const frames = new FrameReader(bytes);
    const first = await guarded(frames.next());
    if (!first || first.type !== 'H') fail('no header');
    const { h, importIds } = validateHeader(parseJson(first.payload));
    const total = isInt(h.totals?.chunks) ? h.totals.chunks : 0;
    let done = 0;
    return await writing(db, h, opts, total, async (writer) => {
      await writer.begin();
      opts.onProgress?.(0, total);
      for (let f = await guarded(frames.next()); f; f = await guarded(frames.next())) {
        if (f.type !== 'C') fail('a frame out of place');
        const { json, read } = openPayload(f.payload);
        await writer.add(validateChunk(json, read, importIds));
        opts.onProgress?.(++done, Math.max(total, done));
      }
      await writer.commit(opts.replace);
    });
  } finally {
    bytes.cancel();
  }
}

/** Format 1 files: one buffer (they were made in memory, so they fit in it). */
async function restoreV1(
  db: ScorecardDb,
  file: Blob,
  opts: { replace?: string; onCreated?: (id: string) => void; now?: number; onProgress?: BackupProgress }
): Promise<WorkspaceRecord> {
  const { header, read } = await openContainer(await readBackupBytes(file));
  const { h, importIds } = validateHeader(header);
  if (!Array.isArray(h.chunks)) fail('missing lists');
  const chunks = h.chunks.map((c) => validateChunk(c, read, importIds));
  return writing(db, h, opts, chunks.length, async (writer) => {
    await writer.begin();
    for (let i = 0; i < chunks.length; i++) {
      await writer.add(chunks[i]);
      opts.onProgress?.(i + 1, chunks.length);
    }
    await writer.commit(opts.replace);
  });
}

async function restoreName(
  db: ScorecardDb,
  h: BackupHeader,
  opts: { replace?: string; onCreated?: (id: string) => void; now?: number }
) {
  const names = new Set(
    (await db.workspaces.toArray()).filter((w) => !w.pending && w.id !== opts.replace).map((w) => w.name)
  );
  let name = h.workspace.name;
  if (names.has(name)) name = `${name} (restored)`;
  return { name, opts };
}

/**
 * Creates the hidden workspace and runs the writes holding its write lock (so another tab's
 * clean-up of leftover hidden workspaces leaves it alone); on any failure removes the hidden copy
 * and says that nothing changed.
 */
async function writing(
  db: ScorecardDb,
  h: BackupHeader,
  opts: { replace?: string; onCreated?: (id: string) => void; now?: number },
  totalChunks: number,
  run: (writer: RestoreWriter) => Promise<void>
): Promise<WorkspaceRecord> {
  const { name } = await restoreName(db, h, opts);
  const id = newWorkspaceId();
  return withWriteLock(id, async () => {
    const ws = await createWorkspace(db, name, { id, pending: true, isDemo: false, now: opts.now });
    opts.onCreated?.(ws.id);
    const writer = new RestoreWriter(db, h, ws);
    await written(db, writer, totalChunks, () => run(writer));
    return (await db.workspaces.get(ws.id))!;
  });
}

async function written(
  db: ScorecardDb,
  writer: RestoreWriter,
  totalChunks: number,
  run: () => Promise<void>
): Promise<void> {
  try {
    await run();
  } catch (e) {
    await deleteWorkspace(db, writer.ws.id).catch(() => undefined);
    if (e instanceof BackupError) throw e;
    if (isQuotaError(e)) {
      const est = await storageEstimate();
      const free = est.quota !== null && est.usage !== null ? Math.max(0, est.quota - est.usage) : -1;
      throw new NoticeError(
        'The browser ran out of storage space during the restore; your existing data is unchanged.',
        { code: 'storage.quotaRestore', params: { neededBytes: writer.neededBytes(totalChunks), freeBytes: free } }
      );
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new BackupError(`The restore could not be written (${why}); your existing data is unchanged.`);
  }
}
