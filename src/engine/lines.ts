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

/**
 * The lines of `text` (UTF-8 bytes as the engine reads them, see read.ts), split as the engine
 * splits them, each without its line break; line n is `lines[n - 1]`. A text that ends with a line
 * break has no empty line after it, as git and editors count.
 */
export function splitLines(text: Buffer): Buffer[] {
  let bytes = text;
  if (bytes.includes(CR)) {
    bytes = Buffer.from(text);
    loneCrToLf(bytes, 0, bytes.length, true);
  }
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = bytes.indexOf(LF); nl >= 0; nl = bytes.indexOf(LF, start)) {
    lines.push(bytes.subarray(start, nl > start && bytes[nl - 1] === CR ? nl - 1 : nl));
    start = nl + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}
