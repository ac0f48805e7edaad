/**
 * Kind detection: how well a file's columns fit each record kind.
 *
 * Promise: every kind gets a score in 0..1 from the same matcher the import uses; required fields weigh
 * most (0.6), then optional evidence (0.25), where fields only one kind has (wait_seconds, comment,
 * amount…) count double against fields many kinds share (agent, channel, csat), then the share of the
 * file's columns the kind has a use for (0.15). The confidence of the winner falls with its margin over the
 * runner-up, so a near tie goes to the mapping screen instead of being imported as the wrong kind.
 */
import { FIELDS, RECORD_KINDS, requiredFields, type RecordKind } from '../schema/fields';
import { targetOf } from './match';
import type { ColumnMapping } from './types';

/** Margin over the runner-up at which the winner's confidence is its full score. */
const CLEAR_MARGIN = 0.15;

const fieldKinds = new Map<string, number>();
for (const kind of RECORD_KINDS)
  for (const f of FIELDS[kind]) fieldKinds.set(f.name, (fieldKinds.get(f.name) ?? 0) + 1);

export function kindScore(kind: RecordKind, columns: readonly ColumnMapping[]): number {
  const best = new Map<string, number>();
  for (const c of columns) {
    if (!c.field) continue;
    const t = targetOf(c.field);
    best.set(t, Math.max(best.get(t) ?? 0, c.confidence));
  }
  const required = requiredFields(kind);
  let req = 0;
  for (const r of required) req += best.get(r) ?? 0;
  let evidence = 0;
  for (const [field, conf] of best) {
    if (required.includes(field)) continue;
    evidence += conf * ((fieldKinds.get(field) ?? 1) > 1 ? 0.5 : 1);
  }
  // Share of the named columns the kind has a use for: a surveys file leaves none of its columns
  // unused as surveys, but its 'Response ID' and 'Comment' as tickets.
  const named = columns.filter((c) => c.header.trim() !== '');
  const used = new Set(named.filter((c) => c.field).map((c) => c.index)).size;
  const coverage = named.length === 0 ? 0 : used / new Set(named.map((c) => c.index)).size;
  return 0.6 * (req / required.length) + 0.25 * Math.min(1, evidence / 3) + 0.15 * coverage;
}

export function kindConfidence(best: number, runnerUp: number): number {
  return best * Math.min(1, Math.max(0, (best - runnerUp) / CLEAR_MARGIN));
}
