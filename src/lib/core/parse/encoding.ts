/**
 * What kind of text file is this? Character encoding, binary look-alikes and the delimiter,
 * decided from the first bytes / characters of a file before it is streamed.
 *
 * Why it exists: users drop whatever Excel or their helpdesk gave them: UTF-8 with or without a
 * BOM, UTF-16 ("Unicode text"), Windows-1252 or Windows-1256 (Arabic Excel), or not a CSV at all
 * (an .xlsx is a ZIP). A general charset detector is ~1.2 MB; this does the few cases we need.
 *
 * Promises:
 * - `detectEncoding(head)`: a BOM wins (and `bomLength` says how many bytes to skip); UTF-16
 *   without a BOM is recognised by its zero bytes; valid UTF-8 (a multi-byte character cut at
 *   the end of the head is tolerated, and so is a stray invalid byte among many valid
 *   sequences) is UTF-8; otherwise Windows-1256 when the high bytes look
 *   like Arabic words, else Windows-1252. Pure ASCII is reported as UTF-8.
 * - `describeBinary(head)`: a plain-language name and advice for known non-CSV files (xlsx, xls,
 *   ods, zip, pdf, images, gzip, SQLite, HTML or Excel-XML disguised as a spreadsheet), or null.
 * - `looksBinary(head)`: true for those, and for bytes that are not text (NUL bytes outside
 *   UTF-16, many control characters).
 * - `sniffDelimiter(sample)`: ',' ';' '\t' or '|', whichever splits the sample's records (quote
 *   aware, so commas inside quoted fields and newlines inside quotes do not count) into the most
 *   consistent number of fields; Excel's `sep=;` first line is honoured. ',' when nothing splits.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1256';
export type Delimiter = ',' | ';' | '\t' | '|';

export function detectEncoding(head: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  const n = head.length;
  if (n >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (n >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (n >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(head)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: looksArabic1256(head) ? 'windows-1256' : 'windows-1252', bomLength: 0 };
}

/**
 * In UTF-16 every ASCII character (delimiters, digits, newlines: plenty in any CSV) has a zero
 * high byte, while 8-bit text never contains NUL. Zeros on one side of the byte pairs (at least
 * 5% of pairs) and almost none on the other mean UTF-16; Arabic text in UTF-16 has no zero in its
 * letters (0x06xx), so the bar is low on purpose.
 */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  // At least 4 zeros, so one stray NUL in a short 8-bit head is not taken for UTF-16.
  const enough = Math.max(4, pairs / 20);
  if (zeroOdd >= enough && zeroEven * 10 <= zeroOdd) return 'utf-16le';
  if (zeroEven >= enough && zeroOdd * 10 <= zeroEven) return 'utf-16be';
  return null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function isUtf8(head: Uint8Array): boolean {
  let ascii = true;
  for (let i = 0; i < head.length; i++) {
    if (head[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return true;
  // The head is a slice of a larger file: drop a multi-byte character cut off at the end.
  let end = head.length;
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    const b = head[head.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) end = head.length - back;
    }
    break;
  }
  try {
    utf8Fatal.decode(head.subarray(0, end));
    return true;
  } catch {
    return mostlyUtf8(head.subarray(0, end));
  }
}

/**
 * A UTF-8 file with a stray byte or two (files glued together, one bad cell) is still UTF-8:
 * decoding it as a Windows code page would garble every other non-ASCII character. Counts
 * well-formed multi-byte sequences against malformed bytes; 8-bit text almost never forms the
 * former by accident, so a 20:1 majority is a safe sign.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 8 && invalid * 20 <= valid;
}

/**
 * Windows-1256 puts Arabic letters at 0xC1–0xFF (apart from a few Latin letters kept for French)
 * and Arabic words are runs of them, while Windows-1252 text has isolated accented letters
 * between ASCII ones, mostly lower-case 0xE0–0xFF. So: most high bytes sit next to another high
 * byte, and a good share fall in 0xC1–0xDF, which in 1252 are upper-case accented letters.
 */
function looksArabic1256(head: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  let upperBand = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x80) continue;
    high++;
    if ((i > 0 && head[i - 1] >= 0x80) || (i + 1 < head.length && head[i + 1] >= 0x80)) paired++;
    if (b >= 0xc1 && b <= 0xdf && b !== 0xd7) upperBand++;
  }
  if (high === 0) return false;
  return paired / high > 0.6 && upperBand / high > 0.3;
}

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

/** The head as Latin-1 text, enough to look for ASCII markers inside binary containers. */
function latin1(head: Uint8Array, max = 4096): string {
  let s = '';
  const n = Math.min(head.length, max);
  for (let i = 0; i < n; i++) s += String.fromCharCode(head[i]);
  return s;
}

