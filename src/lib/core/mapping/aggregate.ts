/**
 * Refusing reports that are already aggregated (per interval, agent, queue or label): their rows are
 * sums and averages, not tickets or calls, and importing them as records would count each report row as
 * one contact. Recognised by their headers: averages, rates, percentages, totals and counted plurals
 * ('Incoming Calls', 'Assigned conversations'), with no record id among them.
 */
import { normalizeHeader } from './normalize';

const AGG_WORDS = new Set([
  'avg',
  'average',
  'mean',
  'median',
  'rate',
  '%',
  'percent',
  'percentage',
  'ratio',
  'total',
  'sum',
  'count'
]);
const COUNTED = /\b(calls|conversations|tickets|chats|contacts|interactions|requests|cases)\b/;
const AGG_PHRASES = /\b(service level|no of|number of|messages received|messages sent)\b/;

export function isAggregateHeader(header: string): boolean {
  const key = normalizeHeader(header);
  if (key === '') return false;
  const words = key.split(' ');
  return words.some((w) => AGG_WORDS.has(w)) || COUNTED.test(key) || AGG_PHRASES.test(key);
}

/** The aggregate-looking headers when they make up a report (≥ 3 and ≥ 40 % of named columns), else []. */
export function aggregateHeaders(headers: readonly string[]): string[] {
  const named = headers.filter((h) => normalizeHeader(h) !== '');
  const agg = named.filter(isAggregateHeader);
  return agg.length >= 3 && agg.length >= 0.4 * named.length ? agg : [];
}
