/**
 * The one typed protocol between the UI and the data worker. The worker owns the dataset
 * (columns loaded from IndexedDB once), runs imports and computes scorecards; the UI only sends
 * requests and renders answers, so it never blocks on parsing or computing.
 *
 * Every message carries `v: PROTOCOL_VERSION`; a mismatch (an old page talking to a new worker
 * after an update) is answered with an error instead of being misread.
 *
 * All strings in answers (file names, messages, values from a CSV) are plain text: the UI must
 * render them as text, never as HTML.
 */
import type { RecordKind } from '../core/schema/fields';
import type { ScorecardResult, Settings, TargetSetting, View } from '../core/engine/types';
import type { FileMapping } from './import/mapping-api';
import type { PublishedSummary, SourcesStatus } from './sources/status';
import { PEOPLE_REQUEST_NAMES, type PeopleRequests } from './people/protocol';

export const PROTOCOL_VERSION = 1;

// Shapes stored as they travel: defined with the storage layer (which never imports the worker).
export type { ImportStatus, RowError } from '../storage/records';
export type { StorageEstimate } from '../storage/estimate';
export type { Notice, NoticeCode } from '../storage/notice';
import type { Notice } from '../storage/notice';
import type { ImportStatus, RowError } from '../storage/records';
import type { StorageEstimate } from '../storage/estimate';

/** One imported file as stored (storage/db.ts `imports` table), as the UI lists it. */
export interface ImportInfo {
  readonly id: number;
  readonly workspace: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly kind: RecordKind | null;
  readonly format?: string;
  readonly status: ImportStatus;
  /** Data records read from the file (header and blank lines excluded). */
  readonly rowsRead: number;
  /** Records written (read − skipped). */
  readonly rowsStored: number;
  /** Of the stored records, how many replaced an earlier record with the same key (not new). */
  readonly rowsUpdated: number;
  /**
   * Of the stored records, how many still count (not replaced by a later import). 0 on a complete
   * import = everything it brought was re-imported since: deleting it frees space and changes no
   * figure. Present in summaries.
   */
  readonly rowsVisible?: number;
  /**
   * Rows stored per kind and how many of them were updates (complete imports): one file may bring
   * several kinds (a call-centre export: calls and the survey answers in them).
   */
  readonly byKind?: Readonly<Partial<Record<RecordKind, { readonly stored: number; readonly updated: number }>>>;
  /** Records not stored because a required value was missing or unreadable. */
  readonly rowsSkipped: number;
  /** Records stored with an optional value that could not be read (kept as missing). */
  readonly rowsWithWarnings: number;
  readonly startedAt: number;
  readonly finishedAt?: number;
  /** First problems found (up to 1000; `errorCount` is the total). */
  readonly errors: readonly RowError[];
  readonly errorCount: number;
  readonly message?: string;
}

export interface ImportProgress {
  readonly fileName: string;
  /** Index of the file in the request's `files`. */
  readonly fileIndex: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly rows: number;
  readonly mbPerSecond: number;
  readonly secondsLeft: number | null;
}

export interface DataSummary {
  readonly workspace: string;
  /** Records per kind as loaded (superseded rows excluded). */
  readonly counts: Readonly<Partial<Record<RecordKind, number>>>;
  /** Earliest and latest record time (epoch ms; null without dated records), as the engine's. */
  readonly span: { readonly start: number | null; readonly end: number | null };
  readonly imports: readonly ImportInfo[];
  /** Something the user should know about the storage (e.g. full: compaction could not run). */
  readonly notice?: Notice;
  /** Milliseconds the worker took to load the stored chunks (on open). */
  readonly loadMs?: number;
  /** Storage used by the app (navigator.storage.estimate). Persistence must be asked by the page:
   * `navigator.storage.persist()` exists in windows only. */
  readonly storage?: StorageEstimate;
  /** Set when the workspace shows a published scorecard (read-only, no records). */
  readonly published?: PublishedSummary;
}

