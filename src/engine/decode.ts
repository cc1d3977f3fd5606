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
const BASE64 = /(?:^|[^A-Za-z0-9+/=_\\-])([A-Za-z0-9+/]{16,65536}={0,2})(?![A-Za-z0-9+/=_-])/g;
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

/** Printable ASCII with no space: what every credential shape is made of. */
const PRINTABLE = /^[\x21-\x7e]+$/;

function decodeBase64(token: string): string | null {
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

/** The tokens starting in [from, to) that decode, under each of `encodings`, to printable text. */
export function decodedTokens(text: string, from: number, to: number, encodings: readonly Encoding[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  const window = text.slice(from, Math.min(text.length, to + 1024));
  for (const encoding of encodings) {
    // Text without a `\u00` or a `%` holds no token of those encodings: skip their finders.
    if ((encoding === 'json-unicode' && !window.includes('\\u00')) || (encoding === 'url' && !window.includes('%'))) continue;
    const finder = FINDERS[encoding];
    const regex = new RegExp(finder.regex.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = regex.exec(window)) !== null) {
      const token = m[1]!;
      const at = m.index + m[0].length - token.length;
      if (at + from >= to) break;
      const decoded = finder.decode(token);
      if (decoded !== null && decoded !== token) out.push({ encoding, start: from + at, end: from + at + token.length, decoded });
      else if (encoding === 'base64') for (const inner of embeddedTokens(token)) out.push({ ...inner, start: from + at + inner.start, end: from + at + inner.end });
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
