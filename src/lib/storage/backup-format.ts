/**
 * The backup container of format 1 (read for backups made by earlier versions; new backups are
 * streamed in format 2, backup-stream.ts): one file holding a whole workspace, verifiable before
 * anything is written. `BodyWriter` and `compress` are what wrote it (kept for the tests that
 * check such files still restore).
 *
 * Layout (all integers little-endian, like every browser's typed arrays):
 *   "SSCBACKP" (8 bytes) · format version u32 · SHA-256 of everything after it (32 bytes) ·
 *   header length u32 · header JSON (UTF-8) · padding to 8 · body (typed arrays, 8-byte aligned)
 * The header JSON describes the workspace and its records; typed arrays (column values, codes,
 * masks) are `{ ref: [offset, length, 'u8'|'u32'|'f64'] }` pointers into the body, so a million
 * rows cost their raw bytes instead of base64 text. The whole container is gzip-compressed
 * through `CompressionStream` when the platform has it (restore detects either form).
 */

export const BACKUP_MAGIC = 'SSCBACKP';
export const BACKUP_VERSION = 1;
const PREFIX = 8 + 4 + 32;

export type ArrayTag = 'u8' | 'u32' | 'f64';
export interface ArrayRef {
  ref: [offset: number, length: number, tag: ArrayTag];
}

const CTOR = { u8: Uint8Array, u32: Uint32Array, f64: Float64Array } as const;

/** Collects typed arrays into an aligned body while the header is built. */
export class BodyWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  add(a: Uint8Array | Uint32Array | Float64Array): ArrayRef {
    const tag: ArrayTag = a instanceof Uint8Array ? 'u8' : a instanceof Uint32Array ? 'u32' : 'f64';
    const pad = (8 - (this.size % 8)) % 8;
    if (pad) this.push(new Uint8Array(pad));
    const offset = this.size;
    this.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    return { ref: [offset, a.length, tag] };
  }

  private push(b: Uint8Array): void {
    this.parts.push(b);
    this.size += b.byteLength;
  }

  /** The finished container (uncompressed). */
  async seal(header: unknown): Promise<Uint8Array> {
    const json = new TextEncoder().encode(JSON.stringify(header));
    const headPad = (8 - ((4 + json.length) % 8)) % 8;
    const rest = new Uint8Array(4 + json.length + headPad + this.size);
    new DataView(rest.buffer).setUint32(0, json.length, true);
    rest.set(json, 4);
    let o = 4 + json.length + headPad;
    for (const p of this.parts) {
      rest.set(p, o);
      o += p.byteLength;
    }
    const out = new Uint8Array(PREFIX + rest.length);
    out.set(new TextEncoder().encode(BACKUP_MAGIC), 0);
    new DataView(out.buffer).setUint32(8, BACKUP_VERSION, true);
    out.set(new Uint8Array(await crypto.subtle.digest('SHA-256', rest as Uint8Array<ArrayBuffer>)), 12);
    out.set(rest, PREFIX);
    return out;
  }
}

export class BackupError extends Error {}

/** Checks magic, version and checksum; returns the header JSON and a reader for array refs. */
export async function openContainer(bytes: Uint8Array): Promise<{
  header: unknown;
  read: (r: unknown, tag: ArrayTag, length: number) => Uint8Array | Uint32Array | Float64Array;
}> {
  if (bytes.length < PREFIX + 4)
    throw new BackupError('This file is too short to be a Service Scorecard backup (truncated?).');
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== BACKUP_MAGIC)
    throw new BackupError('This file is not a Service Scorecard backup.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version > BACKUP_VERSION)
    throw new BackupError(
      `This backup was made by a newer version of the app (format ${version}); update the app first.`
    );
  const rest = bytes.subarray(PREFIX);
  const sum = new Uint8Array(await crypto.subtle.digest('SHA-256', rest as Uint8Array<ArrayBuffer>));
  const expected = bytes.subarray(12, PREFIX);
  for (let i = 0; i < 32; i++)
    if (sum[i] !== expected[i])
      throw new BackupError('This backup is damaged or incomplete (checksum mismatch); nothing was restored.');
  const jsonLength = view.getUint32(PREFIX, true);
  if (4 + jsonLength > rest.length) throw new BackupError('This backup is damaged (header length).');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rest.subarray(4, 4 + jsonLength)));
  } catch {
    throw new BackupError('This backup is damaged (unreadable header).');
  }
  const bodyStart = 4 + jsonLength + ((8 - ((4 + jsonLength) % 8)) % 8);
  const body = rest.subarray(bodyStart);
  const read = (r: unknown, tag: ArrayTag, length: number) => {
    const ref = (r as ArrayRef | undefined)?.ref;
    if (!Array.isArray(ref) || ref.length !== 3 || ref[2] !== tag || ref[1] !== length)
      throw new BackupError('This backup is damaged (a column does not match its description).');
    const [offset, n] = ref;
    const bytesLength = n * CTOR[tag].BYTES_PER_ELEMENT;
    if (!Number.isInteger(offset) || offset < 0 || offset % 8 !== 0 || offset + bytesLength > body.length)
      throw new BackupError('This backup is damaged or truncated (data out of range).');
    // Copy into a fresh buffer: aligned, and independent of the (large) file buffer.
    const copy = body.slice(offset, offset + bytesLength);
    return new CTOR[tag](copy.buffer, 0, n);
  };
  return { header, read };
}

/** gzip when the platform can; the result is what the user downloads. */
export async function compress(bytes: Uint8Array): Promise<Blob> {
  if (typeof CompressionStream === 'undefined') return new Blob([bytes as BlobPart]);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

/** The container bytes of a backup file, gunzipped if needed. */
export async function readBackupBytes(file: Blob): Promise<Uint8Array> {
  const raw = new Uint8Array(await file.arrayBuffer());
  if (raw.length === 0) throw new BackupError('This file is empty.');
  if (raw[0] !== 0x1f || raw[1] !== 0x8b) return raw;
  if (typeof DecompressionStream === 'undefined')
    throw new BackupError('This browser cannot decompress the backup (no DecompressionStream).');
  try {
    const stream = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new BackupError('This backup is damaged or truncated (it could not be decompressed); nothing was restored.');
  }
}
