/**
 * The data worker's state: the database, the open workspace and its in-memory Dataset (one
 * ColumnTable per kind), the scorecard cache and the running import.
 *
 * Promises: the dataset is built from stored chunks once on open; after an import only the new
 * chunks are appended (a kind is reloaded from storage only when the import superseded older
 * rows, or after a delete); every data change clears the compute cache and emits `data-changed`.
 */
import { isKpiId } from '../core/catalog';
import type { ColumnTable } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';
import type { Dataset, ScorecardResult, Settings, View } from '../core/engine/types';
import { countsOf, loadDataset, loadKind } from '../storage/chunks';
import { ScorecardDb } from '../storage/db';
import { listImports, recoverInterrupted } from '../storage/imports';
import { createWorkspace, touchWorkspace } from '../storage/workspaces';
import { getPrefs } from '../storage/prefs';
import { defaultSettings } from '../core/time/settings';
import { storageEstimate } from '../storage/estimate';
import { toInfo } from './import/pipeline';
import { publishedCompute, publishedSummary } from './sources/published';
import { PROTOCOL_VERSION, type DataSummary, type EventMessage } from './protocol';
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
}

const CACHE_LIMIT = 24;
const WARM_VIEW: View = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' };

export class Session {
  readonly db: ScorecardDb;
  workspace: string | null = null;
  dataset: Partial<Record<RecordKind, ColumnTable>> = {};
  loadMs = 0;
  /** Set while an import runs: its ids (kept out of crash recovery) and the cancel flag. */
  importing: { ids: Set<number>; cancel: boolean } | null = null;
  /** Restores in progress: their pending workspaces must not be cleaned up. */
  readonly restoring = new Set<string>();
  private cache = new Map<string, ScorecardResult>();
  /** The open workspace's engine settings, read once from its preferences (cleared on change). */
  private settingsOf: Promise<Settings> | null = null;

  constructor(readonly deps: SessionDeps = {}) {
    this.db =
      deps.db ??
      new ScorecardDb(undefined, (reason) => deps.emit?.({ v: PROTOCOL_VERSION, event: 'storage-closed', reason }));
  }

  emit(e: EventMessage): void {
    this.deps.emit?.(e);
  }

  requireWorkspace(): string {
    if (!this.workspace) throw new Error('No workspace is open.');
    return this.workspace;
  }

  async open(workspace: string): Promise<DataSummary> {
    if (!(await this.db.workspaces.get(workspace)))
      await createWorkspace(this.db, workspace === 'demo' ? 'Demo' : workspace, {
        id: workspace,
        isDemo: workspace === 'demo'
      });
    await touchWorkspace(this.db, workspace);
    const t0 = performance.now();
    await recoverInterrupted(this.db, workspace, this.importing?.ids ?? new Set());
    this.workspace = workspace;
    this.dataset = await loadDataset(this.db, workspace);
    this.loadMs = performance.now() - t0;
    this.changed();
    return this.summary();
  }

  close(): void {
    this.workspace = null;
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
    return {
      workspace: ws,
      counts: countsOf(this.dataset),
      span: dataSpan(this.dataset),
      imports,
      loadMs: Math.round(this.loadMs),
      storage: await storageEstimate(),
      ...(await publishedSummary(this.db, ws))
    };
  }

  /** After an import: append its chunks, or reload kinds whose older rows it superseded. */
  async applyImport(importId: number, olderChanged: readonly RecordKind[]): Promise<void> {
    const ws = this.requireWorkspace();
    const rec = await this.db.imports.get(importId);
    if (!rec || rec.status !== 'complete') return;
    for (const kind of rec.kinds) {
      if (olderChanged.includes(kind)) {
        await this.reloadKind(kind);
        continue;
      }
      const next = await loadKind(this.db, ws, kind, { base: this.dataset[kind], importIds: [importId] });
      if (next) this.dataset[kind] = next;
    }
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
  async kpiSql(view: View, id: string, now: number): Promise<{ sql: string | null; missing: readonly string[] }> {
    const settings = await this.settings();
    const [{ compileKpi, profileOfDataset, sqlContext }, { dataSpan }] = await Promise.all([
      import('../core/sql/index'),
      import('../core/engine/index')
    ]);
    if (!isKpiId(id)) throw new Error(`unknown KPI id "${id}"`);
    const k = compileKpi(sqlContext(profileOfDataset(this.dataset), view, settings, now, dataSpan(this.dataset)), id);
    return k.available ? { sql: k.sql, missing: [] } : { sql: null, missing: k.missing };
  }

  async demoGenerator(): Promise<DemoFn> {
    return (this.deps.generateDemo ??= (await import('../core/demo/generate')).generateDemo as DemoFn);
  }
}
