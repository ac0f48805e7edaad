/** Survey (CSAT response) header synonyms. See types.ts. */
import type { SynonymTable } from './types';

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const SURVEY_SYNONYMS: SynonymTable = {
  survey_id: [
    'survey id', 'response id', 'survey response id', 'feedback id', 'rating id', { h: 'id', conf: 0.8 },
    'شناسه نظرسنجی', 'کد نظرسنجی', 'معرف الاستبيان', 'رقم الاستبيان', 'מזהה סקר'
  ],
  responded_at: [
    'responded at', 'response date', 'response time', 'submitted at', 'submitted', 'recorded date', 'recorded at',
    'completed at', 'survey date', 'feedback date', 'rated at', 'rating date', 'answered at',
    { h: 'created at', conf: 0.85 }, { h: 'created', conf: 0.85 }, { h: 'date', conf: 0.85 },
    'تاریخ پاسخ', 'زمان پاسخ', 'تاریخ نظرسنجی', 'تاريخ الرد', 'تاريخ التقييم', 'תאריך מענה', 'תאריך סקר'
  ],
  score: [
    'score', 'rating', 'csat', 'satisfaction', 'satisfaction score', 'satisfaction rating', 'csat score',
    'survey score', 'csat rating', 'grade', 'stars', 'nps', 'nps score',
    'امتیاز', 'نمره', 'رضایت', 'التقييم', 'الدرجة', 'الرضا', 'ציון', 'דירוג'
  ],
  scale_min: ['scale min', 'min score', 'minimum score', 'scale from'],
  scale_max: ['scale max', 'max score', 'maximum score', 'out of', 'scale to', 'scale'],
  ticket_id: [
    'ticket id', 'ticket', 'ticket number', 'conversation id', 'case id', 'conversation', 'link to the conversation',
    'شناسه تیکت', 'شماره تیکت', 'رقم التذكرة', 'מספר פנייה'
  ],
  call_id: ['call id', 'call sid', 'شناسه تماس', 'رقم المكالمة', 'מזהה שיחה'],
  channel: ['channel', 'source', 'via', 'کانال', 'القناة', 'ערוץ'],
  agent: ['agent', 'agent name', 'assignee', 'rated agent', 'owner', 'کارشناس', 'الوكيل', 'נציג'],
  team: ['team', 'group', 'department', 'تیم', 'الفريق', 'צוות'],
  comment: [
    'comment', 'comments', 'feedback', 'feedback comment', 'remarks', 'verbatim', 'text', 'review',
    'customer comment', 'نظر', 'توضیحات', 'تعليق', 'ملاحظات', 'הערה', 'משוב'
  ]
};
