/**
 * RowAdapter for Asterisk CDR rows (no header; column order in formats/asterisk.ts): one call per row.
 * queued_at = start, answered_at = answer (empty = not answered), ended_at = end, times passed through as
 * the server's local wall-clock text. abandoned: ANSWERED → 0, every other disposition (NO ANSWER, BUSY,
 * FAILED, CONGESTION) → 1, because a CDR cannot tell a caller hanging up from a failed attempt. The call id
 * is the uniqueid column when logged, else start + channel (the channel name carries a per-call suffix).
 * The agent is the answering channel without its per-call suffix ('SIP/8007-0000001a' → 'SIP/8007').
 * Limitation: Asterisk writes one CDR per leg, so a transferred call appears as several rows.
 */
import type { AdapterRecord, RowAdapter } from '../types';

const col = (r: readonly string[], i: number): string => (r[i] ?? '').trim();

export function agentFromChannel(channel: string): string {
  return channel.replace(/-[0-9a-f]+(?:;\d+)?$/i, '');
}

export const ASTERISK_CDR_ADAPTER: RowAdapter = {
  id: 'asterisk-cdr',
  create() {
    let out: AdapterRecord[] = [];
    const take = (): AdapterRecord[] => {
      const done = out;
      out = [];
      return done;
    };
    return {
      push(cells, line) {
        if (cells.length < 15) return;
        const start = col(cells, 9);
        const answer = col(cells, 10);
        const channel = col(cells, 5);
        const answered = col(cells, 14).toUpperCase() === 'ANSWERED';
        out.push({
          kind: 'calls',
          line,
          record: {
            call_id: col(cells, 16) || `${start}|${channel}`,
            queued_at: start,
            answered_at: answered ? answer : '',
            ended_at: col(cells, 11),
            abandoned: answered ? '0' : '1',
            agent: answered ? agentFromChannel(col(cells, 6)) : '',
            customer_id: col(cells, 1)
          }
        });
      },
      drain: take,
      finish: take
    };
  }
};
