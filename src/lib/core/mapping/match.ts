/**
 * Column matching for one record kind: which header feeds which field.
 *
 * Promise: each field gets at most one column (or a Date + Time pair), each column at most one field
 * (unless a known format says a column feeds two); the strongest evidence wins (known format 1, canonical
 * name 1, listed synonym 0.95, space-less spelling ×0.97, loose word-subset match 0.6); and when several
 * columns would fill the same time field (a 'Solved at' timestamp and a 'Full resolution time in minutes'
 * duration), one is used and the others are kept visible with a note saying why they are not.
 */
import { DURATION_INPUTS, type RecordKind } from '../schema/fields';
import { normalizeHeader } from './normalize';
import type { Shape } from './shapes';
import { synonymIndex, type Candidate } from './synonym-index';
import type { ColumnExtras, ColumnMapping, ColumnSpec } from './types';

/** Confidence of a loose match (all words of a multi-word synonym present, at most two extra words). */
export const LOOSE_CONF = 0.6;
/** A `when` synonym on a column with no sampled values is still offered, at this fraction of its confidence. */
const UNSEEN_SHAPE_FACTOR = 0.6;

interface Proposal {
  col: number;
  field: string;
  conf: number;
  extras: ColumnExtras;
  /** Specified by a known format: wins ties over a header that merely spells a canonical name. */
  fixed: boolean;
}

/** The canonical time field a field fills: a duration input's target, or the field itself. */
export function targetOf(field: string): string {
  return DURATION_INPUTS.find((d) => d.name === field)?.target ?? field;
}

function unitOf(field: string): number {
  return DURATION_INPUTS.find((d) => d.name === field)?.unitSeconds ?? 0;
}

function extrasOf(c: Candidate | ColumnSpec): ColumnExtras {
  const out: ColumnExtras = {};
  if (c.unitSeconds !== undefined) out.unitSeconds = c.unitSeconds;
  if (c.part) out.part = c.part;
  if (c.valueMap) out.valueMap = c.valueMap;
  if (c.invert) out.invert = true;
  if (c.businessHours) out.businessHours = true;
  if (c.fromSign) out.fromSign = true;
  if (c.note) out.note = c.note;
  return out;
}

function candidatesFor(kind: RecordKind, header: string, shape: Shape): Candidate[] {
  const key = normalizeHeader(header);
  if (key === '') return [];
  const index = synonymIndex(kind);
  let found: Candidate[] = index.exact.get(key) ?? [];
  if (found.length === 0) {
    found = (index.compact.get(key.replace(/ /g, '')) ?? []).map((c) => ({ ...c, conf: c.conf * 0.97 }));
  }
  if (found.length === 0) {
    // 'Score (1-10)', 'Rating [1–5]', 'CSAT (%)': a trailing bracket qualifies the column (its scale or
    // unit, read elsewhere, e.g. scale.ts); the name before it is what the synonyms know.
    const bare = header.replace(/\s*[([{][^)\]}]*[)\]}]\s*$/u, '');
    const bareKey = bare !== header ? normalizeHeader(bare) : '';
    if (bareKey) found = (index.exact.get(bareKey) ?? []).map((c) => ({ ...c, conf: c.conf * 0.97 }));
  }
  if (found.length === 0) {
    const words = new Set(key.split(' '));
    for (const { tokens, cand } of index.multiWord) {
      if (words.size - tokens.length > 2 || !tokens.every((t) => words.has(t))) continue;
      if (found.some((f) => f.field === cand.field)) continue;
      found.push({
        ...cand,
        conf: LOOSE_CONF * (cand.conf / 0.95),
        note: cand.note ?? 'loose match on the header words'
      });
    }
  }
  const out: Candidate[] = [];
  for (const c of found) {
    if (!c.when) out.push(c);
    else if (shape === c.when) out.push(c);
    else if (shape === 'empty') out.push({ ...c, conf: c.conf * UNSEEN_SHAPE_FACTOR });
  }
  return out;
}

/**
 * Map every header of a file onto the fields of `kind`. `fixed` holds the columns a known format
 * specifies (index → specs); they are taken as given, and the generic synonyms fill the other columns.
 */
