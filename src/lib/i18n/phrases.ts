/**
 * Fixed English phrases that reach the screen from the data worker — import refusals and notes,
 * row-error reasons, the engine's KPI notes — shown in the interface language. The worker and the
 * engine speak English on purpose (their messages are also logs and test expectations); the UI
 * translates the phrases it knows and keeps file-specific details (column names, values, zone
 * names) as they are.
 *
 * Promise: `translatePhrase` never loses information. A phrase it does not know comes back
 * unchanged (English), a known one comes back translated with its details and counts (counts in
 * local digits) in place. English text is returned as is.
 */
import { fieldLabel, isField } from './fields';
import { formatCount } from './format';
import type { Lang } from './langs';

type Own = Readonly<Record<Exclude<Lang, 'en'>, string>>;

/** Whole-phrase patterns; `{1}`, `{2}`… are the pattern's groups. */
const RULES: readonly (readonly [RegExp, Own])[] = [
  [/^The file is empty\.$/, { fa: 'فایل خالی است.', ar: 'الملف فارغ.', he: 'הקובץ ריק.' }],
  [
    /^This is not a text \(CSV\) file: it contains binary data\.$/,
    {
      fa: 'این فایل متنی (CSV) نیست: داده‌ی دودویی دارد.',
      ar: 'هذا ليس ملفاً نصياً (CSV): فيه بيانات ثنائية.',
      he: 'זה אינו קובץ טקסט (CSV): הוא מכיל נתונים בינאריים.'
    }
  ],
  [
    /^The file has no data: it is blank\.$/,
    { fa: 'فایل داده‌ای ندارد: سفید است.', ar: 'لا يحوي الملف بيانات: إنه فارغ.', he: 'אין בקובץ נתונים: הוא ריק.' }
  ],
  [
    /^The file has a header but no data rows: there is nothing to import\.$/,
    {
      fa: 'فایل سرستون دارد اما هیچ ردیف داده‌ای ندارد: چیزی برای ورود نیست.',
      ar: 'للملف سطر عناوين لكن لا صفوف بيانات فيه: لا شيء للاستيراد.',
      he: 'לקובץ יש שורת כותרות אך אין שורות נתונים: אין מה לייבא.'
    }
  ],
  [
    /^Import cancelled before this file\.$/,
    { fa: 'ورود داده پیش از این فایل لغو شد.', ar: 'أُلغي الاستيراد قبل هذا الملف.', he: 'הייבוא בוטל לפני הקובץ הזה.' }
  ],
  [/^Import cancelled\.$/, { fa: 'ورود داده لغو شد.', ar: 'أُلغي الاستيراد.', he: 'הייבוא בוטל.' }],
  [
    /^Cancelled after (\d+) rows; nothing from this file is counted\.$/,
    {
      fa: 'پس از {1} ردیف لغو شد؛ هیچ چیز از این فایل شمرده نمی‌شود.',
      ar: 'أُلغي بعد {1} صفاً؛ لا يُحتسب شيء من هذا الملف.',
      he: 'בוטל אחרי {1} שורות; שום דבר מהקובץ הזה אינו נספר.'
    }
  ],
  [
    /^The file has no data rows\.$/,
    { fa: 'فایل هیچ ردیف داده‌ای ندارد.', ar: 'لا يحوي الملف صفوف بيانات.', he: 'אין בקובץ שורות נתונים.' }
  ],
  [
    /^No row of this file could be read; see the error list\.$/,
    {
      fa: 'هیچ ردیفی از این فایل خوانده نشد؛ فهرست خطاها را ببینید.',
      ar: 'تعذّرت قراءة أي صف من هذا الملف؛ راجع قائمة الأخطاء.',
      he: 'אף שורה בקובץ לא נקראה; ראו את רשימת השגיאות.'
    }
  ],
  [
    /^The import stopped: (.+)\. Stored data is unchanged\.$/,
    {
      fa: 'ورود داده متوقف شد: {1}. داده‌های ذخیره‌شده تغییری نکرده‌اند.',
      ar: 'توقّف الاستيراد: {1}. البيانات المخزنة لم تتغير.',
      he: 'הייבוא נעצר: {1}. הנתונים השמורים לא השתנו.'
    }
  ],
  [
    /^Required fields are not mapped: (.+)\.$/,
    {
      fa: 'ستون‌های لازم تطبیق داده نشده‌اند: {1}.',
      ar: 'لم تُربط الحقول المطلوبة: {1}.',
      he: 'שדות חובה לא הותאמו: {1}.'
    }
  ],
  [
    /^Some required columns were not recognised: (.+)\.$/,
    {
      fa: 'برخی ستون‌های لازم شناخته نشدند: {1}.',
      ar: 'لم يُتعرَّف على بعض الأعمدة المطلوبة: {1}.',
      he: 'חלק מעמודות החובה לא זוהו: {1}.'
    }
  ],
  [
    /^The kind of file or some columns are uncertain: please confirm the mapping\.$/,
    {
      fa: 'نوع فایل یا برخی ستون‌ها قطعی نیست: لطفاً تطبیق ستون‌ها را تأیید کنید.',
      ar: 'نوع الملف أو بعض الأعمدة غير مؤكد: يُرجى تأكيد الربط.',
      he: 'סוג הקובץ או חלק מהעמודות אינם ודאיים: אנא אשרו את ההתאמה.'
    }
  ],
  [
    /^Dates in "(.+)" could be day-first or month-first \(no day above 12 in the first rows\); they were read as (day\/month\/year|month\/day\/year|year-month-day)\.$/,
    {
      fa: 'تاریخ‌های «{1}» ممکن است روز-اول یا ماه-اول باشند (در ردیف‌های اول روزی بالای ۱۲ نبود)؛ به صورت {2} خوانده شدند.',
      ar: 'قد تكون التواريخ في «{1}» باليوم أولاً أو بالشهر أولاً (لا يوم فوق 12 في الصفوف الأولى)؛ قُرئت بصيغة {2}.',
      he: 'התאריכים ב„{1}” עשויים להיות יום־ראשון או חודש־ראשון (אין יום מעל 12 בשורות הראשונות); הם נקראו כ־{2}.'
    }
  ],
  [
    /^"(.+)" is measured in business hours by the exporting tool; it was added to (.+) as calendar time\.$/,
    {
      fa: '«{1}» را ابزار صادرکننده در ساعت کاری اندازه گرفته است؛ به صورت زمان تقویمی به {2} افزوده شد.',
      ar: 'تقيس الأداة المصدِّرة «{1}» بساعات العمل؛ وقد أُضيف إلى {2} كوقت تقويمي.',
      he: '„{1}” נמדד בשעות עבודה בכלי המייצא; הוא נוסף ל־{2} כזמן קלנדרי.'
    }
  ],
  [
    /^"(.+)" needs (.+), which the file does not have: it is not used\.$/,
    {
      fa: '«{1}» به {2} نیاز دارد که در فایل نیست: استفاده نمی‌شود.',
      ar: '«{1}» يحتاج إلى {2} وهو غير موجود في الملف: لم يُستخدم.',
      he: '„{1}” דורש את {2}, שאינו בקובץ: לא נעשה בו שימוש.'
    }
  ],
  [
    /^an Excel workbook \(\.xlsx\): open it in Excel and save it as CSV$/,
    {
      fa: 'یک کارپوشه‌ی اکسل (.xlsx): آن را در اکسل باز کنید و به صورت CSV ذخیره کنید',
      ar: 'مصنف Excel ‏(.xlsx): افتحه في Excel واحفظه بصيغة CSV',
      he: 'חוברת Excel ‏(.xlsx): פתחו אותה ב־Excel ושמרו כ־CSV'
    }
  ],
  [
    /^row skipped: required value (\S+) is missing$/,
    {
      fa: 'ردیف کنار گذاشته شد: مقدار لازم {1} خالی است',
      ar: 'تُخطّي الصف: القيمة المطلوبة {1} مفقودة',
      he: 'השורה דולגה: ערך החובה {1} חסר'
    }
  ],
  [
    /^row skipped: cannot read "(.*)" as (a date\/time|yes\/no|a number) for (\S+)$/,
    {
      fa: 'ردیف کنار گذاشته شد: «{1}» به عنوان {2} برای {3} خوانده نشد',
      ar: 'تُخطّي الصف: تعذّرت قراءة «{1}» بوصفه {2} للحقل {3}',
      he: 'השורה דולגה: לא ניתן לקרוא את „{1}” כ{2} עבור {3}'
    }
  ],
  [
    /^cannot read as (a date\/time|yes\/no|a number) for (\S+); stored as missing$/,
    {
      fa: 'به عنوان {1} برای {2} خوانده نشد؛ خالی ذخیره شد',
      ar: 'تعذّرت القراءة بوصفه {1} للحقل {2}؛ خُزّن كقيمة مفقودة',
      he: 'לא ניתן לקרוא כ{1} עבור {2}; נשמר כחסר'
    }
  ],
  [
    /^cannot read as a duration for (\S+); stored as missing$/,
    {
      fa: 'به عنوان مدت زمان برای {1} خوانده نشد؛ خالی ذخیره شد',
      ar: 'تعذّرت القراءة بوصفه مدة للحقل {1}؛ خُزّن كقيمة مفقودة',
      he: 'לא ניתן לקרוא כמשך זמן עבור {1}; נשמר כחסר'
    }
  ],
  [
    /^(\d+) (.+) excluded: the end time is before the start time$/,
    {
      fa: '{1} مورد کنار گذاشته شد ({2}): زمان پایان پیش از زمان شروع است',
      ar: 'استُبعد {1} سجلاً ({2}): وقت الانتهاء يسبق وقت البدء',
      he: '{1} רשומות הוצאו ({2}): מועד הסיום קודם למועד ההתחלה'
    }
  ],
  [
    /^resolved as of the latest data$/,
    {
      fa: 'وضعیت حل بر اساس تازه‌ترین داده‌ها',
      ar: 'الحل بحسب أحدث البيانات',
      he: 'מצב הפתרון לפי הנתונים העדכניים ביותר'
    }
  ],
  [/^threshold (\d+) s$/, { fa: 'آستانه: {1} ثانیه', ar: 'العتبة: {1} ثانية', he: 'סף: {1} שניות' }],
  [/^in business hours$/, { fa: 'بر حسب ساعت کاری', ar: 'بساعات العمل', he: 'בשעות עבודה' }],
  [
    /^(\d+) tickets resolved by status only are dated by creation$/,
    {
      fa: '{1} تیکتی که فقط با وضعیتشان حل‌شده‌اند با تاریخ ایجاد حساب شدند',
      ar: '{1} تذكرة محلولة بحسب الحالة فقط أُرّخت بتاريخ إنشائها',
      he: '{1} פניות שנפתרו לפי סטטוס בלבד תוארכו לפי מועד היצירה'
    }
  ],
  [/^(\d+) agent-days$/, { fa: '{1} روز-کارشناس', ar: '{1} يوم عمل للموظفين', he: '{1} ימי נציג' }],
  [
    /^calls only; tickets are counted in “Closed per agent”$/,
    {
      fa: 'فقط تماس‌ها؛ تیکت‌ها در «درخواست‌های بسته‌شده به ازای هر کارشناس» شمرده می‌شوند',
      ar: 'المكالمات فقط؛ تُحتسب التذاكر في «الطلبات المغلقة لكل موظف»',
      he: 'שיחות בלבד; פניות נספרות ב„פניות שנסגרו לכל נציג”'
    }
  ],
  [
    /^Event log: (\d+) rows for (\d+) records; the last row of each is imported, earlier rows give its history\.$/,
    {
      fa: 'گزارش رویدادها: {1} ردیف برای {2} رکورد؛ آخرین ردیف هر رکورد وارد شد و ردیف‌های پیشین تاریخچه‌ی آن را می‌دهند.',
      ar: 'سجل أحداث: {1} صفًا لـ {2} سجلًا؛ استُورد آخر صف لكل سجل، وتعطي الصفوف السابقة تاريخه.',
      he: 'יומן אירועים: {1} שורות עבור {2} רשומות; השורה האחרונה של כל רשומה יובאה, והשורות הקודמות נותנות את ההיסטוריה שלה.'
    }
  ],
  [
    /^Rows without an id were left out: (\d+)\.$/,
    {
      fa: 'ردیف‌های بدون شناسه کنار گذاشته شدند: {1}.',
      ar: 'أُسقطت الصفوف التي بلا معرّف: {1}.',
      he: 'שורות ללא מזהה הושמטו: {1}.'
    }
  ],
  [
    /^(\d+) tickets from the file's SLA flag$/,
    {
      fa: '{1} تیکت از نشانه‌ی SLA خودِ فایل',
      ar: '{1} تذكرة من مؤشر الاتفاقية في الملف نفسه',
      he: '{1} פניות לפי סימון ה־SLA שבקובץ'
    }
  ],
  [
    /^(\d+) tickets from their due dates in the file$/,
    {
      fa: '{1} تیکت از موعدهای درج‌شده در فایل',
      ar: '{1} تذكرة من المواعيد المذكورة في الملف',
      he: '{1} פניות לפי מועדי היעד שבקובץ'
    }
  ],
  [
    /^(\d+) tickets from your SLA policy in business hours$/,
    {
      fa: '{1} تیکت از سیاست SLA شما در ساعت کاری',
      ar: '{1} تذكرة من سياسة الاتفاقية لديك بساعات العمل',
      he: '{1} פניות לפי מדיניות ה־SLA שלך בשעות עבודה'
    }
  ],
  [
    /^(\d+) tickets from your SLA policy$/,
    { fa: '{1} تیکت از سیاست SLA شما', ar: '{1} تذكرة من سياسة الاتفاقية لديك', he: '{1} פניות לפי מדיניות ה־SLA שלך' }
  ],
  [
    /^judged on resolution only: no ticket has a first response time$/,
    {
      fa: 'فقط بر اساس حل‌شدن سنجیده شد: هیچ تیکتی زمان اولین پاسخ ندارد',
      ar: 'قيس على الحل فقط: لا تذكرة لها وقت أول رد',
      he: 'נבחן על הפתרון בלבד: לאף פנייה אין זמן מענה ראשון'
    }
  ],
  [
    /^judged on first response only: no ticket has a resolution time$/,
    {
      fa: 'فقط بر اساس اولین پاسخ سنجیده شد: هیچ تیکتی زمان حل ندارد',
      ar: 'قيس على أول رد فقط: لا تذكرة لها وقت حل',
      he: 'נבחן על המענה הראשון בלבד: לאף פנייה אין זמן פתרון'
    }
  ],
  [
    /^(\d+) open tickets not yet due when the data ends are not judged$/,
    {
      fa: '{1} تیکت باز که تا پایان داده‌ها هنوز موعدشان نرسیده سنجیده نمی‌شوند',
      ar: '{1} تذكرة مفتوحة لم يحن موعدها عند نهاية البيانات لا تُقاس',
      he: '{1} פניות פתוחות שמועדן טרם הגיע בסוף הנתונים אינן נבחנות'
    }
  ],
  [
    /^(\d+) tickets are not judged on resolution: their records have no resolution times$/,
    {
      fa: '{1} تیکت از نظر حل‌شدن سنجیده نمی‌شوند: رکوردهایشان زمان حل ندارد',
      ar: '{1} تذكرة لا تُقاس على الحل: سجلاتها بلا أوقات حل',
      he: '{1} פניות אינן נבחנות על הפתרון: ברשומות שלהן אין זמני פתרון'
    }
  ],
  [
    /^the previous period as it stood at the same age: what it resolved later is not counted$/,
    {
      fa: 'دوره‌ی قبل همان‌طور که در همان سن بود: آنچه بعداً حل شد شمرده نمی‌شود',
      ar: 'الفترة السابقة كما كانت في العمر نفسه: ما حُلّ لاحقاً لا يُحتسب',
      he: 'התקופה הקודמת כפי שהייתה באותו גיל: מה שנפתר מאוחר יותר אינו נספר'
    }
  ],
  [
    /^costs covering a period are spread over its days \(a month when the row gives no end\)$/,
    {
      fa: 'هزینه‌هایی که یک بازه را پوشش می‌دهند روی روزهای آن پخش شده‌اند (اگر ردیف پایانی نداشته باشد، یک ماه)',
      ar: 'التكاليف التي تغطي فترة موزّعة على أيامها (شهر إن لم يذكر الصف نهاية)',
      he: 'עלויות שמכסות תקופה פרוסות על ימיה (חודש כשהשורה אינה נותנת סוף)'
    }
  ],
  [
    /^each rating counted once: (\d+) survey answers, (\d+) ticket ratings, (\d+) call ratings$/,
    {
      fa: 'هر امتیاز یک بار شمرده شد: {1} پاسخ نظرسنجی، {2} امتیاز تیکت، {3} امتیاز تماس',
      ar: 'كل تقييم احتُسب مرة واحدة: {1} إجابة استبيان، {2} تقييم تذكرة، {3} تقييم مكالمة',
      he: 'כל דירוג נספר פעם אחת: {1} תשובות סקר, {2} דירוגי פניות, {3} דירוגי שיחות'
    }
  ],
  [
    /^snapshot of the customer list: (\d+) of (\d+) churned, with no dates$/,
    {
      fa: 'تصویری از فهرست مشتریان: {1} از {2} ریزش کرده‌اند، بدون تاریخ',
      ar: 'لقطة من قائمة العملاء: {1} من {2} غادروا، بلا تواريخ',
      he: 'תמונת מצב של רשימת הלקוחות: {1} מתוך {2} עזבו, ללא תאריכים'
    }
  ],
  [
    /^(\d+) due times from the SLA policy$/,
    { fa: '{1} موعد از سیاست SLA', ar: '{1} موعداً من سياسة الاتفاقية', he: '{1} מועדי יעד לפי מדיניות ה־SLA' }
  ],
  [
    /^from the tickets’ satisfaction ratings \(1–5\)$/,
    {
      fa: 'از امتیاز رضایت تیکت‌ها (۱ تا ۵)',
      ar: 'من درجة الرضا في التذاكر (1–5)',
      he: 'מציון שביעות הרצון בפניות (1–5)'
    }
  ],
  [
    /^from the calls’ satisfaction ratings \(1–5; 0 = no rating\)$/,
    {
      fa: 'از امتیاز رضایت تماس‌ها (۱ تا ۵؛ ۰ یعنی بدون امتیاز)',
      ar: 'من درجة الرضا في المكالمات (1–5؛ 0 = بلا تقييم)',
      he: 'מציון שביעות הרצון בשיחות (1–5; 0 = ללא דירוג)'
    }
  ],
  [
    /^(\d+) scores outside their scale left out$/,
    {
      fa: '{1} امتیاز بیرون از مقیاس کنار گذاشته شد',
      ar: 'استُبعدت {1} درجة خارج مقياسها',
      he: '{1} ציונים מחוץ לסולם הושמטו'
    }
  ],
  [
    /^from the first-contact-resolution flag$/,
    { fa: 'از نشانه‌ی حل در اولین تماس', ar: 'من مؤشر الحل من أول تواصل', he: 'מסימון הפתרון בפנייה הראשונה' }
  ],
  [
    /^derived: resolved with at most one agent reply and never reopened$/,
    {
      fa: 'محاسبه‌شده: حل‌شده با حداکثر یک پاسخ کارشناس و بدون بازگشایی',
      ar: 'مشتق: حُلّت بردّ واحد على الأكثر من الموظف ولم يُعَد فتحها',
      he: 'נגזר: נפתר עם תשובת נציג אחת לכל היותר ולא נפתח מחדש'
    }
  ],
  [
    /^no reopened column: reopenings unknown$/,
    {
      fa: 'ستون بازگشایی نیست: بازگشایی‌ها معلوم نیستند',
      ar: 'لا يوجد عمود لإعادة الفتح: مرات إعادة الفتح غير معروفة',
      he: 'אין עמודת פתיחה מחדש: פתיחות מחדש אינן ידועות'
    }
  ],
  [
    /^from calls: resolved on the call \/ answered calls$/,
    {
      fa: 'از تماس‌ها: حل‌شده در تماس / تماس‌های پاسخ‌داده‌شده',
      ar: 'من المكالمات: المحلولة خلال المكالمة / المكالمات المُجاب عنها',
      he: 'משיחות: נפתר בשיחה / שיחות שנענו'
    }
  ],
  [
    /^from calls: calls per customer \(and queue\) up to the one that resolved the issue$/,
    {
      fa: 'از تماس‌ها: تماس‌های هر مشتری (و صف) تا تماسی که مشکل را حل کرد',
      ar: 'من المكالمات: مكالمات كل عميل (وقائمة انتظار) حتى المكالمة التي حلّت المشكلة',
      he: 'משיחות: שיחות לכל לקוח (ותור) עד זו שפתרה את הבעיה'
    }
  ],
  [
    /^from the message log: conversations by their first customer message$/,
    {
      fa: 'از فهرست پیام‌ها: گفتگوها بر اساس اولین پیام مشتری',
      ar: 'من سجل الرسائل: المحادثات بحسب أول رسالة من العميل',
      he: 'מיומן ההודעות: שיחות לפי ההודעה הראשונה של הלקוח'
    }
  ],
  [
    /^no message data: first response time used$/,
    {
      fa: 'داده‌ی پیام نیست: زمان اولین پاسخ به کار رفت',
      ar: 'لا توجد بيانات رسائل: استُخدم زمن الرد الأول',
      he: 'אין נתוני הודעות: נעשה שימוש בזמן המענה הראשון'
    }
  ],
  [
    /^from the current status: earlier backlog is approximate$/,
    {
      fa: 'از وضعیت فعلی: کارهای معوق گذشته تقریبی است',
      ar: 'من الحالة الراهنة: التراكم السابق تقريبي',
      he: 'מהסטטוס הנוכחי: הצבר בעבר משוער'
    }
  ],
  [
    /^mixed currencies \((.+)\) summed as they are$/,
    {
      fa: 'چند واحد پول ({1}) بدون تبدیل جمع شده‌اند',
      ar: 'عملات مختلطة ({1}) جُمعت كما هي',
      he: 'מטבעות מעורבים ({1}) סוכמו כמות שהם'
    }
  ],
  [
    /^costs are not narrowed by filters$/,
    {
      fa: 'پالایه‌ها روی هزینه‌ها اعمال نمی‌شوند',
      ar: 'لا تُطبَّق عوامل التصفية على التكاليف',
      he: 'המסננים אינם חלים על העלויות'
    }
  ],
  [
    /^customers are not narrowed by filters$/,
    {
      fa: 'پالایه‌ها روی مشتریان اعمال نمی‌شوند',
      ar: 'لا تُطبَّق عوامل التصفية على العملاء',
      he: 'המסננים אינם חלים על הלקוחות'
    }
  ],
  [
    /^call-related cost categories only$/,
    {
      fa: 'فقط دسته‌های هزینه‌ی مربوط به تماس',
      ar: 'فئات التكلفة المتعلقة بالمكالمات فقط',
      he: 'רק קטגוריות עלות הקשורות לשיחות'
    }
  ],
  [
    /^costs have no call-related category: all costs used$/,
    {
      fa: 'هزینه‌ها دسته‌ی مربوط به تماس ندارند: همه‌ی هزینه‌ها به کار رفت',
      ar: 'لا توجد فئة تكلفة متعلقة بالمكالمات: استُخدمت كل التكاليف',
      he: 'אין לעלויות קטגוריה הקשורה לשיחות: נעשה שימוש בכל העלויות'
    }
  ],
  [
    /^from the calls’ cost column$/,
    { fa: 'از ستون هزینه‌ی تماس‌ها', ar: 'من عمود تكلفة المكالمات', he: 'מעמודת העלות של השיחות' }
  ],
  [
    /^(\d+) customers without a revenue figure left out$/,
    {
      fa: '{1} مشتری بدون رقم درآمد کنار گذاشته شد',
      ar: 'استُبعد {1} عميلاً بلا رقم إيراد',
      he: '{1} לקוחות ללא נתון הכנסה הושמטו'
    }
  ],
  [
    /^no activity in the (\d+) days before the period end$/,
    {
      fa: 'بدون فعالیت در {1} روز پیش از پایان دوره',
      ar: 'بلا نشاط في الأيام الـ{1} السابقة لنهاية الفترة',
      he: 'ללא פעילות ב־{1} הימים שלפני סוף התקופה'
    }
  ],
  [/^(\d+) days in the period$/, { fa: '{1} روز در این دوره', ar: '{1} يوماً في الفترة', he: '{1} ימים בתקופה' }],
  [
    /^complaints recognised from the category or tags$/,
    {
      fa: 'شکایت‌ها از روی دسته یا برچسب‌ها شناسایی شدند',
      ar: 'تم التعرّف على الشكاوى من الفئة أو الوسوم',
      he: 'תלונות זוהו לפי הקטגוריה או התגיות'
    }
  ],
  [/^labels from tags$/, { fa: 'برچسب‌ها از ستون برچسب', ar: 'التصنيفات من الوسوم', he: 'תוויות מהתגיות' }],
  [/^labels from category$/, { fa: 'برچسب‌ها از ستون دسته', ar: 'التصنيفات من الفئة', he: 'תוויות מהקטגוריה' }],
  [/^hours in (.+)$/, { fa: 'ساعت‌ها به وقت {1}', ar: 'الساعات بتوقيت {1}', he: 'שעות לפי אזור הזמן {1}' }],
  [/^(\d+) hours with calls$/, { fa: '{1} ساعت با تماس', ar: '{1} ساعة فيها مكالمات', he: '{1} שעות עם שיחות' }],
  [/^(\d+) agents$/, { fa: '{1} کارشناس', ar: '{1} موظفاً', he: '{1} נציגים' }],
  [
    /^no SLA policy in the settings either$/,
    {
      fa: 'در تنظیمات هم سیاست SLA تعریف نشده',
      ar: 'ولا توجد سياسة لاتفاقية الخدمة في الإعدادات',
      he: 'וגם אין מדיניות SLA בהגדרות'
    }
  ]
];