export interface WorkspaceInfo {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly isDemo: boolean;
  readonly openedAt: number;
  readonly demoScenario?: string;
}

/** The result of importing one file of an `import` request. */
export type FileImportResult =
  | { readonly status: 'imported'; readonly fileName: string; readonly import: ImportInfo }
  /** Stopped before writing anything: the UI shows the mapping screen, then sends the file again. */
  | {
      readonly status: 'needsMapping';
      readonly fileName: string;
      readonly guess: FileMapping | null;
      readonly headers: readonly string[];
      /** First rows as read (header excluded), for the preview; plain text. */
      readonly preview: readonly (readonly string[])[];
      readonly reason: string;
    }
  /** Not importable (binary, empty, header only, aggregated report…): nothing changed. */
  | { readonly status: 'refused'; readonly fileName: string; readonly reason: string }
  /** Started but did not finish (cancelled, storage full, read error): stored data unchanged. */
  | {
      readonly status: 'failed' | 'cancelled';
      readonly fileName: string;
      readonly reason: string;
      /** The same in the user's language, where there is a code for it (storage full). */
      readonly notice?: Notice;
      readonly import?: ImportInfo;
    };

export interface WorkspacePrefs {
  readonly settings?: Settings;
  readonly warnBands?: Readonly<Record<string, number>>;
  readonly language?: string;
  readonly calendar?: string;
  /** ISO 4217 code money KPIs are shown in; absent: plain numbers. */
  readonly currency?: string;
}

/** Request name → payload and result. Add a request here and the worker must handle it. */
export interface Requests extends PeopleRequests {
  /** Opens (and makes active) a workspace: loads its stored chunks into the worker. */
  open: { req: { workspace: string }; res: DataSummary };
  listWorkspaces: { req: Record<string, never>; res: { workspaces: WorkspaceInfo[]; active: string | null } };
  /**
   * Creates a workspace. `reuse`: if the user already has one (not the demo), that one is returned
   * instead, so two tabs of a first visit importing at once fill ONE workspace, not one each.
   */
  createWorkspace: { req: { name: string; reuse?: boolean }; res: WorkspaceInfo };
  deleteWorkspace: { req: { workspace: string }; res: { deleted: boolean } };
  /** Imports into the open workspace, one file after the other. `mappings[i]` confirms file i. */
  import: {
    req: { files: readonly File[]; mappings?: Readonly<Record<number, FileMapping>> };
    res: { results: FileImportResult[]; summary: DataSummary };
  };
  /** Stops the running import: its rows are dropped, the import is listed as incomplete. */
  cancelImport: { req: Record<string, never>; res: { cancelled: boolean } };
  deleteImport: { req: { id: number }; res: DataSummary };
  /** The workspace's stored settings apply (the page never sends its own). */
  compute: { req: { view: View; now?: number }; res: ScorecardResult };
  /** One KPI of a view as DuckDB SQL, or the columns it lacks. */
  /** `behind`: the app's definition of this KPI changed and its SQL does not follow it yet (core/sql/behind.ts). */
  kpiSql: {
    req: { view: View; id: string; now?: number };
    res: { sql: string | null; missing: readonly string[]; behind?: true };
  };
  getSettings: { req: Record<string, never>; res: WorkspacePrefs };
  /** Merges into the stored preferences of the open workspace. */
  saveSettings: { req: WorkspacePrefs; res: WorkspacePrefs };
  getTargets: { req: Record<string, never>; res: { targets: Record<string, TargetSetting> } };
  /** `null` removes a KPI's target; `replace` drops every target not listed. */
  saveTargets: {
    req: { targets: Readonly<Record<string, TargetSetting | null>>; replace?: boolean };
    res: { targets: Record<string, TargetSetting> };
  };
  /** Remembers a confirmed mapping for files with the same header. */
  saveMapping: { req: { headers: readonly string[]; mapping: FileMapping }; res: { signature: string } };
  /** Replaces the demo workspace's data with a generated scenario and opens it. */
  loadDemo: { req: { scenario: string; seed?: number }; res: DataSummary };
  resetDemo: { req: Record<string, never>; res: DataSummary };
  exportBackup: { req: { workspace?: string }; res: { blob: Blob; fileName: string } };
  /** Restores into a new workspace; `replace` deletes that workspace once the restore is complete. */
  restoreBackup: { req: { file: Blob; replace?: string }; res: { workspace: WorkspaceInfo; summary: DataSummary } };
  importErrorsCsv: { req: { id: number }; res: { csv: string; fileName: string } };
  storageEstimate: { req: Record<string, never>; res: StorageEstimate };
  /** Fetches the published sources file at `href` and imports what changed (worker/sources). */
  syncSources: { req: { href: string }; res: SourcesStatus };
  /** The stored state of the sources file at `href`, without asking the server. */
  sourcesStatus: { req: { href: string }; res: SourcesStatus };
}

