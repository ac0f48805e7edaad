/**
 * Words that appear inside written dates: month names, weekday names, AM/PM markers and zone
 * abbreviations, in the languages our users' exports come in.
 *
 * Why a separate file: the tables are data, dates.ts is the scanner; keeping them apart keeps
 * both readable. Keys are lower-case with '.' removed and Arabic yeh/kaf folded to the Persian
 * forms, exactly as `wordKey` produces them from the text of a cell.
 */

const ARABIC_YEH = 0x064a;
const ARABIC_KAF = 0x0643;
const YEH_KAF = /[يك]/g;

/** Lower-case, dots removed ("a.m." → "am", "Sept." → "sept"), Arabic ي/ك → Persian ی/ک. */
export function wordKey(word: string): string {
  let w = word.toLowerCase();
  if (w.indexOf('.') >= 0) w = w.split('.').join('');
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === ARABIC_YEH || c === ARABIC_KAF) {
      return w.replace(YEH_KAF, (ch) => (ch === 'ي' ? 'ی' : 'ک'));
    }
  }
  return w;
}

function table(entries: [number, string[]][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [value, words] of entries) for (const w of words) m.set(wordKey(w), value);
  return m;
}

/** Month name → 1–12 (Gregorian months only; English, French, German, Spanish, Arabic, Persian, Hebrew). */
// prettier-ignore
export const MONTHS = table([
  [1, ['jan', 'january', 'janv', 'janvier', 'januar', 'jänner', 'ene', 'enero', 'يناير', 'ژانویه', 'ינואר']],
  [2, ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'februar', 'febrero', 'فبراير', 'فوریه', 'פברואר']],
  [3, ['mar', 'march', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'مارس', 'מרץ']],
  [4, ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'أبريل', 'ابريل', 'إبريل', 'آوریل', 'אפריל']],
  [5, ['may', 'mai', 'mayo', 'مايو', 'مه', 'מאי']],
  [6, ['jun', 'june', 'juin', 'juni', 'junio', 'يونيو', 'ژوئن', 'יוני']],
  [7, ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'يوليو', 'ژوئیه', 'יולי']],
  [8, ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'أغسطس', 'اغسطس', 'اوت', 'אוגוסט']],
  [9, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'سبتمبر', 'سپتامبر', 'ספטמבר']],
  [10, ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'أكتوبر', 'اكتوبر', 'اکتبر', 'אוקטובר']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'نوفمبر', 'نوامبر', 'נובמבר']],
  [12, ['dec', 'december', 'déc', 'décembre', 'decembre', 'dez', 'dezember', 'dic', 'diciembre', 'ديسمبر', 'دسامبر', 'דצמבר']]
]);

/** Solar Hijri (Jalali) month names → 1–12: a date written with them is a Jalali date. */
// prettier-ignore
export const JALALI_MONTHS = table([
  [1, ['فروردین']], [2, ['اردیبهشت']], [3, ['خرداد']], [4, ['تیر']], [5, ['مرداد', 'امرداد']], [6, ['شهریور']],
  [7, ['مهر']], [8, ['آبان']], [9, ['آذر']], [10, ['دی']], [11, ['بهمن']], [12, ['اسفند']]
]);

/** Weekday names are skipped ("Wed, 22 Apr 2015"): the date itself says which day it is. */
// prettier-ignore
export const WEEKDAYS = table([
  [0, ['sun', 'sunday', 'dim', 'dimanche', 'so', 'sonntag', 'dom', 'domingo']],
  [1, ['mon', 'monday', 'lun', 'lundi', 'mo', 'montag', 'lunes']],
  [2, ['tue', 'tues', 'tuesday', 'mar', 'mardi', 'di', 'dienstag', 'martes']],
  [3, ['wed', 'wednesday', 'mer', 'mercredi', 'mi', 'mittwoch', 'mié', 'miércoles']],
  [4, ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi', 'do', 'donnerstag', 'jue', 'jueves']],
  [5, ['fri', 'friday', 'ven', 'vendredi', 'fr', 'freitag', 'vie', 'viernes']],
  [6, ['sat', 'saturday', 'sam', 'samedi', 'sa', 'samstag', 'sáb', 'sábado']]
]);

/** 0 = before noon, 1 = after noon. Arabic ص/م, Persian ق.ظ/ب.ظ and صبح/عصر included. */
// prettier-ignore
export const MERIDIEM = table([
  [0, ['am', 'a', 'ص', 'صباحا', 'صباحاً', 'ق.ظ', 'صبح']],
  [1, ['pm', 'p', 'م', 'مساء', 'مساءً', 'ب.ظ', 'عصر']]
]);

/**
 * Zone abbreviations whose meaning is not in doubt, in minutes east of UTC. Ambiguous ones
 * (IST, AST, CST-as-China) are left out on purpose: a wrong guess would shift every row.
 */
// prettier-ignore
export const ZONE_WORDS = table([
  [0, ['z', 'utc', 'gmt', 'ut']],
  [-300, ['est', 'cdt']],
  [-240, ['edt']],
  [-360, ['cst', 'mdt']],
  [-420, ['mst', 'pdt']],
  [-480, ['pst']],
  [60, ['cet', 'bst', 'wat']],
  [120, ['cest', 'eet']],
  [180, ['eest', 'msk']],
  [210, ['irst']],
  [270, ['irdt']],
  [540, ['jst', 'kst']]
]);

/** Words between a date and its time: "at 15:53", "um 15:53", "ساعت ۱۴:۳۰", "الساعة ١٠:٠٠". */
export const TIME_FILLERS = new Set(['at', 'um', 'à', 'a', 'ساعت', 'ساعة', 'الساعة', 'בשעה'].map(wordKey));
