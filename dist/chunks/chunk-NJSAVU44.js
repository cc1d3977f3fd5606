import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  regexShape,
  require_node_url
} from "./chunk-M6I7Z2ZO.js";
import {
  __commonJS,
  __require,
  __toESM,
  define_PDGUARD_BUILTIN_KERNEL_default,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunk-AHMNODDD.js";

// builtin-required:node:worker_threads
var require_node_worker_threads = __commonJS({
  "builtin-required:node:worker_threads"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:worker_threads");
  }
});

// builtin-required:node:os
var require_node_os = __commonJS({
  "builtin-required:node:os"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:os");
  }
});

// src/engine/compiled-rules.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/prefilter.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function escapeRegex(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function trieSource(keywords) {
  const root = { children: /* @__PURE__ */ new Map(), terminal: false };
  for (const keyword of keywords) {
    let node = root;
    for (const ch of keyword) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, next = { children: /* @__PURE__ */ new Map(), terminal: false });
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node) => {
    const branches = [...node.children].map(([ch, child]) => escapeRegex(ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    if (!node.terminal) return body;
    return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${branches.join("|")})?`;
  };
  return emit(root);
}
var ALNUM = /[A-Za-z0-9]/;
function standsAsKeyword(text, at, keyword) {
  if (keyword.length <= 3 && ALNUM.test(keyword[0]) && at > 0 && ALNUM.test(text[at - 1])) return false;
  if ((keyword[0] === "_" || keyword[0] === "-") && ALNUM.test(text[at + keyword.length] ?? "")) return false;
  const last = keyword[keyword.length - 1];
  if (last === "_" || last === "-") {
    const next = text[at + keyword.length];
    if (next === void 0 || !ALNUM.test(next)) return false;
  }
  return true;
}
var Prefilter = class {
  constructor(rules) {
    this.rules = rules;
    this.alwaysOn = rules.filter((r) => r.keywords.length === 0);
    for (const rule of rules) {
      for (const keyword of rule.keywords.map((k) => k.toLowerCase())) {
        const list = this.rulesByKeyword.get(keyword) ?? [];
        list.push(rule);
        this.rulesByKeyword.set(keyword, list);
      }
    }
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    for (const outer of keywords) {
      const rules2 = new Set(this.rulesByKeyword.get(outer));
      for (const inner of keywords) if (inner !== outer && outer.includes(inner)) for (const r of this.rulesByKeyword.get(inner) ?? []) rules2.add(r);
      this.rulesByKeyword.set(outer, [...rules2]);
    }
    this.keywordRegex = keywords.length ? new RegExp(trieSource(keywords), "gi") : null;
    this.keywords = keywords;
    this.longestKeyword = Math.max(0, ...keywords.map((k) => k.length));
    const firstPlace = /* @__PURE__ */ new Map();
    rules.forEach((rule, i) => firstPlace.has(rule) || firstPlace.set(rule, i));
    keywords.forEach((k, i) => this.wordIndex.set(k, i));
    this.wordRules = keywords.map((k) => this.rulesByKeyword.get(k).map((r) => firstPlace.get(r)));
    this.alwaysOnIndices = [...new Set(this.alwaysOn.map((r) => firstPlace.get(r)))];
  }
  rules;
  keywordRegex;
  rulesByKeyword = /* @__PURE__ */ new Map();
  alwaysOn;
  /**
   * Every keyword, lower case, each once (longest first): what the byte kernel (kernel.ts) searches
   * for; its hits name keywords by their index here.
   */
  keywords;
  /** Length of the longest keyword: how far before a region a keyword can start and still reach it. */
  longestKeyword;
  /**
   * By keyword index: the rules it serves, as indices into `rules` (a rule's first place). A
   * region's bookkeeping is by index, not by Map: it runs once per keyword occurrence, most of them
   * in the first milliseconds of a scan, before the JIT has compiled anything.
   */
  wordRules;
  wordIndex = /* @__PURE__ */ new Map();
  alwaysOnIndices;
  /** Rules without keywords run on all text: then no text can be skipped for holding no keyword. */
  get runsEverywhere() {
    return this.alwaysOn.length > 0;
  }
  /** The rules worth running on `text`, in their original order. */
  rulesFor(text) {
    return [...this.regionsFor(text, 0, text.length).keys()];
  }
  /**
   * Where each rule is worth running within [from, to): around its keywords' occurrences, `reach`
   * characters either way (a keyword anywhere in `text`, look-back included, counts). A rule finds
   * nothing further from its keywords than the context checks look, so the rest is skipped: a
   * large file with a keyword every megabyte costs one pass of the prefilter, not one of every regex.
   *
   * `bytes`, when `text` is the latin1 view of a byte kernel's window (kernel.ts) made for these
   * keywords, finds the keywords in the bytes with SIMD instead of the regex: the same occurrences,
   * so the same regions, several times faster where every line names PagerDuty.
   */
  regionsFor(text, from, to, reach = Infinity, bytes) {
    const lists = new Array(this.rules.length);
    for (const r of this.alwaysOnIndices) lists[r] = [[from, to]];
    const regex = this.keywordRegex;
    if (regex) {
      const searchStart = Number.isFinite(reach) ? Math.max(0, from - reach - this.longestKeyword) : 0;
      const searchEnd = to + reach;
      if (bytes) {
        const hits = bytes.keywordHits(searchStart, Math.min(searchEnd, text.length), text.length);
        for (let k = 0; k < hits.length; k += 2) this.addHit(lists, text, hits[k], hits[k + 1], from, to, reach);
      } else {
        regex.lastIndex = searchStart;
        let match;
        while ((match = regex.exec(text)) !== null && match.index < searchEnd) {
          regex.lastIndex = match.index + 1;
          this.addHit(lists, text, match.index, this.wordIndex.get(match[0].toLowerCase()), from, to, reach);
        }
      }
    }
    const regions = /* @__PURE__ */ new Map();
    for (let r = 0; r < lists.length; r++) if (lists[r]) regions.set(this.rules[r], lists[r]);
    return regions;
  }
  /** Adds the regions of one occurrence of keyword `word` (they come in order of position: they merge). */
  addHit(lists, text, at, word, from, to, reach) {
    const keyword = this.keywords[word];
    const start = Math.max(from, at - reach);
    const end = Math.min(to, at + keyword.length + reach);
    if (start >= end) return;
    const rules = this.wordRules[word];
    let grows = false;
    for (let k = 0; k < rules.length; k++) {
      const list = lists[rules[k]];
      if (list === void 0 || list[list.length - 1][1] < end) {
        grows = true;
        break;
      }
    }
    if (!grows || !standsAsKeyword(text, at, keyword)) return;
    for (let k = 0; k < rules.length; k++) {
      const list = lists[rules[k]];
      if (list === void 0) lists[rules[k]] = [[start, end]];
      else {
        const last = list[list.length - 1];
        if (start <= last[1]) last[1] = Math.max(last[1], end);
        else list.push([start, end]);
      }
    }
  }
};

// src/engine/compiled-rules.ts
var CompiledRules = class {
  constructor(rules) {
    this.rules = rules;
    this.prefilter = new Prefilter(rules);
    this.pathTests = rules.flatMap((r) => [...r.paths ? [r.paths] : [], ...r.patterns.flatMap((p) => [...p.context, ...p.unless].flatMap((c) => c.path ? [c.path] : []))]);
  }
  rules;
  prefilter;
  /** Every regex that reads a file's path: the rules' `paths` and their `path` evidence. */
  pathTests;
  /** The rules whose `paths` the path matches: they run on all of the file, keyword or not. */
  rulesNamedByPath(path) {
    return this.rules.filter((rule) => rule.paths?.test(path) === true);
  }
  /** Whether the path is evidence for any rule: what history keeps a blob's path for. */
  readsPath(path) {
    return this.pathTests.some((test) => test.test(path));
  }
};

// src/engine/stream.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/inline.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var INLINE_ALLOW = "pdguard:allow";
var INLINE_ALLOW_NEXT_LINE = "pdguard:allow-next-line";
var SAME_LINE = /pdguard:allow(?!-next-line)/;
function lineAllows(text, lineStart, lineEnd) {
  const line = text.slice(lineStart, lineEnd);
  if (line.includes(INLINE_ALLOW) && SAME_LINE.test(line)) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  return text.slice(previousStart, lineStart - 1).includes(INLINE_ALLOW_NEXT_LINE);
}

// src/engine/candidates.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/util/detach.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function detach(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}

// src/engine/context.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_CONTEXT_CHARS = 8 * 1024;
function lineStartOf(text, pos, floor = 0) {
  if (pos - floor > 256) {
    const nl2 = text.slice(floor, pos).lastIndexOf("\n");
    return nl2 < 0 ? floor : floor + nl2 + 1;
  }
  const nl = pos > 0 ? text.lastIndexOf("\n", pos - 1) : -1;
  return nl < floor ? floor : nl + 1;
}
function lineEndOf(text, pos, ceiling = text.length) {
  const limit = Math.min(ceiling, text.length);
  const nl = limit - pos > 256 ? text.slice(pos, limit).indexOf("\n") : text.indexOf("\n", pos) - pos;
  return nl < 0 || pos + nl > limit ? limit : pos + nl;
}
function surroundingLines(text, start, end, radius, floor) {
  floor = Math.max(floor, start - MAX_CONTEXT_CHARS);
  const ceiling = Math.min(text.length, end + MAX_CONTEXT_CHARS);
  let from = lineStartOf(text, start, floor);
  for (let n = 0; n < radius && from > floor; n++) from = lineStartOf(text, from - 1, floor);
  let to = lineEndOf(text, end, ceiling);
  for (let n = 0; n < radius && to < ceiling; n++) to = lineEndOf(text, to + 1, ceiling);
  return text.slice(from, Math.min(to, ceiling));
}

// src/engine/capture-runs.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var PLANNED_FLAGS = /^[dgi]*$/;
var CLASS_SOURCE = String.raw`\[\^?(?:\\.|[^\]\\])*\]`;
var CAPTURE_BODY = new RegExp(String.raw`^(${CLASS_SOURCE})(?:\{(\d+)(?:,(\d*))?\}|(\+))\??$`);
var NEGATIVE_CLASS_LOOKAHEAD = new RegExp(String.raw`^\(\?!(${CLASS_SOURCE})\)`);
var QUANTIFIER_START = /^(?:[?*+]|\{\d)/;
var NEWLINE_BIT = 1n << 10n;
var ASCII_BITS = (1n << 128n) - 1n;
var plans = /* @__PURE__ */ new WeakMap();
function capturePlan(regex) {
  let plan = plans.get(regex);
  if (plan === void 0) plans.set(regex, plan = derivePlan(regex));
  return plan;
}
function splitAtCapture(source) {
  let depth = 0;
  let inClass = false;
  let open = -1;
  let close = -1;
  let anchorless = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const inPrefix = open < 0;
    if (c === "\\") {
      if (inPrefix) anchorless += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "(") {
      const capturing = source[i + 1] !== "?" || source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!";
      if (capturing) {
        if (depth !== 0 || open >= 0) return null;
        open = i;
      }
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0 && open >= 0 && close < 0) close = i;
    } else if (c === "|" && depth === 0) return null;
    if (inPrefix && open < 0) anchorless += !inClass && (c === "^" || c === "$") ? "[]" : c;
  }
  return open >= 0 && close > open ? { open, close, anchorless } : null;
}
function derivePlan(regex) {
  if (!PLANNED_FLAGS.test(regex.flags)) return null;
  const ignoreCase = regex.flags.includes("i");
  const source = regex.source;
  const split = splitAtCapture(source);
  if (!split) return null;
  const body = CAPTURE_BODY.exec(source.slice(split.open + 1, split.close));
  if (!body) return null;
  const min = Number(body[4] ? 1 : body[2]);
  const max = body[4] ? Infinity : body[3] === void 0 ? min : body[3] === "" ? Infinity : Number(body[3]);
  if (!(min >= 1 && max >= min)) return null;
  const captureClass = regexShape(body[1], ignoreCase);
  if (!captureClass || captureClass.last & ~ASCII_BITS || captureClass.last === 0n) return null;
  const chars = captureClass.last;
  const suffix = source.slice(split.close + 1);
  if (QUANTIFIER_START.test(suffix)) return null;
  const prefixSource = source.slice(0, split.open);
  const prefix = regexShape(prefixSource, ignoreCase);
  const anchorless = split.anchorless === prefixSource ? prefix : regexShape(split.anchorless, ignoreCase);
  if (!prefix || !anchorless) return null;
  const lookahead = NEGATIVE_CLASS_LOOKAHEAD.exec(suffix);
  const refused = lookahead ? regexShape(lookahead[1], ignoreCase) : null;
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (chars & 1n << BigInt(c)) table[c] = 1;
  let lineBound;
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
    get lineBound() {
      if (lineBound === void 0) {
        const whole = regexShape(source, ignoreCase);
        lineBound = whole !== null && !whole.anchored && (whole.seen & NEWLINE_BIT) === 0n;
      }
      return lineBound;
    },
    sticky: new RegExp(source, `${regex.flags.replace("g", "")}y`)
  };
}
function classRuns(text, table, min, from = 0, to = text.length, dense) {
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
      if (dense && end - start <= dense.max && ++fitting > dense.most) return null;
    }
    p = end + min;
  }
  return out.subarray(0, count);
}
function firstRunEndingAfter(runs, at) {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (runs[2 * mid + 1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function startRanges(plan, runs, base, end, stop, each) {
  for (let r = firstRunEndingAfter(runs, base); 2 * r < runs.length; r++) {
    const start = Math.max(base, runs[2 * r]);
    if (start >= end) return;
    const runEnd = Math.min(end, runs[2 * r + 1]);
    const length = runEnd - start;
    if (length < plan.min || plan.startsRun && plan.endsRun && length > plan.max) continue;
    const first = plan.endsRun ? Math.max(start, runEnd - plan.max) : start;
    const last = plan.startsRun ? start : runEnd - plan.min;
    const from = Math.max(base, first - plan.prefixMax);
    if (from >= stop) return;
    const to = Math.min(stop - 1, last - plan.prefixMin);
    if (to >= from && !each(from, to, start)) return;
  }
}

// src/engine/decode.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_DECODED = 200;
var BASE64 = /(?:^|[^A-Za-z0-9+/=_\\-])([A-Za-z0-9+/]{16,65536}={0,2})(?![A-Za-z0-9+/=_-])/g;
var MIN_BASE64 = 16;
var MAX_BASE64 = 65536;
var MAX_WHOLE_BASE64 = 272;
var EMBEDDED_PREFIXES = ["cGR1cytf", "BkdXMrX", "wZHVzK1", "cGRldStf", "BkZXUrX", "wZGV1K1"];
var PREFIXED_TOKEN = /pd[a-z]{2}\+_[A-Za-z0-9][A-Za-z0-9_-]{19,96}(?![A-Za-z0-9_-])/g;
var JSON_UNICODE = /(?:^|[^A-Za-z0-9_+\-=.~])((?:[A-Za-z0-9_+\-=.~]|\\u00[0-9A-Fa-f]{2}|\\\/){12,400})(?![A-Za-z0-9_+\-=.~])/g;
var URL_ENCODED = /(?:^|[^A-Za-z0-9_\-.~%])((?:[A-Za-z0-9_\-.~]|%[0-9A-Fa-f]{2}){12,400})(?![A-Za-z0-9_\-.~%])/g;
var PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
var PRINTABLE = /^[\x21-\x7e]+$/;
function decodeBase64(token) {
  if (token.length % 4 !== 0 || token.length > MAX_WHOLE_BASE64) return null;
  let decoded = Buffer.from(token, "base64").toString("latin1");
  if (decoded.endsWith("\n")) decoded = decoded.slice(0, decoded.endsWith("\r\n") ? -2 : -1);
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}
function decodeJsonUnicode(token) {
  if (!token.includes("\\")) return null;
  const decoded = token.replace(/\\u00([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/\\\//g, "/");
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}
function decodeUrl(token) {
  if (!token.includes("%")) return null;
  try {
    const decoded = decodeURIComponent(token);
    return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}
var FINDERS = {
  base64: { regex: BASE64, decode: decodeBase64 },
  "json-unicode": { regex: JSON_UNICODE, decode: decodeJsonUnicode },
  url: { regex: URL_ENCODED, decode: decodeUrl }
};
var BASE64_CLASS = new Uint8Array(65536);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") BASE64_CLASS[c.charCodeAt(0)] = 1;
for (const c of "=_\\-") BASE64_CLASS[c.charCodeAt(0)] = 2;
function base64Tokens(text) {
  const out = [];
  const n = text.length;
  let p = MIN_BASE64 - 1;
  while (p < n) {
    if (BASE64_CLASS[text.charCodeAt(p)] !== 1) {
      p += MIN_BASE64;
      continue;
    }
    let start = p;
    while (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] === 1) start--;
    let i = p + 1;
    while (i < n && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
    p = i + MIN_BASE64;
    const length = i - start;
    if (length < MIN_BASE64 || length > MAX_BASE64) continue;
    if (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] !== 0) continue;
    let end = i;
    while (end < n && text.charCodeAt(end) === 61) end++;
    if (end - i > 2) continue;
    if (end < n) {
      const next = text.charCodeAt(end);
      if (BASE64_CLASS[next] === 1 || next === 95 || next === 45) continue;
    }
    out.push([start, end]);
  }
  return out;
}
function decodedTokens(text, from, to, encodings) {
  const out = [];
  const window = text.slice(from, Math.min(text.length, to + 1024));
  for (const encoding of encodings) {
    if (encoding === "json-unicode" && !window.includes("\\u00") || encoding === "url" && !PERCENT_ESCAPE.test(window)) continue;
    const finder = FINDERS[encoding];
    const take = (token, at, origin = from) => {
      const decoded = finder.decode(token);
      if (decoded !== null && decoded !== token) out.push({ encoding, start: origin + at, end: origin + at + token.length, decoded });
      else if (encoding === "base64") for (const inner of embeddedTokens(token)) out.push({ ...inner, start: origin + at + inner.start, end: origin + at + inner.end });
    };
    if (encoding === "base64") {
      let origin = from;
      const floor = Math.max(0, from - MAX_BASE64);
      while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
      const values = text.slice(origin, Math.min(text.length, to + MAX_BASE64));
      for (const [start, end] of base64Tokens(values)) {
        if (start + origin >= to) break;
        if (end + origin <= from) continue;
        take(values.slice(start, end), start, origin);
      }
      continue;
    }
    const regex = new RegExp(finder.regex.source, "g");
    let m;
    while ((m = regex.exec(window)) !== null) {
      const token = m[1];
      const at = m.index + m[0].length - token.length;
      if (at + from >= to) break;
      take(token, at);
    }
  }
  return out;
}
function embeddedTokens(token) {
  if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) return [];
  const decoded = Buffer.from(token, "base64").toString("latin1");
  const out = [];
  for (const m of decoded.matchAll(PREFIXED_TOKEN)) {
    const start = Math.floor(m.index / 3) * 4;
    const end = Math.min(token.length, Math.ceil((m.index + m[0].length) / 3) * 4);
    out.push({ encoding: "base64", start, end, decoded: m[0] });
  }
  return out;
}
var PRINTABLE_LEAD = new Uint8Array(128);
for (const c of "IJKLMNOPQRSTUVWXYZabcdef") PRINTABLE_LEAD[c.charCodeAt(0)] = 1;
function mayDecodeBase64(text, start, end) {
  const length = end - start;
  if (length % 4 !== 0 || length > MAX_WHOLE_BASE64) return false;
  for (let i = start; i < end - 4; i += 4) {
    const c = text.charCodeAt(i);
    if (c >= 128 || PRINTABLE_LEAD[c] === 0) return false;
  }
  return true;
}
function base64TokenAt(text, start, limit) {
  let i = start;
  while (i < limit && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
  const length = i - start;
  if (length < MIN_BASE64 || length > MAX_BASE64) return null;
  let end = i;
  while (end < limit && text.charCodeAt(end) === 61) end++;
  if (end - i > 2) return null;
  if (end < limit) {
    const next = text.charCodeAt(end);
    if (BASE64_CLASS[next] === 1 || next === 95 || next === 45) return null;
  }
  return [start, end];
}
var Base64Values = class {
  constructor(text, lo, hi) {
    this.text = text;
    this.origin = backToValueStart(text, lo);
    const end = Math.min(text.length, hi + MAX_BASE64);
    const found = base64Tokens(this.origin === 0 && end === text.length ? text : text.slice(this.origin, end));
    this.tokens = new Int32Array(found.length * 2);
    found.forEach(([s, e], i) => {
      this.tokens[2 * i] = s + this.origin;
      this.tokens[2 * i + 1] = e + this.origin;
    });
  }
  text;
  /** [start, end) of each value, in order. */
  tokens;
  /** Where the values were searched from: a value starting there was not checked against the character before it. */
  origin;
  decoded = /* @__PURE__ */ new Map();
  /**
   * The decoded tokens of decodedTokens(text, from, to, ['base64']), in its order, leaving out
   * values that decode whole to a length `wanted` refuses (they could only be reported whole).
   */
  in(from, to, wanted) {
    const out = [];
    const text = this.text;
    const origin = backToValueStart(text, from);
    if (origin > this.origin && origin > 0 && BASE64_CLASS[text.charCodeAt(origin - 1)] !== 0) {
      const first = base64TokenAt(text, origin, Math.min(text.length, to + MAX_BASE64));
      if (first && first[0] < to && first[1] > from) this.take(first[0], first[1], wanted, out);
    }
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length >> 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (tokens[2 * mid + 1] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; 2 * i < tokens.length; i++) {
      const start = tokens[2 * i];
      if (start >= to) break;
      if (start < origin) continue;
      this.take(start, tokens[2 * i + 1], wanted, out);
    }
    return out;
  }
  take(start, end, wanted, out) {
    let list = this.decoded.get(start);
    if (!list) {
      const text = this.text;
      const token = text.slice(start, end);
      if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) {
        if (!mayDecodeBase64(text, start, end)) {
          this.decoded.set(start, NOTHING);
          return;
        }
        if (wanted) {
          const pad = text.charCodeAt(end - 1) === 61 ? text.charCodeAt(end - 2) === 61 ? 2 : 1 : 0;
          const bytes = (end - start) / 4 * 3 - pad;
          if (!wanted(bytes) && !wanted(bytes - 1) && !wanted(bytes - 2)) return;
        }
      }
      list = [];
      const decoded = decodeBase64(token);
      if (decoded !== null && decoded !== token) list.push({ encoding: "base64", start, end, decoded });
      else for (const inner of embeddedTokens(token)) list.push({ ...inner, start: start + inner.start, end: start + inner.end });
      this.decoded.set(start, list);
    }
    for (const token of list) out.push(token);
  }
};
var NOTHING = [];
function backToValueStart(text, from) {
  let origin = from;
  const floor = Math.max(0, from - MAX_BASE64);
  while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
  return origin;
}

// src/engine/escapes.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var ANY_ESCAPE = /\\u00[0-9A-Fa-f]{2}|\\\/|%(?:2[BbFf]|3[Dd])/;
var ESCAPE = /\\u00([0-9A-Fa-f]{2})|\\(\/)|%(2[BbFf]|3[Dd])/g;
var TOKEN_CHAR = /^[A-Za-z0-9_+/=.~-]$/;
function unescapedLines(text, lo, hi) {
  const lines = [];
  let pos = lo;
  while (pos < hi) {
    const found = ANY_ESCAPE.exec(text.slice(pos, hi));
    if (!found) break;
    const escape = pos + found.index;
    const start = lineStartOf(text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
    const end = lineEndOf(text, escape, escape + MAX_CONTEXT_CHARS);
    const line = unescape(text, start, end);
    if (line) lines.push(line);
    pos = Math.max(end + 1, escape + 1);
  }
  return lines;
}
function unescape(text, start, end) {
  const slice = text.slice(start, end);
  let out = "";
  const at = [];
  let last = 0;
  let encoding = null;
  for (const m of slice.matchAll(ESCAPE)) {
    const char = m[1] !== void 0 ? String.fromCharCode(parseInt(m[1], 16)) : m[2] !== void 0 ? "/" : String.fromCharCode(parseInt(m[3], 16));
    if (!TOKEN_CHAR.test(char)) continue;
    for (let i = last; i < m.index; i++) at.push(start + i);
    out += slice.slice(last, m.index) + char;
    at.push(start + m.index);
    last = m.index + m[0].length;
    encoding ??= m[0].startsWith("%") ? "url" : "json-unicode";
  }
  if (encoding === null) return null;
  for (let i = last; i <= slice.length; i++) at.push(start + i);
  out += slice.slice(last);
  return { text: out, at: Int32Array.from(at), encoding };
}
var ANY_ESCAPE_ALL = new RegExp(ANY_ESCAPE.source, "g");
var EscapedLines = class {
  constructor(text, lo, hi) {
    this.text = text;
    if (hi <= lo) return;
    const scope = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    for (const m of scope.matchAll(ANY_ESCAPE_ALL)) {
      this.starts.push(lo + m.index);
      this.ends.push(lo + m.index + m[0].length);
    }
  }
  text;
  starts = [];
  ends = [];
  lines = /* @__PURE__ */ new Map();
  /** unescapedLines(text, lo, hi), for a span inside the one given to the constructor. */
  in(lo, hi) {
    const out = [];
    if (this.starts.length === 0) return out;
    let i = firstAtOrAfter(this.starts, lo);
    let pos = lo;
    for (; i < this.starts.length; i++) {
      const escape = this.starts[i];
      if (escape < pos) continue;
      if (this.ends[i] > hi) break;
      let cached = this.lines.get(escape);
      if (!cached) {
        const start = lineStartOf(this.text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
        const end = lineEndOf(this.text, escape, escape + MAX_CONTEXT_CHARS);
        this.lines.set(escape, cached = { line: unescape(this.text, start, end), end });
      }
      if (cached.line) out.push(cached.line);
      pos = Math.max(cached.end + 1, escape + 1);
    }
    return out;
  }
};
function firstAtOrAfter(sorted, at) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/engine/secret-checks.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function characterClasses(value) {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
function countDigits(value) {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
var PLACEHOLDER_WORDS = /xxxx|\*\*\*|\.\.\.|…|your|example|sample|placeholder|change_?me|redacted|dummy|_here|here_|insert|replace|secret|token|apikey|api_key|password|routing_?key|integration_?key|service_?key|<|>|\$\{|\{\{|%s/i;
var CAMEL_PART = String.raw`(?:[A-Z]{1,5}[a-z]{2,}|To|Is|Of|On|At|By|In|Up|Or|As|Id|Ok|No|If|Do|Be|An|My|Us|So|Go|[A-Z]{2,8}s?(?=[A-Z][a-z]|V\d|$)|V\d)`;
var WORD = String.raw`(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Za-z][a-z]+(?:-[a-z0-9]+)+|(?:${CAMEL_PART}|[a-z]{2,})${CAMEL_PART}+|[A-Za-z]{2,12})`;
var IDENTIFIER = new RegExp(`^${WORD}$`);
var DOTTED_PATH = new RegExp(`^${WORD}(?:\\.${WORD})+$`);
function hasSequence(value, run = 6) {
  let up = 1, down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}
function hasAlphabetWalk(value, minLetters = 10) {
  let letters = 0, up = true, down = true, previous = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) | 32;
    if (code < 97 || code > 122) continue;
    if (previous >= 0) {
      up &&= code > previous;
      down &&= code < previous;
      if (!up && !down) return false;
    }
    previous = code;
    letters++;
  }
  return letters >= minLetters;
}
var NAME_TOKENS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
var HAS_VOWEL = /[aeiouy]/i;
var VOWELS = /[aeiou]/gi;
var FOUR_CONSONANTS = /[b-df-hj-np-tv-xz]{4}/gi;
var FIVE_CONSONANTS = /[b-df-hj-np-tv-xz]{5}/i;
var RARE_LETTERS = /[jqxz]/gi;
function madeOfWords(value) {
  const body = value.replace(/^[-_]+|[-_]+$/g, "");
  if (body.length < 4 || body.includes("+")) return false;
  const upperName = !/[a-z]/.test(body);
  let lone = 0, short = 0, numbers = 0, digits = 0;
  let words = 0, letters = 0, vowels = 0, clusters = 0, rare = 0;
  for (const part of body.split(/[-_.]+/)) {
    for (const token of part.match(NAME_TOKENS) ?? []) {
      const acronym = !upperName && token === token.toUpperCase();
      if (token.charCodeAt(0) <= 57) {
        numbers++;
        digits += token.length;
      } else if (token.length === 1) lone++;
      else if (token.length === 2 || acronym && token.length <= 5) short++;
      else if (acronym || !HAS_VOWEL.test(token) || FIVE_CONSONANTS.test(token)) return false;
      else {
        words++;
        letters += token.length;
        vowels += token.match(VOWELS)?.length ?? 0;
        clusters += token.match(FOUR_CONSONANTS)?.length ?? 0;
        rare += token.match(RARE_LETTERS)?.length ?? 0;
      }
    }
  }
  return words > 0 && letters >= words * 4 && letters * 3 >= body.length * 2 && vowels * 10 >= letters * 3 && clusters <= 1 && rare <= 1 && lone <= 1 && lone + short <= 2 && numbers <= 1 && digits <= 3;
}
function placeholderReason(value) {
  if (PLACEHOLDER_WORDS.test(value)) return "placeholder word";
  if (/(.)\1{5,}/.test(value)) return "repeated character";
  if (hasSequence(value) || hasAlphabetWalk(value)) return "character sequence";
  if (IDENTIFIER.test(value.replace(/^_+/, ""))) return "identifier";
  if (DOTTED_PATH.test(value)) return "code reference";
  if (madeOfWords(value)) return "words";
  return null;
}

// src/engine/structure.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function lineStartOf2(text, pos, floor = 0) {
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return Math.max(floor, 0);
}
var STRUCTURE_REACH = 32 * 1024;
var STRUCTURE_BLOCK = 16 * 1024;
function structureFloor(offset) {
  return Math.floor(Math.max(0, offset - STRUCTURE_REACH) / STRUCTURE_BLOCK) * STRUCTURE_BLOCK;
}
function startsAsXml(text, from = 0) {
  return text.slice(from, from + 512).trimStart().startsWith("<");
}
var MAX_LEVEL_CHARS = 2048;
var MAX_LEVELS = 8;
var MAX_HEADER_CHARS = 240;
var MAX_NAME_PREFIX = 480;
var OPEN = /* @__PURE__ */ new Set(["{", "[", "("]);
var CLOSE_OF = { "{": "}", "[": "]", "(": ")" };
function keyColumn(text, start, end) {
  let i = start;
  let dash = -1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9) && dash < 0) {
      dash = i - start;
      i += 2;
    } else break;
  }
  if (i >= end || text.charCodeAt(i) === 13) return { column: -1, dash: -1 };
  return { column: i - start, dash };
}
function isCommentAt(text, pos) {
  const c = text[pos];
  return c === "#" || c === ";" || c === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*") || c === "*" && text[pos + 1] !== "*" && text[pos + 1] !== ".";
}
var StructureReader = class {
  /**
   * `floor`: no walk looks before it; `xml`: whether the stream reads as XML (default: from the floor).
   * A floor inside a line moves to the next line: the tail of a cut line is no header (a long JSON
   * description's last words would read as the key enclosing everything below them). Unless that
   * line is longer than a block (minified text), where no header means much anyway.
   */
  constructor(text, floor = 0, xml) {
    this.text = text;
    if (floor > 0 && text.charCodeAt(floor - 1) !== 10) {
      const next = text.indexOf("\n", floor);
      if (next >= 0 && next - floor < STRUCTURE_BLOCK) floor = next + 1;
    }
    this.floor = floor;
    this.xml = xml ?? startsAsXml(text, floor);
  }
  text;
  indentMemo = /* @__PURE__ */ new Map();
  bracketMemo = /* @__PURE__ */ new Map();
  tableMemo = /* @__PURE__ */ new Map();
  xml;
  floor;
  at(start, end) {
    const text = this.text;
    const lineStart = lineStartOf2(text, start, Math.max(this.floor, start - MAX_HEADER_CHARS * 8));
    const lineEnd = lineEndOf(text, end, end + MAX_LEVEL_CHARS);
    const nodes = this.nodes(start, lineStart);
    const levelNodes = nodes.filter((n) => n.bracket !== "[").slice(0, MAX_LEVELS);
    const levels = levelNodes.map((n) => this.levelText(n, start, lineEnd));
    const path = [];
    const pathLevels = [];
    let level = 0;
    for (const n of nodes) {
      if (n.keyed && n.header) {
        path.push(n.header);
        pathLevels.push(level);
      }
      if (n.bracket !== "[") level++;
    }
    const calls = nodes.filter((n) => n.bracket === "(").map((n) => calleeOf(n.header)).filter((c) => c !== "");
    const prefix = text.slice(Math.max(lineStart, start - MAX_NAME_PREFIX), start);
    let name2 = nameBefore(prefix, this.xml);
    if (name2 === "" && nodes[0]?.bracket === "(" && nodes[0].start < lineStart) {
      const m = ARGUMENT_ON_AN_EARLIER_LINE.exec(text.slice(Math.max(nodes[0].start + 1, lineStart - MAX_HEADER_CHARS), start));
      if (m) name2 = m[1];
    }
    if (name2 === "" || GENERIC_VALUE_NAME.test(name2)) {
      const paired = pairName(levels, nodes, text.slice(start, end));
      if (paired) name2 = paired;
    }
    if (name2 === "" || GENERIC_VALUE_NAME.test(name2)) {
      PAIR_NAME.lastIndex = 0;
      const after = PAIR_NAME.exec(text.slice(end, lineEnd));
      if (after) name2 = after[1];
    }
    const table = this.table(lineStart, lineEnd);
    if ((name2 === "" || GENERIC_VALUE_NAME.test(name2)) && table) name2 = columnName(table, text.slice(lineStart, start)) || name2;
    return { name: name2, path, pathLevels, levels, calls, table };
  }
  /** The enclosing nodes, innermost first: both chains, merged by where they start. */
  nodes(pos, lineStart) {
    const nodes = this.xml ? [...this.xmlNodes(pos, lineStart), ...this.bracketNodes(pos, lineStart)] : [...this.indentNodes(lineStart), ...this.bracketNodes(pos, lineStart)];
    nodes.sort((a, b) => b.start - a.start);
    const out = [];
    for (const n of nodes) {
      const prev = out[out.length - 1];
      if (prev && lineStartOf2(this.text, prev.start, this.floor) === lineStartOf2(this.text, n.start, this.floor) && (prev.bracket || n.bracket) && !(prev.bracket && n.bracket)) {
        if (n.bracket && !prev.bracket) out[out.length - 1] = n;
        continue;
      }
      out.push(n);
    }
    return out;
  }
  // ---- Indentation (YAML, INI/TOML sections, indented code)
  indentChain(lineStart) {
    const memo = this.indentMemo.get(lineStart);
    if (memo) return memo;
    const text = this.text;
    const entryAt = (start, end2) => {
      const { column, dash } = keyColumn(text, start, end2);
      if (column < 0 || isCommentAt(text, start + column)) return null;
      return { lineStart: start, column, dash, opens: /[:=]\s*(?:[#|>].*)?$/.test(text.slice(start, end2).trimEnd()) };
    };
    const own = entryAt(lineStart, lineEndOf(text, lineStart, lineStart + MAX_LEVEL_CHARS));
    const entries = [];
    let section2 = -1;
    let threshold = own ? own.column : Number.MAX_SAFE_INTEGER;
    let afterItem = false;
    if (own && own.dash >= 0) {
      entries.push(own);
      threshold = own.dash;
      afterItem = true;
    }
    const consider = (e) => {
      if (e.dash >= 0 && e.dash < threshold) {
        entries.push(e);
        threshold = e.dash;
        afterItem = true;
      } else if (e.dash < 0 && (e.column < threshold || afterItem && e.column === threshold && e.opens)) {
        entries.push(e);
        threshold = e.column;
        afterItem = false;
      }
    };
    const limit = this.floor;
    let end = lineStart - 1;
    while (end >= limit && end >= this.floor) {
      const start = lineStartOf2(text, end, limit);
      const cached = this.indentMemo.get(start);
      if (cached) {
        if (cached.own) consider(cached.own);
        for (const e2 of cached.entries) if (e2 !== cached.own) consider(e2);
        if (section2 < 0) section2 = cached.section;
        break;
      }
      const lineEnd = end;
      end = start - 1;
      const e = entryAt(start, lineEnd);
      if (!e) continue;
      if (e.column === 0 && e.dash < 0 && text.startsWith("---", start)) break;
      if (e.column === 0 && text.charCodeAt(start) === 91 && /^\[[^\]\r\n]+\]\s*$/.test(text.slice(start, lineEnd))) {
        if (section2 < 0) section2 = start;
        if (threshold === 0) break;
        continue;
      }
      consider(e);
      if (threshold === 0 && !afterItem && section2 >= 0) break;
    }
    const chain = { entries, section: section2, own };
    this.indentMemo.set(lineStart, chain);
    return chain;
  }
  indentNodes(lineStart) {
    const text = this.text;
    const chain = this.indentChain(lineStart);
    const nodes = chain.entries.map((e) => {
      const header = text.slice(e.lineStart, lineEndOf(text, e.lineStart, e.lineStart + MAX_HEADER_CHARS)).trim();
      const item = e.dash >= 0;
      return { start: e.lineStart, end: -1, header, keyed: e.lineStart !== lineStart && (!item || e.opens), column: item ? e.dash : e.column, item };
    });
    const outer = chain.entries[chain.entries.length - 1];
    const outerHeader = outer ? text.slice(outer.lineStart, lineEndOf(text, outer.lineStart, outer.lineStart + MAX_HEADER_CHARS)).trimEnd() : "";
    if (outer && outer.column === 0 && outer.lineStart !== lineStart && chain.section < 0 && /:(?:\s+#.*)?$/.test(outerHeader)) {
      const back = text.slice(Math.max(this.floor, lineStart - MAX_LEVEL_CHARS), lineStart);
      const sep = back.lastIndexOf("\n---");
      const start = sep < 0 ? Math.max(this.floor, lineStart - MAX_LEVEL_CHARS) : lineStart - back.length + sep + 1;
      nodes.push({ start: Math.min(start, outer.lineStart), end: -1, header: "", keyed: false, document: true });
    }
    if (chain.section >= 0) {
      const s = chain.section;
      nodes.push({ start: s, end: -1, header: text.slice(s, lineEndOf(text, s, s + MAX_HEADER_CHARS)).trim(), keyed: true, column: -1 });
    }
    return nodes;
  }
  // ---- Brackets (JSON, HCL, code, YAML flow maps)
  /** Unmatched opening brackets before `lineStart`, innermost first. */
  bracketChain(lineStart) {
    const memo = this.bracketMemo.get(lineStart);
    if (memo) return memo;
    const opens = [];
    this.walkBrackets(lineStart, this.floor, opens);
    this.bracketMemo.set(lineStart, opens);
    return opens;
  }
  /**
   * Walks back from `from`, collecting unmatched opening brackets into `opens`. At a memoised line
   * start it takes that line's chain (less the brackets closed since) and stops.
   */
  walkBrackets(from, limit, opens) {
    const text = this.text;
    let depth = 0;
    for (let i = from - 1; i >= limit && opens.length < MAX_LEVELS; i--) {
      const c = text.charCodeAt(i);
      if (c === 10 && i + 1 !== from) {
        const cached = this.bracketMemo.get(i + 1);
        if (cached) {
          for (const o of cached.slice(depth)) if (opens.length < MAX_LEVELS) opens.push(o);
          return;
        }
      }
      if (c === 125 || c === 93 || c === 41) depth++;
      else if (c === 123 || c === 91 || c === 40) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
  }
  bracketNodes(pos, lineStart) {
    const text = this.text;
    const opens = [];
    let depth = 0;
    for (let i = pos - 1; i >= lineStart; i--) {
      const c = text[i];
      if (c === "}" || c === "]" || c === ")") depth++;
      else if (OPEN.has(c)) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
    for (const o of this.bracketChain(lineStart).slice(depth)) opens.push(o);
    return opens.slice(0, MAX_LEVELS).map((o) => {
      const ls = lineStartOf2(text, o, Math.max(this.floor, o - MAX_HEADER_CHARS));
      let header = text.slice(ls, o).trim();
      if (header === "" || header === "[" || header === "{") header = previousLine(text, ls, this.floor);
      const bracket = text[o];
      return { start: o, end: -1, header: header.slice(-MAX_HEADER_CHARS), keyed: bracket !== "(" && /[A-Za-z0-9]/.test(header), bracket };
    });
  }
  // ---- XML elements
  xmlNodes(pos, lineStart) {
    const text = this.text;
    const nodes = [];
    const lt = text.lastIndexOf("<", pos);
    const gt = text.lastIndexOf(">", pos - 1);
    if (lt >= lineStart && lt > gt) {
      const close = text.indexOf(">", pos);
      const tagEnd = close < 0 || close - pos > MAX_LEVEL_CHARS ? pos : close + 1;
      nodes.push({ start: lt, end: tagEnd, header: text.slice(lt, tagEnd).slice(0, MAX_HEADER_CHARS), keyed: false });
    }
    let depth = 0;
    const limit = Math.max(this.floor, pos - STRUCTURE_REACH / 4);
    for (let i = lt > gt ? lt - 1 : pos - 1; i >= limit && nodes.length < MAX_LEVELS; ) {
      const close = text.lastIndexOf(">", i);
      if (close < limit) break;
      const open = text.lastIndexOf("<", close);
      if (open < limit) break;
      i = open - 1;
      const tag = text.slice(open, close + 1);
      if (tag.startsWith("<?") || tag.startsWith("<!") || tag.endsWith("/>")) continue;
      if (tag.startsWith("</")) depth++;
      else if (depth > 0) depth--;
      else nodes.push({ start: open, end: -1, header: tag.slice(0, MAX_HEADER_CHARS), keyed: true });
    }
    return nodes;
  }
  // ---- Levels: an enclosing node's text around the value
  levelText(node, valueStart, valueLineEnd) {
    const text = this.text;
    const from = Math.max(node.start, valueStart - MAX_LEVEL_CHARS);
    const ceiling = Math.min(text.length, valueLineEnd + MAX_LEVEL_CHARS);
    let end = node.end;
    if (end < 0) {
      if (node.header.startsWith("<") && !node.bracket) {
        const tag = /^<([A-Za-z_][\w:.-]*)/.exec(node.header)?.[1];
        const close = tag ? text.indexOf(`</${tag}`, valueLineEnd - MAX_LEVEL_CHARS > node.start ? valueLineEnd - MAX_LEVEL_CHARS : node.start) : -1;
        end = close < 0 || close > ceiling ? ceiling : text.indexOf(">", close) + 1 || ceiling;
      } else if (node.document) {
        const next = text.slice(valueLineEnd, ceiling).indexOf("\n---");
        end = next < 0 ? ceiling : valueLineEnd + next + 1;
      } else if (node.bracket) end = matchingClose(text, node.start, node.bracket, ceiling);
      else if (node.column !== void 0 && node.column >= 0) end = indentBlockEnd(text, valueLineEnd, node.column, node.item === true, ceiling);
      else end = sectionEnd(text, valueLineEnd, ceiling);
    }
    return text.slice(from, Math.min(Math.max(end, valueLineEnd), ceiling));
  }
  // ---- Tables
  table(lineStart, lineEnd) {
    const text = this.text;
    const row = text.slice(lineStart, lineEnd);
    const sep = row.includes("|") ? "|" : row.includes("	") ? "	" : row.includes(",") ? "," : "";
    if (!sep || row.split(sep).length < 3) return "";
    const limit = this.floor;
    let first = lineStart;
    for (let s = lineStart; s > limit; ) {
      const cached = this.tableMemo.get(s);
      if (cached !== void 0) {
        first = cached;
        break;
      }
      const prev = lineStartOf2(text, s - 1, limit);
      const line = text.slice(prev, s - 1);
      if (!line.includes(sep) || line.trim() === "") break;
      first = prev;
      s = prev;
    }
    this.tableMemo.set(lineStart, first);
    let header = text.slice(first, lineEndOf(text, first, first + MAX_HEADER_CHARS * 4));
    if (/^\s*\|?\s*:?-{3,}/.test(header)) header = previousLine(text, first, limit);
    return `${header}
