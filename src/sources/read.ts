/**
 * Reads one file, blob or stream as a stream of chunks into the engine: memory stays bounded
 * whatever the size. Every source (files, standard input, history blobs, staged blobs) reads
 * through ContentScanner, so that each decides alike what the content is and how it is searched.
 *
 * What the content is, from its first 8 KB (classify): UTF-8 (a byte-order mark is dropped) when
 * it holds no NUL byte, UTF-16 or UTF-32 (little or big endian) with a byte-order mark, or without
 * one when its NUL bytes fall as that encoding puts them (readsAs), else binary (git's rule: a NUL
 * byte in the first 8 KB). Whatever it is, nothing the classification decides can hide a token:
 *
 * - the bytes as they are (after a byte-order mark) are always searched, with every rule: a
 *   binary file's, so that one NUL byte before a token does not hide it; and a UTF-16 or UTF-32
 *   file's too, so that a byte-order mark followed by plain text (or a file that changes encoding
 *   part way, as appending to a PowerShell log does) does not hide one either;
 * - UTF-16 and UTF-32 are also decoded (decoder below, streaming across reads) and searched;
 * - what could not be read as text is listed (`binary`, or `binary: not valid UTF-32LE`), beside
 *   what its bytes gave: its content may hold more than its bytes show (compressed, or encoded).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { CompiledRules } from '../engine/compiled-rules.js';
import { StreamScanner, mayHoldKeyword } from '../engine/stream.js';
import type { Match, SkipKind } from '../types.js';
import { formatSize } from '../util/size.js';

/**
 * Files are read in pieces of this size into one buffer reused for every read (per thread): fresh
 * memory for every read cost more in page faults than the scan itself, and 64 KB stays in cache.
 */
export const CHUNK_SIZE = 64 * 1024;
let readBuffer: Buffer | undefined;
const EMPTY = Buffer.alloc(0);
const SNIFF_SIZE = 8 * 1024;

/**
 * How content is read, in a word: part of the history cache's key (a cached clean blob is trusted
 * to give nothing), so it changes whenever what a blob's content gives may change.
 */
export const READING = 'bytes-always+utf16+utf32+lone-cr';

/** What a file may be and still be read. */
export interface ReadLimits {
  /** Files larger than this many bytes are skipped (and listed); default: no limit. */
  maxFileSize?: number;
}

/** A skip to list although the content was searched (binary, or not valid in its encoding). */
export interface Listed {
  skip: SkipKind;
  reason: string;
}

export type FileOutcome =
  | {
      kind: 'scanned';
      matches: Match[];
      bytes: number;
      /**
       * Of `matches`, those found in the raw bytes of a text that was decoded (UTF-16, UTF-32),
       * which the decoded text did not show: their lines are counted in the bytes, not in the text
       * (what staged compares them with). Absent when there are none.
       */
      inRawBytes?: ReadonlySet<Match>;
      /** The content was searched, but not all of it could be read as text: to be listed. */
      listed?: Listed;
    }
  | { kind: 'skipped'; skip: SkipKind; reason: string };

type Unicode = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
type Encoding = 'utf-8' | Unicode | 'binary';

const NAMES: Record<Unicode, string> = { 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'utf-32le': 'UTF-32LE', 'utf-32be': 'UTF-32BE' };

/**
 * What content is, from its first bytes (up to 8 KB): its encoding, and how many bytes of
 * byte-order mark to drop. The one classification every source uses.
 */
export function classify(head: Buffer): { encoding: Encoding; bom: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  // UTF-32LE's mark begins with UTF-16LE's: FF FE 00 00 is UTF-32 (a UTF-16 text does not begin with U+0000).
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sniff = head.length > SNIFF_SIZE ? head.subarray(0, SNIFF_SIZE) : head;
  if (!sniff.includes(0)) return { encoding: 'utf-8', bom: 0 };
  // No mark, but NUL bytes: UTF-32 or UTF-16 as an editor guesses them, else binary.
  for (const encoding of ['utf-32le', 'utf-32be', 'utf-16le', 'utf-16be'] as const) {
    if (readsAs(sniff, encoding)) return { encoding, bom: 0 };
  }
  return { encoding: 'binary', bom: 0 };
}

/**
 * Whether `sniff` reads as `encoding` without a byte-order mark. UTF-32: every unit a code point
 * other than U+0000. UTF-16: no unit U+0000, and NUL bytes on the side of the units' high bytes in
 * at least one unit in 16 (ASCII or Latin-1 text, or other scripts that mix some in), and half
 * as many at most on the other side (一, U+4E00, has one there). Binary bytes put NULs on both
 * sides alike, or too few (one NUL byte in a text is binary, as git says).
 */
