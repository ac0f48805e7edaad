/**
 * The drill-down's part of the URL (../shared/spec/teams-and-cli.md, "Drill-down hooks"):
 * `drill=<kpi id>`, plus `bucket=YYYY-MM-DD` (a trend bucket), `by=&key=` (a breakdown cell),
 * `how=0–6&hour=0–23` (a heat-map cell, Monday = 0) and `set=num|rest|all` (which records).
 * Pure functions both ways, so a link reproduces a list exactly.
 *
 * Promise: `parseDrillParams` never throws; a malformed part is dropped and reported, never
 * guessed (a list of the wrong records would be worse than a message).
 */
import type { DrillQuery, DrillSet } from '$lib/core/drill';
import { isIsoDate } from '../url-state';

export interface DrillUrl {
  readonly query: DrillQuery | null;
  /** Parameters that were present but unusable, for a notice. */
  readonly invalid: readonly string[];
}

const SETS: readonly DrillSet[] = ['num', 'rest', 'all'];

function intIn(raw: string | null, lo: number, hi: number): number | undefined | null {
  if (raw === null || raw === '') return undefined;
  if (!/^\d{1,2}$/.test(raw)) return null;
  const v = Number(raw);
  return v >= lo && v <= hi ? v : null;
}

export function parseDrillParams(params: URLSearchParams): DrillUrl {
  const kpi = (params.get('drill') ?? '').trim();
  if (!kpi) return { query: null, invalid: [] };
  const invalid: string[] = [];
  const q: { -readonly [K in keyof DrillQuery]: DrillQuery[K] } = { kpi };
  const bucket = params.get('bucket');
  if (bucket) {
    if (isIsoDate(bucket)) q.bucket = bucket;
    else invalid.push('bucket');
  }
  const by = params.get('by');
  if (by) {
    q.by = by;
    q.key = params.get('key') ?? '';
  }
  const how = intIn(params.get('how'), 0, 6);
  const hour = intIn(params.get('hour'), 0, 23);
  if (how === null) invalid.push('how');
  if (hour === null) invalid.push('hour');
  if (typeof how === 'number' && typeof hour === 'number') {
    q.how = how;
    q.hour = hour;
  } else if (how !== undefined || hour !== undefined) invalid.push('how/hour');
  const set = params.get('set');
  if (set) {
    if ((SETS as readonly string[]).includes(set)) q.set = set as DrillSet;
    else invalid.push('set');
  }
  return { query: q, invalid: [...new Set(invalid)] };
}

/** The drill-down's parameters, in the contract's names, to add to a view's query. */
export function drillParams(q: DrillQuery): Record<string, string> {
  const p: Record<string, string> = { drill: q.kpi };
  if (q.bucket) p.bucket = q.bucket;
  if (q.by !== undefined) {
    p.by = q.by;
    p.key = q.key ?? '';
  }
  if (q.how !== undefined && q.hour !== undefined) {
    p.how = String(q.how);
    p.hour = String(q.hour);
  }
  if (q.set) p.set = q.set;
  return p;
}

/** The URL's weekday (Monday = 0) of the engine's (Sunday = 0). */
export function mondayFirst(engineWeekday: number): number {
  return (engineWeekday + 6) % 7;
}
