/**
 * Reads a published sources file (`data/sources.json`): JSON text → a validated SourcesFile, or
 * every problem found, each located (`sources[2].kind: …`), so one round of fixes is enough.
 *
 * Promises: nothing partial is returned (one bad entry rejects the file: importing the rest
 * would show a scorecard that silently lacks a source); URLs are resolved against the sources
 * file's own URL and must stay on its origin; a workspace holding a published scorecard holds
 * nothing else (its numbers come from the file, not from records); unknown keys are warnings,
 * so a file written for a newer app still loads.
 */
import { DURATION_INPUTS, FIELDS, RECORD_KINDS, type RecordKind } from '../schema/fields';
import { isValidTimeZone } from '../time/zone';
import { publishedWorkspaceId } from './ids';
import { describe, isObject, parseJsonText, pathOf } from './json-text';
import type { Parsed, SourceEntry, SourceKind, SourceProblem, SourcesFile } from './types';

export const SOURCE_KINDS: readonly SourceKind[] = [...RECORD_KINDS, 'scorecard'];
export const TOP_KEYS = ['$schema', 'title', 'publishedBy', 'publishedAt', 'timeZone', 'workspace', 'sources'];
export const ENTRY_KEYS = ['url', 'kind', 'mapping', 'workspace', 'timeZone'];
/** Used when the file names no title or workspace. */
export const DEFAULT_WORKSPACE = 'Published data';

/** Field names a `mapping` may assign for a kind: canonical fields and duration inputs. */
export function mappableFields(kind: RecordKind): string[] {
  return [...FIELDS[kind].map((f) => f.name), ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => d.name)];
}

export function parseSourcesText(text: string, sourcesHref: string): Parsed<SourcesFile> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return validateSources(json.value, sourcesHref);
}