export type RequestName = keyof Requests;
export type RequestPayload<K extends RequestName> = Requests[K]['req'];
export type RequestResult<K extends RequestName> = Requests[K]['res'];

/** Every request name, for the test that each reaches exactly one handler. */
export const REQUEST_NAMES = [
  'open',
  'listWorkspaces',
  'createWorkspace',
  'deleteWorkspace',
  'import',
  'cancelImport',
  'deleteImport',
  'compute',
  'kpiSql',
  'getSettings',
  'saveSettings',
  'getTargets',
  'saveTargets',
  'saveMapping',
  'loadDemo',
  'resetDemo',
  'exportBackup',
  'restoreBackup',
  'importErrorsCsv',
  'storageEstimate',
  'syncSources',
  'sourcesStatus',
  ...PEOPLE_REQUEST_NAMES
] as const satisfies readonly RequestName[];

export interface RequestMessage<K extends RequestName = RequestName> {
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly type: K;
  readonly payload: Requests[K]['req'];
}

export type ResponseMessage =
  | { readonly v: typeof PROTOCOL_VERSION; readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly v: typeof PROTOCOL_VERSION;
      readonly id: number;
      readonly ok: false;
      readonly error: string;
      /** The error as a code of the i18n tables, where there is one. */
      readonly notice?: Notice;
    };

/** What a `data-changed` event says changed: the counted rows, settings, targets, the list of workspaces. */
export type DataChange = 'data' | 'settings' | 'targets' | 'workspaces';

/** The writes that take a workspace's write lock (one writer per workspace across tabs). */
export type WriteOperation = 'import' | 'delete' | 'demo' | 'restore' | 'backup' | 'workspace';

/** Unsolicited messages from the worker. */
export type EventMessage =
  | { readonly v: typeof PROTOCOL_VERSION; readonly event: 'import-progress'; readonly progress: ImportProgress }
  /**
   * The one change signal: the open workspace's data, settings or targets changed, in this tab or
   * in another one (`fromOtherTab`). `summary` is current; the page re-reads what `changes` names.
   */
  | {
      readonly v: typeof PROTOCOL_VERSION;
      readonly event: 'data-changed';
      readonly summary: DataSummary;
      readonly changes: readonly DataChange[];
      readonly fromOtherTab: boolean;
    }
  /** A write waits for another tab's write to the same workspace (`waiting`), or may now start. */
  | {
      readonly v: typeof PROTOCOL_VERSION;
      readonly event: 'write-queued';
      readonly operation: WriteOperation;
      readonly waiting: boolean;
    }
  /** Progress of a backup export or restore, in chunks of stored data (a few MB each). */
  | {
      readonly v: typeof PROTOCOL_VERSION;
      readonly event: 'backup-progress';
      readonly operation: 'export' | 'restore';
      readonly done: number;
      readonly total: number;
    }
  /** Another tab upgraded or deleted the database: this page must reload. */
  | { readonly v: typeof PROTOCOL_VERSION; readonly event: 'storage-closed'; readonly reason: string };

export type EventName = EventMessage['event'];
export type EventOf<E extends EventName> = Extract<EventMessage, { event: E }>;
