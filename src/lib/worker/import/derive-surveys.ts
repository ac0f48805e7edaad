/**
 * `also: ['surveys']` (core/mapping/types.ts): a call log or ticket export with a CSAT column
 * also yields one survey per row that has a rating, so CSAT KPIs work from that file alone.
 * survey_id = the row key (call_id / ticket_id), responded_at = ended_at / resolved_at when known
 * else queued_at / created_at, score = csat on a 1–5 scale, plus the link and agent/team/channel
 * the row has.
 */
import type { FieldType, RecordKind } from '../../core/schema/fields';
import type { RowTarget } from './shared-builder';
import type { RowReader } from './row-reader';

const LINK: Partial<Record<RecordKind, { key: string; when: readonly string[] }>> = {
  calls: { key: 'call_id', when: ['ended_at', 'answered_at', 'queued_at'] },
  tickets: { key: 'ticket_id', when: ['resolved_at', 'closed_at', 'created_at'] }
};

export interface SurveyDeriver {
  columns: { name: string; type: FieldType }[];
  /** Appends a survey for the row just read (if it has a rating); true when one was added. */
  add(reader: RowReader, out: RowTarget): boolean;
}

export function surveyDeriver(kind: RecordKind, have: ReadonlySet<string>): SurveyDeriver | null {
  const link = LINK[kind];
  if (!link || !have.has('csat')) return null;
  const copied = ['agent', 'team', 'channel'].filter((f) => have.has(f));
  const columns: { name: string; type: FieldType }[] = [
    { name: 'survey_id', type: 'text' },
    { name: 'responded_at', type: 'time' },
    { name: 'score', type: 'number' },
    { name: 'scale_min', type: 'number' },
    { name: 'scale_max', type: 'number' },
    { name: link.key, type: 'text' },
    ...copied.map((name) => ({ name, type: 'text' as const }))
  ];
  const when = link.when.filter((f) => have.has(f));
  return {
    columns,
    add(reader, out) {
      const score = reader.value('csat');
      if (typeof score !== 'number' || Number.isNaN(score)) return false;
      let at = NaN;
      for (const f of when) {
        const v = reader.value(f);
        if (typeof v === 'number' && !Number.isNaN(v)) {
          at = v;
          break;
        }
      }
      const key = String(reader.value(link.key) ?? '');
      if (!key || Number.isNaN(at)) return false;
      out.text('survey_id').push(key);
      out.numeric('responded_at').push(at);
      out.numeric('score').push(score);
      out.numeric('scale_min').push(1);
      out.numeric('scale_max').push(5);
      out.text(link.key).push(key);
      for (const f of copied) out.text(f).push(String(reader.value(f) ?? ''));
      out.endRow();
      return true;
    }
  };
}
