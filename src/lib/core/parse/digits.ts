/**
 * Folding of Arabic-script digits, separators and invisible marks into plain ASCII.
 *
 * Why it exists: exports made with Arabic or Persian locales write numbers and dates as
 * "١٢٫٥" or "۱۴۰۲/۰۵/۱۲", and right-to-left text is sprinkled with invisible direction marks
 * (RLM, ALM, isolates) and no-break spaces that make every other parser fail. Every value parser
 * in this folder calls `toAsciiDigits` first, so each of them only has to understand ASCII.
 *
 * Promises: Arabic-Indic (U+0660–0669) and extended/Persian (U+06F0–06F9) digits → 0–9; Arabic
 * decimal separator ٫ → '.'; Arabic thousands separator ٬ → ','; Arabic percent ٪ → '%'; bidi
 * marks (U+200E/F, U+061C, U+202A–202E, U+2066–2069) and zero-width no-break space / BOM
 * (U+FEFF) removed; NBSP (U+00A0), figure space (U+2007) and narrow NBSP (U+202F) → ' '.
 * A pure-ASCII string comes back unchanged (the same string, no allocation): the common case
 * for a million cells costs one char scan.
 */

/** Replacement for one non-ASCII code unit: a string, '' to drop it, or undefined to keep it. */
function replacementOf(c: number): string | undefined {
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  switch (c) {
    case 0x066b: // ARABIC DECIMAL SEPARATOR
      return '.';
    case 0x066c: // ARABIC THOUSANDS SEPARATOR
      return ',';
    case 0x066a: // ARABIC PERCENT SIGN
      return '%';
    case 0x00a0: // NO-BREAK SPACE
    case 0x2007: // FIGURE SPACE
    case 0x202f: // NARROW NO-BREAK SPACE (French thousands separator)
      return ' ';
    case 0x200e: // LRM
    case 0x200f: // RLM
    case 0x061c: // ARABIC LETTER MARK
    case 0xfeff: // BOM / ZWNBSP, left inside a first header or cell by some tools
      return '';
  }
  if (c >= 0x202a && c <= 0x202e) return ''; // embeddings and overrides
  if (c >= 0x2066 && c <= 0x2069) return ''; // isolates
  return undefined;
}

export function toAsciiDigits(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) < 0x80) i++;
  if (i === n) return s;
  // Copy unchanged runs with slice and only build pieces where something is replaced.
  let out = '';
  let runStart = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const r = replacementOf(c);
    if (r === undefined) continue;
    out += s.slice(runStart, i) + r;
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}
