/**
 * Reading yes/no columns ("Answered (Y/N)", "Resolved", "Within SLA", "نعم") into 1 / 0.
 *
 * Why it exists: every tool spells a flag differently, in several languages, and the engine
 * stores booleans as 1 / 0 with NaN for missing (fields.ts).
 *
 * Promises of `parseBoolean(raw)` → 1, 0 or NaN (case-insensitive, trimmed, any digits):
 * yes/no, y/n, true/false, t/f, 1/0, on/off, x/✓/✔ (a tick) → 1 and ✗/✘ → 0,
 * "Within SLA"/"SLA Met" → 1 and "SLA Violated"/"Breached" → 0, Arabic نعم/لا,
 * Persian بله/بلی/آره/خیر/نه, Hebrew כן/לא, and a few European yes/no words.
 * An empty cell is NaN (unknown), NOT 0: "never 0 for missing data". For a column of tick marks
 * where a blank really means "no", use `parseCheckmark`, which reads '' as 0.
 */
import { toAsciiDigits } from './digits';

const WORDS = new Map<string, number>();
function words(value: number, list: string[]): void {
  for (const w of list) WORDS.set(w, value);
}
// prettier-ignore
words(1, [
  'yes', 'y', 'true', 't', '1', '1.0', 'on', 'x', '✓', '✔', '☑', '✅',
  'within sla', 'sla met', 'met', 'achieved', 'within', 'pass', 'passed', 'ok',
  'oui', 'si', 'sí', 'ja', 'sim', 'wahr', 'vrai', 'verdadero',
  'نعم', 'اجل', 'أجل', 'صح', 'صحيح', 'بله', 'بلی', 'بلي', 'آره', 'اره', 'درست', 'כן'
]);
// prettier-ignore
words(0, [
  'no', 'n', 'false', 'f', '0', '0.0', 'off', '✗', '✘', '☒', '❌',
  'sla violated', 'violated', 'breached', 'sla breached', 'missed', 'sla missed', 'fail', 'failed',
  'non', 'nein', 'não', 'nao', 'falsch', 'faux', 'falso',
  'لا', 'كلا', 'خطأ', 'خطا', 'خیر', 'خير', 'نه', 'نخیر', 'غلط', 'לא'
]);

const SPACES = /\s+/g;

/** Lower-cased, trimmed, inner whitespace collapsed; ASCII strings take the short road. */
function key(raw: string): string {
  return toAsciiDigits(raw).trim().replace(SPACES, ' ').toLowerCase();
}

export function parseBoolean(raw: string): number {
  // Most cells are short ASCII ("Y", "No", "TRUE"): try them as they are before normalising.
  const direct = WORDS.get(raw);
  if (direct !== undefined) return direct;
  const v = WORDS.get(key(raw));
  return v === undefined ? NaN : v;
}

/** Like `parseBoolean`, but for tick-box columns where an empty cell means "no" (0). */
export function parseCheckmark(raw: string): number {
  return raw.trim() === '' ? 0 : parseBoolean(raw);
}
