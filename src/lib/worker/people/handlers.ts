/**
 * Handlers of the drill-down and staffing requests (./protocol.ts). A drill-down's selection
 * (the sorted rows behind a figure, up to a million) is kept for the next pages of the same
 * list, and dropped when the data changes: scrolling asks only for rows, never recomputes.
 */
import type { ColumnTable } from '../../core/columns/table';
import { drillColumns, drillRows, drillSelect, type DrillSelection } from '../../core/drill';
import { demandOf, staffingPlan } from '../../core/staffing';
import type { Dataset } from '../../core/engine/types';
import type { Session } from '../session';
import type { DrillAnswer, DrillRequest, PeopleRequests } from './protocol';

type PeopleHandlers = {
  [K in keyof PeopleRequests]: (p: PeopleRequests[K]['req']) => Promise<PeopleRequests[K]['res']>;
};

interface Kept {
  readonly key: string;
  readonly tables: readonly (ColumnTable | undefined)[];
  readonly sel: DrillSelection;
  readonly columns: DrillAnswer['columns'];
}

const KEEP = 4;
const MAX_PAGE = 2_000_000;
const KINDS = ['tickets', 'calls', 'surveys', 'messages', 'customers', 'costs'] as const;

function tablesOf(data: Dataset): (ColumnTable | undefined)[] {
  return KINDS.map((k) => data[k]);
}

export function peopleHandlers(s: Session): PeopleHandlers {
  let kept: Kept[] = [];
  const selection = async (req: DrillRequest, now: number): Promise<Kept> => {
    const settings = await s.settings();
    const data = s.dataset;
    const tables = tablesOf(data);
    // The minute, like the scorecard cache: a list and its pages agree with the figure shown.
    const key = JSON.stringify([req.view, settings, req.query, Math.floor(now / 60_000)]);
    const same = (k: Kept) => k.key === key && k.tables.every((t, i) => t === tables[i]);
    const hit = kept.find(same);
    if (hit) return hit;
    const sel = drillSelect(data, req.view, settings, now, req.query);
    const out = { key, tables, sel, columns: drillColumns(data, sel) };
    kept = [out, ...kept.filter((k) => k.tables.every((t, i) => t === tables[i]))].slice(0, KEEP);
    return out;
  };
  return {
    drill: async (req) => {
      s.requireWorkspace();
      const t0 = performance.now();
      const { sel, columns } = await selection(req, req.now ?? Date.now());
      const offset = Math.max(0, Math.floor(req.offset) || 0);
      const limit = Math.min(MAX_PAGE, Math.max(0, Math.floor(req.limit) || 0));
      return {
        kpi: sel.kpi,
        available: sel.available,
        missing: sel.missing,
        set: sel.set,
        n: sel.n,
        num: sel.num,
        count: sel.count,
        from: sel.from,
        to: sel.to,
        value: sel.result.value,
        cell: sel.cell,
        columns,
        rows: drillRows(s.dataset, sel, columns, offset, limit),
        offset,
        ms: Math.round(performance.now() - t0)
      };
    },

    staffing: async ({ view, targetShare, now }) => {
      s.requireWorkspace();
      if (!(targetShare > 0 && targetShare < 1))
        throw new Error('The service-level target must be between 0 % and 100 %.');
      const settings = await s.settings();
      const d = demandOf(s.dataset, view, settings, now ?? Date.now());
      return {
        available: d.available,
        missing: d.missing,
        from: d.from,
        to: d.to,
        weeks: d.weeks,
        timeZone: settings.timeZone,
        offered: d.offered,
        abandoned: d.abandoned,
        agentsKnown: d.slots.some((x) => x.agentsAnswering !== null),
        plan: staffingPlan(d, targetShare, settings.serviceLevelSeconds)
      };
    }
  };
}
