/**
 * The page-wide state every screen shares: the open workspace, its data summary, preferences
 * (engine settings, language, calendar), targets and the running import's progress — loaded
 * from the data worker once and kept current by its events.
 *
 * Why one object: the scorecard, import, targets and settings screens all change the same
 * things (a target saved on one screen recolours the cards on another) and must not each keep
 * their own stale copy.
 *
 * Promise: nothing is sent to the worker as a Svelte proxy (`$state.snapshot` first: proxies
 * cannot be structured-cloned); every failure lands in `error` as text, never silently.
 */
import { defaultSettings } from '$lib/core/time/settings';
import type { Settings, TargetSetting, ScorecardResult, View } from '$lib/core/engine/types';
import type {
  DataChange,
  DataSummary,
  ImportProgress,
  Notice,
  WorkspaceInfo,
  WorkspacePrefs,
  WriteOperation
} from '$lib/worker/protocol';
import { CALENDARS, type CalendarId } from '$lib/i18n/format';
import { locale } from '$lib/i18n/current.svelte';
import { noticeText } from '$lib/ui/notice';
import { getClient, type DataClient } from './client';
import { sources } from './sources.svelte';

export type Phase = 'starting' | 'ready' | 'failed';

/** An error as text: in the user's language when the worker sent a code for it. */
const message = (e: unknown): string => {
  const notice = (e as { notice?: Notice } | null)?.notice;
  if (notice) return noticeText(locale.lang, notice);
  return e instanceof Error ? e.message : String(e);
};

class AppState {
  phase = $state<Phase>('starting');
  error = $state<string | null>(null);
  workspaces = $state<WorkspaceInfo[]>([]);
  workspace = $state<string | null>(null);
  summary = $state<DataSummary | null>(null);
  prefs = $state<WorkspacePrefs>({});
  targets = $state<Record<string, TargetSetting>>({});
  progress = $state<ImportProgress | null>(null);
  /** The running backup export or restore: chunks done of all. */
  backup = $state<{ operation: 'export' | 'restore'; done: number; total: number } | null>(null);
  /** A write of this tab waiting for another tab's write to the same workspace to finish. */
  waitingFor = $state<WriteOperation | null>(null);
  /** Bumped whenever stored data changes, so computed views know to recompute. */
  dataVersion = $state(0);

  settings: Settings = $derived(this.prefs.settings ?? defaultSettings());
  calendar: CalendarId = $derived(
    (CALENDARS as readonly string[]).includes(this.prefs.calendar ?? '')
      ? (this.prefs.calendar as CalendarId)
      : 'gregory'
  );
  hasData: boolean = $derived(
    !!this.summary && (!!this.summary.published || Object.values(this.summary.counts).some((n) => (n ?? 0) > 0))
  );
  workspaceInfo: WorkspaceInfo | undefined = $derived(this.workspaces.find((w) => w.id === this.workspace));

  #client: DataClient | null = null;
  #started: Promise<void> | null = null;

  /** Connects to the worker and opens the last active workspace. Safe to call from every page. */
  start(): Promise<void> {
    this.#started ??= this.#start();
    return this.#started;
  }

  async #start(): Promise<void> {
    try {
      const client = await getClient();
      this.#client = client;
      client.on('import-progress', (m) => (this.progress = m.progress));
      client.on('data-changed', (m) => void this.#changed(client, m.summary, m.changes));
      client.on('write-queued', (m) => (this.waitingFor = m.waiting ? m.operation : null));
      client.on('backup-progress', (m) => (this.backup = { operation: m.operation, done: m.done, total: m.total }));
      client.on('storage-closed', (m) => (this.error = m.reason));
      const list = await client.request('listWorkspaces', {});
      this.workspaces = list.workspaces;
      const first = list.active ?? list.workspaces[0]?.id ?? null;
      // Not `this.open()`: that waits for start() to finish, which is this very call.
      if (first) await this.#open(client, first);
      // Data published beside the app: awaited on a device with nothing yet (no welcome flash).
      const synced = sources.sync(client, {
        current: () => this.workspace,
        setWorkspaces: (list) => (this.workspaces = list),
        open: (ws) => this.#open(client, ws)
      });
      if (!first) await synced;
      this.phase = 'ready';
    } catch (e) {
      this.error = message(e);
      this.phase = 'failed';
    }
  }

