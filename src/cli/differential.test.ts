/**
 * Two engines, one answer: the TypeScript engine (computeScorecard) and the catalog compiled to
 * DuckDB SQL run on the same tables — the demo data, seeded edge-case data, sparse data and the
 * public samples (imported through the command-line tool's CSV path, i.e. the app's mapper and
 * parsers) — for several views (all time; a month in business hours; filtered; filtered in
 * business hours with a quarter grain). Every KPI, previous period, trend point and breakdown
 * row must agree: durations within 0.5 s, rates within 0.01 points, everything else exactly.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatTables, type ColumnTable } from '../lib/core/columns/table';
import { generateDemo } from '../lib/core/demo/generate';
import { computeScorecard } from '../lib/core/engine';
import type { Dataset, Settings, View } from '../lib/core/engine/types';
import type { RecordKind } from '../lib/core/schema/fields';
import { SQL_BEHIND } from '../lib/core/sql/behind';
import { defaultSettings } from '../lib/core/time/settings';
import { compareResults } from './compare';
import { openDuck, type Duck } from './duck';
import { edgeDataset, sparseDataset } from './edge-data';
import { BadInput, importCsv } from './import-csv';
import { loadTables } from './load-tables';
import { computeWithSql, type Present } from './run-sql';

const v = (over: Partial<View>): View => ({ range: 'all', grain: 'month', filters: {}, hours: 'calendar', ...over });

interface Case {
  readonly name: string;
  readonly data: () => Promise<Dataset> | Dataset;
  readonly settings: Settings;
  readonly now: number;
  readonly views: readonly View[];
}

const NIGHT_SHIFT: Settings['businessHours'] = {
  // Sunday closed; Monday–Friday 09:00–17:00; Saturday 22:00 → Sunday 06:00; one holiday.
  week: [[], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[1320, 1800]]],
  holidays: ['2025-03-10', '2025-11-03']
};

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');

async function samples(): Promise<Dataset> {
  const parts = new Map<RecordKind, ColumnTable[]>();
  for (const f of readdirSync(SAMPLES)
    .filter((x) => x.endsWith('.csv'))
    .sort()) {
    try {
      await importCsv(path.join(SAMPLES, f), 'UTC', (t) => void parts.set(t.kind, [...(parts.get(t.kind) ?? []), t]));
    } catch (e) {
      // An aggregate report is refused by the importer, as in the app.
      if (!(e instanceof BadInput)) throw e;
    }
  }
  return Object.fromEntries(
    [...parts].map(([kind, tables]) => [
      kind,
      concatTables(
        kind,
        tables.map((table) => ({ table }))
      )
    ])
  );
}

const CASES: readonly Case[] = [
  {
    name: 'demo data (Europe/Berlin)',
    data: () => generateDemo('backlog-crisis', { end: Date.UTC(2025, 5, 1), timeZone: 'Europe/Berlin', days: 150 }),
    settings: defaultSettings('Europe/Berlin'),
    now: Date.UTC(2025, 5, 1, 6),
    views: [
      v({}),
      v({ from: '2025-03-01', to: '2025-03-31', grain: 'week', hours: 'business' }),
      v({ from: '2025-04-01', to: '2025-05-31', grain: 'day', filters: { channel: ['email', 'phone'] } }),
      v({
        grain: 'quarter',
        hours: 'business',
        filters: { team: ['Front Line', 'Billing'], priority: ['high', 'urgent'] }
      })
    ]
  },
  {
    name: 'edge cases (America/New_York, DST, night shift)',
    data: () => edgeDataset(),
    settings: { ...defaultSettings('America/New_York'), businessHours: NIGHT_SHIFT, weekStart: 0 },
    now: Date.UTC(2025, 9, 1),
    views: [
      v({}),
      v({ from: '2025-03-01', to: '2025-03-31', grain: 'week', hours: 'business' }),
      v({ grain: 'day', filters: { channel: ['email', 'phone'] }, from: '2025-10-15', to: '2025-11-20' }),
      v({ grain: 'quarter', hours: 'business', filters: { team: ['Front'], agent: ['Ana', 'Bo', 'Chen'] } })
    ]
  },
  {
    name: 'sparse data (blank columns, status only)',
    data: () => sparseDataset(),
    settings: { ...defaultSettings('Asia/Tehran'), slaPolicy: [] },
    now: Date.UTC(2025, 5, 1),
    views: [
      v({}),
      v({ hours: 'business', grain: 'week' }),
      v({ filters: { channel: ['phone'] } }),
      v({ grain: 'day', filters: { category: ['Complaint'] } })
    ]
  },
  {
    name: 'public samples (through the CSV import)',
    data: samples,
    settings: defaultSettings('UTC'),
    now: Date.UTC(2026, 0, 1),
    views: [
      v({ grain: 'year' }),
      v({ grain: 'quarter', hours: 'business' }),
      v({ filters: { channel: ['email', 'phone'] } }),
      v({ grain: 'year', hours: 'business', filters: { priority: ['high', 'critical', 'urgent'] } })
    ]
  }
];

const BEHIND: ReadonlySet<string> = new Set(Object.keys(SQL_BEHIND));

for (const c of CASES) {
  const skip = c.data === samples && !existsSync(SAMPLES);
  if (skip) console.warn(`samples not found in ${SAMPLES}: the samples case of the differential test is skipped`);
  describe.skipIf(skip)(`engine and SQL agree: ${c.name}`, () => {
    let duck: Duck;
    let data: Dataset;
    let present: Present;
    beforeAll(async () => {
      data = await c.data();
      duck = await openDuck();
      const loaded = await loadTables(duck.conn, Object.values(data) as ColumnTable[]);
      present = new Map([...loaded].map(([k, o]) => [k, o.columns]));
    }, 120_000);
    afterAll(() => duck?.close());

    for (const view of c.views) {
      it(`view ${JSON.stringify(view)}`, async () => {
        const engine = computeScorecard(data, view, c.settings, c.now);
        const sql = await computeWithSql(duck.conn, present, view, c.settings, c.now);
        expect(sql.view.from).toBe(engine.view.from);
        expect(sql.view.to).toBe(engine.view.to);
        const diffs = compareResults(engine.kpis, sql.kpis, BEHIND);
        // The SQL says so instead of giving a figure for the KPIs that are behind the engine.
        for (const id of BEHIND) expect(sql.kpis.find((k) => k.id === id)?.available, id).toBe(false);
        const shown = diffs
          .slice(0, 30)
          .map((d) => `${d.id} ${d.where}: engine ${JSON.stringify(d.engine)} sql ${JSON.stringify(d.sql)}`);
        expect(shown).toEqual([]);
        // The comparison covers real numbers, not only unavailable KPIs.
        expect(engine.kpis.filter((k) => k.available && k.n > 0).length).toBeGreaterThan(3);
      }, 120_000);
    }
  });
}
