/**
 * Folding the many spellings of channels, statuses, priorities, message directions and
 * abandon stages into the small canonical vocabularies the engine counts by.
 *
 * Why it exists: Zendesk says "Web Widget" and "Phone call (incoming)", Freshdesk "Portal",
 * Comcast "Customer Care Call" and "Internet", an Arabic export "هاتف". The KPIs split by channel
 * and status, so the same thing must get the same name.
 *
 * Promises of `normalizeVocabulary(vocab, raw)`:
 * - a known spelling (case, '-', '_', '/', brackets and repeated spaces ignored) → its canonical
 *   lower-case value: channel ∈ email chat phone social whatsapp web sms api other; status ∈ open
 *   pending resolved closed; priority ∈ low normal high urgent; direction ∈ in out; abandon_stage
 *   ∈ greeting ivr hold;
 * - an unknown value passes through trimmed and lower-cased (so it still groups); '' and
 *   placeholders such as "Unknown", "N/A", "-", "none" give '' (missing, never a category);
 * - results are memoised per vocabulary: a million cells cost a million Map lookups.
 * Choices worth knowing: Zendesk "hold" and "on hold" are open (work still owed); "waiting on
 * third party" is pending; Zendesk "Mobile"/"Mobile SDK" and Freshdesk "Feedback Widget" are web;
 * "Messenger", "Telegram" and Zendesk "Messaging" are chat while "Facebook" posts are social; an
 * Intercom "bot" author is deliberately neither in nor out (a bot reply is not a first response).
 */
import { toAsciiDigits } from './digits';

export type Vocabulary = 'channel' | 'status' | 'priority' | 'direction' | 'abandon_stage';

type Table = Record<string, readonly string[]>;

