/**
 * The byte kernel: the searches the engine runs over every byte, in WebAssembly SIMD, on raw bytes
 * that were never decoded to a string. Nearly all text holds no rule keyword, so the stream
 * (stream.ts) asks the kernel first and decodes only the windows that hold one.
 *
 * - `lastKeyword`: where the last keyword starts, matched in any (ASCII) case like the prefilter's
 *   regex. 16 bytes at a time are tested against the keywords' first three bytes; only those
 *   positions are compared with the whole keywords. It may say "keyword" where the prefilter would
 *   not (that only costs a decoding), never the other way round. The positions are tried from the
 *   end: in text that names PagerDuty on every line the answer is found in the last few bytes.
 * - `keywordHits`: every position where a keyword starts, in order, with the longest keyword there:
 *   what the prefilter's regex finds in decoded text, found in the bytes (Prefilter.regionsFor).
 * - `count`: how many times a byte occurs (newlines: lines are counted without decoding).
 * - `utf16Units`: the UTF-16 length of UTF-8 bytes (columns, as editors count them).
 *
 * The module is generated for the rules' own keywords (kernel-wasm.ts assembles it), so that a
 * pattern file with other keywords gets a kernel of its own. Without WebAssembly SIMD, or with a
 * keyword that is not ASCII, there is no kernel and the stream decodes everything, as before.
 */
import { T, type WasmFunction, module, op } from './kernel-wasm.js';

const PAGE = 64 * 1024;
const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** The keywords as a tree of bytes, with the index of the keyword that ends at a node (-1: none). */
interface KeywordTrie {
  next: Map<number, KeywordTrie>;
  word: number;
}

function keywordTrie(keywords: readonly number[][]): KeywordTrie {
  const root: KeywordTrie = { next: new Map(), word: -1 };
  keywords.forEach((word, index) => {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), word: -1 }));
      node = child;
    }
    node.word = index;
  });
  return root;
}

/**
 * Code that sets local `result` to local `p` when a keyword starts at p and ends before `end`: a
 * walk down the keywords' trie, one byte compared per level, so that a position costs a few
 * compares however many keywords there are.
 */
function verifyAt(keywords: readonly number[][], p: number, end: number, result: number, byte: number): number[][] {
  const code: number[][] = [op.block()]; // br to this block's end: the position is done
  const walk = (node: KeywordTrie, depth: number, exit: number): void => {
    if (node.word >= 0) {
      code.push(op.get(p), op.set(result), op.br(exit));
      return;
    }
    // The byte at p + depth, if inside the text; folded so that letters compare in any case.
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(0x20), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end); // no keyword below this byte: the position is done
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end);
  return code;
}

/**
 * How many leading bytes of a keyword the SIMD test looks at; the rest is left to the trie walk.
 * Two were not enough: `in`, `de`, `ev`, `le`, `pa` (of inbound_integration, delivery_method,
 * event_action, legacytoken, pagerduty) start a pair in every few words of English or code, and
 * each sent a position to the trie walk.
 */
const FILTER_BYTES = 3;
/** The lanes are bytes: 8 buckets of prefixes. */
const BUCKETS = 8;

/** The bytes a keyword's byte stands for: a letter in either case (as the prefilter matches). */
const casesOf = (c: number): number[] => (isLetter(c) ? [c, c - 0x20] : [c]);

/** For each position k < FILTER_BYTES, the low and high nibbles (bit sets) a group of prefixes allows there. */
type Nibbles = { lo: number; hi: number }[];

/** A prefix's nibbles: any byte past its end (a keyword shorter than FILTER_BYTES). */
function nibblesOf(prefix: readonly number[]): Nibbles {
  const out: Nibbles = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    let lo = 0;
    let hi = 0;
    if (k >= prefix.length) lo = hi = 0xffff;
    else {
      for (const b of casesOf(prefix[k]!)) {
        lo |= 1 << (b & 15);
        hi |= 1 << (b >> 4);
      }
    }
    out.push({ lo, hi });
  }
  return out;
}