function readsAs(sniff: Buffer, encoding: Unicode): boolean {
  const utf32 = encoding.startsWith('utf-32');
  const unit = utf32 ? 4 : 2;
  const read = unitReader(encoding);
  const units = Math.floor(sniff.length / unit);
  if (units === 0) return false;
  let high = 0;
  let low = 0;
  for (let i = 0; i < units * unit; i += unit) {
    const v = read(sniff, i);
    if (v === 0 || (utf32 && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)))) return false;
    if (v < 0x100) high++;
    else if ((v & 0xff) === 0) low++;
  }
  return utf32 || (high * 16 >= units && low * 2 <= high);
}

function unitReader(encoding: Unicode): (bytes: Buffer, at: number) => number {
  switch (encoding) {
    case 'utf-16le':
      return (b, i) => b[i]! | (b[i + 1]! << 8);
    case 'utf-16be':
      return (b, i) => (b[i]! << 8) | b[i + 1]!;
    case 'utf-32le':
      return (b, i) => b.readUInt32LE(i);
    case 'utf-32be':
      return (b, i) => b.readUInt32BE(i);
  }
}

const REPLACEMENT = 0xfffd;

/**
 * UTF-16 or UTF-32 (either byte order) to UTF-8, a chunk at a time: a code unit or a surrogate
 * pair split between two chunks is kept for the next. (Node's TextDecoder has no UTF-32, and says
 * nothing of what it could not decode.) What is not valid becomes U+FFFD and is counted.
 */
class UnicodeDecoder {
  /** Code units (or a surrogate pair's halves, or a unit's bytes) that were not valid. */
  invalid = 0;
  private readonly unit: number;
  private readonly read: (bytes: Buffer, at: number) => number;
  /** The bytes of an incomplete code unit at the end of the last chunk. */
  private carry = EMPTY;
  /** UTF-16: a high surrogate waiting for its low half; -1 for none. */
  private high = -1;

  constructor(readonly encoding: Unicode) {
    this.unit = encoding.startsWith('utf-32') ? 4 : 2;
    this.read = unitReader(encoding);
  }

  decode(chunk: Buffer, last: boolean): Buffer {
    const input = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = input.length - (input.length % this.unit);
    // At most 3 bytes of UTF-8 per UTF-16 unit (4 per pair), 4 per UTF-32 unit, and two U+FFFD.
    const out = Buffer.allocUnsafe(2 * whole + 8);
    let o = 0;
    for (let i = 0; i < whole; i += this.unit) {
      let cp = this.read(input, i);
      if (this.unit === 2) {
        if (this.high >= 0) {
          const high = this.high;
          this.high = -1;
          if (cp >= 0xdc00 && cp <= 0xdfff) {
            o = putUtf8(out, o, 0x10000 + ((high - 0xd800) << 10) + (cp - 0xdc00));
            continue;
          }
          this.invalid++;
          o = putUtf8(out, o, REPLACEMENT);
        }
        if (cp >= 0xd800 && cp <= 0xdbff) {
          this.high = cp;
          continue;
        }
      }
      if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
        this.invalid++;
        cp = REPLACEMENT;
      }
      o = putUtf8(out, o, cp);
    }
    // A copy: the caller may reuse its buffer for the next read.
    this.carry = whole < input.length ? Buffer.from(input.subarray(whole)) : EMPTY;
    if (last && (this.high >= 0 || this.carry.length)) {
      this.invalid++;
      o = putUtf8(out, o, REPLACEMENT);
      this.high = -1;
      this.carry = EMPTY;
    }
    return out.subarray(0, o);
  }
}

function putUtf8(out: Buffer, o: number, cp: number): number {
  if (cp < 0x80) out[o++] = cp;
  else if (cp < 0x800) {
    out[o++] = 0xc0 | (cp >> 6);
    out[o++] = 0x80 | (cp & 0x3f);
  } else if (cp < 0x10000) {
    out[o++] = 0xe0 | (cp >> 12);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  } else {
    out[o++] = 0xf0 | (cp >> 18);
    out[o++] = 0x80 | ((cp >> 12) & 0x3f);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  }
  return o;
}

const isUnicode = (encoding: Encoding): encoding is Unicode => encoding !== 'utf-8' && encoding !== 'binary';

/**
 * The texts the engine reads in a whole file or blob, as ContentScanner reads them: `text`, what
 * its lines are counted in (decoded UTF-16/UTF-32, else the bytes after a byte-order mark), and
 * `raw`, the bytes after the mark, when they were decoded (their own lines, see inRawBytes).
 */
