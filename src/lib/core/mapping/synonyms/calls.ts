/** Call (phone queue / call detail record) header synonyms. See types.ts. */
import type { SynonymTable } from './types';

const dt = 'datetime' as const;
const nb = 'number' as const;

/** Call outcome words → abandoned flag. */
const OUTCOMES: Readonly<Record<string, string>> = {
  answered: '0',
  completed: '0',
  connected: '0',
  handled: '0',
  'in-progress': '0',
  missed: '1',
  abandoned: '1',
  'no answer': '1',
  'no-answer': '1',
  unanswered: '1',
  busy: '1',
  canceled: '1',
  cancelled: '1',
  dropped: '1',
  'hung up': '1',
  failed: '',
  voicemail: '',
  transferred: '0'
};

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const CALL_SYNONYMS: SynonymTable = {
  call_id: [
    'call id', 'call', 'call sid', 'sid', 'call uuid', 'uniqueid', 'unique id', 'call reference', 'call number',
    'call key', 'interaction id', 'contact id', 'session id', { h: 'id', conf: 0.8 },
    'شناسه تماس', 'کد تماس', 'شماره تماس', 'رقم المكالمة', 'معرف المكالمة', 'מזהה שיחה', 'מספר שיחה'
  ],
  queued_at: [
    'queued at', 'calldate', 'start time', 'started at', 'start', 'call start', 'call start time', 'call started',
    'date time', 'datetime', 'timestamp', 'entered queue at', 'enter queue', 'queue entry time', 'received at',
    'call received', 'arrival time', 'offered at', 'ring start', 'call date time', 'conversation start',
    { h: 'date', part: 'date', conf: 0.85 }, { h: 'time', part: 'time', conf: 0.85 },
    { h: 'call date', part: 'date', conf: 0.85 }, { h: 'call time', part: 'time', conf: 0.85, when: dt },
    'زمان تماس', 'زمان شروع', 'تاریخ و زمان تماس',
    { h: 'تاریخ', part: 'date', conf: 0.85 }, { h: 'ساعت', part: 'time', conf: 0.85 },
    { h: 'تاریخ تماس', part: 'date', conf: 0.85 },
    'وقت المكالمة', 'وقت البدء', { h: 'التاريخ', part: 'date', conf: 0.85 }, { h: 'الوقت', part: 'time', conf: 0.85 },
    { h: 'تاريخ المكالمة', part: 'date', conf: 0.85 },
    'זמן התחלה', 'שעת שיחה', { h: 'תאריך', part: 'date', conf: 0.85 }, { h: 'שעה', part: 'time', conf: 0.85 }
  ],
  answered_at: [
    'answered at', 'answered time', 'pickup time', 'picked up at', 'connected at', 'connect time',
    { h: 'answer time', when: dt }, { h: 'answer', when: dt },
    'زمان پاسخ', 'وقت الرد', 'זמן מענה'
  ],
  ended_at: [
    'ended at', 'end time', 'end', 'call end', 'call end time', 'call ended', 'hangup time', 'hung up at',
    'disconnected at', 'finished at', 'زمان پایان', 'وقت الانتهاء', 'זמן סיום'
  ],
  wait_seconds: [
    'wait seconds', 'wait time', 'waiting time', 'speed of answer', 'speed of answer in seconds',
    'time to answer', 'queue time', 'queue wait', 'ring time', 'wait', 'asa', 'answer speed', 'hold time in queue',
    { h: 'answer time', when: nb },
    'زمان انتظار', 'مدت انتظار', 'مدة الانتظار', 'זמן המתנה'
  ],
  talk_seconds: [
    'talk seconds', 'talk time', 'talk duration', 'avg talk duration', 'billsec', 'bill sec', 'conversation time',
    'conversation duration', 'talk', { h: 'call duration', conf: 0.6, note: 'may include ringing time' },
    'مدت مکالمه', 'مدة المكالمة', 'משך שיחה'
  ],
  abandoned: [
    'abandoned', 'is abandoned', 'abandon', 'dropped', 'abandoned call', 'abandoned y n',
    { h: 'answered', invert: true }, { h: 'answered y n', invert: true }, { h: 'was answered', invert: true },
    { h: 'is answered', invert: true },
    ...['status', 'call status', 'disposition', 'outcome', 'call outcome', 'result', 'call result'].map((h) => ({
      h, conf: 0.85, valueMap: OUTCOMES, note: 'call outcome read as abandoned'
    })),
    'رها شده', 'قطع شده', 'متروك', 'ננטש'
  ],
  abandon_stage: ['abandon stage', 'abandoned stage', 'abandon point', 'abandoned in'],
  direction: [
    'direction', 'call direction', 'call type', 'inbound outbound', 'in out', 'جهت', 'اتجاه', 'כיוון'
  ],
  agent: [
    'agent', 'agent name', 'rep', 'sales rep', 'representative', 'operator', 'user', 'answered by', 'handled by',
    'extension', 'کارشناس', 'اپراتور', 'الوكيل', 'الموظف', 'נציג'
  ],
  queue: ['queue', 'queue name', 'skill', 'split', 'hunt group', 'line', 'صف', 'قائمة الانتظار', 'תור'],
  team: ['team', 'group', 'department', 'تیم', 'گروه', 'الفريق', 'القسم', 'צוות', 'מחלקה'],
  resolved: [
    'resolved', 'is resolved', 'resolved y n', 'fcr', 'first call resolution', 'issue resolved',
    'حل شد', 'حل شده', 'محلول', 'تم الحل', 'נפתר'
  ],
  customer_id: [
    'customer id', 'caller', 'caller id', 'caller number', 'from', 'ani', 'calling number', 'phone',
    'phone number', 'customer', 'customer number', 'src', 'source number',
    'مشتری', 'شماره تماس گیرنده', 'تماس گیرنده', 'المتصل', 'رقم المتصل', 'מתקשר', 'לקוח'
  ],
  cost: ['cost', 'price', 'charge', 'call cost', 'هزینه', 'التكلفة', 'עלות'],
  csat: [
    'csat', 'satisfaction', 'satisfaction rating', 'satisfaction score', 'customer satisfaction', 'rating',
    'survey score', 'رضایت', 'امتیاز رضایت', 'الرضا', 'تقييم', 'שביעות רצון', 'דירוג'
  ]
};