/** Set bits of a 16-bit number. */
const popcount = (x: number): number => {
  x -= (x >> 1) & 0x5555;
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0f0f;
  return (x + (x >> 8)) & 0x1f;
};

/** How many printable ASCII bytes (0x20 to 0x7e) have a low nibble in `lo` and a high one in `hi`. */
function printable(lo: number, hi: number): number {
  let bytes = 0;
  for (let h = 2; h <= 7; h++) if (hi & (1 << h)) bytes += popcount(lo & (h === 7 ? 0x7fff : 0xffff));
  return bytes;
}

/**
 * The share of text positions that the union of two groups (or one, twice) lets through, text
 * taken as printable ASCII with each byte alike: what the grouping below weighs.
 */
function passRate(a: Nibbles, b: Nibbles): number {
  let rate = 1;
  for (let k = 0; k < FILTER_BYTES; k++) rate *= printable(a[k]!.lo | b[k]!.lo, a[k]!.hi | b[k]!.hi) / 95;
  return rate;
}

/**
 * The keywords' leading bytes in at most BUCKETS groups: one each while there are few, else the
 * two groups whose merging lets through the fewest more positions are merged, until 8 are left.
 * (Each merge weighs every pair: some thousands of steps for a hundred keywords.)
 */
function bucketsOf(keywords: readonly number[][]): Nibbles[] {
  const seen = new Set<string>();
  let groups: { nibbles: Nibbles; rate: number }[] = [];
  for (const word of keywords) {
    const prefix = word.slice(0, FILTER_BYTES);
    if (seen.has(prefix.join())) continue;
    seen.add(prefix.join());
    const nibbles = nibblesOf(prefix);
    groups.push({ nibbles, rate: passRate(nibbles, nibbles) });
  }
  while (groups.length > BUCKETS) {
    let best = { a: 0, b: 1, rate: 0, cost: Infinity };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const rate = passRate(groups[a]!.nibbles, groups[b]!.nibbles);
        const cost = rate - groups[a]!.rate - groups[b]!.rate;
        if (cost < best.cost) best = { a, b, rate, cost };
      }
    }
    const [a, b] = [groups[best.a]!.nibbles, groups[best.b]!.nibbles];
    const merged = a.map((n, k) => ({ lo: n.lo | b[k]!.lo, hi: n.hi | b[k]!.hi }));
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push({ nibbles: merged, rate: best.rate });
  }
  return groups.map((g) => g.nibbles);
}

/**
 * The SIMD test, as in Hyperscan's Teddy: for each of the FILTER_BYTES leading bytes, two table
 * look-ups (by its low and its high nibble, i8x16.swizzle) give the buckets whose prefixes may
 * have that byte there; a lane whose buckets survive every byte may start a keyword. About 20
 * instructions per 16 positions whatever the keywords, where comparing with every keyword's
 * bytes took over a hundred.
 */
function filterCode(keywords: readonly number[][], i: number, v: number): number[][] {
  const buckets = bucketsOf(keywords);
  const code: number[][] = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    const lo = new Array<number>(16).fill(0);
    const hi = new Array<number>(16).fill(0);
    buckets.forEach((nibbles, bucket) => {
      const t = nibbles[k]!;
      for (let n = 0; n < 16; n++) {
        if (t.lo & (1 << n)) lo[n]! |= 1 << bucket;
        if (t.hi & (1 << n)) hi[n]! |= 1 << bucket;
      }
    });
    code.push(op.get(i), op.vload(k), op.set(v));
    code.push(op.vbytes(lo), op.get(v), op.vconst(0x0f), op.vand, op.swizzle8);
    code.push(op.vbytes(hi), op.get(v), op.i32(4), op.shrU8, op.swizzle8, op.vand);
    if (k > 0) code.push(op.vand);
  }
  code.push(op.vconst(0), op.ne8);
  return code;
}

