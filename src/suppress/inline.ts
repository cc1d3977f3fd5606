/**
 * Inline suppression: `pdguard:allow` on a secret's line. The engine asks this module while it
 * still has the line's text; what to do with an allowed finding is decided in suppress.ts.
 */

export const INLINE_ALLOW = 'pdguard:allow';

/** Whether the line text[lineStart, lineEnd) carries the inline allow marker. */
export function lineAllows(text: string, lineStart: number, lineEnd: number): boolean {
  // A slice bounds the search (and costs no copy): indexOf alone would run on to the end of the text.
  return text.slice(lineStart, lineEnd).includes(INLINE_ALLOW);
}
