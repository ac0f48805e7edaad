/**
 * The content hash of an imported file, computed while it streams (no second read, no whole-file
 * buffer). WebCrypto has no incremental SHA-256, so: a file read in one piece gets the plain
 * SHA-256 of its bytes (hex); a larger one gets `sha256-pieces:` + the SHA-256 of the
 * concatenated SHA-256s of its 4 MiB pieces — equally a fingerprint of the exact bytes, stable
 * for the same file.
 */
export class PieceHasher {
  private digests: Promise<ArrayBuffer>[] = [];

  add(bytes: Uint8Array): void {
    this.digests.push(crypto.subtle.digest('SHA-256', bytes as BufferSource));
  }

  async finish(): Promise<string> {
    const parts = await Promise.all(this.digests);
    if (parts.length === 1) return hex(parts[0]);
    const all = new Uint8Array(parts.length * 32);
    parts.forEach((p, i) => all.set(new Uint8Array(p), i * 32));
    return 'sha256-pieces:' + hex(await crypto.subtle.digest('SHA-256', all));
  }
}

function hex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}