function lastKeywordFunction(keywords: readonly number[][]): WasmFunction {
  const [ptr, len, end, i, mask, p, result, v, byte, bit] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const candidates = filterCode(keywords, i, v);
  const verify = verifyAt(keywords, p, end, result, byte);
  /** After a verify: the keyword found is the last one, since positions are tried from the end. */
  const returnIfFound = [op.get(result), op.i32(-1), op.ne, op.if(), op.get(result), op.return, op.end];
  // The positions are those a forward pass takes: blocks of 16 from ptr while a block's loads stay
  // inside [ptr, end), then the last few one by one. They are tried from the end backwards, so that
  // text holding keywords everywhere costs a few positions, not a pass over all of it.
  const reach = 16 + FILTER_BYTES - 1;
  return {
    name: 'lastKeyword',
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.v128, T.i32, T.i32],
    body: [
      op.i32(-1), op.set(result),
      op.get(ptr), op.get(len), op.add, op.set(end),
      // i: where the single positions start, after the whole blocks (none when len < reach).
      op.get(ptr), op.set(i),
      op.get(len), op.i32(reach), op.geS,
      op.if(),
      op.get(ptr), op.get(len), op.i32(reach), op.sub, op.i32(4), op.shrU, op.i32(1), op.add, op.i32(4), op.shl, op.add, op.set(i),
      op.end,
      // The single positions, from the last one down to i.
      op.get(end), op.i32(1), op.sub, op.set(p),
      op.block(), op.loop(),
      op.get(p), op.get(i), op.ltS, op.brIf(1),
      ...verify,
      ...returnIfFound,
      op.get(p), op.i32(1), op.sub, op.set(p),
      op.br(0), op.end, op.end,
      // The blocks, from the last one down to ptr; in each, the lanes from the highest down.
      op.get(i), op.i32(16), op.sub, op.set(i),
      op.block(), op.loop(),
      op.get(i), op.get(ptr), op.ltS, op.brIf(1),
      ...candidates,
      op.bitmask8, op.tee(mask),
      op.if(),
      op.loop(),
      op.i32(31), op.get(mask), op.clz, op.sub, op.tee(bit), op.get(i), op.add, op.set(p),
      ...verify,
      ...returnIfFound,
      op.get(mask), op.i32(1), op.get(bit), op.shl, op.xor, op.tee(mask), op.brIf(0),
      op.end,
      op.end,
      op.get(i), op.i32(16), op.sub, op.set(i),
      op.br(0), op.end, op.end,
      op.get(result),
    ],
  };
}

/**
 * `longestKeyword(p, end)`: the index of the longest keyword that starts at `p` and ends by `end`,
 * or -1 (the prefilter's regex reports the longest keyword at a position, so this does too). A
 * walk down the keywords' trie, one byte compared per level, folded for letters. A function of its
 * own, called by keywordHits from two places: the walk is most of the module's code, and a small
 * keywordHits is compiled to fast code soon after the kernel starts.
 */
function longestKeywordFunction(keywords: readonly number[][]): WasmFunction {
  const [p, end, word, byte] = [0, 1, 2, 3];
  const code: number[][] = [op.i32(-1), op.set(word), op.block()];
  const walk = (node: KeywordTrie, depth: number, exit: number): void => {
    if (node.word >= 0) code.push(op.i32(node.word), op.set(word));
    if (node.next.size === 0) return; // falls through to the exit
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(0x20), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end);
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end, op.get(word));
  return { name: 'longestKeyword', params: [T.i32, T.i32], results: [T.i32], locals: [T.i32, T.i32], body: code };
}

/**
 * `keywordHits(ptr, len, end, out, cap)`: every position in [ptr, ptr + len) where a keyword starts
 * and ends by `end`, in order, with the longest keyword there: written to `out` as i32 pairs
 * (position, keyword index), at most `cap` of them; returns how many. A full `out` means there may
 * be more after the last one written. The prefilter builds its regions from these (regionsFor), so
 * that text naming PagerDuty on every line is searched by SIMD, not by a regex stepping one
 * character after each hit.
 */
