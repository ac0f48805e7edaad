/**
 * The data worker's state: the database, the open workspace and its in-memory Dataset (one
 * ColumnTable per kind), the scorecard cache and the running import; and the orchestration of
 * every write: the cross-tab write lock, reloading, compaction and the change signals.
 *
 * Promises:
 * - The dataset is built from stored chunks on open; opening the workspace that is already open
 *   and current costs nothing (no reload, no index rebuild).
 * - Every multi-step write of a workspace (import, delete, demo load, restore) runs through
 *   `write()`: it holds the workspace's write lock across tabs (storage/write-lock.ts), and
 *   before writing it reloads the dataset if another tab changed the stored data since it was
 *   loaded (storage/revision.ts). So an import never extends a stale copy, and two tabs never
 *   interleave their writes.
 * - After an import only the new chunks are appended (a kind is reloaded from storage only when
 *   the import superseded older rows, or after a delete).
 * - Every change is announced to the other tabs (tab-channel.ts); a tab that hears of a change
 *   reloads what it needs, then tells its page with `data-changed`, the one change signal.
 */
import { isKpiId } from '../core/catalog';
import type { ColumnTable } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';
import type { Dataset, ScorecardResult, Settings, View } from '../core/engine/types';
import { countsOf, loadDataset, loadKind } from '../storage/chunks';
import { compactKind } from '../storage/compaction';
import { isQuotaError, type Notice } from '../storage/notice';
import { ScorecardDb } from '../storage/db';
import { listImports } from '../storage/imports';
import { recoverWorkspace } from '../storage/recovery';
import { readRevision } from '../storage/revision';
import { withWriteLock } from '../storage/write-lock';
import { createWorkspace, listWorkspaces, touchWorkspace } from '../storage/workspaces';
import { getPrefs } from '../storage/prefs';
import { defaultSettings } from '../core/time/settings';
import { storageEstimate } from '../storage/estimate';
import { toInfo } from './import/pipeline';
import { publishedCompute, publishedSummary } from './sources/published';
import {
  PROTOCOL_VERSION,
  type DataChange,
  type DataSummary,
  type EventMessage,
  type WriteOperation
} from './protocol';
import { openTabChannel, type TabChannel, type TabMessage } from './tab-channel';
import { viewKey } from './view-key';

export type ComputeFn = (data: Dataset, view: View, settings: Settings, now: number) => ScorecardResult;
export type DemoFn = (scenario: string, options: { seed?: number; timeZone?: string }) => Dataset;

export interface SessionDeps {
  db?: ScorecardDb;
  /** The engine; loaded lazily from core/engine when not given (tests may inject one). */
  compute?: ComputeFn;
  /** The demo generator; loaded lazily from core/demo when not given. */
  generateDemo?: DemoFn;
  emit?: (e: EventMessage) => void;
  /** Fallback zone for parsing times without offset when the workspace has no setting. */
  timeZone?: string;
  /** Build the engine's per-table indexes right after the data changes (the real worker does). */
  warmUp?: boolean;
  /** Chunk and piece sizes of imports (tests use small ones to get many steps). */
  importSizes?: { chunkRows?: number; pieceBytes?: number };
  /** The other tabs (default: a BroadcastChannel; tests pass their own or a channel name). */
  channel?: ((onMessage: (m: TabMessage) => void) => TabChannel) | string;
}

const CACHE_LIMIT = 24;
const WARM_VIEW: View = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' };
/** Unlocked reloads retried when another tab committed meanwhile, before taking the lock. */
const OPTIMISTIC_LOADS = 3;

export class Session {
  readonly db: ScorecardDb;
  workspace: string | null = null;
  dataset: Partial<Record<RecordKind, ColumnTable>> = {};
  /** The stored revision the dataset reflects (-1: nothing loaded). */
  revision = -1;
  loadMs = 0;
  /** Set while an import runs (or waits its turn): its ids, the cancel flag, the wait's abort. */
  importing: { ids: Set<number>; cancel: boolean; abort?: AbortController } | null = null;
  /** Restores in progress: their pending workspaces must not be cleaned up. */
  readonly restoring = new Set<string>();
  /** This session's id on the tab channel. */
  readonly id = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  private cache = new Map<string, ScorecardResult>();
  /** The open workspace's engine settings, read once from its preferences (cleared on change). */
  private settingsOf: Promise<Settings> | null = null;
  private readonly channel: TabChannel;
  /** Loads are numbered; a load's result is kept only if no later one was kept (see `adopt`). */
  private loadTicket = 0;
  private adoptedTicket = 0;
  /** Messages from other tabs are handled one after the other. */
  private heard: Promise<void> = Promise.resolve();

