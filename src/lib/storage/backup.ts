/**
 * Backup and restore of a whole workspace: data chunks, imports, mappings, targets, settings.
 *
 * Restore promises: the file is fully validated first (format, version, checksum, shapes); the
 * data is then written into a NEW, hidden (`pending`) workspace; only when everything is written
 * does it become visible (and, if asked, replace an old one). A corrupt or truncated file, or a
 * failing write, leaves every existing workspace exactly as it was.
 */
import type { Column } from '../core/columns/table';
import { RECORD_KINDS, type RecordKind } from '../core/schema/fields';
import {
  BackupError,
  BodyWriter,
  compress,
  openContainer,
  readBackupBytes,
  BACKUP_VERSION,
  type ArrayTag
} from './backup-format';
import type { ScorecardDb } from './db';
import type { ChunkMeta, ImportRecord, MappingRecord, SettingsRecord, TargetRecord, WorkspaceRecord } from './records';
import { createWorkspace, deleteWorkspace } from './workspaces';
import { DictCache } from './dicts';
import { sliceTable } from './tables';

export { BackupError };

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
  chunks: ChunkEntry[];
  mappings: MappingRecord[];
  settings: Omit<SettingsRecord, 'workspace'> | null;
  targets: Omit<TargetRecord, 'workspace'>[];
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9\u0600-\u06ff\u0590-\u05ff]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace'
  );
}