// prettier-ignore
const TABLES: Record<Vocabulary, Table> = {
  channel: {
    email: [
      'email', 'e mail', 'mail', 'emails', 'inbound email', 'outbound email', 'mailbox',
      'ایمیل', 'رایانامه', 'ايميل', 'بريد إلكتروني', 'بريد الكتروني', 'البريد الإلكتروني',
      'البريد الالكتروني', 'بريد', 'אימייל', 'מייל', 'דואל', 'דוא"ל', 'דוא״ל', 'דואר אלקטרוני'
    ],
    chat: [
      'chat', 'live chat', 'livechat', 'web chat', 'webchat', 'messenger', 'facebook messenger',
      'messaging', 'native messaging', 'in app chat', 'in app messaging', 'sunshine conversations',
      'telegram', 'viber', 'wechat', 'چت', 'گفتگو', 'گفتگوی آنلاین', 'دردشة', 'دردشه',
      'محادثة', 'محادثة مباشرة', "צ'אט", 'צ׳אט', 'צאט'
    ],
    phone: [
      'phone', 'call', 'calls', 'voice', 'telephone', 'telephony', 'customer care call',
      'phone call', 'phone call incoming', 'phone call outgoing', 'inbound call', 'outbound call',
      'voicemail', 'voice mail', 'callback', 'call center', 'call centre', 'تلفن', 'تلفنی',
      'تماس', 'تماس تلفنی', 'هاتف', 'الهاتف', 'مكالمة', 'مكالمة هاتفية', 'اتصال', 'טלפון',
      'שיחה', 'שיחת טלפון'
    ],
    social: [
      'social', 'social media', 'twitter', 'tweet', 'twitter dm', 'x', 'facebook', 'facebook post',
      'facebook message', 'instagram', 'instagram dm', 'linkedin', 'tiktok', 'youtube', 'forum',
      'community', 'شبکه اجتماعی', 'شبکه های اجتماعی', 'اینستاگرام', 'وسائل التواصل الاجتماعي',
      'التواصل الاجتماعي', 'فيسبوك', 'تويتر', 'انستغرام', 'רשתות חברתיות', 'פייסבוק'
    ],
    whatsapp: ['whatsapp', 'whats app', 'wa', 'واتساپ', 'واتس اپ', 'واتساب', 'واتس اب', 'ווטסאפ', 'וואטסאפ'],
    web: [
      'web', 'web form', 'webform', 'web widget', 'widget', 'internet', 'online', 'portal', 'website',
      'web site', 'help center', 'helpcenter', 'contact form', 'form', 'feedback widget', 'mobihelp',
      'mobile', 'mobile sdk', 'mobile app', 'app', 'self service', 'وب', 'وبسایت', 'سایت', 'پورتال',
      'اینترنت', 'فرم', 'الموقع', 'موقع', 'الإنترنت', 'الانترنت', 'انترنت', 'نموذج', 'אתר',
      'אינטרנט', 'טופס'
    ],
    sms: ['sms', 'text', 'text message', 'txt', 'mms', 'پیامک', 'اس ام اس', 'رسالة نصية', 'رسائل نصية', 'מסרון', 'סמס', 'הודעת טקסט'],
    api: ['api', 'web service', 'webservice', 'integration', 'وب سرویس'],
    other: ['other', 'others', 'closed ticket', 'ticket sharing', 'rule', 'automation', 'trigger', 'merge', 'system', 'سایر', 'دیگر', 'أخرى', 'اخرى', 'غير ذلك', 'אחר']
  },
  status: {
    open: [
      'open', 'new', 'in progress', 'inprogress', 'assigned', 'hold', 'on hold', 'onhold', 'active',
      'reopened', 're opened', 'escalated', 'started', 'working', 'unassigned', 'باز', 'جدید',
      'در حال انجام', 'در حال بررسی', 'مفتوح', 'مفتوحة', 'جديد', 'جديدة', 'قيد التنفيذ',
      'قيد المعالجة', 'פתוח', 'פתוחה', 'חדש', 'חדשה', 'בטיפול'
    ],
    pending: [
      'pending', 'pending customer response', 'waiting', 'waiting on customer', 'waiting for customer',
      'awaiting customer', 'awaiting response', 'awaiting reply', 'waiting on third party',
      'pending reminder', 'pending close', 'در انتظار', 'در انتظار پاسخ', 'معلق', 'قيد الانتظار',
      'بانتظار الرد', 'في الانتظار', 'ממתין', 'ממתינה', 'בהמתנה'
    ],
    resolved: [
      'resolved', 'solved', 'done', 'fixed', 'completed', 'complete', 'حل شده', 'برطرف شده',
      'انجام شده', 'تم الحل', 'محلول', 'محلولة', 'נפתר', 'נפתרה', 'טופל'
    ],
    closed: ['closed', 'archived', 'merged', 'cancelled', 'canceled', 'بسته', 'بسته شده', 'مغلق', 'مغلقة', 'مؤرشف', 'סגור', 'סגורה']
  },
  priority: {
    low: ['low', 'lowest', 'minor', 'trivial', 'p4', 'p5', 'کم', 'پایین', 'منخفض', 'منخفضة', 'נמוך', 'נמוכה'],
    normal: ['normal', 'medium', 'moderate', 'standard', 'p3', 'عادی', 'معمولی', 'متوسط', 'عادي', 'متوسطة', 'רגיל', 'רגילה', 'בינוני', 'בינונית'],
    high: ['high', 'major', 'important', 'p2', 'بالا', 'زیاد', 'مهم', 'عالي', 'عالية', 'مرتفع', 'مرتفعة', 'גבוה', 'גבוהה'],
    urgent: ['urgent', 'critical', 'p1', 'p0', 'highest', 'emergency', 'blocker', 'immediate', 'فوری', 'بحرانی', 'عاجل', 'عاجلة', 'حرج', 'طارئ', 'דחוף', 'דחופה', 'קריטי']
  },
  direction: {
    in: [
      'in', 'inbound', 'incoming', 'customer', 'contact', 'user', 'received', 'requester', 'end user',
      'enduser', 'lead', 'visitor', 'client', 'inbound call', 'ورودی', 'مشتری', 'وارد', 'واردة',
      'عميل', 'العميل', 'נכנס', 'נכנסת', 'לקוח'
    ],
    out: [
      'out', 'outbound', 'outgoing', 'agent', 'admin', 'sent', 'team', 'operator', 'staff', 'support',
      'outbound api', 'outbound dial', 'outbound call', 'خروجی', 'کارشناس', 'اپراتور', 'صادر',
      'صادرة', 'موظف', 'وكيل', 'יוצא', 'יוצאת', 'נציג'
    ]
  },
  abandon_stage: {
    greeting: ['greeting', 'welcome', 'welcome message', 'announcement', 'intro', 'message', 'خوشامد', 'ترحيب', 'ברכה'],
    ivr: ['ivr', 'menu', 'ivr menu', 'auto attendant', 'attendant', 'self service', 'منو', 'قائمة', 'תפריט'],
    hold: ['hold', 'on hold', 'queue', 'queued', 'in queue', 'waiting', 'wait', 'ringing', 'ring', 'صف', 'انتظار', 'الانتظار', 'המתנה', 'תור']
  }
};