function keywordHitsFunction(keywords: readonly number[][], longestKeyword: number): WasmFunction {
  const [ptr, len, end, out, cap, stop, i, mask, p, n, word] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const v = 11;
  // The lanes that may start a keyword, as bits: lastKeyword's Teddy test (filterCode).
  const candidates = [...filterCode(keywords, i, v), op.bitmask8];
  // The hit at p, if any, goes to out[n]; a full `out` ends the call.
  const record = [
    op.get(p), op.get(end), op.call(longestKeyword), op.tee(word), op.i32(-1), op.ne,
    op.if(),
    op.get(out), op.get(n), op.i32(3), op.shl, op.add, op.get(p), op.store32(0),
    op.get(out), op.get(n), op.i32(3), op.shl, op.add, op.get(word), op.store32(4),
    op.get(n), op.i32(1), op.add, op.tee(n), op.get(cap), op.geU,
    op.if(), op.get(n), op.return, op.end,
    op.end,
  ];
  return {
    name: 'keywordHits',
    params: [T.i32, T.i32, T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr), op.get(len), op.add, op.set(stop),
      op.get(ptr), op.set(i),
      // Blocks of 16 positions while the block and the bytes its test loads stay inside the text.
      op.block(), op.loop(),
      op.get(i), op.i32(16), op.add, op.get(stop), op.gtU, op.brIf(1),
      op.get(i), op.i32(16 + FILTER_BYTES - 1), op.add, op.get(end), op.gtU, op.brIf(1),
      ...candidates,
      op.tee(mask),
      op.if(),
      op.loop(), // the candidate lanes from the lowest up: hits come out in order
      op.get(i), op.get(mask), op.ctz, op.add, op.set(p),
      ...record,
      op.get(mask), op.get(mask), op.i32(1), op.sub, op.and, op.tee(mask), op.brIf(0),
      op.end,
      op.end,
      op.get(i), op.i32(16), op.add, op.set(i),
      op.br(0), op.end, op.end,
      // The positions left, one by one.
      op.get(i), op.set(p),
      op.block(), op.loop(),
      op.get(p), op.get(stop), op.geU, op.brIf(1),
      ...record,
      op.get(p), op.i32(1), op.add, op.set(p),
      op.br(0), op.end, op.end,
      op.get(n),
    ],
  };
}

function countFunction(): WasmFunction {
  const [ptr, len, byte, end, i, n, needle] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: 'count',
    params: [T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr), op.get(len), op.add, op.set(end),
      op.get(ptr), op.set(i),
      op.get(byte), op.splat8, op.set(needle),
      op.block(), op.loop(),
      op.get(i), op.i32(16), op.add, op.get(end), op.gtU, op.brIf(1),
      op.get(n), op.get(i), op.vload(0), op.get(needle), op.eq8, op.bitmask8, op.popcnt, op.add, op.set(n),
      op.get(i), op.i32(16), op.add, op.set(i),
      op.br(0), op.end, op.end,
      op.block(), op.loop(),
      op.get(i), op.get(end), op.geU, op.brIf(1),
      op.get(n), op.get(i), op.load8u(0), op.get(byte), op.eq, op.add, op.set(n),
      op.get(i), op.i32(1), op.add, op.set(i),
      op.br(0), op.end, op.end,
      op.get(n),
    ],
  };
}

function utf16Function(): WasmFunction {
  const [ptr, len, end, i, n, v, c] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: 'utf16Units',
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128, T.i32],
    body: [
      op.get(ptr), op.get(len), op.add, op.set(end),
      op.get(ptr), op.set(i),
      op.block(), op.loop(),
      op.get(i), op.i32(16), op.add, op.get(end), op.gtU, op.brIf(1),
      op.get(i), op.vload(0), op.set(v),
      // A character starts at every byte that is not a continuation byte (10xxxxxx) ...
      op.get(n), op.get(v), op.vconst(0xc0), op.vand, op.vconst(0x80), op.ne8, op.bitmask8, op.popcnt, op.add,
      // ... and one of four bytes (11110xxx) is a surrogate pair: two units.
      op.get(v), op.vconst(0xf0), op.geU8, op.bitmask8, op.popcnt, op.add, op.set(n),
      op.get(i), op.i32(16), op.add, op.set(i),
      op.br(0), op.end, op.end,
      op.block(), op.loop(),
      op.get(i), op.get(end), op.geU, op.brIf(1),
      op.get(i), op.load8u(0), op.set(c),
      op.get(n), op.get(c), op.i32(0xc0), op.and, op.i32(0x80), op.ne, op.add,
      op.get(c), op.i32(0xf0), op.geU, op.add, op.set(n),
      op.get(i), op.i32(1), op.add, op.set(i),
      op.br(0), op.end, op.end,
      op.get(n),
    ],
  };
}

