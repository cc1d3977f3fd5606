import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/engine/compiled-rules.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/prefilter.ts
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
var Prefilter = class {
  constructor(rules) {
    this.rules = rules;
    this.alwaysOn = rules.filter((r) => r.keywords.length === 0);
    for (const rule of rules) {
      for (const keyword of rule.keywords) {
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
  }
  rules;
  keywordRegex;
  rulesByKeyword = /* @__PURE__ */ new Map();
  alwaysOn;
  /** Every keyword, lower case: what the byte kernel (kernel.ts) searches for. */
  keywords;
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
   */
  regionsFor(text, from, to, reach = Infinity) {
    const regions = /* @__PURE__ */ new Map();
    for (const rule of this.alwaysOn) regions.set(rule, [[from, to]]);
    const regex = this.keywordRegex;
    if (!regex) return regions;
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(text)) !== null) {
      regex.lastIndex = match.index + 1;
      const start = Math.max(from, match.index - reach);
      const end = Math.min(to, match.index + match[0].length + reach);
      if (start >= end) continue;
      for (const rule of this.rulesByKeyword.get(match[0].toLowerCase()) ?? []) {
        const list = regions.get(rule);
        if (!list) regions.set(rule, [[start, end]]);
        else {
          const last = list[list.length - 1];
          if (start <= last[1]) last[1] = Math.max(last[1], end);
          else list.push([start, end]);
        }
      }
    }
    if (regions.size < 2) return regions;
    return new Map(this.rules.filter((r) => regions.has(r)).map((r) => [r, regions.get(r)]));
  }
};

// src/engine/compiled-rules.ts
var CompiledRules = class {
  constructor(rules) {
    this.rules = rules;
    this.prefilter = new Prefilter(rules);
  }
  rules;
  prefilter;
};

// src/engine/stream.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/inline.ts
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/util/detach.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function detach(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}