const UTF8_BOM_AS_LATIN1 = /^\u00EF\u00BB\u00BF/;

export function describeBinary(head: Uint8Array): string | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const text = latin1(head, 65536);
    if (text.includes('xl/') || (text.includes('[Content_Types].xml') && text.includes('sheet')))
      return 'an Excel workbook (.xlsx): open it in Excel and save it as CSV';
    if (text.includes('opendocument.spreadsheet')) return 'an OpenDocument spreadsheet (.ods): save it as CSV';
    if (text.includes('word/')) return 'a Word document (.docx), not a CSV file';
    if (text.includes('xl') || text.includes('Content_Types'))
      return 'an Excel workbook (.xlsx): open it in Excel and save it as CSV';
    return 'a ZIP archive: unzip it and choose the CSV files inside';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return 'an old Excel workbook (.xls): open it in Excel and save it as CSV';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document, not a CSV file';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image, not a CSV file';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'a JPEG image, not a CSV file';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image, not a CSV file';
  if (startsWith(head, [0x1f, 0x8b])) return 'a compressed (.gz) file: decompress it first';
  if (startsWith(head, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66])) return 'an SQLite database, not a CSV file';
  if (startsWith(head, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'a rich-text (.rtf) document, not a CSV file';
  // Text formats that pretend to be spreadsheets: some tools save an HTML table as ".xls".
  const text = latin1(head, 1024).replace(UTF8_BOM_AS_LATIN1, '').trimStart().toLowerCase();
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return 'an Excel XML spreadsheet: open it in Excel and save it as CSV';
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.startsWith('<table'))
    return 'a web page (HTML), often saved as ".xls" by helpdesks: open it in Excel and save it as CSV';
  return null;
}

export function looksBinary(head: Uint8Array): boolean {
  if (describeBinary(head) !== null) return true;
  const { encoding, bomLength } = detectEncoding(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  let control = 0;
  const n = head.length;
  for (let i = bomLength; i < n; i++) {
    const b = head[i];
    if (b === 0) return true;
    // Tab, LF, CR and form feed are ordinary in text; other C0 controls and DEL are not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
  }
  return n - bomLength > 0 && control / (n - bomLength) > 0.05;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const SEP_HINT = /^sep=(.)\r?\n/i;

export function sniffDelimiter(sample: string): Delimiter {
  let text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  // Excel's hint line: `sep=;`
  const hint = SEP_HINT.exec(text);
  if (hint && (CANDIDATES as readonly string[]).includes(hint[1])) return hint[1] as Delimiter;
  if (text.length > 65536) text = text.slice(0, 65536);

  // Count each candidate per record, outside quotes; stop after 50 records.
  const counts: number[][] = CANDIDATES.map(() => []);
  const current = [0, 0, 0, 0];
  let inQuotes = false;
  let recordHasText = false;
  const finishRecord = () => {
    if (recordHasText) for (let k = 0; k < 4; k++) counts[k].push(current[k]);
    current.fill(0);
    recordHasText = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // A doubled quote inside quotes is a literal quote and keeps us inside.
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
      recordHasText = true;
      continue;
    }
    if (inQuotes) continue;
    if (c === '\n' || c === '\r') {
      finishRecord();
      if (counts[0].length >= 50) break;
      continue;
    }
    const k = CANDIDATES.indexOf(c as Delimiter);
    if (k >= 0) current[k]++;
    recordHasText = true;
  }
  // The last record may be cut off by the sample's end: count it only if it is the only one.
  if (recordHasText && counts[0].length === 0) finishRecord();

  let best: Delimiter = ',';
  let bestScore = 0;
  CANDIDATES.forEach((d, k) => {
    const score = consistencyScore(counts[k]);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}

/**
 * How well a delimiter splits the records: the share of records having the most common
 * non-zero count (a header-like first line with no delimiters, as in Chatwoot's "Reporting
 * period" line, only lowers it), with a small bonus for more fields to break ties.
 */
function consistencyScore(perRecord: number[]): number {
  if (perRecord.length === 0) return 0;
  const freq = new Map<number, number>();
  for (const c of perRecord) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
  let modeCount = 0;
  let mode = 0;
  for (const [c, f] of freq) {
    if (f > modeCount || (f === modeCount && c > mode)) {
      modeCount = f;
      mode = c;
    }
  }
  if (modeCount === 0) return 0;
  return modeCount / perRecord.length + Math.min(mode, 100) / 10000;
}
