const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ABSENT = 0xffffffff;

/**
 * A column of strings kept as UTF-8 in one growing buffer: a large book's worth of text costs
 * its bytes, with no string object per row on the JS heap. Rewriting a row appends its new
 * bytes (edits are few; the column is rebuilt whole when the book changes much).
 */
export class TextColumn {
  private bytes: Uint8Array;
  private used: number;
  private starts: Uint32Array;
  private lengths: Uint32Array;

  constructor(capacity: number, bytes = new Uint8Array(capacity * 64), used = 0) {
    this.bytes = bytes;
    this.used = used;
    this.starts = new Uint32Array(capacity).fill(ABSENT);
    this.lengths = new Uint32Array(capacity);
  }

  get capacity(): number {
    return this.starts.length;
  }

  set(row: number, text: string | undefined): void {
    if (text === undefined) {
      this.starts[row] = ABSENT;
      this.lengths[row] = 0;
      return;
    }
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const room = this.used + text.length * 3;
    if (room > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(room, this.bytes.length * 2));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const { written } = encoder.encodeInto(text, this.bytes.subarray(this.used));
    this.starts[row] = this.used;
    this.lengths[row] = written;
    this.used += written;
  }

  get(row: number): string | undefined {
    const start = this.starts[row] ?? ABSENT;
    if (start === ABSENT) return undefined;
    return decoder.decode(this.bytes.subarray(start, start + (this.lengths[row] ?? 0)));
  }

  /** Whether the row's text holds `pattern`, UTF-8 encoded (see `utf8`): a byte search, no decoding. */
  includes(row: number, pattern: Uint8Array): boolean {
    const start = this.starts[row] ?? ABSENT;
    if (start === ABSENT) return false;
    const bytes = this.bytes;
    const n = pattern.length;
    const first = pattern[0];
    const last = start + (this.lengths[row] ?? 0) - n;
    scan: for (let p = start; p <= last; p++) {
      if (bytes[p] !== first) continue;
      for (let k = 1; k < n; k++) if (bytes[p + k] !== pattern[k]) continue scan;
      return true;
    }
    return false;
  }

  /** A copy with room for `capacity` rows (the rows past it are dropped) and no spare bytes. */
  resized(capacity: number): TextColumn {
    const out = new TextColumn(capacity, this.bytes.slice(0, this.used), this.used);
    out.starts.set(this.starts.subarray(0, Math.min(capacity, this.capacity)));
    out.lengths.set(this.lengths.subarray(0, Math.min(capacity, this.capacity)));
    return out;
  }
}

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
