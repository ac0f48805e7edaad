/**
 * The public sample CSVs of ../shared/samples imported through the real pipeline (mapping,
 * parsing, derived surveys, column chunks in fake-indexeddb) and read back as the engine's
 * dataset — what a user who drops those files gets. The files are never copied into the repo:
 * `haveSamples` is false when the folder is absent and the tests that need it skip.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '$lib/core/engine/types';
import { freshDb } from '$lib/storage/test-helpers';
import { dataset, file, run } from '$lib/worker/import/test-files';

export const SAMPLES_DIR = path.resolve(process.cwd(), '../shared/samples');

export const ALL_SAMPLES = [
  'customer_support_tickets.csv',
  'pwc_call_centre.csv',
  'comcast_complaints.csv',
  'telco_customer_churn.csv',
  'nyc311_sample.csv',
  'call_center_interval_agg.csv'
] as const;

export const haveSamples = (...names: readonly string[]): boolean =>
  names.every((n) => existsSync(path.join(SAMPLES_DIR, n)));

export const skipMessage = (names: readonly string[]): string =>
  `skipped: ${names.join(', ')} not found in ${SAMPLES_DIR} (the public samples live outside the repo)`;

const memo = new Map<string, Promise<Dataset>>();

/** The workspace after importing `names` one after the other into one fresh database. */
export function importSamples(...names: readonly string[]): Promise<Dataset> {
  const key = names.join('|');
  let out = memo.get(key);
  if (!out) {
    out = (async () => {
      const db = freshDb();
      for (const name of names) {
        const bytes = readFileSync(path.join(SAMPLES_DIR, name));
        await run(file(new Uint8Array(bytes), name), { db });
      }
      return dataset(db);
    })();
    memo.set(key, out);
  }
  return out;
}
