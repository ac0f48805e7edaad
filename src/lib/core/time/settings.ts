/**
 * Workspace settings defaults. Every threshold here is a setting the user can change; these are
 * the starting points the catalog and seeds suggest (service level 20 s, inactivity 90 days,
 * repeat window 7 days, response buckets 1/6/12/24 h).
 */
import type { BusinessHours, Settings, SlaRule } from '../engine/types';

const NINE_TO_FIVE: readonly (readonly [number, number])[] = [[9 * 60, 17 * 60]];

/** Monday–Friday 09:00–17:00 by default; `workWeek` lets a workspace use Sunday–Thursday etc. */
export function defaultBusinessHours(workWeek: readonly number[] = [1, 2, 3, 4, 5]): BusinessHours {
  return {
    week: [0, 1, 2, 3, 4, 5, 6].map((d) => (workWeek.includes(d) ? NINE_TO_FIVE : [])),
    holidays: []
  };
}

const HOUR = 3600;

/** A conventional SLA policy by priority (first response / resolution), used when tickets carry no due dates. */
export const DEFAULT_SLA_POLICY: readonly SlaRule[] = [
  { priority: 'urgent', channel: '*', firstResponseSeconds: 1 * HOUR, resolutionSeconds: 8 * HOUR },
  { priority: 'high', channel: '*', firstResponseSeconds: 4 * HOUR, resolutionSeconds: 24 * HOUR },
  { priority: 'normal', channel: '*', firstResponseSeconds: 8 * HOUR, resolutionSeconds: 72 * HOUR },
  { priority: 'low', channel: '*', firstResponseSeconds: 24 * HOUR, resolutionSeconds: 120 * HOUR },
  { priority: '*', channel: '*', firstResponseSeconds: 8 * HOUR, resolutionSeconds: 72 * HOUR }
];

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function defaultSettings(timeZone: string = browserTimeZone()): Settings {
  return {
    timeZone,
    businessHours: defaultBusinessHours(),
    slaPolicy: DEFAULT_SLA_POLICY,
    serviceLevelSeconds: 20,
    inactivityDays: 90,
    repeatWindowDays: 7,
    responseBuckets: [1 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR],
    csatTopBox: 2,
    weekStart: 1
  };
}

/** The SLA rule for a ticket: the most specific rule matching priority and channel ('*' matches any). */
export function slaRuleFor(policy: readonly SlaRule[], priority: string, channel: string): SlaRule | undefined {
  let best: SlaRule | undefined;
  let bestScore = -1;
  for (const r of policy) {
    const p = r.priority === '*' ? 0 : r.priority === priority ? 2 : -1;
    const c = r.channel === '*' ? 0 : r.channel === channel ? 1 : -1;
    if (p < 0 || c < 0) continue;
    if (p + c > bestScore) {
      best = r;
      bestScore = p + c;
    }
  }
  return best;
}
