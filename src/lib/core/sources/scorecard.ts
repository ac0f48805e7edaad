/**
 * A published scorecard: the export JSON of ../shared/spec/scorecard-export.md (what the app's
 * Export menu and the command-line tool write), read back as the engine's ScorecardResult so
 * the scorecard screen shows it with the same cards, targets, colours and trends.
 *
 * Promises: the file is validated before anything is stored, every problem located
 * (`kpis[3].value: …`); an unavailable KPI stays unavailable with its missing columns (never a
 * 0); the numbers are the publisher's, untouched. What the file cannot carry (breakdowns, the
 * records behind a number) is absent, and the screen says why instead of showing zeros.
 */
import { isKpiId } from '../catalog';
import type { Target } from '../catalog/types';
import {
  FILTER_FIELDS,
  type FilterField,
  type Grain,
  type HoursMode,
  type KpiResult,
  type KpiStatus,
  type ResolvedView,
  type ScorecardResult,
  type TargetSetting
} from '../engine/types';
import { isValidTimeZone, zonedToUtc } from '../time/zone';
import { describe, isObject, parseJsonText, pathOf } from './json-text';
import type { Parsed, SourceProblem } from './types';

const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];
const HOURS: readonly HoursMode[] = ['calendar', 'business'];
const STATUSES: readonly KpiStatus[] = ['good', 'warn', 'bad', 'none', 'unavailable'];

export interface PublishedKpi {
  readonly id: string;
  readonly unit: string;
  readonly direction: string;
  readonly value: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  readonly n: number;
  readonly target: Target | null;
  readonly status: KpiStatus;
  readonly previous: number | null;
  readonly change: number | null;
  readonly trend: readonly { start: string; value: number | null; n: number }[];
  readonly headline?: string;
  readonly missing: readonly string[];
  readonly notes: readonly string[];
}

export interface PublishedScorecard {
  readonly app?: string;
  readonly version?: string;
  readonly generatedAt: string;
  readonly workspace?: string;
  readonly timeZone?: string;
  readonly view: {
    readonly from: string;
    readonly to: string;
    readonly grain: Grain;
    readonly filters: Readonly<Partial<Record<FilterField, readonly string[]>>>;
    readonly hours: HoursMode;
  };
  readonly kpis: readonly PublishedKpi[];
}

export function parseScorecardText(text: string): Parsed<PublishedScorecard> {
  const json = parseJsonText(text);
  return json.ok ? validateScorecard(json.value) : json;
}

const YMD = /^\d{4}-\d{2}-\d{2}$/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function validateScorecard(value: unknown): Parsed<PublishedScorecard> {
  const problems: SourceProblem[] = [];
  const fail = (path: string, message: string) => {
    // A thousand identical problems help nobody: the first 20 locate the pattern.
    if (problems.length < 20) problems.push({ path, message });
  };
  if (!isObject(value) || !Array.isArray(value.kpis))
    return {
      ok: false,
      problems: [
        {
          path: isObject(value) ? 'kpis' : '',
          message:
            'This is not a scorecard export: expected an object with "view" and a "kpis" list (the JSON of Export → JSON).'
        }
      ]
    };
  const optText = (key: string): string | undefined => {
    const v = value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    fail(key, `Expected a text, got ${describe(v)}.`);
    return undefined;
  };
  const generatedAt = optText('generatedAt');
  if (generatedAt === undefined || !Number.isFinite(Date.parse(generatedAt)))
    fail('generatedAt', `Expected the time the scorecard was made, such as "2026-11-22T10:00:00Z".`);
  const timeZone = optText('timeZone');
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) fail('timeZone', `"${timeZone}" is not a time zone.`);

  const view = viewOf(value.view, fail);
  const kpis: PublishedKpi[] = [];
  const ids = new Set<string>();
  value.kpis.forEach((raw, i) => {
    const k = kpiOf(raw, pathOf('kpis', i), fail);
    if (!k) return;
    if (ids.has(k.id)) fail(pathOf(pathOf('kpis', i), 'id'), `"${k.id}" is listed twice.`);
    ids.add(k.id);
    kpis.push(k);
  });
  if (problems.length || !view) return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...(optText('app') !== undefined ? { app: optText('app') } : {}),
      ...(optText('version') !== undefined ? { version: optText('version') } : {}),
      generatedAt: generatedAt!,
      ...(optText('workspace') !== undefined ? { workspace: optText('workspace') } : {}),
      ...(timeZone !== undefined ? { timeZone } : {}),
      view,
      kpis
    }
  };
}

