/**
 * Encoded values: a Kubernetes Secret's `data:` is base64, System.Text.Json writes `+` as `\u002B`,
 * form bodies and connection URIs are percent-encoded. The engine finds the encoded tokens in the
 * text a rule runs on (the regions near its keywords, never the whole input), decodes each once
 * (no decoding of what was decoded: depth one) and lets the rule's pattern match the decoded text;
 * the finding keeps the encoded token's position and says how it was decoded.
 */
import type { Encoding } from '../types.js';

export interface DecodedToken {
  encoding: Encoding;
  /** Where the encoded token is written. */
  start: number;
  end: number;
  decoded: string;
}

/** Decoded credentials are short: longer tokens are not decoded at all, which bounds the cost. */
const MAX_DECODED = 200;

// Each finder matches a maximal token of its alphabet (group 1), so that no part of a longer token
// is decoded. The character before it is matched, not looked behind at: a regex starting with a
// look-behind is tried at every position, one starting with a character class only where it stands.
// The base64 finder's regex; base64Tokens finds exactly its matches without a regex.
export const BASE64 = /(?:^|[^A-Za-z0-9+/=_\\-])([A-Za-z0-9+/]{16,65536}={0,2})(?![A-Za-z0-9+/=_-])/g;
const MIN_BASE64 = 16;
const MAX_BASE64 = 65536;
/** Longer base64 values are decoded whole only up to this length (a credential, perhaps with a newline). */
const MAX_WHOLE_BASE64 = 272;

/**
 * A token with a fixed prefix keeps a fixed base64 form inside any larger base64 text, in each of
 * the three alignments its first byte can have: `pdus+_` is `cGR1cytf`, `?BkdXMrX` or `?wZHVzK1`
 * (the characters that also hold bits of a neighbouring byte left out). A base64 value holding one
 * (an encoded .env file, a Secret's data that is a whole config) is decoded, and the tokens found in
 * it are reported at the base64 text that encodes them.
 */
const EMBEDDED_PREFIXES = ['cGR1cytf', 'BkdXMrX', 'wZHVzK1', 'cGRldStf', 'BkZXUrX', 'wZGV1K1'];
const PREFIXED_TOKEN = /pd[a-z]{2}\+_[A-Za-z0-9][A-Za-z0-9_-]{19,96}(?![A-Za-z0-9_-])/g;
const JSON_UNICODE = /(?:^|[^A-Za-z0-9_+\-=.~])((?:[A-Za-z0-9_+\-=.~]|\\u00[0-9A-Fa-f]{2}|\\\/){12,400})(?![A-Za-z0-9_+\-=.~])/g;
const URL_ENCODED = /(?:^|[^A-Za-z0-9_\-.~%])((?:[A-Za-z0-9_\-.~]|%[0-9A-Fa-f]{2}){12,400})(?![A-Za-z0-9_\-.~%])/g;

/** What every URL-encoded token that decodes to something else holds. */
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/** Printable ASCII with no space: what every credential shape is made of. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/** `token` decoded from base64, if it is base64 of printable text (a credential's characters); else null. */
export function decodeBase64(token: string): string | null {
  if (token.length % 4 !== 0 || token.length > MAX_WHOLE_BASE64) return null;
  let decoded = Buffer.from(token, 'base64').toString('latin1');
  // `echo KEY | base64` keeps the newline.
  if (decoded.endsWith('\n')) decoded = decoded.slice(0, decoded.endsWith('\r\n') ? -2 : -1);
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}

