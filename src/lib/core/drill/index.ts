/**
 * The drill-down: the records behind any KPI figure (select.ts), shown with the fields that
 * matter for that KPI in the order that matters (specs.ts, sort.ts), a page at a time (page.ts).
 */
export {
  drillSelect,
  DrillError,
  engineWeekday,
  type DrillQuery,
  type DrillSelection,
  type DrillSegment
} from './select';
export { drillColumns, drillRows, type DrillColumn, type DrillRow } from './page';
export { DRILL_SETS, DRILL_SPECS, drillSpec, type DrillSet, type RowValueUnit } from './specs';
