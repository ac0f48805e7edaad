/**
 * KPIs whose value is a rate per day although their short name does not say so ("Calls per
 * agent 8.4" reads as a total): the card adds "per day" after the number.
 */
const PER_DAY: ReadonlySet<string> = new Set(['calls_per_agent_day']);

export function perDay(id: string): boolean {
  return PER_DAY.has(id);
}