function decodeJsonUnicode(token: string): string | null {
  if (!token.includes('\\')) return null;
  const decoded = token.replace(/\\u00([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\\//g, '/');
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}

function decodeUrl(token: string): string | null {
  if (!token.includes('%')) return null;
  try {
    const decoded = decodeURIComponent(token);
    return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

const FINDERS: Record<Encoding, { regex: RegExp; decode: (token: string) => string | null }> = {
  base64: { regex: BASE64, decode: decodeBase64 },
  'json-unicode': { regex: JSON_UNICODE, decode: decodeJsonUnicode },
  url: { regex: URL_ENCODED, decode: decodeUrl },
};

/** Per UTF-16 code unit: 1 for a base64 run's characters (A-Z a-z 0-9 + /), 2 for = _ \\ -. */
const BASE64_CLASS = new Uint8Array(65536);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CLASS[c.charCodeAt(0)] = 1;
for (const c of '=_\\-') BASE64_CLASS[c.charCodeAt(0)] = 2;

/**
 * The matches of BASE64 in `text`, as [start, end) of group 1, in order: each maximal run of base64
 * characters of 16 to 65536, with no base64 character, `=`, `_`, `\\` or `-` just before it, and at
 * most two `=` after it, then no base64 character, `_` or `-` (a `\\` may follow). A loop
 * over character codes: V8's regex engine tries a character class at every position, which made
 * this finder one of the costliest steps on text that names PagerDuty on every line.
 */
export function base64Tokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  // A run as long as MIN_BASE64 holds one of every MIN_BASE64 consecutive positions: only those
  // are looked at, and a run found there is followed both ways (each character read at most once).
  let p = MIN_BASE64 - 1;
  while (p < n) {
    if (BASE64_CLASS[text.charCodeAt(p)] !== 1) {
      p += MIN_BASE64;
      continue;
    }
    let start = p;
    while (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] === 1) start--;
    let i = p + 1;
    while (i < n && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
    p = i + MIN_BASE64;
    const length = i - start;
    if (length < MIN_BASE64 || length > MAX_BASE64) continue;
    if (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] !== 0) continue;
    let end = i;
    while (end < n && text.charCodeAt(end) === 61 /* = */) end++;
    if (end - i > 2) continue;
    if (end < n) {
      const next = text.charCodeAt(end);
      if (BASE64_CLASS[next] === 1 || next === 95 /* _ */ || next === 45 /* - */) continue;
    }
    out.push([start, end]);
  }
  return out;
}

/** The tokens starting in [from, to) that decode, under each of `encodings`, to printable text. */
export function decodedTokens(text: string, from: number, to: number, encodings: readonly Encoding[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  const window = text.slice(from, Math.min(text.length, to + 1024));
  for (const encoding of encodings) {
    // Text without a `\u00` or a `%XX` holds no token of those encodings that decodes: skip their
    // finders (Go and C sources hold `%s` and `%d` everywhere, and no percent-encoding).
    if ((encoding === 'json-unicode' && !window.includes('\\u00')) || (encoding === 'url' && !PERCENT_ESCAPE.test(window))) continue;
    const finder = FINDERS[encoding];
    const take = (token: string, at: number, origin = from): void => {
      const decoded = finder.decode(token);
      if (decoded !== null && decoded !== token) out.push({ encoding, start: origin + at, end: origin + at + token.length, decoded });
      else if (encoding === 'base64') for (const inner of embeddedTokens(token)) out.push({ ...inner, start: origin + at + inner.start, end: origin + at + inner.end });
    };
    if (encoding === 'base64') {
      // From the start of the base64 value the region begins in, and to its end: a value is decoded
      // in its own alignment (a region that begins inside one would decode garbage 3 times in 4).
      let origin = from;
      const floor = Math.max(0, from - MAX_BASE64);
      while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
      const values = text.slice(origin, Math.min(text.length, to + MAX_BASE64));
      for (const [start, end] of base64Tokens(values)) {
        if (start + origin >= to) break;
        if (end + origin <= from) continue;
        take(values.slice(start, end), start, origin);
      }
      continue;
    }
    const regex = new RegExp(finder.regex.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = regex.exec(window)) !== null) {
      const token = m[1]!;
      const at = m.index + m[0].length - token.length;
      if (at + from >= to) break;
      take(token, at);
    }
  }
  return out;
}

/** The prefixed tokens inside a base64 value, placed at the base64 characters that encode them. */
function embeddedTokens(token: string): DecodedToken[] {
  if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) return [];
  const decoded = Buffer.from(token, 'base64').toString('latin1');
  const out: DecodedToken[] = [];
  for (const m of decoded.matchAll(PREFIXED_TOKEN)) {
    const start = Math.floor(m.index / 3) * 4;
    const end = Math.min(token.length, Math.ceil((m.index + m[0].length) / 3) * 4);
    out.push({ encoding: 'base64', start, end, decoded: m[0] });
  }
  return out;
}

/** Per UTF-16 code unit below 128: 1 where a base64 group that decodes to printable ASCII can start (I-Z a-f). */
const PRINTABLE_LEAD = new Uint8Array(128);
for (const c of 'IJKLMNOPQRSTUVWXYZabcdef') PRINTABLE_LEAD[c.charCodeAt(0)] = 1;

/**
 * Whether decodeBase64(text[start, end)) can decode at all: its length, and the first character of
 * every group but the last, which holds the top six bits of a byte that must be printable (only
 * the last two bytes may be a newline). A necessary test, so that most tokens (identifiers, paths,
 * hashes in hex) are never handed to Buffer.
 */
function mayDecodeBase64(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length % 4 !== 0 || length > MAX_WHOLE_BASE64) return false;
  for (let i = start; i < end - 4; i += 4) {
    const c = text.charCodeAt(i);
    if (c >= 128 || PRINTABLE_LEAD[c] === 0) return false;
  }
  return true;
}

/** The token a run starting at `start` makes by BASE64's rules, not looking at the character before it. */
function base64TokenAt(text: string, start: number, limit: number): [number, number] | null {
  let i = start;
  while (i < limit && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
  const length = i - start;
  if (length < MIN_BASE64 || length > MAX_BASE64) return null;
  let end = i;
  while (end < limit && text.charCodeAt(end) === 61 /* = */) end++;
  if (end - i > 2) return null;
  if (end < limit) {
    const next = text.charCodeAt(end);
    if (BASE64_CLASS[next] === 1 || next === 95 /* _ */ || next === 45 /* - */) return null;
  }
  return [start, end];
}

/**
 * decodedTokens(text, from, to, ['base64']) for many regions of one text: the base64 values are
 * found once for all of them (in [lo, hi) and as far after as a value may run), and each is decoded
 * at most once, and only when it can decode, and when the caller can use what it decodes to.
 */
export class Base64Values {
  /** [start, end) of each value, in order. */
  private readonly tokens: Int32Array;
  /** Where the values were searched from: a value starting there was not checked against the character before it. */
  private readonly origin: number;
  private readonly decoded = new Map<number, DecodedToken[]>();

  constructor(
    private readonly text: string,
    lo: number,
    hi: number,
  ) {
    this.origin = backToValueStart(text, lo);
    const end = Math.min(text.length, hi + MAX_BASE64);
    const found = base64Tokens(this.origin === 0 && end === text.length ? text : text.slice(this.origin, end));
    this.tokens = new Int32Array(found.length * 2);
    found.forEach(([s, e], i) => {
      this.tokens[2 * i] = s + this.origin;
      this.tokens[2 * i + 1] = e + this.origin;
    });
  }

  /**
   * The decoded tokens of decodedTokens(text, from, to, ['base64']), in its order, leaving out
   * values that decode whole to a length `wanted` refuses (they could only be reported whole).
   */
  in(from: number, to: number, wanted?: (length: number) => boolean): DecodedToken[] {
    const out: DecodedToken[] = [];
    const text = this.text;
    // decodedTokens searches from the start of the value `from` falls in: a value starting there
    // is taken whatever stands before it.
    const origin = backToValueStart(text, from);
    if (origin > this.origin && origin > 0 && BASE64_CLASS[text.charCodeAt(origin - 1)] !== 0) {
      const first = base64TokenAt(text, origin, Math.min(text.length, to + MAX_BASE64));
      if (first && first[0] < to && first[1] > from) this.take(first[0], first[1], wanted, out);
    }
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[2 * mid + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; 2 * i < tokens.length; i++) {
      const start = tokens[2 * i]!;
      if (start >= to) break;
      if (start < origin) continue;
      this.take(start, tokens[2 * i + 1]!, wanted, out);
    }
    return out;
  }

  private take(start: number, end: number, wanted: ((length: number) => boolean) | undefined, out: DecodedToken[]): void {
    let list = this.decoded.get(start);
    if (!list) {
      const text = this.text;
      const token = text.slice(start, end);
      if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) {
        // Without an embedded prefix, only a value that decodes whole gives a token.
        if (!mayDecodeBase64(text, start, end)) {
          this.decoded.set(start, NOTHING);
          return;
        }
        if (wanted) {
          // Decoded whole: 3 bytes a group, less the padding, less a newline `echo` kept.
          const pad = text.charCodeAt(end - 1) === 61 ? (text.charCodeAt(end - 2) === 61 ? 2 : 1) : 0;
          const bytes = ((end - start) / 4) * 3 - pad;
          if (!wanted(bytes) && !wanted(bytes - 1) && !wanted(bytes - 2)) return;
        }
      }
      list = [];
      const decoded = decodeBase64(token);
      if (decoded !== null && decoded !== token) list.push({ encoding: 'base64', start, end, decoded });
      else for (const inner of embeddedTokens(token)) list.push({ ...inner, start: start + inner.start, end: start + inner.end });
      this.decoded.set(start, list);
    }
    for (const token of list) out.push(token);
  }
}

const NOTHING: DecodedToken[] = [];

/** Where the base64 value holding `from` starts (from itself, when none does), looking back at most MAX_BASE64. */
function backToValueStart(text: string, from: number): number {
  let origin = from;
  const floor = Math.max(0, from - MAX_BASE64);
  while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
  return origin;
}
