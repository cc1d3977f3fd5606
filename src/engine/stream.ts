/**
 * Streams bytes through the matcher with bounded memory. Text is cut into regions at line ends, so
 * that a secret never straddles two regions; a line longer than the buffer is cut with an overlap
 * instead. Each region is matched with some already-scanned text before it (the look-back), which
 * gives the context checks the parent keys and nearby lines they need.
 *
 * Bytes are viewed as latin1 (one character per byte): secrets and keywords are ASCII, this never
 * fails on invalid UTF-8, and it is the fastest decoding there is. Columns are converted to UTF-16
 * code units (the SARIF default) only for the lines that hold a finding.
 */
import { lineAllows } from '../suppress/inline.js';
import type { Match, Rule } from '../types.js';
import { findCandidates } from './candidates.js';
import type { CompiledRules } from './compiled-rules.js';
import { MAX_CONTEXT_CHARS } from './context.js';

/** Already-scanned text kept before each region, for context. */
const LOOKBACK = 16 * 1024;
/**
 * How far from a keyword a secret can be reported: every context check looks at most
 * MAX_CONTEXT_CHARS around the secret, plus room for the rest of a long line.
 */
const KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
/** Text kept after each region, so that context checks can look at the lines after a secret. */
const LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
/** Overlap kept when a line has to be cut: longer than any secret and its pattern. */
const OVERLAP = 4 * 1024;

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export class StreamScanner {
  /** Text after the region scanned last: kept for the next one (look-ahead, partial line). */
  private carry = '';
  private lookback = '';
  /** Line number and column (UTF-16 units) at which the next region starts. */
  private line = 1;
  private column = 0;
  private readonly seenOnLine = new Set<string>();
  private seenLine = 0;

  constructor(private readonly rules: CompiledRules) {}

  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk: Buffer): Match[] {
    if (chunk.length === 0) return [];
    // The region ends at a newline at least LOOKAHEAD before the end of what is known, so that
    // context checks see the lines after a secret. It is found in the bytes, and the strings
    // then join without another copy: one decoding and one flattening per chunk.
    const newline = chunk.length > LOOKAHEAD ? chunk.lastIndexOf(10, chunk.length - LOOKAHEAD) : -1;
    const pending = this.carry + chunk.toString('latin1');
    if (newline >= 0) return this.scan(pending, this.carry.length + newline + 1);
    if (pending.length <= 2 * OVERLAP + LOOKAHEAD) {
      this.carry = pending;
      return [];
    }
    // Small pushes (a pipe) pile up in the carry: end the region at a newline there, if any.
    const earlier = pending.lastIndexOf('\n', pending.length - LOOKAHEAD);
    if (earlier >= 0) return this.scan(pending, earlier + 1);
    // A line longer than the buffers: cut inside it. The overlap is scanned twice but only
    // secrets that start before the cut count, so each is reported once.
    return this.scan(pending, pending.length - OVERLAP);
  }

  /**
   * No more bytes after `last`: scan what is left, in one region. A whole small file or blob given
   * here is scanned in one pass, with no look-back to read twice and no lines to count ahead.
   */
  end(last?: Buffer): Match[] {
    const pending = last?.length ? this.carry + last.toString('latin1') : this.carry;
    this.carry = '';
    return pending ? this.scan(pending, pending.length, true) : [];
  }

  private scan(pending: string, cut: number, final = false): Match[] {
    const text = this.lookback + pending;
    const from = this.lookback.length;
    const to = from + cut;
    const regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH);
    const matches = regions.size ? this.locate(text, from, to, regions) : [];
    if (final) return matches;

    // Advance the position past the region; keep its tail as look-back, and the rest as carry.
    const lastNewline = text.lastIndexOf('\n', to - 1);
    this.line += countNewlines(text, from, to);
    this.column = lastNewline >= from ? utf16Length(text, lastNewline + 1, to) : this.column + utf16Length(text, from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = text.indexOf('\n', keepFrom);
    if (keepFrom > 0 && firstNewline >= 0 && firstNewline < to) keepFrom = firstNewline + 1;
    this.lookback = text.slice(keepFrom, to);
    this.carry = text.slice(to);
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
    for (const c of findCandidates(regions, text, from, to)) {
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
      });
    }
    return matches;
  }
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
