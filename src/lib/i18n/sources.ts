/**
 * Interface text of published sources (the "data as of" line, the read-only note of a published
 * scorecard, the Settings section), in the four interface languages. Kept beside the main
 * dictionaries rather than in them: one feature, one file. The compiler checks every language
 * has every key; i18n's own test style (sources.test.ts) checks none is empty.
 *
 * The detailed problems (which line, which column) come from the worker in English, as the
 * import screen's row errors do: they name files, keys and headers the publisher wrote.
 */
import type { Lang } from './langs';

export const SOURCES_EN = {
  'src.publisher': 'Published by',
  'src.dataAsOf': 'Data as of',
  'src.publishedBy': 'Published by {who}',
  'src.asOf': 'data as of {when}',
  'src.offline': 'Offline: showing the copy held on this device.',
  'src.problem': 'Some published files could not be read; the copies held are shown.',
  'src.invalid': 'The published sources file has problems; the data held is shown.',
  'src.missing': 'The sources file is no longer published; the data held is shown.',
  'src.details': 'Details in Settings',
  'src.readOnly': 'Published scorecard: read-only',
  'src.readOnlyBody':
    'The numbers, targets and period were computed by the publisher on {when}. The records are not on this device, so the period, the filters, the breakdowns and the drill-down cannot change here, and targets cannot be edited.',
  'src.title': 'Published data',
  'src.intro':
    'Files a team lead publishes beside the app (data/sources.json). They are checked each time the app opens; only files that changed are read again, and the copies held work offline.',
  'src.none': 'Nothing is published beside this app (no data/sources.json).',
  'src.file': 'Sources file',
  'src.state': 'State',
  'src.state.ok': 'Up to date',
  'src.state.offline': 'Offline',
  'src.state.missing': 'Not found',
  'src.state.invalid': 'Cannot be used',
  'src.state.error': 'Problem',
  'src.state.busy': 'Waiting for an import',
  'src.state.none': 'Nothing published',
  'src.lastSync': 'Last complete sync',
  'src.checked': 'Last checked',
  'src.never': 'never',
  'src.syncNow': 'Sync now',
  'src.syncing': 'Syncing…',
  'src.held': 'Held on this device: {size}',
  'src.kind': 'Kind',
  'src.kindAuto': 'recognised from its header',
  'src.kind.scorecard': 'published scorecard',
  'src.workspace': 'Workspace',
  'src.size': 'Size',
  'src.readIn': 'Read in',
  'src.records': '{n} records',
  'src.kpis': '{n} KPIs',
  'src.reread': 'updated now',
  'src.problems': 'Problems',
  'src.ignored': 'Ignored'
} as const;

export type SourcesKey = keyof typeof SOURCES_EN;
type Pack = Readonly<Record<SourcesKey, string>>;