/** The little of the WebAssembly API used here (the project's type libraries do not declare it). */
export interface WasmApi {
  Module: new (binary: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  lastKeyword(ptr: number, len: number): number;
  count(ptr: number, len: number, byte: number): number;
  utf16Units(ptr: number, len: number): number;
  keywordHits(ptr: number, len: number, end: number, out: number, cap: number): number;
}

/** A byte window that the caller fills and searches (see stream.ts). */
export interface ByteWindow {
  /** The window's memory, at least `size` bytes (a new Buffer after growing: keep none across calls). */
  bytes(size?: number): Buffer;
  /** Where the last keyword within bytes [from, to) starts, or -1; a window without a kernel says `from`. */
  lastKeyword(from: number, to: number): number;
  /** How many times `byte` occurs within [from, to). */
  count(from: number, to: number, byte: number): number;
  /** The UTF-16 length of the UTF-8 bytes [from, to). */
  utf16Units(from: number, to: number): number;
}

/** Hits the kernel writes per call (8 bytes each, after the text). */
const HIT_BATCH = 4096;
/** WebAssembly memory is little-endian; a typed array is in the platform's order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** One kernel instance and its memory. */
export class ByteKernel implements ByteWindow {
  private view: Buffer;
  private hits = new Int32Array(2 * HIT_BATCH);

  constructor(private readonly fns: KernelExports) {
    this.view = Buffer.from(fns.memory.buffer);
  }

  bytes(size = 0): Buffer {
    if (size > this.view.length) {
      this.fns.memory.grow(Math.ceil((size - this.view.length) / PAGE));
      this.view = Buffer.from(this.fns.memory.buffer);
    }
    return this.view;
  }

  lastKeyword(from: number, to: number): number {
    if (to <= from) return -1;
    const at = this.fns.lastKeyword(from, to - from);
    return at < 0 ? -1 : at;
  }

  count(from: number, to: number, byte: number): number {
    return to > from ? this.fns.count(from, to - from, byte) : 0;
  }

  utf16Units(from: number, to: number): number {
    return to > from ? this.fns.utf16Units(from, to - from) : 0;
  }

