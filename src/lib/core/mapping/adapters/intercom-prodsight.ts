/**
 * RowAdapter for the prodsight Intercom conversation export (formats/intercom.ts), one row per
 * conversation entry or message. A column mapping cannot drop rows, and this file mixes real messages
 * with events written by admins (note, assignment, close, snoozed…), so it is read here:
 * - messages: only rows whose message_type is 'comment' or 'conversation_message'; direction from the
 *   author type (user/lead/contact → in, admin/bot/team → out); agent = the author of outbound messages;
 * - tickets: one per conversation_id from its conversation_* columns: created_at, first_response_at,
 *   resolved_at (conversation_closed_at, only when the state is closed: it is the *last* close), status,
 *   tags; agent = the author of the first outbound message; messages / replies counted from the rows when
 *   the file holds message entries (a "conversation entries" file has one row per conversation and no counts).
 * Times are documented as UTC 'YYYY-MM-DD HH:MM:SS' and emitted as ISO 8601 with 'Z'.
 */
import { normalizeHeader } from '../normalize';
import type { AdapterRecord, FileMapping, RowAdapter } from '../types';

/** The documented column order, used when no mapping is given. */
export const PRODSIGHT_COLUMNS = [
  'message_id',
  'message_body',
  'message_type',
  'message_created_at',
  'message_author_type',
  'message_author_id',
  'message_author_user_id',
  'message_author_name',
  'message_author_email',
  'message_author_companies',
  'conversation_tags',
  'conversation_id',
  'conversation_state',
  'conversation_created_at',
  'conversation_first_response_at',
  'conversation_closed_at',
  'app_id',
  'app_name'
] as const;
type Col = (typeof PRODSIGHT_COLUMNS)[number];

const MESSAGE_TYPES = new Set(['comment', 'conversation_message']);
const DIRECTION: Readonly<Record<string, string>> = {
  user: 'in',
  lead: 'in',
  contact: 'in',
  admin: 'out',
  bot: 'out',
  team: 'out'
};
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;
const utc = (s: string): string => s.replace(UTC_TEXT, '$1T$2Z');

interface Conversation {
  line: number;
  record: Record<string, string>;
  messages: number;
  replies: number;
}

function columnIndex(mapping?: Pick<FileMapping, 'columns'>): (c: Col) => number {
  const byName = new Map<string, number>();
  for (const c of mapping?.columns ?? [])
    if (!byName.has(normalizeHeader(c.header))) byName.set(normalizeHeader(c.header), c.index);
  return (c) => byName.get(normalizeHeader(c)) ?? (mapping ? -1 : PRODSIGHT_COLUMNS.indexOf(c));
}

export const INTERCOM_PRODSIGHT_ADAPTER: RowAdapter = {
  id: 'intercom-prodsight',
  create(mapping) {
    const at = columnIndex(mapping);
    const idx = Object.fromEntries(PRODSIGHT_COLUMNS.map((c) => [c, at(c)])) as Record<Col, number>;
    const get = (cells: readonly string[], c: Col): string => (idx[c] >= 0 ? (cells[idx[c]] ?? '').trim() : '');
    let out: AdapterRecord[] = [];
    const conversations = new Map<string, Conversation>();
    let sawMessageEntries = false;

    return {
      push(cells, line) {
        const conversationId = get(cells, 'conversation_id');
        if (conversationId === '') return;
        const type = get(cells, 'message_type').toLowerCase();
        const direction = DIRECTION[get(cells, 'message_author_type').toLowerCase()] ?? '';
        const author = get(cells, 'message_author_name');
        let conv = conversations.get(conversationId);
        if (!conv) {
          const state = get(cells, 'conversation_state').toLowerCase();
          conv = {
            line,
            messages: 0,
            replies: 0,
            record: {
              ticket_id: conversationId,
              created_at: utc(get(cells, 'conversation_created_at')),
              first_response_at: utc(get(cells, 'conversation_first_response_at')),
              resolved_at: state === 'closed' ? utc(get(cells, 'conversation_closed_at')) : '',
              status: state,
              tags: get(cells, 'conversation_tags'),
              agent: ''
            }
          };
          conversations.set(conversationId, conv);
        }
        if (!MESSAGE_TYPES.has(type)) return;
        if (type === 'comment') sawMessageEntries = true;
        conv.messages++;
        if (direction === 'out') {
          conv.replies++;
          if (conv.record.agent === '') conv.record.agent = author;
        }
        out.push({
          kind: 'messages',
          line,
          record: {
            message_id: get(cells, 'message_id'),
            conversation_id: conversationId,
            sent_at: utc(get(cells, 'message_created_at')),
            direction,
            agent: direction === 'out' ? author : ''
          }
        });
      },
      drain() {
        const done = out;
        out = [];
        return done;
      },
      finish() {
        const rest = out;
        out = [];
        for (const c of conversations.values()) {
          const counts: Record<string, string> = sawMessageEntries
            ? { messages: String(c.messages), replies: String(c.replies) }
            : {};
          rest.push({ kind: 'tickets', line: c.line, record: { ...c.record, ...counts } });
        }
        conversations.clear();
        return rest;
      }
    };
  }
};
