/**
 * Whether a regular expression from a pattern file runs in bounded time on any input. JavaScript
 * matches by backtracking: `acmetok((?:a+)+)!` takes exponential time on a line of `a`s, and a
 * pattern file can come with the repository being scanned (`.pdguard.yaml` `patterns:`). The
 * built-in rules are reviewed and measured (test/redos.test.ts); a pattern file's regexes must
 * instead pass this check, which bounds the work of one match attempt by a constant, so that a
 * scan stays linear in its input:
 *
 * - no backreference (`\1`, `\k<name>`): matching with them is NP-hard;
 * - every repetition has an upper bound (`{0,64}`, not `*`, `+` or `{2,}`): a match is never longer
 *   than the bounds allow, so no attempt reads far, whatever the line;
 * - the ways one text can be matched stay few: `(?:a{1,9}){1,9}` or `(?:a|a){1,30}` can split the
 *   same `a`s in millions of ways, and a backtracking matcher tries each one.
 *
 * The count of ways is an upper bound computed on the syntax: a sequence `xy` splits a text one
 * way when no character x can hold can start y (or none that can end x can be in y), else in at
 * most as many ways as the shorter range of lengths allows; an alternation adds its branches'
 * ways; a repetition of a part that a text splits one way only (fixed length, or ending in a
 * character it holds nowhere else) adds none. Look-arounds run a match of their own at each step,
 * bounded the same way.
 *
 * Only the syntax the regex was already compiled with is read here (new RegExp succeeded), in
 * JavaScript's non-Unicode mode (pdguard compiles pattern files without the u flag).
 */
import { grouped } from '../util/number.js';

/** Most ways one text may be matched (partial matches included). */
export const MAX_WAYS = 256;
/** Longest text one match may cover. */
export const MAX_MATCH_LENGTH = 1024;
/** Most steps of one match attempt: (length + 1) × ways × look-around steps. */
export const MAX_STEPS = 65_536;

/** Characters as a bit set: bits 0..127 for ASCII, bit 128 for any other character. */
type Chars = bigint;
const NONE = 0n;
const OTHER = 1n << 128n;
const ASCII = (1n << 128n) - 1n;
const ALL = ASCII | OTHER;

const charBit = (code: number): Chars => (code < 128 ? 1n << BigInt(code) : OTHER);
function rangeBits(low: number, high: number): Chars {
  let bits = NONE;
  // The bits low..min(high, 127) at once: a BigInt operation a character was most of reading a regex.
  if (low <= Math.min(high, 127)) bits = ((1n << BigInt(Math.min(high, 127) + 1)) - 1n) & ~((1n << BigInt(low)) - 1n);
  if (high > 127) bits |= OTHER;
  return bits;
}
const DIGITS = rangeBits(48, 57);
const WORD = DIGITS | rangeBits(65, 90) | rangeBits(97, 122) | charBit(95);
const SPACE = rangeBits(9, 13) | charBit(32) | OTHER;
const DOT = ALL & ~(charBit(10) | charBit(13));

/** What bounds the work of matching one part of the regex (see the module comment). */
interface Bounds {
  min: number;
  max: number;
  first: Chars;
  last: Chars;
  chars: Chars;
  /** Characters that can stand before another one inside a match (not at its end). */
  mid: Chars;
  /** Most ways one text can be matched by the whole part. */
  ways: number;
  /** Most ways for any prefix of it (what backtracking goes through on the way). */
  peak: number;
  /** Most steps a look-around inside it takes each time it runs. */
  look: number;
}

const EMPTY: Bounds = { min: 0, max: 0, first: NONE, last: NONE, chars: NONE, mid: NONE, ways: 1, peak: 1, look: 1 };

function single(chars: Chars): Bounds {
  return { min: 1, max: 1, first: chars, last: chars, chars, mid: NONE, ways: 1, peak: 1, look: 1 };
}

