/** Message header synonyms (one row per message of a conversation). See types.ts. */
import type { SynonymTable } from './types';

/** Who wrote a message → in (customer) / out (team). Values the shared vocabulary may not know. */
const AUTHOR_TYPES: Readonly<Record<string, string>> = {
  user: 'in',
  lead: 'in',
  contact: 'in',
  customer: 'in',
  visitor: 'in',
  requester: 'in',
  admin: 'out',
  bot: 'out',
  team: 'out',
  agent: 'out',
  operator: 'out'
};

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const MESSAGE_SYNONYMS: SynonymTable = {
  message_id: [
    'message id', 'msg id', 'part id', 'conversation part id', 'article id', { h: 'id', conf: 0.8 },
    'شناسه پیام', 'معرف الرسالة', 'מזהה הודעה'
  ],
  conversation_id: [
    'conversation id', 'ticket id', 'thread id', 'conversation', 'ticket', 'chat id', 'session id', 'case id',
    'شناسه گفتگو', 'شناسه تیکت', 'معرف المحادثة', 'رقم التذكرة', 'מזהה שיחה', 'מספר פנייה'
  ],
  sent_at: [
    'sent at', 'sent', 'timestamp', 'message created at', 'message date', 'message time', 'posted at',
    { h: 'created at', conf: 0.85 }, { h: 'created', conf: 0.85 }, { h: 'date', conf: 0.85 },
    'زمان ارسال', 'تاریخ ارسال', 'وقت الإرسال', 'تاريخ الإرسال', 'נשלח ב', 'זמן שליחה'
  ],
  direction: [
    'direction', 'message direction', 'in out', 'incoming outgoing',
    { h: 'author type', valueMap: AUTHOR_TYPES }, { h: 'sender type', valueMap: AUTHOR_TYPES },
    { h: 'message author type', valueMap: AUTHOR_TYPES }, { h: 'from type', valueMap: AUTHOR_TYPES },
    { h: 'sender role', valueMap: AUTHOR_TYPES },
    'جهت', 'اتجاه', 'כיוון'
  ],
  channel: ['channel', 'source', 'via', 'medium', 'کانال', 'القناة', 'ערוץ'],
  agent: [
    'agent', 'agent name', 'author', 'author name', 'sender', 'sender name', 'message author name', 'admin',
    'کارشناس', 'فرستنده', 'الوكيل', 'المرسل', 'נציג', 'שולח'
  ],
  team: ['team', 'group', 'inbox', 'تیم', 'الفريق', 'צוות']
};