  constructor(readonly deps: SessionDeps = {}) {
    this.db =
      deps.db ??
      new ScorecardDb(undefined, (reason) => deps.emit?.({ v: PROTOCOL_VERSION, event: 'storage-closed', reason }));
    const onMessage = (m: TabMessage) => {
      if (m?.from === this.id) return;
      this.heard = this.heard.then(() => this.onOtherTab(m)).catch(() => undefined);
    };
    this.channel =
      typeof deps.channel === 'function' ? deps.channel(onMessage) : openTabChannel(onMessage, deps.channel);
  }

  emit(e: EventMessage): void {
    this.deps.emit?.(e);
  }

  requireWorkspace(): string {
    if (!this.workspace) throw new Error('No workspace is open.');
    return this.workspace;
  }

  /**
   * Opens (and makes active) a workspace. Already open and current: only marks it active.
   * Otherwise clears what interrupted writes left (if no writer runs) and loads the dataset.
   */
  async open(workspace: string): Promise<DataSummary> {
    if (!(await this.db.workspaces.get(workspace)))
      await createWorkspace(this.db, workspace === 'demo' ? 'Demo' : workspace, {
        id: workspace,
        isDemo: workspace === 'demo'
      });
    await touchWorkspace(this.db, workspace);
    if (this.workspace === workspace && this.revision === (await readRevision(this.db, workspace)))
      return this.summary();
    await recoverWorkspace(this.db, workspace, this.importing?.ids ?? new Set());
    // Another workspace's rows are let go before this one's load: never both in memory at once.
    if (this.workspace !== workspace) this.close();
    await this.load(workspace);
    this.changed();
    return this.summary();
  }

  /**
   * Loads the workspace's dataset without the lock: a commit of another tab between the reads of
   * two kinds would mix two states, so the revision is read before and after, and a load that
   * straddled a commit (or met a chunk deleted under it) is done again; after a few tries, under
   * the write lock, where nothing can change.
   */
  private async load(workspace: string): Promise<void> {
    for (let attempt = 0; attempt < OPTIMISTIC_LOADS; attempt++) {
      const ticket = ++this.loadTicket;
      const t0 = performance.now();
      try {
        const before = await readRevision(this.db, workspace);
        const dataset = await loadDataset(this.db, workspace);
        if ((await readRevision(this.db, workspace)) !== before) continue;
        this.adopt(ticket, workspace, dataset, before, performance.now() - t0);
        return;
      } catch (e) {
        if (attempt === OPTIMISTIC_LOADS - 1) throw e;
      }
    }
    await withWriteLock(workspace, () => this.loadLocked(workspace));
  }

  /** Loads holding the write lock (nothing changes meanwhile). */
  private async loadLocked(workspace: string): Promise<void> {
    const ticket = ++this.loadTicket;
    const t0 = performance.now();
    const revision = await readRevision(this.db, workspace);
    const dataset = await loadDataset(this.db, workspace);
    this.adopt(ticket, workspace, dataset, revision, performance.now() - t0);
  }

  /**
   * Keeps a finished load unless a later-started one was kept already: two loads may overlap (a
   * reload for another tab's change and the one before this tab's own write), and the slower,
   * older one must not put back an older state.
   */
  private adopt(ticket: number, workspace: string, dataset: Dataset, revision: number, ms: number): void {
    if (ticket < this.adoptedTicket) return;
    this.adoptedTicket = ticket;
    this.workspace = workspace;
    this.dataset = dataset;
    this.revision = revision;
    this.loadMs = ms;
  }

  /**
   * Runs a multi-step write of the open workspace holding its write lock across tabs. When
   * another tab holds it, the page hears `write-queued` (waiting) and, once granted, `write-queued`
   * (not waiting). Inside, the dataset is first brought up to the stored revision.
   */
  async write<T>(
    operation: WriteOperation,
    fn: (workspace: string) => Promise<T>,
    opts: { workspace?: string; signal?: AbortSignal } = {}
  ): Promise<T> {
    const ws = opts.workspace ?? this.requireWorkspace();
    let waited = false;
    try {
      return await withWriteLock(
        ws,
        async () => {
          if (waited) {
            waited = false;
            this.emit({ v: PROTOCOL_VERSION, event: 'write-queued', operation, waiting: false });
          }
          if (this.workspace === ws && (await readRevision(this.db, ws)) !== this.revision) {
            await this.loadLocked(ws);
            this.changed();
          }
          return fn(ws);
        },
        {
          signal: opts.signal,
          onWait: () => {
            waited = true;
            this.emit({ v: PROTOCOL_VERSION, event: 'write-queued', operation, waiting: true });
          }
        }
      );
    } finally {
      if (waited) this.emit({ v: PROTOCOL_VERSION, event: 'write-queued', operation, waiting: false });
    }
  }

