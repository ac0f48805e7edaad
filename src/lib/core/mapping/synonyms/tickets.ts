/** Ticket header synonyms: English first, then Persian, Arabic, Hebrew where natural. See types.ts. */
import { SLA_STATUS_VALUES, type SynonymTable } from './types';

const dt = 'datetime' as const;
const nb = 'number' as const;

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const TICKET_SYNONYMS: SynonymTable = {
  ticket_id: [
    'ticket id', 'ticket', 'ticket #', 'ticket no', 'ticket number', 'ticket num', 'ticket key', 'case id',
    'case number', 'case #', 'request id', 'request number', 'conversation id', 'issue id', 'incident id',
    'incident number', 'unique key', 'ticket reference', 'reference number', 'issue key', 'issue number',
    { h: 'id', conf: 0.8 }, { h: '#', conf: 0.8 }, { h: 'number', conf: 0.75 }, { h: 'reference', conf: 0.75 },
    'شناسه تیکت', 'شماره تیکت', 'کد تیکت', 'شماره درخواست', 'کد پیگیری', 'شماره پیگیری',
    'رقم التذكرة', 'معرف التذكرة', 'رقم الطلب', 'رقم الشكوى',
    'מספר פנייה', 'מזהה פנייה', 'מספר קריאה', 'מספר כרטיס'
  ],
  created_at: [
    'created at', 'created', 'date created', 'created date', 'created time', 'creation date', 'creation time',
    'ticket created', 'ticket created at', 'opened at', 'opened', 'open date', 'opened date', 'date opened',
    'create date', 'create time', 'created on', 'submitted at', 'submitted', 'submission date', 'received at',
    'request date', 'reported at', 'logged at', 'date time opened', 'ticket created timestamp', 'ticket created date',
    { h: 'date', part: 'date', conf: 0.85 }, { h: 'time', part: 'time', conf: 0.85 },
    'تاریخ ایجاد', 'زمان ایجاد', 'تاریخ ثبت', 'زمان ثبت', 'تاریخ دریافت',
    { h: 'تاریخ', part: 'date', conf: 0.85 }, { h: 'ساعت', part: 'time', conf: 0.85 },
    'تاريخ الإنشاء', 'وقت الإنشاء', 'تاريخ الفتح', 'تاريخ الطلب',
    { h: 'التاريخ', part: 'date', conf: 0.85 }, { h: 'الوقت', part: 'time', conf: 0.85 },
    'נוצר ב', 'תאריך יצירה', 'תאריך פתיחה', 'נפתח ב',
    { h: 'תאריך', part: 'date', conf: 0.85 }, { h: 'שעה', part: 'time', conf: 0.85 }
  ],
  first_response_at: [
    'first response at', 'first responded at', 'first reply at', 'first replied at', 'first response date',
    'first reply date', 'first agent response date', 'first agent reply date', 'responded at',
    { h: 'first response', when: dt }, { h: 'first response time', when: dt },
    { h: 'initial response time', when: dt }, { h: 'first reply time', when: dt },
    'زمان اولین پاسخ', 'تاریخ اولین پاسخ', 'تاريخ أول رد', 'وقت أول رد', 'זמן תגובה ראשונה', 'תגובה ראשונה ב'
  ],
  first_response_minutes: [
    'first response minutes', 'first response time in minutes', 'first reply time in minutes',
    'first response time minutes', 'first response time min', 'first response mins', 'frt minutes', 'frt min',
    'first reply time min',
    { h: 'first response time', when: nb, conf: 0.6, note: 'unit assumed to be minutes' },
    { h: 'time to first response', when: nb, conf: 0.6, note: 'unit assumed to be minutes' },
    'مدت اولین پاسخ دقیقه', 'دقائق أول رد'
  ],
  first_response_seconds: ['first response seconds', 'first response time in seconds', 'first response time sec'],
  first_response_hours: [
    'first response hours', 'first response time in hours', 'first response time in hrs',
    'first response time hours', 'first response time hrs'
  ],
  resolved_at: [
    'resolved at', 'resolution date', 'resolved date', 'resolved time', 'date resolved', 'solved at',
    'solved date', 'date solved', 'completed at', 'done at', 'fixed at', 'resolved on', 'ticket solved timestamp',
    'ticket solved date',
    { h: 'resolved', when: dt }, { h: 'solved', when: dt },
    { h: 'resolution time', when: dt }, { h: 'time to resolution', when: dt },
    'تاریخ حل', 'زمان حل', 'زمان رفع', 'تاريخ الحل', 'وقت الحل', 'תאריך פתרון', 'נפתר ב'
  ],
  resolution_minutes: [
    'resolution minutes', 'resolution time in minutes', 'full resolution time in minutes',
    'time to resolution in minutes', 'resolution time minutes', 'resolution mins', 'full resolution time min',
    { h: 'resolution time', when: nb, conf: 0.6, note: 'unit assumed to be minutes' },
    { h: 'time to resolution', when: nb, conf: 0.6, note: 'unit assumed to be minutes' },
    { h: 'time to resolve', when: nb, conf: 0.6, note: 'unit assumed to be minutes' }
  ],
  resolution_seconds: ['resolution seconds', 'resolution time in seconds', 'resolution time sec'],
  resolution_hours: [
    'resolution hours', 'resolution time in hours', 'resolution time in hrs', 'resolution time hours',
    'resolution time hrs', 'time to resolve hours', 'full resolution time hrs'
  ],
  closed_at: [
    'closed at', 'closed date', 'close date', 'date closed', 'closed time', 'closing date', 'closed on',
    'date time closed',
    { h: 'closed', when: dt },
    'تاریخ بستن', 'زمان بسته شدن', 'تاریخ بسته شدن', 'تاريخ الإغلاق', 'وقت الإغلاق', 'תאריך סגירה', 'נסגר ב'
  ],
  status: [
    'status', 'state', 'ticket status', 'current status', 'stage', 'case status', 'request status',
    'وضعیت', 'وضعیت تیکت', 'حالت', 'الحالة', 'حالة التذكرة', 'סטטוס', 'מצב'
  ],
  channel: [
    'channel', 'source', 'via', 'ticket channel', 'received via', 'medium', 'origin', 'contact channel',
    'case origin',
    'create channel', 'channel type', 'open data channel type', 'originating channel type', 'inbox type',
    'کانال', 'منبع', 'روش دریافت', 'القناة', 'المصدر', 'ערוץ', 'מקור'
  ],
  agent: [
    'agent', 'assignee', 'assigned to', 'owner', 'ticket owner', 'assigned agent', 'agent name', 'responder',
    'case owner',
    'handled by', 'agent assigned', 'assigned user', 'support agent', 'representative', 'assignee name',
    'کارشناس', 'اپراتور', 'مسئول', 'پاسخگو', 'الوكيل', 'الموظف', 'المسؤول', 'נציג', 'מטפל', 'אחראי'
  ],
  team: [
    'team', 'group', 'department', 'assigned team', 'agency', 'team name', 'group name', 'support group', 'ticket group',
    'تیم', 'گروه', 'واحد', 'دپارتمان', 'الفريق', 'القسم', 'المجموعة', 'צוות', 'מחלקה', 'קבוצה'
  ],
  priority: [
    'priority', 'ticket priority', 'urgency', 'severity', 'اولویت', 'الأولوية', 'עדיפות', 'דחיפות'
  ],
  category: [
    'category', 'type', 'ticket type', 'issue type', 'topic', 'complaint type', 'reason', 'help topic',
    'problem type', 'request type', 'case type', 'sub category', 'ticket category',
    'دسته', 'دسته بندی', 'نوع', 'موضوع', 'نوع درخواست', 'الفئة', 'التصنيف', 'النوع', 'الموضوع',
    'קטגוריה', 'סוג', 'נושא'
  ],
  tags: ['tags', 'tag', 'labels', 'label', 'ticket tags', 'برچسب', 'برچسب ها', 'تگ', 'الوسوم', 'العلامات', 'תגיות'],
  customer_id: [
    'customer id', 'customer', 'customer email', 'requester', 'requester id', 'requester email', 'contact',
    'contact id', 'contact email', 'client id', 'client', 'user id', 'email', 'from email', 'customer number',
    'account id', 'reporter', 'account name', { h: 'customer name', conf: 0.7 },
    'مشتری', 'شناسه مشتری', 'کد مشتری', 'شماره مشتری', 'العميل', 'رقم العميل', 'معرف العميل',
    'לקוח', 'מספר לקוח', 'מזהה לקוח'
  ],
  replies: [
    'replies', 'agent replies', 'reply count', 'number of replies', 'agent interactions', 'agent responses',
    'تعداد پاسخ', 'پاسخ ها', 'الردود', 'عدد الردود', 'תגובות'
  ],
  messages: [
    'messages', 'message count', 'number of messages', 'thread count', 'article count', 'total messages',
    'تعداد پیام', 'پیام ها', 'الرسائل', 'عدد الرسائل', 'הודעות'
  ],
  contacts: [
    'contacts', 'contact count', 'number of contacts', 'customer contacts', 'touches', 'number of touches',
    'تعداد تماس', 'عدد الاتصالات', 'מספר פניות'
  ],
  reopened: [
    'reopened', 'reopens', 'reopen count', 'times reopened', 'reopened count', 'reopen',
    'تعداد بازگشایی', 'بازگشایی', 'إعادة الفتح', 'נפתח מחדש'
  ],
  first_contact_resolution: [
    'first contact resolution', 'fcr', 'resolved on first contact', 'first call resolution', 'one touch',
    'حل در اولین تماس', 'الحل من أول اتصال', 'פתרון בפנייה ראשונה'
  ],
  first_response_due_at: [
    'first response due at', 'first response due', 'first response due date', 'first response sla due date',
    'time to first response sla due date', 'first response escalation at', 'response due by', 'frt due'
  ],
  due_at: [
    'due at', 'due', 'due date', 'due by', 'due by time', 'sla due date', 'resolution due', 'resolution due date',
    'deadline', 'time to close sla due date', 'close escalation at',
    'مهلت', 'سررسید', 'موعد', 'الموعد النهائي', 'תאריך יעד'
  ],
  csat: [
    'csat', 'satisfaction', 'satisfaction score', 'satisfaction rating', 'customer satisfaction',
    'customer satisfaction rating', 'customer satisfaction score', 'rating', 'csat score', 'survey score',
    'survey rating',
    'رضایت', 'امتیاز رضایت', 'رضایت مشتری', 'الرضا', 'رضا العملاء', 'تقييم', 'שביעות רצון', 'דירוג'
  ],
  is_complaint: ['is complaint', 'complaint', 'complaint flag', 'شکایت', 'شكوى', 'תלונה'],
  repeat_incident: [
    'repeat incident', 'repeat', 'repeated', 'repeat contact', 'recurring', 'تکراری', 'متكرر', 'חוזר'
  ],
  first_response_sla_met: [
    { h: 'first response sla met' },
    { h: 'first response sla breached', invert: true },
    { h: 'response sla breached', invert: true },
    { h: 'first response status', valueMap: SLA_STATUS_VALUES },
    { h: 'first response sla', valueMap: SLA_STATUS_VALUES },
    { h: 'first response sla status', valueMap: SLA_STATUS_VALUES },
    { h: 'time to first response sla status', valueMap: SLA_STATUS_VALUES }
  ],
  resolution_sla_met: [
    { h: 'resolution sla met' },
    { h: 'sla met' },
    { h: 'within sla' },
    { h: 'resolution status', valueMap: SLA_STATUS_VALUES },
    { h: 'resolution sla', valueMap: SLA_STATUS_VALUES },
    { h: 'sla status', valueMap: SLA_STATUS_VALUES },
    { h: 'time to close sla ticket status', valueMap: SLA_STATUS_VALUES },
    // The file's own verdict under other names: ServiceNow's made_sla, or a breach flag (inverted).
    { h: 'made sla' },
    { h: 'sla made' },
    { h: 'sla breached', invert: true },
    { h: 'breached sla', invert: true },
    { h: 'sla breach', invert: true },
    { h: 'sla violated', invert: true },
    { h: 'breached', invert: true, conf: 0.8 }
  ],
  first_assigned_at: [
    { h: 'first assigned at', when: dt },
    { h: 'initially assigned at', when: dt },
    { h: 'first assignment at', when: dt },
    { h: 'first assignment', when: dt },
    { h: 'first assigned', when: dt }
  ],
  reassignments: [
    'reassignments', 'reassignment count', 'reassign count', 'times reassigned', 'number of reassignments',
    'تعداد واگذاری مجدد', 'عدد مرات إعادة الإسناد', 'מספר העברות'
  ]
};
