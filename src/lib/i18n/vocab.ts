/**
 * The canonical values of the small vocabularies (core/parse/normalize.ts: channel, priority,
 * status, call direction, abandon stage) as people read them. Breakdown bars, filter lists and
 * the "Top: phone" headline show these values; in fa/ar/he an English "email" would be the
 * only foreign word on the screen.
 *
 * Promise: `valueLabel` never hides a value — one outside the vocabulary (an agent, a category,
 * a team) comes back exactly as it is.
 */
import type { Lang } from './langs';

type Own = Readonly<Record<Lang, string>>;

const VALUES: Readonly<Record<string, Readonly<Record<string, Own>>>> = {
  channel: {
    email: { en: 'Email', fa: 'ایمیل', ar: 'البريد الإلكتروني', he: 'דוא״ל' },
    chat: { en: 'Chat', fa: 'چت', ar: 'الدردشة', he: 'צ׳אט' },
    phone: { en: 'Phone', fa: 'تلفن', ar: 'الهاتف', he: 'טלפון' },
    social: { en: 'Social media', fa: 'شبکه‌های اجتماعی', ar: 'التواصل الاجتماعي', he: 'רשתות חברתיות' },
    whatsapp: { en: 'WhatsApp', fa: 'واتس‌اپ', ar: 'واتساب', he: 'וואטסאפ' },
    web: { en: 'Web form', fa: 'فرم وب', ar: 'نموذج الويب', he: 'טופס אינטרנט' },
    sms: { en: 'SMS', fa: 'پیامک', ar: 'رسائل نصية', he: 'מסרון' },
    api: { en: 'API', fa: 'API', ar: 'API', he: 'API' },
    other: { en: 'Other', fa: 'سایر', ar: 'أخرى', he: 'אחר' }
  },
  priority: {
    low: { en: 'Low', fa: 'پایین', ar: 'منخفضة', he: 'נמוכה' },
    normal: { en: 'Normal', fa: 'معمولی', ar: 'عادية', he: 'רגילה' },
    high: { en: 'High', fa: 'بالا', ar: 'عالية', he: 'גבוהה' },
    urgent: { en: 'Urgent', fa: 'فوری', ar: 'عاجلة', he: 'דחופה' }
  },
  status: {
    open: { en: 'Open', fa: 'باز', ar: 'مفتوحة', he: 'פתוחה' },
    pending: { en: 'Pending', fa: 'در انتظار', ar: 'معلّقة', he: 'ממתינה' },
    resolved: { en: 'Resolved', fa: 'حل‌شده', ar: 'محلولة', he: 'נפתרה' },
    closed: { en: 'Closed', fa: 'بسته', ar: 'مغلقة', he: 'סגורה' }
  },
  direction: {
    in: { en: 'Inbound', fa: 'ورودی', ar: 'واردة', he: 'נכנסת' },
    out: { en: 'Outbound', fa: 'خروجی', ar: 'صادرة', he: 'יוצאת' }
  },
  abandon_stage: {
    greeting: { en: 'Greeting', fa: 'خوشامدگویی', ar: 'الترحيب', he: 'ברכת פתיחה' },
    ivr: { en: 'IVR menu', fa: 'منوی تلفنی', ar: 'القائمة الصوتية', he: 'תפריט קולי' },
    hold: { en: 'On hold', fa: 'در صف انتظار', ar: 'قيد الانتظار', he: 'בהמתנה' }
  }
};

/** The label of `value` of vocabulary `field` (`channel`, `priority`…), else `value` itself. */
export function valueLabel(lang: Lang, field: string, value: string): string {
  const vocab = Object.hasOwn(VALUES, field) ? VALUES[field] : undefined;
  return vocab && Object.hasOwn(vocab, value) ? vocab[value][lang] : value;
}

/**
 * The breakdown a KPI's headline names a key of: channel_mix tops a channel, the response-time
 * distribution a delay bucket. Used with ui/labels.ts `breakdownKeyLabel`.
 */
export function headlineField(kpiId: string): string | undefined {
  return kpiId === 'channel_mix' ? 'channel' : kpiId === 'response_time_buckets' ? 'bucket' : undefined;
}