function sequence(a: Bounds, b: Bounds): Bounds {
  const oneSplit = (a.chars & b.first) === NONE || (a.last & b.chars) === NONE;
  const spanA = a.max - a.min + 1;
  const splits = oneSplit ? 1 : Math.min(spanA, b.max - b.min + 1);
  const partialSplits = oneSplit ? 1 : Math.min(spanA, b.max + 1);
  const ways = a.ways * b.ways * splits;
  return {
    min: a.min + b.min,
    max: a.max + b.max,
    first: a.first | (a.min === 0 ? b.first : NONE),
    last: b.last | (b.min === 0 ? a.last : NONE),
    chars: a.chars | b.chars,
    mid: a.mid | b.mid | (b.max > 0 ? a.chars : NONE),
    ways,
    peak: Math.max(a.peak, a.ways * b.peak * partialSplits, ways),
    look: Math.max(a.look, b.look),
  };
}

function alternation(a: Bounds, b: Bounds): Bounds {
  // Branches that cannot start alike (and take a character each) never match the same text.
  const apart = a.min > 0 && b.min > 0 && (a.first & b.first) === NONE;
  return {
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    first: a.first | b.first,
    last: a.last | b.last,
    chars: a.chars | b.chars,
    mid: a.mid | b.mid,
    ways: apart ? Math.max(a.ways, b.ways) : a.ways + b.ways,
    peak: apart ? Math.max(a.peak, b.peak) : a.peak + b.peak,
    look: Math.max(a.look, b.look),
  };
}

export class UnboundedRegex extends Error {}

/** Characters that a case-insensitive match also takes for `bits`. */
function foldCase(bits: Chars): Chars {
  const upper = (bits >> 65n) & ((1n << 26n) - 1n);
  const lower = (bits >> 97n) & ((1n << 26n) - 1n);
  return bits | (upper << 97n) | (lower << 65n);
}

