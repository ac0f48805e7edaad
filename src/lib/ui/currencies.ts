/**
 * The currencies offered for a workspace's money KPIs: those of the regions the app is written
 * for (the four interface languages) and the most traded ones. Any ISO 4217 code works in the
 * formatter; this list only keeps the menu short.
 */
export const CURRENCIES: readonly string[] = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'IRR',
  'AED',
  'SAR',
  'EGP',
  'QAR',
  'KWD',
  'JOD',
  'ILS',
  'TRY',
  'INR',
  'JPY',
  'CNY',
  'CAD',
  'AUD'
];
