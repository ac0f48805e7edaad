/**
 * Brings the published sources (data/sources.json beside the app) into this device's storage.
 *
 * Promises:
 * - Only what changed is read: each file is asked for with the validators of the copy held
 *   (a 304 reads nothing), and a full answer whose SHA-256 equals the held copy's is not
 *   imported again (hosts without ETag / Last-Modified).
 * - Nothing is lost on a failure: a changed file is imported first and its old import deleted
 *   only once the new one is complete; a failed fetch, a 404, a broken sources file or a file
 *   that cannot be read keeps every copy held and says what and where.
 * - Every device reads a file the same way (core/sources/mapping.ts), into a workspace whose id
 *   derives from the sources file's URL and the workspace's name.
 * - One sync at a time, across tabs (a Web Lock), and never beside an import of this worker.
 *   A file removed from the list, by the publisher's choice, is removed here too.
 */
import { parseSourcesText } from '../../core/sources/parse';
import { publishedTargets } from '../../core/sources/scorecard';
import type { SourceEntry, SourceProblem } from '../../core/sources/types';
import type { RecordKind } from '../../core/schema/fields';
import { defaultSettings } from '../../core/time/settings';
import { compactKind } from '../../storage/compaction';
import { deleteImport } from '../../storage/imports';
import { getPrefs, savePrefs, saveTargets } from '../../storage/prefs';
import { sourcesDb, type FeedRecord, type SourceFileRecord } from '../../storage/sources-db';
import { createWorkspace, deleteWorkspace } from '../../storage/workspaces';
import { importFile } from '../import/pipeline';
import type { Session } from '../session';
import { checkRecordsFile, checkScorecardFile } from './check';
import { fetchConditional, sha256Hex, type FetchFn, type Fetched } from './fetch';
import { knownPublished } from './published';
import { statusOf, type SourcesStatus } from './status';

export interface SyncOptions {
  readonly fetch?: FetchFn;
  readonly now?: () => number;
}

export interface SyncOutcome {
  readonly status: SourcesStatus;
  /** Workspaces whose stored data changed (the open one needs a `data-changed`). */
  readonly changed: ReadonlySet<string>;
}

const LOCK = 'service-scorecard:sources-sync';

/** Revision of each sources file this worker last saw: another tab's sync shows as a new one. */
const seen = new WeakMap<Session, Map<string, number>>();

export async function syncSources(s: Session, href: string, opts: SyncOptions = {}): Promise<SyncOutcome> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = () => new Sync(s, href, opts).run();
  return locks ? locks.request(LOCK, run) : run();
}

/** The state as stored, without asking the server. */
export async function sourcesStatus(s: Session, href: string): Promise<SourcesStatus> {
  const sdb = sourcesDb(s.db);
  const feed = await sdb.feeds.get(href);
  return statusOf(href, feed, await sdb.files.where('feed').equals(href).toArray());
}

type FileOutcome = 'unchanged' | 'changed' | 'failed';

class Sync {
  private readonly sdb;
  private readonly now: number;
  private readonly fetchFn: FetchFn | undefined;
  private readonly changed = new Set<string>();
  private readonly reread = new Set<string>();
  private readonly ids = new Set<number>();

  constructor(
    private readonly s: Session,
    private readonly href: string,
    opts: SyncOptions
  ) {
    this.sdb = sourcesDb(s.db);
    this.now = (opts.now ?? Date.now)();
    this.fetchFn = opts.fetch;
  }

  private fetch(href: string, have: { etag?: string; lastModified?: string }): Promise<Fetched> {
    return fetchConditional(href, have, this.fetchFn);
  }

  async run(): Promise<SyncOutcome> {
    const { s, sdb, href } = this;
    if (s.importing) {
      return { status: await this.status({ state: 'busy' }), changed: this.changed };
    }
    s.importing = { ids: this.ids, cancel: false };
    try {
      const before = await sdb.feeds.get(href);
      await this.catchUp(before);
      const feed = await this.syncList(before);
      let open: string | undefined;
      if (feed && feed.state !== 'invalid' && feed.sources.length) {
        await this.syncFiles(feed, before);
        const ids = feed.sources.map((e) => e.workspaceId);
        // The first time this device finds published data, show it: no click needed (also in a
        // second tab that opened on nothing while the first one synced).
        const fresh = !before || before.sources.length === 0 || !s.workspace;
        if (fresh && !ids.includes(s.workspace ?? '')) open = ids.find((id) => this.filled.has(id));
      }
      const after = await sdb.feeds.get(href);
      if (after) seenBy(s).set(href, after.revision);
      return { status: await this.status(open ? { open } : {}), changed: this.changed };
    } finally {
      s.importing = null;
    }
  }

