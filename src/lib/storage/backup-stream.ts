/**
 * The streamed backup container (format 2): written and read one frame at a time, so neither a
 * backup nor a restore ever holds the whole workspace in memory.
 *
 * Layout (before gzip; integers little-endian like every browser's typed arrays):
 *   "SSCBACKP" · format version u32 · frames…
 *   frame = type u8 · 3 zero bytes · payload length u32 · SHA-256 of the payload (32) · payload ·
 *           zero padding to a multiple of 8
 * Frame types: 'H' the header (JSON: workspace, imports, mappings, settings, targets, totals),
 * 'C' one chunk (u32 JSON length · JSON · padding to 8 · typed arrays at 8-aligned offsets that
 * the JSON points to), 'E' the end (JSON: frame count and the SHA-256 of all frame digests in
 * order). A file cut short has no valid 'E'; a flipped byte fails its frame's digest; frames
 * swapped or dropped fail the chained digest. Format 1 (one buffer, backup-format.ts) is still
 * read.
 */
import { BackupError, BACKUP_MAGIC, type ArrayRef, type ArrayTag } from './backup-format';

export const STREAM_VERSION = 2;
export type FrameType = 'H' | 'C' | 'E';

const CTOR = { u8: Uint8Array, u32: Uint32Array, f64: Float64Array } as const;
const enc = new TextEncoder();
const pad8 = (n: number) => (8 - (n % 8)) % 8;

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The file prefix: magic and format version. */
export function streamPrefix(): Uint8Array {
  const out = new Uint8Array(12);
  out.set(enc.encode(BACKUP_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, STREAM_VERSION, true);
  return out;
}

/** A chunk frame's payload under construction: JSON that points into aligned typed arrays. */
export class PayloadWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  add(a: Uint8Array | Uint32Array | Float64Array): ArrayRef {
    const tag: ArrayTag = a instanceof Uint8Array ? 'u8' : a instanceof Uint32Array ? 'u32' : 'f64';
    const pad = pad8(this.size);
    if (pad) this.push(new Uint8Array(pad));
    const offset = this.size;
    this.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    return { ref: [offset, a.length, tag] };
  }

  private push(b: Uint8Array): void {
    this.parts.push(b);
    this.size += b.byteLength;
  }

  /** u32 JSON length · JSON · padding · arrays. */
  finish(json: unknown): Uint8Array {
    const text = enc.encode(JSON.stringify(json));
    const head = 4 + text.length + pad8(4 + text.length);
    const out = new Uint8Array(head + this.size);
    new DataView(out.buffer).setUint32(0, text.length, true);
    out.set(text, 4);
    let o = head;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.byteLength;
    }
    return out;
  }
}

/** Frames with their digests; keeps the chain for the end frame. */
export class FrameWriter {
  private digests: Uint8Array[] = [];

  /** A frame as its pieces (header, payload, padding): the payload is not copied again. */
  async frame(type: FrameType, payload: Uint8Array): Promise<Uint8Array[]> {
    const digest = await sha256(payload);
    this.digests.push(digest);
    const head = new Uint8Array(40);
    head[0] = type.charCodeAt(0);
    new DataView(head.buffer).setUint32(4, payload.length, true);
    head.set(digest, 8);
    const pad = pad8(payload.length);
    return pad ? [head, payload, new Uint8Array(pad)] : [head, payload];
  }

  json(type: FrameType, value: unknown): Promise<Uint8Array[]> {
    return this.frame(type, enc.encode(JSON.stringify(value)));
  }

  /** The end frame: how many frames came before it and the digest of their digests. */
  async end(): Promise<Uint8Array[]> {
    const chain = await chainDigest(this.digests);
    return this.json('E', { frames: this.digests.length, chain });
  }
}

