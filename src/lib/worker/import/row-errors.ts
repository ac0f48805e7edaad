/**
 * Collects the problems of one import: every one is counted, the first 1000 are kept (what the
 * import record stores and the CSV download gives). Messages are plain text.
 */
import type { RowError } from '../protocol';
import { MAX_STORED_ERRORS } from '../../storage/imports';

/** Longest cell value kept in a report (a runaway quoted field could be megabytes). */
const MAX_VALUE = 200;

export class ErrorLog {
  readonly kept: RowError[] = [];
  count = 0;
  constructor(readonly file: string) {}

  add(line: number, column: string, value: string, reason: string, severity: 'error' | 'warning'): void {
    this.count++;
    if (this.kept.length < MAX_STORED_ERRORS)
      this.kept.push({
        file: this.file,
        line,
        column,
        value: value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) + '…' : value,
        reason,
        severity
      });
  }
}