class Reader {
  private at = 0;
  /** Every character any part of the regex can read, look-arounds included. */
  seen: Chars = NONE;
  /** Whether the regex holds a `^` or `$` anchor. */
  anchored = false;
  /**
   * `lenient`: describe the regex instead of checking it (regexShape): repetitions may be
   * unbounded (max Infinity) and the ways are not counted.
   */
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly lenient = false,
  ) {}

  private fail(problem: string): never {
    throw new UnboundedRegex(problem);
  }

  /** The regex's text from `start` to where the reader is, shortened: what a message points at. */
  private part(start: number): string {
    const text = this.source.slice(start, this.at);
    return `'${text.length > 40 ? `${text.slice(0, 37)}…` : text}'`;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  read(): Bounds {
    const bounds = this.alternatives();
    if (this.at < this.source.length) this.fail(`cannot be read past character ${this.at}`);
    return bounds;
  }

  private alternatives(): Bounds {
    let bounds = this.sequence();
    while (this.peek() === '|') {
      this.at++;
      bounds = alternation(bounds, this.sequence());
    }
    return bounds;
  }

  private sequence(): Bounds {
    let bounds = EMPTY;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') bounds = sequence(bounds, this.term());
    return bounds;
  }

  private term(): Bounds {
    const start = this.at;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const [min, max] = quantifier;
    if (this.lenient) {
      if (max === 0) return EMPTY;
      if (atom.max === 0) return atom;
      return { ...atom, min: min * atom.min, max: max * atom.max, mid: atom.mid | (max >= 2 ? atom.chars : NONE), ways: 1, peak: 1 };
    }
    if (max === Infinity) {
      this.fail(`repeats without an upper bound (${this.part(start)}): write the longest it may be, such as {0,64} for * or {1,64} for +`);
    }
    return this.repeat(atom, min, max, start);
  }

  private repeat(x: Bounds, min: number, max: number, start: number): Bounds {
    if (max === 0) return EMPTY;
    if (x.max === 0) return x; // a look-around or an anchor, repeated: the same test again
    if (x.max * max > MAX_MATCH_LENGTH) this.fail(`can match more than ${grouped(MAX_MATCH_LENGTH)} characters (${this.part(start)}): at most ${grouped(MAX_MATCH_LENGTH)}`);
    const sets = { first: x.first, last: x.last, chars: x.chars, mid: x.mid | (max >= 2 ? x.chars : NONE) };
    const delimited = x.min > 0 && (x.min === x.max || (x.last & x.mid) === NONE);
    if (x.ways === 1 && delimited) {
      // Each text splits into copies one way: by length, or at the characters only a copy's end holds.
      return { ...sets, min: min * x.min, max: max * x.max, ways: 1, peak: 2 * x.peak, look: x.look };
    }
    // The copies can split one text in several ways: count them, copy by copy.
    let total: Bounds | null = min === 0 ? EMPTY : null;
    let copies = EMPTY;
    for (let k = 1; k <= max; k++) {
      copies = sequence(copies, x);
      if (k >= min) total = total ? alternation(total, copies) : copies;
      if ((total?.peak ?? copies.peak) > MAX_WAYS) {
        this.fail(`can match the same text in more than ${grouped(MAX_WAYS)} ways (${this.part(start)} repeats a part that can split a text in several ways): make the repeated parts unable to overlap`);
      }
    }
    return { ...total!, ...sets };
  }

  private quantifier(): [number, number] | null {
    const ch = this.peek();
    let range: [number, number] | null = null;
    if (ch === '*') range = [0, Infinity];
    else if (ch === '+') range = [1, Infinity];
    else if (ch === '?') range = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return null; // a literal `{`
      const low = Number(m[1]);
      range = [low, m[2] === undefined ? low : m[3] === '' ? Infinity : Number(m[3])];
      this.at += m[0].length - 1;
    }
    if (!range) return null;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same attempts, in another order
    return range;
  }

  private chars(bits: Chars): Bounds {
    const folded = this.ignoreCase ? foldCase(bits) : bits;
    this.seen |= folded;
    return single(folded);
  }

  private atom(): Bounds {
    const start = this.at;
    const ch = this.source[this.at++]!;
    switch (ch) {
      case '^':
      case '$':
        this.anchored = true;
        return EMPTY;
      case '.':
        return this.chars(DOT);
      case '[':
        return this.chars(this.charClass());
      case '(':
        return this.group(start);
      case '\\': {
        const escaped = this.escape(false);
        return escaped ? this.chars(escaped.bits) : EMPTY;
      }
      default:
        return this.chars(charBit(ch.charCodeAt(0)));
    }
  }

  private group(start: number): Bounds {
    let look = false;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.at + 1, this.at + 3);
      if (kind.startsWith(':')) this.at += 2;
      else if (kind.startsWith('=') || kind.startsWith('!')) {
        this.at += 2;
        look = true;
      } else if (kind === '<=' || kind === '<!') {
        this.at += 3;
        look = true;
      } else if (kind.startsWith('<')) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) this.fail(`has a group that cannot be read at character ${start}`);
        this.at = close + 1;
      } else this.fail(`has a group that cannot be read at character ${start}`);
    }
    const inner = this.alternatives();
    if (this.peek() !== ')') this.fail(`has an unclosed group at character ${start}`);
    this.at++;
    if (!look) return inner;
    // A look-around takes no text; each time it runs, it is a bounded match of its own.
    const steps = (inner.max + 1) * inner.peak * inner.look;
    return { ...EMPTY, look: steps };
  }

  /** After `\`: the characters it stands for, or null for an assertion (`\b`, `\B` outside a class). */
  private escape(inClass: boolean): { bits: Chars; value: number | null } | null {
    const ch = this.source[this.at++];
    if (ch === undefined) this.fail('ends with a lone backslash');
    const named: Record<string, Chars> = {
      d: DIGITS, D: ALL & ~DIGITS, w: WORD, W: ALL & ~WORD, s: SPACE, S: (ALL & ~SPACE) | OTHER,
    };
    if (named[ch] !== undefined) return { bits: named[ch]!, value: null };
    if ((ch === 'b' || ch === 'B') && !inClass) return null;
    if (!inClass && ch === 'k' && this.peek() === '<') this.fail('refers back to a group (\\k<…>): pattern files may not use backreferences');
    if (!inClass && /[1-9]/.test(ch)) this.fail(`refers back to a group (\\${ch}): pattern files may not use backreferences`);
    let value: number;
    const rest = this.source.slice(this.at);
    if (ch === 'x' && /^[0-9a-fA-F]{2}/.test(rest)) {
      value = parseInt(rest.slice(0, 2), 16);
      this.at += 2;
    } else if (ch === 'u' && /^[0-9a-fA-F]{4}/.test(rest)) {
      value = parseInt(rest.slice(0, 4), 16);
      this.at += 4;
    } else if (ch === 'c' && /^[A-Za-z]/.test(rest)) {
      value = this.source.charCodeAt(this.at++) % 32;
    } else if (/[0-7]/.test(ch)) {
      let digits = ch; // \0, and octal escapes in a class
      while (digits.length < 3 && /[0-7]/.test(this.peek() ?? '')) digits += this.source[this.at++];
      value = parseInt(digits, 8) & 0xff;
    } else if (ch === 'b') value = 8;
    else value = ({ n: 10, r: 13, t: 9, f: 12, v: 11 } as Record<string, number>)[ch] ?? ch.charCodeAt(0);
    return { bits: charBit(value), value };
  }

  /** One character or escape inside a class. */
  private classAtom(): { bits: Chars; value: number | null } {
    const ch = this.source[this.at];
    if (ch === undefined) this.fail('has an unclosed [ class');
    this.at++;
    if (ch === '\\') return this.escape(true)!;
    const value = ch.charCodeAt(0);
    return { bits: charBit(value), value };
  }

  /** After `[`: the characters the class takes. (In JavaScript `]` always closes it: `[]` takes none.) */
  private charClass(): Chars {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    let bits = NONE;
    while (this.peek() !== ']') {
      const low = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at++;
        const high = this.classAtom();
        // `a-z` is a range; `\d-z` (Annex B) is the three of them.
        bits |= low.value !== null && high.value !== null ? rangeBits(low.value, high.value) : low.bits | charBit(45) | high.bits;
      } else bits |= low.bits;
    }
    this.at++;
    const folded = this.ignoreCase ? foldCase(bits) : bits;
    return negated ? (ALL & ~folded) | OTHER : folded;
  }
}

