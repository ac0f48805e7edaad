/**
 * The one typed protocol between the UI and the data worker. The worker owns the dataset
 * (columns loaded from IndexedDB once), runs imports and computes scorecards; the UI only sends
 * requests and renders answers, so it never blocks on parsing or computing.
 *
 * Every message carries `v: PROTOCOL_VERSION`; a mismatch (an old page talking to a new worker
 * after an update) is answered with an error instead of being misread.
 */
import type { RecordKind } from '../core/schema/fields';
import type { ScorecardResult, Settings, View } from '../core/engine/types';

export const PROTOCOL_VERSION = 1;

/** One imported file as stored (storage/db.ts `imports` table), as the UI lists it. */
export interface ImportInfo {
  readonly id: number;
  readonly workspace: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly kind: RecordKind | null;
  readonly format?: string;
  readonly status: 'running' | 'complete' | 'incomplete' | 'failed' | 'cancelled';
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsUpdated: number;
  readonly rowsSkipped: number;
  readonly startedAt: number;
  readonly finishedAt?: number;
  /** First problems found (the full list is downloadable as CSV). */
  readonly errors: readonly RowError[];
  readonly message?: string;
}

/** A row that could not be read: what and where. */
export interface RowError {
  readonly file: string;
  /** 1-based physical line in the file where the record starts. */
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

export interface ImportProgress {
  readonly fileName: string;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly rows: number;
  readonly mbPerSecond: number;
  readonly secondsLeft: number | null;
}

export interface DataSummary {
  readonly workspace: string;
  readonly counts: Readonly<Partial<Record<RecordKind, number>>>;
  readonly imports: readonly ImportInfo[];
}

/** Request name → payload and result. Add a request here and the worker must handle it. */
export interface Requests {
  open: { req: { workspace: string }; res: DataSummary };
  compute: { req: { view: View; settings: Settings; now?: number }; res: ScorecardResult };
}

export type RequestName = keyof Requests;

export interface RequestMessage<K extends RequestName = RequestName> {
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly type: K;
  readonly payload: Requests[K]['req'];
}

export type ResponseMessage =
  | { readonly v: typeof PROTOCOL_VERSION; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly v: typeof PROTOCOL_VERSION; readonly id: number; readonly ok: false; readonly error: string };

/** Unsolicited messages from the worker. */
export type EventMessage =
  | { readonly v: typeof PROTOCOL_VERSION; readonly event: 'import-progress'; readonly progress: ImportProgress }
  | { readonly v: typeof PROTOCOL_VERSION; readonly event: 'data-changed'; readonly summary: DataSummary };
