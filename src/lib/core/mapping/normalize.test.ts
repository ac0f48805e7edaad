import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './normalize';

describe('normalizeHeader', () => {
  it.each([
    ['Created at', 'created_at'],
    ['  CREATED   AT ', 'created at'],
    ['createdAt', 'created-at'],
    ['\ufeffCall Id', 'call id'],
    ['CallID', 'call id'],
    ['customerID', 'Customer Id'],
    ['Résolution', 'resolution'],
    ['Answered (Y/N)', 'answered y n'],
    ['تاريخ الإنشاء', 'تاریخ الانشاء'],
    ['كد مشتري', 'کد مشتری'],
    ['شمارهٔ تیکت', 'شماره تیکت'],
    ['تیکت‌ها', 'تیکت ها'],
    ['مـدة', 'مدة'],
    ['נוצר  ב:', 'נוצר ב'],
    ['שָׁעָה', 'שעה'],
    ['سطح ۱', 'سطح 1'],
    ['مستوى ١', 'مستوى 1']
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeHeader(a)).toBe(normalizeHeader(b));
  });

  it('keeps # and % as words', () => {
    expect(normalizeHeader('Ticket #')).toBe('ticket #');
    expect(normalizeHeader('Answer%')).toBe('answer %');
  });

  it('gives distinct keys to different headers', () => {
    expect(normalizeHeader('Created at')).not.toBe(normalizeHeader('Closed at'));
    expect(normalizeHeader('Date')).not.toBe(normalizeHeader('Date_month_year'));
  });

  it('normalises to lower-case words separated by one space', () => {
    expect(normalizeHeader('First_Response__Time (in hrs)')).toBe('first response time in hrs');
    expect(normalizeHeader('StartTime')).toBe('start time');
  });
});
