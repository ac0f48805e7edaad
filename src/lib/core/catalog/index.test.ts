import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, KPI_IDS, defaultTargetFor, kpiById, kpisOfGroup } from './index';
import { DIRECTIONS, KPI_GROUPS, UNITS } from './types';
import { FIELDS, RECORD_KINDS, type RecordKind } from '../schema/fields';
import { vocabularyValues } from '../parse/normalize';

/** The spec's ids, kept here literally so a silent edit of the catalog cannot pass. */
const SPEC_IDS = [
  'ticket_volume',
  'tickets_per_day',
  'messages_received',
  'complaints',
  'complaints_phone_share',
  'channel_mix',
  'tag_report',
  'volume_heatmap',
  'calls_answered_per_hour',
  'first_response_time',
  'avg_response_time',
  'reply_wait_time',
  'response_time_buckets',
  'email_answered_24h',
  'resolution_time',
  'service_delivery_time',
  'service_level',
  'avg_speed_of_answer',
  'max_queue_wait',
  'avg_talk_time',
  'max_talk_time',
  'csat',
  'satisfaction_index',
  'fcr_rate',
  'interactions_per_ticket',
  'contacts_to_resolve',
  'repeat_incident_rate',
  'resolution_rate',
  'response_rate',
  'sla_compliance',
  'backlog',
  'overdue_rate',
  'abandonment_rate',
  'calls_per_agent_day',
  'closed_per_agent',
  'agent_first_response_time',
  'operating_cost',
  'cost_per_call',
  'revenue_per_customer',
  'inactive_customers',
  'retention_rate'
];

const SPEC_PATH = path.resolve(process.cwd(), '../shared/spec/kpi-catalog.md');
const spec = existsSync(SPEC_PATH) ? readFileSync(SPEC_PATH, 'utf8') : null;

/** Rows of the spec's KPI tables: `| \`id\` | name | formula | unit | direction | needs | seeds |`. */
function specRows(md: string): { id: string; name: string; unit: string; direction: string }[] {
  return [...md.matchAll(/^\| `([a-z0-9_]+)` \|(.*)$/gm)].map((m) => {
    const cells = m[2].split('|').map((c) => c.trim());
    return { id: m[1], name: cells[0], unit: cells[2], direction: cells[3] };
  });
}

const UNIT_WORDS: Record<string, string> = { count: 'count', seconds: 'seconds', percent: 'percent', money: 'money' };

describe('catalog ids', () => {
  it('are unique', () => {
    expect(new Set(KPI_IDS).size).toBe(KPI_IDS.length);
  });

  it('match the literal list of the spec, in group order', () => {
    expect([...KPI_IDS]).toEqual(SPEC_IDS);
  });

  it.skipIf(!spec)('match the id column of ../shared/spec/kpi-catalog.md (skipped when absent)', () => {
    const rows = specRows(spec as string);
    expect(rows.map((r) => r.id)).toEqual([...KPI_IDS]);
  });

  it.skipIf(!spec)('have the unit, direction and BH mark the spec gives', () => {
    for (const row of specRows(spec as string)) {
      const def = kpiById(row.id);
      expect(def, row.id).toBeDefined();
      expect(def?.unit, row.id).toBe(UNIT_WORDS[row.unit]);
      expect(def?.direction, row.id).toBe(row.direction);
      expect(Boolean(def?.businessHours), row.id).toBe(row.name.includes('(BH)'));
    }
  });
});

