/**
 * The demo data's people, teams, categories and queues in each language. The demo generator
 * (core/demo/world.ts) writes them in English, as a real export would; a Persian or Arabic
 * workshop should not read a scorecard full of Latin names, so the demo workspace shows them
 * in the room's script. Only the demo workspace: a user's own "billing" is shown as it is.
 *
 * Promise: a value this table does not know (or English) comes back unchanged.
 */
import type { Lang } from './langs';

type Own = Readonly<Partial<Record<Lang, string>>>;

const TEAMS: Readonly<Record<string, Own>> = {
  'Front Line': { ar: 'خط المواجهة', fa: 'خط مقدم', he: 'קו ראשון' },
  Billing: { ar: 'الفوترة', fa: 'صورتحساب', he: 'חיובים' },
  'Tech Support': { ar: 'الدعم الفني', fa: 'پشتیبانی فنی', he: 'תמיכה טכנית' }
};

const CATEGORIES: Readonly<Record<string, Own>> = {
  delivery: { ar: 'التوصيل', fa: 'ارسال', he: 'משלוח' },
  billing: { ar: 'الفوترة', fa: 'صورتحساب', he: 'חיובים' },
  returns: { ar: 'المرتجعات', fa: 'مرجوعی', he: 'החזרות' },
  technical: { ar: 'مشكلات تقنية', fa: 'فنی', he: 'טכני' },
  account: { ar: 'الحساب', fa: 'حساب کاربری', he: 'חשבון' },
  'product question': { ar: 'سؤال عن منتج', fa: 'پرسش دربارهٔ کالا', he: 'שאלה על מוצר' },
  complaint: { ar: 'شكوى', fa: 'شکایت', he: 'תלונה' },
  general: { ar: 'عام', fa: 'عمومی', he: 'כללי' }
};

const AGENTS: Readonly<Record<string, Own>> = {
  'Amira Haddad': { ar: 'أميرة حداد', fa: 'امیره حداد', he: 'אמירה חדאד' },
  'Daniel Kim': { ar: 'دانيال كيم', fa: 'دنیل کیم', he: 'דניאל קים' },
  'Tom Becker': { ar: 'توم بيكر', fa: 'تام بکر', he: 'טום בקר' },
  'Hannah Levi': { ar: 'هانا ليفي', fa: 'هانا لوی', he: 'חנה לוי' },
  'Reza Tehrani': { ar: 'رضا طهراني', fa: 'رضا تهرانی', he: 'רזא טהראני' },
  'Lucía Gómez': { ar: 'لوسيا غوميز', fa: 'لوسیا گومز', he: 'לוסיה גומס' },
  'Kofi Mensah': { ar: 'كوفي منساه', fa: 'کوفی منسا', he: 'קופי מנסה' },
  'Sara Rahimi': { ar: 'سارة رحيمي', fa: 'سارا رحیمی', he: 'שרה רחימי' },
  'Omar Farouk': { ar: 'عمر فاروق', fa: 'عمر فاروق', he: 'עומר פארוק' },
  'Lena Weber': { ar: 'لينا فيبر', fa: 'لنا وبر', he: 'לנה ובר' },
  'Yusuf Aydın': { ar: 'يوسف آيدن', fa: 'یوسف آیدین', he: 'יוסף איידין' },
  'Maya Cohen': { ar: 'مايا كوهين', fa: 'مایا کوهن', he: 'מאיה כהן' },
  'Jonas Berg': { ar: 'يوناس برغ', fa: 'یوناس برگ', he: 'יונס ברג' },
  'Leila Nasser': { ar: 'ليلى ناصر', fa: 'لیلا ناصر', he: 'לילה נאסר' }
};

const BY_FIELD: Readonly<Record<string, Readonly<Record<string, Own>>>> = {
  team: TEAMS,
  agent: AGENTS,
  category: CATEGORIES,
  queue: CATEGORIES
};

/** `value` of breakdown / filter `field` as the demo names it in `lang`, else `value` itself. */
export function demoName(lang: Lang, field: string, value: string): string {
  const table = Object.hasOwn(BY_FIELD, field) ? BY_FIELD[field] : undefined;
  const own = table && Object.hasOwn(table, value) ? table[value][lang] : undefined;
  return own ?? value;
}
