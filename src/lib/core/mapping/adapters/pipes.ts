/**
 * queue_log lines are pipe-delimited. When the delimiter sniffer picked another delimiter (a log whose
 * data fields contain commas), a row arrives as one cell holding the pipes: split it here.
 */
export function splitPipes(cells: readonly string[]): readonly string[] {
  return cells.length === 1 && cells[0].includes('|') ? cells[0].split('|') : cells;
}
