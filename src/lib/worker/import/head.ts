/**
 * Looks at the start of a file before anything is imported: is it text at all, which encoding,
 * delimiter and line ending, and what are its first rows (for the mapper and value sniffing).
 * A file that cannot be read at all is refused here with a plain-language reason, before any
 * write.
 */
import Papa from 'papaparse';
import { describeBinary, detectEncoding, looksBinary, sniffDelimiter } from '../../core/parse/encoding';
import { detectNewline, type Newline } from './csv-stream';

/** Bytes read for sniffing: enough for ~1000 typical rows. */
export const HEAD_BYTES = 256 * 1024;

export type HeadResult =
  | { ok: false; reason: string }
  | {
      ok: true;
      encoding: string;
      delimiter: string;
      newline: Newline;
      /** Non-blank rows of the head; the last one is dropped when the file continues. */
      rows: string[][];
      /** True when the head is the whole file (then `rows` is every row). */
      whole: boolean;
    };

export async function inspectHead(file: Blob): Promise<HeadResult> {
  if (file.size === 0) return { ok: false, reason: 'The file is empty.' };
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (looksBinary(head))
    return { ok: false, reason: describeBinary(head) ?? 'This is not a text (CSV) file: it contains binary data.' };
  const { encoding } = detectEncoding(head);
  const whole = file.size <= HEAD_BYTES;
  // TextDecoder drops the BOM itself; `stream` keeps a character cut at the end of the head out.
  const text = new TextDecoder(encoding).decode(head, { stream: !whole });
  if (text.trim() === '') return { ok: false, reason: 'The file has no data: it is blank.' };
  const delimiter = sniffDelimiter(text.slice(0, 64 * 1024));
  const newline = detectNewline(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (!whole && rows.length > 1) rows.pop();
  return { ok: true, encoding, delimiter, newline, rows, whole };
}
