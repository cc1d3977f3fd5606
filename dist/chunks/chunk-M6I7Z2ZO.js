import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-AHMNODDD.js";

// builtin-required:node:url
var require_node_url = __commonJS({
  "builtin-required:node:url"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:url");
  }
});

// src/patterns/regex-bounds.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/util/number.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function grouped(n) {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = Math.abs(n).toString();
  return `${n < 0 ? "-" : ""}${digits.replace(/\B(?=(\d{3})+$)/g, ",")}`;
}
function grouped2(n) {
  const shortest = String(n);
  const parts = /^(\d+)(?:\.(\d+))?$/.exec(shortest);
  if (!parts) return n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fraction = parts[2] ?? "";
  const hundredths = BigInt(`${parts[1]}${fraction.slice(0, 2).padEnd(2, "0")}`) + (fraction[2] !== void 0 && fraction[2] >= "5" ? 1n : 0n);
  const whole = hundredths / 100n;
  return `${whole.toString().replace(/\B(?=(\d{3})+$)/g, ",")}.${(hundredths % 100n).toString().padStart(2, "0")}`;
}

// src/patterns/regex-bounds.ts
var MAX_WAYS = 256;
var MAX_MATCH_LENGTH = 1024;
var MAX_STEPS = 65536;
var NONE = 0n;
var OTHER = 1n << 128n;
var ASCII = (1n << 128n) - 1n;
var ALL = ASCII | OTHER;
var charBit = (code) => code < 128 ? 1n << BigInt(code) : OTHER;
function rangeBits(low, high) {
  let bits = NONE;
  if (low <= Math.min(high, 127)) bits = (1n << BigInt(Math.min(high, 127) + 1)) - 1n & ~((1n << BigInt(low)) - 1n);
  if (high > 127) bits |= OTHER;
  return bits;
}
var DIGITS = rangeBits(48, 57);
var WORD = DIGITS | rangeBits(65, 90) | rangeBits(97, 122) | charBit(95);
var SPACE = rangeBits(9, 13) | charBit(32) | OTHER;
var DOT = ALL & ~(charBit(10) | charBit(13));
var EMPTY = { min: 0, max: 0, first: NONE, last: NONE, chars: NONE, mid: NONE, ways: 1, peak: 1, look: 1 };
function single(chars) {
  return { min: 1, max: 1, first: chars, last: chars, chars, mid: NONE, ways: 1, peak: 1, look: 1 };
}
function sequence(a, b) {
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
    look: Math.max(a.look, b.look)
  };
}
function alternation(a, b) {
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
    look: Math.max(a.look, b.look)
  };
}
var UnboundedRegex = class extends Error {
};
function foldCase(bits) {
  const upper = bits >> 65n & (1n << 26n) - 1n;
  const lower = bits >> 97n & (1n << 26n) - 1n;
  return bits | upper << 97n | lower << 65n;
}
var Reader = class {
  /**
   * `lenient`: describe the regex instead of checking it (regexShape): repetitions may be
   * unbounded (max Infinity) and the ways are not counted.
   */
  constructor(source, ignoreCase, lenient = false) {
    this.source = source;
    this.ignoreCase = ignoreCase;
    this.lenient = lenient;
  }
  source;
  ignoreCase;
  lenient;
  at = 0;
  /** Every character any part of the regex can read, look-arounds included. */
  seen = NONE;
  /** Whether the regex holds a `^` or `$` anchor. */
  anchored = false;
  fail(problem) {
    throw new UnboundedRegex(problem);
  }
  /** The regex's text from `start` to where the reader is, shortened: what a message points at. */
  part(start) {
    const text = this.source.slice(start, this.at);
    return `'${text.length > 40 ? `${text.slice(0, 37)}\u2026` : text}'`;
  }
  peek(offset = 0) {
    return this.source[this.at + offset];
  }
  read() {
    const bounds = this.alternatives();
    if (this.at < this.source.length) this.fail(`cannot be read past character ${this.at}`);
    return bounds;
  }
  alternatives() {
    let bounds = this.sequence();
    while (this.peek() === "|") {
      this.at++;
      bounds = alternation(bounds, this.sequence());
    }
    return bounds;
  }
  sequence() {
    let bounds = EMPTY;
    while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")") bounds = sequence(bounds, this.term());
    return bounds;
  }
  term() {
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
  repeat(x, min, max, start) {
    if (max === 0) return EMPTY;
    if (x.max === 0) return x;
    if (x.max * max > MAX_MATCH_LENGTH) this.fail(`can match more than ${grouped(MAX_MATCH_LENGTH)} characters (${this.part(start)}): at most ${grouped(MAX_MATCH_LENGTH)}`);
    const sets = { first: x.first, last: x.last, chars: x.chars, mid: x.mid | (max >= 2 ? x.chars : NONE) };
    const delimited = x.min > 0 && (x.min === x.max || (x.last & x.mid) === NONE);
    if (x.ways === 1 && delimited) {
      return { ...sets, min: min * x.min, max: max * x.max, ways: 1, peak: 2 * x.peak, look: x.look };
    }
    let total = min === 0 ? EMPTY : null;
    let copies = EMPTY;
    for (let k = 1; k <= max; k++) {
      copies = sequence(copies, x);
      if (k >= min) total = total ? alternation(total, copies) : copies;
      if ((total?.peak ?? copies.peak) > MAX_WAYS) {
        this.fail(`can match the same text in more than ${grouped(MAX_WAYS)} ways (${this.part(start)} repeats a part that can split a text in several ways): make the repeated parts unable to overlap`);
      }
    }
    return { ...total, ...sets };
  }
  quantifier() {
    const ch = this.peek();
    let range = null;
    if (ch === "*") range = [0, Infinity];
    else if (ch === "+") range = [1, Infinity];
    else if (ch === "?") range = [0, 1];
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return null;
      const low = Number(m[1]);
      range = [low, m[2] === void 0 ? low : m[3] === "" ? Infinity : Number(m[3])];
      this.at += m[0].length - 1;
    }
    if (!range) return null;
    this.at++;
    if (this.peek() === "?") this.at++;
    return range;
  }
  chars(bits) {
    const folded = this.ignoreCase ? foldCase(bits) : bits;
    this.seen |= folded;
    return single(folded);
  }
  atom() {
    const start = this.at;
    const ch = this.source[this.at++];
    switch (ch) {
      case "^":
      case "$":
        this.anchored = true;
        return EMPTY;
      case ".":
        return this.chars(DOT);
      case "[":
        return this.chars(this.charClass());
      case "(":
        return this.group(start);
      case "\\": {
        const escaped = this.escape(false);
        return escaped ? this.chars(escaped.bits) : EMPTY;
      }
      default:
        return this.chars(charBit(ch.charCodeAt(0)));
    }
  }
  group(start) {
    let look = false;
    if (this.peek() === "?") {
      const kind = this.source.slice(this.at + 1, this.at + 3);
      if (kind.startsWith(":")) this.at += 2;
      else if (kind.startsWith("=") || kind.startsWith("!")) {
        this.at += 2;
        look = true;
      } else if (kind === "<=" || kind === "<!") {
        this.at += 3;
        look = true;
      } else if (kind.startsWith("<")) {
        const close = this.source.indexOf(">", this.at);
        if (close < 0) this.fail(`has a group that cannot be read at character ${start}`);
        this.at = close + 1;
      } else this.fail(`has a group that cannot be read at character ${start}`);
    }
    const inner = this.alternatives();
    if (this.peek() !== ")") this.fail(`has an unclosed group at character ${start}`);
    this.at++;
    if (!look) return inner;
    const steps = (inner.max + 1) * inner.peak * inner.look;
    return { ...EMPTY, look: steps };
  }
  /** After `\`: the characters it stands for, or null for an assertion (`\b`, `\B` outside a class). */
  escape(inClass) {
    const ch = this.source[this.at++];
    if (ch === void 0) this.fail("ends with a lone backslash");
    const named = {
      d: DIGITS,
      D: ALL & ~DIGITS,
      w: WORD,
      W: ALL & ~WORD,
      s: SPACE,
      S: ALL & ~SPACE | OTHER
    };
    if (named[ch] !== void 0) return { bits: named[ch], value: null };
    if ((ch === "b" || ch === "B") && !inClass) return null;
    if (!inClass && ch === "k" && this.peek() === "<") this.fail("refers back to a group (\\k<\u2026>): pattern files may not use backreferences");
    if (!inClass && /[1-9]/.test(ch)) this.fail(`refers back to a group (\\${ch}): pattern files may not use backreferences`);
    let value;
    const rest = this.source.slice(this.at);
    if (ch === "x" && /^[0-9a-fA-F]{2}/.test(rest)) {
      value = parseInt(rest.slice(0, 2), 16);
      this.at += 2;
    } else if (ch === "u" && /^[0-9a-fA-F]{4}/.test(rest)) {
      value = parseInt(rest.slice(0, 4), 16);
      this.at += 4;
    } else if (ch === "c" && /^[A-Za-z]/.test(rest)) {
      value = this.source.charCodeAt(this.at++) % 32;
    } else if (/[0-7]/.test(ch)) {
      let digits = ch;
      while (digits.length < 3 && /[0-7]/.test(this.peek() ?? "")) digits += this.source[this.at++];
      value = parseInt(digits, 8) & 255;
    } else if (ch === "b") value = 8;
    else value = { n: 10, r: 13, t: 9, f: 12, v: 11 }[ch] ?? ch.charCodeAt(0);
    return { bits: charBit(value), value };
  }
  /** One character or escape inside a class. */
  classAtom() {
    const ch = this.source[this.at];
    if (ch === void 0) this.fail("has an unclosed [ class");
    this.at++;
    if (ch === "\\") return this.escape(true);
    const value = ch.charCodeAt(0);
    return { bits: charBit(value), value };
  }
  /** After `[`: the characters the class takes. (In JavaScript `]` always closes it: `[]` takes none.) */
  charClass() {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    let bits = NONE;
    while (this.peek() !== "]") {
      const low = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== void 0) {
        this.at++;
        const high = this.classAtom();
        bits |= low.value !== null && high.value !== null ? rangeBits(low.value, high.value) : low.bits | charBit(45) | high.bits;
      } else bits |= low.bits;
    }
    this.at++;
    const folded = this.ignoreCase ? foldCase(bits) : bits;
    return negated ? ALL & ~folded | OTHER : folded;
  }
};
function checkBoundedRegex(source, flags) {
  const bounds = new Reader(source, flags.includes("i")).read();
  checkBounds(bounds);
}
function regexShape(source, ignoreCase) {
  try {
    const reader = new Reader(source, ignoreCase, true);
    const bounds = reader.read();
    return { min: bounds.min, max: bounds.max, last: bounds.last, seen: reader.seen, anchored: reader.anchored };
  } catch (error) {
    if (error instanceof UnboundedRegex) return null;
    throw error;
  }
}
function checkBounds(bounds) {
  if (bounds.peak > MAX_WAYS) {
    throw new UnboundedRegex(`can match the same text in more than ${grouped(MAX_WAYS)} ways (repeated or alternative parts that overlap): make them unable to overlap`);
  }
  if (bounds.max > MAX_MATCH_LENGTH) throw new UnboundedRegex(`can match up to ${grouped(bounds.max)} characters: at most ${grouped(MAX_MATCH_LENGTH)}`);
  const steps = (bounds.max + 1) * bounds.peak * bounds.look;
  if (steps > MAX_STEPS) throw new UnboundedRegex(`can take up to ${grouped(steps)} steps at each position of a text (long, overlapping parts, or look-arounds inside them): at most ${grouped(MAX_STEPS)}`);
}

export {
  require_node_url,
  grouped,
  grouped2,
  UnboundedRegex,
  checkBoundedRegex,
  regexShape
};
