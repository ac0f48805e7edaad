import { it } from 'vitest';
import { generateDemo } from '../lib/core/demo/generate';
import { computeScorecard } from '../lib/core/engine';
import { defaultSettings } from '../lib/core/time/settings';
import { openDuck } from './duck';
import { loadTables } from './load-tables';
import { computeWithSql } from './run-sql';
import { compareResults } from './compare';
import type { View } from '../lib/core/engine/types';
import type { ColumnTable } from '../lib/core/columns/table';

it('scratch', async () => {
  const end = Date.parse('2025-06-01T00:00:00Z');
  const tz = 'Europe/Berlin';
  const data = generateDemo('baseline', { end, timeZone: tz, days: 120 });
  const settings = defaultSettings(tz);
  const now = end + 3600_000;
  const duck = await openDuck('/tmp/sqlh/demo.duckdb');
  const t0 = performance.now();
  const loaded = await loadTables(duck.conn, Object.values(data) as ColumnTable[]);
  console.log('load ms', performance.now() - t0, [...loaded].map(([k, v]) => `${k}:${v.rows}`).join(' '));
  const present = new Map([...loaded].map(([k, v]) => [k, v.columns]));
  const views: View[] = [
    { range: 'all', grain: 'month', filters: {}, hours: 'calendar' },
    { from: '2025-03-01', to: '2025-03-31', grain: 'week', filters: {}, hours: 'business' },
    { from: '2025-04-01', to: '2025-05-31', grain: 'day', filters: { channel: ['email', 'phone'] }, hours: 'calendar' }
  ];
  for (const v of views) {
    const e = computeScorecard(data, v, settings, now);
    const s = await computeWithSql(duck.conn, present, v, settings, now);
    const d = compareResults(e.kpis, s.kpis);
    const ids = [...new Set(d.map((x) => x.id))];
    console.log(JSON.stringify(v), 'diffs', d.length, ids.join(','));
    for (const x of d.slice(0, 40)) console.log(' ', x.id, x.where, JSON.stringify(x.engine), JSON.stringify(x.sql));
  }
  duck.close();
}, 120_000);
