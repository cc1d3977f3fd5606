/**
 * Inline suppression: `pdguard:allow` on a secret's line, or `pdguard:allow-next-line` on the line
 * before it, for files that cannot carry a trailing comment there (JSON with comments, YAML block
 * scalars, HCL heredocs, PEM-like blobs, Markdown). Both are found as plain text, so they work in
 * any comment syntax (`#`, `//`, `/* *\/`, `<!-- -->`, `--`, `;`) and even as a JSON string. The
 * engine asks this module while it still has the text; what to do with an allowed finding is
 * decided in suppress.ts.
 */

export const INLINE_ALLOW = 'pdguard:allow';
export const INLINE_ALLOW_NEXT_LINE = 'pdguard:allow-next-line';

/** `pdguard:allow` itself, not the start of `pdguard:allow-next-line`. */
const SAME_LINE = /pdguard:allow(?!-next-line)/;

/**
 * Whether the line text[lineStart, lineEnd) is allowed: by its own marker, or by the next-line
 * marker on the line before (when that line is still in `text`).
 */
export function lineAllows(text: string, lineStart: number, lineEnd: number): boolean {
  // Slices bound the search (and cost no copy): indexOf alone would run on to the end of the text.
  const line = text.slice(lineStart, lineEnd);
  if (line.includes(INLINE_ALLOW) && SAME_LINE.test(line)) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(previousStart, lineStart - 1).includes(INLINE_ALLOW_NEXT_LINE);
}