/** Exports one workspace as a single (gzip-compressed) file. */
export async function exportWorkspace(
  db: ScorecardDb,
  workspace: string,
  now = Date.now()
): Promise<{ blob: Blob; fileName: string }> {
  const ws = await db.workspaces.get(workspace);
  if (!ws) throw new Error('There is no such workspace to back up.');
  const body = new BodyWriter();
  const imports = (await db.imports.where('workspace').equals(workspace).toArray()).filter(
    (r) => r.status !== 'running'
  );
  const keep = new Set(imports.filter((r) => r.status === 'complete').map((r) => r.id!));
  const metas = (await db.chunks.where('workspace').equals(workspace).toArray()).filter((m) => keep.has(m.importId));
  const chunks: ChunkEntry[] = [];
  // One chunk's data at a time: the body holds bytes, not the decoded records.
  const dicts = new DictCache(db);
  for (const m of metas) {
    const stored = await db.chunkData.get(m.id!);
    if (!stored) continue;
    // A shared (import-wide) dictionary is cut down to the values this chunk uses.
    const shared = Object.values(stored.columns).some((c) => 'dictRef' in c);
    const plain = (await dicts.hydrate([stored]))[0]!;
    const table = { kind: m.kind, length: m.length, columns: plain };
    const data = shared ? sliceTable(table, 0, m.length) : table;
    const columns: ChunkEntry['columns'] = {};
    for (const [name, col] of Object.entries(data.columns)) {
      if (!col) continue;
      columns[name] =
        col.type === 'text'
          ? { type: 'text', dict: [...col.dict], data: body.add(col.codes) }
          : { type: col.type, data: body.add(col.values) };
    }
    const { id: _id, workspace: _w, superseded, rowNos, ...rest } = m;
    chunks.push({
      meta: { ...rest, superseded: superseded ? body.add(superseded) : null, rowNos: rowNos ? body.add(rowNos) : null },
      columns
    });
  }
  const settingsRec = await db.settings.get(workspace);
  const header: BackupHeader = {
    app: 'service-scorecard',
    formatVersion: BACKUP_VERSION,
    createdAt: now,
    workspace: { name: ws.name, isDemo: ws.isDemo, createdAt: ws.createdAt, demoScenario: ws.demoScenario },
    imports,
    chunks,
    mappings: await db.mappings.toArray(),
    settings: settingsRec ? (({ workspace: _w, ...s }) => s)(settingsRec) : null,
    targets: (await db.targets.where('workspace').equals(workspace).toArray()).map(({ kpiId, setting }) => ({
      kpiId,
      setting
    }))
  };
  const blob = await compress(await body.seal(header));
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

/** Validates the header completely and decodes every chunk; throws BackupError on any problem. */
function validate(header: unknown, read: Reader): { h: BackupHeader; chunks: ValidChunk[] } {
  if (!isObj(header) || header.app !== 'service-scorecard') fail('not a workspace backup');
  const h = header as unknown as BackupHeader;
  if (!isObj(h.workspace) || typeof h.workspace.name !== 'string') fail('workspace');
  if (!Array.isArray(h.imports) || !Array.isArray(h.chunks) || !Array.isArray(h.mappings) || !Array.isArray(h.targets))
    fail('missing lists');
  const importIds = new Set<number>();
  for (const r of h.imports) {
    if (!isObj(r) || !isInt(r.id) || typeof r.fileName !== 'string' || typeof r.status !== 'string')
      fail('an import record');
    importIds.add(r.id as number);
  }
  const chunks: ValidChunk[] = [];
  for (const c of h.chunks) {
    if (!isObj(c) || !isObj(c.meta) || !isObj(c.columns)) fail('a chunk');
    const m = c.meta;
    const length = m.length;
    if (!isInt(length) || !RECORD_KINDS.includes(m.kind as RecordKind) || !importIds.has(m.importId as number))
      fail('a chunk header');
    if (!isInt(m.visible) || (m.visible as number) > length || !isInt(m.seq) || !isInt(m.firstRow))
      fail('a chunk count');
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
    chunks.push({ meta: { ...rest, superseded, ...(rowNos ? { rowNos } : {}) }, columns });
  }
  return { h, chunks };
}

/**
 * Restores a backup file into a new workspace (see the module comment). `onCreated` receives the
 * pending id early so the caller can keep it from being cleaned up as a leftover.
 */
export async function restoreWorkspace(
  db: ScorecardDb,
  file: Blob,
  opts: { replace?: string; onCreated?: (id: string) => void; now?: number } = {}
): Promise<WorkspaceRecord> {
  const { header, read } = await openContainer(await readBackupBytes(file));
  const { h, chunks } = validate(header, read);
  const names = new Set(
    (await db.workspaces.toArray()).filter((w) => !w.pending && w.id !== opts.replace).map((w) => w.name)
  );
  let name = h.workspace.name;
  if (names.has(name)) name = `${name} (restored)`;
  const ws = await createWorkspace(db, name, { pending: true, isDemo: false, now: opts.now });
  opts.onCreated?.(ws.id);
  try {
    const idMap = new Map<number, number>();
    await db.transaction('rw', db.imports, async () => {
      for (const r of h.imports) {
        const { id, ...rest } = r;
        idMap.set(id!, await db.imports.add({ ...rest, workspace: ws.id }));
      }
    });
    for (const c of chunks) {
      await db.transaction('rw', db.chunks, db.chunkData, async () => {
        const id = await db.chunks.add({ ...c.meta, workspace: ws.id, importId: idMap.get(c.meta.importId)! });
        await db.chunkData.add({ id, columns: c.columns });
      });
    }
    await db.transaction('rw', db.settings, db.targets, db.mappings, async () => {
      if (h.settings) await db.settings.put({ ...h.settings, workspace: ws.id });
      for (const t of h.targets) await db.targets.put({ ...t, workspace: ws.id });
      // A mapping confirmed on this device wins over the backup's copy.
      for (const m of h.mappings) if (!(await db.mappings.get(m.signature))) await db.mappings.put(m);
    });
    const done: WorkspaceRecord = { ...ws, pending: undefined, openedAt: Date.now() };
    delete done.pending;
    await db.workspaces.put(done);
  } catch (e) {
    await deleteWorkspace(db, ws.id).catch(() => undefined);
    const why = e instanceof Error ? e.message : String(e);
    throw new BackupError(`The restore could not be written (${why}); your existing data is unchanged.`);
  }
  if (opts.replace && opts.replace !== ws.id) await deleteWorkspace(db, opts.replace);
  return (await db.workspaces.get(ws.id))!;
}
