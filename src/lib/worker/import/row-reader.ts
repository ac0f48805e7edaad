/**
 * Runs a RowPlan on one row of cells: parses every planned field into reused scratch arrays
 * (numbers in a Float64Array, so they are never boxed), checks required values, and only then
 * appends the row to the table builder, so a skipped row never leaves half a row behind. No
 * objects are created per row on this path.
 */
import type { RowTarget } from './shared-builder';
import type { ErrorLog } from './row-errors';
import { durationSeconds, type RowPlan } from './plan';

type Cells = readonly string[];

const isBlank = (s: string): boolean => s === '' || (s.charCodeAt(0) <= 32 && s.trim() === '');

export class RowReader {
  /** Values of the row being read: numbers unboxed in a typed array, texts in a string array. */
  private readonly num: Float64Array;
  private readonly txt: string[];
  private readonly colOf: Map<string, number>;
  private readonly fieldCol: Int32Array;
  private readonly isText: boolean[];
  /** Columns only durations fill: reset per row so a value never leaks to the next row. */
  private readonly derivedOnly: number[];
  /** Per duration plan: its target and base columns (-1 when the base is not planned). */
  private readonly durationCols: { target: number; base: number }[];
  rowsSkipped = 0;
  rowsWithWarnings = 0;

  constructor(
    readonly plan: RowPlan,
    private readonly errors: ErrorLog
  ) {
    this.colOf = new Map(plan.columns.map((c, i) => [c.name, i]));
    this.num = new Float64Array(plan.columns.length).fill(NaN);
    this.txt = plan.columns.map(() => '');
    this.isText = plan.columns.map((c) => c.type === 'text');
    this.fieldCol = Int32Array.from(plan.fields.map((f) => this.colOf.get(f.field)!));
    const planned = new Set(this.fieldCol);
    this.derivedOnly = plan.columns.map((_, i) => i).filter((i) => !planned.has(i));
    this.durationCols = plan.durations.map((d) => ({
      target: this.colOf.get(d.target)!,
      base: this.colOf.get(d.base) ?? -1
    }));
  }

  /** Value of a column of the row just read (valid until the next `read`). */
  value(name: string): string | number | undefined {
    const i = this.colOf.get(name);
    return i === undefined ? undefined : this.isText[i] ? this.txt[i] : this.num[i];
  }

  /** Reads one row into `out`; returns false (and reports why) when the row is skipped. */
  read(cells: Cells, line: () => number, out: RowTarget): boolean {
    const { plan, num, txt, errors } = this;
    let warned = false;
    for (let k = 0; k < plan.fields.length; k++) {
      const f = plan.fields[k];
      const col = this.fieldCol[k];
      let raw = '';
      let header = f.sources[0].header;
      for (let j = 0; j < f.sources.length; j++) {
        const s = f.sources[j];
        const r = s.raw(cells);
        if (!isBlank(r)) {
          raw = r;
          header = s.header;
          break;
        }
      }
      if (raw === '') {
        if (f.required) return this.skip(line(), header, '', `required value ${f.field} is missing`);
        if (f.type === 'text') txt[col] = '';
        else num[col] = NaN;
        continue;
      }
      const v = f.parse(raw);
      if (typeof v === 'string') txt[col] = v;
      else if (!Number.isNaN(v)) num[col] = v;
      else {
        if (f.required)
          return this.skip(line(), header, raw, `cannot read "${raw}" as ${describe(f.type)} for ${f.field}`);
        errors.add(
          line(),
          header,
          raw,
          `cannot read as ${describe(f.type)} for ${f.field}; stored as missing`,
          'warning'
        );
        warned = true;
        num[col] = NaN;
      }
    }
    for (const c of this.derivedOnly) num[c] = NaN;
    for (let k = 0; k < plan.durations.length; k++) {
      const d = plan.durations[k];
      const { target, base: b } = this.durationCols[k];
      const base = b < 0 ? NaN : num[b];
      if (Number.isNaN(base) || !Number.isNaN(num[target])) continue;
      const raw = d.raw(cells);
      if (isBlank(raw)) continue;
      const s = durationSeconds(d, raw);
      if (Number.isNaN(s)) {
        errors.add(line(), d.header, raw, `cannot read as a duration for ${d.target}; stored as missing`, 'warning');
        warned = true;
      } else num[target] = base + s * 1000;
    }
    // A required time filled only by a duration (rare) is checked after durations are applied.
    for (let c = 0; c < plan.columns.length; c++) {
      if (this.isText[c] || !Number.isNaN(num[c])) continue;
      if (plan.requiredColumns[c])
        return this.skip(line(), plan.columns[c].name, '', `required value ${plan.columns[c].name} is missing`);
    }
    this.bind(out);
    const { texts, numbers } = this;
    for (let i = 0; i < texts.length; i++) texts[i].push(txt[this.textCols[i]]);
    for (let i = 0; i < numbers.length; i++) numbers[i].push(num[this.numCols[i]]);
    out.endRow();
    if (warned) this.rowsWithWarnings++;
    return true;
  }

  private lastOut: RowTarget | null = null;
  private readonly textCols: number[] = [];
  private readonly numCols: number[] = [];
  private texts: { push(v: string): void }[] = [];
  private numbers: { push(v: number): void }[] = [];

  /** The column builders of `out`, split by type, looked up once per builder, not per row. */
  private bind(out: RowTarget): void {
    if (out === this.lastOut) return;
    this.lastOut = out;
    const cols = this.plan.columns;
    this.textCols.length = 0;
    this.numCols.length = 0;
    cols.forEach((c, i) => (this.isText[i] ? this.textCols : this.numCols).push(i));
    this.texts = this.textCols.map((i) => out.builders.get(cols[i].name) as unknown as { push(v: string): void });
    this.numbers = this.numCols.map((i) => out.builders.get(cols[i].name) as unknown as { push(v: number): void });
  }

  private skip(line: number, column: string, value: string, reason: string): false {
    this.errors.add(line, column, value, `row skipped: ${reason}`, 'error');
    this.rowsSkipped++;
    return false;
  }
}

function describe(type: string): string {
  return type === 'time' ? 'a date/time' : type === 'boolean' ? 'yes/no' : 'a number';
}
