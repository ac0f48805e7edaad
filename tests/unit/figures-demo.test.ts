/**
 * Figures on the demo workspace (the data a new user sees first), with "today" a few hours into
 * the day after the data ends, as in the app. Expected values are worked out here from the
 * demo's own rows — plain loops over its columns — not taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { kpiById } from '$lib/core/catalog';
import { FIRST_RESPONSE_CHANNEL_TARGETS, FIRST_RESPONSE_TARGET } from '$lib/core/catalog/speed';
import { generateDemo } from '$lib/core/demo/generate';
import { computeScorecard } from '$lib/core/engine';
import type { ColumnTable } from '$lib/core/columns/table';
import type { KpiResult, View } from '$lib/core/engine/types';
import { defaultSettings } from '$lib/core/time/settings';
import { buildCard } from '$lib/ui/card-model';
import { changeView } from '$lib/ui/present';

const DAY = 86_400_000;
const END = Date.parse('2026-12-03T00:00:00Z');
const NOW = END + 10 * 3600_000;
const data = generateDemo('baseline', { end: END, timeZone: 'UTC' });

function scorecard(view: Partial<View>): Record<string, KpiResult> {
  const v: View = { grain: 'day', hours: 'calendar', filters: {}, ...view };
  const r = computeScorecard(data, v, defaultSettings('UTC'), NOW);
  return Object.fromEntries(r.kpis.map((k) => [k.id, k]));
}

const col = (t: ColumnTable | undefined, name: string): Float64Array => {
  const c = t?.columns[name];
  if (!c || c.type === 'text') throw new Error(`no numeric column ${name}`);
  return c.values;
};
const textCol = (t: ColumnTable | undefined, name: string): string[] => {
  const c = t?.columns[name];
  if (!c || c.type !== 'text') throw new Error(`no text column ${name}`);
  return Array.from(c.codes, (k) => c.dict[k]);
};

/** Last 30 days = Nov 4 – Dec 3 (today included), previous = Oct 5 – Nov 3, in UTC days. */
const S30 = Date.UTC(2026, 10, 4);
const E30 = Date.UTC(2026, 11, 4);
const PS30 = Date.UTC(2026, 9, 5);

describe('operating cost over a rolling window', () => {
  it('spreads each monthly cost row over the days it covers', () => {
    const start = col(data.costs, 'period_start');
    const end = col(data.costs, 'period_end');
    const amount = col(data.costs, 'amount');
    // Per row: amount / days covered, for each covered day inside [a, b).
    const inWindow = (a: number, b: number) => {
      let sum = 0;
      for (let i = 0; i < amount.length; i++) {
        const days = Math.round((end[i] - start[i]) / DAY);
        for (let d = 0; d < days; d++) {
          const day = start[i] + d * DAY;
          if (day >= a && day < b) sum += amount[i] / days;
        }
      }
      return sum;
    };
    const k = scorecard({ range: 'last30' }).operating_cost;
    expect(k.value).toBeCloseTo(inWindow(S30, E30), 6);
    expect(k.previous).toBeCloseTo(inWindow(PS30, S30), 6);
    // Not the cost rows dated inside the window alone (December's 2 days: a "−93 %" drop).
    expect(Math.abs((k.value! - k.previous!) / k.previous!)).toBeLessThan(0.15);
    expect(k.caveats).toEqual([{ code: 'costs-spread' }]);
  });
});

describe('first response with no channel filter', () => {
  it('is judged against the targets of the channels, weighted by the mix', () => {
    const created = col(data.tickets, 'created_at');
    const fr = col(data.tickets, 'first_response_at');
    const channel = textCol(data.tickets, 'channel');
    let n = 0;
    let weighted = 0;
    for (let i = 0; i < created.length; i++) {
      if (!(created[i] >= S30 && created[i] < E30) || !(fr[i] >= created[i])) continue;
      n++;
      weighted += ((FIRST_RESPONSE_CHANNEL_TARGETS[channel[i]] ?? FIRST_RESPONSE_TARGET) as { value: number }).value;
    }
    const r = scorecard({ range: 'last30' }).first_response_time;
    expect(r.n).toBe(n);
    const card = buildCard(kpiById('first_response_time')!, r, undefined, { filters: {} });
    expect(card.targetSource).toBe('mix');
    expect(card.target && 'value' in card.target ? card.target.value : NaN).toBeCloseTo(weighted / n, 6);
    // Email (24 h) is about half the tickets: the weighted target is hours, not the chat 10 min.
    expect(weighted / n).toBeGreaterThan(6 * 3600);
    // With email filtered, email's own target applies as before.
    const email = scorecard({ range: 'last30', filters: { channel: ['email'] } }).first_response_time;
    const emailCard = buildCard(kpiById('first_response_time')!, email, undefined, { filters: { channel: ['email'] } });
    expect([emailCard.targetSource, emailCard.target]).toEqual(['channel', { value: 24 * 3600 }]);
  });
});

describe('changes of rates', () => {
  it('are shown in percentage points', () => {
    const k = scorecard({ range: 'last7' }).abandonment_rate;
    const card = buildCard(kpiById('abandonment_rate')!, k, undefined, { filters: {} });
    expect(card.pointsChange).toBeCloseTo(k.value! - k.previous!, 12);
    const shown = changeView(card.change, card.improvement, 'en', card.pointsChange)!;
    expect(shown.text).toMatch(/^[+−-]\d+(\.\d)? pp$/);
    expect(shown.text).not.toContain('%');
  });
});

describe('a period whose work is not finished', () => {
  const created = col(data.tickets, 'created_at');
  const resolved = col(data.tickets, 'resolved_at');
  // The data ends with its latest event (every time column), before "now".
  const latest = Math.max(
    ...['created_at', 'first_response_at', 'resolved_at', 'closed_at'].flatMap((c) =>
      data.tickets!.columns[c] ? [Math.max(...col(data.tickets, c).filter((x) => x === x))] : []
    ),
    Math.max(...col(data.calls, 'ended_at').filter((x) => x === x)),
    Math.max(...col(data.messages, 'sent_at')),
    Math.max(...col(data.surveys, 'responded_at'))
  );
  it('compares the resolution rate with the previous period at the same age', () => {
    const S7 = Date.UTC(2026, 10, 27);
    const PS7 = S7 - 7 * DAY;
    const share = (a: number, b: number, asOf: number) => {
      let n = 0;
      let done = 0;
      for (let i = 0; i < created.length; i++) {
        if (!(created[i] >= a && created[i] < b && created[i] <= asOf)) continue;
        n++;
        if (resolved[i] <= asOf) done++;
      }
      return (done / n) * 100;
    };
    const k = scorecard({ range: 'last7' }).resolution_rate;
    expect(k.value).toBeCloseTo(share(S7, S7 + 7 * DAY, latest), 9);
    expect(k.previous).toBeCloseTo(share(PS7, S7, latest - 7 * DAY), 9);
    // Like with like: no longer "−24 % worse" only because the last days are unfinished.
    expect(Math.abs(k.value! - k.previous!)).toBeLessThan(5);
    expect(k.caveats).toEqual([{ code: 'same-age' }]);
  });
});
