/**
 * Ticket files for the many-tabs and kill-at-many-points tests: canonical CSVs written by the
 * benchmark generator (seeded, byte-identical per arguments) into a temp folder. A second file
 * gets its own id prefix, so the two files share no ticket and every row of both must count.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '../../../bench/generate-data.mjs';

/**
 * Writes `tickets.csv` with `rows` tickets in `dir` and returns its path. `prefix` replaces the
 * generator's `T-` ticket ids (e.g. 'S-') so two files never overlap.
 */
export async function ticketFile(dir, rows, { prefix = 'T-', seed = 1, name = `tickets-${rows}.csv` } = {}) {
  const out = join(dir, `gen-${name}`);
  await generate({ tickets: rows, calls: 0, out, seed });
  const path = join(dir, name);
  let text = await readFile(join(out, 'tickets.csv'), 'utf8');
  if (prefix !== 'T-') text = text.replace(/^T-/gm, prefix);
  await writeFile(path, text);
  return path;
}