export function contentViews(content: Buffer): { text: Buffer; raw: Buffer | null } {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  const bytes = content.subarray(bom);
  if (!isUnicode(encoding)) return { text: bytes, raw: null };
  return { text: new UnicodeDecoder(encoding).decode(bytes, true), raw: bytes };
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'ENOENT':
      return 'unreadable: disappeared during the scan';
    case 'EISDIR':
      return 'unreadable: is a directory';
    case 'EIO':
      return 'unreadable: I/O error';
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

/** The skip of a file or blob over --max-file-size. */
export function tooLarge(limit: number): FileOutcome {
  return { kind: 'skipped', skip: 'too-large', reason: `larger than --max-file-size ${formatSize(limit)}` };
}

function unreadable(error: unknown): FileOutcome {
  return { kind: 'skipped', skip: 'unreadable', reason: describeReadError(error) };
}

/**
 * Bytes of one file, blob or stream in, matches out: classifies the content on its first 8 KB,
 * then searches its bytes and, for UTF-16 and UTF-32, its decoded text (see the top of this
 * file). Push-based, so that every source (files, standard input, git blobs arriving from `git
 * cat-file`) shares it.
 */
export class ContentScanner {
  /** The bytes as they are, after a byte-order mark. */
  private readonly raw: StreamScanner;
  private readonly rawMatches: Match[] = [];
  /** UTF-16 or UTF-32: the decoded text. */
  private decoder: UnicodeDecoder | null = null;
  private text: StreamScanner | null = null;
  private readonly textMatches: Match[] = [];
  private encoding: Encoding | undefined;
  private head: Buffer | undefined;
  private bytes = 0;

  /** `path`: the file's, when the content is a file's (evidence for the rules; see evidencePath). */
  constructor(
    private readonly rules: CompiledRules,
    private readonly path?: string,
  ) {
    this.raw = new StreamScanner(rules, this.where());
  }

  private where(): { path?: string } {
    return this.path === undefined ? {} : { path: this.path };
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.encoding === undefined) {
      // Decide on a full sniff window: a stream may deliver a few bytes at a time. What is kept is
      // a copy: the caller may reuse its buffer for the next read.
      this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (this.head.length < SNIFF_SIZE) {
        if (this.head === chunk) this.head = Buffer.from(chunk);
        return;
      }
      chunk = this.start();
    }
    this.feed(chunk, false);
  }

  /** The content ends with `last` (if given): scanned with what is left as one final region. */
  end(last: Buffer = EMPTY): FileOutcome {
    if (this.encoding === undefined) {
      this.head = this.head ? Buffer.concat([this.head, last]) : last;
      last = this.start();
    }
    this.feed(last, true);
    return this.outcome();
  }

  /** Gives the windows back when the content cannot be read to its end (a read error). */
  dispose(): void {
    this.raw.dispose();
    this.text?.dispose();
  }

  private start(): Buffer {
    const head = this.head ?? EMPTY;
    this.head = undefined;
    const { encoding, bom } = classify(head);
    this.encoding = encoding;
    if (isUnicode(encoding)) {
      this.decoder = new UnicodeDecoder(encoding);
      this.text = new StreamScanner(this.rules, this.where());
    }
    this.bytes += bom;
    return head.subarray(bom);
  }

  private feed(chunk: Buffer, last: boolean): void {
    this.bytes += chunk.length;
    for (const m of last ? this.raw.end(chunk) : this.raw.push(chunk)) this.rawMatches.push(m);
    if (this.decoder) {
      const text = this.decoder.decode(chunk, last);
      for (const m of last ? this.text!.end(text) : this.text!.push(text)) this.textMatches.push(m);
    }
  }

  private outcome(): FileOutcome {
    const outcome: FileOutcome = { kind: 'scanned', matches: this.rawMatches, bytes: this.bytes };
    if (this.encoding === 'binary') outcome.listed = { skip: 'binary', reason: 'binary' };
    const decoder = this.decoder;
    if (!decoder) return outcome;
    if (decoder.invalid > 0) outcome.listed = { skip: 'binary', reason: `binary: not valid ${NAMES[decoder.encoding]}` };
    // A secret the text shows is reported where the text has it; the bytes add only what it hides.
    const shown = new Set(this.textMatches.map((m) => m.secret));
    const hidden = this.rawMatches.filter((m) => !shown.has(m.secret));
    outcome.matches = [...this.textMatches, ...hidden];
    if (hidden.length) outcome.inRawBytes = new Set(hidden);
    return outcome;
  }
}

