/**
 * The settings form as plain strings (what inputs hold) and back to engine `Settings`, with a
 * reason for the first invalid entry. Pure: tested without a browser, and the form never saves
 * half-valid settings.
 */
import type { Settings, SlaRule } from '$lib/core/engine/types';
import { isIsoDate } from './url-state';

export interface DayForm {
  open: boolean;
  from: string; // HH:MM
  to: string;
}

export interface SettingsForm {
  timeZone: string;
  weekStart: string;
  days: DayForm[]; // 0 = Sunday … 6
  holidays: string; // one date per line
  sla: { priority: string; channel: string; first: string; resolve: string }[];
  serviceLevelSeconds: string;
  inactivityDays: string;
  repeatWindowDays: string;
  csatTopBox: string;
  responseBuckets: string; // hours, comma separated
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutesOf = (s: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[1]) <= 24 && Number(m[2]) < 60 && v <= 1440 ? v : null;
};
const hours = (s: number) => String(Math.round((s / 3600) * 100) / 100);

export function formOf(s: Settings): SettingsForm {
  return {
    timeZone: s.timeZone,
    weekStart: String(s.weekStart),
    days: s.businessHours.week.map((intervals) =>
      intervals.length
        ? { open: true, from: hhmm(intervals[0][0]), to: hhmm(intervals[intervals.length - 1][1]) }
        : { open: false, from: '09:00', to: '17:00' }
    ),
    holidays: s.businessHours.holidays.join('\n'),
    sla: s.slaPolicy.map((r) => ({
      priority: r.priority,
      channel: r.channel,
      first: hours(r.firstResponseSeconds),
      resolve: hours(r.resolutionSeconds)
    })),
    serviceLevelSeconds: String(s.serviceLevelSeconds),
    inactivityDays: String(s.inactivityDays),
    repeatWindowDays: String(s.repeatWindowDays),
    csatTopBox: String(s.csatTopBox),
    responseBuckets: s.responseBuckets.map(hours).join(', ')
  };
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.trim() !== '';
  } catch {
    return false;
  }
}

const positive = (s: string): number | null => {
  const v = Number(s.trim());
  return s.trim() !== '' && Number.isFinite(v) && v >= 0 ? v : null;
};

/**
 * Settings from the form, keeping what the form does not show (e.g. several intervals a day
 * are collapsed to first-open..last-close only when the user edits that day).
 */
export function settingsOf(form: SettingsForm, base: Settings): Settings | { error: string } {
  if (!isTimeZone(form.timeZone)) return { error: `time zone “${form.timeZone}”` };
  const weekStart = Number(form.weekStart);
  if (![0, 1, 6].includes(weekStart)) return { error: 'week start' };
  const week: (readonly (readonly [number, number])[])[] = [];
  for (const [i, d] of form.days.entries()) {
    if (!d.open) {
      week.push([]);
      continue;
    }
    const a = minutesOf(d.from);
    const b = minutesOf(d.to);
    if (a === null || b === null || a >= b) return { error: `business hours, day ${i}` };
    const old = base.businessHours.week[i] ?? [];
    const unchanged = old.length > 1 && old[0][0] === a && old[old.length - 1][1] === b;
    week.push(unchanged ? old : [[a, b]]);
  }
  const holidays = form.holidays
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const badDay = holidays.find((h) => !isIsoDate(h));
  if (badDay) return { error: `holiday “${badDay}”` };
  const slaPolicy: SlaRule[] = [];
  for (const r of form.sla) {
    const first = positive(r.first);
    const resolve = positive(r.resolve);
    if (!r.priority.trim() || !r.channel.trim() || first === null || resolve === null) return { error: 'SLA policy' };
    slaPolicy.push({
      priority: r.priority.trim().toLowerCase(),
      channel: r.channel.trim().toLowerCase(),
      firstResponseSeconds: first * 3600,
      resolutionSeconds: resolve * 3600
    });
  }
  const sl = positive(form.serviceLevelSeconds);
  const inactive = positive(form.inactivityDays);
  const repeat = positive(form.repeatWindowDays);
  const top = positive(form.csatTopBox);
  if (sl === null || inactive === null || repeat === null || top === null || top < 1 || !Number.isInteger(top)) {
    return { error: 'thresholds' };
  }
  const buckets = form.responseBuckets
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((s) => positive(s));
  if (!buckets.length || buckets.some((b) => b === null || b === 0)) return { error: 'response time buckets' };
  const sorted = (buckets as number[]).map((h) => h * 3600).sort((x, y) => x - y);
  return {
    ...base,
    timeZone: form.timeZone.trim(),
    weekStart,
    businessHours: { week, holidays: [...new Set(holidays)].sort() },
    slaPolicy,
    serviceLevelSeconds: sl,
    inactivityDays: inactive,
    repeatWindowDays: repeat,
    csatTopBox: top,
    responseBuckets: [...new Set(sorted)]
  };
}
