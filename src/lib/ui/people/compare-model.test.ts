import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/core/catalog';
import { generateDemo } from '$lib/core/demo/generate';
import { computeScorecard } from '$lib/core/engine';
import type { View } from '$lib/core/engine/types';
import { defaultSettings } from '$lib/core/time/settings';
import { buildCompare, periodBefore } from './compare-model';

const END = Date.UTC(2025, 5, 2);
const data = generateDemo('baseline', { seed: 9, days: 120, end: END, timeZone: 'UTC' });
const settings = defaultSettings('UTC');
const A: View = { from: '2025-04-01', to: '2025-04-30', grain: 'week', hours: 'calendar', filters: {} };
const B: View = { ...A, from: '2025-05-01', to: '2025-05-30' };

describe('compare view', () => {
  const ra = computeScorecard(data, A, settings, END).kpis;
  const rb = computeScorecard(data, B, settings, END).kpis;
  const rows = buildCompare(CATALOG, ra, rb, {}, A, B);
  const row = (id: string) => rows.find((r) => r.def.id === id)!;

  it('has every KPI, with both values as their own scorecards show them', () => {
    expect(rows.map((r) => r.def.id)).toEqual(CATALOG.map((d) => d.id));
    for (const id of ['ticket_volume', 'csat', 'first_response_time'])
      expect([row(id).a.value, row(id).b.value]).toEqual([
        ra.find((k) => k.id === id)!.value,
        rb.find((k) => k.id === id)!.value
      ]);
  });

  it('gives rates in percentage points and others as relative changes, toned by direction', () => {
    const csat = row('csat');
    expect(csat.delta).toEqual({ kind: 'pp', value: csat.b.value! - csat.a.value! });
    expect(csat.tone).toBe(csat.b.value! > csat.a.value! ? 'better' : 'worse');
    const frt = row('first_response_time');
    expect(frt.delta?.kind).toBe('relative');
    expect(frt.delta!.value).toBeCloseTo((frt.b.value! - frt.a.value!) / frt.a.value!, 12);
    expect(frt.tone).toBe(frt.b.value! < frt.a.value! ? 'better' : 'worse');
    // Informational KPIs are never better or worse.
    expect(row('messages_received').tone).toBe('none');
  });

  it('compares two channels of one period', () => {
    const email = { ...A, filters: { channel: ['email'] } };
    const chat = { ...A, filters: { channel: ['chat'] } };
    const r = buildCompare(
      CATALOG,
      computeScorecard(data, email, settings, END).kpis,
      computeScorecard(data, chat, settings, END).kpis,
      {},
      email,
      chat
    );
    const v = r.find((x) => x.def.id === 'ticket_volume')!;
    expect(v.a.value).not.toBe(v.b.value);
  });

  it('finds the period just before', () => {
    expect(periodBefore('2025-03-01', '2025-03-31')).toEqual({ from: '2025-01-29', to: '2025-02-28' });
    expect(periodBefore('2024-03-01', '2024-03-01')).toEqual({ from: '2024-02-29', to: '2024-02-29' });
  });
});
