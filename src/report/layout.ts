/**
 * Text laid out for a terminal: words wrapped to a width (never inside a word, with a hanging
 * indent), the width ANSI colours do not take, and control characters made visible. Pure
 * functions; the CLI says how wide the terminal is.
 */

/** What a terminal that does not say its width is taken to be; output to a pipe or a file is this wide. */
export const DEFAULT_WIDTH = 80;
/** Below this, wrapping helps nobody: lines are left long. */
const NARROWEST = 40;

// SGR colour sequences, the only escapes the reporters write themselves.
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns `text` takes on a terminal (colours take none). */
export function visibleLength(text: string): number {
  return [...text.replace(SGR, '')].length;
}

/**
 * `text` in lines of at most `width` columns, broken at spaces only: a word longer than the
 * width (a URL, a path) stays whole on a line of its own. Runs of spaces inside a line are kept
 * (reports separate fields by two); where a line breaks they go. The first line starts with
 * `first`, the others with `rest` (a hanging indent).
 */
export function wrapWords(text: string, width: number, first = '', rest = first): string[] {
  const limit = Math.max(width, NARROWEST);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const [, gap, word] of text.matchAll(/( *)([^ ]+)/g)) {
    if (!empty && visibleLength(line) + gap!.length + visibleLength(word!) > limit) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : `${gap}${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

// C0 controls (newline, carriage return, ESC, BEL…), DEL and C1 controls (U+0080-U+009F, which
// some terminals obey like ESC sequences), and the bidirectional overrides that can make a line
// read differently from what it holds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character shown as an escape (`\n`, `\x1b`, `\u202e`): a file name,
 * an author or a message from the scanned repository can never move the cursor, clear the
 * screen, write the clipboard (OSC 52) or start a new line that looks like pdguard's own.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
