import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-DJMTJGV3.js";
import {
  entryExists
} from "./chunk-3MH3OYKU.js";
import {
  CONFIG_LIMIT,
  ConfigError,
  POINTER_LIMIT,
  RefusedRead,
  errorMessage,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/config/config.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_yaml = __toESM(require_dist(), 1);
import { realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/util/suggest.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function closest(typed, known) {
  const limit = typed.length >= 5 ? 2 : 1;
  let best;
  let bestDistance = limit + 1;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(typed, known) {
  const guess = closest(typed, known);
  return guess ? `; did you mean ${guess}?` : "";
}
var HABITS = {
  "--json": "use --format json",
  "--sarif": "use --format sarif",
  "--report-format": "use --format FORMAT (text, json, sarif, github, html, \u2026)",
  "--report-path": "use --output FILE",
  "--redact": "secrets are redacted by default (--show-secrets prints them in full)",
  "--exit-code": "pdguard exits 1 on findings by default (--fail-on never reports without failing)",
  "--only-verified": "use --fail-on live: fail only on credentials verified live (it turns --verify on)",
  "--results": "use --fail-on live to fail only on credentials verified live",
  "--no-verification": "verification is off by default (--verify turns it on)",
  "--no-git": "pdguard scan reads files as they are; pdguard history reads the git history",
  "--source": "give the path as an argument: pdguard scan PATH (or history --repo DIR)",
  "--log-opts": "use --range A..B, --since REV or --branch REF",
  "--verbose": "use --debug to see what pdguard does"
};
function habit(option) {
  return HABITS[option.replace(/=.*$/, "")];
}

// src/sources/globs.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/glob-match.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var GLOBSTAR = /* @__PURE__ */ Symbol("**");
var SLASH = 47;
var POSIX_CLASSES = {
  alnum: (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122,
  alpha: (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 48 || c > 57 && c < 65 || c > 90 && c < 97 || c > 122 && c < 127,
  space: (c) => c === 32 || c >= 9 && c <= 13,
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102
};
function parseClass(glob, at) {
  let i = at + 1;
  const negated = glob[i] === "!" || glob[i] === "^";
  if (negated) i++;
  const singles = /* @__PURE__ */ new Set();
  const ranges = [];
  const named = [];
  let first = true;
  for (; i < glob.length; first = false) {
    const ch = glob[i];
    if (ch === "]" && !first) {
      const test = (code2) => {
        if (code2 === SLASH) return false;
        let hit = singles.has(code2);
        for (let r = 0; !hit && r < ranges.length; r++) hit = code2 >= ranges[r][0] && code2 <= ranges[r][1];
        for (let n = 0; !hit && n < named.length; n++) hit = named[n](code2);
        return hit !== negated;
      };
      return { test, end: i + 1 };
    }
    if (ch === "[" && glob[i + 1] === ":") {
      const close = glob.indexOf(":]", i + 2);
      const name = close < 0 ? void 0 : glob.slice(i + 2, close);
      const predicate = name === void 0 ? void 0 : POSIX_CLASSES[name];
      if (predicate) {
        named.push(predicate);
        i = close + 2;
        continue;
      }
    }
    let code;
    if (ch === "\\" && i + 1 < glob.length) {
      code = glob.charCodeAt(i + 1);
      i += 2;
    } else {
      code = glob.charCodeAt(i);
      i += 1;
    }
    if (glob[i] === "-" && i + 1 < glob.length && glob[i + 1] !== "]") {
      let high;
      if (glob[i + 1] === "\\" && i + 2 < glob.length) {
        high = glob.charCodeAt(i + 2);
        i += 3;
      } else {
        high = glob.charCodeAt(i + 1);
        i += 2;
      }
      ranges.push([code, high]);
    } else singles.add(code);
  }
  return null;
}
function parseSegment(text) {
  const tokens = [];
  let plain = "";
  let onlyPlain = true;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "*") {
      if (tokens.at(-1) !== "star") tokens.push("star");
      onlyPlain = false;
      i++;
    } else if (ch === "?") {
      tokens.push("any");
      onlyPlain = false;
      i++;
    } else if (ch === "[") {
      const cls = parseClass(text, i);
      if (!cls) return null;
      tokens.push(cls.test);
      onlyPlain = false;
      i = cls.end;
    } else if (ch === "\\" && i + 1 < text.length) {
      tokens.push(text.charCodeAt(i + 1));
      plain += text[i + 1];
      i += 2;
    } else {
      tokens.push(text.charCodeAt(i));
      plain += ch;
      i++;
    }
  }
  const segment = { tokens };
  if (onlyPlain) segment.literal = plain;
  else {
    const stars = tokens.filter((t) => t === "star").length;
    const literalTail = tokens.slice(1).every((t) => typeof t === "number");
    const literalHead = tokens.slice(0, -1).every((t) => typeof t === "number");
    if (stars === 1 && tokens[0] === "star" && literalTail) segment.suffix = String.fromCharCode(...tokens.slice(1));
    else if (stars === 1 && tokens.at(-1) === "star" && literalHead) segment.prefix = String.fromCharCode(...tokens.slice(0, -1));
  }
  return segment;
}
function splitSegments(glob) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      const cls = parseClass(glob, i);
      if (cls) i = cls.end - 1;
    } else if (ch === "/") {
      parts.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(glob.slice(start));
  return parts;
}
function compileGlob(glob) {
  const dirOnly = glob.endsWith("/") && !glob.endsWith("\\/");
  const body = dirOnly ? glob.replace(/\/+$/, "") : glob;
  const segments = [];
  let never = false;
  for (const part of splitSegments(body)) {
    if (part === "**") {
      if (segments.at(-1) !== GLOBSTAR) segments.push(GLOBSTAR);
      continue;
    }
    const segment = parseSegment(part);
    if (!segment) never = true;
    else segments.push(segment);
  }
  const globstars = segments.filter((seg) => seg === GLOBSTAR).length;
  const shape = globstars === 0 ? "fixed" : globstars === 1 && segments[0] === GLOBSTAR ? "tail" : "general";
  return { segments, shape, dirOnly, never };
}
function matchSegment(pattern, text) {
  if (pattern.literal !== void 0) return text === pattern.literal;
  if (pattern.suffix !== void 0) return text.endsWith(pattern.suffix);
  if (pattern.prefix !== void 0) return text.startsWith(pattern.prefix);
  const tokens = pattern.tokens;
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token === "star") {
      starP = p++;
      starT = t;
      continue;
    }
    if (token !== void 0) {
      const code = text.charCodeAt(t);
      const hit = typeof token === "number" ? code === token : token === "any" ? code !== SLASH : token(code);
      if (hit) {
        t++;
        p++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (tokens[p] === "star") p++;
  return p === tokens.length;
}
function matchParts(glob, parts, count, isDir) {
  if (glob.never || glob.dirOnly && !isDir) return false;
  const segments = glob.segments;
  if (glob.shape === "fixed" || glob.shape === "tail") {
    const fixed = glob.shape === "fixed" ? segments.length : segments.length - 1;
    if (glob.shape === "fixed" ? count !== fixed : count < fixed) return false;
    for (let i = 1; i <= fixed; i++) {
      if (!matchSegment(segments[segments.length - i], parts[count - i])) return false;
    }
    return true;
  }
  let memo;
  const matches = (p2, t2) => {
    memo ??= new Int8Array(segments.length * count);
    const key = p2 * count + t2;
    if (memo[key] === 0) memo[key] = matchSegment(segments[p2], parts[t2]) ? 1 : 2;
    return memo[key] === 1;
  };
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < count) {
    const segment = segments[p];
    if (segment === GLOBSTAR) {
      starP = p++;
      starT = t;
      continue;
    }
    if (segment !== void 0 && matches(p, t)) {
      t++;
      p++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (segments[p] === GLOBSTAR) p++;
  return p === segments.length;
}
var MAX_EXPANSIONS = 1024;
function expandBraces(glob) {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "\\") {
      i++;
      continue;
    }
    if (glob[i] !== "{") continue;
    let depth = 0;
    const commas = [];
    let close = -1;
    for (let j = i; j < glob.length; j++) {
      const ch = glob[j];
      if (ch === "\\") j++;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        close = j;
        break;
      } else if (ch === "," && depth === 1) commas.push(j);
    }
    if (close < 0) return [glob];
    if (commas.length === 0) continue;
    const head = glob.slice(0, i);
    const tail = glob.slice(close + 1);
    const bounds = [i, ...commas, close];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const expanded of expandBraces(`${head}${glob.slice(bounds[k] + 1, bounds[k + 1])}${tail}`)) {
        out.push(expanded);
        if (out.length > MAX_EXPANSIONS) throw new RangeError(`'${glob}' expands to more than ${MAX_EXPANSIONS} globs`);
      }
    }
    return out;
  }
  return [glob];
}

