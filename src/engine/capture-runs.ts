/**
 * Where a pattern can match, read off its regex: most patterns capture a plain run of one character
 * class (`([A-Za-z0-9]{32})`), so every match's capture lies inside a run of that class at least as
 * long as the capture's shortest length. On text that names PagerDuty on every line, each rule's
 * regions cover the whole text, and running each regex over all of it was most of the cost. Runs of
 * each class are found once per text (a loop over character codes); a pattern's regex is then tried
 * only near the runs that can hold its capture. The results are those of running the regex over the
 * whole window: a position where no match can start is the only thing ever skipped.
 *
 * Patterns are data (a repository may bring its own), so the plan is derived from the compiled
 * regex; a regex the plan cannot be proven for runs over the whole window as before.
 */
import { regexShape } from '../patterns/regex-bounds.js';

/** How a pattern's regex is run. */
export interface CapturePlan {
  /** The capture's characters: 1 per char code below 128 that it takes. */
  table: Uint8Array;
  /** Key of the run list this plan reads: the class and the shortest run that can hold a capture. */
  key: string;
  /** Shortest and longest capture. */
  min: number;
  max: number;
  /** The capture starts where a run starts (what precedes it can never be the class's). */
  startsRun: boolean;
  /** The capture ends where a run ends (a look-ahead after it refuses the class). */
  endsRun: boolean;
  /** How many characters the regex reads before the capture, at least and at most (max may be Infinity). */
  prefixMin: number;
  prefixMax: number;
  /**
   * No part of the regex (look-arounds included) reads a newline, and it holds no `^` or `$`: a
   * match lies in one line and sees the same at a line's ends as at a string's, so the regex may
   * run over single lines.
   */
  readonly lineBound: boolean;
  /** The same regex, sticky: one attempt at lastIndex. */
  sticky: RegExp;
}

/** Flags a plan is proven for: anything else (s, m, u, v, y) runs the regex as written. */
const PLANNED_FLAGS = /^[dgi]*$/;
const CLASS_SOURCE = String.raw`\[\^?(?:\\.|[^\]\\])*\]`;
const CAPTURE_BODY = new RegExp(String.raw`^(${CLASS_SOURCE})(?:\{(\d+)(?:,(\d*))?\}|(\+))\??$`);
const NEGATIVE_CLASS_LOOKAHEAD = new RegExp(String.raw`^\(\?!(${CLASS_SOURCE})\)`);
const QUANTIFIER_START = /^(?:[?*+]|\{\d)/;
const NEWLINE_BIT = 1n << 10n;
const ASCII_BITS = (1n << 128n) - 1n;

const plans = new WeakMap<RegExp, CapturePlan | null>();

/** The plan for `regex`, or null when it must run over the whole window. */
export function capturePlan(regex: RegExp): CapturePlan | null {
  let plan = plans.get(regex);
  if (plan === undefined) plans.set(regex, (plan = derivePlan(regex)));
  return plan;
}

/**
 * The one capturing group, when it stands at the top level (not inside an alternation, a group or
 * a repetition), and the prefix with `^` and `$` written as `[]` (a character that never is: so a
 * prefix read as taking at least one character takes one, or stands at the text's start).
 */
function splitAtCapture(source: string): { open: number; close: number; anchorless: string } | null {
  let depth = 0;
  let inClass = false;
  let open = -1;
  let close = -1;
  let anchorless = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const inPrefix = open < 0;
    if (c === '\\') {
      if (inPrefix) anchorless += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      // `]` right after `[` or `[^` closes the class in JavaScript: nothing to skip.
    } else if (c === '(') {
      const capturing = source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!');
      if (capturing) {
        if (depth !== 0 || open >= 0) return null;
        open = i;
      }
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && open >= 0 && close < 0) close = i;
    } else if (c === '|' && depth === 0) return null;
    if (inPrefix && open < 0) anchorless += !inClass && (c === '^' || c === '$') ? '[]' : c;
  }
  return open >= 0 && close > open ? { open, close, anchorless } : null;
}

