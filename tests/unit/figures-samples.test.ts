/**
 * Figures an owner reads at a glance, on the public sample files as a user imports them (the
 * real pipeline: mapping, parsing, derived surveys, stored chunks) — each expected value worked
 * out here from the raw CSV with PapaParse, not taken from the engine. Skipped with a message
 * when ../shared/samples is absent (the samples are never copied into the repo).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeScorecard } from '$lib/core/engine';
import type { KpiResult, View } from '$lib/core/engine/types';
import { defaultSettings } from '$lib/core/time/settings';
import { kpiById } from '$lib/core/catalog';
import { buildCard } from '$lib/ui/card-model';
import { caveatText } from '$lib/ui/present';
import { missingColumns, phrase } from '$lib/ui/messages';
import { ALL_SAMPLES, SAMPLES_DIR, haveSamples, importSamples, skipMessage } from './lib/samples';

const NOW = Date.parse('2026-12-03T12:00:00Z');

function csv(name: string): Record<string, string>[] {
  const text = readFileSync(path.join(SAMPLES_DIR, name), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

async function scorecard(files: readonly string[], view: Partial<View> = {}): Promise<Record<string, KpiResult>> {
  const data = await importSamples(...files);
  const v: View = { range: 'all', grain: 'month', hours: 'calendar', filters: {}, ...view };
  const r = computeScorecard(data, v, defaultSettings('UTC'), NOW);
  return Object.fromEntries(r.kpis.map((k) => [k.id, k]));
}

const T = 120_000;

describe.skipIf(!haveSamples(...ALL_SAMPLES))('all six samples imported together', () => {
  if (!haveSamples(...ALL_SAMPLES)) it.skip(skipMessage(ALL_SAMPLES), () => undefined);

  it(
    'CSAT counts the call-centre survey answers and the ticket ratings, each once',
    async () => {
      // Call centre: answered calls rate 1–5 (0 = unanswered, no rating); tickets: 1–5 on closed ones.
      const calls = csv('pwc_call_centre.csv')
        .map((r) => Number(r['Satisfaction rating']))
        .filter((x) => x >= 1 && x <= 5);
      const tickets = csv('customer_support_tickets.csv')
        .filter((r) => r['Customer Satisfaction Rating'] !== '')
        .map((r) => Number(r['Customer Satisfaction Rating']));
      expect([calls.length, tickets.length]).toEqual([4054, 2769]);
      const satisfied = [...calls, ...tickets].filter((x) => x >= 4).length;
      const k = (await scorecard(ALL_SAMPLES)).csat;
      expect(k.n).toBe(calls.length + tickets.length);
      expect(k.value).toBeCloseTo((satisfied / (calls.length + tickets.length)) * 100, 9);
    },
    T
  );
});

describe.skipIf(!haveSamples(...ALL_SAMPLES))('what the cards and the detail view say on all six samples', () => {
  if (!haveSamples(...ALL_SAMPLES)) it.skip(skipMessage(ALL_SAMPLES), () => undefined);

  it(
    'names fields by their labels, never by internal names (kind.field, KPI ids)',
    async () => {
      const internal = /\b(tickets|calls|surveys|messages|customers|costs)\.[a-z_]+|\b[a-z]+_[a-z_]+\b/;
      for (const filters of [{}, { channel: ['email'] }]) {
        const k = await scorecard(ALL_SAMPLES, { filters });
        for (const r of Object.values(k)) {
          for (const lang of ['en', 'fa'] as const) {
            const shown = [
              ...(r.notes ?? []).map((n) => phrase(lang, n)),
              ...(r.available ? [] : [missingColumns(lang, r.missing)]),
              ...(r.caveats ?? []).map((c) => caveatText(c, lang))
            ];
            for (const text of shown) expect(text, `${r.id} (${lang})`).not.toMatch(internal);
          }
        }
      }
    },
    T
  );
});

describe.skipIf(!haveSamples(...ALL_SAMPLES))('all six samples under the filter channel = email', () => {
  if (!haveSamples(...ALL_SAMPLES)) it.skip(skipMessage(ALL_SAMPLES), () => undefined);

  it(
    'call KPIs and the phone share say the filter excludes them, not "no records in this period"',
    async () => {
      // The call log has rows in the period (calls are the phone channel), but none is email.
      expect(csv('pwc_call_centre.csv').length).toBe(5000);
      const k = await scorecard(ALL_SAMPLES, { filters: { channel: ['email'] } });
      for (const id of ['service_level', 'abandonment_rate', 'avg_speed_of_answer', 'complaints_phone_share']) {
        const card = buildCard(kpiById(id)!, k[id], undefined, { filters: { channel: ['email'] } });
        expect([id, card.value]).toEqual([id, null]);
        expect(card.caveats, id).toEqual([{ code: 'filter-excludes', filters: ['channel'] }]);
        expect(caveatText(card.caveats[0], 'en')).toBe('The filter (Channel) leaves nothing to measure here');
      }
      // Email tickets are still measured.
      const emails = csv('customer_support_tickets.csv').filter((r) => r['Ticket Channel'] === 'Email');
      expect(k.csat.n).toBe(emails.filter((r) => r['Customer Satisfaction Rating'] !== '').length);
    },
    T
  );
});

describe.skipIf(!haveSamples('telco_customer_churn.csv'))('telco_customer_churn.csv', () => {
  if (!haveSamples('telco_customer_churn.csv')) it.skip(skipMessage(['telco_customer_churn.csv']), () => undefined);

  it(
    'shows the churn share as a snapshot and no comparison without dates',
    async () => {
      const rows = csv('telco_customer_churn.csv');
      const churned = rows.filter((r) => r.Churn === 'Yes').length;
      expect([rows.length, churned]).toEqual([7043, 1869]);
      const k = await scorecard(['telco_customer_churn.csv']);
      const retention = buildCard(kpiById('retention_rate')!, k.retention_rate, undefined, { filters: {} });
      expect(retention.value).toBeCloseTo(((rows.length - churned) / rows.length) * 100, 9);
      expect([retention.n, retention.previous, retention.change]).toEqual([rows.length, null, null]);
      expect(retention.caveats).toEqual([{ code: 'snapshot' }]);
      // Revenue per customer: no sign-up dates, so no "0 % unchanged vs previous period".
      const revenue = buildCard(kpiById('revenue_per_customer')!, k.revenue_per_customer, undefined, { filters: {} });
      const charges = rows.map((r) => r.TotalCharges.trim()).filter((x) => x !== '');
      expect(revenue.value).toBeCloseTo(charges.reduce((a, x) => a + Number(x), 0) / charges.length, 6);
      expect([revenue.previous, revenue.change, revenue.pointsChange]).toEqual([null, null, null]);
      expect(revenue.caveats).toEqual([{ code: 'snapshot' }]);
    },
    T
  );
});

describe.skipIf(!haveSamples('comcast_complaints.csv'))('comcast_complaints.csv', () => {
  if (!haveSamples('comcast_complaints.csv')) it.skip(skipMessage(['comcast_complaints.csv']), () => undefined);

  it(
    'SLA compliance is unavailable without close times, naming the column that would enable it',
    async () => {
      const rows = csv('comcast_complaints.csv');
      // No close time in the file at all: only statuses.
      expect(Object.keys(rows[0]).some((h) => /clos|resol/i.test(h))).toBe(false);
      const k = (await scorecard(['comcast_complaints.csv'])).sla_compliance;
      expect([k.available, k.value]).toEqual([false, null]);
      expect(k.missing).toContain('tickets.resolved_at');
    },
    T
  );
});

describe.skipIf(!haveSamples('nyc311_sample.csv'))('nyc311_sample.csv', () => {
  if (!haveSamples('nyc311_sample.csv')) it.skip(skipMessage(['nyc311_sample.csv']), () => undefined);

  it(
    'SLA compliance does not count open requests whose due time is still ahead as misses',
    async () => {
      // MM/DD/YYYY hh:mm:ss AM, UTC (the workspace zone of this test).
      const at = (s: string) => {
        const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/.exec(s);
        if (!m) return NaN;
        const h = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
        return Date.UTC(+m[3], +m[1] - 1, +m[2], h, +m[5], +m[6]);
      };
      const rows = csv('nyc311_sample.csv').map((r) => ({
        created: at(r['Created Date']),
        closed: at(r['Closed Date'])
      }));
      const latest = Math.max(...rows.flatMap((r) => [r.created, r.closed].filter((x) => x === x)));
      // Default policy, no priority: resolution within 72 h.
      const limit = 72 * 3600_000;
      const closed = rows.filter((r) => r.closed === r.closed);
      const met = closed.filter((r) => r.closed - r.created <= limit).length;
      const openPastDue = rows.filter((r) => r.closed !== r.closed && r.created + limit < latest).length;
      expect([rows.length, closed.length, openPastDue]).toEqual([924, 480, 0]);
      const k = (await scorecard(['nyc311_sample.csv'])).sla_compliance;
      expect(k.n).toBe(closed.length + openPastDue);
      expect(k.value).toBeCloseTo((met / (closed.length + openPastDue)) * 100, 9);
      // Not the resolved share (51.9 %), which is what counting the open requests as misses gave.
      expect(k.value).not.toBeCloseTo((closed.length / rows.length) * 100, 1);
    },
    T
  );
});