/**
 * Throws UnboundedRegex, saying why, unless matching `source` (with `flags`) takes bounded work
 * at each position of any text.
 */
export function checkBoundedRegex(source: string, flags: string): void {
  const bounds = new Reader(source, flags.includes('i')).read();
  checkBounds(bounds);
}

/** What regexShape tells of a regex, its characters as bits 0..127 with bit 128 for any other. */
export interface RegexShape {
  /** Shortest and longest text a match takes (max Infinity when a repetition is unbounded). */
  min: number;
  max: number;
  /** Characters a match can end with. */
  last: bigint;
  /** Characters any part can read, look-arounds included. */
  seen: bigint;
  /** Whether it holds a `^` or `$`. */
  anchored: boolean;
}

/**
 * The shape of `source` (JavaScript syntax, non-Unicode mode), for callers that plan where a regex
 * can match (src/engine/capture-runs.ts); null when it cannot be read (a backreference, say).
 */
export function regexShape(source: string, ignoreCase: boolean): RegexShape | null {
  try {
    const reader = new Reader(source, ignoreCase, true);
    const bounds = reader.read();
    return { min: bounds.min, max: bounds.max, last: bounds.last, seen: reader.seen, anchored: reader.anchored };
  } catch (error) {
    if (error instanceof UnboundedRegex) return null;
    throw error;
  }
}

function checkBounds(bounds: Bounds): void {
  if (bounds.peak > MAX_WAYS) {
    throw new UnboundedRegex(`can match the same text in more than ${grouped(MAX_WAYS)} ways (repeated or alternative parts that overlap): make them unable to overlap`);
  }
  if (bounds.max > MAX_MATCH_LENGTH) throw new UnboundedRegex(`can match up to ${grouped(bounds.max)} characters: at most ${grouped(MAX_MATCH_LENGTH)}`);
  const steps = (bounds.max + 1) * bounds.peak * bounds.look;
  if (steps > MAX_STEPS) throw new UnboundedRegex(`can take up to ${grouped(steps)} steps at each position of a text (long, overlapping parts, or look-arounds inside them): at most ${grouped(MAX_STEPS)}`);
}
