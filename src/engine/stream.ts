/**
 * Streams bytes through the matcher with bounded memory. Text is cut into regions at line ends, so
 * that a secret never straddles two regions; a line longer than the buffer is cut with an overlap
 * instead. Each region is matched with some already-scanned text before it (the look-back), which
 * gives the context checks the parent keys and nearby lines they need.
 *
 * The bytes stay bytes in one reused window (the byte kernel's memory, kernel.ts): the kernel says
 * whether a keyword is in the window and counts its lines, and only a window that holds a keyword
 * is decoded and matched. Nearly all text holds none, so nearly all of it is never decoded.
 *
 * Decoded bytes are viewed as latin1 (one character per byte): secrets and keywords are ASCII, this
 * never fails on invalid UTF-8, and it is the fastest decoding there is. Columns are converted to
 * UTF-16 code units (the SARIF default) only for the lines that hold a finding.
 *
 * A lone CR (classic Mac OS line ends) is turned into an LF as bytes enter the window (lines.ts),
 * so that everything below, which splits and counts at LF, sees the lines an editor shows.
 */
import { lineAllows } from '../suppress/inline.js';
import type { Match, Rule } from '../types.js';
import { findCandidates } from './candidates.js';
import type { CompiledRules } from './compiled-rules.js';
import { MAX_CONTEXT_CHARS } from './context.js';
import { type ByteKernel, type ByteWindow, KernelPool, PlainWindow } from './kernel.js';
import { LF, loneCrToLf } from './lines.js';
import { STRUCTURE_BLOCK, STRUCTURE_REACH, startsAsXml } from './structure.js';

/**
 * Already-scanned text kept before each region: for context checks (2 * MAX_CONTEXT_CHARS), and for
 * the structure walks, which reach back to a grid floor up to STRUCTURE_REACH + STRUCTURE_BLOCK
 * before a candidate (structure.ts): so that the walks see the same text however the stream is cut.
 */
const STRUCTURE_LOOKBACK = STRUCTURE_REACH + STRUCTURE_BLOCK;
const LOOKBACK = STRUCTURE_LOOKBACK + 2 * MAX_CONTEXT_CHARS;
/**
 * How far from a keyword a secret can be reported: every context check looks at most
 * MAX_CONTEXT_CHARS around the secret, plus room for the rest of a long line.
 */
const KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
/** Text kept after each region, so that context checks can look at the lines after a secret. */
const LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
/** Overlap kept when a line has to be cut: longer than any secret and its pattern. */
const OVERLAP = 4 * 1024;
/** Larger pushes are taken in pieces of this size: the window stays small and in cache. */
export const MAX_PIECE = 256 * 1024;
/** Lines end at LF only once appended: a lone CR is made an LF on the way in (lines.ts). */
const NEWLINE = LF;

interface Kernels {
  /** Null where there can be no kernel. */
  pool: KernelPool | null;
  /** A keyword may end in new bytes yet begin this many bytes earlier, in bytes already searched. */
  keywordTail: number;
}

/** One pool of kernels per rule set (and thread). */
const kernels = new WeakMap<CompiledRules, Kernels>();

function kernelsFor(rules: CompiledRules): Kernels {
  let found = kernels.get(rules);
  if (found === undefined) {
    const keywords = rules.prefilter.keywords;
    found = {
      pool: rules.prefilter.runsEverywhere ? null : KernelPool.for(keywords),
      keywordTail: Math.max(0, ...keywords.map((k) => k.length - 1)),
    };
    kernels.set(rules, found);
  }
  return found;
}

/**
 * Whether the whole of a content (a file read in one piece) may hold a keyword, in the same kernel
 * a StreamScanner would search it with; null where there is no kernel (the scanner must then
 * decode and search everything). False means that a StreamScanner given these bytes, on a path
 * no rule is named by, would find nothing: no keyword, so no region is ever matched. (A lone CR
 * that the scanner would make an LF changes no keyword: none holds a line break.)
 */
export function mayHoldKeyword(rules: CompiledRules, bytes: Buffer): boolean | null {
  const pool = kernelsFor(rules).pool;
  if (!pool) return null;
  const kernel = pool.acquire();
  try {
    bytes.copy(kernel.bytes(bytes.length), 0);
    return kernel.lastKeyword(0, bytes.length) >= 0;
  } finally {
    pool.release(kernel);
  }
}