/**
 * The part of a file's path that is evidence: its last three segments (`data_bags/pagerduty/prod.json`,
 * `.config/pagerduty-cli/config.json`) of the path as the scan names it (relative to the scanned
 * folder or repository). Only those: the folder the user keeps a checkout in is not the file's.
 */
export function evidencePath(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  // From the end, without splitting the whole path: this runs for every file scanned.
  const segments: string[] = [];
  let end = path.length;
  for (let i = path.length - 1; i >= -1 && segments.length < 3; i--) {
    const c = i >= 0 ? path.charCodeAt(i) : 0x2f;
    if (c !== 0x2f && c !== 0x5c) continue;
    const segment = path.slice(i + 1, end);
    if (segment !== '' && segment !== '.') segments.push(segment);
    end = i;
  }
  return segments.reverse().join('/');
}

/**
 * A receiver of a blob's content in pieces (git cat-file's, see git/catfile.ts) that scans it and
 * hands the outcome and the blob's size to `done`.
 */
export function scanningSink(rules: CompiledRules, done: (outcome: FileOutcome, size: number) => void, path?: string): {
  chunk(data: Buffer, last: boolean): void;
  end(size: number): void;
} {
  // Made when the content arrives, not when it is asked for: many blobs wait in cat-file's queue,
  // and each scanner holds a kernel window (its own WebAssembly memory) until it ends.
  let content: ContentScanner | undefined;
  let outcome: FileOutcome | undefined;
  return {
    chunk: (data, last) => {
      content ??= new ContentScanner(rules, evidencePath(path));
      if (last) outcome = content.end(data);
      else content.push(data);
    },
    end: (size) => done(outcome ?? (content ??= new ContentScanner(rules, evidencePath(path))).end(), size),
  };
}

/** Scan a whole stream of buffers (standard input). */
export async function scanChunks(rules: CompiledRules, chunks: AsyncIterable<Buffer>): Promise<FileOutcome> {
  const content = new ContentScanner(rules);
  for await (const chunk of chunks) content.push(chunk);
  return content.end();
}

/**
 * Scan one file. Never throws for a file that cannot be read: that is a reported skip.
 *
 * Synchronous on purpose: files are nearly always in the page cache, and one synchronous
 * open/read/close costs a fraction of the same calls through libuv's thread pool, which dominated
 * the time of a tree of many small files (100,000 files: 5.6 s async).
 */
export function scanFile(rules: CompiledRules, path: string | Buffer, limits: ReadLimits = {}, named?: string): FileOutcome {
  let fd: number;
  let content: ContentScanner | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for regular files.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'skipped', skip: 'not-a-file', reason: 'not a regular file' };
    if (limits.maxFileSize !== undefined && stat.size > limits.maxFileSize) return tooLarge(limits.maxFileSize);
    // One byte more than stat promised: a short read then proves the end without a second read.
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    const evidence = evidencePath(named ?? (typeof path === 'string' ? path : path.toString('latin1')));
    const buffer = (readBuffer ??= Buffer.allocUnsafeSlow(CHUNK_SIZE));
    let total = 0;
    for (let first = true; ; first = false) {
      // The same buffer every time: the engine copies what it keeps.
      const chunk = readChunk(fd, buffer, first ? size : CHUNK_SIZE);
      total += chunk.length;
      // A short first read of all that stat promised is the whole file: one final region.
      const whole = first && (chunk.length === 0 || (chunk.length < size && total >= stat.size));
      if (whole) return wholeWithoutKeyword(rules, chunk, evidence) ?? new ContentScanner(rules, evidence).end(chunk);
      content ??= new ContentScanner(rules, evidence);
      if (chunk.length === 0) return content.end(chunk);
      content.push(chunk);
    }
  } catch (error) {
    content?.dispose();
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * The outcome of a whole content that holds no keyword, found without the scanners (most files
 * of a tree hold none, and their construction cost more than the search): what ContentScanner
 * would give it, or undefined where it must run (UTF-16 or UTF-32 to decode, no kernel, a rule
 * named by the path, or a keyword).
 */
function wholeWithoutKeyword(rules: CompiledRules, content: Buffer, path: string | undefined): FileOutcome | undefined {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  if (isUnicode(encoding) || (path !== undefined && rules.rulesNamedByPath(path).length > 0)) return undefined;
  if (mayHoldKeyword(rules, content.subarray(bom)) !== false) return undefined;
  const outcome: FileOutcome = { kind: 'scanned', matches: [], bytes: content.length };
  if (encoding === 'binary') outcome.listed = { skip: 'binary', reason: 'binary' };
  return outcome;
}

function readChunk(fd: number, buffer: Buffer, size: number): Buffer {
  return buffer.subarray(0, readSync(fd, buffer, 0, size, null));
}
