/** Customer header synonyms. See types.ts. */
import type { SynonymTable } from './types';

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const CUSTOMER_SYNONYMS: SynonymTable = {
  customer_id: [
    'customer id', 'customer', 'client id', 'client', 'account id', 'account', 'user id', 'contact id',
    'customer number', 'customer code', 'member id', { h: 'id', conf: 0.8 }, { h: 'email', conf: 0.8 },
    'شناسه مشتری', 'کد مشتری', 'شماره مشتری', 'مشتری', 'رقم العميل', 'معرف العميل', 'العميل',
    'מספר לקוח', 'מזהה לקוח', 'לקוח'
  ],
  created_at: [
    'created at', 'created', 'signup date', 'signed up', 'signed up at', 'sign up date', 'customer since',
    'join date', 'joined at', 'joined', 'registration date', 'registered at', 'first seen', 'start date',
    'تاریخ عضویت', 'تاریخ ثبت نام', 'تاريخ التسجيل', 'تاريخ الانضمام', 'תאריך הצטרפות'
  ],
  last_active_at: [
    'last active at', 'last active', 'last seen', 'last seen at', 'last activity', 'last activity date',
    'last login', 'last order date', 'last purchase date', 'last contacted',
    'آخرین فعالیت', 'آخرین بازدید', 'آخر نشاط', 'פעילות אחרונה'
  ],
  churned_at: [
    'churned at', 'churn date', 'churned on', 'cancelled at', 'canceled at', 'cancellation date', 'end date',
    'left at', { h: 'closed at', conf: 0.8 },
    'تاریخ لغو', 'تاریخ ریزش', 'تاريخ الإلغاء', 'תאריך עזיבה', 'תאריך ביטול'
  ],
  churned: [
    'churned', 'churn', 'has churned', 'is churned', 'cancelled', 'canceled', 'left',
    'ریزش', 'لغو شده', 'ألغى', 'غادر', 'עזב', 'נטש'
  ],
  revenue: [
    'revenue', 'total charges', 'lifetime value', 'ltv', 'clv', 'total spent', 'total revenue', 'sales',
    'total sales', { h: 'amount', conf: 0.7 },
    'درآمد', 'مجموع خرید', 'الإيرادات', 'المبيعات', 'הכנסה', 'הכנסות'
  ],
  segment: [
    'segment', 'plan', 'tier', 'customer segment', 'customer type', 'contract', { h: 'type', conf: 0.7 },
    'بخش', 'سطح مشتری', 'نوع مشتری', 'الشريحة', 'فئة العميل', 'פלח', 'סוג לקוח'
  ]
};
