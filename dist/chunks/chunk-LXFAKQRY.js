import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CONFIG_LIMIT,
  PatternError,
  RefusedRead,
  __commonJS,
  __require,
  __toESM,
  define_PDGUARD_BUILTIN_PATTERNS_default,
  errorMessage,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  readBoundedFile,
  require_node_fs,
  require_node_module,
  require_node_path
} from "./chunk-OTAZTMIB.js";

// builtin-required:node:url
var require_node_url = __commonJS({
  "builtin-required:node:url"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:url");
  }
});

// src/patterns/load.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/package-info.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var root;
function packageRoot() {
  if (root) return root;
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url));
  for (; ; ) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "patterns"))) return root = dir;
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) throw new Error("pdguard is installed incompletely: its patterns/ directory is missing");
    dir = parent;
  }
}
function version() {
  if (true) return "1.0.0";
  const pkg = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(packageRoot(), "package.json"), "utf8"));
  return pkg.version;
}
var TOOL_NAME = "pdguard";
var INFORMATION_URI = "https://github.com/pdguard/pdguard";

// src/util/yaml.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_module = __toESM(require_node_module(), 1);
var loaded;
function yaml() {
  loaded ??= typeof __require === "function" ? __require("./yaml.cjs") : (0, import_node_module.createRequire)(import.meta.url)("yaml");
  return loaded;
}

// src/patterns/builtin.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var PATTERN_DIR = "patterns";
function builtinPatternFiles(packageRoot2) {
  return (0, import_node_fs2.readdirSync)((0, import_node_path2.join)(packageRoot2, PATTERN_DIR)).filter((file) => file.endsWith(".yaml")).sort().map((file) => ({ path: (0, import_node_path2.join)(packageRoot2, PATTERN_DIR, file), name: `${PATTERN_DIR}/${file}` }));
}

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

