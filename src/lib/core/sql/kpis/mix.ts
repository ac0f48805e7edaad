/**
 * Mix KPIs in SQL (twins of engine/kpis/mix.ts): shares of contacts per channel and of labelled
 * tickets per tag or category. value = the top label's share (the headline names it; a tie goes
 * to the label seen first in the table), previous = that label's share in the previous period.
 */
import { placed } from '../aggregate';
import { Query, type SqlCtx } from '../context';
import { inbound, isFilled } from '../fragments';
import { kpi, na } from '../kpi';
import type { CompiledKpi } from '../types';

/**
 * `labels(item, event_at, label)` (one row per item and label) and `first_seen(label, first_seen)`
 * → the mix query: shares in the view, the top label's share over time and before.
 */
function mixSelect(q: Query, labels: string, firstSeen: string, breakdown: string, topOnly = false): string {
  const p = placed(q, labels);
  const items = q.cte('items', `SELECT DISTINCT item, in_view, bucket FROM ${p}`);
  const shares = q.cte('shares', `SELECT label, count(*) AS n FROM ${p} WHERE in_view GROUP BY label`);
  const top = q.cte(
    'top_label',
    `
SELECT s.label FROM ${shares} AS s LEFT JOIN ${firstSeen} AS f USING (label)
ORDER BY s.n DESC, f.first_seen NULLS LAST LIMIT 1`
  );
  const total = (cond: string) => `(SELECT count(*) FROM ${items} WHERE ${cond})`;
  return [
    `SELECT 'value' AS part, NULL AS key, (SELECT n FROM ${shares} WHERE label = (SELECT label FROM ${top})) * 100.0 / nullif(${total('in_view')}, 0) AS value,
  ${total('in_view')} AS n, NULL AS median, NULL AS p90`,
    `SELECT 'previous', NULL, (SELECT count(*) FROM ${p} WHERE NOT in_view AND label = (SELECT label FROM ${top})) * 100.0 / nullif(${total('NOT in_view')}, 0),
  ${total('NOT in_view')}, NULL, NULL WHERE EXISTS (SELECT 1 FROM ${top})`,
    `SELECT 'previous', NULL, NULL, ${total('NOT in_view')}, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM ${top})`,
    `SELECT 'headline', label, NULL, NULL, NULL, NULL FROM ${top}`,
    `SELECT 'trend', i.bucket, coalesce(t.n, 0) * 100.0 / count(*), count(*), NULL, NULL
FROM ${items} AS i
LEFT JOIN (SELECT bucket, count(*) AS n FROM ${p} WHERE in_view AND label = (SELECT label FROM ${top}) GROUP BY bucket) AS t USING (bucket)
WHERE i.in_view GROUP BY i.bucket, t.n`,
    `SELECT 'by:${breakdown}', label, n * 100.0 / ${total('in_view')}, n, NULL, NULL FROM ${shares}`,
    // Every label's share per bucket (the top label's alone for tags, as the engine counts them) (key `<bucket>|<label>`, the bucket turned into its index
    // into the trend by assemble); median carries the label's first-seen rank for the order.
    `SELECT 'by:${breakdown}_trend', l.bucket || '|' || l.label, count(*) * 100.0 / any_value(b.total), count(*), any_value(f.first_seen), NULL
FROM ${p} AS l
JOIN (SELECT bucket, count(*) AS total FROM ${items} WHERE in_view GROUP BY bucket) AS b USING (bucket)
LEFT JOIN ${firstSeen} AS f USING (label)
WHERE l.in_view${topOnly ? ` AND l.label = (SELECT label FROM ${top})` : ''} GROUP BY l.bucket, l.label`
  ].join('\nUNION ALL\n');
}

export function channelMix(c: SqlCtx): CompiledKpi {
  const id = 'channel_mix';
  if (!c.hasKind('tickets') || !c.has('tickets', 'channel')) return na(id, ['tickets.channel']);
  const q = new Query(c);
  const calls = c.hasKind('calls')
    ? `\nUNION ALL\nSELECT 2 * r.row_id + 1, r.queued_at, 'phone' FROM ${q.rows('calls')} AS r WHERE ${inbound(c)}`
    : '';
  const labels = q.cte(
    'labels',
    `
-- contacts: tickets by their channel (those without one are left out) and inbound calls as 'phone'
SELECT 2 * r.row_id AS item, r.created_at AS event_at, r.channel AS label FROM ${q.rows('tickets')} AS r WHERE r.channel IS NOT NULL${calls}`
  );
  const firstSeen = q.cte(
    'first_seen',
    `SELECT channel AS label, min(rowid) AS first_seen FROM tickets WHERE channel IS NOT NULL GROUP BY channel`
  );
  return kpi(q, id, mixSelect(q, labels, firstSeen, 'channel'), { breakdowns: ['channel', 'channel_trend'] });
}

export function tagReport(c: SqlCtx): CompiledKpi {
  const id = 'tag_report';
  const useTags = isFilled(c, 'tickets', 'tags');
  const field = useTags ? 'tags' : 'category';
  if (!c.hasKind('tickets') || !c.has('tickets', field)) return na(id, ['tickets.tags', 'tickets.category']);
  const q = new Query(c);
  // Tags split on ; , or | (trimmed, lower-cased, empties dropped); a ticket counts once per label.
  const split = `list_filter(list_transform(string_split_regex(tags, '[;,|]'), s -> lower(trim(s))), s -> s <> '')`;
  const listed = useTags
    ? q.cte(
        'ticket_tags',
        `
SELECT row_id, label, min(pos) AS pos FROM (
  SELECT rowid AS row_id, unnest(l) AS label, generate_subscripts(l, 1) AS pos
  FROM (SELECT rowid, ${split} AS l FROM tickets WHERE tags IS NOT NULL)
) GROUP BY row_id, label`
      )
    : q.cte(
        'ticket_tags',
        `SELECT rowid AS row_id, category AS label, 1 AS pos FROM tickets WHERE category IS NOT NULL`
      );
  const labels = q.cte(
    'labels',
    `SELECT r.row_id AS item, r.created_at AS event_at, l.label FROM ${q.rows('tickets')} AS r JOIN ${listed} AS l USING (row_id)`
  );
  const firstSeen = q.cte(
    'first_seen',
    `SELECT label, min(row_id * 4096 + pos) AS first_seen FROM ${listed} GROUP BY label`
  );
  return kpi(q, id, mixSelect(q, labels, firstSeen, useTags ? 'tag' : 'category', true), {
    breakdowns: useTags ? ['tag', 'tag_trend'] : ['category', 'category_trend'],
    notes: [useTags ? 'labels from tags' : 'labels from category']
  });
}