type Fail = (path: string, message: string) => void;

function viewOf(raw: unknown, fail: Fail): PublishedScorecard['view'] | null {
  if (!isObject(raw)) {
    fail('view', `Expected the view ({ "from", "to", "grain", "filters", "hours" }), got ${describe(raw)}.`);
    return null;
  }
  const before = { from: raw.from, to: raw.to };
  for (const key of ['from', 'to'] as const)
    if (typeof before[key] !== 'string' || !YMD.test(before[key] as string))
      fail(`view.${key}`, `Expected a date YYYY-MM-DD, got ${describe(before[key])}.`);
  const grain = raw.grain ?? 'month';
  if (!GRAINS.includes(grain as Grain))
    fail('view.grain', `Expected one of ${GRAINS.join(', ')}, got ${describe(grain)}.`);
  const hours = raw.hours ?? 'calendar';
  if (!HOURS.includes(hours as HoursMode)) fail('view.hours', `Expected calendar or business, got ${describe(hours)}.`);
  const filters: Partial<Record<FilterField, string[]>> = {};
  if (raw.filters !== undefined && !isObject(raw.filters))
    fail('view.filters', `Expected an object, got ${describe(raw.filters)}.`);
  else
    for (const [key, v] of Object.entries((raw.filters as Record<string, unknown>) ?? {})) {
      if (!(FILTER_FIELDS as readonly string[]).includes(key)) continue;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) filters[key as FilterField] = v as string[];
      else fail(`view.filters.${key}`, `Expected a list of values, got ${describe(v)}.`);
    }
  return {
    from: before.from as string,
    to: before.to as string,
    grain: grain as Grain,
    filters,
    hours: hours as HoursMode
  };
}

function kpiOf(raw: unknown, at: string, fail: Fail): PublishedKpi | null {
  if (!isObject(raw)) {
    fail(at, `Expected a KPI object, got ${describe(raw)}.`);
    return null;
  }
  let ok = true;
  const bad = (key: string, message: string) => {
    ok = false;
    fail(pathOf(at, key), message);
  };
  const numOrNull = (key: string, optional = false): number | null => {
    const v = raw[key];
    if (v === null || (optional && v === undefined)) return null;
    if (isNum(v)) return v;
    bad(key, `Expected a number or null, got ${v === undefined ? 'nothing' : describe(v)}.`);
    return null;
  };
  const id = raw.id;
  if (typeof id !== 'string' || !id) bad('id', `Expected the KPI id, got ${describe(id)}.`);
  for (const key of ['unit', 'direction'])
    if (typeof raw[key] !== 'string') bad(key, `Expected a text, got ${describe(raw[key])}.`);
  const value = numOrNull('value');
  const n = raw.n;
  if (!isNum(n) || n < 0) bad('n', `Expected the number of records, got ${describe(n)}.`);
  const status = raw.status;
  if (!STATUSES.includes(status as KpiStatus))
    bad('status', `Expected one of ${STATUSES.join(', ')}, got ${describe(status)}.`);
  const target = targetOf(raw.target, pathOf(at, 'target'), () => (ok = false), fail);
  const trend: PublishedKpi['trend'][number][] = [];
  if (raw.trend !== undefined && !Array.isArray(raw.trend))
    bad('trend', `Expected a list, got ${describe(raw.trend)}.`);
  else
    ((raw.trend as unknown[]) ?? []).forEach((p, i) => {
      const where = pathOf(pathOf(at, 'trend'), i);
      if (
        !isObject(p) ||
        typeof p.start !== 'string' ||
        !YMD.test(p.start) ||
        !(p.value === null || isNum(p.value)) ||
        !isNum(p.n)
      ) {
        ok = false;
        fail(where, 'Expected { "start": "YYYY-MM-DD", "value": number or null, "n": number }.');
      } else trend.push({ start: p.start, value: p.value as number | null, n: p.n });
    });
  const strings = (key: string): string[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    bad(key, `Expected a list of texts, got ${describe(v)}.`);
    return [];
  };
  const missing = strings('missing');
  const notes = strings('notes');
  const median = numOrNull('median', true);
  const p90 = numOrNull('p90', true);
  const previous = numOrNull('previous', true);
  const change = numOrNull('change', true);
  if (!ok) return null;
  return {
    id: id as string,
    unit: raw.unit as string,
    direction: raw.direction as string,
    value,
    median,
    p90,
    n: n as number,
    target,
    status: status as KpiStatus,
    previous,
    change,
    trend,
    ...(typeof raw.headline === 'string' ? { headline: raw.headline } : {}),
    missing,
    notes
  };
}

