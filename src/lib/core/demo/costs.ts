/**
 * Demo costs: one row per month and category (staff, telephony, tools, operations), as a finance
 * export would give them.
 *
 * Telephony follows the calls actually generated (line rental + per-call cost), staff follows
 * headcount with overtime in months of a crisis, tools include the chat tool once chat exists.
 * A month cut by the start or the end of the data is a row for that part only: `period_start`
 * and `period_end` are the instants the row covers, `period_end` exclusive (the next period's start).
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import { FIELDS } from '../schema/fields';
import type { DayPlan } from './days';
import type { Rng } from './random';
import { AGENTS, CURRENCY } from './world';

/** Monthly cost of one agent, all-in (salary, social charges, equipment). */
const STAFF_MONTHLY = 3700;
const LINE_RENTAL_MONTHLY = 900;
const HELPDESK_MONTHLY = 1150;
const CHAT_TOOL_MONTHLY = 420;
const OPERATIONS_MONTHLY = 1900;

export function generateCosts(rng: Rng, plans: readonly DayPlan[], callCostByDay: Float64Array): ColumnTable {
  const out = new TableBuilder('costs', FIELDS.costs, 64);
  let first = 0;
  while (first < plans.length) {
    let last = first;
    while (last + 1 < plans.length && plans[last + 1].month === plans[first].month) last++;
    const daysInMonth = new Date(Date.UTC(plans[first].year, plans[first].month, 0)).getUTCDate();
    const part = (last - first + 1) / daysInMonth;
    let calls = 0;
    let slowDays = 0;
    let chatDays = 0;
    for (let d = first; d <= last; d++) {
      calls += callCostByDay[d];
      if (plans[d].slowdown > 1) slowDays++;
      if (plans[d].chatAge >= 0) chatDays++;
    }
    const month = plans.slice(first, last + 1);
    const overtime = 1 + 0.25 * (slowDays / month.length);
    const rows: [string, number][] = [
      ['staff', AGENTS.length * STAFF_MONTHLY * part * overtime * rng.uniform(0.98, 1.02)],
      ['telephony', LINE_RENTAL_MONTHLY * part + calls],
      ['tools', HELPDESK_MONTHLY * part + (CHAT_TOOL_MONTHLY * chatDays) / daysInMonth],
      ['operations', OPERATIONS_MONTHLY * part * rng.uniform(0.85, 1.2)]
    ];
    for (const [category, amount] of rows) {
      out.numeric('period_start').push(plans[first].start);
      out.numeric('period_end').push(plans[last].end);
      out.numeric('amount').push(Math.round(amount * 100) / 100);
      out.text('category').push(category);
      out.text('currency').push(CURRENCY);
      out.endRow();
    }
    first = last + 1;
  }
  return out.finish();
}
