/**
 * Runs a RowPlan on one row of cells: parses every planned field into a reused scratch array,
 * checks required values, and only then appends the row to the table builder, so a skipped row
 * never leaves half a row behind. No objects are created per row on this path.
 */
import type { RowTarget } from './shared-builder';
import type { ErrorLog } from './row-errors';
import { durationSeconds, type RowPlan } from './plan';

type Cells = readonly string[];

const isBlank = (s: string): boolean => s === '' || (s.charCodeAt(0) <= 32 && s.trim() === '');

export class RowReader {
  private readonly scratch: (string | number)[];
  private readonly colOf: Map<string, number>;
  private readonly fieldCol: Int32Array;
  private readonly isText: boolean[];
  /** Columns only durations fill: reset per row so a value never leaks to the next row. */
  private readonly derivedOnly: number[];
  rowsSkipped = 0;
  rowsWithWarnings = 0;

  constructor(
    readonly plan: RowPlan,
    private readonly errors: ErrorLog
  ) {
    this.colOf = new Map(plan.columns.map((c, i) => [c.name, i]));
    this.scratch = plan.columns.map((c) => (c.type === 'text' ? '' : NaN));
    this.isText = plan.columns.map((c) => c.type === 'text');
    this.fieldCol = Int32Array.from(plan.fields.map((f) => this.colOf.get(f.field)!));
    const planned = new Set(this.fieldCol);
    this.derivedOnly = plan.columns.map((_, i) => i).filter((i) => !planned.has(i));
  }

  /** Value of a column of the row just read (valid until the next `read`). */
  value(name: string): string | number | undefined {
    const i = this.colOf.get(name);
    return i === undefined ? undefined : this.scratch[i];
  }

  /** Reads one row into `out`; returns false (and reports why) when the row is skipped. */
  read(cells: Cells, line: () => number, out: RowTarget): boolean {
    const { plan, scratch, errors } = this;
    let warned = false;
    for (let k = 0; k < plan.fields.length; k++) {
      const f = plan.fields[k];
      const col = this.fieldCol[k];
      let raw = '';
      let header = f.sources[0].header;
      for (const s of f.sources) {
        const r = s.raw(cells);
        if (!isBlank(r)) {
          raw = r;
          header = s.header;
          break;
        }
      }
      if (raw === '') {
        if (f.required) return this.skip(line(), header, '', `required value ${f.field} is missing`);
        scratch[col] = f.type === 'text' ? '' : NaN;
        continue;
      }
      const v = f.parse(raw);
      if (typeof v === 'number' && Number.isNaN(v)) {
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
        scratch[col] = NaN;
      } else scratch[col] = v;
    }
    for (const c of this.derivedOnly) scratch[c] = NaN;
    for (const d of plan.durations) {
      const t = this.colOf.get(d.target)!;
      const base = scratch[this.colOf.get(d.base) ?? -1];
      if (typeof base !== 'number' || Number.isNaN(base) || !Number.isNaN(scratch[t] as number)) continue;
      const raw = d.raw(cells);
      if (isBlank(raw)) continue;
      const s = durationSeconds(d, raw);
      if (Number.isNaN(s)) {
        errors.add(line(), d.header, raw, `cannot read as a duration for ${d.target}; stored as missing`, 'warning');
        warned = true;
      } else scratch[t] = base + s * 1000;
    }
    // A required time filled only by a duration (rare) is checked after durations are applied.
    for (let c = 0; c < plan.columns.length; c++) {
      const v = scratch[c];
      if (this.isText[c] || !Number.isNaN(v as number)) continue;
      if (plan.requiredColumns[c])
        return this.skip(line(), plan.columns[c].name, '', `required value ${plan.columns[c].name} is missing`);
    }
    const pushers = this.pushersFor(out);
    for (let c = 0; c < pushers.length; c++) pushers[c].push(scratch[c]);
    out.endRow();
    if (warned) this.rowsWithWarnings++;
    return true;
  }

  private lastOut: RowTarget | null = null;
  private pushers: { push(v: string | number): void }[] = [];

  /** The column builders of `out` in plan order, looked up once per builder, not per row. */
  private pushersFor(out: RowTarget): { push(v: string | number): void }[] {
    if (out !== this.lastOut) {
      this.lastOut = out;
      this.pushers = this.plan.columns.map(
        (c) => out.builders.get(c.name) as unknown as { push(v: string | number): void }
      );
    }
    return this.pushers;
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
