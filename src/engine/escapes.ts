/**
 * Values written with escapes inside them: System.Text.Json writes `+` as `\u002B` and `/` as `\/`
 * (a webhook secret in appsettings.json), a logged form body writes them `%2B` and `%2F`. A rule's
 * regex stops at the escape and sees a fragment, or nothing when the escape comes early. The lines
 * of a region that hold such escapes are also read unescaped, with where each character was
 * written, so that every rule's patterns match the value whole; the finding keeps the written
 * position and says how it was decoded. Only escapes of characters that credentials are made of
 * are undone (a `\u0022` quote still ends a value).
 */
import type { Encoding } from '../types.js';
import { lineEndOf, lineStartOf, MAX_CONTEXT_CHARS } from './context.js';

export interface UnescapedLine {
  /** The line with its escapes undone. */
  text: string;
  /** For each character of `text` (and one past its end), its offset in the written text. */
  at: Int32Array;
  encoding: Encoding;
}

const ANY_ESCAPE = /\\u00[0-9A-Fa-f]{2}|\\\/|%(?:2[BbFf]|3[Dd])/;
const ESCAPE = /\\u00([0-9A-Fa-f]{2})|\\(\/)|%(2[BbFf]|3[Dd])/g;
/** What credentials are made of: an escape of anything else is left as written. */
const TOKEN_CHAR = /^[A-Za-z0-9_+/=.~-]$/;

/** The lines of [lo, hi) that hold escapes of credential characters, unescaped. */
export function unescapedLines(text: string, lo: number, hi: number): UnescapedLine[] {
  const lines: UnescapedLine[] = [];
  let pos = lo;
  while (pos < hi) {
    const found = ANY_ESCAPE.exec(text.slice(pos, hi));
    if (!found) break;
    const escape = pos + found.index;
    // The line around it, at most MAX_CONTEXT_CHARS either way (a minified line is looked at near the escape).
    const start = lineStartOf(text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
    const end = lineEndOf(text, escape, escape + MAX_CONTEXT_CHARS);
    const line = unescape(text, start, end);
    if (line) lines.push(line);
    pos = Math.max(end + 1, escape + 1);
  }
  return lines;
}

function unescape(text: string, start: number, end: number): UnescapedLine | null {
  const slice = text.slice(start, end);
  let out = '';
  const at: number[] = [];
  let last = 0;
  let encoding: Encoding | null = null;
  for (const m of slice.matchAll(ESCAPE)) {
    const char = m[1] !== undefined ? String.fromCharCode(parseInt(m[1], 16)) : m[2] !== undefined ? '/' : String.fromCharCode(parseInt(m[3]!, 16));
    if (!TOKEN_CHAR.test(char)) continue;
    for (let i = last; i < m.index; i++) at.push(start + i);
    out += slice.slice(last, m.index) + char;
    at.push(start + m.index);
    last = m.index + m[0].length;
    encoding ??= m[0].startsWith('%') ? 'url' : 'json-unicode';
  }
  if (encoding === null) return null;
  for (let i = last; i <= slice.length; i++) at.push(start + i);
  out += slice.slice(last);
  return { text: out, at: Int32Array.from(at), encoding };
}

const ANY_ESCAPE_ALL = new RegExp(ANY_ESCAPE.source, 'g');

/**
 * unescapedLines for many spans of one text: the escapes are found in one pass over `[lo, hi)` (every
 * span asked for lies there) and each line is unescaped once, whichever spans and rules ask for it.
 * The escapes never overlap (none can start inside another), so the first escape a span's own search
 * would find is the first one found here that starts in it and ends before its end.
 */
export class EscapedLines {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lines = new Map<number, { line: UnescapedLine | null; end: number }>();

  constructor(
    private readonly text: string,
    lo: number,
    hi: number,
  ) {
    if (hi <= lo) return;
    const scope = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    for (const m of scope.matchAll(ANY_ESCAPE_ALL)) {
      this.starts.push(lo + m.index);
      this.ends.push(lo + m.index + m[0].length);
    }
  }

  /** unescapedLines(text, lo, hi), for a span inside the one given to the constructor. */
  in(lo: number, hi: number): UnescapedLine[] {
    const out: UnescapedLine[] = [];
    if (this.starts.length === 0) return out;
    let i = firstAtOrAfter(this.starts, lo);
    let pos = lo;
    for (; i < this.starts.length; i++) {
      const escape = this.starts[i]!;
      if (escape < pos) continue;
      if (this.ends[i]! > hi) break;
      let cached = this.lines.get(escape);
      if (!cached) {
        const start = lineStartOf(this.text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
        const end = lineEndOf(this.text, escape, escape + MAX_CONTEXT_CHARS);
        this.lines.set(escape, (cached = { line: unescape(this.text, start, end), end }));
      }
      if (cached.line) out.push(cached.line);
      pos = Math.max(cached.end + 1, escape + 1);
    }
    return out;
  }
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
