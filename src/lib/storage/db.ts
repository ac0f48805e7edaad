/**
 * The IndexedDB database (Dexie), versioned from day one.
 *
 * Version 1 kept a chunk's column data and its supersede mask in one record. Version 2 splits the
 * large, write-once column data (`chunkData`) from the small metadata (`chunks`: masks, counts, key
 * range), so that a re-import or a delete rewrites kilobytes instead of the whole dataset, and adds
 * `workspaces.openedAt` (the active workspace) and an index on import hashes. The v1 → v2 upgrade
 * moves every chunk's columns out; migration.test.ts opens a real v1 database and checks nothing
 * is lost. v2 also adds `dicts`: text dictionaries shared by the chunks of one import.
 */
import Dexie, { type Table } from 'dexie';
import type {
  ChunkData,
  ChunkMeta,
  DictRecord,
  ImportRecord,
  MappingRecord,
  SettingsRecord,
  TargetRecord,
  WorkspaceRecord
} from './records';

export const DB_NAME = 'service-scorecard';

/** The v1 stores, kept verbatim: Dexie needs them to upgrade an existing v1 database. */
export const STORES_V1 = {
  workspaces: 'id',
  imports: '++id, workspace, [workspace+status]',
  chunks: '++id, workspace, importId, [workspace+kind]',
  mappings: 'signature',
  settings: 'workspace',
  targets: '[workspace+kpiId], workspace'
} as const;

export const STORES_V2 = {
  workspaces: 'id',
  imports: '++id, workspace, [workspace+status], [workspace+hash]',
  chunks: '++id, workspace, importId, [workspace+kind]',
  chunkData: 'id',
  dicts: 'ref, importId, workspace',
  mappings: 'signature',
  settings: 'workspace',
  targets: '[workspace+kpiId], workspace'
} as const;

/** A v1 chunk: metadata and data in one record (see the module comment). */
export interface ChunkV1 {
  id?: number;
  workspace: string;
  kind: string;
  importId: number;
  seq: number;
  length: number;
  columns: Record<string, import('../core/columns/table').Column>;
  superseded?: Uint8Array | null;
}

export class ScorecardDb extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>;
  imports!: Table<ImportRecord, number>;
  chunks!: Table<ChunkMeta, number>;
  chunkData!: Table<ChunkData, number>;
  dicts!: Table<DictRecord, string>;
  mappings!: Table<MappingRecord, string>;
  settings!: Table<SettingsRecord, string>;
  targets!: Table<TargetRecord, [string, string]>;

  /**
   * @param onClosed called when another tab upgrades or deletes the database: this connection is
   *   closed at once (so the other tab is not blocked) and the page should reload.
   */
  constructor(name: string = DB_NAME, onClosed?: (reason: string) => void) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        await tx
          .table('workspaces')
          .toCollection()
          .modify((w: WorkspaceRecord) => {
            w.openedAt ??= w.createdAt;
          });
        await tx
          .table('imports')
          .toCollection()
          .modify((r: ImportRecord) => {
            r.hash ??= '';
            r.kinds ??= r.kind ? [r.kind] : [];
            r.rowsWithWarnings ??= 0;
            r.errorCount ??= r.errors?.length ?? 0;
          });
        // Move columns out of each chunk; rows are numbered per import in seq order.
        const old = (await tx.table('chunks').toArray()) as ChunkV1[];
        old.sort((a, b) => a.importId - b.importId || a.seq - b.seq);
        const nextRow = new Map<number, number>();
        for (const c of old) {
          const firstRow = nextRow.get(c.importId) ?? 0;
          nextRow.set(c.importId, firstRow + c.length);
          const mask = c.superseded ?? null;
          let visible = c.length;
          if (mask) for (let i = 0; i < c.length; i++) visible -= mask[i] ? 1 : 0;
          await tx.table('chunkData').put({ id: c.id, columns: c.columns });
          const meta: ChunkMeta = {
            id: c.id,
            workspace: c.workspace,
            kind: c.kind as ChunkMeta['kind'],
            importId: c.importId,
            seq: c.seq,
            source: '',
            length: c.length,
            firstRow,
            superseded: mask,
            visible,
            // Unknown ranges: the widest range makes every later import check this chunk.
            keyMin: '',
            keyMax: '\uffff'
          };
          await tx.table('chunks').put(meta);
        }
        // v1 chunks had no key namespace: give them their import's format, as v2 does.
        const imports = (await tx.table('imports').toArray()) as ImportRecord[];
        const formatOf = new Map(imports.map((r) => [r.id, r.format ?? '']));
        await tx
          .table('chunks')
          .toCollection()
          .modify((c: ChunkMeta) => {
            c.source = formatOf.get(c.importId) ?? '';
          });
      });
    this.on('versionchange', () => {
      this.close();
      onClosed?.('The app was updated or its data deleted in another tab: reload this page.');
      // Returning false keeps Dexie from logging; we closed the connection ourselves.
      return false;
    });
  }
}
