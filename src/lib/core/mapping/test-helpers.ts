/** Test helpers: read a fixture or sample file into rows the way the import pipeline hands them over. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { ColumnMapping, FileMapping } from './types';

export function parseCsv(text: string, maxRows = 50): string[][] {
  const out = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { preview: maxRows, skipEmptyLines: false });
  return out.data;
}

export function fixtureRows(name: string): string[][] {
  return parseCsv(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8'));
}

/** ../shared/samples relative to the repository root, or null when this clone has none. */
export function samplesDir(): string | null {
  const dir = path.resolve(process.cwd(), '../shared/samples');
  return existsSync(dir) ? dir : null;
}

export function sampleRows(dir: string, name: string, maxRows = 51): string[][] {
  // The BOM is kept: the pipeline may hand it over, and normalizeHeader must cope.
  const text = readFileSync(path.join(dir, name), 'utf8');
  return Papa.parse<string[]>(text, { preview: maxRows, skipEmptyLines: false }).data;
}

/** header → field for the used columns (several fields joined with '+' when one column feeds two). */
export function fieldsByHeader(m: FileMapping): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of m.columns as ColumnMapping[]) {
    const prev = out[c.header];
    out[c.header] = prev && c.field ? `${prev}+${c.field}` : (c.field ?? prev ?? null);
  }
  return out;
}

export function column(m: FileMapping, header: string): ColumnMapping {
  const c = m.columns.find((x) => x.header === header);
  if (!c) throw new Error(`no column ${header}`);
  return c;
}
