/**
 * How the scorecard orders its cards for a first look: a one-line summary, then the KPIs with a
 * status (on / near / off target) by catalog group, then those that are not judged (no target,
 * or no records in the period), and the unavailable ones folded into one line that says which
 * files (and columns) would enable them. A first import of one kind leaves 28–40 KPIs
 * unavailable; a phone must not open on a page of grey cards.
 *
 * Pure: cards in, sections out, so the order is tested without a browser.
 */
import type { KpiGroup } from '$lib/core/catalog/types';
import type { CardModel } from './card-model';

export interface ScorecardLayout {
  readonly counts: { readonly good: number; readonly warn: number; readonly bad: number; readonly total: number };
  /** Cards with a status, by group, in catalog order; groups without one are left out. */
  readonly judged: readonly { readonly group: KpiGroup; readonly cards: readonly CardModel[] }[];
  /** Available cards without a status (no target, or no records in the period). */
  readonly notJudged: readonly CardModel[];
  readonly unavailable: readonly CardModel[];
  /** Per record kind, the columns the unavailable KPIs ask of it, in first-needed order. */
  readonly wanted: readonly { readonly kind: string; readonly fields: readonly string[] }[];
}

const JUDGED = new Set(['good', 'warn', 'bad']);

export function layoutScorecard(cards: readonly CardModel[], groups: readonly KpiGroup[]): ScorecardLayout {
  const judged = groups
    .map((group) => ({ group, cards: cards.filter((c) => c.group === group && JUDGED.has(c.status)) }))
    .filter((g) => g.cards.length > 0);
  const notJudged = cards.filter((c) => c.status === 'none');
  const unavailable = cards.filter((c) => c.status === 'unavailable');
  const byKind = new Map<string, string[]>();
  for (const card of unavailable)
    for (const ref of card.missing) {
      const m = /^([a-z]+)\.([a-z0-9_]+)$/.exec(ref);
      if (!m) continue;
      const fields = byKind.get(m[1]) ?? [];
      if (!fields.includes(m[2])) fields.push(m[2]);
      byKind.set(m[1], fields);
    }
  const count = (s: string) => cards.filter((c) => c.status === s).length;
  return {
    counts: { good: count('good'), warn: count('warn'), bad: count('bad'), total: cards.length - unavailable.length },
    judged,
    notJudged,
    unavailable,
    wanted: [...byKind].map(([kind, fields]) => ({ kind, fields }))
  };
}