export class StreamScanner {
  private window: ByteWindow | null;
  private readonly pool: KernelPool | null;
  /** Bytes in the window: look-back first, then what is not scanned yet (the carry). */
  private length = 0;
  private lookback = 0;
  /** Stream offset of the window's first byte, of the end of what the kernel searched, and of the last keyword seen. */
  private base = 0;
  private searched = 0;
  private lastKeyword = -1;
  private readonly keywordTail: number;
  /** Line number and column (UTF-16 units) at which the next region starts. */
  private line = 1;
  private column = 0;
  private readonly seenOnLine = new Set<string>();
  private seenLine = 0;
  /** Whether the stream reads as XML, from its first bytes (known at the first scan: base is 0 then). */
  private xml: boolean | undefined;
  /** The window's last byte is a CR whose next byte is not known yet (a line break either way; lines.ts). */
  private pendingCr = false;

  /** The file's path, when the stream is a file's: it is evidence, and may name PagerDuty. */
  private readonly path: string | undefined;
  /** Rules whose `paths` find PagerDuty in the path: they run on all of this stream, keyword or not. */
  private readonly pathRules: Rule[];

  /** `kernel: false` searches without the byte kernel, as where WebAssembly is missing (for tests). */
  constructor(
    private readonly rules: CompiledRules,
    { kernel = true, path }: { kernel?: boolean; path?: string } = {},
  ) {
    this.path = path;
    this.pathRules = path === undefined ? [] : rules.rulesNamedByPath(path);
    const { pool: shared, keywordTail } = kernelsFor(rules);
    const pool = kernel ? shared : null;
    this.pool = pool;
    this.window = pool ? pool.acquire() : new PlainWindow();
    this.keywordTail = keywordTail;
  }

  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk: Buffer): Match[] {
    if (chunk.length <= MAX_PIECE) return this.pushPiece(chunk);
    const out: Match[] = [];
    for (let at = 0; at < chunk.length; at += MAX_PIECE) for (const m of this.pushPiece(chunk.subarray(at, at + MAX_PIECE))) out.push(m);
    return out;
  }

  /**
   * No more bytes after `last`: scan what is left, in one region. A whole small file or blob given
   * here is scanned in one pass, with no look-back to read twice and no lines to count ahead.
   */
  end(last?: Buffer): Match[] {
    if (!this.window) return [];
    let out: Match[] = [];
    if (last && last.length > MAX_PIECE) {
      const split = last.length - MAX_PIECE;
      out = this.push(last.subarray(0, split));
      last = last.subarray(split);
    }
    if (last?.length) this.append(last);
    if (this.pendingCr) this.pendingCr = loneCrToLf(this.window.bytes(), this.length - 1, this.length, true);
    if (this.length > this.lookback) for (const m of this.scan(this.length - this.lookback, true)) out.push(m);
    this.dispose();
    return out;
  }

  /** Gives the window back without scanning what is left (content found to be binary). */
  dispose(): void {
    if (this.window && this.pool) this.pool.release(this.window as ReturnType<KernelPool['acquire']>);
    this.window = null;
  }

  private append(chunk: Buffer): void {
    const bytes = this.window!.bytes(this.length + chunk.length);
    chunk.copy(bytes, this.length);
    // From the CR left pending at the end of what came before, now that its next byte is here.
    const from = this.pendingCr ? this.length - 1 : this.length;
    this.length += chunk.length;
    this.pendingCr = loneCrToLf(bytes, from, this.length, false);
  }

  private pushPiece(chunk: Buffer): Match[] {
    if (chunk.length === 0 || !this.window) return [];
    const chunkStart = this.length;
    this.append(chunk);
    const bytes = this.window.bytes();
    // The region ends at a newline at least LOOKAHEAD before the end of what is known, so that
    // context checks see the lines after a secret.
    if (chunk.length > LOOKAHEAD) {
      const newline = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
      if (newline >= chunkStart) return this.scan(newline + 1 - this.lookback);
    }
    const pending = this.length - this.lookback;
    if (pending <= 2 * OVERLAP + LOOKAHEAD) return [];
    // Small pushes (a pipe) pile up in the carry: end the region at a newline there, if any.
    const earlier = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
    if (earlier >= this.lookback) return this.scan(earlier + 1 - this.lookback);
    // A line longer than the buffers: cut inside it. The overlap is scanned twice but only
    // secrets that start before the cut count, so each is reported once.
    return this.scan(pending - OVERLAP);
  }

  /** Whether any keyword starts in the window (a keyword in the look-back or the carry counts too). */
  private keywordInWindow(): boolean {
    const window = this.window!;
    const from = Math.max(0, this.searched - this.keywordTail - this.base);
    const at = window.lastKeyword(from, this.length);
    if (at >= 0) this.lastKeyword = Math.max(this.lastKeyword, this.base + at);
    this.searched = this.base + this.length;
    return this.lastKeyword >= this.base;
  }

  /** Scan the region of `cut` bytes after the look-back; keep its tail as look-back, and the rest as carry. */
  private scan(cut: number, final = false): Match[] {
    const window = this.window!;
    const from = this.lookback;
    const to = from + cut;
    let matches: Match[] = [];
    if (this.xml === undefined) this.xml = startsAsXml(window.bytes().toString('latin1', 0, Math.min(this.length, 512)));
    if (this.keywordInWindow() || this.pathRules.length) {
      const text = window.bytes().toString('latin1', 0, this.length);
      // With a kernel, the keywords are found in the window's bytes, not by the regex in `text`.
      const hits = this.pool ? (window as ByteKernel) : undefined;
      let regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH, hits);
      if (this.pathRules.length) regions = withWholeRegion(this.rules.rules, regions, this.pathRules, from, to);
      if (regions.size) matches = this.locate(text, from, to, regions);
    }
    if (final) return matches;

    const bytes = window.bytes().subarray(0, this.length);
    this.line += window.count(from, to, NEWLINE);
    const lastNewline = bytes.lastIndexOf(NEWLINE, to - 1);
    this.column = lastNewline >= from ? window.utf16Units(lastNewline + 1, to) : this.column + window.utf16Units(from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = keepFrom > 0 ? bytes.indexOf(NEWLINE, keepFrom) : -1;
    // Start the look-back at a line, unless that would leave less than the structure walks need.
    if (firstNewline >= 0 && firstNewline < to - STRUCTURE_LOOKBACK) keepFrom = firstNewline + 1;
    bytes.copyWithin(0, keepFrom, this.length);
    this.base += keepFrom;
    this.length -= keepFrom;
    this.lookback = to - keepFrom;
    return matches;
  }

  /**
   * Lines and columns for the region's candidates. Candidates come in order of position, so lines,
   * columns and the inline-allow check advance incrementally: a long line full of candidates costs
   * one pass, not one pass per candidate.
   */
  private locate(text: string, from: number, to: number, regions: Map<Rule, [number, number][]>): Match[] {
    const matches: Match[] = [];
    let line = this.line;
    let lineStart = from;
    let pos = from; // text before pos is accounted for in line, lineStart, columnUnits
    let columnUnits = this.column; // UTF-16 units from the start of the line to pos
    let allowedLine = -1;
    let allowed = false;
    const where = { origin: this.base, xml: this.xml ?? false, ...(this.path === undefined ? {} : { path: this.path }) };
    for (const c of findCandidates(regions, text, from, to, where)) {
      for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < c.start; nl = text.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
        pos = lineStart;
        columnUnits = 0;
      }
      columnUnits += utf16Length(text, pos, c.start);
      pos = c.start;
      if (line !== this.seenLine) {
        this.seenLine = line;
        this.seenOnLine.clear();
      }
      // One finding per secret per line, whichever rules or patterns found it.
      if (this.seenOnLine.has(c.secret)) continue;
      this.seenOnLine.add(c.secret);
      if (allowedLine !== line) {
        allowedLine = line;
        const lineEnd = text.indexOf('\n', c.end);
        allowed = lineAllows(text, lineStart, lineEnd < 0 ? text.length : lineEnd);
      }
      matches.push({
        rule: c.rule,
        secret: c.secret,
        confidence: c.confidence,
        line,
        column: columnUnits + 1,
        endLine: line,
        endColumn: columnUnits + 1 + utf16Length(text, c.start, c.end),
        inlineAllowed: allowed,
        ...(c.decoded ? { decoded: c.decoded } : {}),
        ...(c.evidence ? { evidence: c.evidence } : {}),
      });
    }
    return matches;
  }
}

