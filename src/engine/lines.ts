/**
 * What a line break is, for everything that counts or compares lines: the engine's line numbers
 * and columns, inline `pdguard:allow` and `pdguard:allow-next-line`, the context checks' "same
 * line" and "lines before", and staged's added lines. A line ends at LF, at CR LF, or at a CR
 * alone (classic Mac OS text): an editor shows `a\rb` as two lines, so pdguard must too.
 *
 * The text is brought to one convention before anything reads it: each lone CR becomes an LF. That
 * is one byte for one, so offsets and columns do not move, and every later step (which splits
 * at LF, counts LF bytes, and takes a CR before LF as the end of a line) needs no change.
 */
export const LF = 10;
export const CR = 13;

/**
 * Rewrites, in place, each CR in bytes[from, to) that is not followed by LF to LF. A CR at `to - 1`
 * is a break whatever follows only when `final` (nothing follows); else it is left as it is and
 * `true` returned: the caller runs this again from that byte once the next byte is known.
 */
export function loneCrToLf(bytes: Uint8Array, from: number, to: number, final: boolean): boolean {
  // Bounded: the window's memory may run on past `to` with bytes of no meaning.
  const view = bytes.subarray(0, to);
  for (let i = view.indexOf(CR, from); i >= 0; i = view.indexOf(CR, i + 1)) {
    if (i + 1 < to) {
      if (view[i + 1] !== LF) view[i] = LF;
    } else if (final) view[i] = LF;
    else return true;
  }
  return false;
}

/** Lines of a text as offsets into its bytes: line n (1-based) is bytes[starts[n - 1], ends[n - 1]), without its break. */
export interface Lines {
  bytes: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * The lines of `text` (UTF-8 bytes as the engine reads them, see read.ts), split as the engine
 * splits them; a text that ends with a line break has no empty line after it, as git and editors
 * count. Null when there are more than `maxLines`: offsets cost 8 bytes a line.
 */
export function splitLines(text: Buffer, maxLines: number): Lines | null {
  let bytes = text;
  if (bytes.includes(CR)) {
    bytes = Buffer.from(text);
    loneCrToLf(bytes, 0, bytes.length, true);
  }
  let count = bytes.length > 0 && bytes[bytes.length - 1] !== LF ? 1 : 0;
  for (let nl = bytes.indexOf(LF); nl >= 0; nl = bytes.indexOf(LF, nl + 1)) if (++count > maxLines) return null;
  if (count > maxLines) return null;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let start = 0;
  for (let n = 0; n < count; n++) {
    const nl = bytes.indexOf(LF, start);
    const end = nl < 0 ? bytes.length : nl;
    starts[n] = start;
    ends[n] = end > start && bytes[end - 1] === CR ? end - 1 : end;
    start = end + 1;
  }
  return { bytes, starts, ends };
}
