/**
 * Progress reports for one file, throttled to at most ~5 per second (the UI re-renders on each),
 * with throughput and an estimate of the time left from bytes read so far.
 */
import type { ImportProgress } from '../protocol';

export const PROGRESS_INTERVAL_MS = 200;

export class ProgressReporter {
  private readonly started: number;
  private last = -Infinity;

  constructor(
    private readonly fileName: string,
    private readonly fileIndex: number,
    private readonly bytesTotal: number,
    private readonly emit: (p: ImportProgress) => void,
    private readonly now: () => number = () => performance.now()
  ) {
    this.started = now();
  }

  /** Reports if the last report is older than the interval, or when `force`. */
  report(bytesRead: number, rows: number, force = false): void {
    const t = this.now();
    if (!force && t - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = t;
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? bytesRead / seconds : 0;
    this.emit({
      fileName: this.fileName,
      fileIndex: this.fileIndex,
      bytesRead,
      bytesTotal: this.bytesTotal,
      rows,
      mbPerSecond: rate / 1e6,
      secondsLeft: rate > 0 && bytesRead > 0 ? Math.max(0, (this.bytesTotal - bytesRead) / rate) : null
    });
  }
}