export function validateSources(value: unknown, sourcesHref: string): Parsed<SourcesFile> {
  const problems: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];
  const fail = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(value))
    return {
      ok: false,
      problems: [{ path: '', message: `The file must be a JSON object with a "sources" list, not ${describe(value)}.` }]
    };
  for (const key of Object.keys(value))
    if (!TOP_KEYS.includes(key))
      warnings.push({ path: key, message: `Unknown key, ignored (known: ${TOP_KEYS.slice(1).join(', ')}).` });

  const text = (key: string): string | undefined => {
    const v = value[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    fail(key, `Expected a non-empty text, got ${describe(v)}.`);
    return undefined;
  };
  const title = text('title');
  const publishedBy = text('publishedBy');
  const publishedAt = text('publishedAt');
  if (publishedAt !== undefined && !isInstant(publishedAt))
    fail('publishedAt', `Expected an ISO date and time such as "2026-12-03T02:00:00Z", got "${publishedAt}".`);
  const timeZone = zoneOf(value.timeZone, 'timeZone', fail);
  const workspace = text('workspace');

  let origin: string;
  try {
    origin = new URL(sourcesHref).origin;
  } catch {
    return { ok: false, problems: [{ path: '', message: `"${sourcesHref}" is not a URL.` }] };
  }

  const list = value.sources;
  const entries: Omit<SourceEntry, 'workspaceName' | 'workspaceId'>[] = [];
  const ownWorkspace: (string | undefined)[] = [];
  if (!Array.isArray(list)) {
    fail(
      'sources',
      list === undefined ? 'Missing: the list of files to load.' : `Expected a list, got ${describe(list)}.`
    );
  } else {
    const seen = new Map<string, number>();
    list.forEach((raw, i) => {
      const at = pathOf('sources', i);
      const before = problems.length;
      if (!isObject(raw)) {
        fail(at, `Expected an object such as { "url": "tickets.csv" }, got ${describe(raw)}.`);
        return;
      }
      for (const key of Object.keys(raw))
        if (!ENTRY_KEYS.includes(key))
          warnings.push({ path: pathOf(at, key), message: `Unknown key, ignored (known: ${ENTRY_KEYS.join(', ')}).` });
      const url = raw.url;
      let href = '';
      if (typeof url !== 'string' || url.trim() === '') {
        fail(
          pathOf(at, 'url'),
          url === undefined ? 'Missing: the file to load.' : `Expected a file name or URL, got ${describe(url)}.`
        );
      } else {
        try {
          const resolved = new URL(url.trim(), sourcesHref);
          resolved.hash = '';
          href = resolved.href;
          if (resolved.origin !== origin)
            fail(
              pathOf(at, 'url'),
              `"${url}" is on another site (${resolved.origin}): only files from ${origin} can be loaded.`
            );
          else if (seen.has(href))
            fail(pathOf(at, 'url'), `"${url}" is listed twice (also sources[${seen.get(href)}]).`);
          else seen.set(href, i);
        } catch {
          fail(pathOf(at, 'url'), `"${url}" is not a valid URL.`);
        }
      }
      let kind: SourceKind | undefined;
      if (raw.kind !== undefined) {
        if (typeof raw.kind === 'string' && (SOURCE_KINDS as readonly string[]).includes(raw.kind))
          kind = raw.kind as SourceKind;
        else fail(pathOf(at, 'kind'), `Expected one of ${SOURCE_KINDS.join(', ')}, got ${describe(raw.kind)}.`);
      }
      const mapping = mappingOf(raw.mapping, kind, pathOf(at, 'mapping'), fail);
      const zone = zoneOf(raw.timeZone, pathOf(at, 'timeZone'), fail);
      let ws: string | undefined;
      if (raw.workspace !== undefined) {
        if (typeof raw.workspace === 'string' && raw.workspace.trim()) ws = raw.workspace.trim();
        else fail(pathOf(at, 'workspace'), `Expected a workspace name, got ${describe(raw.workspace)}.`);
      }
      if (problems.length > before) return;
      entries.push({
        url: (url as string).trim(),
        href,
        fileName: fileNameOf(href),
        ...(kind ? { kind } : {}),
        ...(mapping ? { mapping } : {}),
        ...((zone ?? timeZone) ? { timeZone: zone ?? timeZone } : {})
      });
      ownWorkspace.push(ws);
    });
  }
  if (problems.length) return { ok: false, problems };

  // Records go to one workspace unless an entry names its own; a scorecard gets a workspace alone.
  const recordsName = workspace ?? title ?? DEFAULT_WORKSPACE;
  const names = entries.map((e, i) => ownWorkspace[i] ?? (e.kind === 'scorecard' ? null : recordsName));
  const taken = new Set(names.filter((n): n is string => n !== null));
  const sources: SourceEntry[] = entries.map((e, i) => {
    let name = names[i];
    if (name === null) {
      name = taken.has(recordsName) ? `${recordsName} · ${e.fileName.replace(/\.[^.]*$/, '')}` : recordsName;
      taken.add(name);
    }
    return { ...e, workspaceName: name, workspaceId: publishedWorkspaceId(sourcesHref, name) };
  });
  sources.forEach((s, i) => {
    if (s.kind !== 'scorecard') return;
    const others = sources.filter((o, j) => j !== i && o.workspaceId === s.workspaceId);
    if (others.length)
      fail(
        pathOf(pathOf('sources', i), 'workspace'),
        `The workspace "${s.workspaceName}" holds a published scorecard, so it cannot also hold ${others.map((o) => o.url).join(', ')}: give one of them another workspace.`
      );
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...(title ? { title } : {}),
      ...(publishedBy ? { publishedBy } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(timeZone ? { timeZone } : {}),
      sources,
      warnings
    }
  };
}

function mappingOf(
  raw: unknown,
  kind: SourceKind | undefined,
  at: string,
  fail: (path: string, message: string) => void
): Record<string, string> | undefined {
  if (raw === undefined) return undefined;
  if (kind === 'scorecard') {
    fail(at, 'A published scorecard has no column mapping.');
    return undefined;
  }
  if (!isObject(raw)) {
    fail(at, `Expected an object of field → column header, such as { "created_at": "Opened" }, got ${describe(raw)}.`);
    return undefined;
  }
  const allowed = new Set(kind ? mappableFields(kind) : RECORD_KINDS.flatMap(mappableFields));
  const out: Record<string, string> = {};
  for (const [field, header] of Object.entries(raw)) {
    if (!allowed.has(field))
      fail(
        pathOf(at, field),
        kind
          ? `"${field}" is not a field of ${kind} (fields: ${mappableFields(kind).join(', ')}).`
          : `"${field}" is not a field of any record kind.`
      );
    else if (typeof header !== 'string' || header.trim() === '')
      fail(pathOf(at, field), `Expected the column header as text, got ${describe(header)}.`);
    else out[field] = header;
  }
  return out;
}

function zoneOf(raw: unknown, at: string, fail: (path: string, message: string) => void): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && isValidTimeZone(raw)) return raw;
  fail(at, `Expected an IANA time zone such as "Europe/Berlin", got ${describe(raw)}.`);
  return undefined;
}

function isInstant(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && Number.isFinite(Date.parse(s))
  );
}

/** `…/data/2026%20tickets.csv?v=3` → `2026 tickets.csv`. */
export function fileNameOf(href: string): string {
  const path = new URL(href).pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || href;
  } catch {
    return last || href;
  }
}
