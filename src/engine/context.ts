/**
 * Structural context: what encloses a line. A PagerDuty key is often a plain `token:` or
 * `routing_key:` whose only tie to PagerDuty is the structure around it: a YAML or JSON parent key
 * (`pagerduty_configs:`), an INI/TOML section (`[pagerduty]`) or an HCL/JS block
 * (`provider "pagerduty" {`). These helpers find those headers by looking back from the line,
 * never further than `floor` (the start of the text the engine keeps), so the cost is bounded.
 */

// Bounds on every look around a candidate: the cost per candidate is constant, so a file full of
// near-misses still scans in linear time (test/redos.test.ts).
const MAX_LINES_BACK = 100;
const MAX_BLOCK_LEVELS = 4;
export const MAX_CONTEXT_CHARS = 8 * 1024;

/** Index of the first character of the line holding `pos`, looking back no further than `floor`. */
export function lineStartOf(text: string, pos: number, floor = 0): number {
  if (pos - floor > 256) {
    // A sliced string bounds the search; lastIndexOf alone would run back to the start of the text.
    const nl = text.slice(floor, pos).lastIndexOf('\n');
    return nl < 0 ? floor : floor + nl + 1;
  }
  // (At pos 0, lastIndexOf('\n', -1) would look at text[0]: a text opening with a newline would
  // put the line's start after pos, and linesBefore would never get back past it.)
  const nl = pos > 0 ? text.lastIndexOf('\n', pos - 1) : -1;
  return nl < floor ? floor : nl + 1;
}

/** Index of the newline ending the line holding `pos` (or `ceiling`, at most text.length). */
export function lineEndOf(text: string, pos: number, ceiling = text.length): number {
  const limit = Math.min(ceiling, text.length);
  const nl = limit - pos > 256 ? text.slice(pos, limit).indexOf('\n') : text.indexOf('\n', pos) - pos;
  return nl < 0 || pos + nl > limit ? limit : pos + nl;
}

/** Column of the first character that is not white space or a YAML list dash; -1 for a blank line. */
function keyColumn(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') i++;
    else if (c === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) i += 2;
    else break;
  }
  if (i >= line.length || line[i] === '\r') return -1;
  return i;
}

function isComment(line: string, column: number): boolean {
  const c = line[column];
  return c === '#' || c === ';' || (c === '/' && line[column + 1] === '/');
}

/**
 * The headers enclosing the line that starts at `lineStart`, innermost first: YAML-style
 * indentation parents, the nearest `[section]` for a top-level line, and `{` block headers.
 */
export function enclosingHeaders(text: string, lineStart: number, floor: number): string[] {
  floor = Math.max(floor, lineStart - MAX_CONTEXT_CHARS);
  const headers: string[] = [];
  const firstLine = text.slice(lineStart, lineEndOf(text, lineStart, lineStart + MAX_CONTEXT_CHARS));
  let column = keyColumn(firstLine);
  if (column < 0) column = 0;

  // Indentation parents (YAML, Python-ish configs) and, for a top-level line, its INI section.
  let end = lineStart - 1;
  let lines = 0;
  let needSection = column === 0;
  while (end > floor && lines < MAX_LINES_BACK && (column > 0 || needSection)) {
    const start = lineStartOf(text, end, floor);
    const line = text.slice(start, end);
    end = start - 1;
    lines++;
    const col = keyColumn(line);
    if (col < 0 || isComment(line, col)) continue;
    if (needSection && col === 0 && /^\[[^\]\r\n]+\]\s*$/.test(line)) {
      headers.push(line.trim());
      needSection = false;
      continue;
    }
    if (col < column) {
      headers.push(line.trim());
      column = col;
    }
  }

  // Brace blocks (JSON, HCL, JavaScript): walk back to each unmatched `{` and take its line.
  // (lastIndexOf would search all the way back to the start of the text: keep the cost bounded.)
  if (!text.slice(floor, lineStart).includes('{')) return headers;
  let depth = 0;
  let levels = 0;
  for (let i = lineStart - 1; i >= floor && levels < MAX_BLOCK_LEVELS; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */) {
      if (depth > 0) depth--;
      else {
        const start = lineStartOf(text, i, floor);
        headers.push(text.slice(start, i).trim());
        levels++;
      }
    }
  }
  return headers;
}

/** The text of the line holding [start, end) and of the `radius` lines before and after it. */
export function surroundingLines(text: string, start: number, end: number, radius: number, floor: number): string {
  floor = Math.max(floor, start - MAX_CONTEXT_CHARS);
  const ceiling = Math.min(text.length, end + MAX_CONTEXT_CHARS);
  let from = lineStartOf(text, start, floor);
  for (let n = 0; n < radius && from > floor; n++) from = lineStartOf(text, from - 1, floor);
  let to = lineEndOf(text, end, ceiling);
  for (let n = 0; n < radius && to < ceiling; n++) to = lineEndOf(text, to + 1, ceiling);
  return text.slice(from, Math.min(to, ceiling));
}
