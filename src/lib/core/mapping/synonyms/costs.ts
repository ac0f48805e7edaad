/** Cost header synonyms (one row per cost item and period). See types.ts. */
import type { SynonymTable } from './types';

// Compact lists: synonym data reads best packed, so prettier leaves it alone.
// prettier-ignore
export const COST_SYNONYMS: SynonymTable = {
  period_start: [
    'period start', 'start date', 'period from', 'from date', 'period', 'month', 'week', 'billing period',
    'invoice date', { h: 'date', conf: 0.85 }, { h: 'from', conf: 0.8 },
    'شروع دوره', 'از تاریخ', 'تاريخ البداية', 'من تاريخ', 'תחילת תקופה', 'מתאריך'
  ],
  period_end: [
    'period end', 'end date', 'period to', 'to date', { h: 'to', conf: 0.8 },
    'پایان دوره', 'تا تاریخ', 'تاريخ النهاية', 'إلى تاريخ', 'סוף תקופה', 'עד תאריך'
  ],
  amount: [
    'amount', 'cost', 'total', 'spend', 'expense', 'expenses', 'value', 'total cost', 'cost amount',
    'مبلغ', 'هزینه', 'المبلغ', 'التكلفة', 'סכום', 'עלות'
  ],
  category: [
    'category', 'type', 'cost type', 'cost category', 'expense type', 'account', 'cost center',
    'دسته', 'نوع هزینه', 'الفئة', 'نوع التكلفة', 'קטגוריה', 'סוג הוצאה'
  ],
  currency: ['currency', 'ccy', 'currency code', 'ارز', 'واحد پول', 'العملة', 'מטבע']
};