// '-', '_', '/', '(', ')', '[', ']', ':', zero-width non-joiners (inside Persian words such as
// "واتس‌اپ") and runs of whitespace become one space.
const PUNCTUATION = /[\s\-_/()[\]:\u200c]+/g;
// Persian and Arabic spell yeh and kaf with different code points; fold to the Persian ones.
const ARABIC_YEH_KAF = /[يك]/g;

function lookupKey(raw: string): string {
  return toAsciiDigits(raw)
    .toLowerCase()
    .replace(PUNCTUATION, ' ')
    .replace(ARABIC_YEH_KAF, (c) => (c === 'ي' ? 'ی' : 'ک'))
    .trim();
}

const MAPS = {} as Record<Vocabulary, Map<string, string>>;
for (const vocab of Object.keys(TABLES) as Vocabulary[]) {
  const map = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(TABLES[vocab])) {
    map.set(lookupKey(canonical), canonical);
    for (const s of spellings) map.set(lookupKey(s), canonical);
  }
  MAPS[vocab] = map;
}

/** Placeholders that mean "no value": they become '' (missing), never a category of their own. */
const MISSING = new Set(
  [
    'unknown',
    'n/a',
    'na',
    'none',
    '(none)',
    'null',
    'nil',
    'unspecified',
    'not set',
    '-',
    '--',
    '—',
    '?',
    'نامشخص',
    'نامعلوم',
    'غير معروف',
    'غير محدد',
    'לא ידוע'
  ].map(lookupKey)
);

/** raw cell → result, per vocabulary; bounded so a column of free text cannot grow it forever. */
const MEMO_LIMIT = 10_000;
const memo = {} as Record<Vocabulary, Map<string, string>>;
for (const vocab of Object.keys(TABLES) as Vocabulary[]) memo[vocab] = new Map();

export function normalizeVocabulary(vocab: Vocabulary, raw: string): string {
  const m = memo[vocab];
  let v = m.get(raw);
  if (v !== undefined) return v;
  const k = lookupKey(raw);
  v = k === '' || MISSING.has(k) ? '' : (MAPS[vocab].get(k) ?? raw.trim().toLowerCase());
  if (m.size >= MEMO_LIMIT) m.clear();
  m.set(raw, v);
  return v;
}

/** The canonical values of a vocabulary (for the mapping screen and tests). */
export function vocabularyValues(vocab: Vocabulary): readonly string[] {
  return Object.keys(TABLES[vocab]);
}

/** Tags separated by ';', ',' or '|': trimmed, lower-cased, empties and repeats removed. */
export function splitTags(raw: string): string[] {
  const out: string[] = [];
  let start = 0;
  const n = raw.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? raw.charCodeAt(i) : 59;
    if (c === 59 || c === 44 || c === 124) {
      const tag = raw.slice(start, i).trim().toLowerCase();
      if (tag !== '' && !out.includes(tag)) out.push(tag);
      start = i + 1;
    }
  }
  return out;
}
