/**
 * Reply timing from message logs, computed once per messages table: each conversation's
 * messages in time order (counting sort by conversation, then by sent_at), then one walk that
 * records, per message row, what the reply KPIs need. Times only — durations are taken later in
 * the view's hours mode, so calendar and business hours share this work.
 */
import type { ColumnTable } from '../../columns/table';
import { cached } from '../cache';
import { codesWhere, num, text } from '../columns';
import { groupBy, sortByTime } from './tickets';

export interface ReplyTiming {
  /** Inbound rows: when the next outbound message in the conversation was sent (NaN = never). */
  readonly replyAt: Float64Array;
  /** Inbound rows: the row of that outbound message (−1 = none), for "who answered". */
  readonly replyRow: Int32Array;
  /**
   * Outbound rows that answer a wait, except the conversation's first reply: when that wait
   * began (the first inbound message since the previous outbound). NaN elsewhere.
   */
  readonly waitFrom: Float64Array;
  /** The first inbound row of each conversation: 1 when an outbound message followed, else 0; NaN on other rows. */
  readonly answered: Float64Array;
}

export function replyTiming(t: ColumnTable): ReplyTiming | null {
  const conv = text(t, 'conversation_id');
  const dir = text(t, 'direction');
  const sent = num(t, 'sent_at');
  if (!conv || !dir || !sent) return null;
  return cached(t, 'replies', () => {
    const n = t.length;
    const isIn = codesWhere(dir, (s) => s === 'in');
    const isOut = codesWhere(dir, (s) => s === 'out');
    const replyAt = new Float64Array(n).fill(NaN);
    const replyRow = new Int32Array(n).fill(-1);
    const waitFrom = new Float64Array(n).fill(NaN);
    const answered = new Float64Array(n).fill(NaN);
    const { starts, rows } = groupBy(conv.codes, conv.dict.length);
    const pending: number[] = [];
    for (let g = 1; g < starts.length - 1; g++) {
      const a = starts[g];
      const z = starts[g + 1];
      if (z === a) continue;
      sortByTime(rows, a, z, sent);
      pending.length = 0;
      let head = -1;
      let replies = 0;
      for (let p = a; p < z; p++) {
        const i = rows[p];
        const d = dir.codes[i];
        if (sent[i] !== sent[i]) continue;
        if (isIn[d]) {
          if (head < 0) {
            head = i;
            answered[i] = 0;
          }
          pending.push(i);
        } else if (isOut[d]) {
          if (pending.length > 0) {
            if (replies > 0) waitFrom[i] = sent[pending[0]];
            for (const j of pending) {
              replyAt[j] = sent[i];
              replyRow[j] = i;
            }
            if (head >= 0) answered[head] = 1;
            pending.length = 0;
            // Only an outbound message that answers a waiting customer is a reply; an
            // agent-initiated message (nothing pending) must not use up "the first reply".
            replies++;
          }
        }
      }
    }
    return { replyAt, replyRow, waitFrom, answered };
  });
}

/**
 * Agent–customer messages (direction 'in' or 'out') per conversation code (the messages
 * table's conversation_id dictionary). Other directions (internal notes, system events) are
 * not interactions; without a direction column nothing can be counted (null).
 */
export function messagesPerConversation(t: ColumnTable): Float64Array | null {
  const conv = text(t, 'conversation_id');
  const dir = text(t, 'direction');
  if (!conv || !dir) return null;
  return cached(t, 'msgs-per-conv', () => {
    const isTalk = codesWhere(dir, (s) => s === 'in' || s === 'out');
    const counts = new Float64Array(conv.dict.length);
    for (let i = 0; i < conv.codes.length; i++) if (isTalk[dir.codes[i]]) counts[conv.codes[i]]++;
    return counts;
  });
}
