/**
 * Published sources as the page sees them: where the sources file is (data/sources.json beside
 * the app, from the app's own base path, so any sub-path works), its last status, and the sync
 * that runs when the app opens, when the browser comes back online, and on "Sync now". While
 * the browser says it is offline, nothing is fetched: the state held is shown as offline.
 *
 * Promise: a sync never throws into the page: a failure of the worker itself lands in `error`;
 * every state of the files (offline, 404, broken) is in `status`, with the data held untouched.
 */
import { resolve } from '$app/paths';
import type { DataClient } from '$lib/worker/client';
import type { WorkspaceInfo } from '$lib/worker/protocol';
import type { SourcesStatus } from '$lib/worker/sources/status';

/** What the sync needs from the page-wide state (app.svelte.ts), without depending on it. */
export interface SyncHost {
  current(): string | null;
  setWorkspaces(list: WorkspaceInfo[]): void;
  open(workspace: string): Promise<void>;
}

class SourcesState {
  status = $state.raw<SourcesStatus | null>(null);
  syncing = $state(false);
  error = $state<string | null>(null);
  #client: DataClient | null = null;
  #host: SyncHost | null = null;
  #running: Promise<void> | null = null;
  #listening = false;

  /** The sources file's absolute URL: `<base>/data/sources.json`. */
  href(): string {
    return new URL('data/sources.json', new URL(resolve('/'), location.href)).href;
  }

  /** Whether a workspace is filled from the published sources (its banner shows their state). */
  covers(workspace: string | null): boolean {
    return !!workspace && !!this.status?.workspaces.includes(workspace);
  }

  /** Syncs now (once at a time); opens the published workspace the first time there is one. */
  sync(client: DataClient, host: SyncHost): Promise<void> {
    this.#client = client;
    this.#host = host;
    if (!this.#listening && typeof window !== 'undefined') {
      this.#listening = true;
      window.addEventListener('online', () => void this.syncNow());
    }
    this.#running ??= this.#sync(client, host).finally(() => (this.#running = null));
    return this.#running;
  }

  syncNow(): Promise<void> {
    if (!this.#client || !this.#host) return Promise.resolve();
    return this.sync(this.#client, this.#host);
  }

  /** The stored state, without asking the server (the Settings page, before any sync). */
  async load(client: DataClient): Promise<void> {
    if (this.status) return;
    try {
      this.status = await client.request('sourcesStatus', { href: this.href() });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  async #sync(client: DataClient, host: SyncHost): Promise<void> {
    this.syncing = true;
    this.error = null;
    try {
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        // Known to be offline: no request that can only fail; the `online` event syncs later.
        const held = await client.request('sourcesStatus', { href: this.href() });
        this.status = held.state === 'none' ? held : { ...held, state: 'offline' };
        return;
      }
      const status = await client.request('syncSources', { href: this.href() });
      this.status = status;
      if (status.state === 'none' && status.workspaces.length === 0) return;
      const list = await client.request('listWorkspaces', {});
      host.setWorkspaces(list.workspaces);
      const current = host.current();
      const gone = current !== null && !list.workspaces.some((w) => w.id === current);
      const next = status.open ?? (gone ? (list.active ?? list.workspaces[0]?.id) : undefined);
      if (next) await host.open(next);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.syncing = false;
    }
  }
}

export const sources = new SourcesState();