// src/engine/context.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_LINES_BACK = 100;
var MAX_BLOCK_LEVELS = 4;
var MAX_CONTEXT_CHARS = 8 * 1024;
function lineStartOf(text, pos, floor = 0) {
  if (pos - floor > 256) {
    const nl2 = text.slice(floor, pos).lastIndexOf("\n");
    return nl2 < 0 ? floor : floor + nl2 + 1;
  }
  const nl = text.lastIndexOf("\n", pos - 1);
  return nl < floor ? floor : nl + 1;
}
function lineEndOf(text, pos, ceiling = text.length) {
  const limit = Math.min(ceiling, text.length);
  const nl = limit - pos > 256 ? text.slice(pos, limit).indexOf("\n") : text.indexOf("\n", pos) - pos;
  return nl < 0 || pos + nl > limit ? limit : pos + nl;
}
function keyColumn(line) {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	") i++;
    else if (c === "-" && (line[i + 1] === " " || line[i + 1] === "	")) i += 2;
    else break;
  }
  if (i >= line.length || line[i] === "\r") return -1;
  return i;
}
function isComment(line, column) {
  const c = line[column];
  return c === "#" || c === ";" || c === "/" && line[column + 1] === "/";
}
function enclosingHeaders(text, lineStart, floor) {
  floor = Math.max(floor, lineStart - MAX_CONTEXT_CHARS);
  const headers = [];
  const firstLine = text.slice(lineStart, lineEndOf(text, lineStart, lineStart + MAX_CONTEXT_CHARS));
  let column = keyColumn(firstLine);
  if (column < 0) column = 0;
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
  if (!text.slice(floor, lineStart).includes("{")) return headers;
  let depth = 0;
  let levels = 0;
  for (let i = lineStart - 1; i >= floor && levels < MAX_BLOCK_LEVELS; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
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
function surroundingLines(text, start, end, radius, floor) {
  floor = Math.max(floor, start - MAX_CONTEXT_CHARS);
  const ceiling = Math.min(text.length, end + MAX_CONTEXT_CHARS);
  let from = lineStartOf(text, start, floor);
  for (let n = 0; n < radius && from > floor; n++) from = lineStartOf(text, from - 1, floor);
  let to = lineEndOf(text, end, ceiling);
  for (let n = 0; n < radius && to < ceiling; n++) to = lineEndOf(text, to + 1, ceiling);
  return text.slice(from, Math.min(to, ceiling));
}

// src/engine/secret-checks.ts
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
var PLACEHOLDER_WORDS = /xxxx|\*\*\*|\.\.\.|…|your|example|sample|placeholder|change_?me|redacted|dummy|_here|here_|insert|replace|secret|token|apikey|api_key|password|<|>|\$\{|\{\{|%s/i;
var WORD = String.raw`(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:-[a-z0-9]+)+|(?:[A-Z][a-z]{2,}|[a-z]{3,})(?:[A-Z][a-z]{2,})+|[A-Za-z]{2,12})`;
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
function placeholderReason(value) {
  if (PLACEHOLDER_WORDS.test(value)) return "placeholder word";
  if (/(.)\1{5,}/.test(value)) return "repeated character";
  if (hasSequence(value)) return "character sequence";
  if (IDENTIFIER.test(value)) return "identifier";
  if (DOTTED_PATH.test(value)) return "code reference";
  return null;
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
  if (checks.minDigits !== void 0 && countDigits(secret) < checks.minDigits) return false;
  if (checks.minClasses !== void 0 && characterClasses(secret) < checks.minClasses) return false;
  if (checks.minEntropy !== void 0 && shannonEntropy(secret) < checks.minEntropy) return false;
  return placeholderReason(secret) === null;
}
function contextHolds(pattern, text, start, end, floor) {
  if (pattern.context.length === 0) return true;
  const lineStart = lineStartOf(text, start, Math.max(floor, start - MAX_CONTEXT_CHARS));
  let headers;
  for (const requirement of pattern.context) {
    if (requirement.line && requirement.line.test(text.slice(lineStart, lineEndOf(text, end, end + MAX_CONTEXT_CHARS)))) return true;
    if (requirement.parent) {
      headers ??= enclosingHeaders(text, lineStart, floor);
      const parent = requirement.parent;
      if (headers.some((h) => parent.test(h))) return true;
    }
    if (requirement.near && requirement.near.regex.test(surroundingLines(text, start, end, requirement.near.lines, floor))) return true;
  }
  return false;
}
function findCandidates(regions, text, from, to) {
  const found = [];
  for (const [rule, spans] of regions) {
    for (const pattern of rule.patterns) {
      const regex = pattern.regex;
      for (const [spanStart, spanEnd] of spans) {
        const lo = Math.max(from, spanStart);
        const hi = Math.min(to, spanEnd);
        const base = Math.max(0, lo - MAX_PATTERN_PREFIX);
        const window = base === 0 && hi + MAX_MATCH_TAIL >= text.length ? text : text.slice(base, hi + MAX_MATCH_TAIL);
        regex.lastIndex = 0;
        let match;
        while ((match = regex.exec(window)) !== null) {
          if (match.index + base >= hi) break;
          const span = match.indices?.[1];
          if (!span) continue;
          const start = span[0] + base;
          const end = span[1] + base;
          if (start < lo || start >= hi) continue;
          const secret = rule.secret.urlDecode ? percentDecode(text.slice(start, end)) : text.slice(start, end);
          if (!secretPasses(rule, secret)) continue;
          if (!contextHolds(pattern, text, start, end, 0)) continue;
          found.push({ rule, confidence: pattern.confidence, secret: detach(secret), start, end });
        }
      }
    }
  }
  return resolveOverlaps(found, [...regions.keys()]);
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/kernel-wasm.ts
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
  get: (local) => [32, ...uleb(local)],
  set: (local) => [33, ...uleb(local)],
  tee: (local) => [34, ...uleb(local)],
  i32: (value) => [65, ...sleb(value)],
  load8u: (offset = 0) => [45, 0, ...uleb(offset)],
  eqz: [69],
  eq: [70],
  ne: [71],
  ltS: [72],
  ltU: [73],
  gtU: [75],
  leU: [77],
  geU: [79],
  ctz: [104],
  popcnt: [105],
  add: [106],
  sub: [107],
  and: [113],
  or: [114],
  shl: [116],
  /** v128.load with no alignment promise and an offset. */
  vload: (offset = 0) => [...simd(0), 0, ...uleb(offset)],
  /** A v128 with `byte` in each of its 16 lanes. */
  vconst: (byte) => [...simd(12), ...new Array(16).fill(byte & 255)],
  splat8: simd(15),
  eq8: simd(35),
  ne8: simd(36),
  geU8: simd(44),
  vand: simd(78),
  vor: simd(80),
  anyTrue: simd(83),
  bitmask8: simd(100)
};
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var name = (text) => vec([...Buffer.from(text, "utf8")].map((b) => [b]));
function module(functions, pages) {
  const types = functions.map((f) => [96, ...vec(f.params.map((p) => [p])), ...vec(f.results.map((r) => [r]))]);
  const code = functions.map((f) => {
    const locals = vec(f.locals.map((type) => [1, type]));
    const body = [...locals, ...f.body.flat(), ...op.end];
    return [...uleb(body.length), ...body];
  });
  const exports = [
    [...name("memory"), 2, 0],
    ...functions.map((f, i) => [...name(f.name), 0, ...uleb(i)])
  ];
  return new Uint8Array([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, i) => uleb(i)))),
    ...section(5, vec([[0, ...uleb(pages)]])),
    ...section(7, vec(exports)),
    ...section(10, vec(code))
  ]);
}

// src/engine/kernel.ts
var PAGE = 64 * 1024;
var isLetter = (c) => c >= 97 && c <= 122;
function byteTrie(keywords, depth = Infinity) {
  const root = { next: /* @__PURE__ */ new Map(), terminal: false };
  for (const word of keywords) {
    let node = root;
    for (const c of word.slice(0, depth)) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, child = { next: /* @__PURE__ */ new Map(), terminal: false });
      node = child;
    }
    node.terminal = true;
  }
  return root;
}
function verifyAt(keywords, p, end, result, byte) {
  const code = [op.block()];
  const walk = (node, depth, exit) => {
    if (node.terminal) {
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
  walk(byteTrie(keywords), 0, 0);
  code.push(op.end);
  return code;
}
var FILTER_BYTES = 2;
function lastKeywordFunction(keywords) {
  const [ptr, len, end, i, mask, p, result] = [0, 1, 2, 3, 4, 5, 6];
  const raw = (k) => 7 + 2 * k;
  const folded = (k) => 8 + 2 * k;
  const emit = (node, depth) => {
    const code = [];
    let first = true;
    for (const [c, child] of node.next) {
      code.push(op.get(isLetter(c) ? folded(depth) : raw(depth)), op.vconst(c), op.eq8);
      if (!child.terminal && child.next.size) code.push(...emit(child, depth + 1), op.vand);
      if (!first) code.push(op.vor);
      first = false;
    }
    return code;
  };
  const candidates = emit(byteTrie(keywords, FILTER_BYTES), 0);
  const loads = [];
  for (let k = 0; k < FILTER_BYTES; k++) loads.push(op.get(i), op.vload(k), op.tee(raw(k)), op.vconst(32), op.vor, op.set(folded(k)));
  const verify = verifyAt(keywords, p, end, result, 7 + 2 * FILTER_BYTES);
  return {
    name: "lastKeyword",
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, ...new Array(2 * FILTER_BYTES).fill(T.v128), T.i32],
    body: [
      op.i32(-1),
      op.set(result),
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      op.get(ptr),
      op.set(i),
      // 16 positions at a time while the last lane's load stays inside [ptr, end).
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16 + FILTER_BYTES - 1),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      ...loads,
      ...candidates,
      op.bitmask8,
      op.tee(mask),
      op.if(),
      op.loop(),
      op.get(i),
      op.get(mask),
      op.ctz,
      op.add,
      op.set(p),
      ...verify,
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
      // The last few positions one by one.
      op.get(i),
      op.set(p),
      op.block(),
      op.loop(),
      op.get(p),
      op.get(end),
      op.geU,
      op.brIf(1),
      ...verify,
      op.get(p),
      op.i32(1),
      op.add,
      op.set(p),
      op.br(0),
      op.end,
      op.end,
      op.get(result)
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
var ByteKernel = class {
  constructor(fns) {
    this.fns = fns;
    this.view = Buffer.from(fns.memory.buffer);
  }
  fns;
  view;
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
};
function kernelBinary(keywords) {
  const words = [...new Set(keywords.map((k) => k.toLowerCase()))].map((k) => [...k].map((ch) => ch.charCodeAt(0)));
  return module([lastKeywordFunction(words), countFunction(), utf16Function()], 2);
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
      return new _KernelPool(api, new api.Module(kernelBinary(keywords)));
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

// src/engine/stream.ts
var LOOKBACK = 16 * 1024;
var KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
var LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
var OVERLAP = 4 * 1024;
var MAX_PIECE = 256 * 1024;
var NEWLINE = 10;
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
var StreamScanner = class {
  /** `kernel: false` searches without the byte kernel, as where WebAssembly is missing (for tests). */
  constructor(rules, { kernel = true } = {}) {
    this.rules = rules;
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
    this.length += chunk.length;
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
    if (this.keywordInWindow()) {
      const text = window.bytes().toString("latin1", 0, this.length);
      const regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH);
      if (regions.size) matches = this.locate(text, from, to, regions);
    }
    if (final) return matches;
    const bytes = window.bytes().subarray(0, this.length);
    this.line += window.count(from, to, NEWLINE);
    const lastNewline = bytes.lastIndexOf(NEWLINE, to - 1);
    this.column = lastNewline >= from ? window.utf16Units(lastNewline + 1, to) : this.column + window.utf16Units(from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = keepFrom > 0 ? bytes.indexOf(NEWLINE, keepFrom) : -1;
    if (firstNewline >= 0 && firstNewline < to) keepFrom = firstNewline + 1;
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
    for (const c of findCandidates(regions, text, from, to)) {
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
        inlineAllowed: allowed
      });
    }
    return matches;
  }
};
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
init_define_PDGUARD_BUILTIN_PATTERNS();
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/util/size.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var UNITS = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!match || match[3] && !match[2] && match[3].toLowerCase() === "ib") {
    return new Error(`"${text}" is not a size: write a number of bytes, or one with a unit such as 500KB, 10MB or 1GB`);
  }
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) return new Error(`"${text}" is too large a size`);
  return bytes;
}
function formatSize(bytes) {
  for (const [unit, factor] of [["TB", 2 ** 40], ["GB", 2 ** 30], ["MB", 2 ** 20], ["KB", 2 ** 10]]) {
    if (bytes >= factor) return `${Number((bytes / factor).toFixed(1))} ${unit}`;
  }
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

// src/sources/read.ts
var CHUNK_SIZE = 64 * 1024;
var readBuffer;
var EMPTY = Buffer.alloc(0);
var SNIFF_SIZE = 8 * 1024;
function sniffEncoding(head) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return { encoding: "utf-8", bom: 3 };
  if (head[0] === 255 && head[1] === 254) return { encoding: "utf-16le", bom: 0 };
  if (head[0] === 254 && head[1] === 255) return { encoding: "utf-16be", bom: 0 };
  const sniff = head.length > SNIFF_SIZE ? head.subarray(0, SNIFF_SIZE) : head;
  if (sniff.includes(0)) return { encoding: "binary", bom: 0 };
  return { encoding: "utf-8", bom: 0 };
}
function transcoder(encoding) {
  if (encoding === "utf-8") return (chunk) => chunk;
  const decoder = new TextDecoder(encoding);
  return (chunk, last) => Buffer.from(decoder.decode(chunk, { stream: !last }), "utf8");
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
  scanner;
  matches = [];
  convert;
  head;
  binary = false;
  bytes = 0;
  constructor(rules) {
    this.scanner = new StreamScanner(rules);
  }
  /** False once the content is known to be binary: the rest need not be read. */
  get wantsMore() {
    return !this.binary;
  }
  push(chunk) {
    if (this.binary || chunk.length === 0) return;
    if (!this.convert) {
      this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (this.head.length < SNIFF_SIZE) {
        if (this.head === chunk) this.head = Buffer.from(chunk);
        return;
      }
      chunk = this.start();
      if (this.binary) return;
    }
    this.feed(chunk, false);
  }
  /** The content ends with `last` (if given): scanned with what is left as one final region. */
  end(last = EMPTY) {
    if (!this.binary && !this.convert) {
      const head = this.head ? Buffer.concat([this.head, last]) : last;
      this.head = head;
      last = head.length ? this.start() : EMPTY;
    }
    if (this.binary) return { kind: "skipped", skip: "binary", reason: "binary" };
    if (this.convert) this.feed(last, true);
    else this.scanner.dispose();
    return { kind: "scanned", matches: this.matches, bytes: this.bytes };
  }
  /** Gives the window back when the content cannot be read to its end (a read error). */
  dispose() {
    this.scanner.dispose();
  }
  start() {
    const head = this.head;
    this.head = void 0;
    const { encoding, bom } = sniffEncoding(head);
    if (encoding === "binary") {
      this.binary = true;
      this.scanner.dispose();
      return head;
    }
    this.convert = transcoder(encoding);
    this.bytes += bom;
    return head.subarray(bom);
  }
  feed(chunk, last) {
    this.bytes += chunk.length;
    const text = this.convert(chunk, last);
    for (const m of last ? this.scanner.end(text) : this.scanner.push(text)) this.matches.push(m);
  }
};
function scanningSink(rules, done) {
  let content;
  let outcome;
  return {
    chunk: (data, last) => {
      content ??= new ContentScanner(rules);
      if (last) outcome = content.end(data);
      else content.push(data);
    },
    end: (size) => done(outcome ?? (content ??= new ContentScanner(rules)).end(), size)
  };
}
async function scanChunks(rules, chunks) {
  const content = new ContentScanner(rules);
  for await (const chunk of chunks) {
    content.push(chunk);
    if (!content.wantsMore) break;
  }
  return content.end();
}
function scanFile(rules, path, limits = {}) {
  let fd;
  let content;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: "skipped", skip: "not-a-file", reason: "not a regular file" };
    if (limits.maxFileSize !== void 0 && stat.size > limits.maxFileSize) return tooLarge(limits.maxFileSize);
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    content = new ContentScanner(rules);
    const buffer = readBuffer ??= Buffer.allocUnsafeSlow(CHUNK_SIZE);
    let total = 0;
    for (let first = true; content.wantsMore; first = false) {
      const chunk = readChunk(fd, buffer, first ? size : CHUNK_SIZE);
      total += chunk.length;
      if (chunk.length === 0 || first && chunk.length < size && total >= stat.size) return content.end(chunk);
      content.push(chunk);
    }
    return content.end();
  } catch (error) {
    content?.dispose();
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
function readChunk(fd, buffer, size) {
  return buffer.subarray(0, readSync(fd, buffer, 0, size, null));
}

export {
  CompiledRules,
  detach,
  StreamScanner,
  scanString,
  parseSize,
  describeReadError,
  scanningSink,
  scanChunks,
  scanFile
};
