/**
 * Object ids by the hundred thousand, kept as bytes: a history's blob list (165,000 ids for
 * git.git) held as strings cost 9 MB per copy and, living long, made V8 grow its young
 * generation and promote them all; as 20-byte records in one buffer they cost 3.3 MB and nothing
 * for the collector to trace. Ids go to git as hex lines written straight into a buffer.
 */

const HEX = Buffer.from('0123456789abcdef', 'latin1');
/** The value of each byte as a hex digit, or 255 (a capital is not one: git writes lower case). */
const NIBBLE = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) NIBBLE[HEX[i]!] = i;

/** SHA-1 or SHA-256: a repository uses one. */
const WIDTHS = new Set([20, 32]);
const SCRATCH = Buffer.alloc(64);

/** Ids appended one after another (all of one width: the first fixes it). */
export class OidTable {
  private bytes: Buffer;
  private count = 0;
  /** Bytes per id; 0 until the first is added. */
  width = 0;

  /** Room for `capacity` ids of `width` bytes (when known) from the start: growing leaves garbage. */
  constructor(capacity = 1024, width = 20) {
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 16) * Math.max(width, 20));
  }

  get length(): number {
    return this.count;
  }

  /**
   * Append the id written as hex in `text[start, end)`; false (nothing added) when that is not a
   * whole lower-case SHA-1 or SHA-256 id of this table's width.
   */
  pushHexBytes(text: Uint8Array, start: number, end: number): boolean {
    const width = (end - start) / 2;
    if (!WIDTHS.has(width) || (this.width && width !== this.width)) return false;
    this.reserve(width);
    const at = this.count * width;
    for (let i = 0; i < width; i++) {
      const high = NIBBLE[text[start + 2 * i]!]!;
      const low = NIBBLE[text[start + 2 * i + 1]!]!;
      if ((high | low) === 255) return false;
      this.bytes[at + i] = (high << 4) | low;
    }
    this.width = width;
    this.count++;
    return true;
  }

  /** Append an id given as a hex string; false when it is not one (see pushHexBytes). */
  pushHex(hex: string): boolean {
    if (hex.length > SCRATCH.length) return false;
    return this.pushHexBytes(SCRATCH, 0, SCRATCH.write(hex, 'latin1'));
  }

  /** The ids, `width` bytes each (a view of the table: valid until the next push). */
  get raw(): Buffer {
    return this.bytes.subarray(0, this.count * this.width);
  }

  /** Drop the id added last. */
  pop(): void {
    if (this.count > 0) this.count--;
  }

  /** Whether the id at `index` is in `set`. */
  isIn(set: OidSet, index: number): boolean {
    return set.width === this.width && set.hasBytes(this.bytes, index * this.width);
  }

  hex(index: number): string {
    return this.bytes.toString('hex', index * this.width, (index + 1) * this.width);
  }

  /** Every index, ordered so that the ids are in byte order (which is also hex order). */
  sortedOrder(): Uint32Array {
    const { width, bytes } = this;
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    // The first 6 bytes decide almost every comparison; the whole id only breaks their ties.
    const keys = new Float64Array(this.count);
    for (let i = 0; i < keys.length; i++) keys[i] = bytes.readUIntBE(i * width, 6);
    return order.sort((a, b) => keys[a]! - keys[b]! || bytes.compare(bytes, b * width, (b + 1) * width, a * width, (a + 1) * width));
  }

  /**
   * The ids at `order[from, to)` (`null`: the ids at `[from, to)` as they were added) as lines of
   * hex (what `git cat-file --batch` and `git log --stdin` read), written into one buffer. `into`
   * is reused when it is large enough.
   */
  hexLines(order: ArrayLike<number> | null, from: number, to: number, into?: Buffer): Buffer {
    const width = this.width;
    const line = width * 2 + 1;
    const size = (to - from) * line;
    const out = into && into.length >= size ? into.subarray(0, size) : Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = from; k < to; k++) {
      const start = (order ? order[k]! : k) * width;
      for (let i = 0; i < width; i++) {
        const byte = this.bytes[start + i]!;
        out[at++] = HEX[byte >> 4]!;
        out[at++] = HEX[byte & 15]!;
      }
      out[at++] = 10;
    }
    return out;
  }

  private reserve(width: number): void {
    if ((this.count + 1) * width <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(this.bytes.length * 2);
    this.bytes.copy(grown, 0, 0, this.count * width);
    this.bytes = grown;
  }
}

/** A set of ids, sorted in one buffer, looked up by binary search. */
export class OidSet {
  static readonly EMPTY = new OidSet(Buffer.alloc(0), 0);

  private constructor(
    /** The ids, sorted, `width` bytes each, no two the same. */
    readonly bytes: Buffer,
    readonly width: number,
  ) {}

  get size(): number {
    return this.width ? this.bytes.length / this.width : 0;
  }

  /** The ids of a table (and those of `also`), each once. */
  static of(table: OidTable, also: OidSet = OidSet.EMPTY): OidSet {
    if (table.length === 0) return also;
    const width = table.width;
    if (also.size && also.width !== width) return OidSet.of(table);
    const order = table.sortedOrder();
    const out = Buffer.allocUnsafe((table.length + also.size) * width);
    let n = 0;
    let j = 0; // the next of `also`, merged in
    const append = (source: Buffer, start: number) => {
      if (n > 0 && out.compare(source, start, start + width, (n - 1) * width, n * width) === 0) return; // a repeat
      source.copy(out, n * width, start, start + width);
      n++;
    };
    const ids = table.raw;
    for (let k = 0; k < order.length; k++) {
      const start = order[k]! * width;
      while (j < also.size && also.bytes.compare(ids, start, start + width, j * width, (j + 1) * width) < 0) append(also.bytes, j++ * width);
      append(ids, start);
    }
    while (j < also.size) append(also.bytes, j++ * width);
    return new OidSet(out.subarray(0, n * width), width);
  }

  /**
   * The set written as one hex string (`hex()`), read back; null when it is not one: not hex, not
   * whole ids of `width` bytes, or not sorted without repeats (a binary search needs both).
   */
  static fromHex(hex: string, width: number): OidSet | null {
    if (hex.length === 0) return OidSet.EMPTY;
    if (!WIDTHS.has(width) || hex.length % (2 * width) !== 0 || !/^[0-9a-f]*$/.test(hex)) return null;
    const bytes = Buffer.from(hex, 'hex');
    for (let at = width; at < bytes.length; at += width) {
      if (bytes.compare(bytes, at, at + width, at - width, at) >= 0) return null;
    }
    return new OidSet(bytes, width);
  }

  hex(): string {
    return this.bytes.toString('hex');
  }

  /** `hex()` in pieces of 1,024 ids, for writing out without one large string. */
  *hexPieces(): Generator<string> {
    const step = Math.max(this.width, 1) * 1024;
    for (let at = 0; at < this.bytes.length; at += step) yield this.bytes.toString('hex', at, Math.min(at + step, this.bytes.length));
  }

  /** Whether the id in `id[start, start + width)` is in the set. */
  hasBytes(id: Uint8Array, start = 0): boolean {
    const width = this.width;
    if (!width) return false;
    const source = Buffer.isBuffer(id) ? id : Buffer.from(id.buffer, id.byteOffset, id.byteLength);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = this.bytes.compare(source, start, start + width, mid * width, (mid + 1) * width);
      if (c === 0) return true;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  has(hex: string): boolean {
    return hex.length === this.width * 2 && this.hasBytes(Buffer.from(hex, 'hex'));
  }
}