// src/sources/globs.ts
var MAX_GLOB_LENGTH = 4096;
function globProblem(glob) {
  if (glob.length > MAX_GLOB_LENGTH) return `a glob longer than ${MAX_GLOB_LENGTH} characters`;
  try {
    expandBraces(glob);
  } catch (error) {
    return error.message;
  }
  return null;
}
function rootedGlob(glob) {
  const negated = glob.startsWith("!");
  let body = negated ? glob.slice(1) : glob;
  if (body.startsWith("./")) body = body.slice(2);
  let anchored = false;
  if (body.startsWith("/")) {
    anchored = true;
    body = body.replace(/^\/+/, "");
  }
  if (!anchored && !body.replace(/\/+$/, "").includes("/") && body !== "**") body = `**/${body}`;
  return `${negated ? "!" : ""}${body}`;
}
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  const compiled = [];
  for (const glob of globs.map(rootedGlob)) {
    const negated = glob.startsWith("!");
    for (const one of expandBraces(negated ? glob.slice(1) : glob)) compiled.push({ glob: compileGlob(one), negated });
  }
  const test = (parts, count, isDir) => {
    for (const { glob, negated } of compiled) if (matchParts(glob, parts, count, isDir) !== negated) return true;
    return false;
  };
  return (path) => {
    const isDir = path.endsWith("/");
    const parts = (isDir ? path.slice(0, -1) : path).split("/");
    if (test(parts, parts.length, isDir)) return true;
    for (let count = 1; count < parts.length; count++) if (test(parts, count, true)) return true;
    return false;
  };
}
function pathFilter(filters) {
  const excluded = globMatcher(filters.exclude);
  const included = filters.include.length ? globMatcher(filters.include) : () => true;
  return (path) => included(path) && !excluded(path);
}