  /**
   * The worker's one change signal (this tab's imports and deletes, and anything another tab
   * changed): take the new summary, re-read what changed, and let computed views recompute.
   */
  async #changed(c: DataClient, summary: DataSummary, changes: readonly DataChange[]): Promise<void> {
    const switched = summary.workspace !== this.workspace;
    this.summary = summary;
    this.workspace = summary.workspace;
    try {
      if (switched || changes.includes('workspaces'))
        this.workspaces = (await c.request('listWorkspaces', {})).workspaces;
      if (switched || changes.includes('settings')) this.prefs = await c.request('getSettings', {});
      if (switched || changes.includes('targets')) this.targets = (await c.request('getTargets', {})).targets;
    } catch (e) {
      this.error = message(e);
    }
    this.dataVersion++;
  }

  async client(): Promise<DataClient> {
    await this.start();
    if (!this.#client) throw new Error(this.error ?? 'data worker unavailable');
    return this.#client;
  }

  /** Runs a worker request, recording a failure in `error`; returns undefined when it failed. */
  async run<T>(fn: (c: DataClient) => Promise<T>): Promise<T | undefined> {
    try {
      this.error = null;
      return await fn(await this.client());
    } catch (e) {
      this.error = message(e);
      return undefined;
    }
  }

  async open(workspace: string): Promise<void> {
    await this.#open(await this.client(), workspace);
  }

  async #open(c: DataClient, workspace: string): Promise<void> {
    this.summary = await c.request('open', { workspace });
    this.workspace = workspace;
    const [prefs, targets] = await Promise.all([c.request('getSettings', {}), c.request('getTargets', {})]);
    this.prefs = prefs;
    this.targets = targets.targets;
    this.dataVersion++;
  }

  async refreshWorkspaces(): Promise<void> {
    const list = await (await this.client()).request('listWorkspaces', {});
    this.workspaces = list.workspaces;
  }

  /** Loads a demo scenario into the demo workspace and opens it. */
  async loadDemo(scenario = 'baseline'): Promise<boolean> {
    const summary = await this.run((c) => c.request('loadDemo', { scenario }));
    if (!summary) return false;
    await this.refreshWorkspaces();
    await this.open(summary.workspace);
    return true;
  }

  /** A workspace to import into: the open one, or a new one on a first visit. */
  async ensureWorkspace(name: string): Promise<string | undefined> {
    if (this.workspace && !this.workspaceInfo?.isDemo) return this.workspace;
    const own = this.workspaces.find((w) => !w.isDemo);
    if (own) {
      await this.open(own.id);
      return own.id;
    }
    // `reuse`: another tab of this first visit may have made one a moment ago; share it.
    const created = await this.run((c) => c.request('createWorkspace', { name, reuse: true }));
    if (!created) return undefined;
    await this.refreshWorkspaces();
    await this.open(created.id);
    return created.id;
  }

  /** A scorecard for a view; the worker applies the workspace's stored settings. */
  async compute(view: View): Promise<ScorecardResult | undefined> {
    return this.run((c) => c.request('compute', { view: $state.snapshot(view) as View }));
  }

  async saveTargets(targets: Readonly<Record<string, TargetSetting | null>>, replace = false): Promise<boolean> {
    const res = await this.run((c) =>
      c.request('saveTargets', { targets: $state.snapshot(targets) as Record<string, TargetSetting | null>, replace })
    );
    if (res) this.targets = res.targets;
    return !!res;
  }

  async savePrefs(patch: WorkspacePrefs): Promise<boolean> {
    const res = await this.run((c) => c.request('saveSettings', $state.snapshot(patch) as WorkspacePrefs));
    if (res) {
      this.prefs = res;
      this.dataVersion++;
    }
    return !!res;
  }
}

export const app = new AppState();