  /**
   * After this tab changed something: tells the other tabs, and — for a change of data, which
   * the page did not compute itself — its own page (`data-changed`, with a fresh summary).
   * Returns the open workspace's summary.
   */
  async announce(changes: readonly DataChange[], workspace = this.workspace): Promise<DataSummary | undefined> {
    if (workspace) {
      const revision = await readRevision(this.db, workspace).catch(() => 0);
      this.channel.post({ from: this.id, workspace, changes, revision });
    }
    if (!this.workspace) return undefined;
    const summary = await this.summary();
    if (changes.includes('data'))
      this.emit({ v: PROTOCOL_VERSION, event: 'data-changed', summary, changes, fromOtherTab: false });
    return summary;
  }

  /** Another tab changed `m.workspace`: catch up, then tell the page. */
  private async onOtherTab(m: TabMessage): Promise<void> {
    const ws = this.workspace;
    if (!ws) {
      // A tab with nothing open (a first visit) follows the workspace the other tab filled.
      if (!m.changes.includes('data')) return;
      await this.open(m.workspace);
      return this.tellPage(m.changes);
    }
    if (m.workspace !== ws) {
      if (!m.changes.includes('workspaces')) return;
      if (!(await this.db.workspaces.get(ws))) {
        // The open workspace was deleted in the other tab: open the active one, if any.
        this.close();
        const { active } = await listWorkspaces(this.db, this.restoring);
        if (!active) return;
        await this.open(active);
      }
      return this.tellPage(m.changes);
    }
    if (m.changes.includes('data') && (await readRevision(this.db, ws)) !== this.revision) await this.load(ws);
    this.changed();
    return this.tellPage(m.changes);
  }

  private async tellPage(changes: readonly DataChange[]): Promise<void> {
    if (!this.workspace) return;
    const summary = await this.summary();
    this.emit({ v: PROTOCOL_VERSION, event: 'data-changed', summary, changes, fromOtherTab: true });
  }

  /** After this tab's import: append its chunks (or reload superseded kinds), then compact. */
  async afterImport(importId: number, olderChanged: readonly RecordKind[], revision: number): Promise<void> {
    await this.applyImport(importId, olderChanged, revision);
    for (const kind of olderChanged) await this.compact(kind);
  }

  /** A storage notice for the next summary (then it is said). */
  private notice: Notice | null = null;

  /**
   * Compaction only speeds up loading: a full disk stops it (each split is one transaction, so
   * what was stored is intact) and the user is told, but the import or delete stands.
   */
  private async compact(kind: RecordKind): Promise<void> {
    try {
      await compactKind(this.db, this.requireWorkspace(), kind);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      const est = await storageEstimate();
      const free = est.quota !== null && est.usage !== null ? Math.max(0, est.quota - est.usage) : -1;
      this.notice = { code: 'storage.quotaCompaction', params: { freeBytes: free } };
    }
  }

  /** After a delete in this tab: compact and reload the kinds it touched. */
  async afterDelete(kinds: readonly RecordKind[]): Promise<void> {
    const ws = this.requireWorkspace();
    const ticket = ++this.loadTicket;
    for (const kind of kinds) {
      await this.compact(kind);
      await this.reloadKind(kind);
    }
    this.adoptedTicket = Math.max(this.adoptedTicket, ticket);
    this.revision = await readRevision(this.db, ws);
    this.changed();
  }

  close(): void {
    this.workspace = null;
    this.revision = -1;
    this.dataset = {};
    this.cache.clear();
    this.settingsOf = null;
  }

  /**
   * The settings every scorecard of the open workspace is computed with. They live here, not in
   * the page: a page holding its own copy could compute with stale settings after another tab or
   * screen changed them, and the cache would have to key on them.
   */
  settings(): Promise<Settings> {
    const workspace = this.requireWorkspace();
    this.settingsOf ??= getPrefs(this.db, workspace).then(
      async (prefs) => prefs.settings ?? defaultSettings(await this.timeZone())
    );
    return this.settingsOf;
  }

  async timeZone(): Promise<string> {
    const prefs = this.workspace ? await getPrefs(this.db, this.workspace) : {};
    return prefs.settings?.timeZone ?? this.deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  }

  async summary(): Promise<DataSummary> {
    const ws = this.requireWorkspace();
    const visible = new Map<number, number>();
    await this.db.chunks
      .where('workspace')
      .equals(ws)
      .each((m) => visible.set(m.importId, (visible.get(m.importId) ?? 0) + m.visible));
    const imports = (await listImports(this.db, ws)).map((r) =>
      toInfo(r, r.status === 'complete' ? (visible.get(r.id!) ?? 0) : undefined)
    );
    // The span lets the page pick its default period before asking for a scorecard: one compute.
    const { dataSpan } = await import('../core/engine/index');
    const notice = this.notice;
    this.notice = null;
    return {
      workspace: ws,
      ...(notice ? { notice } : {}),
      counts: countsOf(this.dataset),
      span: dataSpan(this.dataset),
      imports,
      loadMs: Math.round(this.loadMs),
      storage: await storageEstimate(),
      ...(await publishedSummary(this.db, ws))
    };
  }

