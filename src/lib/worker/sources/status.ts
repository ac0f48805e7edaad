/**
 * What the UI is told about published sources: the sources file's state and, per data file,
 * whether the copy held is current, when it was read in, its size, and the problem if any.
 * Plain data (structured-clone safe); every message is plain text.
 */
import type { SourceProblem } from '../../core/sources/types';
import type { FeedRecord, SourceFileRecord, SyncState } from '../../storage/sources-db';

export type { SyncState };

export interface SourceFileStatus {
  readonly href: string;
  readonly url: string;
  readonly fileName: string;
  readonly kind?: string;
  readonly workspace: string;
  readonly workspaceName: string;
  readonly state: SyncState;
  readonly message?: string;
  readonly problems?: readonly SourceProblem[];
  readonly size?: number;
  readonly importedAt?: number;
  readonly modifiedAt?: number;
  readonly rowsStored?: number;
  readonly rowsSkipped?: number;
  /** Read in by the sync that returned this status (not on a mere status request). */
  readonly reread: boolean;
}

export interface SourcesStatus {
  readonly href: string;
  /** 'none': nothing published at `href` (and nothing remembered from it); 'busy': an import runs. */
  readonly state: SyncState | 'none' | 'busy';
  readonly title?: string;
  readonly publishedBy?: string;
  /** "Data as of": the publisher's `publishedAt`, else the newest Last-Modified of the files held. */
  readonly dataAsOf?: number;
  readonly checkedAt?: number;
  readonly syncedAt?: number;
  readonly message?: string;
  readonly problems: readonly SourceProblem[];
  readonly warnings: readonly SourceProblem[];
  readonly files: readonly SourceFileStatus[];
  /** Bytes of all copies held. */
  readonly totalBytes: number;
  /** Workspaces this sources file fills (to show the status on the right scorecard). */
  readonly workspaces: readonly string[];
  /** Set on the first sync that filled a workspace on this device: the UI opens it. */
  readonly open?: string;
}

export function statusOf(
  href: string,
  feed: FeedRecord | undefined,
  files: readonly SourceFileRecord[],
  reread: ReadonlySet<string> = new Set(),
  extra: Partial<SourcesStatus> = {}
): SourcesStatus {
  if (!feed)
    return { href, state: 'none', problems: [], warnings: [], files: [], totalBytes: 0, workspaces: [], ...extra };
  const names = new Map(feed.sources.map((s) => [s.workspaceId, s.workspaceName]));
  const order = new Map(feed.sources.map((s, i) => [s.href, i]));
  const listed = files
    .filter((f) => order.has(f.href))
    .sort((a, b) => order.get(a.href)! - order.get(b.href)!)
    .map((f): SourceFileStatus => ({
      href: f.href,
      url: f.url,
      fileName: f.fileName,
      ...(f.kind ? { kind: f.kind } : {}),
      workspace: f.workspace,
      workspaceName: names.get(f.workspace) ?? f.workspace,
      state: f.state,
      ...(f.message ? { message: f.message } : {}),
      ...(f.problems?.length ? { problems: f.problems } : {}),
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.importedAt !== undefined ? { importedAt: f.importedAt } : {}),
      ...(f.modifiedAt !== undefined ? { modifiedAt: f.modifiedAt } : {}),
      ...(f.rowsStored !== undefined ? { rowsStored: f.rowsStored } : {}),
      ...(f.rowsSkipped !== undefined ? { rowsSkipped: f.rowsSkipped } : {}),
      reread: reread.has(f.href)
    }));
  const published = feed.publishedAt ? Date.parse(feed.publishedAt) : NaN;
  const modified = Math.max(...listed.map((f) => f.modifiedAt ?? f.importedAt ?? -Infinity));
  const dataAsOf = Number.isFinite(published) ? published : Number.isFinite(modified) ? modified : undefined;
  return {
    href,
    state: feed.state,
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.publishedBy ? { publishedBy: feed.publishedBy } : {}),
    ...(dataAsOf !== undefined ? { dataAsOf } : {}),
    checkedAt: feed.checkedAt,
    ...(feed.syncedAt !== undefined ? { syncedAt: feed.syncedAt } : {}),
    ...(feed.message ? { message: feed.message } : {}),
    problems: feed.problems ?? [],
    warnings: feed.warnings,
    files: listed,
    totalBytes: listed.reduce((n, f) => n + (f.size ?? 0), 0),
    workspaces: [...new Set(feed.sources.map((s) => s.workspaceId))],
    ...extra
  };
}

/** In the data summary of a workspace that shows a published scorecard (read-only). */
export interface PublishedSummary {
  /** The export JSON it came from. */
  readonly href: string;
  readonly generatedAt: string;
  readonly kpis: number;
  readonly app?: string;
  /** The workspace name the publisher's export carried. */
  readonly workspace?: string;
}