  private async status(extra: Partial<SourcesStatus> = {}): Promise<SourcesStatus> {
    const feed = await this.sdb.feeds.get(this.href);
    const files = await this.sdb.files.where('feed').equals(this.href).toArray();
    return statusOf(this.href, feed, files, this.reread, extra);
  }

  /** Another tab's sync changed stored data this worker has loaded: load it again. */
  private async catchUp(feed: FeedRecord | undefined): Promise<void> {
    const last = seenBy(this.s).get(this.href);
    const ws = this.s.workspace;
    if (!feed || last === undefined || last === feed.revision || !ws) return;
    if (!feed.sources.some((e) => e.workspaceId === ws)) return;
    await this.s.open(ws);
    this.changed.add(ws);
  }

  /** The sources file: the list to sync, or the stored state when there is none to go by. */
  private async syncList(before: FeedRecord | undefined): Promise<FeedRecord | undefined> {
    const { sdb, href, now } = this;
    const got = await this.fetch(href, before?.sources.length ? before : {});
    const keep = (patch: Partial<FeedRecord> & Pick<FeedRecord, 'state'>): FeedRecord => ({
      href,
      sources: [],
      warnings: [],
      revision: 0,
      ...before,
      checkedAt: now,
      ...patch
    });
    switch (got.status) {
      case 'offline':
        if (!before) return undefined;
        await sdb.feeds.put(
          keep({ state: 'offline', message: `The server could not be reached (${got.message}).`, problems: [] })
        );
        return undefined;
      case 'missing':
        // Nothing published here, and never was: the app is just the app.
        if (!before) return undefined;
        await sdb.feeds.put(
          keep({
            state: 'missing',
            message: `The sources file is no longer published at ${href} (HTTP ${got.httpStatus}). Nothing was deleted.`,
            problems: []
          })
        );
        return undefined;
      case 'http-error': {
        const hint =
          got.httpStatus === 401 || got.httpStatus === 403
            ? ' The data is protected: sign in to the site, then sync again.'
            : '';
        await sdb.feeds.put(
          keep({
            state: 'error',
            message: `The server answered HTTP ${got.httpStatus}${got.statusText ? ` ${got.statusText}` : ''} for the sources file. Nothing was changed.${hint}`,
            problems: []
          })
        );
        return undefined;
      }
      case 'unchanged':
        return before;
      case 'ok': {
        const parsed = parseSourcesText(new TextDecoder().decode(got.bytes), href);
        if (!parsed.ok) {
          // Validators are dropped so the next visit reads the (hopefully fixed) file again.
          await sdb.feeds.put(
            keep({
              state: 'invalid',
              etag: undefined,
              lastModified: undefined,
              problems: [...parsed.problems],
              message: `The sources file ${href} cannot be used (${count(parsed.problems.length, 'problem')}). Nothing was changed: the data held is shown.`
            })
          );
          return undefined;
        }
        const f = parsed.value;
        const feed: FeedRecord = {
          href,
          ...(f.title ? { title: f.title } : {}),
          ...(f.publishedBy ? { publishedBy: f.publishedBy } : {}),
          ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}),
          ...(f.timeZone ? { timeZone: f.timeZone } : {}),
          sources: [...f.sources],
          warnings: [...f.warnings],
          ...(got.etag ? { etag: got.etag } : {}),
          ...(got.lastModified ? { lastModified: got.lastModified } : {}),
          checkedAt: now,
          ...(before?.syncedAt !== undefined ? { syncedAt: before.syncedAt } : {}),
          state: 'ok',
          problems: [],
          revision: before?.revision ?? 0
        };
        await sdb.feeds.put(feed);
        return feed;
      }
    }
  }

  /** Workspaces that hold data from this sources file after the sync. */
  private readonly filled = new Set<string>();

  private async syncFiles(feed: FeedRecord, before: FeedRecord | undefined): Promise<void> {
    const { sdb, href, now } = this;
    const zoneChanged = !!feed.timeZone && feed.timeZone !== before?.timeZone;
    const previous = await sdb.files.where('feed').equals(href).toArray();
    let failed = 0;
    for (const entry of feed.sources) {
      const outcome = await this.syncFile(entry, feed.timeZone, zoneChanged);
      if (outcome === 'failed') failed++;
      if (await this.holds(entry)) this.filled.add(entry.workspaceId);
    }
    // Files the publisher took off the list go; so do workspaces left with none.
    const listed = new Set(feed.sources.map((e) => e.href));
    for (const rec of previous.filter((r) => !listed.has(r.href))) {
      await this.dropCopy(rec);
      await sdb.files.delete(rec.href);
    }
    const used = new Set(feed.sources.map((e) => e.workspaceId));
    for (const ws of new Set(previous.map((r) => r.workspace))) {
      if (used.has(ws)) continue;
      if (this.s.workspace === ws) this.s.close();
      await deleteWorkspace(this.s.db, ws);
      await sdb.published.delete(ws);
      knownPublished(this.s.db).delete(ws);
      this.changed.add(ws);
    }
    const latest = (await sdb.feeds.get(href)) ?? feed;
    await sdb.feeds.put({
      ...latest,
      checkedAt: now,
      state: failed ? 'error' : 'ok',
      message: failed
        ? `${count(failed, 'file')} of ${feed.sources.length} could not be read; the copies held are shown.`
        : undefined,
      ...(failed ? {} : { syncedAt: now }),
      revision: latest.revision + (this.changed.size ? 1 : 0)
    });
  }

  /** Whether a copy of this entry is held in its workspace now (a complete import or a scorecard). */
  private async holds(entry: SourceEntry): Promise<boolean> {
    const rec = await this.sdb.files.get(entry.href);
    if (!rec || rec.workspace !== entry.workspaceId) return false;
    if (entry.kind === 'scorecard') return (await this.sdb.published.get(entry.workspaceId))?.href === entry.href;
    if (rec.importId === undefined) return false;
    const imp = await this.s.db.imports.get(rec.importId);
    return imp?.status === 'complete' && imp.workspace === entry.workspaceId;
  }

  private async syncFile(entry: SourceEntry, feedZone: string | undefined, zoneChanged: boolean): Promise<FileOutcome> {
    const { sdb, now } = this;
    const rec = await sdb.files.get(entry.href);
    const readAs = JSON.stringify([entry.kind ?? null, entry.mapping ?? null, entry.timeZone ?? null]);
    const held = !!rec && rec.readAs === readAs && (await this.holds(entry));
    const base: SourceFileRecord = {
      ...(rec ?? {}),
      href: entry.href,
      feed: this.href,
      url: entry.url,
      fileName: entry.fileName,
      ...(entry.kind ? { kind: entry.kind } : { kind: rec?.kind }),
      workspace: rec?.workspace ?? entry.workspaceId,
      checkedAt: now,
      state: 'ok',
      message: undefined,
      problems: undefined
    };
    if (zoneChanged && held && feedZone) await this.applyZone(entry.workspaceId, feedZone);
    const got = await this.fetch(entry.href, held ? rec! : {});
    const fail = async (state: SourceFileRecord['state'], message: string, problems?: SourceProblem[]) => {
      await sdb.files.put({ ...base, state, message, ...(problems ? { problems } : {}) });
      return 'failed' as const;
    };
    const kept = held ? ' The copy held is shown.' : '';
    switch (got.status) {
      case 'offline':
        return fail('offline', `The server could not be reached (${got.message}).${kept}`);
      case 'missing':
        return fail('missing', `${entry.url} was not found on the server (HTTP ${got.httpStatus}).${kept}`);
      case 'http-error':
        return fail('error', `The server answered HTTP ${got.httpStatus} ${got.statusText} for ${entry.url}.${kept}`);
      case 'unchanged':
        await sdb.files.put(base);
        return 'unchanged';
      case 'ok':
        break;
    }
    const hash = await sha256Hex(got.bytes);
    const validators = {
      etag: got.etag,
      lastModified: got.lastModified,
      modifiedAt: got.lastModified ? Date.parse(got.lastModified) || undefined : undefined
    };
    if (held && rec!.hash === hash) {
      await sdb.files.put({ ...base, ...validators });
      return 'unchanged';
    }
    const read =
      entry.kind === 'scorecard'
        ? await this.readScorecard(entry, got.bytes, feedZone)
        : await this.readRecords(entry, got, feedZone);
    if (!read.ok) return fail('invalid', `${entry.url}: ${read.reason}${kept}`, read.problems);
    // The new copy is in: only now does the old one go.
    if (rec && rec.importId !== undefined && rec.importId !== read.importId) await this.dropCopy(rec);
    if (rec && rec.workspace !== entry.workspaceId && rec.kind === 'scorecard') {
      await sdb.published.delete(rec.workspace);
      knownPublished(this.s.db).delete(rec.workspace);
    }
    this.reread.add(entry.href);
    this.changed.add(entry.workspaceId);
    await sdb.files.put({
      ...base,
      ...validators,
      kind: entry.kind ?? read.kind,
      workspace: entry.workspaceId,
      hash,
      readAs,
      size: got.bytes.length,
      importedAt: now,
      importId: read.importId,
      rowsStored: read.rowsStored,
      rowsSkipped: read.rowsSkipped,
      message: read.rowsSkipped
        ? `${count(read.rowsSkipped, 'row')} could not be read and ${read.rowsSkipped === 1 ? 'was' : 'were'} skipped (listed on the Import screen).`
        : undefined
    });
    return 'changed';
  }

  private async readScorecard(
    entry: SourceEntry,
    bytes: Uint8Array,
    feedZone: string | undefined
  ): Promise<ReadResult> {
    const parsed = checkScorecardFile(new TextDecoder().decode(bytes));
    if (!parsed.ok)
      return {
        ok: false,
        reason: `not a scorecard export (${count(parsed.problems.length, 'problem')}).`,
        problems: [...parsed.problems]
      };
    const card = parsed.value;
    await this.ensureWorkspace(entry, card.timeZone ?? entry.timeZone ?? feedZone);
    await this.sdb.published.put({
      workspace: entry.workspaceId,
      feed: this.href,
      href: entry.href,
      card,
      size: bytes.length
    });
    await saveTargets(this.s.db, entry.workspaceId, publishedTargets(card), true);
    if (this.s.workspace === entry.workspaceId) this.s.changed();
    return { ok: true, kind: 'scorecard', rowsStored: card.kpis.length, rowsSkipped: 0 };
  }

  private async readRecords(
    entry: SourceEntry,
    got: Extract<Fetched, { status: 'ok' }>,
    feedZone: string | undefined
  ): Promise<ReadResult> {
    const { s } = this;
    const file = new File([got.bytes as BlobPart], entry.fileName, {
      type: got.type,
      lastModified: Date.parse(got.lastModified ?? '') || this.now
    });
    const kind = entry.kind === 'scorecard' ? undefined : entry.kind;
    const mapped = await checkRecordsFile(file, { kind, mapping: entry.mapping });
    if (!mapped.ok) return { ok: false, reason: mapped.reason };
    const ws = entry.workspaceId;
    await this.ensureWorkspace(entry, entry.timeZone ?? feedZone);
    const prefs = await getPrefs(s.db, ws);
    const timeZone = entry.timeZone ?? prefs.settings?.timeZone ?? (await s.timeZone());
    const result = await importFile(
      { db: s.db, workspace: ws, timeZone, started: (id) => this.ids.add(id) },
      file,
      0,
      mapped.mapping
    );
    if (result.status !== 'imported') {
      const reason = 'reason' in result ? result.reason : 'The file could not be imported.';
      return { ok: false, reason };
    }
    const olderChanged: RecordKind[] = result.olderChanged ?? [];
    if (s.workspace === ws) await s.applyImport(result.import.id, olderChanged);
    for (const k of olderChanged) await compactKind(s.db, ws, k);
    return {
      ok: true,
      kind: mapped.mapping.kind,
      importId: result.import.id,
      rowsStored: result.import.rowsStored,
      rowsSkipped: result.import.rowsSkipped
    };
  }

  /** Removes what a file record holds (its import, or its published scorecard). */
  private async dropCopy(rec: SourceFileRecord): Promise<void> {
    const { s } = this;
    if (rec.importId !== undefined) {
      const old = await deleteImport(s.db, rec.importId);
      if (old?.status === 'complete') {
        for (const kind of old.kinds) {
          await compactKind(s.db, old.workspace, kind);
          if (s.workspace === old.workspace) await s.reloadKind(kind);
        }
        if (s.workspace === old.workspace) s.changed();
      }
      this.changed.add(rec.workspace);
    }
    const pub = await this.sdb.published.get(rec.workspace);
    if (pub?.href === rec.href) {
      await this.sdb.published.delete(rec.workspace);
      knownPublished(this.s.db).delete(rec.workspace);
      this.changed.add(rec.workspace);
    }
  }

  private async ensureWorkspace(entry: SourceEntry, zone: string | undefined): Promise<void> {
    const db = this.s.db;
    if (await db.workspaces.get(entry.workspaceId)) return;
    await createWorkspace(db, entry.workspaceName, { id: entry.workspaceId, now: this.now });
    // Not "opened": a workspace added by a later sync must not become the active one by itself.
    await db.workspaces.update(entry.workspaceId, { openedAt: 0 });
    if (zone) await this.applyZone(entry.workspaceId, zone);
  }

  /** The team's zone decides days and weeks, so every device buckets the same way. */
  private async applyZone(workspace: string, zone: string): Promise<void> {
    const prefs = await getPrefs(this.s.db, workspace);
    if (prefs.settings?.timeZone === zone) return;
    await savePrefs(this.s.db, workspace, {
      settings: { ...(prefs.settings ?? defaultSettings(zone)), timeZone: zone }
    });
    this.changed.add(workspace);
    if (this.s.workspace === workspace) this.s.changed();
  }
}

type ReadResult =
  | { ok: true; kind: string; importId?: number; rowsStored: number; rowsSkipped: number }
  | { ok: false; reason: string; problems?: SourceProblem[] };

function seenBy(s: Session): Map<string, number> {
  let m = seen.get(s);
  if (!m) seen.set(s, (m = new Map()));
  return m;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
