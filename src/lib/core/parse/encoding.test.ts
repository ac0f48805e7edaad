import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBinary, detectEncoding, looksBinary, sniffDelimiter } from './encoding';

/** Encodes text in a single-byte Windows code page, using the platform decoder's own table. */
function encodeSingleByte(text: string, label: 'windows-1252' | 'windows-1256'): Uint8Array {
  const dec = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${ch} is not in ${label}`);
      return b;
    })
  );
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const b = utf16le(s);
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

const arabicCsv = 'رقم التذكرة,الحالة,القناة,الوكيل\n1001,مفتوح,هاتف,أحمد\n1002,مغلق,بريد إلكتروني,فاطمة\n';
// Persian as Windows-1256 has it: Arabic yeh and kaf, plus پ چ ژ گ from the 0x80 row.
const persianCsv = 'شماره,وضعيت,کانال,پاسخ\n1,باز,تلفن,چهار\n2,بسته,ايميل,گزارش\n3,در انتظار,چت,ژاله\n';
const frenchCsv =
  'Numéro,Catégorie,Réponse,Délai\n1,Problème de facturation,Résolu,2 jours\n2,Accès refusé,Fermé,été\n';
const germanCsv = 'Nr;Status;Größe;Bemerkung\n1;Geöffnet;groß;Über Telefon\n2;Gelöst;klein;Rückruf nötig\n';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], utf8('a,b\n')), 'utf-8', 3],
    ['UTF-16LE with BOM', concat([0xff, 0xfe], utf16le('a,b\n')), 'utf-16le', 2],
    ['UTF-16BE with BOM', concat([0xfe, 0xff], utf16be('a,b\n')), 'utf-16be', 2],
    ['UTF-16LE without BOM', utf16le('Ticket ID\tStatus\n1\tOpen\n'), 'utf-16le', 0],
    ['UTF-16BE without BOM', utf16be('Ticket ID\tStatus\n1\tOpen\n'), 'utf-16be', 0],
    ['UTF-16LE Arabic without BOM', utf16le(arabicCsv), 'utf-16le', 0],
    ['pure ASCII', utf8('id,created_at\n1,2021-01-01\n'), 'utf-8', 0],
    ['UTF-8 Arabic', utf8(arabicCsv), 'utf-8', 0],
    ['UTF-8 French', utf8(frenchCsv), 'utf-8', 0],
    ['Windows-1256 Arabic', encodeSingleByte(arabicCsv, 'windows-1256'), 'windows-1256', 0],
    ['Windows-1256 Persian', encodeSingleByte(persianCsv, 'windows-1256'), 'windows-1256', 0],
    ['Windows-1252 French', encodeSingleByte(frenchCsv, 'windows-1252'), 'windows-1252', 0],
    ['Windows-1252 German', encodeSingleByte(germanCsv, 'windows-1252'), 'windows-1252', 0]
  ] as [string, Uint8Array, string, number][])('%s', (_what, head, encoding, bomLength) => {
    expect(detectEncoding(head)).toEqual({ encoding, bomLength });
  });

  it('tolerates a multi-byte UTF-8 character cut at the end of the head', () => {
    const bytes = utf8('name\nJosé Müller, 😀');
    for (let cut = 1; cut <= 3; cut++) {
      expect(detectEncoding(bytes.subarray(0, bytes.length - cut)).encoding, `cut ${cut}`).toBe('utf-8');
    }
    // ...but not invalid bytes in the middle of a file with nothing else to go on.
    expect(detectEncoding(concat(utf8('ab'), [0xc3], utf8('x,y\n'))).encoding).not.toBe('utf-8');
  });

  it('keeps UTF-8 when one stray byte sits among plenty of valid UTF-8', () => {
    expect(detectEncoding(concat(utf8(arabicCsv), [0xe1], utf8(frenchCsv))).encoding).toBe('utf-8');
    // A genuine Windows-1256 file is not mistaken for "mostly UTF-8".
    expect(detectEncoding(encodeSingleByte(arabicCsv.repeat(20), 'windows-1256')).encoding).toBe('windows-1256');
    expect(detectEncoding(encodeSingleByte(frenchCsv.repeat(20), 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('each detected file decodes back to the original text', () => {
    for (const [bytes, text] of [
      [encodeSingleByte(arabicCsv, 'windows-1256'), arabicCsv],
      [encodeSingleByte(frenchCsv, 'windows-1252'), frenchCsv],
      [concat([0xff, 0xfe], utf16le(arabicCsv)), arabicCsv]
    ] as [Uint8Array, string][]) {
      const { encoding, bomLength } = detectEncoding(bytes);
      expect(new TextDecoder(encoding).decode(bytes.subarray(bomLength))).toBe(text);
    }
  });
});

describe('describeBinary and looksBinary', () => {
  const zipWith = (name: string) => concat([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0], utf8(name), [0, 0, 1, 2, 3]);
  it.each([
    ['xlsx', zipWith('[Content_Types].xml...xl/workbook.xml'), /Excel workbook \(\.xlsx\)/],
    ['ods', zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), /OpenDocument/],
    ['docx', zipWith('word/document.xml'), /Word/],
    ['zip', zipWith('export/tickets.csv'), /ZIP archive/],
    ['xls', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Excel/],
    ['pdf', utf8('%PDF-1.7\n%âãÏÓ'), /PDF/],
    ['png', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG/],
    ['gzip', concat([0x1f, 0x8b, 8, 0]), /compressed/],
    ['html as .xls', utf8('\n <!DOCTYPE html><html><table><tr><td>1</td></tr></table>'), /HTML/],
    [
      'Excel 2003 XML',
      utf8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      /Excel XML/
    ]
  ] as [string, Uint8Array, RegExp][])('%s', (_what, head, message) => {
    expect(describeBinary(head)).toMatch(message);
    expect(looksBinary(head)).toBe(true);
  });

  it('passes text files, including UTF-16 with its zero bytes', () => {
    for (const head of [
      utf8('a,b\n1,2\n'),
      utf16le('a\tb\n1\t2\n'),
      concat([0xff, 0xfe], utf16le(arabicCsv)),
      encodeSingleByte(arabicCsv, 'windows-1256'),
      new Uint8Array(0)
    ]) {
      expect(describeBinary(head)).toBeNull();
      expect(looksBinary(head)).toBe(false);
    }
  });

  it('flags NUL bytes and control-character noise in 8-bit data', () => {
    expect(looksBinary(concat(utf8('id,name\n1,'), [0], utf8('x\n2,y\n3,z\n4,w\n5,v\n')))).toBe(true);
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256 || 1);
    expect(looksBinary(noise)).toBe(true);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5,6\n', ','],
    ['a;b;c\n1,5;2,5;3\n4;5;6\n', ';'], // decimal commas do not fool it
    ['a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"x, y";b\n"1, 2";3\n"4,5,6";7\n', ';'], // commas inside quotes do not count
    ['id,comment\n1,"line one\nline; two; three"\n2,ok\n', ','], // newline inside quotes
    ['sep=;\na,b;c\n', ';'], // Excel's hint line
    [
      'Reporting period 2024-01-01 to 2024-01-31\n\nAgent name,Assigned conversations,Avg first response time\nAnn,3,4\nBob,5,6\n',
      ','
    ], // Chatwoot
    ['id,"He said ""hi; there"""\n1,2\n', ','],
    ['single column\nvalue\n', ','],
    ['', ','],
    ['\ufeffa;b\n1;2\n', ';'],
    ['a;b;c\r\n1;2;3\r\n', ';'],
    ['a,b;c\n1,2;3\n4,5;6\n7;8\n', ';'] // most consistent wins, not most frequent
  ] as [string, string][])('%j → %j', (sample, expected) => {
    expect(sniffDelimiter(sample)).toBe(expected);
  });
});

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');
describe.skipIf(!existsSync(SAMPLES))('public sample files (../shared/samples)', () => {
  it.each([
    ['pwc_call_centre.csv', 3],
    ['comcast_complaints.csv', 0],
    ['customer_support_tickets.csv', 0],
    ['telco_customer_churn.csv', 0],
    ['nyc311_sample.csv', 0],
    ['call_center_interval_agg.csv', 0]
  ])('%s is UTF-8 (BOM %d), comma-delimited, not binary', (file, bom) => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, file))).subarray(0, 65536);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bomLength: bom });
    expect(looksBinary(bytes)).toBe(false);
    expect(sniffDelimiter(new TextDecoder().decode(bytes))).toBe(',');
  });
});
if (!existsSync(SAMPLES)) console.warn(`encoding.test: ${SAMPLES} not found, sample-file checks skipped`);