// src/config/config.ts
var CONFIG_FILE_NAME = ".pdguard.yaml";
var EMPTY_CONFIG = { file: null, exclude: [], allow: [] };
var TOP_KEYS = ["exclude", "allow", "baseline", "patterns", "rules", "inline-allow-in-pull-requests"];
var ALLOW_KEYS = ["secretHash", "fingerprint", "reason"];
var RULES_KEYS = ["disable"];
var isStringList = (value) => Array.isArray(value) && value.every((g) => typeof g === "string" && g !== "");
function parseConfig(file, text, options = {}) {
  const fail = (problem) => {
    throw new ConfigError(`${file}: ${problem}`);
  };
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    fail(`not valid YAML: ${errorMessage(error).split("\n")[0]}`);
  }
  if (doc === null || doc === void 0) return { ...EMPTY_CONFIG, file };
  if (typeof doc !== "object" || Array.isArray(doc)) return fail(`must be a YAML mapping (keys: ${TOP_KEYS.join(", ")})`);
  const dict = doc;
  for (const key of Object.keys(dict)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}'${didYouMean(key, TOP_KEYS)} (allowed: ${TOP_KEYS.join(", ")})`);
  }
  const exclude = dict.exclude ?? [];
  if (!isStringList(exclude)) fail(`'exclude' must be a list of glob strings`);
  for (const [i, glob] of exclude.entries()) {
    const problem = globProblem(glob);
    if (problem) fail(`exclude[${i}]: ${problem}`);
  }
  const allowList = dict.allow ?? [];
  if (!Array.isArray(allowList)) fail(`'allow' must be a list of entries with secretHash or fingerprint, and reason`);
  const allow = allowList.map((entry, i) => {
    const at = `allow[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(`${at} must be a mapping`);
    const e = entry;
    for (const key of Object.keys(e)) {
      if (!ALLOW_KEYS.includes(key)) fail(`unknown key '${key}' in ${at}${didYouMean(key, ALLOW_KEYS)} (allowed: ${ALLOW_KEYS.join(", ")})`);
    }
    for (const key of ["secretHash", "fingerprint"]) {
      if (e[key] !== void 0 && (typeof e[key] !== "string" || !/^[0-9a-f]{16,64}$/.test(e[key]))) {
        fail(`${at}.${key} must be a lower-case hex string as pdguard prints it`);
      }
    }
    if (e.secretHash === void 0 && e.fingerprint === void 0) fail(`${at} needs secretHash or fingerprint`);
    if (typeof e.reason !== "string" || e.reason.trim() === "") fail(`${at}.reason must say why this finding is allowed`);
    const result = { reason: e.reason };
    if (e.secretHash !== void 0) result.secretHash = e.secretHash;
    if (e.fingerprint !== void 0) result.fingerprint = e.fingerprint;
    return result;
  });
  const config = { file, exclude, allow };
  if (options.confined) config.confined = true;
  const fileOf = (key, value) => configPath(file, key, value, options.confined ?? false, options.dir);
  if (dict.baseline !== void 0 && dict.baseline !== null) {
    if (typeof dict.baseline !== "string" || dict.baseline === "") fail(`'baseline' must be the path of a baseline file (written by --write-baseline)`);
    config.baseline = fileOf("baseline", dict.baseline);
  }
  if (dict.patterns !== void 0 && dict.patterns !== null) {
    if (!isStringList(dict.patterns)) fail(`'patterns' must be a list of pattern file paths`);
    config.patterns = dict.patterns.map((p) => fileOf("patterns", p));
  }
  if (dict.rules !== void 0 && dict.rules !== null) {
    const rules = dict.rules;
    if (typeof rules !== "object" || Array.isArray(rules)) return fail(`'rules' must be a mapping such as { disable: [RULE-ID, ...] }`);
    for (const key of Object.keys(rules)) {
      if (!RULES_KEYS.includes(key)) fail(`unknown key '${key}' in rules${didYouMean(key, RULES_KEYS)} (allowed: ${RULES_KEYS.join(", ")})`);
    }
    const disable = rules.disable ?? [];
    if (!isStringList(disable)) fail(`'rules.disable' must be a list of rule ids (see pdguard rules)`);
    config.disableRules = disable;
  }
  const inline = dict["inline-allow-in-pull-requests"];
  if (inline !== void 0 && inline !== null) {
    if (typeof inline !== "boolean") fail(`'inline-allow-in-pull-requests' must be true or false`);
    config.inlineAllowInPullRequests = inline;
  }
  return config;
}
function configPath(file, key, value, confined, from) {
  const dir = from ?? dirname(resolve(file));
  const target = resolve(dir, value);
  if (!confined) return target;
  const outside = (base, path) => {
    const rel = relative(base, path);
    return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  if (isAbsolute(value) || outside(dir, target)) throw outsideItsDirectory(file, key, value);
  if (from !== void 0) return target;
  let realDir = dir;
  try {
    realDir = realpathSync(dir);
  } catch {
  }
  let realTarget = target;
  try {
    realTarget = realpathSync(target);
  } catch {
    realTarget = resolve(realDir, relative(dir, target));
  }
  if (outside(realDir, realTarget)) throw outsideItsDirectory(file, key, value);
  return target;
}
function outsideItsDirectory(file, key, value) {
  return new ConfigError(
    `${file}: ${key}: '${value}' is outside the directory of this configuration; a .pdguard.yaml found in the scanned tree may name only files inside it (or pass --config FILE)`
  );
}
function loadConfig(file, options = {}) {
  let text;
  try {
    text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !options.confined });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== "missing" && error.kind !== "unreadable") {
      const fix = error.kind === "link" ? " (a .pdguard.yaml in the tree must be a regular file; or pass --config FILE)" : "";
      throw new ConfigError(`${file}: configuration not read: it ${error.message}${fix}`);
    }
    throw new ConfigError(`${file}: cannot read configuration (${error instanceof RefusedRead ? error.code : error.code ?? errorMessage(error)})`);
  }
  return parseConfig(file, text, options);
}
function isGitdirPointer(dotGit) {
  try {
    return readBoundedFile(dotGit, POINTER_LIMIT).startsWith("gitdir:");
  } catch {
    return false;
  }
}
function workTreeTop(dir) {
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  for (let at = resolve(dir); ; ) {
    const dotGit = join(at, ".git");
    try {
      const stat = statSync(dotGit);
      const owned = uid === null || stat.uid === uid;
      const real = stat.isDirectory() ? entryExists(join(dotGit, "HEAD")) : stat.isFile() && isGitdirPointer(dotGit);
      if (owned && real) return at;
    } catch {
    }
    const parent = dirname(at);
    if (parent === at) return null;
    at = parent;
  }
}
function findConfig(root, explicit) {
  if (explicit) return loadConfig(explicit);
  const own = join(root, CONFIG_FILE_NAME);
  if (entryExists(own)) return loadConfig(own, { confined: true });
  const top = workTreeTop(root);
  if (top !== null && top !== resolve(root)) {
    const atTop = join(top, CONFIG_FILE_NAME);
    if (entryExists(atTop)) return loadConfig(atTop, { confined: true });
  }
  return EMPTY_CONFIG;
}

export {
  didYouMean,
  habit,
  compileGlob,
  matchParts,
  globProblem,
  globMatcher,
  pathFilter,
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  parseConfig,
  loadConfig,
  workTreeTop,
  findConfig
};
