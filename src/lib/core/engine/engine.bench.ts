/**
 * Engine benchmark (not a unit test; no timing asserts): 1,000,000 tickets + 1,000,000 calls
 * (bench-data.ts), every KPI for range=all — cold (first compute on new table objects: per-table
 * caches are built) and warm — then filter changes, business hours, and a per-KPI profile.
 *
 *   npx vitest bench --run src/lib/core/engine/engine.bench.ts     (ROWS=200000 to shrink)
 *
 * Each figure is the median of 3 runs, in CPU ms of the whole process (steadier than wall time
 * on a machine shared with other work; it includes the garbage collector's helper threads).
 * "Cold" runs get fresh table objects over the same columns, as the worker has after a load, so
 * nothing cached beside the old ones is reused. Prints, last, one JSON line with the figures.
 */
import { loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import { generate } from './bench-data';
import { Ctx } from './context';
import { computeScorecard, dataSpan, KPI_FUNCTIONS } from './index';
import { previousPeriod, resolveView } from '../time/calendar';
import { defaultSettings } from '../time/settings';
import type { Dataset, View } from './types';

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

/** The same columns under new table objects: the engine's per-table caches start empty. */
const fresh = (): Dataset => Object.fromEntries(Object.entries(data).map(([k, t]) => [k, { ...t }]));

const all: View = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' };
const channels = [['email', 'chat'], ['web'], ['phone', 'social']];
const teams = [['north'], ['south'], ['east']];

const figures: Record<string, number | string> = { rows };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const walls: number[] = [];
/** CPU ms of one compute; its wall ms goes to `walls` for the report line. */
function time(d: Dataset, v: View): number {
  const c = cpu();
  const w = performance.now();
  computeScorecard(d, v, settings, now);
  walls.push(performance.now() - w);
  return cpu() - c;
}
function report(key: string, label: string, runs: number[]): void {
  figures[key] = Math.round(median(runs));
  const wall = Math.round(median(walls.slice(-runs.length)));
  console.log(
    `${label.padEnd(44)} ${String(figures[key]).padStart(5)} ms cpu [${runs.map((x) => x.toFixed(0))}]  ${wall} ms wall`
  );
}

const load0 = loadavg()[0];
const cold: number[] = [];
let current = data;
const coldWalls: number[] = [];
for (let k = 0; k < 3; k++) {
  current = fresh();
  cold.push(time(current, all));
  coldWalls.push(walls[walls.length - 1]);
  time(current, all); // settle: the next cold run starts from a warmed engine, as in the worker
}
walls.push(...coldWalls); // the report line reads the last three
report('cold_ms', 'range=all, cold (builds table caches)', cold);
report(
  'warm_ms',
  'range=all, warm',
  [0, 1, 2].map(() => time(current, all))
);
report(
  'filter_ms',
  'channel filter, new each time',
  channels.map((ch) => time(current, { ...all, filters: { channel: ch } }))
);
report(
  'filter_warm_ms',
  'channel filter, same again',
  [0, 1, 2].map(() => time(current, { ...all, filters: { channel: channels[0] } }))
);
report(
  'agent_day_ms',
  'agent filter + day grain, new each time',
  [1, 2, 3].map((a) => time(current, { ...all, grain: 'day', filters: { agent: [`agent ${a}`] } }))
);
report(
  'business_ms',
  'business hours + team filter, new each time',
  teams.map((team) => time(current, { ...all, hours: 'business', filters: { team } }))
);
figures.load = `${load0.toFixed(1)}–${loadavg()[0].toFixed(1)}`;

// Where the time goes: each KPI's CPU ms on a fresh context (table caches warm).
{
  const span = dataSpan(current);
  const rv = resolveView(all, settings.timeZone, span.start, span.end, now);
  const p = previousPeriod(rv, settings.timeZone);
  const ctx = new Ctx(current, rv, { start: p.start, end: p.end }, settings, now);
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
  bench('computeScorecard range=all (warm)', () => void computeScorecard(current, all, settings, now), {
    iterations: 5,
    warmupIterations: 1
  });
  bench(
    'computeScorecard channel filter (warm)',
    () => void computeScorecard(current, { ...all, filters: { channel: channels[0] } }, settings, now),
    { iterations: 5, warmupIterations: 1 }
  );
});
