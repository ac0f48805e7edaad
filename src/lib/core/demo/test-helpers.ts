/**
 * Small readers over generated tables for the demo's tests: a column's values or texts by name,
 * failing loudly when the column is missing or of the wrong type (a test that silently reads
 * nothing could not fail). Test-only; nothing in the app imports it.
 */
import { type ColumnTable, isNumeric, isText } from '../columns/table';

export function numbers(table: ColumnTable | undefined, name: string): Float64Array {
  const c = table?.columns[name];
  if (!isNumeric(c)) throw new Error(`no numeric column ${name}`);
  return c.values;
}

export function texts(table: ColumnTable | undefined, name: string): string[] {
  const c = table?.columns[name];
  if (!isText(c)) throw new Error(`no text column ${name}`);
  return Array.from(c.codes, (code) => c.dict[code]);
}

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i])) continue;
    s += xs[i];
    n++;
  }
  return n ? s / n : NaN;
}

export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** Tickets open at instant t: created by then and not resolved by then. */
export function openAt(table: ColumnTable | undefined, t: number): number {
  const created = numbers(table, 'created_at');
  const resolved = numbers(table, 'resolved_at');
  let n = 0;
  for (let i = 0; i < created.length; i++) if (created[i] <= t && !(resolved[i] <= t)) n++;
  return n;
}

/** A cheap fingerprint of a table (FNV-1a over every column's codes, dictionary and values), to compare runs. */
export function fingerprint(table: ColumnTable | undefined): string {
  if (!table) return 'none';
  const parts: string[] = [];
  for (const [name, c] of Object.entries(table.columns)) {
    if (!c) continue;
    let h = 0x811c9dc5;
    const mix = (x: number) => {
      h ^= x;
      h = Math.imul(h, 0x01000193);
    };
    if (isText(c)) {
      for (const code of c.codes) mix(code);
      for (const s of c.dict) for (let k = 0; k < s.length; k++) mix(s.charCodeAt(k));
    } else {
      const words = new Uint32Array(c.values.buffer, c.values.byteOffset, c.values.length * 2);
      for (const w of words) mix(w);
    }
    parts.push(`${name}:${(h >>> 0).toString(16)}`);
  }
  return `${table.length}|${parts.join(',')}`;
}