// src/patterns/load.ts
var CONFIDENCES = ["high", "medium", "low"];
var SEVERITIES = ["critical", "high", "medium", "low"];
var TOP_KEYS = ["version", "fragments", "rules"];
var RULE_KEYS = [
  "id",
  "name",
  "description",
  "confidence",
  "severity",
  "region",
  "verify",
  "redact",
  "keywords",
  "paths",
  "patterns",
  "secret",
  "known_examples",
  "remediation",
  "help_uri",
  "lifetime",
  "tags",
  "examples",
  "negative_examples"
];
var VERIFY_METHODS = ["rest-api-key", "oauth-token", "none"];
var VERIFY_KEYS = ["method", "unverifiable", "refresh_like"];
var REGIONS = ["us", "eu"];
var REDACT_KEYS = ["keep"];
var PATTERN_KEYS = ["regex", "confidence", "ignore_case", "context", "unless", "threshold", "decode"];
var CONTEXT_KINDS = ["line", "lead", "before", "parent", "near", "name", "sibling", "call", "table", "path", "flow"];
var LINE_KINDS = ["near", "before", "flow"];
var VETO_WEIGHT = 100;
var CONTEXT_KEYS = [...CONTEXT_KINDS, "lines", "levels", "weight", "as", "group", "about"];
var ENCODINGS = ["base64", "json-unicode", "url"];
var SECRET_KEYS = ["shape", "part", "min_entropy", "min_classes", "min_digits", "url_decode"];
var Where = class {
  constructor(file, rule, builtin = false, checkedAtBuild = false) {
    this.file = file;
    this.rule = rule;
    this.builtin = builtin;
    this.checkedAtBuild = checkedAtBuild;
  }
  file;
  rule;
  builtin;
  checkedAtBuild;
  fail(problem) {
    throw new PatternError(`${this.file}${this.rule ? `: rule '${this.rule}'` : ""}: ${problem}`);
  }
};
function isDict(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkKeys(where, value, allowed, what) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) where.fail(`unknown key '${key}' in ${what} (allowed: ${allowed.join(", ")})`);
  }
}
function str(where, value, name, required = true) {
  if (value === void 0 && !required) return "";
  if (typeof value !== "string" || value.trim() === "") where.fail(`'${name}' must be a non-empty string`);
  return value;
}
function strList(where, value, name) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "")) {
    where.fail(`'${name}' must be a list of non-empty strings`);
  }
  return value;
}
function oneOf(where, value, name, allowed, fallback) {
  if (value === void 0 && fallback !== void 0) return fallback;
  if (typeof value !== "string" || !allowed.includes(value)) {
    where.fail(`'${name}' must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})`);
  }
  return value;
}
function num(where, value, name, min, max) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    where.fail(`'${name}' must be a number from ${min} to ${max}`);
  }
  return value;
}
function expandFragments(where, source, fragments) {
  return source.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, name) => {
    const fragment = fragments.get(name);
    if (fragment === void 0) where.fail(`unknown fragment '{{${name}}}'`);
    return fragment;
  });
}
function compile(where, source, flags, name) {
  let regex;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return where.fail(`'${name}' is not a valid regular expression: ${errorMessage(error)}`);
  }
  if (!where.builtin) {
    try {
      checkBoundedRegex(source, flags);
    } catch (error) {
      if (error instanceof UnboundedRegex) where.fail(`'${name}' ${error.message} (a pattern file's regexes must take bounded time on any text)`);
      throw error;
    }
  }
  return regex;
}
function captureGroups(regex) {
  return (new RegExp(`${regex.source}|`).exec("")?.length ?? 1) - 1;
}
function compileContext(where, value, fragments, key, threshold) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`'${key}' must be a non-empty list`);
  return value.map((item, index) => {
    if (!isDict(item)) return where.fail(`each '${key}' entry must be a mapping`);
    checkKeys(where, item, CONTEXT_KEYS, `a ${key} entry`);
    const kinds = CONTEXT_KINDS.filter((k) => item[k] !== void 0);
    if (kinds.length === 0) where.fail(`each '${key}' entry needs one or more of ${CONTEXT_KINDS.join(", ")}`);
    const weight = num(where, item.weight, `${key}.weight`, 0.01, VETO_WEIGHT) ?? (key === "context" ? threshold : VETO_WEIGHT);
    const label = item.as === void 0 ? kinds.join("+") : str(where, item.as, `${key}.as`);
    const group = item.group === void 0 ? `#${index}` : str(where, item.group, `${key}.group`);
    const namesVendor = oneOf(where, item.about, `${key}.about`, ["vendor", "credential"], "vendor") === "vendor";
    const requirement = { weight, label, group, namesVendor };
    for (const kind of kinds) {
      const regex = compile(where, expandFragments(where, str(where, item[kind], `${key}.${kind}`), fragments), "i", `${key}.${kind}`);
      if (LINE_KINDS.includes(kind)) {
        const lines = num(where, item.lines, `${key}.lines`, 1, 200);
        if (lines === void 0) where.fail(`a '${kind}' entry needs 'lines'`);
        requirement[kind] = { regex, lines };
      } else if (kind === "sibling") {
        requirement.sibling = { regex, levels: num(where, item.levels, `${key}.levels`, 1, 8) ?? 1 };
      } else requirement[kind] = regex;
    }
    if (item.lines !== void 0 && !kinds.some((k) => LINE_KINDS.includes(k))) where.fail(`'lines' goes only with ${LINE_KINDS.join(", ")}`);
    if (kinds.filter((k) => LINE_KINDS.includes(k)).length > 1) where.fail(`one entry takes only one of ${LINE_KINDS.join(", ")} (they share 'lines')`);
    if (item.levels !== void 0 && !kinds.includes("sibling")) where.fail(`'levels' goes only with 'sibling'`);
    return requirement;
  });
}
function compileDecode(where, value, at) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`${at}.decode must be a non-empty list of ${ENCODINGS.join(", ")}`);
  return value.map((v) => oneOf(where, v, `${at}.decode`, ENCODINGS));
}
function compilePattern(where, value, index, fragments, ruleConfidence) {
  const at = `patterns[${index}]`;
  if (!isDict(value)) where.fail(`${at} must be a mapping`);
  checkKeys(where, value, PATTERN_KEYS, at);
  const source = expandFragments(where, str(where, value.regex, `${at}.regex`), fragments);
  if (value.ignore_case !== void 0 && typeof value.ignore_case !== "boolean") where.fail(`${at}.ignore_case must be true or false`);
  const flags = value.ignore_case === false ? "gd" : "gid";
  const regex = compile(where, source, flags, `${at}.regex`);
  if (!where.checkedAtBuild) {
    const groups = captureGroups(regex);
    if (groups !== 1) where.fail(`${at}.regex must have exactly one capture group (the secret), found ${groups}; use (?:...) for the others`);
    if (regex.test("")) where.fail(`${at}.regex matches the empty string`);
  }
  const threshold = num(where, value.threshold, `${at}.threshold`, 0.01, VETO_WEIGHT) ?? 1;
  return {
    regex,
    confidence: oneOf(where, value.confidence, `${at}.confidence`, CONFIDENCES, ruleConfidence),
    context: compileContext(where, value.context, fragments, "context", threshold),
    unless: compileContext(where, value.unless, fragments, "unless", threshold),
    threshold,
    decode: compileDecode(where, value.decode, at)
  };
}
function compileSecretChecks(where, value) {
  if (value === void 0) return {};
  if (!isDict(value)) where.fail(`'secret' must be a mapping`);
  checkKeys(where, value, SECRET_KEYS, "secret");
  if (value.url_decode !== void 0 && typeof value.url_decode !== "boolean") where.fail(`'secret.url_decode' must be true or false`);
  const checks = {};
  if (value.shape !== void 0) checks.shape = compile(where, str(where, value.shape, "secret.shape"), "", "secret.shape");
  if (value.part !== void 0) {
    checks.part = compile(where, str(where, value.part, "secret.part"), "", "secret.part");
    if (new RegExp(`${checks.part.source}|`).exec("").length !== 2) where.fail(`'secret.part' must have exactly one capture group (the part the checks judge)`);
  }
  const minEntropy = num(where, value.min_entropy, "secret.min_entropy", 0, 8);
  const minClasses = num(where, value.min_classes, "secret.min_classes", 1, 4);
  const minDigits = num(where, value.min_digits, "secret.min_digits", 0, 1e3);
  if (minEntropy !== void 0) checks.minEntropy = minEntropy;
  if (minClasses !== void 0) checks.minClasses = minClasses;
  if (minDigits !== void 0) checks.minDigits = minDigits;
  if (value.url_decode) checks.urlDecode = true;
  return checks;
}
function compileRegion(where, value) {
  if (value === void 0) return {};
  if (!isDict(value)) return where.fail(`'region' must map regions (${REGIONS.join(", ")}) to regular expressions that the secret matches`);
  checkKeys(where, value, [...REGIONS], "region");
  const out = {};
  for (const region of REGIONS) {
    if (value[region] !== void 0) out[region] = compile(where, str(where, value[region], `region.${region}`), "", `region.${region}`);
  }
  return out;
}
function compileVerify(where, value) {
  if (value === void 0 || typeof value === "string") return { method: oneOf(where, value, "verify", VERIFY_METHODS, "none") };
  if (!isDict(value)) return where.fail(`'verify' must be a method (${VERIFY_METHODS.join(", ")}) or a mapping with 'method'`);
  checkKeys(where, value, VERIFY_KEYS, "verify");
  const spec = { method: oneOf(where, value.method, "verify.method", VERIFY_METHODS) };
  if (value.unverifiable !== void 0) {
    if (spec.method !== "none") where.fail(`'verify.unverifiable' says why a credential is never sent: it goes with method none`);
    spec.unverifiable = str(where, value.unverifiable, "verify.unverifiable").trim();
  }
  if (value.refresh_like !== void 0) {
    if (spec.method !== "oauth-token") where.fail(`'verify.refresh_like' goes with method oauth-token`);
    spec.refreshLike = compile(where, str(where, value.refresh_like, "verify.refresh_like"), "", "verify.refresh_like");
  }
  return spec;
}
function compileRedact(where, value) {
  if (value === void 0) return void 0;
  if (!isDict(value)) return where.fail(`'redact' must be a mapping with 'keep'`);
  checkKeys(where, value, REDACT_KEYS, "redact");
  const keep = compile(where, str(where, value.keep, "redact.keep"), "", "redact.keep");
  if (!keep.source.startsWith("^")) where.fail(`'redact.keep' must be anchored at the start of the secret (begin with ^)`);
  return keep;
}
function compileRule(file, value, index, fragments, builtin, checkedAtBuild) {
  if (!isDict(value)) return new Where(file).fail(`rules[${index}] must be a mapping`);
  const idValue = value.id;
  const where = new Where(file, typeof idValue === "string" ? idValue : `rules[${index}]`, builtin, builtin && checkedAtBuild);
  checkKeys(where, value, RULE_KEYS, "a rule");
  const id = str(where, idValue, "id");
  if (!/^[a-z0-9][a-z0-9-]{2,63}$/.test(id)) where.fail(`'id' must be lower-case letters, digits and dashes`);
  const confidence = oneOf(where, value.confidence, "confidence", CONFIDENCES);
  if (!Array.isArray(value.patterns) || value.patterns.length === 0) where.fail(`'patterns' must be a non-empty list`);
  const keywords = strList(where, value.keywords, "keywords").map((k) => k.toLowerCase());
  const redactKeep = compileRedact(where, value.redact);
  const paths = value.paths === void 0 ? void 0 : compile(where, expandFragments(where, str(where, value.paths, "paths"), fragments), "i", "paths");
  return {
    id,
    name: str(where, value.name, "name"),
    description: str(where, value.description, "description").trim(),
    confidence,
    severity: oneOf(where, value.severity, "severity", SEVERITIES),
    keywords,
    ...paths ? { paths } : {},
    patterns: value.patterns.map((p, i) => compilePattern(where, p, i, fragments, confidence)),
    secret: compileSecretChecks(where, value.secret),
    knownExamples: new Set(strList(where, value.known_examples, "known_examples")),
    region: compileRegion(where, value.region),
    verify: compileVerify(where, value.verify),
    ...redactKeep ? { redactKeep } : {},
    remediation: str(where, value.remediation, "remediation").trim(),
    helpUri: str(where, value.help_uri, "help_uri"),
    ...value.lifetime !== void 0 ? { lifetime: str(where, value.lifetime, "lifetime").trim() } : {},
    tags: strList(where, value.tags, "tags"),
    examples: strList(where, value.examples, "examples"),
    negativeExamples: strList(where, value.negative_examples, "negative_examples"),
    source: file
  };
}
function compilePatternDocument(file, doc, { builtin = false } = {}) {
  return compileDocument(file, doc, builtin, false);
}
function compileDocument(file, doc, builtin, checkedAtBuild) {
  const where = new Where(file);
  if (!isDict(doc)) where.fail("must be a YAML mapping with a `rules` list");
  checkKeys(where, doc, TOP_KEYS, "the file");
  if (doc.version !== void 0 && doc.version !== 1) where.fail(`unsupported version ${JSON.stringify(doc.version)} (this pdguard reads version 1)`);
  const fragments = /* @__PURE__ */ new Map();
  if (doc.fragments !== void 0) {
    if (!isDict(doc.fragments)) where.fail(`'fragments' must be a mapping of names to regex text`);
    for (const [name, value] of Object.entries(doc.fragments)) {
      if (typeof value !== "string") where.fail(`fragment '${name}' must be a string`);
      fragments.set(name, expandFragments(where, value, fragments));
    }
  }
  if (!Array.isArray(doc.rules) || doc.rules.length === 0) where.fail(`'rules' must be a non-empty list`);
  return doc.rules.map((rule, i) => compileRule(file, rule, i, fragments, builtin, checkedAtBuild));
}
function parsePatternText(file, text) {
  try {
    return yaml().parse(text);
  } catch (error) {
    return new Where(file).fail(`not valid YAML: ${errorMessage(error).split("\n")[0]}`);
  }
}
function readPatternFile(path, file = path) {
  let text;
  try {
    text = readBoundedFile(path, CONFIG_LIMIT, { followLinks: true });
  } catch (error) {
    if (error instanceof RefusedRead) throw new PatternError(`${file}: pattern file not read: it ${error.message}`);
    throw new PatternError(`${file}: cannot read pattern file (${error.code ?? errorMessage(error)})`);
  }
  return { file, doc: parsePatternText(file, text) };
}
function compilePatternFile(file, text, options = {}) {
  return compilePatternDocument(file, parsePatternText(file, text), options);
}
function builtinDocuments() {
  if (typeof define_PDGUARD_BUILTIN_PATTERNS_default !== "undefined") return define_PDGUARD_BUILTIN_PATTERNS_default.map((d) => ({ ...d, checkedAtBuild: true }));
  return builtinPatternFiles(packageRoot()).map(({ path, name }) => ({ ...readPatternFile(path, name), checkedAtBuild: false }));
}
function loadPatterns(extraFiles = []) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  const documents = [
    ...builtinDocuments().map((d) => ({ ...d, builtin: true })),
    ...extraFiles.map((source) => ({
      ...typeof source === "string" ? readPatternFile(source) : { file: source.file, doc: parsePatternText(source.file, source.text) },
      builtin: false,
      checkedAtBuild: false
    }))
  ];
  for (const { file, doc, builtin, checkedAtBuild } of documents) {
    for (const rule of compileDocument(file, doc, builtin, checkedAtBuild)) {
      const first = seen.get(rule.id);
      if (first) throw new PatternError(`${file}: rule '${rule.id}': id already defined in ${first}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}

export {
  yaml,
  require_node_url,
  packageRoot,
  version,
  TOOL_NAME,
  INFORMATION_URI,
  grouped,
  grouped2,
  regexShape,
  compilePatternDocument,
  compilePatternFile,
  loadPatterns
};