/** Words that appear inside a group (a value type, what was excluded, a date order). */
const WORDS: ReadonlyMap<string, Own> = new Map<string, Own>([
  ['a date/time', { fa: 'تاریخ و زمان', ar: 'تاريخ ووقت', he: 'תאריך ושעה' }],
  ['yes/no', { fa: 'بله/خیر', ar: 'نعم/لا', he: 'כן/לא' }],
  ['a number', { fa: 'عدد', ar: 'رقم', he: 'מספר' }],
  [
    'calls answered before they were queued',
    {
      fa: 'تماس‌هایی که پیش از ورود به صف پاسخ داده شده‌اند',
      ar: 'مكالمات رُدّ عليها قبل دخولها الانتظار',
      he: 'שיחות שנענו לפני שנכנסו לתור'
    }
  ],
  [
    'calls with an end before their queue time',
    {
      fa: 'تماس‌هایی با پایان پیش از ورود به صف',
      ar: 'مكالمات انتهت قبل دخولها الانتظار',
      he: 'שיחות שהסתיימו לפני הכניסה לתור'
    }
  ],
  [
    'calls that ended before they were answered',
    { fa: 'تماس‌هایی که پیش از پاسخ تمام شده‌اند', ar: 'مكالمات انتهت قبل الرد عليها', he: 'שיחות שהסתיימו לפני שנענו' }
  ],
  [
    'tickets with a first response before creation',
    {
      fa: 'تیکت‌هایی با اولین پاسخ پیش از ایجاد',
      ar: 'تذاكر جاء ردها الأول قبل إنشائها',
      he: 'פניות עם מענה ראשון לפני יצירתן'
    }
  ],
  [
    'email tickets with a first response before creation',
    {
      fa: 'تیکت‌های ایمیلی با اولین پاسخ پیش از ایجاد',
      ar: 'تذاكر بريد جاء ردها الأول قبل إنشائها',
      he: 'פניות דוא״ל עם מענה ראשון לפני יצירתן'
    }
  ],
  [
    'tickets resolved before creation',
    { fa: 'تیکت‌های حل‌شده پیش از ایجاد', ar: 'تذاكر حُلّت قبل إنشائها', he: 'פניות שנפתרו לפני יצירתן' }
  ],
  [
    'tickets resolved before their first response',
    { fa: 'تیکت‌های حل‌شده پیش از اولین پاسخ', ar: 'تذاكر حُلّت قبل ردها الأول', he: 'פניות שנפתרו לפני המענה הראשון' }
  ],
  ['day/month/year', { fa: 'روز/ماه/سال', ar: 'يوم/شهر/سنة', he: 'יום/חודש/שנה' }],
  ['month/day/year', { fa: 'ماه/روز/سال', ar: 'شهر/يوم/سنة', he: 'חודש/יום/שנה' }],
  ['year-month-day', { fa: 'سال-ماه-روز', ar: 'سنة-شهر-يوم', he: 'שנה-חודש-יום' }]
]);