function derivePlan(regex: RegExp): CapturePlan | null {
  if (!PLANNED_FLAGS.test(regex.flags)) return null;
  const ignoreCase = regex.flags.includes('i');
  const source = regex.source;
  const split = splitAtCapture(source);
  if (!split) return null;
  const body = CAPTURE_BODY.exec(source.slice(split.open + 1, split.close));
  if (!body) return null;
  const min = Number(body[4] ? 1 : body[2]);
  const max = body[4] ? Infinity : body[3] === undefined ? min : body[3] === '' ? Infinity : Number(body[3]);
  if (!(min >= 1 && max >= min)) return null;
  const captureClass = regexShape(body[1]!, ignoreCase);
  // Only ASCII classes: a class with other characters (or a negated one) is not planned.
  if (!captureClass || captureClass.last & ~ASCII_BITS || captureClass.last === 0n) return null;
  const chars = captureClass.last;
  const suffix = source.slice(split.close + 1);
  if (QUANTIFIER_START.test(suffix)) return null;
  const prefixSource = source.slice(0, split.open);
  const prefix = regexShape(prefixSource, ignoreCase);
  const anchorless = split.anchorless === prefixSource ? prefix : regexShape(split.anchorless, ignoreCase);
  if (!prefix || !anchorless) return null;
  const lookahead = NEGATIVE_CLASS_LOOKAHEAD.exec(suffix);
  const refused = lookahead ? regexShape(lookahead[1]!, ignoreCase) : null;
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (chars & (1n << BigInt(c))) table[c] = 1;
  let lineBound: boolean | undefined;
  return {
    table,
    key: `${chars.toString(36)}:${min}`,
    min,
    max,
    startsRun: anchorless.min > 0 && (anchorless.last & chars) === 0n,
    endsRun: refused !== null && (chars & ~refused.last) === 0n,
    prefixMin: prefix.min,
    prefixMax: prefix.max,
    // Read only when a plan needs it (reading a whole regex is most of deriving its plan).
    get lineBound(): boolean {
      if (lineBound === undefined) {
        const whole = regexShape(source, ignoreCase);
        lineBound = whole !== null && !whole.anchored && (whole.seen & NEWLINE_BIT) === 0n;
      }
      return lineBound;
    },
    sticky: new RegExp(source, `${regex.flags.replace('g', '')}y`),
  };
}

/**
 * The runs of one class at least `min` long in text[from, to) (cut at its ends): [start, end) pairs
 * in order. Such a run holds one of every `min` consecutive positions, so only those are looked at;
 * a run found there is followed both ways. Each character is read at most once, and most text is
 * skipped `min` characters at a time. With `dense`: null as soon as more than `most` runs are at
 * most `max` long.
 */
export function classRuns(text: string, table: Uint8Array, min: number, from = 0, to = text.length, dense?: { max: number; most: number }): Int32Array | null {
  let out = new Int32Array(64);
  let count = 0;
  let fitting = 0;
  let p = from + min - 1;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c >= 128 || table[c] === 0) {
      p += min;
      continue;
    }
    let start = p;
    while (start > from) {
      const d = text.charCodeAt(start - 1);
      if (d >= 128 || table[d] === 0) break;
      start--;
    }
    let end = p + 1;
    while (end < to) {
      const d = text.charCodeAt(end);
      if (d >= 128 || table[d] === 0) break;
      end++;
    }
    if (end - start >= min) {
      if (count + 2 > out.length) {
        const grown = new Int32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[count++] = start;
      out[count++] = end;
      // Runs no longer than the capture counted: when they are many, the caller does better without them.
      if (dense && end - start <= dense.max && ++fitting > dense.most) return null;
    }
    // text[end] is not of the class: a later run starts after it and, as long as `min`, holds end + min.
    p = end + min;
  }
  return out.subarray(0, count);
}

/** The first run (index into the pairs) that ends after `at`. */
function firstRunEndingAfter(runs: Int32Array, at: number): number {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `each` with the [from, to] ranges (text offsets, both ends inclusive, increasing) of the
 * positions in the window [base, end) where a match of `plan` can start, up to `stop` (exclusive):
 * one range per run of the window that can hold the capture, with where the run starts. Stops when
 * `each` returns false.
 */
export function startRanges(plan: CapturePlan, runs: Int32Array, base: number, end: number, stop: number, each: (from: number, to: number, runStart: number) => boolean): void {
  for (let r = firstRunEndingAfter(runs, base); 2 * r < runs.length; r++) {
    // The run as the window sees it: the window's ends cut it.
    const start = Math.max(base, runs[2 * r]!);
    if (start >= end) return;
    const runEnd = Math.min(end, runs[2 * r + 1]!);
    const length = runEnd - start;
    if (length < plan.min || (plan.startsRun && plan.endsRun && length > plan.max)) continue;
    // Where the capture can start in the run.
    const first = plan.endsRun ? Math.max(start, runEnd - plan.max) : start;
    const last = plan.startsRun ? start : runEnd - plan.min;
    const from = Math.max(base, first - plan.prefixMax);
    if (from >= stop) return;
    const to = Math.min(stop - 1, last - plan.prefixMin);
    if (to >= from && !each(from, to, start)) return;
  }
}
