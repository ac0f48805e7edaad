/**
 * Engine benchmark (not a unit test; no timing asserts): 1,000,000 tickets + 1,000,000 calls
 * (bench-data.ts), every KPI for range=all — cold (first compute on new tables: per-table caches
 * are built) and warm — then filter changes, business hours, and a per-KPI profile.
 *
 *   npx vitest bench --run src/lib/core/engine/engine.bench.ts     (ROWS=200000 to shrink)
 *
 * Prints wall and CPU milliseconds (CPU time is steadier on a machine shared with other work)
 * and, last, one JSON line with the figures.
 */
import { bench, describe } from 'vitest';
import { generate } from './bench-data';
import { Ctx } from './context';
import { computeScorecard, dataSpan, KPI_FUNCTIONS } from './index';
import { previousPeriod, resolveView } from '../time/calendar';
import { defaultSettings } from '../time/settings';
import type { View } from './types';

const rows = Number(process.env.ROWS ?? 1_000_000);
const settings = defaultSettings('Europe/Berlin');
const now = Date.UTC(2025, 0, 15);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const g0 = performance.now();
const data = generate({ tickets: rows, calls: rows, seed: 42 });
console.log(`generate ${rows} tickets + ${rows} calls: ${(performance.now() - g0).toFixed(0)} ms`);

const all: View = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' };
const filtered: View = { ...all, filters: { channel: ['email', 'chat'] } };
const byAgentDay: View = { ...all, grain: 'day', filters: { agent: ['agent 1', 'agent 2'] } };

const figures: Record<string, number> = { rows };
function time(key: string, label: string, v: View): void {
  const s = performance.now();
  const c = cpu();
  const r = computeScorecard(data, v, settings, now);
  const wall = performance.now() - s;
  figures[key] = Math.round(wall);
  console.log(
    `${label.padEnd(36)} ${wall.toFixed(0).padStart(5)} ms wall ${(cpu() - c).toFixed(0).padStart(5)} ms cpu  (${r.kpis.filter((k) => k.available).length} KPIs available)`
  );
}

time('cold_ms', 'range=all, cold (builds caches)', all);
time('warm1_ms', 'range=all, warm', all);
time('warm_ms', 'range=all, warm again', all);
time('filter_cold_ms', 'channel filter, new mask', filtered);
time('filter_ms', 'channel filter, warm', filtered);
time('agent_day_ms', 'agent filter + day grain, new', byAgentDay);
time('business_ms', 'range=all, business hours', { ...all, hours: 'business' });

// Where the time goes: each KPI's CPU ms on a fresh context (table caches warm).
{
  const span = dataSpan(data);
  const rv = resolveView(all, settings.timeZone, span.start, span.end, now);
  const p = previousPeriod(rv, settings.timeZone);
  const ctx = new Ctx(data, rv, { start: p.start, end: p.end }, settings, now);
  const times = Object.entries(KPI_FUNCTIONS).map(([id, fn]) => {
    const s = cpu();
    fn(ctx);
    return [id, cpu() - s] as const;
  });
  times.sort((a, b) => b[1] - a[1]);
  console.log(`per KPI (cpu ms): ${times.map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join(', ')}`);
}
console.log(JSON.stringify(figures));

describe.skipIf(Boolean(process.env.QUICK))('engine', () => {
  bench('computeScorecard range=all (warm)', () => void computeScorecard(data, all, settings, now), {
    iterations: 5,
    warmupIterations: 1
  });
  bench('computeScorecard channel filter (warm)', () => void computeScorecard(data, filtered, settings, now), {
    iterations: 5,
    warmupIterations: 1
  });
});
