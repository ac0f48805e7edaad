/**
 * A corpus of hard-to-read ticket files, built here byte by byte (issue 2, "Bad input"), each
 * with what a correct importer must do with it: rows stored, rows skipped, the problem lines it
 * must report (line, column, value, a reason mentioning the field), or the refusal.
 *
 * Why bytes and not fixture files: the encodings are the point (UTF-16LE with BOM,
 * Windows-1256), and building them from a small table keeps every byte visible and reviewable.
 * The Windows-1256 table is checked against Node's own decoder before use, so a typo in it
 * fails the test loudly instead of testing the wrong bytes.
 *
 * Every file's ticket ids are unique to it (prefix per file), so each counts as new rows.
 */

const HEADER = [
  'ticket_id',
  'created_at',
  'first_response_at',
  'resolved_at',
  'channel',
  'agent',
  'category',
  'replies'
];

/** Arabic letters in Windows-1256 (single bytes 0xC1–0xED), enough for the names below. */
// A byte table reads best packed, so prettier leaves it alone.
// prettier-ignore
const CP1256 = {
  ء: 0xc1, آ: 0xc2, أ: 0xc3, ؤ: 0xc4, إ: 0xc5, ئ: 0xc6, ا: 0xc7, ب: 0xc8, ة: 0xc9, ت: 0xca,
  ث: 0xcb, ج: 0xcc, ح: 0xcd, خ: 0xce, د: 0xcf, ذ: 0xd0, ر: 0xd1, ز: 0xd2, س: 0xd3, ش: 0xd4,
  ص: 0xd5, ض: 0xd6, ط: 0xd8, ظ: 0xd9, ع: 0xda, غ: 0xdb, ف: 0xdd, ق: 0xde, ك: 0xdf, ل: 0xe1,
  م: 0xe3, ن: 0xe4, ه: 0xe5, و: 0xe6, ى: 0xec, ي: 0xed
};

function encodeCp1256(text) {
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (CP1256[ch] !== undefined) bytes.push(CP1256[ch]);
    else throw new Error(`no Windows-1256 byte for ${ch} in the test's table`);
  }
  const buffer = Buffer.from(bytes);
  // Self-check: Node's decoder must read the bytes back as the same text.
  const back = new TextDecoder('windows-1256').decode(buffer);
  if (back !== text) throw new Error('the Windows-1256 table of the test is wrong');
  return buffer;
}