describe('catalog definitions', () => {
  const kinds = new Set<string>(RECORD_KINDS);
  const isField = (ref: string): boolean => {
    const [kind, field, ...rest] = ref.split('.');
    return rest.length === 0 && kinds.has(kind) && FIELDS[kind as RecordKind].some((f) => f.name === field);
  };

  it('name only real fields of schema/fields.ts in needs and alternatives', () => {
    const bad: string[] = [];
    for (const def of CATALOG) {
      expect(def.needs.length, def.id).toBeGreaterThan(0);
      for (const ref of [...def.needs, ...(def.alternatives ?? []).flat()])
        if (!isField(ref)) bad.push(`${def.id}: ${ref}`);
    }
    expect(bad).toEqual([]);
  });

  it('have a known group, unit and direction, a name, a formula and seeds', () => {
    for (const def of CATALOG) {
      expect(KPI_GROUPS, def.id).toContain(def.group);
      expect(UNITS, def.id).toContain(def.unit);
      expect(DIRECTIONS, def.id).toContain(def.direction);
      expect(def.name.trim(), def.id).not.toBe('');
      expect(def.formula.trim(), def.id).not.toBe('');
      expect(def.seeds.trim(), def.id).not.toBe('');
    }
  });

  it('keep groups contiguous and in KPI_GROUPS order', () => {
    const order = CATALOG.map((d) => KPI_GROUPS.indexOf(d.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(KPI_GROUPS.flatMap((g) => kpisOfGroup(g).map((d) => d.id))).toEqual([...KPI_IDS]);
  });

  it('give every default target a reason and a shape that fits the direction', () => {
    for (const def of CATALOG) {
      const targets = [def.defaultTarget, ...Object.values(def.channelTargets ?? {})].filter((t) => t !== undefined);
      if (targets.length === 0) continue;
      expect(def.targetReason?.trim(), def.id).toBeTruthy();
      expect(def.direction, def.id).not.toBe('none');
      for (const t of targets) expect('lower' in t, def.id).toBe(def.direction === 'range');
    }
  });

  it('carry the defaults the spec names', () => {
    const value = (id: string, channel?: string) => {
      const t = defaultTargetFor(kpiById(id)!, channel);
      return t && 'value' in t ? t.value : undefined;
    };
    expect(value('first_response_time', 'chat')).toBe(600);
    expect(value('first_response_time', 'whatsapp')).toBe(600);
    expect(value('first_response_time', 'email')).toBe(24 * 3600);
    expect(value('first_response_time', 'phone')).toBe(180);
    expect(value('first_response_time', 'no-such-channel')).toBe(600);
    // Social: warning above 10 min, bad only beyond 12 h (spec: "≤ 12 h (warning above 10 min)").
    const social = defaultTargetFor(kpiById('first_response_time')!, 'social');
    expect(social && 'value' in social && social.value + (social.warnBand ?? 0)).toBe(12 * 3600);
    expect(kpiById('abandonment_rate')?.defaultTarget).toEqual({ value: 5, warnBand: 3 });
    expect(value('service_level')).toBe(80);
    expect(value('email_answered_24h')).toBe(90);
    expect(value('fcr_rate')).toBe(70);
    expect(value('csat')).toBe(80);
    expect(value('avg_speed_of_answer')).toBe(180);
    expect(kpiById('avg_speed_of_answer')?.direction).toBe('minimize');
    expect(kpiById('avg_talk_time')?.defaultTarget).toEqual({ lower: 180, upper: 420 });
    expect(kpiById('ticket_volume')?.defaultTarget).toBeUndefined();
  });

  it('carry the labelled common-convention defaults (not seed figures)', () => {
    const value = (id: string, channel?: string) => {
      const t = defaultTargetFor(kpiById(id)!, channel);
      return t && 'value' in t ? t.value : undefined;
    };
    expect(value('sla_compliance')).toBe(90);
    expect(value('resolution_rate')).toBe(90);
    expect(value('response_rate')).toBe(95);
    expect(value('overdue_rate')).toBe(10);
    expect(value('repeat_incident_rate')).toBe(10);
    expect(value('resolution_time')).toBe(24 * 3600);
    expect(value('service_delivery_time')).toBe(24 * 3600);
    expect(value('max_queue_wait')).toBe(600);
    expect(value('interactions_per_ticket')).toBe(4);
    expect(value('contacts_to_resolve')).toBe(1.5);
    expect(value('inactive_customers')).toBe(20);
    expect(value('retention_rate')).toBe(85);
    expect(kpiById('satisfaction_index')?.defaultTarget).toEqual({ lower: 70, upper: 100 });
    // Later replies are judged like first replies, channel by channel.
    for (const id of ['avg_response_time', 'reply_wait_time']) {
      expect(value(id), id).toBe(600);
      expect(value(id, 'email'), id).toBe(24 * 3600);
      expect(value(id, 'phone'), id).toBe(180);
    }
    // Every convention says so in its reason, so nobody mistakes it for a law.
    const conventions = [
      'sla_compliance',
      'resolution_rate',
      'response_rate',
      'overdue_rate',
      'repeat_incident_rate',
      'resolution_time',
      'service_delivery_time',
      'max_queue_wait',
      'interactions_per_ticket',
      'contacts_to_resolve',
      'inactive_customers',
      'retention_rate',
      'satisfaction_index',
      'avg_response_time',
      'reply_wait_time'
    ];
    for (const id of conventions) expect(kpiById(id)?.targetReason, id).toMatch(/common convention, not a seed figure/);
  });

  it('leave counts and money without a default target (their normal size depends on the business)', () => {
    const untargeted = CATALOG.filter((d) => d.defaultTarget === undefined).map((d) => d.id);
    expect(untargeted).toEqual([
      'ticket_volume',
      'tickets_per_day',
      'messages_received',
      'complaints',
      'complaints_phone_share',
      'channel_mix',
      'tag_report',
      'volume_heatmap',
      'calls_answered_per_hour',
      'response_time_buckets',
      'max_talk_time',
      'backlog',
      'calls_per_agent_day',
      'closed_per_agent',
      'operating_cost',
      'cost_per_call',
      'revenue_per_customer'
    ]);
    for (const id of untargeted) {
      const d = kpiById(id)!;
      expect(d.direction === 'none' || d.unit === 'count' || d.unit === 'money', id).toBe(true);
    }
  });

  it('key channel targets by canonical channel names, so a normalised channel finds its target', () => {
    const channels = vocabularyValues('channel');
    for (const def of CATALOG)
      for (const key of Object.keys(def.channelTargets ?? {})) expect(channels, def.id).toContain(key);
  });

  it('returns undefined for an unknown id', () => {
    expect(kpiById('nope')).toBeUndefined();
  });
});