export function matchColumns(
  kind: RecordKind,
  headers: readonly string[],
  shapes: readonly Shape[],
  fixed: ReadonlyMap<number, readonly ColumnSpec[]> = new Map()
): ColumnMapping[] {
  const proposals: Proposal[] = [];
  headers.forEach((header, col) => {
    const specs = fixed.get(col);
    if (specs) {
      for (const s of specs)
        if (s.field) proposals.push({ col, field: s.field, conf: 1, extras: extrasOf(s), fixed: true });
      return;
    }
    for (const c of candidatesFor(kind, header, shapes[col] ?? 'empty')) {
      proposals.push({ col, field: c.field, conf: c.conf, extras: extrasOf(c), fixed: false });
    }
  });
  proposals.sort((a, b) => b.conf - a.conf || Number(b.fixed) - Number(a.fixed) || a.col - b.col);

  // Greedy assignment, strongest evidence first.
  const byField = new Map<string, { whole?: Proposal; date?: Proposal; time?: Proposal }>();
  const taken = new Map<number, Proposal[]>();
  for (const p of proposals) {
    if (!p.fixed && taken.has(p.col)) continue;
    const slot = byField.get(p.field) ?? {};
    const part = p.extras.part;
    if (part ? slot.whole || slot[part] : slot.whole || slot.date || slot.time) continue;
    if (part) slot[part] = p;
    else slot.whole = p;
    byField.set(p.field, slot);
    taken.set(p.col, [...(taken.get(p.col) ?? []), p]);
  }

  // A date part alone is a plain date column; a time part alone is no instant at all.
  for (const slot of byField.values()) {
    if (slot.date && !slot.time) delete slot.date.extras.part;
    if (slot.time && !slot.date) {
      taken.set(
        slot.time.col,
        (taken.get(slot.time.col) ?? []).filter((p) => p !== slot.time)
      );
      delete slot.time;
    }
  }

  const dropped = new Map<Proposal, string>();
  resolveSameTarget(byField, headers, dropped);

  const out: ColumnMapping[] = [];
  headers.forEach((header, col) => {
    const used = (taken.get(col) ?? []).filter((p) => !dropped.has(p));
    for (const p of used) out.push({ index: col, header, field: p.field, confidence: round(p.conf), ...p.extras });
    if (used.length > 0) return;
    const lost = (taken.get(col) ?? []).find((p) => dropped.has(p));
    const ignoredSpec = fixed.get(col)?.find((s) => s.field === null);
    const note = lost ? dropped.get(lost) : ignoredSpec?.note;
    out.push({ index: col, header, field: null, confidence: fixed.has(col) ? 1 : 0, ...(note ? { note } : {}) });
  });
  return out;
}

/**
 * Several columns filling the same canonical time field: keep a timestamp over a duration, a calendar
 * duration over a business-hours one, a finer unit over a coarser one; note on the others why not.
 */
function resolveSameTarget(
  byField: Map<string, { whole?: Proposal; date?: Proposal; time?: Proposal }>,
  headers: readonly string[],
  dropped: Map<Proposal, string>
): void {
  const byTarget = new Map<string, string[]>();
  for (const field of byField.keys()) {
    const t = targetOf(field);
    byTarget.set(t, [...(byTarget.get(t) ?? []), field]);
  }
  for (const [target, fields] of byTarget) {
    if (fields.length < 2) continue;
    const rank = (f: string): number[] => {
      const slot = byField.get(f)!;
      const p = (slot.whole ?? slot.date)!;
      return [f === target ? 0 : 1, p.extras.businessHours ? 1 : 0, unitOf(f), -p.conf, p.col];
    };
    const sorted = [...fields].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return 0;
    });
    const winner = byField.get(sorted[0])!;
    const winnerHeader = headers[(winner.whole ?? winner.date)!.col];
    for (const f of sorted.slice(1)) {
      const slot = byField.get(f)!;
      for (const p of [slot.whole, slot.date, slot.time]) {
        if (p)
          dropped.set(
            p,
            `${p.extras.note ? p.extras.note + '; ' : ''}not used: ${target} is read from '${winnerHeader}'`
          );
      }
      byField.delete(f);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
