/**
 * The shapes stored in IndexedDB (one interface per table of db.ts).
 *
 * Why columnar chunks: one object per CSV row is 30–100× too slow to write and read back
 * (../shared/stack-notes.md), so an import is stored as a few `ChunkMeta` + `ChunkData` pairs of
 * 32–64 k rows each. The metadata (small: masks, counts, key range) is split from the column data
 * (large, written once) so that re-imports and deletes only rewrite the small part.
 */
import type { Column } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';
import type { Settings, TargetSetting } from '../core/engine/types';

export type ImportStatus = 'running' | 'complete' | 'incomplete' | 'failed' | 'cancelled';

/** A row that could not be read (error: row skipped) or a value that was dropped (warning). */
export interface RowError {
  readonly file: string;
  /** 1-based physical line in the file where the record starts. */
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
  /** 'error' = the row was skipped; 'warning' = the row was stored with this value missing. */
  readonly severity?: 'error' | 'warning';
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: number;
  isDemo: boolean;
  /** Last time the workspace was opened: the most recent one is the active workspace (v2). */
  openedAt: number;
  /** Scenario the demo workspace was last loaded with (demo only). */
  demoScenario?: string;
  /** True while a backup restore is still writing into it: hidden, deleted if left over. */
  pending?: boolean;
  /**
   * Bumped by every transaction that changes which rows count (an import completing, a delete,
   * a demo load): a worker whose loaded dataset has another revision must reload it (revision.ts).
   */
  revision?: number;
}

export interface ImportRecord {
  id?: number;
  workspace: string;
  fileName: string;
  fileSize: number;
  /** SHA-256 of the bytes (hex); for files read in several pieces see worker/import/hash.ts. */
  hash: string;
  kind: RecordKind | null;
  /** Kinds that got rows from this file (the main kind and `also` kinds). */
  kinds: RecordKind[];
  /**
   * Rows stored per kind, and how many of them replaced an earlier record (complete imports). A
   * call-centre file may hold calls and survey answers: the summary says what was stored, per kind.
   */
  byKind?: Partial<Record<RecordKind, { stored: number; updated: number }>>;
  /** Export format id of the mapping ('canonical', 'zendesk', …); also the key namespace. */
  format: string | null;
  /** The column mapping used (a FileMapping of core/mapping), kept for the record. */
  mapping: unknown;
  status: ImportStatus;
  rowsRead: number;
  rowsStored: number;
  rowsUpdated: number;
  rowsSkipped: number;
  /** Rows stored with at least one optional value unreadable (stored as missing). */
  rowsWithWarnings: number;
  /** First 1000 problems (errors and warnings). */
  errors: RowError[];
  /** Total problems found (may exceed errors.length). */
  errorCount: number;
  message?: string;
  startedAt: number;
  finishedAt?: number;
}

/**
 * One chunk of one import, without its data. `superseded[i] = 1` when row i was replaced by a
 * later row with the same identity (a later import, or later in the same file). `visible` is the
 * number of rows not superseded: chunks with 0 are never read at load.
 */
export interface ChunkMeta {
  id?: number;
  workspace: string;
  kind: RecordKind;
  importId: number;
  seq: number;
  /** Key namespace (the import's format): same ticket_id from two tools is two tickets. */
  source: string;
  length: number;
  /** Row number of row 0 within its import (rows are numbered in file order). */
  firstRow: number;
  /** Row numbers within the import when rows are not contiguous (after compaction). */
  rowNos?: Uint32Array;
  superseded: Uint8Array | null;
  visible: number;
  /** Smallest and largest identity in the chunk: lets an import skip chunks it cannot overlap. */
  keyMin: string;
  keyMax: string;
}

/**
 * A text column whose dictionary is shared by all chunks of its import (stored once, in `dicts`).
 * Why: an id column of a 1 M-row import has 1 M distinct values; one dictionary per chunk means
 * re-merging them all through a Map on every load (seconds). With one per import, loading a
 * single import copies codes as they are.
 */
export interface SharedTextColumn {
  type: 'text';
  codes: Uint32Array;
  dictRef: string;
}

export type StoredColumn = Column | SharedTextColumn;

export interface ChunkData {
  id: number;
  columns: Record<string, StoredColumn>;
}

/** A dictionary shared by the chunks of one import (see SharedTextColumn). */
export interface DictRecord {
  /** `${importId}/${kind}/${column}` */
  ref: string;
  workspace: string;
  importId: number;
  values: string[];
}

export interface MappingRecord {
  signature: string;
  mapping: unknown;
  savedAt: number;
}

/** Per-workspace preferences: engine settings and the UI's own choices. */
export interface WorkspacePrefs {
  settings?: Settings;
  /** KPI id → warn band (overrides the target's default 10 %). */
  warnBands?: Record<string, number>;
  language?: string;
  calendar?: string;
  /** ISO 4217 code money KPIs are shown in (the data never says which currency it is in). */
  currency?: string;
}

export interface SettingsRecord extends WorkspacePrefs {
  workspace: string;
}

export interface TargetRecord {
  workspace: string;
  kpiId: string;
  setting: TargetSetting;
}