const AR: Pack = {
  'src.publisher': 'الناشر',
  'src.dataAsOf': 'البيانات حتى',
  'src.publishedBy': 'نشرها {who}',
  'src.asOf': 'البيانات حتى {when}',
  'src.offline': 'دون اتصال: تُعرض النسخة المحفوظة على هذا الجهاز.',
  'src.problem': 'تعذّرت قراءة بعض الملفات المنشورة؛ تُعرض النسخ المحفوظة.',
  'src.invalid': 'في ملف المصادر المنشور مشكلات؛ تُعرض البيانات المحفوظة.',
  'src.missing': 'لم يعد ملف المصادر منشورًا؛ تُعرض البيانات المحفوظة.',
  'src.details': 'التفاصيل في الإعدادات',
  'src.readOnly': 'بطاقة أداء منشورة: للقراءة فقط',
  'src.readOnlyBody':
    'الأرقام والأهداف والفترة حسبها الناشر في {when}. السجلات ليست على هذا الجهاز، لذلك لا يمكن هنا تغيير الفترة أو عوامل التصفية أو التفصيلات أو التعمق، ولا تعديل الأهداف.',
  'src.title': 'البيانات المنشورة',
  'src.intro':
    'ملفات ينشرها قائد الفريق بجانب التطبيق (data/sources.json). تُفحص في كل مرة يُفتح فيها التطبيق؛ ولا يُعاد إلا قراءة الملفات التي تغيّرت، وتعمل النسخ المحفوظة دون اتصال.',
  'src.none': 'لا شيء منشور بجانب هذا التطبيق (لا يوجد data/sources.json).',
  'src.file': 'ملف المصادر',
  'src.state': 'الحالة',
  'src.state.ok': 'محدّث',
  'src.state.offline': 'دون اتصال',
  'src.state.missing': 'غير موجود',
  'src.state.invalid': 'غير صالح للاستخدام',
  'src.state.error': 'مشكلة',
  'src.state.busy': 'بانتظار انتهاء استيراد',
  'src.state.none': 'لا شيء منشور',
  'src.lastSync': 'آخر مزامنة كاملة',
  'src.checked': 'آخر فحص',
  'src.never': 'أبدًا',
  'src.syncNow': 'زامن الآن',
  'src.syncing': 'جارٍ المزامنة…',
  'src.held': 'المحفوظ على هذا الجهاز: {size}',
  'src.kind': 'النوع',
  'src.kindAuto': 'يُتعرّف عليه من ترويسته',
  'src.kind.scorecard': 'بطاقة أداء منشورة',
  'src.workspace': 'مساحة العمل',
  'src.size': 'الحجم',
  'src.readIn': 'قُرئ في',
  'src.records': '{n} سجلًا',
  'src.kpis': '{n} مؤشرًا',
  'src.reread': 'حُدّث الآن',
  'src.problems': 'المشكلات',
  'src.ignored': 'تم تجاهله'
};

const FA: Pack = {
  'src.publisher': 'منتشرکننده',
  'src.dataAsOf': 'داده‌ها تا',
  'src.publishedBy': 'منتشرکننده: {who}',
  'src.asOf': 'داده‌ها تا {when}',
  'src.offline': 'آفلاین: نسخه‌ی نگه‌داشته‌شده روی این دستگاه نمایش داده می‌شود.',
  'src.problem': 'برخی فایل‌های منتشرشده خوانده نشدند؛ نسخه‌های نگه‌داشته‌شده نمایش داده می‌شوند.',
  'src.invalid': 'فایل منابع منتشرشده ایراد دارد؛ داده‌های نگه‌داشته‌شده نمایش داده می‌شوند.',
  'src.missing': 'فایل منابع دیگر منتشر نمی‌شود؛ داده‌های نگه‌داشته‌شده نمایش داده می‌شوند.',
  'src.details': 'جزئیات در تنظیمات',
  'src.readOnly': 'کارنامه‌ی منتشرشده: فقط‌خواندنی',
  'src.readOnlyBody':
    'عددها، هدف‌ها و بازه را منتشرکننده در {when} محاسبه کرده است. رکوردها روی این دستگاه نیستند، پس بازه، فیلترها، تفکیک‌ها و ریزکاوی اینجا تغییر نمی‌کنند و هدف‌ها ویرایش‌پذیر نیستند.',
  'src.title': 'داده‌های منتشرشده',
  'src.intro':
    'فایل‌هایی که سرپرست تیم کنار برنامه منتشر می‌کند (data/sources.json). هر بار که برنامه باز می‌شود بررسی می‌شوند؛ فقط فایل‌های تغییرکرده دوباره خوانده می‌شوند و نسخه‌های نگه‌داشته‌شده آفلاین هم کار می‌کنند.',
  'src.none': 'چیزی کنار این برنامه منتشر نشده است (data/sources.json وجود ندارد).',
  'src.file': 'فایل منابع',
  'src.state': 'وضعیت',
  'src.state.ok': 'به‌روز',
  'src.state.offline': 'آفلاین',
  'src.state.missing': 'پیدا نشد',
  'src.state.invalid': 'قابل استفاده نیست',
  'src.state.error': 'ایراد',
  'src.state.busy': 'در انتظار پایان یک ورود داده',
  'src.state.none': 'چیزی منتشر نشده',
  'src.lastSync': 'آخرین همگام‌سازی کامل',
  'src.checked': 'آخرین بررسی',
  'src.never': 'هرگز',
  'src.syncNow': 'همگام‌سازی اکنون',
  'src.syncing': 'در حال همگام‌سازی…',
  'src.held': 'نگه‌داشته‌شده روی این دستگاه: {size}',
  'src.kind': 'نوع',
  'src.kindAuto': 'از سرستون‌ها شناخته می‌شود',
  'src.kind.scorecard': 'کارنامه‌ی منتشرشده',
  'src.workspace': 'فضای کاری',
  'src.size': 'اندازه',
  'src.readIn': 'خوانده‌شده در',
  'src.records': '{n} رکورد',
  'src.kpis': '{n} شاخص',
  'src.reread': 'همین حالا به‌روز شد',
  'src.problems': 'ایرادها',
  'src.ignored': 'نادیده گرفته شد'
};

