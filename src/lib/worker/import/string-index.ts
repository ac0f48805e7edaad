/**
 * A string → code index for the import's text dictionaries: open addressing over typed arrays
 * with a JS-computed FNV-1a hash, in place of a `Map<string, number>`.
 *
 * Why it exists: the CPU profile of the 1,000,000-row import spent about a quarter of its time in
 * dictionary `Map` lookups (2.1 s of the worker's 7.3 s). Every cell is a fresh string from
 * PapaParse, and a Map over a million distinct ids (ticket_id, customer_id) chases pointers
 * through a large chained table; in Node the typed-array table is 2–5× faster there, and small
 * dictionaries are searched by plain string compares. In the browser the dictionaries now take
 * ~1.2 s; part of the gain is paid back later because V8 has not cached the ids' own hashes
 * when storage's duplicate check puts them in a Set (~0.3 s).
 *
 * Promises: `values[code]` is the string of a code; `add` returns the existing code of an equal
 * string or appends it (codes are dense, in first-seen order); `get` returns -1 when absent.
 * Strings are compared with `===` after the hash, so collisions cost time, never correctness.
 * A new value of 13 characters or more is stored as a copy (`detached`): V8 makes such
 * substrings "sliced" views that keep the whole 4 MiB piece of the file they were cut from alive
 * for as long as the dictionary lives (to the end of the import).
 */

/** Dictionaries up to this size are searched linearly (see `scan`). */
const SCAN_MAX = 8;

/** V8's SlicedString::kMinLength: shorter substrings are copied by V8 itself. */
const SLICED_MIN_LENGTH = 13;

function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A copy of `s` that shares no memory with the text it was cut from, in V8's compact one-byte
 * form whenever its characters allow. Why JSON: its parser allocates a fresh flat string and
 * picks one-byte storage by content, whereas a copy by concatenation (`(' ' + s).slice(1)`)
 * keeps the two-byte form of the decoded file piece — measured on 1,000,000 GUID ids, that
 * doubled the stored dictionary (84 instead of 48 bytes per id, on disk and after reopening).
 * The round trip is exact for every string (lone surrogates are escaped and restored).
 */
function detached(s: string): string {
  return s.length < SLICED_MIN_LENGTH ? s : (JSON.parse(JSON.stringify(s)) as string);
}

export class StringIndex {
  /**
   * Pairs (code + 1, hash) per slot, 0 = empty: the hash sits in the same cache line as the code,
   * so a probe of a large table costs one memory access. Power-of-two slots, at most half full.
   */
  private table: Int32Array;
  private mask: number;

  /** `values`: the dictionary array to index and extend (its existing entries keep their codes). */
  constructor(readonly values: string[] = []) {
    let size = 1024;
    while (size < values.length * 2 + 2) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let c = 0; c < values.length; c++) {
      const h = hashString(values[c]);
      const i = this.find(values[c], h);
      // An equal earlier entry (none are expected) keeps answering for the string.
      if (this.table[i] === 0) this.put(i, c, h);
    }
  }

  get size(): number {
    return this.values.length;
  }

  get(s: string): number {
    const c = this.scan(s);
    if (c >= 0 || this.values.length <= SCAN_MAX) return c;
    return this.table[this.find(s, hashString(s))] - 1;
  }

  add(s: string): number {
    const found = this.scan(s);
    if (found >= 0) return found;
    const h = hashString(s);
    const i = this.find(s, h);
    const known = this.table[i] - 1;
    if (known >= 0) return known;
    const code = this.values.length;
    this.values.push(detached(s));
    this.put(i, code, h);
    if (this.values.length * 2 > this.mask + 1) this.grow();
    return code;
  }

  /** Table index of the slot holding `s`, or of the empty slot where it would go. */
  private find(s: string, h: number): number {
    const { table, mask, values } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const c = table[2 * i] - 1;
      if (c < 0 || (table[2 * i + 1] === h && values[c] === s)) return 2 * i;
    }
  }

  private put(at: number, code: number, h: number): void {
    this.table[at] = code + 1;
    this.table[at + 1] = h;
  }

  /**
   * Small dictionaries (status, channel, team…) are searched by comparing strings: an unequal
   * string differs in length or first characters, so this beats hashing every character.
   */
  private scan(s: string): number {
    const { values } = this;
    if (values.length > SCAN_MAX) return -1;
    for (let c = 0; c < values.length; c++) if (values[c] === s) return c;
    return -1;
  }

  private grow(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size * 2);
    const mask = size - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue;
      let i = old[j + 1] & mask;
      while (table[2 * i] !== 0) i = (i + 1) & mask;
      table[2 * i] = old[j];
      table[2 * i + 1] = old[j + 1];
    }
    this.table = table;
    this.mask = mask;
  }
}
