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
import type { Match, Rule } from '../types.js';
import { findCandidates } from './candidates.js';
import { MAX_CONTEXT_CHARS } from './context.js';
import { Prefilter } from './prefilter.js';

/** Already-scanned text kept before each region, for context. */
const LOOKBACK = 16 * 1024;
/**
 * How far from a keyword a secret can be reported: every context check looks at most
 * MAX_CONTEXT_CHARS around the secret, plus room for the rest of a long line.
 */
const KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
/** Overlap kept when a line has to be cut: longer than any secret and its pattern. */
const OVERLAP = 4 * 1024;

export class Engine {
  readonly prefilter: Prefilter;
  constructor(readonly rules: readonly Rule[]) {
    this.prefilter = new Prefilter(rules);
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export class StreamScanner {
  private carry: Buffer | null = null;
  private lookback = '';
  /** Line number and byte column at which the next region starts. */
  private line = 1;
  private column = 0;
  private readonly seenOnLine = new Set<string>();
  private seenLine = 0;

  constructor(private readonly engine: Engine) {}

  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk: Buffer): Match[] {
    const buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    return this.scan(buffer, false);
  }

  /** No more bytes: scan what is left. */
  end(): Match[] {
    const buffer = this.carry ?? Buffer.alloc(0);
    this.carry = null;
    return this.scan(buffer, true);
  }

  private scan(buffer: Buffer, final: boolean): Match[] {
    let cut: number;
    if (final) cut = buffer.length;
    else {
      const newline = buffer.lastIndexOf(10);
      if (newline >= 0) cut = newline + 1;
      else if (buffer.length > 2 * OVERLAP) cut = buffer.length - OVERLAP;
      else {
        this.carry = buffer;
        return [];
      }
    }
    if (cut < buffer.length) this.carry = buffer.subarray(cut);
    if (cut === 0) return [];

    const text = this.lookback + buffer.toString('latin1');
    const from = this.lookback.length;
    const to = from + cut;
    const regions = this.engine.prefilter.regionsFor(text, from, to, KEYWORD_REACH);
    const matches = regions.size ? this.locate(text, from, to, regions) : [];

    // Advance the position past the region, and keep its tail as the next look-back.
    const lastNewline = text.lastIndexOf('\n', to - 1);
    if (!final) {
      const newlines = countNewlines(text, from, to);
      this.line += newlines;
      this.column = lastNewline >= from ? to - lastNewline - 1 : this.column + cut;
      let keepFrom = Math.max(0, to - LOOKBACK);
      const firstNewline = text.indexOf('\n', keepFrom);
      if (keepFrom > 0 && firstNewline >= 0 && firstNewline < to) keepFrom = firstNewline + 1;
      this.lookback = text.slice(keepFrom, to);
    }
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
        allowed = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).includes('pdguard:allow');
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
export function scanString(engine: Engine, text: string): Match[] {
  const scanner = new StreamScanner(engine);
  return [...scanner.push(Buffer.from(text, 'utf8')), ...scanner.end()];
}
