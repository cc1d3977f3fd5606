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
  }
  rules;
  keywordRegex;
  rulesByKeyword = /* @__PURE__ */ new Map();
  alwaysOn;
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

// src/engine/stream.ts
var LOOKBACK = 16 * 1024;
var KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
var LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
var OVERLAP = 4 * 1024;
function countNewlines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
var StreamScanner = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  /** Text after the region scanned last: kept for the next one (look-ahead, partial line). */
  carry = "";
  lookback = "";
  /** Line number and column (UTF-16 units) at which the next region starts. */
  line = 1;
  column = 0;
  seenOnLine = /* @__PURE__ */ new Set();
  seenLine = 0;
  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk) {
    if (chunk.length === 0) return [];
    const newline = chunk.length > LOOKAHEAD ? chunk.lastIndexOf(10, chunk.length - LOOKAHEAD) : -1;
    const pending = this.carry + chunk.toString("latin1");
    if (newline >= 0) return this.scan(pending, this.carry.length + newline + 1);
    if (pending.length <= 2 * OVERLAP + LOOKAHEAD) {
      this.carry = pending;
      return [];
    }
    const earlier = pending.lastIndexOf("\n", pending.length - LOOKAHEAD);
    if (earlier >= 0) return this.scan(pending, earlier + 1);
    return this.scan(pending, pending.length - OVERLAP);
  }
  /**
   * No more bytes after `last`: scan what is left, in one region. A whole small file or blob given
   * here is scanned in one pass, with no look-back to read twice and no lines to count ahead.
   */
  end(last) {
    const pending = last?.length ? this.carry + last.toString("latin1") : this.carry;
    this.carry = "";
    return pending ? this.scan(pending, pending.length, true) : [];
  }
  scan(pending, cut, final = false) {
    const text = this.lookback + pending;
    const from = this.lookback.length;
    const to = from + cut;
    const regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH);
    const matches = regions.size ? this.locate(text, from, to, regions) : [];
    if (final) return matches;
    const lastNewline = text.lastIndexOf("\n", to - 1);
    this.line += countNewlines(text, from, to);
    this.column = lastNewline >= from ? utf16Length(text, lastNewline + 1, to) : this.column + utf16Length(text, from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = text.indexOf("\n", keepFrom);
    if (keepFrom > 0 && firstNewline >= 0 && firstNewline < to) keepFrom = firstNewline + 1;
    this.lookback = text.slice(keepFrom, to);
    this.carry = text.slice(to);
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
var CHUNK_SIZE = 1024 * 1024;
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
      if (this.head.length < SNIFF_SIZE) return;
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
    return { kind: "scanned", matches: this.matches, bytes: this.bytes };
  }
  start() {
    const head = this.head;
    this.head = void 0;
    const { encoding, bom } = sniffEncoding(head);
    if (encoding === "binary") {
      this.binary = true;
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
  const content = new ContentScanner(rules);
  let outcome;
  return {
    chunk: (data, last) => {
      if (last) outcome = content.end(data);
      else content.push(data);
    },
    end: (size) => done(outcome ?? content.end(), size)
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
function scanFile(rules, path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: "skipped", skip: "not-a-file", reason: "not a regular file" };
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    const content = new ContentScanner(rules);
    let total = 0;
    for (let first = true; content.wantsMore; first = false) {
      const chunk = readChunk(fd, first ? size : CHUNK_SIZE);
      total += chunk.length;
      if (chunk.length === 0 || first && chunk.length < size && total >= stat.size) return content.end(chunk);
      content.push(chunk);
    }
    return content.end();
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
function readChunk(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  const bytesRead = readSync(fd, buffer, 0, size, null);
  return bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
}

export {
  CompiledRules,
  detach,
  StreamScanner,
  scanString,
  describeReadError,
  scanningSink,
  scanChunks,
  scanFile
};