  /**
   * The keywords starting within [from, to) and ending by `end` (bytes [0, end) are the text):
   * (position, keyword index) pairs in order, the longest keyword at each position; the index is
   * into the keywords the kernel was made for, lower-cased, without repeats (kernelBinary). The
   * array is reused: it holds until the next call.
   */
  keywordHits(from: number, to: number, end: number): Int32Array {
    let count = 0;
    // A window dense with keywords grew the array (up to a few MB for hostile text): not kept for the next.
    if (this.hits.length > 16 * HIT_BATCH) this.hits = new Int32Array(2 * HIT_BATCH);
    // The kernel writes a batch after the text (8-aligned), then it is copied out.
    const out = (end + 7) & ~7;
    this.bytes(out + 8 * HIT_BATCH);
    for (let at = from; at < to; ) {
      const n = this.fns.keywordHits(at, to - at, end, out, HIT_BATCH);
      if (count + 2 * n > this.hits.length) {
        const grown = new Int32Array(Math.max(2 * this.hits.length, count + 2 * n));
        grown.set(this.hits.subarray(0, count));
        this.hits = grown;
      }
      const batch = new Int32Array(this.fns.memory.buffer, out, 2 * n);
      if (LITTLE_ENDIAN) this.hits.set(batch, count);
      else {
        const view = new DataView(this.fns.memory.buffer);
        for (let k = 0; k < 2 * n; k++) this.hits[count + k] = view.getInt32(out + 4 * k, true);
      }
      count += 2 * n;
      if (n < HIT_BATCH) break;
      at = this.hits[count - 2]! + 1;
    }
    return this.hits.subarray(0, count);
  }
}


/**
 * The kernel module for these (ASCII) keywords, assembled from the code above: there is no
 * committed binary, so what runs is always what this file says.
 */
export function kernelBinary(keywords: readonly string[]): Uint8Array {
  const words = [...new Set(keywords.map((k) => k.toLowerCase()))].map((k) => [...k].map((ch) => ch.charCodeAt(0)));
  const functions = [lastKeywordFunction(words), countFunction(), utf16Function()];
  functions.push(keywordHitsFunction(words, functions.length + 1), longestKeywordFunction(words));
  return module(functions, 2);
}

/**
 * The kernel of the built-in rules' keywords, which the build assembles with kernelBinary above
 * (scripts/build.mjs) and the bundle carries: assembling it at each start was 10 ms of cold
 * JavaScript, more than the pre-commit hook's scan of a staged file. Any other keyword set (pattern
 * files, rules turned off) is assembled at run time.
 */
declare const __PDGUARD_BUILTIN_KERNEL__: { keywords: string[]; binary: string } | undefined;

function builtinKernel(keywords: readonly string[]): Uint8Array | null {
  if (typeof __PDGUARD_BUILTIN_KERNEL__ === 'undefined') return null;
  const built = __PDGUARD_BUILTIN_KERNEL__;
  if (built.keywords.length !== keywords.length || built.keywords.some((k, i) => k !== keywords[i])) return null;
  return Buffer.from(built.binary, 'base64');
}

/**
 * Makes kernels for one keyword set: the module is compiled once; each scanner takes an instance
 * (its own memory) and gives it back when done, so that a tree of small files reuses a few
 * windows instead of faulting in fresh memory for every file.
 */
export class KernelPool {
  private readonly free: ByteKernel[] = [];

  private constructor(
    private readonly api: WasmApi,
    private readonly compiled: object,
  ) {}

  /**
   * Null when there can be no kernel: no keywords, a keyword that is not ASCII, no WebAssembly
   * (`node --jitless`), or no SIMD in it (compiling the module then throws). `api` is for tests
   * (null: none).
   */
  static for(keywords: readonly string[], api: WasmApi | null = wasm ?? null): KernelPool | null {
    if (!api || keywords.length === 0 || keywords.some((k) => k.length === 0 || /[^\x00-\x7f]/.test(k))) return null;
    try {
      return new KernelPool(api, new api.Module(builtinKernel(keywords) ?? kernelBinary(keywords)));
    } catch {
      return null;
    }
  }

  acquire(): ByteKernel {
    return this.free.pop() ?? new ByteKernel(new this.api.Instance(this.compiled).exports as KernelExports);
  }

  release(kernel: ByteKernel): void {
    if (this.free.length < 4) this.free.push(kernel);
  }
}

/**
 * The same window in plain JavaScript, where there is no kernel: it cannot tell where keywords are,
 * so it says "maybe, here" and every window is decoded and searched by the prefilter's regex.
 */
export class PlainWindow implements ByteWindow {
  private view = Buffer.alloc(0);

  bytes(size = 0): Buffer {
    if (size > this.view.length) {
      const grown = Buffer.alloc(Math.max(size, 2 * this.view.length));
      this.view.copy(grown);
      this.view = grown;
    }
    return this.view;
  }

  lastKeyword(from: number, to: number): number {
    return to > from ? from : -1;
  }

  count(from: number, to: number, byte: number): number {
    let n = 0;
    for (let i = this.view.indexOf(byte, from); i >= 0 && i < to; i = this.view.indexOf(byte, i + 1)) n++;
    return n;
  }

  utf16Units(from: number, to: number): number {
    let units = 0;
    for (let i = from; i < to; i++) {
      const b = this.view[i]!;
      if ((b & 0xc0) !== 0x80) units++;
      if (b >= 0xf0) units++;
    }
    return units;
  }
}