function targetOf(raw: unknown, at: string, invalid: () => void, fail: Fail): Target | null {
  if (raw === null || raw === undefined) return null;
  const band = isObject(raw) && isNum(raw.warnBand) ? { warnBand: raw.warnBand } : {};
  if (isObject(raw) && isNum(raw.value)) return { value: raw.value, ...band };
  if (isObject(raw) && isNum(raw.lower) && isNum(raw.upper)) return { lower: raw.lower, upper: raw.upper, ...band };
  invalid();
  fail(at, `Expected { "value": number } or { "lower": number, "upper": number }, got ${describe(raw)}.`);
  return null;
}

/** The instant a `YYYY-MM-DD` day starts in a zone (UTC when the file names none). */
function dayStart(ymd: string, timeZone: string): number {
  const [y, m, d] = ymd.split('-').map(Number);
  return zonedToUtc(y, m, d, 0, 0, 0, 0, timeZone);
}

/** The published numbers as the engine's result: the screen renders it like any other. */
export function publishedResult(card: PublishedScorecard): ScorecardResult {
  const zone = card.timeZone ?? 'UTC';
  const v = card.view;
  const [ty, tm, td] = v.to.split('-').map(Number);
  const view: ResolvedView = {
    from: v.from,
    to: v.to,
    start: dayStart(v.from, zone),
    end: zonedToUtc(ty, tm, td + 1, 0, 0, 0, 0, zone),
    grain: v.grain,
    filters: v.filters,
    hours: v.hours
  };
  // A KPI this version does not know (a file from a newer CLI) is left out rather than refusing the file.
  const known = card.kpis.flatMap((k) => (isKpiId(k.id) ? [{ ...k, id: k.id }] : []));
  const kpis: KpiResult[] = known.map((k) => ({
    id: k.id,
    available: k.status !== 'unavailable',
    missing: k.missing,
    value: k.status === 'unavailable' ? null : k.value,
    n: k.n,
    ...(k.unit === 'seconds' ? { median: k.median, p90: k.p90 } : {}),
    previous: k.previous,
    // The export does not say how many records the previous period had; only whether it had a value.
    previousN: k.previous === null ? 0 : 1,
    trend: k.trend,
    // Breakdowns are not in the export: the detail screen says so rather than showing none.
    breakdowns: {},
    ...(k.headline !== undefined ? { headline: k.headline } : {}),
    ...(k.notes.length ? { notes: k.notes } : {})
  }));
  // No data extent: the period is the publisher's, and "all data" means exactly that period.
  return { view, kpis, dataStart: null, dataEnd: null, filterValues: {}, computeMs: 0 };
}

/** The publisher's targets, as the workspace's own: the cards judge by them. */
export function publishedTargets(card: PublishedScorecard): Record<string, TargetSetting> {
  const out: Record<string, TargetSetting> = {};
  for (const k of card.kpis) if (k.target) out[k.id] = { target: k.target };
  return out;
}