${row}`;
  }
};
function columnName(table, before) {
  const [header = "", row = ""] = table.split("\n");
  const sep = row.includes("|") ? "|" : row.includes("	") ? "	" : ",";
  const columns = /\(([^()]*)\)\s*(?:VALUES|SELECT)\b/i.exec(header)?.[1] ?? header;
  const cells = columns.split(sep).map((c) => c.trim().replace(/^["'`\[]+|["'`\]]+$/g, ""));
  const index = before.replace(/^\s*\(/, "").split(sep).length - 1 - (sep === "|" && before.trimStart().startsWith("|") ? 1 : 0);
  const offset = sep === "|" && header.trimStart().startsWith("|") ? 1 : 0;
  const cell = cells[index + offset];
  return cell && /^[A-Za-z_][\w .:/-]{0,60}$/.test(cell) ? cell : "";
}
function previousLine(text, lineStart, floor) {
  for (let s = lineStart; s > floor; ) {
    const prev = lineStartOf2(text, s - 1, Math.max(floor, s - 1 - MAX_HEADER_CHARS));
    const line = text.slice(prev, s - 1).trim();
    if (line !== "") return line.slice(-MAX_HEADER_CHARS);
    s = prev;
  }
  return "";
}
function matchingClose(text, open, bracket, ceiling) {
  const close = CLOSE_OF[bracket];
  let depth = 0;
  for (let i = open + 1; i < ceiling; i++) {
    const c = text[i];
    if (c === bracket) depth++;
    else if (c === close) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return ceiling;
}
function indentBlockEnd(text, from, column, item, ceiling) {
  let pos = from;
  while (pos < ceiling) {
    const start = pos + 1;
    if (start >= ceiling) return ceiling;
    const end = lineEndOf(text, start, ceiling);
    let ws = 0;
    while (start + ws < end && (text.charCodeAt(start + ws) === 32 || text.charCodeAt(start + ws) === 9)) ws++;
    const blank = start + ws >= end || text.charCodeAt(start + ws) === 13;
    if (!blank) {
      const { column: key } = keyColumn(text, start, end);
      if (item ? ws <= column : key <= column) return start;
    }
    pos = end;
  }
  return ceiling;
}
function sectionEnd(text, from, ceiling) {
  const next = text.slice(from, ceiling).search(/\n\[[^\]\r\n]+\]/);
  return next < 0 ? ceiling : from + next + 1;
}
function calleeOf(header) {
  const m = /((?:new\s+)?[A-Za-z_$@][\w$]*(?:(?:\.|::|->|\\)[A-Za-z_$][\w$]*)*[!?]?)\s*$/.exec(header);
  return m ? m[1] : "";
}
var GENERIC_VALUE_NAME = /^(?:-{0,2})(?:value|values|secret|secret[_-]?value|secret[_-]?string|default|default[_-]?value|example|examples|current[_-]?value|string|val|data|text|content|password|body|sendto|parameter[_-]?value|--value|--secret-string|--body)$/i;
var ASSIGNED = /([A-Za-z0-9_$@.:\/\\\-[]*[A-Za-z0-9_$@\]])["'`\]]*[ \t]*(?::[ \t]*[A-Za-z_&'<>\[\]?. ]{1,40}?)?[ \t]*(?:=>|:=|\?=|\+=|=|:)[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
var URL_USERINFO = /([A-Za-z][\w+.-]*:\/\/)[^\s\/@:]*:$/;
var FLAG = /(?:^|[\s'"])(--?[A-Za-z][\w.-]*)[ \t]+$/;
var ELEMENT = /<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?>$/;
var CALL_OPEN = /((?:new\s+)?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\($/;
var PREVIOUS_ARGUMENT = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*$/;
var ARGUMENT_ON_AN_EARLIER_LINE = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*(?:#[^\n]*)?\r?\n[ \t]*["'`]?$/;
var DIRECTIVE = /^\s*(?:[A-Za-z_][\w.-]*[ \t]+)?([A-Za-z_][\w.-]*)[ \t]+$/;
var ASSIGNMENT_AT_END = /(?:=>|[=:])[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
var OPEN_PAREN_AT_END = /\(\s*$/;
var OPTION_DEFAULT = /["'](--?[A-Za-z][\w-]*)["'][^"'\n]{0,80}?(?<![\w$])default[ \t]*[=:][ \t]*["'`]?$/;
function nameBefore(prefix, xml = false, listed = 0) {
  let p = prefix.includes("\\") ? prefix.replace(/\\+(["'\/])/g, "$1") : prefix;
  p = p.replace(/["'`]$/, "");
  const assigned = ASSIGNMENT_AT_END.test(p);
  let m = assigned && p.endsWith(":") ? URL_USERINFO.exec(p) : null;
  if (m) return m[1];
  if (assigned && (m = OPTION_DEFAULT.exec(p))) return m[1];
  m = assigned ? ASSIGNED.exec(p) : null;
  if (m) return m[1].replace(/^["'`]+/, "");
  if (m = FLAG.exec(p)) return m[1];
  if (xml || p.endsWith(">")) {
    if (m = ELEMENT.exec(p)) return m[1];
  }
  if (OPEN_PAREN_AT_END.test(p) && (m = CALL_OPEN.exec(p))) return m[1];
  if (m = PREVIOUS_ARGUMENT.exec(p)) return m[1];
  if (m = DIRECTIVE.exec(p)) return m[1];
  const rest = listed < MAX_LISTED_VALUES ? withoutListedValue(p) : null;
  return rest === null ? "" : nameBefore(rest, xml, listed + 1);
}
var MAX_LISTED_VALUES = 4;
var LISTED_SEPARATOR = /[ \t,;]/;
var LISTED_VALUE_CHAR = /[A-Za-z0-9_+\/-]/;
function withoutListedValue(prefix) {
  let i = prefix.length;
  while (i > 0 && LISTED_SEPARATOR.test(prefix[i - 1])) i--;
  if (i === prefix.length) return null;
  let j = i;
  while (j > 0 && i - j <= 128 && LISTED_VALUE_CHAR.test(prefix[j - 1])) j--;
  if (i - j < 16 || i - j > 128 || !/[0-9]/.test(prefix.slice(j, i))) return null;
  return prefix.slice(0, j);
}
var PAIR_NAME = /(?:^|[\s{,(<"'])(?:-{0,2})(?:name|key|id|parameter[_-]?name|parameterkey|variable|env|setting)["']?[ \t]*(?:[:=>]|[ \t])[ \t]*["']?([A-Za-z0-9_.:\/\-]{2,120})/gi;
function pairName(levels, nodes, value) {
  for (const level of levels.slice(0, 2)) {
    PAIR_NAME.lastIndex = 0;
    for (const m of level.matchAll(PAIR_NAME)) if (m[1] !== value && !m[1].includes(value)) return m[1];
  }
  const header = nodes.find((n) => n.keyed)?.header;
  if (header) {
    const key = /["']?([A-Za-z0-9_.:\/\-]{2,120})["']?\s*[:=]?\s*[{\[(]?\s*$/.exec(header);
    if (key) return key[1];
  }
  return "";
}

// src/engine/candidates.ts
var MAX_PATTERN_PREFIX = 256;
var MAX_MATCH_TAIL = 512;
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function percentDecode(raw) {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw.replace(/%2[Bb]/g, "+");
  }
}
function secretPasses(rule, secret) {
  const checks = rule.secret;
  if (rule.knownExamples.has(secret)) return false;
  if (checks.shape && !checks.shape.test(secret)) return false;
  const judged = checks.part ? checks.part.exec(secret)?.[1] : secret;
  if (judged === void 0) return false;
  if (checks.minDigits !== void 0 && countDigits(judged) < checks.minDigits) return false;
  if (checks.minClasses !== void 0 && characterClasses(judged) < checks.minClasses) return false;
  if (checks.minEntropy !== void 0 && shannonEntropy(judged) < checks.minEntropy) return false;
  return placeholderReason(judged) === null;
}
var CandidateView = class {
  constructor(text, start, end, reader, facts) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.reader = reader;
    this.facts = facts;
  }
  text;
  start;
  end;
  reader;
  facts;
  lineText;
  leadText;
  structure;
  line() {
    if (this.lineText === void 0) {
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS));
      this.lineText = this.text.slice(lineStart, lineEndOf(this.text, this.end, this.end + MAX_CONTEXT_CHARS));
    }
    return this.lineText;
  }
  /** The text before the secret on its line, at most MAX_LEAD_CHARS of it. */
  lead() {
    if (this.leadText === void 0) {
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_LEAD_CHARS));
      this.leadText = this.text.slice(lineStart, this.start);
    }
    return this.leadText;
  }
  near(lines) {
    return surroundingLines(this.text, this.start, this.end, lines, 0);
  }
  /** The `lines` non-blank lines before the secret's line. */
  before(lines) {
    return linesBefore(this.text, lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS)), lines);
  }
  get shape() {
    return this.structure ??= this.reader.at(this.start, this.end);
  }
  get path() {
    return this.facts.path;
  }
  /** The callees that the value's name is passed to within `lines` lines either way. */
  flowsInto(lines) {
    const identifier = IDENTIFIER_AT_END.exec(this.shape.name)?.[1];
    if (!identifier || identifier.length < 3) return [];
    if (CALL_ARGUMENT.test(this.lead())) return [];
    const around = this.near(lines);
    if (!mayBePassed(around, identifier)) return [];
    let uses = this.facts.uses.get(identifier);
    if (!uses) {
      const escaped = identifier.replace(/[$]/g, "\\$&");
      const call = `([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::|->|\\\\)[A-Za-z_$][\\w$]{0,63}){0,8})[ \\t]*\\((?:[^()]{0,${MAX_ARGUMENT_LEAD}}?[\\s,(=:{.>])?${escaped}(?![\\w$])`;
      const literal = `(?<![\\w$.:])([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::)[A-Za-z_$][\\w$]{0,63}){1,8})[ \\t]*\\{(?:[^{}()]{0,${MAX_FIELD_LEAD}}?[\\s,{:=])?${escaped}(?![\\w$])`;
      const command = `(?:^|\\n)[ \\t]*([A-Za-z_][\\w.-]{0,63}(?:[ \\t]+[a-z][\\w-]*)?)[ \\t][^\\n]{0,160}?\\$\\{?${escaped}(?![\\w$])`;
      uses = new RegExp(`${call}|${literal}|${command}`, "g");
      this.facts.uses.set(identifier, uses);
    }
    const callees = [];
    for (const m of around.matchAll(uses)) callees.push(m[1] ?? m[2] ?? m[3]);
    return callees;
  }
};
var WORD_CHAR = /[\w$]/;
var SEPARATOR = /[\s,(=:{.>]/;
var MAX_ARGUMENT_LEAD = 160;
var MAX_FIELD_LEAD = 240;
function mayBePassed(text, identifier) {
  for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
    const next = text[at + identifier.length];
    if (next !== void 0 && WORD_CHAR.test(next)) continue;
    const before = text[at - 1];
    if (before === void 0) continue;
    if (before === "$" || before === "{" && text[at - 2] === "$") return true;
    if (!SEPARATOR.test(before)) continue;
    for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_FIELD_LEAD; i--) {
      const c = text[i];
      if (c === "(") return true;
      if (c === ")" || c === "}") break;
      if (c === "{" && opensTypedLiteral(text, i)) return true;
    }
  }
  return false;
}
var MAX_TYPE_CHARS = 9 * 65;
function opensTypedLiteral(text, brace) {
  let end = brace;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  let start = end;
  while (start > 0 && end - start < MAX_TYPE_CHARS && /[\w$.:]/.test(text[start - 1])) start--;
  return QUALIFIED.test(text.slice(start, end));
}
var QUALIFIED = /[\w$](?:\.|::)[A-Za-z_$]/;
var MAX_LEAD_CHARS = 240;
var IDENTIFIER_AT_END = /([A-Za-z_$][\w$]*)$/;
var CALL_ARGUMENT = /[A-Za-z0-9_$]\([ \t]*["'`]?$|,[ \t]*["'`]?$/;
function linesBefore(text, lineStart, count) {
  const floor = Math.max(0, lineStart - MAX_CONTEXT_CHARS);
  let from = lineStart;
  for (let n = 0; n < count && from > floor; ) {
    const prev = lineStartOf(text, from - 1, floor);
    if (text.slice(prev, from - 1).trim() !== "") n++;
    from = prev;
  }
  return text.slice(from, Math.max(from, lineStart - 1));
}
function holds(c, view) {
  let closeness = -1;
  if (c.path) {
    const path = view.path;
    if (path === void 0 || !c.path.test(path)) return null;
    closeness = Infinity;
  }
  if (c.line && !c.line.test(view.line())) return null;
  if (c.lead && !c.lead.test(view.lead())) return null;
  if (c.name && !c.name.test(view.shape.name)) return null;
  if (c.parent) {
    const parent = c.parent;
    const i = view.shape.path.findIndex((h) => parent.test(h));
    if (i < 0) return null;
    closeness = Math.max(closeness, view.shape.pathLevels[i]);
  }
  if (c.sibling) {
    const { regex, levels } = c.sibling;
    const i = view.shape.levels.slice(0, levels).findIndex((l) => regex.test(l));
    if (i < 0) return null;
    closeness = Math.max(closeness, i);
  }
  if (c.call) {
    const call = c.call;
    if (!view.shape.calls.slice(0, 2).some((k) => call.test(k))) return null;
  }
  if (c.flow) {
    const { regex, lines } = c.flow;
    if (!view.flowsInto(lines).some((callee) => regex.test(callee))) return null;
  }
  if (c.table && !c.table.test(view.shape.table)) return null;
  if (c.before) {
    if (!c.before.regex.test(view.before(c.before.lines))) return null;
    closeness = Infinity;
  }
  if (c.near) {
    if (!c.near.regex.test(view.near(c.near.lines))) return null;
    closeness = Infinity;
  }
  return closeness;
}
function weigh(pattern, view) {
  const held = [];
  let score = pattern.context.length === 0 ? pattern.threshold : 0;
  let nearest = Infinity;
  const groups = /* @__PURE__ */ new Map();
  const add = (c, sign) => {
    const group = sign > 0 ? c.group : `against:${c.group}`;
    const had = groups.get(group);
    if (had && c.weight <= had.weight) return;
    const label = `${c.label} ${sign > 0 ? "+" : "-"}${c.weight}`;
    score += sign * (c.weight - (had?.weight ?? 0));
    if (had) held[had.at] = label;
    groups.set(group, { weight: c.weight, at: had?.at ?? held.push(label) - 1 });
  };
  for (const c of pattern.context) {
    const v = holds(c, view);
    if (v === null) continue;
    add(c, 1);
    if (c.namesVendor) nearest = Math.min(nearest, v);
  }
  if (score < pattern.threshold - 1e-9) return null;
  for (const c of pattern.unless) {
    const v = holds(c, view);
    if (v !== null && v <= nearest) add(c, -1);
  }
  return score >= pattern.threshold - 1e-9 ? held : null;
}
var wholeRegex = /* @__PURE__ */ new WeakMap();
function capturesWhole(pattern, decoded) {
  let regex = wholeRegex.get(pattern);
  if (!regex) wholeRegex.set(pattern, regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace("g", "")));
  const m = regex.exec(decoded);
  const span = m?.indices?.[1];
  return span !== void 0 && span[0] === 0 && span[1] === decoded.length;
}
var searched = 0;
var PLANS_PAY_AFTER = 8 * 1024 * 1024;
function plansPay(length) {
  searched += length;
  return searched > PLANS_PAY_AFTER;
}
function findCandidates(regions, text, from, to, { origin = 0, xml, path, planned = plansPay(to - from) } = {}) {
  const found = [];
  const facts = { uses: /* @__PURE__ */ new Map() };
  if (path !== void 0) facts.path = path;
  const isXml = xml ?? (origin === 0 ? startsAsXml(text) : false);
  const readers = /* @__PURE__ */ new Map();
  const readerFor = (start) => {
    const floor = Math.max(0, structureFloor(origin + start) - origin);
    let reader = readers.get(floor);
    if (!reader) readers.set(floor, reader = new StructureReader(text, floor, isXml));
    return reader;
  };
  const shared = new SharedScan(text, regions, from, to, planned);
  for (const [rule, spans] of regions) {
    const taken = /* @__PURE__ */ new Map();
    const accept = (pattern, secret, start, end, decoded) => {
      const had = taken.get(start);
      if (had !== void 0 && CONFIDENCE_RANK[had] <= CONFIDENCE_RANK[pattern.confidence]) return;
      if (!secretPasses(rule, secret)) return;
      const evidence = weigh(pattern, new CandidateView(text, start, end, readerFor(start), facts));
      if (!evidence) return;
      taken.set(start, pattern.confidence);
      const candidate = { rule, confidence: pattern.confidence, secret: detach(secret), start, end };
      if (decoded) candidate.decoded = decoded;
      if (evidence.length) candidate.evidence = evidence;
      found.push(candidate);
    };
    for (const pattern of rule.patterns) {
      const regex = pattern.regex;
      const plan = planned ? capturePlan(regex) : null;
      for (const [spanStart, spanEnd] of spans) {
        const lo = Math.max(from, spanStart);
        const hi = Math.min(to, spanEnd);
        for (const line of shared.escaped(lo, hi)) {
          regex.lastIndex = 0;
          for (const m of line.text.matchAll(regex)) {
            const span = m.indices?.[1];
            if (!span) continue;
            const start = line.at[span[0]];
            const end = line.at[span[1]];
            if (end - start === span[1] - span[0] || start < lo || start >= hi) continue;
            accept(pattern, m[1], start, end, line.encoding);
          }
        }
        searchWritten(regex, plan, shared, lo, hi, (match, offset) => {
          const span = match.indices?.[1];
          if (!span) return;
          const start = span[0] + offset;
          const end = span[1] + offset;
          if (start < lo || start >= hi) return;
          const raw = text.slice(start, end);
          const inner = pattern.decode.includes("base64") ? decodeBase64(raw) : null;
          if (inner !== null && inner !== raw && secretPasses(rule, inner)) return accept(pattern, inner, start, end, "base64");
          const urlEncoded = rule.secret.urlDecode === true && raw.includes("%");
          accept(pattern, urlEncoded ? percentDecode(raw) : raw, start, end, urlEncoded ? "url" : void 0);
        });
        if (pattern.decode.length === 0) continue;
        for (const encoding of pattern.decode) {
          for (const token of shared.decoded(encoding, lo, hi, plan)) {
            if (capturesWhole(pattern, token.decoded)) accept(pattern, token.decoded, token.start, token.end, token.encoding);
          }
        }
      }
    }
  }
  return resolveOverlaps(found, [...regions.keys()]);
}
var SharedScan = class {
  constructor(text, regions, from, to, planned) {
    this.text = text;
    this.planned = planned;
    let lo = to;
    let hi = from;
    for (const spans of regions.values()) {
      for (const [start, end] of spans) {
        lo = Math.min(lo, Math.max(from, start));
        hi = Math.max(hi, Math.min(to, end));
      }
    }
    this.lo = Math.min(lo, hi);
    this.hi = hi;
  }
  text;
  planned;
  lo;
  hi;
  runLists = /* @__PURE__ */ new Map();
  /** Per plan key and longest capture: whether its runs are too many to search near each. */
  dense = /* @__PURE__ */ new Map();
  escapes;
  base64;
  others = /* @__PURE__ */ new Map();
  /**
   * The runs that can hold the plan's capture; with `sparse`, null when they are so many (more
   * than one in SPARSE_RUNS characters) that searching near each costs more than searching all.
   */
  runs(plan, sparse = false) {
    const from = Math.max(0, this.lo - MAX_PATTERN_PREFIX);
    const to = Math.min(this.text.length, this.hi + MAX_MATCH_TAIL);
    let runs = this.runLists.get(plan.key);
    if (sparse) {
      const key = `${plan.key}:${plan.max}`;
      let dense = this.dense.get(key);
      if (dense === void 0) {
        const most = Math.ceil((to - from) / SPARSE_RUNS);
        if (runs) {
          let fitting = 0;
          for (let i = 0; i < runs.length; i += 2) if (runs[i + 1] - runs[i] <= plan.max) fitting++;
          dense = fitting > most;
        } else {
          const found = classRuns(this.text, plan.table, plan.min, from, to, { max: plan.max, most });
          if (found) this.runLists.set(plan.key, runs = found);
          dense = found === null;
        }
        this.dense.set(key, dense);
      }
      if (dense) return null;
    }
    if (!runs) this.runLists.set(plan.key, runs = classRuns(this.text, plan.table, plan.min, from, to));
    return runs;
  }
  escaped(lo, hi) {
    if (!this.planned) return unescapedLines(this.text, lo, hi);
    return (this.escapes ??= new EscapedLines(this.text, this.lo, this.hi)).in(lo, hi);
  }
  /** decodedTokens(text, lo, hi, [encoding]), less base64 values that decode to a length the plan's capture refuses. */
  decoded(encoding, lo, hi, plan) {
    if (!this.planned) return decodedTokens(this.text, lo, hi, [encoding]);
    if (encoding === "base64") {
      const values = this.base64 ??= new Base64Values(this.text, this.lo, this.hi);
      return values.in(lo, hi, plan ? (length) => length >= plan.min && length <= plan.max : void 0);
    }
    const key = `${encoding}:${lo}:${hi}`;
    let list = this.others.get(key);
    if (!list) this.others.set(key, list = decodedTokens(this.text, lo, hi, [encoding]));
    return list;
  }
};
var SPARSE_RUNS = 1024;
var BLOCK_GAP = 1024;
var STICKY_SPREAD = 16;
function searchWritten(regex, plan, shared, lo, hi, found) {
  const text = shared.text;
  const base = Math.max(0, lo - MAX_PATTERN_PREFIX);
  const end = Math.min(text.length, hi + MAX_MATCH_TAIL);
  const window = () => base === 0 && end === text.length ? text : text.slice(base, end);
  const spread = plan ? plan.prefixMax - plan.prefixMin + (plan.startsRun ? 0 : plan.endsRun ? plan.max - plan.min : Infinity) : Infinity;
  const runs = plan ? shared.runs(plan, spread > STICKY_SPREAD) : null;
  if (plan && runs) {
    if (spread <= STICKY_SPREAD) {
      const sticky = plan.sticky;
      const written2 = window();
      let pos = base;
      startRanges(plan, runs, base, end, hi, (first, last) => {
        for (let p = Math.max(first, pos); p <= last; p++) {
          sticky.lastIndex = p - base;
          const match2 = sticky.exec(written2);
          if (!match2) continue;
          found(match2, base);
          pos = base + sticky.lastIndex;
          p = pos - 1;
        }
        return true;
      });
      return;
    }
    if (plan.lineBound) {
      let blockStart = -1;
      let blockEnd = -1;
      const search = () => {
        const block = text.slice(blockStart, blockEnd);
        regex.lastIndex = 0;
        let match2;
        while ((match2 = regex.exec(block)) !== null) {
          if (match2.index + blockStart >= hi) return false;
          found(match2, blockStart);
        }
        return true;
      };
      let stopped = false;
      startRanges(plan, runs, base, end, hi, (_first, _last, runStart) => {
        if (runStart < blockEnd) return true;
        if (blockStart < 0 || runStart - blockEnd > BLOCK_GAP) {
          if (blockStart >= 0 && !search()) return !(stopped = true);
          blockStart = runStart;
          while (blockStart > base && text.charCodeAt(blockStart - 1) !== 10) blockStart--;
          if (blockStart >= hi) return !(stopped = true);
        }
        blockEnd = runStart;
        while (blockEnd < end && text.charCodeAt(blockEnd) !== 10) blockEnd++;
        return true;
      });
      if (!stopped && blockStart >= 0) search();
      return;
    }
    let any = false;
    startRanges(plan, runs, base, end, hi, () => (any = true, false));
    if (!any) return;
  }
  const written = window();
  regex.lastIndex = 0;
  let match;
  while ((match = regex.exec(written)) !== null) {
    if (match.index + base >= hi) break;
    found(match, base);
  }
}
function resolveOverlaps(found, rules) {
  if (found.length < 2) return found;
  const order = new Map(rules.map((r, i) => [r, i]));
  const better = (a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || order.get(a.rule) - order.get(b.rule) || a.start - b.start;
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const kept = [];
  for (let i = 0; i < byStart.length; ) {
    let clusterEnd = byStart[i].end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    const cluster = byStart.slice(i, j).sort(better);
    const chosen = [];
    for (const c of cluster) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

// src/engine/kernel.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/kernel-wasm.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function uleb(value) {
  const out = [];
  do {
    let byte = value & 127;
    value >>>= 7;
    if (value !== 0) byte |= 128;
    out.push(byte);
  } while (value !== 0);
  return out;
}
function sleb(value) {
  const out = [];
  for (; ; ) {
    const byte = value & 127;
    value >>= 7;
    const done = value === 0 && (byte & 64) === 0 || value === -1 && (byte & 64) !== 0;
    out.push(done ? byte : byte | 128);
    if (done) return out;
  }
}
var simd = (code) => [253, ...uleb(code)];
var T = { i32: 127, v128: 123, void: 64 };
var op = {
  block: (type = T.void) => [2, type],
  loop: (type = T.void) => [3, type],
  if: (type = T.void) => [4, type],
  else: [5],
  end: [11],
  br: (depth) => [12, ...uleb(depth)],
  brIf: (depth) => [13, ...uleb(depth)],
  return: [15],
  call: (fn) => [16, ...uleb(fn)],
  get: (local) => [32, ...uleb(local)],
  set: (local) => [33, ...uleb(local)],
  tee: (local) => [34, ...uleb(local)],
  i32: (value) => [65, ...sleb(value)],
  load8u: (offset = 0) => [45, 0, ...uleb(offset)],
  /** i32.store at an address aligned to 4 (the alignment is a hint; a wrong one is only slower). */
  store32: (offset = 0) => [54, 2, ...uleb(offset)],
  eqz: [69],
  eq: [70],
  ne: [71],
  ltS: [72],
  geS: [78],
  ltU: [73],
  gtU: [75],
  leU: [77],
  geU: [79],
  clz: [103],
  ctz: [104],
  popcnt: [105],
  add: [106],
  sub: [107],
  and: [113],
  or: [114],
  xor: [115],
  shl: [116],
  shrU: [118],
  /** v128.load with no alignment promise and an offset. */
  vload: (offset = 0) => [...simd(0), 0, ...uleb(offset)],
  /** A v128 with `byte` in each of its 16 lanes. */
  vconst: (byte) => [...simd(12), ...new Array(16).fill(byte & 255)],
  /** A v128 of these 16 bytes. */
  vbytes: (bytes) => [...simd(12), ...bytes.map((b) => b & 255)],
  /** i8x16.swizzle: lane k of the first operand chosen by lane k of the second (0 when >= 16). */
  swizzle8: simd(14),
  /** i8x16.shr_u: each byte shifted right by an i32 count. */
  shrU8: simd(109),
  splat8: simd(15),
  eq8: simd(35),
  ne8: simd(36),
  geU8: simd(44),
  vand: simd(78),
  vor: simd(80),
  anyTrue: simd(83),
  bitmask8: simd(100)
};
function append(out, items) {
  for (const item of items) for (let k = 0; k < item.length; k++) out.push(item[k]);
  return out;
}
var vec = (items) => append(uleb(items.length), items);
var section = (id, content) => append([id, ...uleb(content.length)], [content]);
var name = (text) => append(uleb(Buffer.byteLength(text, "utf8")), [[...Buffer.from(text, "utf8")]]);
function module(functions, pages) {
  const types = functions.map((f) => append([96], [vec(f.params.map((p) => [p])), vec(f.results.map((r) => [r]))]));
  const code = functions.map((f) => {
    const body = append(vec(f.locals.map((type) => [1, type])), f.body);
    body.push(...op.end);
    return append(uleb(body.length), [body]);
  });
  const exports = [
    append(name("memory"), [[2, 0]]),
    ...functions.map((f, i) => append(name(f.name), [[0], uleb(i)]))
  ];
  return new Uint8Array(append([0, 97, 115, 109, 1, 0, 0, 0], [
    section(1, vec(types)),
    section(3, vec(functions.map((_, i) => uleb(i)))),
    section(5, vec([[0, ...uleb(pages)]])),
    section(7, vec(exports)),
    section(10, vec(code))
  ]));
}

// src/engine/kernel.ts
var PAGE = 64 * 1024;
var isLetter = (c) => c >= 97 && c <= 122;
function keywordTrie(keywords) {
  const root = { next: /* @__PURE__ */ new Map(), word: -1 };
  keywords.forEach((word, index) => {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, child = { next: /* @__PURE__ */ new Map(), word: -1 });
      node = child;
    }
    node.word = index;
  });
  return root;
}
function verifyAt(keywords, p, end, result, byte) {
  const code = [op.block()];
  const walk = (node, depth, exit) => {
    if (node.word >= 0) {
      code.push(op.get(p), op.set(result), op.br(exit));
      return;
    }
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(32), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end);
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end);
  return code;
}
var FILTER_BYTES = 3;
var BUCKETS = 8;
var casesOf = (c) => isLetter(c) ? [c, c - 32] : [c];
function nibblesOf(prefix) {
  const out = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    let lo = 0;
    let hi = 0;
    if (k >= prefix.length) lo = hi = 65535;
    else {
      for (const b of casesOf(prefix[k])) {
        lo |= 1 << (b & 15);
        hi |= 1 << (b >> 4);
      }
    }
    out.push({ lo, hi });
  }
  return out;
}
var popcount = (x) => {
  x -= x >> 1 & 21845;
  x = (x & 13107) + (x >> 2 & 13107);
  x = x + (x >> 4) & 3855;
  return x + (x >> 8) & 31;
};
function printable(lo, hi) {
  let bytes = 0;
  for (let h = 2; h <= 7; h++) if (hi & 1 << h) bytes += popcount(lo & (h === 7 ? 32767 : 65535));
  return bytes;
}
function passRate(a, b) {
  let rate = 1;
  for (let k = 0; k < FILTER_BYTES; k++) rate *= printable(a[k].lo | b[k].lo, a[k].hi | b[k].hi) / 95;
  return rate;
}
function bucketsOf(keywords) {
  const seen = /* @__PURE__ */ new Set();
  let groups = [];
  for (const word of keywords) {
    const prefix = word.slice(0, FILTER_BYTES);
    if (seen.has(prefix.join())) continue;
    seen.add(prefix.join());
    const nibbles = nibblesOf(prefix);
    groups.push({ nibbles, rate: passRate(nibbles, nibbles) });
  }
  while (groups.length > BUCKETS) {
    let best = { a: 0, b: 1, rate: 0, cost: Infinity };
    for (let a2 = 0; a2 < groups.length; a2++) {
      for (let b2 = a2 + 1; b2 < groups.length; b2++) {
        const rate = passRate(groups[a2].nibbles, groups[b2].nibbles);
        const cost = rate - groups[a2].rate - groups[b2].rate;
        if (cost < best.cost) best = { a: a2, b: b2, rate, cost };
      }
    }
    const [a, b] = [groups[best.a].nibbles, groups[best.b].nibbles];
    const merged = a.map((n, k) => ({ lo: n.lo | b[k].lo, hi: n.hi | b[k].hi }));
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push({ nibbles: merged, rate: best.rate });
  }
  return groups.map((g) => g.nibbles);
}
function filterCode(keywords, i, v) {
  const buckets = bucketsOf(keywords);
  const code = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    const lo = new Array(16).fill(0);
    const hi = new Array(16).fill(0);
    buckets.forEach((nibbles, bucket) => {
      const t = nibbles[k];
      for (let n = 0; n < 16; n++) {
        if (t.lo & 1 << n) lo[n] |= 1 << bucket;
        if (t.hi & 1 << n) hi[n] |= 1 << bucket;
      }
    });
    code.push(op.get(i), op.vload(k), op.set(v));
    code.push(op.vbytes(lo), op.get(v), op.vconst(15), op.vand, op.swizzle8);
    code.push(op.vbytes(hi), op.get(v), op.i32(4), op.shrU8, op.swizzle8, op.vand);
    if (k > 0) code.push(op.vand);
  }
  code.push(op.vconst(0), op.ne8);
  return code;
}
function lastKeywordFunction(keywords) {
  const [ptr, len, end, i, mask, p, result, v, byte, bit] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const candidates = filterCode(keywords, i, v);
  const verify = verifyAt(keywords, p, end, result, byte);
  const returnIfFound = [op.get(result), op.i32(-1), op.ne, op.if(), op.get(result), op.return, op.end];
  const reach = 16 + FILTER_BYTES - 1;
  return {
    name: "lastKeyword",
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.v128, T.i32, T.i32],
    body: [
      op.i32(-1),
      op.set(result),
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      // i: where the single positions start, after the whole blocks (none when len < reach).
      op.get(ptr),
      op.set(i),
      op.get(len),
      op.i32(reach),
      op.geS,
      op.if(),
      op.get(ptr),
      op.get(len),
      op.i32(reach),
      op.sub,
      op.i32(4),
      op.shrU,
      op.i32(1),
      op.add,
      op.i32(4),
      op.shl,
      op.add,
      op.set(i),
      op.end,
      // The single positions, from the last one down to i.
      op.get(end),
      op.i32(1),
      op.sub,
      op.set(p),
      op.block(),
      op.loop(),
      op.get(p),
      op.get(i),
      op.ltS,
      op.brIf(1),
      ...verify,
      ...returnIfFound,
      op.get(p),
      op.i32(1),
      op.sub,
      op.set(p),
      op.br(0),
      op.end,
      op.end,
      // The blocks, from the last one down to ptr; in each, the lanes from the highest down.
      op.get(i),
      op.i32(16),
      op.sub,
      op.set(i),
      op.block(),
      op.loop(),
      op.get(i),
      op.get(ptr),
      op.ltS,
      op.brIf(1),
      ...candidates,
      op.bitmask8,
      op.tee(mask),
      op.if(),
      op.loop(),
      op.i32(31),
      op.get(mask),
      op.clz,
      op.sub,
      op.tee(bit),
      op.get(i),
      op.add,
      op.set(p),
      ...verify,
      ...returnIfFound,
      op.get(mask),
      op.i32(1),
      op.get(bit),
      op.shl,
      op.xor,
      op.tee(mask),
      op.brIf(0),
      op.end,
      op.end,
      op.get(i),
      op.i32(16),
      op.sub,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(result)
    ]
  };
}
function longestKeywordFunction(keywords) {
  const [p, end, word, byte] = [0, 1, 2, 3];
  const code = [op.i32(-1), op.set(word), op.block()];
  const walk = (node, depth, exit) => {
    if (node.word >= 0) code.push(op.i32(node.word), op.set(word));
    if (node.next.size === 0) return;
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(32), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end);
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end, op.get(word));
  return { name: "longestKeyword", params: [T.i32, T.i32], results: [T.i32], locals: [T.i32, T.i32], body: code };
}
function keywordHitsFunction(keywords, longestKeyword) {
  const [ptr, len, end, out, cap, stop, i, mask, p, n, word] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const v = 11;
  const candidates = [...filterCode(keywords, i, v), op.bitmask8];
  const record = [
    op.get(p),
    op.get(end),
    op.call(longestKeyword),
    op.tee(word),
    op.i32(-1),
    op.ne,
    op.if(),
    op.get(out),
    op.get(n),
    op.i32(3),
    op.shl,
    op.add,
    op.get(p),
    op.store32(0),
    op.get(out),
    op.get(n),
    op.i32(3),
    op.shl,
    op.add,
    op.get(word),
    op.store32(4),
    op.get(n),
    op.i32(1),
    op.add,
    op.tee(n),
    op.get(cap),
    op.geU,
    op.if(),
    op.get(n),
    op.return,
    op.end,
    op.end
  ];
  return {
    name: "keywordHits",
    params: [T.i32, T.i32, T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(stop),
      op.get(ptr),
      op.set(i),
      // Blocks of 16 positions while the block and the bytes its test loads stay inside the text.
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(stop),
      op.gtU,
      op.brIf(1),
      op.get(i),
      op.i32(16 + FILTER_BYTES - 1),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      ...candidates,
      op.tee(mask),
      op.if(),
      op.loop(),
      // the candidate lanes from the lowest up: hits come out in order
      op.get(i),
      op.get(mask),
      op.ctz,
      op.add,
      op.set(p),
      ...record,
      op.get(mask),
      op.get(mask),
      op.i32(1),
      op.sub,
      op.and,
      op.tee(mask),
      op.brIf(0),
      op.end,
      op.end,
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      // The positions left, one by one.
      op.get(i),
      op.set(p),
      op.block(),
      op.loop(),
      op.get(p),
      op.get(stop),
      op.geU,
      op.brIf(1),
      ...record,
      op.get(p),
      op.i32(1),
      op.add,
      op.set(p),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
function countFunction() {
  const [ptr, len, byte, end, i, n, needle] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: "count",
    params: [T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      op.get(ptr),
      op.set(i),
      op.get(byte),
      op.splat8,
      op.set(needle),
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      op.get(n),
      op.get(i),
      op.vload(0),
      op.get(needle),
      op.eq8,
      op.bitmask8,
      op.popcnt,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.block(),
      op.loop(),
      op.get(i),
      op.get(end),
      op.geU,
      op.brIf(1),
      op.get(n),
      op.get(i),
      op.load8u(0),
      op.get(byte),
      op.eq,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(1),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
function utf16Function() {
  const [ptr, len, end, i, n, v, c] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: "utf16Units",
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128, T.i32],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      op.get(ptr),
      op.set(i),
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      op.get(i),
      op.vload(0),
      op.set(v),
      // A character starts at every byte that is not a continuation byte (10xxxxxx) ...
      op.get(n),
      op.get(v),
      op.vconst(192),
      op.vand,
      op.vconst(128),
      op.ne8,
      op.bitmask8,
      op.popcnt,
      op.add,
      // ... and one of four bytes (11110xxx) is a surrogate pair: two units.
      op.get(v),
      op.vconst(240),
      op.geU8,
      op.bitmask8,
      op.popcnt,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.block(),
      op.loop(),
      op.get(i),
      op.get(end),
      op.geU,
      op.brIf(1),
      op.get(i),
      op.load8u(0),
      op.set(c),
      op.get(n),
      op.get(c),
      op.i32(192),
      op.and,
      op.i32(128),
      op.ne,
      op.add,
      op.get(c),
      op.i32(240),
      op.geU,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(1),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
var wasm = globalThis.WebAssembly;
var HIT_BATCH = 4096;
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var ByteKernel = class {
  constructor(fns) {
    this.fns = fns;
    this.view = Buffer.from(fns.memory.buffer);
  }
  fns;
  view;
  hits = new Int32Array(2 * HIT_BATCH);
  bytes(size = 0) {
    if (size > this.view.length) {
      this.fns.memory.grow(Math.ceil((size - this.view.length) / PAGE));
      this.view = Buffer.from(this.fns.memory.buffer);
    }
    return this.view;
  }
  lastKeyword(from, to) {
    if (to <= from) return -1;
    const at = this.fns.lastKeyword(from, to - from);
    return at < 0 ? -1 : at;
  }
  count(from, to, byte) {
    return to > from ? this.fns.count(from, to - from, byte) : 0;
  }
  utf16Units(from, to) {
    return to > from ? this.fns.utf16Units(from, to - from) : 0;
  }
  /**
   * The keywords starting within [from, to) and ending by `end` (bytes [0, end) are the text):
   * (position, keyword index) pairs in order, the longest keyword at each position; the index is
   * into the keywords the kernel was made for, lower-cased, without repeats (kernelBinary). The
   * array is reused: it holds until the next call.
   */
  keywordHits(from, to, end) {
    let count = 0;
    if (this.hits.length > 16 * HIT_BATCH) this.hits = new Int32Array(2 * HIT_BATCH);
    const out = end + 7 & ~7;
    this.bytes(out + 8 * HIT_BATCH);
    for (let at = from; at < to; ) {
      const n = this.fns.keywordHits(at, to - at, end, out, HIT_BATCH);
      if (count + 2 * n > this.hits.length) {
        const grown = new Int32Array(Math.max(2 * this.hits.length, count + 2 * n));
        grown.set(this.hits.subarray(0, count));
        this.hits = grown;
      }
      const batch = new Int32Array(this.fns.memory.buffer, out, 2 * n);
      if (LITTLE_ENDIAN) this.hits.set(batch, count);
      else {
        const view = new DataView(this.fns.memory.buffer);
        for (let k = 0; k < 2 * n; k++) this.hits[count + k] = view.getInt32(out + 4 * k, true);
      }
      count += 2 * n;
      if (n < HIT_BATCH) break;
      at = this.hits[count - 2] + 1;
    }
    return this.hits.subarray(0, count);
  }
};
function kernelBinary(keywords) {
  const words = [...new Set(keywords.map((k) => k.toLowerCase()))].map((k) => [...k].map((ch) => ch.charCodeAt(0)));
  const functions = [lastKeywordFunction(words), countFunction(), utf16Function()];
  functions.push(keywordHitsFunction(words, functions.length + 1), longestKeywordFunction(words));
  return module(functions, 2);
}
function builtinKernel(keywords) {
  if (typeof define_PDGUARD_BUILTIN_KERNEL_default === "undefined") return null;
  const built = define_PDGUARD_BUILTIN_KERNEL_default;
  if (built.keywords.length !== keywords.length || built.keywords.some((k, i) => k !== keywords[i])) return null;
  return Buffer.from(built.binary, "base64");
}
var KernelPool = class _KernelPool {
  constructor(api, compiled) {
    this.api = api;
    this.compiled = compiled;
  }
  api;
  compiled;
  free = [];
  /**
   * Null when there can be no kernel: no keywords, a keyword that is not ASCII, no WebAssembly
   * (`node --jitless`), or no SIMD in it (compiling the module then throws). `api` is for tests
   * (null: none).
   */
  static for(keywords, api = wasm ?? null) {
    if (!api || keywords.length === 0 || keywords.some((k) => k.length === 0 || /[^\x00-\x7f]/.test(k))) return null;
    try {
      return new _KernelPool(api, new api.Module(builtinKernel(keywords) ?? kernelBinary(keywords)));
    } catch {
      return null;
    }
  }
  acquire() {
    return this.free.pop() ?? new ByteKernel(new this.api.Instance(this.compiled).exports);
  }
  release(kernel) {
    if (this.free.length < 4) this.free.push(kernel);
  }
};
var PlainWindow = class {
  view = Buffer.alloc(0);
  bytes(size = 0) {
    if (size > this.view.length) {
      const grown = Buffer.alloc(Math.max(size, 2 * this.view.length));
      this.view.copy(grown);
      this.view = grown;
    }
    return this.view;
  }
  lastKeyword(from, to) {
    return to > from ? from : -1;
  }
  count(from, to, byte) {
    let n = 0;
    for (let i = this.view.indexOf(byte, from); i >= 0 && i < to; i = this.view.indexOf(byte, i + 1)) n++;
    return n;
  }
  utf16Units(from, to) {
    let units = 0;
    for (let i = from; i < to; i++) {
      const b = this.view[i];
      if ((b & 192) !== 128) units++;
      if (b >= 240) units++;
    }
    return units;
  }
};

// src/engine/lines.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var LF = 10;
var CR = 13;
function loneCrToLf(bytes, from, to, final) {
  const view = bytes.subarray(0, to);
  for (let i = view.indexOf(CR, from); i >= 0; i = view.indexOf(CR, i + 1)) {
    if (i + 1 < to) {
      if (view[i + 1] !== LF) view[i] = LF;
    } else if (final) view[i] = LF;
    else return true;
  }
  return false;
}
function splitLines(text, maxLines) {
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

// src/engine/stream.ts
var STRUCTURE_LOOKBACK = STRUCTURE_REACH + STRUCTURE_BLOCK;
var LOOKBACK = STRUCTURE_LOOKBACK + 2 * MAX_CONTEXT_CHARS;
var KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
var LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
var OVERLAP = 4 * 1024;
var MAX_PIECE = 256 * 1024;
var NEWLINE = LF;
var kernels = /* @__PURE__ */ new WeakMap();
function kernelsFor(rules) {
  let found = kernels.get(rules);
  if (found === void 0) {
    const keywords = rules.prefilter.keywords;
    found = {
      pool: rules.prefilter.runsEverywhere ? null : KernelPool.for(keywords),
      keywordTail: Math.max(0, ...keywords.map((k) => k.length - 1))
    };
    kernels.set(rules, found);
  }
  return found;
}
function mayHoldKeyword(rules, bytes) {
  const pool = kernelsFor(rules).pool;
  if (!pool) return null;
  const kernel = pool.acquire();
  try {
    bytes.copy(kernel.bytes(bytes.length), 0);
    return kernel.lastKeyword(0, bytes.length) >= 0;
  } finally {
    pool.release(kernel);
  }
}
var StreamScanner = class {
  /** `kernel: false` searches without the byte kernel, as where WebAssembly is missing (for tests). */
  constructor(rules, { kernel = true, path } = {}) {
    this.rules = rules;
    this.path = path;
    this.pathRules = path === void 0 ? [] : rules.rulesNamedByPath(path);
    const { pool: shared, keywordTail } = kernelsFor(rules);
    const pool = kernel ? shared : null;
    this.pool = pool;
    this.window = pool ? pool.acquire() : new PlainWindow();
    this.keywordTail = keywordTail;
  }
  rules;
  window;
  pool;
  /** Bytes in the window: look-back first, then what is not scanned yet (the carry). */
  length = 0;
  lookback = 0;
  /** Stream offset of the window's first byte, of the end of what the kernel searched, and of the last keyword seen. */
  base = 0;
  searched = 0;
  lastKeyword = -1;
  keywordTail;
  /** Line number and column (UTF-16 units) at which the next region starts. */
  line = 1;
  column = 0;
  seenOnLine = /* @__PURE__ */ new Set();
  seenLine = 0;
  /** Whether the stream reads as XML, from its first bytes (known at the first scan: base is 0 then). */
  xml;
  /** The window's last byte is a CR whose next byte is not known yet (a line break either way; lines.ts). */
  pendingCr = false;
  /** The file's path, when the stream is a file's: it is evidence, and may name PagerDuty. */
  path;
  /** Rules whose `paths` find PagerDuty in the path: they run on all of this stream, keyword or not. */
  pathRules;
  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk) {
    if (chunk.length <= MAX_PIECE) return this.pushPiece(chunk);
    const out = [];
    for (let at = 0; at < chunk.length; at += MAX_PIECE) for (const m of this.pushPiece(chunk.subarray(at, at + MAX_PIECE))) out.push(m);
    return out;
  }
  /**
   * No more bytes after `last`: scan what is left, in one region. A whole small file or blob given
   * here is scanned in one pass, with no look-back to read twice and no lines to count ahead.
   */
  end(last) {
    if (!this.window) return [];
    let out = [];
    if (last && last.length > MAX_PIECE) {
      const split = last.length - MAX_PIECE;
      out = this.push(last.subarray(0, split));
      last = last.subarray(split);
    }
    if (last?.length) this.append(last);
    if (this.pendingCr) this.pendingCr = loneCrToLf(this.window.bytes(), this.length - 1, this.length, true);
    if (this.length > this.lookback) for (const m of this.scan(this.length - this.lookback, true)) out.push(m);
    this.dispose();
    return out;
  }
  /** Gives the window back without scanning what is left (content found to be binary). */
  dispose() {
    if (this.window && this.pool) this.pool.release(this.window);
    this.window = null;
  }
  append(chunk) {
    const bytes = this.window.bytes(this.length + chunk.length);
    chunk.copy(bytes, this.length);
    const from = this.pendingCr ? this.length - 1 : this.length;
    this.length += chunk.length;
    this.pendingCr = loneCrToLf(bytes, from, this.length, false);
  }
  pushPiece(chunk) {
    if (chunk.length === 0 || !this.window) return [];
    const chunkStart = this.length;
    this.append(chunk);
    const bytes = this.window.bytes();
    if (chunk.length > LOOKAHEAD) {
      const newline = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
      if (newline >= chunkStart) return this.scan(newline + 1 - this.lookback);
    }
    const pending = this.length - this.lookback;
    if (pending <= 2 * OVERLAP + LOOKAHEAD) return [];
    const earlier = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
    if (earlier >= this.lookback) return this.scan(earlier + 1 - this.lookback);
    return this.scan(pending - OVERLAP);
  }
  /** Whether any keyword starts in the window (a keyword in the look-back or the carry counts too). */
  keywordInWindow() {
    const window = this.window;
    const from = Math.max(0, this.searched - this.keywordTail - this.base);
    const at = window.lastKeyword(from, this.length);
    if (at >= 0) this.lastKeyword = Math.max(this.lastKeyword, this.base + at);
    this.searched = this.base + this.length;
    return this.lastKeyword >= this.base;
  }
  /** Scan the region of `cut` bytes after the look-back; keep its tail as look-back, and the rest as carry. */
  scan(cut, final = false) {
    const window = this.window;
    const from = this.lookback;
    const to = from + cut;
    let matches = [];
    if (this.xml === void 0) this.xml = startsAsXml(window.bytes().toString("latin1", 0, Math.min(this.length, 512)));
    if (this.keywordInWindow() || this.pathRules.length) {
      const text = window.bytes().toString("latin1", 0, this.length);
      const hits = this.pool ? window : void 0;
      let regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH, hits);
      if (this.pathRules.length) regions = withWholeRegion(this.rules.rules, regions, this.pathRules, from, to);
      if (regions.size) matches = this.locate(text, from, to, regions);
    }
    if (final) return matches;
    const bytes = window.bytes().subarray(0, this.length);
    this.line += window.count(from, to, NEWLINE);
    const lastNewline = bytes.lastIndexOf(NEWLINE, to - 1);
    this.column = lastNewline >= from ? window.utf16Units(lastNewline + 1, to) : this.column + window.utf16Units(from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = keepFrom > 0 ? bytes.indexOf(NEWLINE, keepFrom) : -1;
    if (firstNewline >= 0 && firstNewline < to - STRUCTURE_LOOKBACK) keepFrom = firstNewline + 1;
    bytes.copyWithin(0, keepFrom, this.length);
    this.base += keepFrom;
    this.length -= keepFrom;
    this.lookback = to - keepFrom;
    return matches;
  }
  /**
   * Lines and columns for the region's candidates. Candidates come in order of position, so lines,
   * columns and the inline-allow check advance incrementally: a long line full of candidates costs
   * one pass, not one pass per candidate.
   */
  locate(text, from, to, regions) {
    const matches = [];
    let line = this.line;
    let lineStart = from;
    let pos = from;
    let columnUnits = this.column;
    let allowedLine = -1;
    let allowed = false;
    const where = { origin: this.base, xml: this.xml ?? false, ...this.path === void 0 ? {} : { path: this.path } };
    for (const c of findCandidates(regions, text, from, to, where)) {
      for (let nl = text.indexOf("\n", pos); nl >= 0 && nl < c.start; nl = text.indexOf("\n", nl + 1)) {
        line++;
        lineStart = nl + 1;
        pos = lineStart;
        columnUnits = 0;
      }
      columnUnits += utf16Length(text, pos, c.start);
      pos = c.start;
      if (line !== this.seenLine) {
        this.seenLine = line;
        this.seenOnLine.clear();
      }
      if (this.seenOnLine.has(c.secret)) continue;
      this.seenOnLine.add(c.secret);
      if (allowedLine !== line) {
        allowedLine = line;
        const lineEnd = text.indexOf("\n", c.end);
        allowed = lineAllows(text, lineStart, lineEnd < 0 ? text.length : lineEnd);
      }
      matches.push({
        rule: c.rule,
        secret: c.secret,
        confidence: c.confidence,
        line,
        column: columnUnits + 1,
        endLine: line,
        endColumn: columnUnits + 1 + utf16Length(text, c.start, c.end),
        inlineAllowed: allowed,
        ...c.decoded ? { decoded: c.decoded } : {},
        ...c.evidence ? { evidence: c.evidence } : {}
      });
    }
    return matches;
  }
};
function withWholeRegion(rules, regions, extra, from, to) {
  const merged = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (extra.includes(rule)) merged.set(rule, [[from, to]]);
    else if (regions.has(rule)) merged.set(rule, regions.get(rule));
  }
  return merged;
}
var NON_ASCII = /[\x80-\xff]/;
function utf16Length(text, from, to) {
  if (to <= from) return 0;
  const slice = text.slice(from, to);
  if (!NON_ASCII.test(slice)) return slice.length;
  let units = 0;
  for (let i = 0; i < slice.length; i++) {
    const b = slice.charCodeAt(i);
    if (b < 128 || b >= 192) units++;
    if (b >= 240) units++;
  }
  return units;
}
function scanString(rules, text) {
  return new StreamScanner(rules).end(Buffer.from(text, "utf8"));
}

// src/sources/read.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var CHUNK_SIZE = 64 * 1024;
var readBuffer;
var EMPTY = Buffer.alloc(0);
var SNIFF_SIZE = 8 * 1024;
var READING = "bytes-always+utf16+utf32+lone-cr";
var NAMES = { "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "utf-32le": "UTF-32LE", "utf-32be": "UTF-32BE" };
function classify(head) {
  const [a, b, c, d] = head;
  if (a === 239 && b === 187 && c === 191) return { encoding: "utf-8", bom: 3 };
  if (a === 255 && b === 254 && c === 0 && d === 0) return { encoding: "utf-32le", bom: 4 };
  if (a === 0 && b === 0 && c === 254 && d === 255) return { encoding: "utf-32be", bom: 4 };
  if (a === 255 && b === 254) return { encoding: "utf-16le", bom: 2 };
  if (a === 254 && b === 255) return { encoding: "utf-16be", bom: 2 };
  const sniff = head.length > SNIFF_SIZE ? head.subarray(0, SNIFF_SIZE) : head;
  if (!sniff.includes(0)) return { encoding: "utf-8", bom: 0 };
  for (const encoding of ["utf-32le", "utf-32be", "utf-16le", "utf-16be"]) {
    if (readsAs(sniff, encoding)) return { encoding, bom: 0 };
  }
  return { encoding: "binary", bom: 0 };
}
function readsAs(sniff, encoding) {
  const utf32 = encoding.startsWith("utf-32");
  const unit = utf32 ? 4 : 2;
  const read = unitReader(encoding);
  const units = Math.floor(sniff.length / unit);
  if (units === 0) return false;
  let high = 0;
  let low = 0;
  for (let i = 0; i < units * unit; i += unit) {
    const v = read(sniff, i);
    if (v === 0 || utf32 && (v > 1114111 || v >= 55296 && v <= 57343)) return false;
    if (v < 256) high++;
    else if ((v & 255) === 0) low++;
  }
  return utf32 || high * 16 >= units && low * 2 <= high;
}
function unitReader(encoding) {
  switch (encoding) {
    case "utf-16le":
      return (b, i) => b[i] | b[i + 1] << 8;
    case "utf-16be":
      return (b, i) => b[i] << 8 | b[i + 1];
    case "utf-32le":
      return (b, i) => b.readUInt32LE(i);
    case "utf-32be":
      return (b, i) => b.readUInt32BE(i);
  }
}
var REPLACEMENT = 65533;
var UnicodeDecoder = class {
  constructor(encoding) {
    this.encoding = encoding;
    this.unit = encoding.startsWith("utf-32") ? 4 : 2;
    this.read = unitReader(encoding);
  }
  encoding;
  /** Code units (or a surrogate pair's halves, or a unit's bytes) that were not valid. */
  invalid = 0;
  unit;
  read;
  /** The bytes of an incomplete code unit at the end of the last chunk. */
  carry = EMPTY;
  /** UTF-16: a high surrogate waiting for its low half; -1 for none. */
  high = -1;
  decode(chunk, last) {
    const input = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = input.length - input.length % this.unit;
    const out = Buffer.allocUnsafe(2 * whole + 8);
    let o = 0;
    for (let i = 0; i < whole; i += this.unit) {
      let cp = this.read(input, i);
      if (this.unit === 2) {
        if (this.high >= 0) {
          const high = this.high;
          this.high = -1;
          if (cp >= 56320 && cp <= 57343) {
            o = putUtf8(out, o, 65536 + (high - 55296 << 10) + (cp - 56320));
            continue;
          }
          this.invalid++;
          o = putUtf8(out, o, REPLACEMENT);
        }
        if (cp >= 55296 && cp <= 56319) {
          this.high = cp;
          continue;
        }
      }
      if (cp >= 55296 && cp <= 57343 || cp > 1114111) {
        this.invalid++;
        cp = REPLACEMENT;
      }
      o = putUtf8(out, o, cp);
    }
    this.carry = whole < input.length ? Buffer.from(input.subarray(whole)) : EMPTY;
    if (last && (this.high >= 0 || this.carry.length)) {
      this.invalid++;
      o = putUtf8(out, o, REPLACEMENT);
      this.high = -1;
      this.carry = EMPTY;
    }
    return out.subarray(0, o);
  }
};
function putUtf8(out, o, cp) {
  if (cp < 128) out[o++] = cp;
  else if (cp < 2048) {
    out[o++] = 192 | cp >> 6;
    out[o++] = 128 | cp & 63;
  } else if (cp < 65536) {
    out[o++] = 224 | cp >> 12;
    out[o++] = 128 | cp >> 6 & 63;
    out[o++] = 128 | cp & 63;
  } else {
    out[o++] = 240 | cp >> 18;
    out[o++] = 128 | cp >> 12 & 63;
    out[o++] = 128 | cp >> 6 & 63;
    out[o++] = 128 | cp & 63;
  }
  return o;
}
var isUnicode = (encoding) => encoding !== "utf-8" && encoding !== "binary";
function contentViews(content) {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  const bytes = content.subarray(bom);
  if (!isUnicode(encoding)) return { text: bytes, raw: null };
  return { text: new UnicodeDecoder(encoding).decode(bytes, true), raw: bytes };
}
function describeReadError(error) {
  const code = error?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "unreadable: permission denied";
    case "ENOENT":
      return "unreadable: disappeared during the scan";
    case "EISDIR":
      return "unreadable: is a directory";
    case "EIO":
      return "unreadable: I/O error";
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
function tooLarge(limit) {
  return { kind: "skipped", skip: "too-large", reason: `larger than --max-file-size ${formatSize(limit)}` };
}
function unreadable(error) {
  return { kind: "skipped", skip: "unreadable", reason: describeReadError(error) };
}
var ContentScanner = class {
  /** `path`: the file's, when the content is a file's (evidence for the rules; see evidencePath). */
  constructor(rules, path) {
    this.rules = rules;
    this.path = path;
    this.raw = new StreamScanner(rules, this.where());
  }
  rules;
  path;
  /** The bytes as they are, after a byte-order mark. */
  raw;
  rawMatches = [];
  /** UTF-16 or UTF-32: the decoded text. */
  decoder = null;
  text = null;
  textMatches = [];
  encoding;
  head;
  bytes = 0;
  where() {
    return this.path === void 0 ? {} : { path: this.path };
  }
  push(chunk) {
    if (chunk.length === 0) return;
    if (this.encoding === void 0) {
      this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (this.head.length < SNIFF_SIZE) {
        if (this.head === chunk) this.head = Buffer.from(chunk);
        return;
      }
      chunk = this.start();
    }
    this.feed(chunk, false);
  }
  /** The content ends with `last` (if given): scanned with what is left as one final region. */
  end(last = EMPTY) {
    if (this.encoding === void 0) {
      this.head = this.head ? Buffer.concat([this.head, last]) : last;
      last = this.start();
    }
    this.feed(last, true);
    return this.outcome();
  }
  /** Gives the windows back when the content cannot be read to its end (a read error). */
  dispose() {
    this.raw.dispose();
    this.text?.dispose();
  }
  start() {
    const head = this.head ?? EMPTY;
    this.head = void 0;
    const { encoding, bom } = classify(head);
    this.encoding = encoding;
    if (isUnicode(encoding)) {
      this.decoder = new UnicodeDecoder(encoding);
      this.text = new StreamScanner(this.rules, this.where());
    }
    this.bytes += bom;
    return head.subarray(bom);
  }
  feed(chunk, last) {
    this.bytes += chunk.length;
    for (const m of last ? this.raw.end(chunk) : this.raw.push(chunk)) this.rawMatches.push(m);
    if (this.decoder) {
      const text = this.decoder.decode(chunk, last);
      for (const m of last ? this.text.end(text) : this.text.push(text)) this.textMatches.push(m);
    }
  }
  outcome() {
    const outcome = { kind: "scanned", matches: this.rawMatches, bytes: this.bytes };
    if (this.encoding === "binary") outcome.listed = { skip: "binary", reason: "binary" };
    const decoder = this.decoder;
    if (!decoder) return outcome;
    if (decoder.invalid > 0) outcome.listed = { skip: "binary", reason: `binary: not valid ${NAMES[decoder.encoding]}` };
    const shown = new Set(this.textMatches.map((m) => m.secret));
    const hidden = this.rawMatches.filter((m) => !shown.has(m.secret));
    outcome.matches = [...this.textMatches, ...hidden];
    if (hidden.length) outcome.inRawBytes = new Set(hidden);
    return outcome;
  }
};
function evidencePath(path) {
  if (path === void 0) return void 0;
  const segments = [];
  let end = path.length;
  for (let i = path.length - 1; i >= -1 && segments.length < 3; i--) {
    const c = i >= 0 ? path.charCodeAt(i) : 47;
    if (c !== 47 && c !== 92) continue;
    const segment = path.slice(i + 1, end);
    if (segment !== "" && segment !== ".") segments.push(segment);
    end = i;
  }
  return segments.reverse().join("/");
}
function scanningSink(rules, done, path) {
  let content;
  let outcome;
  return {
    chunk: (data, last) => {
      content ??= new ContentScanner(rules, evidencePath(path));
      if (last) outcome = content.end(data);
      else content.push(data);
    },
    end: (size) => done(outcome ?? (content ??= new ContentScanner(rules, evidencePath(path))).end(), size)
  };
}
async function scanChunks(rules, chunks) {
  const content = new ContentScanner(rules);
  for await (const chunk of chunks) content.push(chunk);
  return content.end();
}
function scanFile(rules, path, limits = {}, named) {
  let fd;
  let content;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (!stat.isFile()) return { kind: "skipped", skip: "not-a-file", reason: "not a regular file" };
    if (limits.maxFileSize !== void 0 && stat.size > limits.maxFileSize) return tooLarge(limits.maxFileSize);
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    const evidence = evidencePath(named ?? (typeof path === "string" ? path : path.toString("latin1")));
    const buffer = readBuffer ??= Buffer.allocUnsafeSlow(CHUNK_SIZE);
    let total = 0;
    for (let first = true; ; first = false) {
      const chunk = readChunk(fd, buffer, first ? size : CHUNK_SIZE);
      total += chunk.length;
      const whole = first && (chunk.length === 0 || chunk.length < size && total >= stat.size);
      if (whole) return wholeWithoutKeyword(rules, chunk, evidence) ?? new ContentScanner(rules, evidence).end(chunk);
      content ??= new ContentScanner(rules, evidence);
      if (chunk.length === 0) return content.end(chunk);
      content.push(chunk);
    }
  } catch (error) {
    content?.dispose();
    return unreadable(error);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function wholeWithoutKeyword(rules, content, path) {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  if (isUnicode(encoding) || path !== void 0 && rules.rulesNamedByPath(path).length > 0) return void 0;
  if (mayHoldKeyword(rules, content.subarray(bom)) !== false) return void 0;
  const outcome = { kind: "scanned", matches: [], bytes: content.length };
  if (encoding === "binary") outcome.listed = { skip: "binary", reason: "binary" };
  return outcome;
}
function readChunk(fd, buffer, size) {
  return buffer.subarray(0, (0, import_node_fs.readSync)(fd, buffer, 0, size, null));
}

// src/sources/parallel.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var PARALLEL_MIN_FILES = 8e3;
var PARALLEL_MIN_LEFT_MS = 500;
var PACE_WINDOW_MS = 20;
var MAX_WORKERS = 3;
var BATCH = 256;
function toWire(outcome) {
  if (outcome.kind === "skipped") return outcome;
  const matches = outcome.matches.map(({ rule, ...m }) => ({ ...m, ruleId: rule.id }));
  return { kind: "scanned", bytes: outcome.bytes, matches, ...outcome.listed ? { listed: outcome.listed } : {} };
}
function fromWire(wire, rules) {
  if (wire.kind === "skipped") return wire;
  const matches = wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId) }));
  return { kind: "scanned", bytes: wire.bytes, matches, ...wire.listed ? { listed: wire.listed } : {} };
}
function workerScript(name2 = "scan-worker") {
  const url = new URL(`../${name2}.js`, import.meta.url);
  if (url.protocol !== "file:" || import.meta.url.endsWith(".ts")) return null;
  const path = (0, import_node_url.fileURLToPath)(url);
  return (0, import_node_fs2.existsSync)(path) ? path : null;
}
function fileQueue(compiled, limits, onOutcome) {
  const threads = Math.min(MAX_WORKERS, (0, import_node_os.availableParallelism)() - 1);
  const script = threads > 0 ? workerScript() : null;
  const files = [];
  const named = [];
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const done = [];
  const rules = new Map(compiled.rules.map((r) => [r.id, r]));
  let crew = null;
  const finish = (i, outcome) => {
    if (done[i]) return;
    done[i] = true;
    onOutcome(i, outcome);
  };
  const send = (c) => {
    if (c.sent === files.length) return;
    const message = { files: files.slice(c.sent), named: named.slice(c.sent) };
    for (const worker of c.workers) worker.postMessage(message);
    c.sent = files.length;
  };
  const start = () => {
    const input = { counter, rules: [...compiled.rules], limits };
    const workers = Array.from({ length: threads }, () => new import_node_worker_threads.Worker(script, { workerData: input }));
    const finished = Promise.all(
      workers.map(
        (worker) => new Promise((resolve) => {
          worker.on("message", (batch) => {
            for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
          });
          worker.on("error", () => resolve());
          worker.on("exit", () => resolve());
        })
      )
    ).then(() => void 0);
    return { workers, finished, sent: 0 };
  };
  return {
    add(file, name2) {
      files.push(file);
      named.push(name2);
      if (!crew && script && files.length >= PARALLEL_MIN_FILES) crew = start();
      if (crew && files.length - crew.sent >= BATCH) send(crew);
    },
    async finish() {
      const complete = (c) => {
        send(c);
        for (const worker of c.workers) worker.postMessage({ done: true });
      };
      if (crew) complete(crew);
      const cpu = () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1e3;
      };
      const pace = { since: performance.now(), cpu: cpu(), scanned: 0, windows: 0, best: Infinity };
      for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
        finish(i, scanFile(compiled, files[i], limits, named[i]));
        if (crew || !script) continue;
        pace.scanned++;
        if (performance.now() - pace.since < PACE_WINDOW_MS) continue;
        const spent = cpu() - pace.cpu;
        if (pace.windows++ > 1) pace.best = Math.min(pace.best, spent / pace.scanned);
        if (pace.windows > 3 && pace.best * (files.length - i - 1) >= PARALLEL_MIN_LEFT_MS) complete(crew = start());
        pace.since = performance.now();
        pace.cpu += spent;
        pace.scanned = 0;
      }
      if (crew) await crew.finished;
      for (let i = 0; i < files.length; i++) if (!done[i]) finish(i, scanFile(compiled, files[i], limits, named[i]));
      return 1 + (crew?.workers.length ?? 0);
    }
  };
}

export {
  CompiledRules,
  require_node_os,
  require_node_worker_threads,
  detach,
  splitLines,
  StreamScanner,
  scanString,
  READING,
  contentViews,
  describeReadError,
  ContentScanner,
  evidencePath,
  scanningSink,
  scanChunks,
  scanFile,
  toWire,
  fromWire,
  workerScript,
  fileQueue
};
