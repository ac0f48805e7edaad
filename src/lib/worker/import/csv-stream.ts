/**
 * Streams a CSV file through PapaParse without ever holding the file as one string.
 *
 * The file is read in pieces (`Blob.slice`, 4 MiB, the next one read while the current one is
 * parsed), decoded with a streaming TextDecoder (so UTF-16 and Windows-1256 work the same
 * everywhere — Papa's own FileReader path is browser-only),
 * and each piece is fed to PapaParse's low-level `Parser` in step mode; the unfinished last row
 * is carried to the next piece exactly as Papa's own streamer does. Papa switches to its fast
 * path by itself for pieces without quote characters.
 * Line numbers are physical 1-based lines where a record starts (a quoted field with new lines
 * spans several), counted lazily: only when a row asks (an error, an adapter), by `indexOf`.
 */
import Papa from 'papaparse';

export type Newline = '\n' | '\r\n' | '\r';

export interface CsvStreamOptions {
  encoding: string;
  delimiter: string;
  newline: Newline;
  /** Bytes per piece (default 4 MiB). */
  pieceBytes?: number;
  /** Longest record accepted, in characters (default MAX_RECORD_CHARS). */
  maxRecordChars?: number;
  /** Checked between pieces: true stops the stream. */
  cancelled?: () => boolean;
}

export interface PieceInfo {
  bytesRead: number;
  bytes: Uint8Array;
}

/** Counts lines up to a position of one text, monotonically. */
class LineCounter {
  private pos = 0;
  constructor(
    private readonly text: string,
    private line: number,
    private readonly nl: string
  ) {}

  at(index: number): number {
    const { text, nl } = this;
    for (;;) {
      const j = text.indexOf(nl, this.pos);
      if (j < 0 || j >= index) break;
      this.line++;
      this.pos = j + 1;
    }
    return this.line;
  }
}

export const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * Longest record accepted. An unclosed quote would otherwise make the rest of the file one
 * record, re-scanned on every piece (quadratic) and held in memory as one string.
 */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * Calls `onRow(cells, line)` for every record (blank lines skipped; `line()` answers for the row
 * being handed over, so call it during `onRow`) and `onPiece` after each piece
 * (awaited: the caller writes chunks and reports progress there). Returns false if cancelled.
 */
export async function streamCsv(
  file: Blob,
  opts: CsvStreamOptions,
  onRow: (cells: string[], line: () => number) => void,
  onPiece: (p: PieceInfo) => Promise<void> | void
): Promise<boolean> {
  const piece = opts.pieceBytes ?? PIECE_BYTES;
  const decoder = new TextDecoder(opts.encoding);
  const nl = opts.newline === '\r' ? '\r' : '\n';
  let carry = '';
  let carryLine = 1;
  let counter: LineCounter;
  let rowStart = 0;
  let start = 0;
  // One function for every row (no closure per row): valid while onRow runs for that row.
  const lineOfRow = () => counter.at(start);
  const parser = new Papa.Parser({
    delimiter: opts.delimiter,
    newline: opts.newline,
    quoteChar: '"',
    // The low-level parser hands each step `data = [row]` (Papa.parse unwraps it; we do here).
    step: (results: { data: string[][]; meta: { cursor: number } }) => {
      const cells = results.data[0];
      start = rowStart;
      rowStart = results.meta.cursor;
      // Blank rows (also ",,," rows) are skipped, as the head's rows are ('greedy'), so row
      // indexes agree with the mapper's headerRow.
      if (cells[0].trim() === '' && cells.every((c) => c.trim() === '')) return;
      onRow(cells, lineOfRow);
    }
  });
  const size = file.size;
  // The next piece is read from the file while the current one is parsed (one piece ahead).
  const read = (from: number) => {
    const p = file.slice(from, Math.min(size, from + piece)).arrayBuffer();
    p.catch(() => undefined); // observed when awaited; a dropped read-ahead must not warn
    return p;
  };
  let next = read(0);
  for (let pos = 0; pos < size || pos === 0; pos += piece) {
    if (opts.cancelled?.()) return false;
    const end = Math.min(size, pos + piece);
    const bytes = new Uint8Array(await next);
    if (end < size) next = read(end);
    const last = end >= size;
    const text = carry + decoder.decode(bytes, { stream: !last });
    counter = new LineCounter(text, carryLine, nl);
    rowStart = 0;
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    const cut = result.meta.cursor;
    carryLine = counter.at(cut);
    carry = text.substring(cut);
    if (carry.length > (opts.maxRecordChars ?? MAX_RECORD_CHARS))
      throw new Error(
        `a record starting on line ${carryLine} never ends (probably a quote " that is never closed), so the file cannot be read past it`
      );
    await onPiece({ bytesRead: end, bytes });
    if (size === 0) break;
  }
  return true;
}

/** The line ending of a text: the first one found outside any quotes' reach. */
export function detectNewline(text: string): Newline {
  const n = text.indexOf('\n');
  if (n > 0 && text[n - 1] === '\r') return '\r\n';
  if (n < 0 && text.includes('\r')) return '\r';
  return '\n';
}
