/** Prints how long guessMapping takes on a wide file's first 50 rows (a figure, not an assertion on time). */
import { expect, it } from 'vitest';
import { guessMapping } from './guess';
import { sampleRows, samplesDir } from './test-helpers';

const dir = samplesDir();

it.skipIf(!dir)('guessMapping on nyc311_sample.csv (41 columns × 50 rows)', () => {
  const rows = sampleRows(dir!, 'nyc311_sample.csv');
  guessMapping(rows);
  const n = 50;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) expect(guessMapping(rows).ok).toBe(true);
  console.log(`guessMapping: ${((performance.now() - t0) / n).toFixed(2)} ms per file`);
});