async function chainDigest(digests: readonly Uint8Array[]): Promise<string> {
  const all = new Uint8Array(digests.length * 32);
  digests.forEach((d, i) => all.set(d, i * 32));
  return hex(await sha256(all));
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Reads exact byte counts from a stream of pieces of any size. */
export class ByteReader {
  private parts: Uint8Array[] = [];
  private have = 0;
  private done = false;
  /** Bytes consumed so far (of the decompressed stream). */
  consumed = 0;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** The next `n` bytes, or null if the stream ends first (fewer left: truncated). */
  async read(n: number): Promise<Uint8Array | null> {
    while (this.have < n && !this.done) {
      const { value, done } = await this.reader.read();
      if (done) this.done = true;
      else if (value && value.length) {
        this.parts.push(value);
        this.have += value.length;
      }
    }
    if (this.have < n) return null;
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const p = this.parts[0];
      const take = Math.min(p.length, n - o);
      out.set(p.subarray(0, take), o);
      o += take;
      if (take === p.length) this.parts.shift();
      else this.parts[0] = p.subarray(take);
    }
    this.have -= n;
    this.consumed += n;
    return out;
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    if (this.have > 0) return false;
    const next = await this.read(1);
    if (!next) return true;
    this.parts.unshift(next);
    this.have += 1;
    this.consumed -= 1;
    return false;
  }

  cancel(): void {
    void this.reader.cancel().catch(() => undefined);
  }
}

export interface Frame {
  type: FrameType;
  payload: Uint8Array;
}

const damaged = (what: string) =>
  new BackupError(`This backup is damaged or incomplete (${what}); nothing was restored.`);

/** Reads and checks frames after the prefix; the end frame is checked against the chain. */
export class FrameReader {
  private digests: Uint8Array[] = [];
  private ended = false;

  constructor(
    private readonly bytes: ByteReader,
    private readonly maxPayload = 1 << 30
  ) {}

  /** The next frame (never 'E': that one is checked here and ends the stream with null). */
  async next(): Promise<Frame | null> {
    if (this.ended) return null;
    const head = await this.bytes.read(40);
    if (!head) throw damaged('the file ends early');
    const type = String.fromCharCode(head[0]) as FrameType;
    if (!['H', 'C', 'E'].includes(type) || head[1] || head[2] || head[3]) throw damaged('a frame header');
    const length = new DataView(head.buffer, head.byteOffset, 40).getUint32(4, true);
    if (length > this.maxPayload) throw damaged('a frame length');
    const body = await this.bytes.read(length + pad8(length));
    if (!body) throw damaged('the file ends early');
    const payload = body.subarray(0, length);
    const digest = await sha256(payload);
    for (let i = 0; i < 32; i++) if (digest[i] !== head[8 + i]) throw damaged('checksum mismatch');
    if (type !== 'E') {
      this.digests.push(digest);
      return { type, payload };
    }
    const end = parseJson(payload) as { frames?: unknown; chain?: unknown };
    if (end?.frames !== this.digests.length || end.chain !== (await chainDigest(this.digests)))
      throw damaged('frames missing or out of order');
    if (!(await this.bytes.atEnd())) throw damaged('data after the end');
    this.ended = true;
    return null;
  }
}

export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw damaged('unreadable description');
  }
}

/** A chunk payload: its JSON and a reader for the typed arrays it points to (copied out). */
export function openPayload(payload: Uint8Array): {
  json: unknown;
  read: (r: unknown, tag: ArrayTag, length: number) => Uint8Array | Uint32Array | Float64Array;
} {
  if (payload.length < 4) throw damaged('a chunk');
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const jsonLength = view.getUint32(0, true);
  if (4 + jsonLength > payload.length) throw damaged('a chunk description');
  const json = parseJson(payload.subarray(4, 4 + jsonLength));
  const body = payload.subarray(4 + jsonLength + pad8(4 + jsonLength));
  const read = (r: unknown, tag: ArrayTag, length: number) => {
    const ref = (r as ArrayRef | undefined)?.ref;
    if (!Array.isArray(ref) || ref.length !== 3 || ref[2] !== tag || ref[1] !== length)
      throw new BackupError('This backup is damaged (a column does not match its description).');
    const [offset, n] = ref;
    const bytesLength = n * CTOR[tag].BYTES_PER_ELEMENT;
    if (!Number.isInteger(offset) || offset < 0 || offset % 8 !== 0 || offset + bytesLength > body.length)
      throw new BackupError('This backup is damaged or truncated (data out of range).');
    // A copy: aligned, and independent of the frame's buffer.
    const copy = body.slice(offset, offset + bytesLength);
    return new CTOR[tag](copy.buffer, 0, n);
  };
  return { json, read };
}
