/**
 * `--workspace-settings FILE`: the workspace's settings and targets as JSON, validated like
 * anything that comes from another machine — a bad value is refused with its path and reason.
 *
 * ```json
 * {
 *   "name": "Support team, Berlin",
 *   "settings": { "timeZone": "Europe/Berlin", "businessHours": { "week": [[], [[540, 1020]], …], "holidays": ["2025-12-25"] },
 *                 "slaPolicy": [{ "priority": "urgent", "channel": "*", "firstResponseSeconds": 3600, "resolutionSeconds": 28800 }],
 *                 "serviceLevelSeconds": 20, "inactivityDays": 90, "repeatWindowDays": 7,
 *                 "responseBuckets": [3600, 21600, 43200, 86400], "csatTopBox": 2, "weekStart": 1 },
 *   "targets": { "first_response_time": { "target": { "value": 600 }, "byChannel": { "email": { "value": 86400 } } } }
 * }
 * ```
 * Every key is optional (defaults: UTC, Monday–Friday 09:00–17:00, the app's SLA policy and
 * thresholds, the catalog's default targets). `targets` has the shape of the app's targets file.
 */
import { KPI_IDS } from '../lib/core/catalog';
import type { BusinessHours, Settings, SlaRule, TargetSetting } from '../lib/core/engine/types';
import { defaultSettings } from '../lib/core/time/settings';
import { isValidTimeZone } from '../lib/core/time/zone';
import { TARGETS_FORMAT, TARGETS_VERSION, parseTargetsJson } from '../lib/ui/targets-file';

export interface WorkspaceFile {
  readonly name?: string;
  readonly settings: Settings;
  readonly targets: Readonly<Record<string, TargetSetting>>;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function parseWorkspaceFile(text: string): WorkspaceFile | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${e instanceof Error ? e.message : e})` };
  }
  if (!isObj(data)) return { error: 'the file must hold a JSON object' };
  const raw = isObj(data.settings) ? data.settings : data;
  const tz = raw.timeZone ?? 'UTC';
  if (typeof tz !== 'string' || !isValidTimeZone(tz))
    return { error: `settings.timeZone: unknown time zone ${JSON.stringify(tz)}` };
  const base = defaultSettings(tz);
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...base };
  const positive = ['serviceLevelSeconds', 'inactivityDays', 'repeatWindowDays', 'csatTopBox'] as const;
  for (const k of positive) {
    if (raw[k] === undefined) continue;
    if (!isNum(raw[k]) || (raw[k] as number) <= 0) return { error: `settings.${k}: must be a number above 0` };
    out[k] = raw[k] as number;
  }
  if (raw.weekStart !== undefined) {
    if (!Number.isInteger(raw.weekStart) || (raw.weekStart as number) < 0 || (raw.weekStart as number) > 6)
      return { error: 'settings.weekStart: must be 0 (Sunday) … 6 (Saturday)' };
    out.weekStart = raw.weekStart as number;
  }
  if (raw.responseBuckets !== undefined) {
    const b = raw.responseBuckets;
    if (!Array.isArray(b) || !b.every((x) => isNum(x) && x > 0))
      return { error: 'settings.responseBuckets: must be a list of seconds above 0' };
    out.responseBuckets = b as number[];
  }
  if (raw.businessHours !== undefined) {
    const bh = readBusinessHours(raw.businessHours);
    if (typeof bh === 'string') return { error: `settings.businessHours: ${bh}` };
    out.businessHours = bh;
  }
  if (raw.slaPolicy !== undefined) {
    const p = readPolicy(raw.slaPolicy);
    if (typeof p === 'string') return { error: `settings.slaPolicy: ${p}` };
    out.slaPolicy = p;
  }
  let targets: Record<string, TargetSetting> = {};
  if (data.targets !== undefined) {
    const parsed = parseTargetsJson(
      JSON.stringify({ format: TARGETS_FORMAT, version: TARGETS_VERSION, targets: data.targets }),
      KPI_IDS
    );
    if (!parsed.ok) return { error: `targets: ${parsed.error}` };
    targets = Object.fromEntries(
      Object.entries(parsed.targets).filter((e): e is [string, TargetSetting] => e[1] !== null)
    );
  }
  return { ...(typeof data.name === 'string' ? { name: data.name } : {}), settings: out, targets };
}

function readBusinessHours(x: unknown): BusinessHours | string {
  if (!isObj(x)) return 'must be an object with "week" and "holidays"';
  const week = x.week;
  if (!Array.isArray(week) || week.length !== 7) return '"week" must list 7 days (Sunday first)';
  for (const [d, day] of week.entries()) {
    if (!Array.isArray(day)) return `week[${d}] must be a list of [open, close] minutes`;
    for (const iv of day)
      if (
        !Array.isArray(iv) ||
        iv.length !== 2 ||
        !isNum(iv[0]) ||
        !isNum(iv[1]) ||
        iv[0] < 0 ||
        iv[1] <= iv[0] ||
        iv[1] > 2880
      )
        return `week[${d}]: each interval is [open, close] in minutes of the day, 0 ≤ open < close ≤ 2880`;
  }
  const holidays = x.holidays ?? [];
  if (!Array.isArray(holidays) || !holidays.every((h) => typeof h === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(h)))
    return '"holidays" must be a list of YYYY-MM-DD dates';
  return { week: week as [number, number][][], holidays: holidays as string[] };
}

function readPolicy(x: unknown): SlaRule[] | string {
  if (!Array.isArray(x)) return 'must be a list of rules';
  const out: SlaRule[] = [];
  for (const [k, r] of x.entries()) {
    if (!isObj(r) || typeof r.priority !== 'string' || typeof r.channel !== 'string')
      return `rule ${k}: priority and channel must be strings ('*' = any)`;
    if (!isNum(r.firstResponseSeconds) || !isNum(r.resolutionSeconds))
      return `rule ${k}: firstResponseSeconds and resolutionSeconds must be numbers`;
    out.push({
      priority: r.priority,
      channel: r.channel,
      firstResponseSeconds: r.firstResponseSeconds,
      resolutionSeconds: r.resolutionSeconds
    });
  }
  return out;
}