function group(value: string, lang: Exclude<Lang, 'en'>): string {
  if (/^\d+$/.test(value)) return formatCount(Number(value), lang) ?? value;
  // Canonical field names (`survey_id, responded_at`): their labels, each with its name.
  const names = value.split(', ');
  if (names.every((n) => /^[a-z][a-z0-9_]*$/.test(n) && isField(n)))
    return names.map((n) => `${fieldLabel(lang, n)} (${n})`).join(lang === 'he' ? ', ' : '، ');
  return WORDS.get(value)?.[lang] ?? value;
}

function one(lang: Exclude<Lang, 'en'>, phrase: string): string {
  for (const [re, own] of RULES) {
    const m = re.exec(phrase);
    if (m) return own[lang].replace(/\{(\d)\}/g, (_, i: string) => group(m[Number(i)] ?? '', lang));
  }
  return phrase;
}

/**
 * `text` in `lang`. Several sentences joined by spaces (an import's notes) are translated one by
 * one, so one unknown sentence does not keep the others in English.
 */
export function translatePhrase(lang: Lang, text: string): string {
  if (lang === 'en' || text === '') return text;
  const whole = one(lang, text);
  if (whole !== text) return whole;
  const sentences = text.split(/(?<=\.)\s+(?=["A-Z])/);
  return sentences.length > 1 ? sentences.map((s) => one(lang, s)).join(' ') : text;
}

/** True when `translatePhrase` knows the phrase (for tests and for marking English leftovers). */
export function knowsPhrase(text: string): boolean {
  return RULES.some(([re]) => re.test(text));
}