/** `regions` with the whole of [from, to) for `extra`, in the rules' order. */
function withWholeRegion(rules: readonly Rule[], regions: Map<Rule, [number, number][]>, extra: Rule[], from: number, to: number): Map<Rule, [number, number][]> {
  const merged = new Map<Rule, [number, number][]>();
  for (const rule of rules) {
    if (extra.includes(rule)) merged.set(rule, [[from, to]]);
    else if (regions.has(rule)) merged.set(rule, regions.get(rule)!);
  }
  return merged;
}

const NON_ASCII = /[\x80-\xff]/;

/** UTF-16 length of the UTF-8 bytes text[from, to) (viewed as latin1): what editors count. */
function utf16Length(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const slice = text.slice(from, to);
  if (!NON_ASCII.test(slice)) return slice.length;
  let units = 0;
  for (let i = 0; i < slice.length; i++) {
    const b = slice.charCodeAt(i);
    if (b < 0x80 || b >= 0xc0) units++; // not a continuation byte: a new character
    if (b >= 0xf0) units++; // a four-byte character is a surrogate pair
  }
  return units;
}

/** Scan a whole string (UTF-8 text): for tests, rule examples and small inputs. */
export function scanString(rules: CompiledRules, text: string): Match[] {
  return new StreamScanner(rules).end(Buffer.from(text, 'utf8'));
}
