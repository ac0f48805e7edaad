/**
 * What the app remembers about published sources (data/sources.json beside the app), in its own
 * small IndexedDB database next to the main one: per sources file the last good list and its
 * sync state; per data file its HTTP validators (ETag / Last-Modified), content hash, size and
 * the import that holds its rows; per published-scorecard workspace the scorecard itself.
 *
 * Why a database of its own: this is bookkeeping about downloads, not the user's data; keeping
 * it apart leaves the main schema (and its migrations) untouched. The two are not updated in one
 * transaction, so the sync never trusts this side alone: a file counts as unchanged only while
 * the import it names is still complete in the main database (worker/sources/sync.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { PublishedScorecard } from '../core/sources/scorecard';
import type { SourceEntry, SourceProblem } from '../core/sources/types';
import type { ScorecardDb } from './db';

/** How the last attempt at a sources file or data file went. */
export type SyncState = 'ok' | 'offline' | 'missing' | 'invalid' | 'error';

export interface FeedRecord {
  /** Absolute URL of the sources file. */
  href: string;
  title?: string;
  publishedBy?: string;
  publishedAt?: string;
  timeZone?: string;
  /** The last list that validated (kept when a later file is broken). */
  sources: SourceEntry[];
  warnings: SourceProblem[];
  etag?: string;
  lastModified?: string;
  /** Last time the app asked the server (successfully or not). */
  checkedAt: number;
  /** Last time the sources file and every data file were read without a problem. */
  syncedAt?: number;
  state: SyncState;
  message?: string;
  problems?: SourceProblem[];
  /** Bumped whenever stored data changed: another tab's worker reloads when it sees a new value. */
  revision: number;
}

export interface SourceFileRecord {
  href: string;
  feed: string;
  url: string;
  fileName: string;
  kind?: string;
  workspace: string;
  etag?: string;
  lastModified?: string;
  hash?: string;
  /** How the held copy was read (kind, mapping, zone): a change in sources.json re-reads the file. */
  readAs?: string;
  /** Bytes of the copy held (downloaded size). */
  size?: number;
  /** The complete import holding this file's rows (record kinds). */
  importId?: number;
  /** When the held copy was read in; with `changedAt`, what "data as of" reports. */
  importedAt?: number;
  /** The server's Last-Modified of the held copy, as epoch ms. */
  modifiedAt?: number;
  checkedAt: number;
  state: SyncState;
  message?: string;
  /** Located problems of a file that did not validate (a published scorecard). */
  problems?: SourceProblem[];
  rowsStored?: number;
  rowsSkipped?: number;
}

export interface PublishedRecord {
  workspace: string;
  feed: string;
  href: string;
  card: PublishedScorecard;
  size: number;
}

export class SourcesDb extends Dexie {
  feeds!: Table<FeedRecord, string>;
  files!: Table<SourceFileRecord, string>;
  published!: Table<PublishedRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ feeds: 'href', files: 'href, feed, workspace', published: 'workspace, feed' });
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

const open = new WeakMap<ScorecardDb, SourcesDb>();

/** The sources database that belongs to a main database (same name + `-sources`). */
export function sourcesDb(db: ScorecardDb): SourcesDb {
  let s = open.get(db);
  if (!s) open.set(db, (s = new SourcesDb(`${db.name}-sources`)));
  return s;
}
