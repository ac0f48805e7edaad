import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, file, run } from './test-files';

/** The public sample CSVs (../shared/samples), never copied into the repo. */
const DIR = path.resolve(process.cwd(), '../shared/samples');
const have = existsSync(DIR);

/** [file, status, rows read (README counts), at least this many stored per kind, max share skipped]. */
const cases: [string, string, number, Record<string, number>, number][] = [
  // Open tickets have no time the mapper can use as created_at: those rows are reported, not guessed.
  ['customer_support_tickets.csv', 'imported', 8469, { tickets: 5000 }, 0.4],
  ['pwc_call_centre.csv', 'imported', 5000, { calls: 5000, surveys: 4000 }, 0],
  ['comcast_complaints.csv', 'imported', 2224, { tickets: 2224 }, 0],
  ['nyc311_sample.csv', 'imported', 924, { tickets: 924 }, 0],
  ['telco_customer_churn.csv', 'imported', 7043, { customers: 7043 }, 0],
  ['call_center_interval_agg.csv', 'refused', 0, {}, 0]
];

describe.skipIf(!have)('public sample files through the whole pipeline', () => {
  if (!have) it.skip(`skipped: ${DIR} is absent (sample CSVs live outside the repo)`, () => undefined);
  for (const [name, status, rowsRead, atLeast, maxSkipped] of cases) {
    it(`${name} → ${status}`, async () => {
      const bytes = readFileSync(path.join(DIR, name));
      const { db, result } = await run(file(new Uint8Array(bytes), name));
      expect(result.status, JSON.stringify(result).slice(0, 400)).toBe(status);
      const ds = await dataset(db);
      for (const [kind, n] of Object.entries(atLeast))
        expect(ds[kind as keyof typeof ds]?.length ?? 0, kind).toBeGreaterThanOrEqual(n);
      if (result.status === 'imported') {
        expect(result.import.rowsRead).toBe(rowsRead);
        const why = result.import.errors
          .slice(0, 3)
          .map((e) => `${e.line} ${e.column}: ${e.reason}`)
          .join('; ');
        expect(result.import.rowsSkipped / rowsRead, why).toBeLessThanOrEqual(maxSkipped);
      }
      if (result.status === 'refused') expect(result.reason.length).toBeGreaterThan(10);
    });
  }
});

describe.skipIf(!have || !existsSync(path.join(DIR, 'pwc_call_centre.csv')))('what an import stored, per kind', () => {
  it('pwc_call_centre.csv: 5,000 calls and the survey answers they hold, counted apart', async () => {
    const bytes = readFileSync(path.join(DIR, 'pwc_call_centre.csv'));
    const { db, result } = await run(file(new Uint8Array(bytes), 'pwc_call_centre.csv'));
    if (result.status !== 'imported') throw new Error(JSON.stringify(result).slice(0, 300));
    const ds = await dataset(db);
    const byKind = result.import.byKind ?? {};
    expect(byKind.calls?.stored).toBe(5000);
    // The file's rated calls become survey answers: the count is whatever the data holds.
    expect(byKind.surveys?.stored).toBe(ds.surveys?.length);
    expect((byKind.calls?.stored ?? 0) + (byKind.surveys?.stored ?? 0)).toBe(result.import.rowsStored);
    // And it is stored with the record, for the import list.
    const rec = await db.imports.get(result.import.id);
    expect(rec?.byKind).toEqual(byKind);
  });
});
