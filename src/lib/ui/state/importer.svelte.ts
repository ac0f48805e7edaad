/**
 * The import flow shared by the welcome screen and the import screen: send the chosen files to
 * the worker, collect per-file results, and queue the files that need the mapping screen; a
 * confirmed mapping is remembered (by header signature) and the file is sent again.
 *
 * Promise: a file is never imported twice by this flow, and every file ends in exactly one
 * visible result (imported, refused, failed, cancelled) or in the mapping queue.
 */
import type { FileImportResult } from '$lib/worker/protocol';
import type { FileMapping } from '$lib/worker/import/mapping-api';
import { app } from './app.svelte';
import { requestPersistentStorage } from './persist';

export interface PendingMapping {
  readonly file: File;
  readonly result: Extract<FileImportResult, { status: 'needsMapping' }>;
}

class Importer {
  running = $state(false);
  results = $state.raw<FileImportResult[]>([]);
  pending = $state.raw<PendingMapping[]>([]);
  /** Set when an import started in the demo workspace went to the user's own one: its name. */
  switchedFromDemo = $state<string | null>(null);

  async start(files: readonly File[], workspaceName: string): Promise<void> {
    if (!files.length || this.running) return;
    void requestPersistentStorage();
    const fromDemo = !!app.workspaceInfo?.isDemo;
    const ws = await app.ensureWorkspace(workspaceName);
    if (!ws) return;
    // Files never go into the demo: say where they went, or the user thinks the demo changed.
    this.switchedFromDemo = fromDemo ? (app.workspaceInfo?.name ?? workspaceName) : null;
    await this.#send(files);
  }

  async #send(files: readonly File[], mappings?: Record<number, FileMapping>): Promise<void> {
    this.running = true;
    app.progress = null;
    try {
      const res = await app.run((c) => c.request('import', { files: [...files], ...(mappings ? { mappings } : {}) }));
      if (!res) return;
      const done: FileImportResult[] = [];
      const queue: PendingMapping[] = [];
      res.results.forEach((r, i) => {
        if (r.status === 'needsMapping') queue.push({ file: files[i], result: r });
        else done.push(r);
      });
      this.results = [...done, ...this.results];
      this.pending = [...this.pending, ...queue];
      app.summary = res.summary;
      app.dataVersion++;
    } finally {
      this.running = false;
      app.progress = null;
    }
  }

  /** The user confirmed a mapping for the first pending file: remember it and import the file. */
  async confirm(mapping: FileMapping): Promise<void> {
    const [first, ...rest] = this.pending;
    if (!first) return;
    this.pending = rest;
    const plain = $state.snapshot(mapping) as FileMapping;
    await app.run((c) => c.request('saveMapping', { headers: [...first.result.headers], mapping: plain }));
    await this.#send([first.file], { 0: plain });
  }

  skip(): void {
    const [first, ...rest] = this.pending;
    if (!first) return;
    this.pending = rest;
    this.results = [{ status: 'refused', fileName: first.file.name, reason: first.result.reason }, ...this.results];
  }

  async cancel(): Promise<void> {
    await app.run((c) => c.request('cancelImport', {}));
  }
}

export const importer = new Importer();
