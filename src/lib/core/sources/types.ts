/**
 * The published sources file (`data/sources.json` beside the app) as the app reads it, after
 * validation: every source resolved to an absolute same-origin URL, its workspace named and
 * given a stable id. The JSON shape is documented in static/sources.schema.json and the README.
 */
import type { RecordKind } from '../schema/fields';

/** What a source holds: one record kind (CSV), or a published scorecard (export JSON). */
export type SourceKind = RecordKind | 'scorecard';

/** One problem found in a published file, located by a JSON path such as `sources[2].kind`. */
export interface SourceProblem {
  /** `sources[2].kind`, `kpis[0].value`, `line 4, column 7` for JSON syntax, '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** One entry of `sources`, validated and resolved. */
export interface SourceEntry {
  /** As written in the file (shown to people). */
  readonly url: string;
  /** Absolute URL, resolved against the sources file's own URL; same origin. */
  readonly href: string;
  /** Last path segment, decoded: the file name imports are listed under. */
  readonly fileName: string;
  /** Undefined = recognised from the file's header at import. */
  readonly kind?: SourceKind;
  /** Canonical field (or duration input) → header in the file, for files the mapper cannot read alone. */
  readonly mapping?: Readonly<Record<string, string>>;
  readonly workspaceName: string;
  readonly workspaceId: string;
  /** IANA zone of times written without an offset. */
  readonly timeZone?: string;
}

export interface SourcesFile {
  readonly title?: string;
  readonly publishedBy?: string;
  /** ISO instant the publisher wrote the file; the app's "data as of". */
  readonly publishedAt?: string;
  /** Zone the team works in: times without offset, and the published workspaces' days and weeks. */
  readonly timeZone?: string;
  readonly sources: readonly SourceEntry[];
  /** Not fatal: unknown keys (a newer app's, or a typo), ignored. */
  readonly warnings: readonly SourceProblem[];
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly SourceProblem[] };
