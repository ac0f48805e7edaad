/**
 * RowAdapter folding Asterisk queue_log events (time|callid|queue|agent|event|data1…) into one call per
 * queue visit, keyed by callid:
 *   ENTERQUEUE → queued_at (callerid in data2 → customer_id), queue;
 *   CONNECT → answered_at, agent (queued_at = time − holdtime when the log started mid-call);
 *   COMPLETEAGENT / COMPLETECALLER / TRANSFER / BLINDTRANSFER / ATTENDEDTRANSFER → ended_at, abandoned 0;
 *   ABANDON / EXITWITHTIMEOUT / EXITEMPTY / EXITWITHKEY → ended_at, abandoned 1, abandon_stage 'hold'
 *   (waittime in data3 dates the entry when ENTERQUEUE is missing).
 * A callid entering a queue again after its visit ended starts a new call ('<callid>#2'). Calls still in
 * progress when the log ends are emitted without ended_at and with abandoned unknown (''). Agent-only
 * events (callid NONE) are ignored. Times are unix seconds, emitted as ISO 8601 UTC.
 */
import type { AdapterRecord, RowAdapter } from '../types';
import { splitPipes } from './pipes';

interface Visit {
  id: string;
  line: number;
  queue: string;
  customer: string;
  queued?: number;
  answered?: number;
  ended?: number;
  abandoned?: boolean;
  agent: string;
}

const END_ANSWERED = new Set(['COMPLETEAGENT', 'COMPLETECALLER', 'TRANSFER', 'BLINDTRANSFER', 'ATTENDEDTRANSFER']);
const END_ABANDONED = new Set(['ABANDON', 'EXITWITHTIMEOUT', 'EXITEMPTY', 'EXITWITHKEY']);

const iso = (sec: number | undefined): string =>
  sec === undefined || !Number.isFinite(sec) ? '' : new Date(Math.round(sec * 1000)).toISOString();
const num = (s: string | undefined): number => (s === undefined || s.trim() === '' ? NaN : Number(s));

export const ASTERISK_QUEUE_LOG_ADAPTER: RowAdapter = {
  id: 'asterisk-queue-log',
  create() {
    const open = new Map<string, Visit>();
    const visitsOf = new Map<string, number>();
    let all: Visit[] = [];
    const record = (v: Visit): AdapterRecord => ({
      kind: 'calls',
      line: v.line,
      record: {
        call_id: v.id,
        queued_at: iso(v.queued),
        answered_at: iso(v.answered),
        ended_at: iso(v.ended),
        abandoned: v.abandoned === undefined ? '' : v.abandoned ? '1' : '0',
        abandon_stage: v.abandoned ? 'hold' : '',
        agent: v.agent,
        queue: v.queue,
        customer_id: v.customer
      }
    });

    const start = (callid: string, line: number, queue: string): Visit => {
      const n = (visitsOf.get(callid) ?? 0) + 1;
      visitsOf.set(callid, n);
      const v: Visit = { id: n === 1 ? callid : `${callid}#${n}`, line, queue, customer: '', agent: '' };
      open.set(callid, v);
      all.push(v);
      return v;
    };

    return {
      push(raw, line) {
        const cells = splitPipes(raw).map((c) => c.trim());
        if (cells.length < 5) return;
        const [timeText, callid, queue, agent, event] = cells;
        const t = Number(timeText);
        if (!Number.isFinite(t) || callid === '' || callid === 'NONE' || callid === 'REALTIME') return;
        const d = cells.slice(5);
        let v = open.get(callid);
        if (event === 'ENTERQUEUE') {
          if (!v || v.queued !== undefined) v = start(callid, line, queue);
          v.queued = t;
          v.queue = queue;
          v.customer = d[1] ?? '';
          return;
        }
        const known = event === 'CONNECT' || END_ANSWERED.has(event) || END_ABANDONED.has(event);
        if (!known) return;
        if (!v) v = start(callid, line, queue);
        if (event === 'CONNECT') {
          v.answered = t;
          v.agent = agent;
          if (v.queued === undefined && Number.isFinite(num(d[0]))) v.queued = t - num(d[0]);
        } else if (END_ANSWERED.has(event)) {
          open.delete(callid);
          v.ended = t;
          v.abandoned = false;
          if (v.agent === '' && agent !== 'NONE') v.agent = agent;
          if (event === 'COMPLETEAGENT' || event === 'COMPLETECALLER') {
            const [hold, talk] = [num(d[0]), num(d[1])];
            if (v.answered === undefined && Number.isFinite(talk)) v.answered = t - talk;
            if (v.queued === undefined && v.answered !== undefined && Number.isFinite(hold))
              v.queued = v.answered - hold;
          }
        } else {
          open.delete(callid);
          v.ended = t;
          v.abandoned = true;
          const wait = num(d[2]);
          if (v.queued === undefined && Number.isFinite(wait)) v.queued = t - wait;
        }
      },
      // A visit is complete once it has ended: a later event of its callid opens a new visit.
      drain() {
        const done = all.filter((v) => v.ended !== undefined);
        all = all.filter((v) => v.ended === undefined);
        return done.map(record);
      },
      finish() {
        const rest = all;
        all = [];
        return rest.map(record);
      }
    };
  }
};
