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