function encodeUtf16leWithBom(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const lines = (rows, sep, eol) => rows.map((r) => r.join(sep)).join(eol) + eol;

/** Arabic names that must come through the Windows-1256 file intact. */
export const ARABIC_AGENTS = ['محمد علي', 'سارة ناصر'];
/** Hebrew name that must come through the UTF-16 file intact. */
export const HEBREW_AGENT = 'נועה כהן';

/**
 * @typedef {{ name: string, mimeType: string, buffer: Buffer }} Payload
 * @typedef {{ line: number, column: string, value: string, reason: RegExp }} Problem
 * @typedef {{ payload: Payload, what: string, refused?: RegExp,
 *   stored?: number, skipped?: number, problems?: Problem[] }} NastyFile
 */

/** The files that hold readable rows (some rows bad). @returns {NastyFile[]} */
export function readableNastyFiles() {
  const utf16Rows = [
    HEADER,
    [
      'U16-1',
      '2026-10-10T08:00:00Z',
      '2026-10-10T08:20:00Z',
      '2026-10-10T12:00:00Z',
      'email',
      HEBREW_AGENT,
      'billing',
      '2'
    ],
    ['U16-2', '2026-10-10T09:00:00Z', '2026-10-10T09:05:00Z', '', 'chat', HEBREW_AGENT, 'login', '1'],
    [
      'U16-3',
      '2026-10-11T10:30:00Z',
      '2026-10-11T11:00:00Z',
      '2026-10-12T10:00:00Z',
      'phone',
      'Dara Moradi',
      'refund',
      '3'
    ],
    ['U16-4', 'soon', '', '', 'email', 'Dara Moradi', 'billing', '1'],
    [
      'U16-5',
      '2026-10-12T07:45:00Z',
      '2026-10-12T08:45:00Z',
      '2026-10-12T18:00:00Z',
      'email',
      HEBREW_AGENT,
      'delivery',
      '2'
    ],
    ['U16-6', '2026-10-13T16:10:00Z', '2026-10-13T16:12:00Z', '', 'chat', 'Dara Moradi', 'login', '1']
  ];
  const arabicRows = [
    HEADER,
    ['AR-1', '2026-10-14 09:00', '2026-10-14 09:30', '2026-10-14 15:00', 'email', ARABIC_AGENTS[0], 'فواتير', '2'],
    ['AR-2', '2026-10-14 10:15', '2026-10-14 10:20', '', 'chat', ARABIC_AGENTS[1], 'شحن', '1'],
    ['AR-3', '2026-10-15 11:40', '2026-10-15 13:00', '2026-10-16 09:00', 'phone', ARABIC_AGENTS[0], 'فواتير', '3'],
    ['AR-4', '2026-10-15 14:05', '2026-10-15 14:25', '2026-10-15 17:30', 'email', ARABIC_AGENTS[1], 'شحن', '2'],
    ['AR-5', '2026-10-16 08:30', '2026-10-16 08:31', '', 'chat', ARABIC_AGENTS[1], 'دعم', '1']
  ];
  // Day-first dates (23/10 can only be day/month), semicolons, CRLF, one unreadable optional value.
  const semicolonRows = [
    HEADER,
    ['SC-1', '23/10/2026 14:05', '23/10/2026 14:35', '24/10/2026 09:00', 'email', 'Ana Souza', 'billing', '2'],
    ['SC-2', '24/10/2026 08:00', '24/10/2026 08:10', '', 'chat', 'Chen Wei', 'login', '1'],
    ['SC-3', '05/11/2026 10:00', '05/11/2026 11:00', '06/11/2026 10:00', 'phone', 'Ana Souza', 'refund', 'two'],
    ['SC-4', '28/10/2026 17:20', '28/10/2026 17:25', '29/10/2026 12:00', 'email', 'Chen Wei', 'delivery', '3'],
    ['SC-5', '31/10/2026 09:45', '31/10/2026 10:45', '', 'email', 'Ana Souza', 'billing', '2']
  ];
  const persian = (s) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  const persianRows = [
    HEADER,
    ...[
      ['PD-1', '2026-10-17 09:15', '2026-10-17 09:45', '2026-10-17 16:00', 'email', 'مریم حسینی', 'صورتحساب', '3'],
      ['PD-2', '2026-10-18 10:00', '2026-10-18 10:02', '', 'chat', 'رضا کریمی', 'ورود', '1'],
      ['PD-3', '2026-10-19 13:30', '2026-10-19 14:00', '2026-10-20 09:00', 'phone', 'مریم حسینی', 'ارسال', '12'],
      ['PD-4', '2026-10-20 08:05', '2026-10-20 08:50', '2026-10-20 11:00', 'email', 'رضا کریمی', 'صورتحساب', '2']
    ].map((r) => r.map(persian))
  ];
  const ragged =
    HEADER.join(',') +
    '\n' +
    'RG-1,2026-10-21T08:00:00Z,2026-10-21T08:30:00Z,2026-10-21T12:00:00Z,email,Ana Souza,billing,2\n' +
    // A quoted field with a line break and a quote inside: one record over lines 3–4.
    'RG-2,2026-10-21T09:00:00Z,2026-10-21T09:10:00Z,,chat,Chen Wei,"Refund ""urgent""\nsee second line",1\n' +
    // Ragged: too few cells, then too many.
    'RG-3,2026-10-22T10:00:00Z\n' +
    'RG-4,2026-10-22T11:00:00Z,2026-10-22T11:30:00Z,2026-10-22T15:00:00Z,phone,Ana Souza,login,1,extra,cells\n' +
    // Required created_at empty: this record starts on physical line 7 (the quoted break counts).
    'RG-5,,2026-10-23T09:00:00Z,,email,Chen Wei,billing,1\n' +
    'RG-6,2026-10-23T12:00:00Z,2026-10-23T12:40:00Z,,email,Chen Wei,delivery,2\n';

  return [
    {
      what: 'UTF-16LE with BOM, tab-separated, CRLF (Excel "Unicode text"), one unreadable date',
      payload: {
        name: 'excel-unicode-export.txt',
        mimeType: 'text/plain',
        buffer: encodeUtf16leWithBom(lines(utf16Rows, '\t', '\r\n'))
      },
      stored: 5,
      skipped: 1,
      problems: [{ line: 5, column: 'created_at', value: 'soon', reason: /created_at/ }]
    },
    {
      what: 'Windows-1256 with Arabic text, CRLF',
      payload: {
        name: 'arabic-excel-1256.csv',
        mimeType: 'text/csv',
        buffer: encodeCp1256(lines(arabicRows, ',', '\r\n'))
      },
      stored: 5,
      skipped: 0,
      problems: []
    },
    {
      what: 'semicolons, day-first dates, CRLF, one unreadable optional number',
      payload: {
        name: 'semicolon-dayfirst.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines(semicolonRows, ';', '\r\n'), 'utf8')
      },
      stored: 5,
      skipped: 0,
      // A warning, not a skip: the row is kept with `replies` missing (never 0).
      problems: [{ line: 4, column: 'replies', value: 'two', reason: /replies/ }]
    },
    {
      what: 'Persian digits in ids, dates and numbers',
      payload: {
        name: 'persian-digits.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines(persianRows, ',', '\n'), 'utf8')
      },
      stored: 4,
      skipped: 0,
      problems: []
    },
    {
      what: 'ragged rows and a quoted multi-line field, one row without its required date',
      payload: { name: 'ragged-multiline.csv', mimeType: 'text/csv', buffer: Buffer.from(ragged, 'utf8') },
      stored: 5,
      skipped: 1,
      problems: [{ line: 7, column: 'created_at', value: '', reason: /created_at/ }]
    }
  ];
}

/** Files that cannot be read at all: each must be refused with a reason, changing nothing. */
export function unreadableNastyFiles() {
  // A PNG signature, then bytes with NULs and control characters: not text in any encoding.
  const garbage = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(garbage);
  for (let i = 8; i < garbage.length; i++) garbage[i] = (i * 151 + 7) % 256;
  return [
    {
      what: 'binary garbage named .csv',
      payload: { name: 'garbage.csv', mimeType: 'text/csv', buffer: garbage },
      refused: /binary|not a text|image|PNG/i
    },
    {
      what: 'an empty file',
      payload: { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      refused: /empty|no data|blank/i
    },
    {
      what: 'a header with no rows',
      payload: {
        name: 'header-only.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(HEADER.join(',') + '\r\n', 'utf8')
      },
      refused: /no data|nothing to import|header/i
    }
  ];
}