const HE: Pack = {
  'src.publisher': 'פורסם על ידי',
  'src.dataAsOf': 'נתונים נכון ל',
  'src.publishedBy': 'פורסם על ידי {who}',
  'src.asOf': 'נתונים נכון ל־{when}',
  'src.offline': 'לא מקוון: מוצג העותק השמור במכשיר זה.',
  'src.problem': 'חלק מהקבצים שפורסמו לא נקראו; מוצגים העותקים השמורים.',
  'src.invalid': 'בקובץ המקורות שפורסם יש בעיות; מוצגים הנתונים השמורים.',
  'src.missing': 'קובץ המקורות כבר לא מפורסם; מוצגים הנתונים השמורים.',
  'src.details': 'פרטים בהגדרות',
  'src.readOnly': 'כרטיס ציון שפורסם: לקריאה בלבד',
  'src.readOnlyBody':
    'המספרים, היעדים והתקופה חושבו על ידי המפרסם ב־{when}. הרשומות אינן במכשיר זה, ולכן אי אפשר לשנות כאן את התקופה, המסננים, הפילוחים והצלילה לפרטים, ואי אפשר לערוך יעדים.',
  'src.title': 'נתונים שפורסמו',
  'src.intro':
    'קבצים שראש הצוות מפרסם לצד האפליקציה (data/sources.json). הם נבדקים בכל פתיחה של האפליקציה; רק קבצים שהשתנו נקראים מחדש, והעותקים השמורים עובדים גם ללא חיבור.',
  'src.none': 'לא פורסם דבר לצד האפליקציה (אין data/sources.json).',
  'src.file': 'קובץ המקורות',
  'src.state': 'מצב',
  'src.state.ok': 'מעודכן',
  'src.state.offline': 'לא מקוון',
  'src.state.missing': 'לא נמצא',
  'src.state.invalid': 'לא שמיש',
  'src.state.error': 'בעיה',
  'src.state.busy': 'ממתין לסיום ייבוא',
  'src.state.none': 'לא פורסם דבר',
  'src.lastSync': 'סנכרון מלא אחרון',
  'src.checked': 'בדיקה אחרונה',
  'src.never': 'אף פעם',
  'src.syncNow': 'סנכרן עכשיו',
  'src.syncing': 'מסנכרן…',
  'src.held': 'שמור במכשיר זה: {size}',
  'src.kind': 'סוג',
  'src.kindAuto': 'מזוהה לפי הכותרת',
  'src.kind.scorecard': 'כרטיס ציון שפורסם',
  'src.workspace': 'סביבת עבודה',
  'src.size': 'גודל',
  'src.readIn': 'נקרא ב־',
  'src.records': '{n} רשומות',
  'src.kpis': '{n} מדדים',
  'src.reread': 'עודכן עכשיו',
  'src.problems': 'בעיות',
  'src.ignored': 'התעלמות'
};

export const SOURCES_TEXT: Readonly<Record<Lang, Pack>> = { en: SOURCES_EN, ar: AR, fa: FA, he: HE };

export function sourcesText(lang: Lang, key: SourcesKey, params?: Readonly<Record<string, string | number>>): string {
  const text = SOURCES_TEXT[lang][key] || SOURCES_EN[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