  /**
   * After an import (inside `write`, so the dataset was current when it began): append its
   * chunks, or reload kinds whose older rows it superseded.
   */
  async applyImport(importId: number, olderChanged: readonly RecordKind[], revision?: number): Promise<void> {
    const ws = this.requireWorkspace();
    const rec = await this.db.imports.get(importId);
    if (!rec || rec.status !== 'complete') return;
    // A load started before this point holds an older state: it must not be adopted later.
    this.adoptedTicket = Math.max(this.adoptedTicket, ++this.loadTicket);
    for (const kind of rec.kinds) {
      if (olderChanged.includes(kind)) {
        await this.reloadKind(kind);
        continue;
      }
      const next = await loadKind(this.db, ws, kind, { base: this.dataset[kind], importIds: [importId] });
      if (next) this.dataset[kind] = next;
    }
    this.revision = revision ?? (await readRevision(this.db, ws));
    this.changed();
  }

  async reloadKind(kind: RecordKind): Promise<void> {
    const t = await loadKind(this.db, this.requireWorkspace(), kind);
    if (t && t.length > 0) this.dataset[kind] = t;
    else delete this.dataset[kind];
  }

  changed(): void {
    this.cache.clear();
    this.settingsOf = null;
    if (this.deps.warmUp) this.scheduleWarmUp();
  }

  /**
   * The first compute over new tables also builds the engine's per-table indexes (bucket index,
   * hour of week, repeat flags, breakdown groups: ~1 s for a million rows). That is part of
   * loading, so it is started as soon as the data changes, after the current answer has gone
   * out: while the user reads the import summary or the page paints, the indexes get built, and
   * the scorecard they ask for next costs only its own view. A failure here is not the user's
   * problem: the real compute will meet it and report it.
   */
  private warmTimer: ReturnType<typeof setTimeout> | null = null;
  private scheduleWarmUp(): void {
    if (this.warmTimer !== null) clearTimeout(this.warmTimer);
    const workspace = this.workspace;
    this.warmTimer = setTimeout(async () => {
      this.warmTimer = null;
      if (!workspace || workspace !== this.workspace || this.importing) return;
      await this.compute(WARM_VIEW, Date.now()).catch(() => undefined);
    }, 0);
  }

  /** A scorecard for a view, with the workspace's settings; equal views share one cache entry. */
  async compute(view: View, now: number): Promise<ScorecardResult> {
    // A published scorecard has its numbers already: the publisher's, for the publisher's view.
    const published = await publishedCompute(this.db, this.requireWorkspace());
    if (published) return published;
    const settings = await this.settings();
    // Settings are not in the key: a change of settings clears the cache (`changed`).
    const key = `${viewKey(view)}@${Math.floor(now / 60_000)}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const compute =
      this.deps.compute ?? (this.deps.compute = (await import('../core/engine/index')).computeScorecard as ComputeFn);
    const result = compute(this.dataset, view, settings, now);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, result);
    return result;
  }

  /**
   * One KPI of a view as DuckDB SQL ("run this on your own data"). The compiler is loaded only
   * when asked for (its own chunk); the data's profile says which columns the SQL may name.
   */
  async kpiSql(
    view: View,
    id: string,
    now: number
  ): Promise<{ sql: string | null; missing: readonly string[]; behind?: true }> {
    const settings = await this.settings();
    const [{ compileKpi, profileOfDataset, sqlContext, SQL_BEHIND }, { dataSpan }] = await Promise.all([
      import('../core/sql/index'),
      import('../core/engine/index')
    ]);
    if (!isKpiId(id)) throw new Error(`unknown KPI id "${id}"`);
    const k = compileKpi(sqlContext(profileOfDataset(this.dataset), view, settings, now, dataSpan(this.dataset)), id);
    if (k.available) return { sql: k.sql, missing: [] };
    return SQL_BEHIND[id] && k.missing.length === 0
      ? { sql: null, missing: [], behind: true }
      : { sql: null, missing: k.missing };
  }

  /** Stops listening to other tabs (tests; a worker lives as long as its page). */
  dispose(): void {
    this.channel.close();
  }

  async demoGenerator(): Promise<DemoFn> {
    return (this.deps.generateDemo ??= (await import('../core/demo/generate')).generateDemo as DemoFn);
  }
}
