import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobScan,
  LISTING,
  OidSet,
  OidTable,
  PACK_WINDOWS,
  SizeGate,
  allWithin,
  exitOf,
  gitComplaint,
  listBlobs,
  listCommits,
  runGit,
  spawnGit,
  tipsOf
} from "./chunk-GNATTIKC.js";
import {
  CompiledRules,
  READING,
  detach,
  evidencePath,
  require_node_os
} from "./chunk-NJSAVU44.js";
import {
  compilePatternFile,
  loadPatterns,
  version,
  yaml
} from "./chunk-3OF4ZJQA.js";
import {
  compareFindings,
  crypto,
  entryExists,
  refuseLinkedPath,
  secretHashOf,
  sha256,
  toFindings,
  writeFileSafely
} from "./chunk-UMANLS7D.js";
import {
  BASELINE_LIMIT,
  CACHE_LIMIT,
  CONFIG_LIMIT,
  POINTER_LIMIT,
  RefusedRead,
  readBoundedBytesIfPresent,
  readBoundedFile,
  readBoundedIfPresent
} from "./chunk-5JXGAFC6.js";
import {
  ConfigError,
  InputError,
  PdguardError,
  UsageError,
  errorMessage,
  jsonSyntaxProblem,
  require_node_path
} from "./chunk-VH4LJVUL.js";
import {
  __commonJS,
  __require,
  __toESM,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunk-AHMNODDD.js";

// builtin-required:node:string_decoder
var require_node_string_decoder = __commonJS({
  "builtin-required:node:string_decoder"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:string_decoder");
  }
});

// builtin-required:node:crypto
var require_node_crypto = __commonJS({
  "builtin-required:node:crypto"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:crypto");
  }
});

// src/config/config.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/util/suggest.ts
init_define_PDGUARD_BUILTIN_KERNEL();
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

// src/sources/globs.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/glob-match.ts
init_define_PDGUARD_BUILTIN_KERNEL();
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
    doc = yaml().parse(text);
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
  const dir = from ?? (0, import_node_path.dirname)((0, import_node_path.resolve)(file));
  const target = (0, import_node_path.resolve)(dir, value);
  if (!confined) return target;
  const outside = (base, path) => {
    const rel = (0, import_node_path.relative)(base, path);
    return rel === "" || rel === ".." || rel.startsWith(`..${import_node_path.sep}`) || (0, import_node_path.isAbsolute)(rel);
  };
  if ((0, import_node_path.isAbsolute)(value) || outside(dir, target)) throw outsideItsDirectory(file, key, value);
  if (from !== void 0) return target;
  let realDir = dir;
  try {
    realDir = (0, import_node_fs.realpathSync)(dir);
  } catch {
  }
  let realTarget = target;
  try {
    realTarget = (0, import_node_fs.realpathSync)(target);
  } catch {
    realTarget = (0, import_node_path.resolve)(realDir, (0, import_node_path.relative)(dir, target));
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
  for (let at = (0, import_node_path.resolve)(dir); ; ) {
    const dotGit = (0, import_node_path.join)(at, ".git");
    try {
      const stat = (0, import_node_fs.statSync)(dotGit);
      const owned = uid === null || stat.uid === uid;
      const real = stat.isDirectory() ? entryExists((0, import_node_path.join)(dotGit, "HEAD")) : stat.isFile() && isGitdirPointer(dotGit);
      if (owned && real) return at;
    } catch {
    }
    const parent = (0, import_node_path.dirname)(at);
    if (parent === at) return null;
    at = parent;
  }
}
function findConfig(root, explicit) {
  if (explicit) return loadConfig(explicit);
  const own = (0, import_node_path.join)(root, CONFIG_FILE_NAME);
  if (entryExists(own)) return loadConfig(own, { confined: true });
  const top = workTreeTop(root);
  if (top !== null && top !== (0, import_node_path.resolve)(root)) {
    const atTop = (0, import_node_path.join)(top, CONFIG_FILE_NAME);
    if (entryExists(atTop)) return loadConfig(atTop, { confined: true });
  }
  return EMPTY_CONFIG;
}

// src/pipeline/run.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/config/rules.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function configPatternRules(config) {
  return (config.patterns ?? []).flatMap((file) => {
    let text;
    try {
      text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !config.confined });
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${config.file}: patterns: ${file} not read: it ${error.message}`);
      throw new ConfigError(`${config.file}: patterns: cannot read ${file} (${error.code ?? errorMessage(error)})`);
    }
    return compilePatternFile(file, text);
  });
}
function selectRules(base, config, selection = {}) {
  const all = [...base];
  const ids = new Map(all.map((r) => [r.id, r.source]));
  for (const rule of configPatternRules(config)) {
    const first = ids.get(rule.id);
    if (first !== void 0) throw new ConfigError(`${rule.source}: rule '${rule.id}': id already defined in ${first}`);
    ids.set(rule.id, rule.source);
    all.push(rule);
  }
  const known = (id, where, error) => {
    if (!ids.has(id)) throw error(`${where}: no rule has the id '${id}' (pdguard rules lists them)`);
  };
  for (const id of config.disableRules ?? []) known(id, `${config.file}: rules.disable`, (m) => new ConfigError(m));
  for (const id of selection.enable ?? []) known(id, "--enable-rule", (m) => new UsageError(m));
  for (const id of selection.disable ?? []) known(id, "--disable-rule", (m) => new UsageError(m));
  const enable = new Set(selection.enable ?? []);
  const disable = /* @__PURE__ */ new Set([...enable.size ? [] : config.disableRules ?? [], ...selection.disable ?? []]);
  const chosen = all.filter((r) => (enable.size === 0 || enable.has(r.id)) && !disable.has(r.id));
  if (chosen.length === 0) throw new UsageError("the rule selection leaves no rule to run: nothing would be scanned (see --enable-rule, --disable-rule and rules.disable)");
  return chosen;
}

// src/pipeline/run.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
async function runScan(source, options = {}) {
  const started = performance.now();
  const config = options.config ?? findConfig(source.configRoot, options.configFile);
  const rules = selectRules(options.rules ?? loadPatterns(), config, { enable: options.enableRules ?? [], disable: options.disableRules ?? [] });
  const raw = [];
  const skipped = [];
  const seenInFile = /* @__PURE__ */ new Set();
  const configExcluded = globMatcher(config.exclude);
  const totals = await source.scan(
    new CompiledRules(rules),
    { include: options.include ?? [], exclude: options.exclude ?? [] },
    {
      matches: (matches, where) => {
        const excluded = configExcluded(where.path);
        for (const found of toFindings(matches, where.path, where.commit)) {
          const occurrence = excluded ? { ...found, excluded } : found;
          if (where.file !== void 0) {
            const group = `${found.finding.secretHash}\0${where.file}`;
            const { finding, ...state } = occurrence;
            const alike = `${group}\0${finding.fingerprint}\0${JSON.stringify(state)}`;
            if (seenInFile.has(alike)) continue;
            seenInFile.add(alike);
            occurrence.group = group;
          }
          raw.push(occurrence);
        }
      },
      skipped: (skip) => {
        if (!configExcluded(skip.path) && !configExcluded(skip.path.replace(/ \([0-9a-f]{12}\)$/, ""))) skipped.push(skip);
      },
      progress: (progress) => options.onProgress?.(progress)
    }
  );
  const scan = {
    mode: source.mode,
    root: source.root,
    config: config.file,
    bytesScanned: totals.bytes,
    filesScanned: totals.files,
    commitsScanned: totals.commits,
    blobsScanned: totals.blobs,
    skipped: skipped.sort(byPath),
    durationMs: Math.round(performance.now() - started),
    ...totals.shallow !== void 0 ? { shallow: totals.shallow } : {},
    ...totals.revisions !== void 0 ? { revisions: totals.revisions } : {},
    ...totals.cached !== void 0 ? { cached: totals.cached } : {},
    ...totals.ignored !== void 0 ? { ignored: totals.ignored.count, ignoredPaths: totals.ignored.paths } : {},
    ...totals.warnings?.length ? { warnings: totals.warnings } : {}
  };
  return { scan, raw, rules, config };
}

// src/suppress/baseline.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function formatBaseline(findings) {
  const entries = findings.flatMap((f) => [f, ...f.otherPlaces ?? []]).map((f) => {
    const entry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path };
    if (f.commit) entry.commit = f.commit.sha;
    return entry;
  }).sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1].fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique }, null, 2)}
`;
}
function writeBaseline(file, findings) {
  const text = formatBaseline(findings);
  try {
    writeFileSafely(file, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new ConfigError(`${file}: cannot write baseline (${error.code ?? errorMessage(error)})`);
  }
  return JSON.parse(text).findings.length;
}
function readBaseline(file, { followLinks = true } = {}) {
  let text;
  try {
    text = readBoundedFile(file, BASELINE_LIMIT, { followLinks });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== "missing") throw new ConfigError(`${file}: baseline not read: it ${error.message}`);
    const code = error.code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? errorMessage(error)}); create one with --write-baseline`);
  }
  return parseBaseline(file, text);
}
function parseBaseline(file, text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read baseline (${jsonSyntaxProblem(error)}); create one with --write-baseline`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}

// src/pipeline/settle.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/suppress.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function isAllowed(finding, config) {
  return config.allow.some(
    (a) => a.secretHash !== void 0 && a.secretHash === finding.secretHash || a.fingerprint !== void 0 && a.fingerprint === finding.fingerprint
  );
}
function suppressionOf({ finding, inlineAllowed, excluded }, { config, baseline }) {
  if (inlineAllowed) return "inline";
  if (excluded) return "exclude";
  if (isAllowed(finding, config)) return "allow";
  if (baseline?.has(finding.fingerprint)) return "baseline";
  return null;
}
function applySuppressions(findings, suppressions) {
  const kept = [];
  const suppressed = [];
  const reported = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const added = suppressions.added;
  for (const raw of findings) {
    const own = added?.findings.has(raw) ?? false;
    const by = suppressionOf(own && !added.honour ? { ...raw, inlineAllowed: false } : raw, suppressions);
    const marked = own ? { ...raw.finding, addedAllow: added.honour ? "honoured" : "refused" } : raw.finding;
    const group = raw.group;
    if (by) {
      const finding = { ...marked, suppressedBy: by };
      if (group === void 0) suppressed.push(finding);
      else if (!hidden.has(group)) hidden.set(group, finding);
      continue;
    }
    const first = group === void 0 ? void 0 : reported.get(group);
    if (first) (first.otherPlaces ??= []).push(marked);
    else {
      const finding = { ...marked };
      kept.push(finding);
      if (group !== void 0) reported.set(group, finding);
    }
  }
  for (const [group, finding] of hidden) if (!reported.has(group)) suppressed.push(finding);
  return { findings: kept, suppressed };
}

// src/pipeline/source.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var isUnreadable = (skip) => skip.kind === "unreadable";
var NOTHING_SCANNED = { bytes: 0, files: 0, commits: 0, blobs: 0 };

// src/pipeline/settle.ts
async function settle(scanned, options = {}) {
  const configured = scanned.config.baseline;
  const baseline = options.ignoreBaseline ? null : options.baseline ?? (configured ? readBaseline(configured, { followLinks: !scanned.config.confined }) : null);
  const review = options.inlineReview;
  const added = review ? { findings: await review.added(scanned.raw.filter((r) => r.inlineAllowed), scanned.rules), honour: review.honour } : void 0;
  const { findings, suppressed } = applySuppressions(scanned.raw, { config: scanned.config, baseline, ...added ? { added } : {} });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  let verified = findings;
  if (options.verify && findings.length) {
    const { verifyFindings } = await import("./verify-GDT6V7T6.js");
    verified = await verifyFindings(findings, scanned.rules, options.verify);
  }
  const counts = { inline: 0, exclude: 0, allow: 0, baseline: 0 };
  for (const f of suppressed) counts[f.suppressedBy]++;
  return {
    scan: { ...scanned.scan, suppressed: counts },
    findings: verified,
    suppressed,
    incomplete: scanned.scan.skipped.some(isUnreadable),
    rules: scanned.rules
  };
}

// src/audit/audit-repository.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/exposure.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/refs.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function refKind(name) {
  if (name.startsWith("refs/heads/")) return "branch";
  if (name.startsWith("refs/tags/")) return "tag";
  if (name.startsWith("refs/remotes/")) return "remote";
  return "other";
}
var KIND_ORDER = { branch: 0, tag: 1, remote: 2, other: 3 };
function compareRefs(defaultBranch) {
  return (a, b) => Number(b === defaultBranch) - Number(a === defaultBranch) || KIND_ORDER[refKind(a)] - KIND_ORDER[refKind(b)] || (a < b ? -1 : a > b ? 1 : 0);
}
function pullRequestForge(name) {
  if (/^refs\/pull\/\d+\/(head|merge)$/.test(name)) return "GitHub";
  if (/^refs\/merge-requests\/\d+\/(head|merge|train)$/.test(name)) return "GitLab";
  return null;
}
function keptByForge(refs) {
  const kept = refs.filter((r) => pullRequestForge(r) !== null);
  if (!kept.length) return null;
  const forges = [...new Set(kept.map((r) => pullRequestForge(r)))].join(" and ");
  return `reachable from ${kept.join(", ")}: ${forges} keeps pull request refs; deleting the branch does not remove it; rotate`;
}

// src/audit/exposure.ts
async function git(repo, args, input) {
  const child = spawnGit(repo.dir, [...LISTING, ...args]);
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  child.stdin.on("error", () => {
  });
  child.stdin.end(input ?? "");
  const { code, stderr } = await exitOf(child);
  if (code !== 0) {
    const command = args.find((a) => !a.startsWith("-")) ?? "git";
    throw new InputError(`${repo.dir}: git ${command} failed while computing exposure: ${gitComplaint(stderr)}`);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function findDefaultBranch(repo) {
  const symbolic = async (name) => {
    const run = await runGit(repo.dir, ["symbolic-ref", "-q", name]);
    const target = run.stdout.trim();
    return run.code === 0 && target ? target : null;
  };
  const exists = async (name) => (await runGit(repo.dir, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`])).code === 0;
  if (repo.bare) {
    const head2 = await symbolic("HEAD");
    if (head2 && await exists(head2)) return head2;
  }
  const originHead = await symbolic("refs/remotes/origin/HEAD");
  if (originHead && await exists(originHead)) return originHead;
  for (const name of ["refs/heads/main", "refs/heads/master", "refs/remotes/origin/main", "refs/remotes/origin/master"]) {
    if (await exists(name)) return name;
  }
  const head = await symbolic("HEAD");
  return head && await exists(head) ? head : null;
}
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function placesHolding(repo, holders, places) {
  const held = places.map(() => false);
  if (!holders.size || !places.length) return held;
  const plain = places.flatMap((p, i) => p.path.includes("\n") ? [] : [i]);
  if (plain.length) {
    const out = (await git(repo, ["cat-file", "--batch-check=%(objectname)"], plain.map((i) => `${places[i].commit}:${places[i].path}
`).join(""))).split("\n");
    plain.forEach((i, n) => {
      const oid = out[n];
      held[i] = OID.test(oid) && holders.has(oid);
    });
  }
  for (const [i, p] of places.entries()) {
    if (!p.path.includes("\n")) continue;
    const entry = await git(repo, ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", p.commit, "--", p.path]);
    held[i] = entry.split("\0").some((e) => holders.has(e.slice(e.indexOf(" ") + 1).split(/[ \t]/)[1] ?? ""));
  }
  return held;
}
async function treeHolding(repo, commit, wanted) {
  const found = /* @__PURE__ */ new Set();
  if (!wanted.size) return found;
  const child = spawnGit(repo.dir, [...LISTING, "ls-tree", "-r", "-z", "--full-tree", commit]);
  child.stdin.end();
  let rest = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    const records = (rest + chunk).split("\0");
    rest = records.pop();
    for (const record of records) {
      const oid = record.slice(0, record.indexOf("	")).split(" ")[2];
      if (oid && wanted.has(oid)) found.add(oid);
    }
  });
  const { code, stderr } = await exitOf(child);
  if (code !== 0) throw new InputError(`${repo.dir}: git ls-tree failed while computing exposure: ${gitComplaint(stderr)}`);
  return found;
}
async function commitsTouching(repo, from, tip, path, line) {
  const walk = line === "first-parent" ? ["--first-parent"] : ["--full-history", "--topo-order"];
  const out = await git(repo, ["--literal-pathspecs", "rev-list", ...walk, "--ancestry-path", "--reverse", "--format=%aI%x00%an%x00%ae", `${from}..${tip}`, "--", path]);
  const commits = [];
  const lines = out.split("\n");
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const sha = lines[i].replace(/^commit /, "");
    const [date, author, email] = lines[i + 1].split("\0");
    commits.push({ sha, date, author, email });
  }
  return commits;
}
async function removalOnLine(repo, holders, intro, tip, line) {
  const touching = await commitsTouching(repo, intro.commit.sha, tip, intro.path, line);
  if (!touching.length) return null;
  const holding = await placesHolding(repo, holders, touching.map((c) => ({ commit: c.sha, path: intro.path })));
  let held = true;
  let removal = null;
  for (const [i, c] of touching.entries()) {
    const holds = holding[i];
    if (held && !holds) removal = c;
    held = holds;
  }
  return held ? null : removal;
}
var point = (c) => ({
  sha: c.sha,
  date: c.date,
  ...c.author !== void 0 ? { author: c.author } : {},
  ...c.email !== void 0 ? { email: c.email } : {}
});
var byDate = (a, b) => Date.parse(a.date) - Date.parse(b.date);
async function repositoryExposure(input) {
  const { repo, holders, defaultBranch } = input;
  const introductions = [...input.introductions].sort((a, b) => byDate(a.commit, b.commit));
  const first = introductions[0];
  const tips = /* @__PURE__ */ new Map();
  const reaches = /* @__PURE__ */ new Map();
  for (const sha of new Set(introductions.map((i) => i.commit.sha))) {
    for (const ref of input.graph.refsContaining(sha, input.tips)) {
      tips.set(ref.name, ref);
      const list = reaches.get(ref.name) ?? [];
      list.push(...introductions.filter((i) => i.commit.sha === sha));
      reaches.set(ref.name, list);
    }
  }
  const defaultTip = defaultBranch ? input.tips.find((t) => t.name === defaultBranch) : void 0;
  const onDefaultBranch = defaultTip !== void 0 && [...holders].some((blob) => input.onDefaultTip.has(blob));
  if (onDefaultBranch) tips.set(defaultTip.name, defaultTip);
  const refs = [...tips.keys()].sort(compareRefs(defaultBranch));
  const paths = [...new Set(introductions.map((i) => i.path))];
  const others = refs.filter((name) => name !== defaultBranch);
  const places = others.flatMap((name) => paths.map((path) => ({ name, commit: tips.get(name).commit, path })));
  const held = await placesHolding(repo, holders, places);
  const holding = new Set(places.filter((_, i) => held[i]).map((p) => p.name));
  if (onDefaultBranch) holding.add(defaultBranch);
  const presentAt = refs.filter((name) => holding.has(name));
  let removed = null;
  const local = defaultBranch?.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/");
  const primary = refs.find((r) => r === defaultBranch) ?? refs.find((r) => r === local) ?? refs[0];
  if (primary && !presentAt.includes(primary)) {
    const removals = [];
    for (const intro of reaches.get(primary) ?? []) {
      const tip = tips.get(primary).commit;
      const removal = await removalOnLine(repo, holders, intro, tip, "first-parent") ?? await removalOnLine(repo, holders, intro, tip, "all");
      if (removal) removals.push(removal);
    }
    const last = removals.sort(byDate).at(-1);
    if (last) removed = point(last);
  }
  const published = refs.length > 0 && (repo.bare || refs.some((r) => refKind(r) === "remote" || refKind(r) === "tag"));
  const remedy = refs.length === 0 ? "none" : refs.every((r) => pullRequestForge(r) !== null) ? "forge-keeps" : published ? "rewrite-history" : "delete-file";
  return {
    repository: input.repository,
    introduced: first ? point({ sha: first.commit.sha, date: first.commit.date, author: first.commit.author, email: first.commit.email }) : null,
    removed,
    refs,
    presentAt,
    onDefaultBranch,
    defaultBranch,
    published,
    remedy
  };
}

// src/audit/graph.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
async function gitLines(repo, args, onLine) {
  const child = spawnGit(repo.dir, [...LISTING, ...args]);
  child.stdin.end();
  let rest = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    for (const line of lines) if (line) onLine(line);
  });
  const { code, stderr } = await exitOf(child);
  if (rest) onLine(rest);
  if (code !== 0) throw new InputError(`${repo.dir}: git ${args[0]} failed while computing exposure: ${gitComplaint(stderr)}`);
}
async function readRefTips(repo) {
  const tips = [];
  await gitLines(repo, ["for-each-ref", "--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(symref)"], (line) => {
    const [name, type, object, peeledType, peeled, symref] = line.split("\0");
    if (symref) return;
    const commit = type === "commit" ? object : peeledType === "commit" ? peeled : null;
    if (commit) tips.push({ name, kind: refKind(name), commit });
  });
  return tips;
}
var CommitGraph = class _CommitGraph {
  constructor(index, children) {
    this.index = index;
    this.children = children;
  }
  index;
  children;
  static async read(repo) {
    const index = /* @__PURE__ */ new Map();
    const children = [];
    const id = (sha) => {
      let n = index.get(sha);
      if (n === void 0) {
        n = children.length;
        index.set(sha, n);
        children.push([]);
      }
      return n;
    };
    await gitLines(repo, ["rev-list", "--all", "--parents"], (line) => {
      const [sha, ...parents] = line.split(" ");
      const self = id(sha);
      for (const parent of parents) children[id(parent)].push(self);
    });
    return new _CommitGraph(index, children);
  }
  /** The refs whose history holds `commit`. */
  refsContaining(commit, tips) {
    const start = this.index.get(commit);
    if (start === void 0) return [];
    const seen = new Uint8Array(this.children.length);
    const queue = [start];
    seen[start] = 1;
    while (queue.length) {
      for (const child of this.children[queue.pop()]) {
        if (!seen[child]) {
          seen[child] = 1;
          queue.push(child);
        }
      }
    }
    return tips.filter((t) => {
      const n = this.index.get(t.commit);
      return n !== void 0 && seen[n] === 1;
    });
  }
};

// src/sources/history.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/repo.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// src/git/advice.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var SHALLOW_FIX = "run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)";

// src/git/hazards.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var GIT_READS = ["HEAD", "config", "index", "commondir", "packed-refs", "shallow", "objects/info/alternates", "config.worktree"];
var INCLUDE = /^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim;
function gitDirOf(dir) {
  for (let at = (0, import_node_path2.resolve)(dir); ; at = (0, import_node_path2.dirname)(at)) {
    const dotGit = (0, import_node_path2.join)(at, ".git");
    if ((0, import_node_fs2.existsSync)(dotGit)) {
      try {
        if (!(0, import_node_fs2.statSync)(dotGit).isFile()) return dotGit;
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedIfPresent(dotGit, POINTER_LIMIT) ?? "");
        return pointer ? (0, import_node_path2.resolve)(at, pointer[1]) : null;
      } catch {
        return null;
      }
    }
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(at, "HEAD")) && (0, import_node_fs2.existsSync)((0, import_node_path2.join)(at, "objects"))) return at;
    if ((0, import_node_path2.dirname)(at) === at) return null;
  }
}
function gitWouldWait(dir) {
  const gitDir = gitDirOf(dir);
  if (gitDir === null) return null;
  const dirs = [gitDir];
  try {
    const common = readBoundedIfPresent((0, import_node_path2.join)(gitDir, "commondir"), POINTER_LIMIT)?.trim();
    if (common) dirs.push((0, import_node_path2.isAbsolute)(common) ? common : (0, import_node_path2.resolve)(gitDir, common));
  } catch {
    return `${(0, import_node_path2.join)(gitDir, "commondir")} is not a regular file`;
  }
  for (const at of dirs) {
    for (const name of GIT_READS) {
      const path = (0, import_node_path2.join)(at, name);
      try {
        if (!(0, import_node_fs2.statSync)(path).isFile()) return `${path} is not a regular file`;
      } catch {
      }
    }
    let config = null;
    try {
      config = readBoundedIfPresent((0, import_node_path2.join)(at, "config"), CONFIG_LIMIT);
    } catch {
      return `${(0, import_node_path2.join)(at, "config")} cannot be read as a configuration`;
    }
    for (const match of (config ?? "").matchAll(INCLUDE)) {
      const target = match[1];
      if (target.startsWith("~")) continue;
      const path = (0, import_node_path2.isAbsolute)(target) ? target : (0, import_node_path2.resolve)(at, target);
      try {
        if (!(0, import_node_fs2.statSync)(path).isFile()) return `${path}, which ${(0, import_node_path2.join)(at, "config")} includes, is not a regular file`;
      } catch {
      }
    }
  }
  return null;
}

// src/git/repo.ts
async function openRepo(dir) {
  const absolute = (0, import_node_path3.resolve)(dir);
  if (!(0, import_node_fs3.existsSync)(absolute) || !(0, import_node_fs3.statSync)(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const hazard = gitWouldWait(absolute);
  if (hazard) throw new InputError(`${dir}: git would wait forever on this repository (${hazard}), so it is not run there`);
  const ask = (args) => runGit(absolute, ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", ...args]);
  let answer = await ask(["--show-toplevel"]);
  if (answer.code !== 0 && /must be run in a work tree/i.test(answer.stderr)) answer = await ask([]);
  if (answer.code !== 0) {
    if (/not a git repository/i.test(answer.stderr)) throw new InputError(`${dir}: not a git repository (run pdguard in a repository, or pass --repo DIR)`);
    throw new InputError(`${dir}: git cannot read this repository: ${gitComplaint(answer.stderr)}`);
  }
  const [bare, shallow, gitDir, top] = answer.stdout.split("\n").map((l) => l.trim());
  if (bare === "true" || !top) return { dir: gitDir, gitDir, bare: true, shallow: shallow === "true" };
  return { dir: top, gitDir, bare: false, shallow: shallow === "true" };
}
var MAX_SHALLOW_FILE = 64 * 1024 * 1024;
async function historyView(dir) {
  const { code, stdout } = await runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"]);
  if (code !== 0) return null;
  try {
    const boundary = readBoundedBytesIfPresent(stdout.trim(), MAX_SHALLOW_FILE);
    return boundary === null || boundary.length === 0 ? "whole" : `shallow:${crypto().createHash("sha256").update(boundary).digest("hex")}`;
  } catch {
    return null;
  }
}

// src/history/attribute.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_os = __toESM(require_node_os(), 1);

// src/git/log.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_string_decoder = __toESM(require_node_string_decoder(), 1);
var LOG_FORMAT = "--format=%x01%H%x00%an%x00%ae%x00%aI%x00";
var RawLogParser = class {
  constructor(events) {
    this.events = events;
  }
  events;
  /**
   * The unfinished token, in pieces: a token split over many reads (a 16 MB author name) is
   * joined once, when its NUL comes, and only new text is searched, so parsing stays linear.
   */
  pending = [];
  state = { kind: "idle" };
  // Keeps a UTF-8 character split across two reads whole.
  decoder = new import_node_string_decoder.StringDecoder("utf8");
  push(data) {
    const text = this.decoder.write(data);
    let start = 0;
    for (let nul = text.indexOf("\0"); nul >= 0; nul = text.indexOf("\0", start)) {
      const piece = text.slice(start, nul);
      if (this.pending.length) {
        this.pending.push(piece);
        this.token(this.pending.join(""));
        this.pending = [];
      } else this.token(piece);
      start = nul + 1;
    }
    if (start < text.length) this.pending.push(text.slice(start));
  }
  end() {
    const rest = this.pending.join("") + this.decoder.end();
    if (rest) this.token(rest);
    this.pending = [];
  }
  token(raw) {
    const state = this.state;
    if (state.kind === "header") {
      state.fields.push(raw);
      if (state.fields.length === 4) {
        const [sha, author, email, date] = state.fields.map(detach);
        this.events.commit({ sha, author, email, date });
        this.state = { kind: "idle" };
      }
      return;
    }
    if (state.kind === "paths") {
      state.paths.push(raw);
      if (state.paths.length === state.want) {
        const [, , , newBlob, status] = state.meta;
        const newMode = state.meta[1];
        this.events.change({
          status,
          newMode,
          newBlob: detach(newBlob),
          oldPath: state.want === 2 ? detach(state.paths[0]) : null,
          path: detach(state.paths[state.want - 1]),
          ...state.combined ? { combined: true } : {}
        });
        this.state = { kind: "idle" };
      }
      return;
    }
    const token = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (token.startsWith("")) {
      this.state = { kind: "header", fields: [token.slice(1)] };
    } else if (token.startsWith("::")) {
      const parents = token.length - token.replace(/^:+/, "").length;
      const fields = token.slice(parents).split(" ");
      const meta = ["", fields[parents], "", fields[2 * parents + 1], fields[2 * parents + 2] ?? ""];
      this.state = { kind: "paths", meta, paths: [], want: 1, combined: true };
    } else if (token.startsWith(":")) {
      const meta = token.slice(1).split(" ");
      const status = meta[4] ?? "";
      this.state = { kind: "paths", meta, paths: [], want: status.startsWith("R") || status.startsWith("C") ? 2 : 1 };
    }
  }
};

// src/history/attribute.ts
var NULL_BLOB = /^0+$/;
var GITLINK = "160000";
var FIND_OBJECT_LIMIT = 2e3;
var CHUNK = 4096;
var WORKERS = Math.min(2, (0, import_node_os.availableParallelism)());
var DIFFING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=8m", "-c", "core.deltaBaseCacheLimit=8m"];
async function findOccurrences(dir, commits, blobs, walk = {}) {
  if (blobs.size === 0) return [];
  const find = (walk.complete ?? true) && blobs.size <= FIND_OBJECT_LIMIT ? [...blobs].map((oid) => `--find-object=${oid}`) : [];
  const found = await readChanges(dir, commits, find, (change) => blobs.has(change.newBlob), walk.chunk);
  return found.map(({ change, commit, merge }) => ({
    blob: change.newBlob,
    path: change.path,
    commit,
    added: change.combined ? /^A+$/.test(change.status) : change.status.startsWith("A"),
    merge
  }));
}
async function blobsChangedIn(dir, commits, walk = {}) {
  const changed = /* @__PURE__ */ new Set();
  await readChanges(dir, commits, [], (change) => (changed.add(change.newBlob), false), walk.chunk);
  return changed;
}
async function readChanges(dir, commits, extra, keep, size = CHUNK) {
  const chunks = Math.ceil(commits.length / size);
  const answers = new Array(chunks);
  let taken = 0;
  let failed = false;
  const worker = async () => {
    while (taken < chunks && !failed) {
      const chunk = taken++;
      const start = chunk * size;
      const ids = commits.hexLines(null, start, Math.min(start + size, commits.length));
      try {
        answers[chunk] = await logChunk(dir, ids, extra, keep);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(WORKERS, chunks) }, worker);
  const settled = await Promise.allSettled(workers);
  const failure = settled.find((s) => s.status === "rejected");
  if (failure) throw failure.reason;
  return answers.flat();
}
async function logChunk(dir, ids, extra, keep) {
  const log = spawnGit(dir, [
    ...DIFFING,
    "-c",
    "log.showRoot=true",
    "log",
    "--no-walk=unsorted",
    "--stdin",
    "-c",
    "--no-renames",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-notes",
    LOG_FORMAT,
    ...extra,
    "--"
  ]);
  log.stdin.on("error", () => {
  });
  log.stdin.end(ids);
  const exit = exitOf(log);
  const kept = [];
  let commit = null;
  let merge = false;
  const parser = new RawLogParser({
    commit: (c) => {
      commit = c;
      merge = false;
    },
    change: (change) => {
      if (change.combined) merge = true;
      if (!commit || change.status.startsWith("D") || NULL_BLOB.test(change.newBlob)) return;
      if (change.newMode === GITLINK) return;
      if (keep(change)) kept.push({ change, commit, merge });
    }
  });
  log.stdout.on("data", (data) => parser.push(data));
  const ended = new Promise((resolve5) => log.stdout.on("end", resolve5));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  parser.end();
  if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
  return kept;
}

// src/history/cache.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var FORMAT = "pdguard-history-cache";
var SCHEMA = 3;
var emptyCache = () => ({ selection: "", view: null, tips: [], commits: 0, clean: OidSet.EMPTY, findings: /* @__PURE__ */ new Map(), occurrences: [] });
function defaultCachePath(gitDir) {
  return (0, import_node_path4.join)(gitDir, "pdguard", "history-cache.json");
}
function rulesKey(rules) {
  const text = JSON.stringify(rules, (_key, value) => value instanceof RegExp ? `/${value.source}/${value.flags}` : value);
  return (0, import_node_crypto.createHash)("sha256").update(text).digest("hex");
}
var OID2 = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function hasher(seal) {
  return seal.key ? (0, import_node_crypto.createHmac)("sha256", seal.key) : (0, import_node_crypto.createHash)("sha256");
}
function* sealedText(fields, clean, seal) {
  const body = JSON.stringify({ ...fields, clean: "" });
  const hash = hasher(seal);
  const open = body.slice(0, -2);
  hash.update(open);
  yield open;
  for (const piece of clean.hexPieces()) {
    hash.update(piece);
    yield piece;
  }
  hash.update('"}');
  yield `","check":"${hash.digest("hex")}"}`;
}
function sealIntact(text, check, seal) {
  if (typeof check !== "string" || !/^[0-9a-f]{64}$/.test(check)) return false;
  const tail = `,"check":"${check}"}`;
  return text.endsWith(tail) && hasher(seal).update(text.slice(0, -tail.length)).update("}").digest("hex") === check;
}
function userSeal(env = process.env) {
  try {
    const base = env.XDG_CACHE_HOME || (0, import_node_path4.join)((0, import_node_os2.homedir)(), ".cache");
    const dir = (0, import_node_path4.join)(base, "pdguard");
    const file = (0, import_node_path4.join)(dir, "history-cache-key");
    (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
    try {
      if ((0, import_node_fs4.lstatSync)(file).isSymbolicLink()) return { key: null };
      const key = Buffer.from(readBoundedFile(file, POINTER_LIMIT).trim(), "hex");
      if (key.length >= 32) return { key };
    } catch {
    }
    const fresh = (0, import_node_crypto.randomBytes)(32);
    const fd = (0, import_node_fs4.openSync)(file, import_node_fs4.constants.O_WRONLY | import_node_fs4.constants.O_CREAT | import_node_fs4.constants.O_EXCL | import_node_fs4.constants.O_NOFOLLOW, 384);
    try {
      (0, import_node_fs4.writeSync)(fd, fresh.toString("hex"));
    } finally {
      (0, import_node_fs4.closeSync)(fd);
    }
    return { key: fresh };
  } catch {
    return { key: null };
  }
}
function loadCache(path, pdguard, rules, seal) {
  let text;
  try {
    text = readBoundedFile(path, CACHE_LIMIT);
  } catch (error) {
    if (error instanceof RefusedRead && error.kind === "missing") return { cache: emptyCache() };
    if (error instanceof RefusedRead && error.kind === "link") return { cache: emptyCache(), warning: `history cache ${path} is a symbolic link: not read` };
    if (error instanceof RefusedRead) return { cache: emptyCache(), warning: `history cache ${path} not read: it ${error.message}; starting over` };
    return { cache: emptyCache(), warning: `history cache ${path} cannot be read (${error.code ?? "error"}): starting over` };
  }
  const unusable = (why) => ({ cache: emptyCache(), warning: `history cache ${path} ${why}: ignored, starting over` });
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return unusable("is not valid JSON");
  }
  if (typeof stored !== "object" || stored === null || stored.format !== FORMAT) return unusable("is not a pdguard history cache");
  if (stored.schema !== SCHEMA || stored.pdguard !== pdguard) return { cache: emptyCache(), warning: `history cache ${path} is from another pdguard version: starting over` };
  if (stored.rules !== rules) return { cache: emptyCache(), warning: `history cache ${path} was made with other rules: starting over` };
  if (!sealIntact(text, stored.check, seal)) return unusable(seal.key ? "was not written by your pdguard, or was truncated or edited" : "does not match its checksum (truncated or edited)");
  const clean = valid(stored) ? OidSet.fromHex(stored.clean, stored.width) : null;
  if (!clean) return unusable("is malformed");
  return {
    cache: {
      selection: stored.selection,
      view: stored.view,
      tips: stored.tips,
      commits: stored.commits,
      clean,
      findings: new Map(stored.findings),
      occurrences: stored.occurrences
    }
  };
}
function valid(s) {
  const isOid = (v) => typeof v === "string" && OID2.test(v);
  return typeof s.selection === "string" && (s.view === null || typeof s.view === "string") && Array.isArray(s.tips) && s.tips.every(isOid) && Number.isSafeInteger(s.commits) && s.commits >= 0 && typeof s.clean === "string" && typeof s.width === "number" && Array.isArray(s.findings) && s.findings.every((f) => Array.isArray(f) && isOid(f[0]) && Array.isArray(f[1])) && Array.isArray(s.occurrences) && s.occurrences.every(
    (o) => o !== null && typeof o === "object" && isOid(o.blob) && typeof o.path === "string" && typeof o.file === "string" && typeof o.added === "boolean" && typeof o.merge === "boolean" && o.commit !== null && typeof o.commit === "object" && isOid(o.commit.sha) && typeof o.commit.author === "string" && typeof o.commit.email === "string" && typeof o.commit.date === "string"
  );
}
function saveCache(path, cache, pdguard, rules, seal) {
  const fields = {
    format: FORMAT,
    schema: SCHEMA,
    pdguard,
    rules,
    selection: cache.selection,
    view: cache.view,
    tips: cache.tips,
    commits: cache.commits,
    width: cache.clean.width,
    findings: [...cache.findings],
    occurrences: cache.occurrences
  };
  try {
    refuseLinkedPath(path);
    (0, import_node_fs4.mkdirSync)((0, import_node_path4.dirname)(path), { recursive: true, mode: 448 });
    writeFileSafely(path, sealedText(fields, cache.clean, seal), { mode: 384 });
    return void 0;
  } catch (error) {
    if (error instanceof PdguardError) return `${error.message}: history cache not written`;
    return `history cache ${path} could not be written (${error.code ?? String(error)})`;
  }
}

// src/history/pack-order.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);

// src/history/delta-order.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs5 = __toESM(require_node_fs(), 1);
var OFS_DELTA = 6;
var REF_DELTA = 7;
var PACK_HEADER = 12;
var WINDOW = 64 * 1024;
var GAP = 4 * 1024;
var ROUNDS = 64;
var EXTRA_NODES = 4096;
var REF_ROUNDS = 8;
function deltaOrder(pack, hashBytes, offsets, locate2, starts) {
  const identity = () => Uint32Array.from({ length: offsets.length }, (_, i) => i);
  if (offsets.length < 2) return identity();
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(pack, import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NONBLOCK);
  } catch {
    return identity();
  }
  try {
    const stat = (0, import_node_fs5.fstatSync)(fd);
    if (!stat.isFile()) return identity();
    const graph = new DeltaGraph(offsets);
    if (!graph.valid) return identity();
    const reader = new HeaderReader(fd, stat.size, hashBytes);
    if (!reader.isPack()) return identity();
    graph.link(reader, locate2);
    return graph.depthFirst(starts);
  } catch {
    return identity();
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
var DeltaGraph = class {
  offsets;
  base = [];
  at = /* @__PURE__ */ new Map();
  wanted;
  valid = true;
  constructor(offsets) {
    this.wanted = offsets.length;
    this.offsets = Array.from(offsets);
    for (let i = 0; i < this.offsets.length; i++) {
      const offset = this.offsets[i];
      if (this.at.has(offset) || i > 0 && offset <= this.offsets[i - 1]) this.valid = false;
      this.at.set(offset, i);
      this.base.push(-1);
    }
  }
  /** The node at `offset`, added if it is new; -1 (no base known) once the graph holds as many nodes as it may. */
  node(offset, fresh) {
    let node = this.at.get(offset);
    if (node === void 0) {
      if (this.offsets.length >= 2 * this.wanted + EXTRA_NODES) return -1;
      node = this.offsets.length;
      this.offsets.push(offset);
      this.base.push(-1);
      this.at.set(offset, node);
      fresh.push(node);
    }
    return node;
  }
  /** Read the headers of every node, round by round as bases outside the set are added. */
  link(reader, locate2) {
    let round = Array.from({ length: this.offsets.length }, (_, i) => i);
    for (let r = 0; r < ROUNDS && round.length; r++) {
      const fresh = [];
      const refs = [];
      round.sort((a, b) => this.offsets[a] - this.offsets[b]);
      reader.start(round.map((n) => this.offsets[n]));
      for (const node of round) {
        const header = reader.header(this.offsets[node]);
        if (header === null) continue;
        if (typeof header === "number") this.base[node] = this.node(header, fresh);
        else refs.push({ node, id: header });
      }
      if (refs.length && r < REF_ROUNDS) this.resolve(refs, locate2, fresh);
      round = fresh;
    }
  }
  /** REF_DELTA bases: their ids looked up in the index in one pass. */
  resolve(refs, locate2, fresh) {
    refs.sort((a, b) => a.id.compare(b.id));
    const unique = [];
    const which = refs.map(({ id }) => {
      if (!unique.length || !unique[unique.length - 1].equals(id)) unique.push(id);
      return unique.length - 1;
    });
    const offsetOf = new Float64Array(unique.length).fill(-1);
    locate2(Buffer.concat(unique), (k, offset) => offsetOf[k] = offset);
    refs.forEach(({ node }, i) => {
      const offset = offsetOf[which[i]];
      if (offset >= PACK_HEADER && offset !== this.offsets[node]) this.base[node] = this.node(offset, fresh);
    });
  }
  /**
   * The wanted nodes, depth first from each root in offset order; any a cycle hides, after, in
   * offset order. `starts`, if given, gets a 1 at each position that begins a delta tree: no blob
   * from there on is made from one before it, so two readers may split the order there without
   * both inflating the same bases.
   */
  depthFirst(starts) {
    const count = this.offsets.length;
    const byOffset = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) => this.offsets[a] - this.offsets[b]);
    const first = new Uint32Array(count + 1);
    for (const parent of this.base) if (parent >= 0) first[parent + 1]++;
    for (let i = 0; i < count; i++) first[i + 1] += first[i];
    const fill = first.slice(0, count);
    const children = new Uint32Array(first[count]);
    for (const node of byOffset) {
      const parent = this.base[node];
      if (parent >= 0) children[fill[parent]++] = node;
    }
    const order = new Uint32Array(this.wanted);
    let emitted = 0;
    const visited = new Uint8Array(count);
    const stack = [];
    const visit = (root) => {
      if (starts && emitted < this.wanted) starts[emitted] = 1;
      stack.push(root);
      while (stack.length) {
        const node = stack.pop();
        if (visited[node]) continue;
        visited[node] = 1;
        if (node < this.wanted) order[emitted++] = node;
        for (let c = first[node + 1] - 1; c >= first[node]; c--) stack.push(children[c]);
      }
    };
    for (const node of byOffset) if (this.base[node] === -1) visit(node);
    for (const node of byOffset) {
      if (visited[node] || node >= this.wanted) continue;
      if (starts) starts[emitted] = 1;
      order[emitted++] = node;
    }
    return order;
  }
};
var HeaderReader = class {
  constructor(fd, size, hashBytes) {
    this.fd = fd;
    this.size = size;
    this.hashBytes = hashBytes;
  }
  fd;
  size;
  hashBytes;
  buffer = Buffer.allocUnsafe(WINDOW);
  windowStart = 0;
  windowEnd = 0;
  offsets = [];
  next = 0;
  isPack() {
    if (!this.fill(0, PACK_HEADER) || this.windowEnd < PACK_HEADER) return false;
    const version2 = this.buffer.readUInt32BE(4);
    return this.buffer.toString("latin1", 0, 4) === "PACK" && (version2 === 2 || version2 === 3);
  }
  /** The offsets (ascending) this round will ask for: a window spans those close together. */
  start(offsets) {
    this.offsets = offsets;
    this.next = 0;
    this.windowStart = this.windowEnd = 0;
  }
  /**
   * The base of the object at `offset`: its offset (OFS_DELTA), its id (REF_DELTA), or null for
   * an object stored whole or a header that cannot be read.
   */
  header(offset) {
    while (this.next < this.offsets.length && this.offsets[this.next] <= offset) this.next++;
    const need = 32 + this.hashBytes;
    if (offset < PACK_HEADER || offset >= this.size) return null;
    if (offset < this.windowStart || offset + need > this.windowEnd) {
      let end = offset + need;
      for (let i = this.next; i < this.offsets.length; i++) {
        const o = this.offsets[i];
        if (o - (end - need) > GAP || o + need - offset > WINDOW) break;
        end = o + need;
      }
      if (!this.fill(offset, end - offset)) return null;
    }
    const b = this.buffer;
    let p = offset - this.windowStart;
    const limit = this.windowEnd - this.windowStart;
    let c = b[p++];
    const type = c >> 4 & 7;
    for (let n = 0; c & 128; n++) {
      if (p >= limit || n >= 10) return null;
      c = b[p++];
    }
    if (type === OFS_DELTA) {
      if (p >= limit) return null;
      c = b[p++];
      let back = c & 127;
      for (let n = 0; c & 128; n++) {
        if (p >= limit || n >= 7) return null;
        c = b[p++];
        back = (back + 1) * 128 + (c & 127);
      }
      const base = offset - back;
      return base >= PACK_HEADER && base < offset ? base : null;
    }
    if (type === REF_DELTA) return p + this.hashBytes <= limit ? Buffer.from(b.subarray(p, p + this.hashBytes)) : null;
    return null;
  }
  /** Read `length` bytes (fewer at the end of the file) from `position` into the window. */
  fill(position, length) {
    const want = Math.min(length, WINDOW, this.size - position);
    let got = 0;
    while (got < want) {
      const n = (0, import_node_fs5.readSync)(this.fd, this.buffer, got, want - got, position + got);
      if (n === 0) break;
      got += n;
    }
    this.windowStart = position;
    this.windowEnd = position + got;
    return got > 0;
  }
};

// src/history/pack-order.ts
var MAGIC = 4285812579;
var HEADER = 8;
var PACK_HEADER2 = 12;
var FANOUT = 256 * 4;
var BLOCK = 16 * 1024;
async function packPlan(dir, oids) {
  const starts = new Uint8Array(oids.length).fill(1);
  const inOrder = () => ({ order: Uint32Array.from({ length: oids.length }, (_, i) => i), starts });
  if (oids.length < 2) return inOrder();
  const hashBytes = oids.width;
  const packs = await packIndexes(dir, hashBytes);
  if (packs.length === 0) return inOrder();
  const sorted = oids.sortedOrder();
  const wanted = Buffer.allocUnsafe(sorted.length * hashBytes);
  const ids = oids.raw;
  sorted.forEach((index, k) => ids.copy(wanted, k * hashBytes, index * hashBytes, (index + 1) * hashBytes));
  const place = new Float64Array(oids.length).fill(Infinity);
  for (const [rank, file] of packs.entries()) {
    try {
      locate(file, hashBytes, wanted, (k, offset) => {
        const index = sorted[k];
        if (place[index] === Infinity && offset < 2 ** 40) place[index] = rank * 2 ** 40 + offset;
      });
    } catch {
    }
  }
  const order = inOrder().order.sort((a, b) => place[a] - place[b] || a - b);
  for (let start = 0; start < order.length && place[order[start]] !== Infinity; ) {
    const rank = Math.floor(place[order[start]] / 2 ** 40);
    let end = start;
    while (end < order.length && place[order[end]] !== Infinity && Math.floor(place[order[end]] / 2 ** 40) === rank) end++;
    const run = order.slice(start, end);
    const file = packs[rank];
    const offsets = Float64Array.from(run, (index) => place[index] - rank * 2 ** 40);
    const trees = new Uint8Array(run.length);
    const within = deltaOrder(`${file.slice(0, -".idx".length)}.pack`, hashBytes, offsets, (ids2, found) => locate(file, hashBytes, ids2, found), trees);
    if (within.length === run.length) {
      for (let i = 0; i < within.length; i++) order[start + i] = run[within[i]];
      if (trees[0] === 1) starts.set(trees, start);
    }
    start = end;
  }
  return { order, starts };
}
var MAX_STORES = 16;
var MAX_PACKS = 4096;
var MAX_ENTRIES = 64 * 1024;
var MAX_ALTERNATES_FILE = 64 * 1024;
async function packIndexes(dir, hashBytes) {
  const { code, stdout } = await runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "objects"]);
  if (code !== 0) return [];
  const objects = stdout.trim();
  const seen = /* @__PURE__ */ new Set();
  const once = (path) => {
    const real = realPath(path);
    if (real === null || seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const stores = [objects, ...alternates(objects)].filter(once).slice(0, MAX_STORES);
  const indexes = [];
  for (const store of stores) {
    for (const index of indexesIn((0, import_node_path5.join)(store, "pack"), hashBytes)) {
      if (indexes.length >= MAX_PACKS) return indexes;
      if (once(index)) indexes.push(index);
    }
  }
  return indexes;
}
function realPath(path) {
  try {
    return (0, import_node_fs6.realpathSync)(path);
  } catch {
    return null;
  }
}
function alternates(objects) {
  let text;
  try {
    const head = readBoundedBytesIfPresent((0, import_node_path5.join)(objects, "info", "alternates"), MAX_ALTERNATES_FILE);
    if (head === null) return [];
    text = head.toString("utf8");
  } catch {
    return [];
  }
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith('"')).map((line) => (0, import_node_path5.resolve)(objects, line));
}
function indexesIn(packDir, hashBytes) {
  const found = [];
  let folder;
  try {
    folder = (0, import_node_fs6.opendirSync)(packDir);
    for (let seen = 0, entry = folder.readSync(); entry !== null && seen < MAX_ENTRIES; seen++, entry = folder.readSync()) {
      if (!entry.name.endsWith(".idx") || found.length >= MAX_PACKS) continue;
      const path = (0, import_node_path5.join)(packDir, entry.name);
      const mtime = usableIndex(path, hashBytes);
      if (mtime !== null) found.push({ path, mtime });
    }
  } catch {
  } finally {
    folder?.closeSync();
  }
  return found.sort((a, b) => b.mtime - a.mtime).map((pack) => pack.path);
}
function usableIndex(path, hashBytes) {
  try {
    return withFile(path, (fd, size, mtime) => {
      if (size < HEADER + FANOUT + 2 * hashBytes) return null;
      const head = read(fd, 0, HEADER + FANOUT);
      if (head.readUInt32BE(0) !== MAGIC || head.readUInt32BE(4) !== 2) return null;
      for (let i = 1; i < 256; i++) if (head.readUInt32BE(HEADER + i * 4) < head.readUInt32BE(HEADER + (i - 1) * 4)) return null;
      const count = head.readUInt32BE(HEADER + 255 * 4);
      const small = HEADER + FANOUT + count * (hashBytes + 8) + 2 * hashBytes;
      const large = size - small;
      if (large < 0 || large % 8 !== 0 || large / 8 > count) return null;
      const pack = withFile(`${path.slice(0, -".idx".length)}.pack`, (packFd, packSize) => {
        if (packSize < PACK_HEADER2 + hashBytes + count) return false;
        const header = read(packFd, 0, PACK_HEADER2);
        return header.toString("latin1", 0, 4) === "PACK" && header.readUInt32BE(8) === count;
      });
      return pack ? mtime : null;
    });
  } catch {
    return null;
  }
}
function withFile(path, use) {
  const fd = (0, import_node_fs6.openSync)(path, import_node_fs6.constants.O_RDONLY | import_node_fs6.constants.O_NONBLOCK);
  try {
    const stat = (0, import_node_fs6.fstatSync)(fd);
    if (!stat.isFile()) throw new Error("not a file");
    return use(fd, stat.size, stat.mtimeMs);
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function locate(file, hashBytes, wanted, found) {
  withFile(file, (fd, size) => {
    const head = read(fd, 0, HEADER + FANOUT);
    if (head.readUInt32BE(0) !== MAGIC || head.readUInt32BE(4) !== 2) throw new Error("not a version 2 pack index");
    const count = head.readUInt32BE(HEADER + 255 * 4);
    const idsAt = HEADER + FANOUT;
    const offsetsAt = idsAt + count * (hashBytes + 4);
    const largeAt = offsetsAt + count * 4;
    if (largeAt + 2 * hashBytes > size) throw new Error("pack index too short");
    const hits = [];
    const total = wanted.length / hashBytes;
    let k = 0;
    for (let start = 0; start < count && k < total; start += BLOCK) {
      const n = Math.min(BLOCK, count - start);
      const ids = read(fd, idsAt + start * hashBytes, n * hashBytes);
      for (let i = 0; i < n && k < total; ) {
        const c = ids.compare(wanted, k * hashBytes, (k + 1) * hashBytes, i * hashBytes, (i + 1) * hashBytes);
        if (c === 0) {
          hits.push(start + i, k);
          i++;
          k++;
        } else if (c < 0) i++;
        else k++;
      }
    }
    let block = Buffer.alloc(0);
    let blockStart = -1;
    for (let h = 0; h < hits.length; h += 2) {
      const entry = hits[h];
      if (blockStart < 0 || entry >= blockStart + block.length / 4) {
        blockStart = entry;
        block = read(fd, offsetsAt + entry * 4, Math.min(BLOCK, count - entry) * 4);
      }
      const small = block.readUInt32BE((entry - blockStart) * 4);
      const offset = small & 2147483648 ? Number(read(fd, largeAt + (small & 2147483647) * 8, 8).readBigUInt64BE(0)) : small;
      found(hits[h + 1], offset);
    }
  });
}
function read(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = (0, import_node_fs6.readSync)(fd, buffer, got, length - got, position + got);
    if (n === 0) throw new Error("pack index ends early");
    got += n;
  }
  return buffer;
}

// src/history/renames.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_RENAMES = 64;
var RenameTracker = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  lastAdds = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  /** The file `path` at `commit` is a version of; `added` when that commit added the path. */
  async fileOf(path, commit, added, merge) {
    if (merge && added) return path;
    let adding = added ? commit : await this.lastAdd(commit, path);
    let file = path;
    for (let step = 0; adding && step < MAX_RENAMES; step++) {
      const from = (await this.renamesOf(adding)).get(file);
      if (from === void 0) break;
      file = from;
      adding = await this.lastAdd(`${adding}^`, file);
    }
    return file;
  }
  /** The latest commit before `rev` (inclusive) that added `path`, on the path's own line of history. */
  async lastAdd(rev, path) {
    const key = `${rev}\0${path}`;
    const known = this.lastAdds.get(key);
    if (known !== void 0) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS,
      "log",
      "-1",
      "--format=%H",
      "--diff-filter=A",
      "--no-renames",
      "--no-ext-diff",
      "--no-textconv",
      "--end-of-options",
      rev,
      "--",
      `:(literal)${path}`
    ]);
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    const sha = stdout.trim() || null;
    this.lastAdds.set(key, sha);
    return sha;
  }
  /** The renames one (non-merge) commit made: new path to old path. */
  async renamesOf(commit) {
    const known = this.sources.get(commit);
    if (known) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS,
      "diff-tree",
      "-r",
      "-M",
      "--raw",
      "-z",
      "--no-abbrev",
      "--no-commit-id",
      "--no-ext-diff",
      "--no-textconv",
      "--end-of-options",
      commit
    ]);
    if (code !== 0) throw new InputError(`git diff-tree failed: ${gitComplaint(stderr)}`);
    const renames = /* @__PURE__ */ new Map();
    const tokens = stdout.split("\0");
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i].replace(/^\n/, "");
      if (!meta.startsWith(":")) continue;
      const status = meta.split(" ")[4] ?? "";
      if (status.startsWith("R")) {
        renames.set(tokens[i + 2], tokens[i + 1]);
        i += 2;
      } else if (status.startsWith("C")) i += 2;
      else i += 1;
    }
    this.sources.set(commit, renames);
    return renames;
  }
};

// src/sources/history.ts
function historySource(options) {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...options.revs.length ? await scanHistoryBlobs(options, rules, pathFilter(filters), events) : NOTHING_SCANNED,
      shallow: options.repo.shallow,
      revisions: options.label
    })
  };
}
async function scanHistoryBlobs(options, rules, wanted, events) {
  const dir = options.repo.dir;
  const revs = options.revs;
  const warn = options.warn ?? (() => {
  });
  const key = sha256(`${rulesKey(rules.rules)} ${READING}`);
  const pdguard = version();
  let cache = emptyCache();
  const seal = options.cacheFile && options.cacheInGitDir ? userSeal() : { key: null };
  const cacheFile = options.cacheInGitDir && !seal.key ? void 0 : options.cacheFile;
  if (cacheFile) {
    const loaded = loadCache(cacheFile, pdguard, key, seal);
    if (loaded.warning) warn(loaded.warning);
    cache = loaded.cache;
  }
  const selection = JSON.stringify(revs);
  const walksWhole = !revs.some((rev) => rev.startsWith("^") || rev === "--not");
  const [tips, view] = cacheFile && walksWhole ? await Promise.all([tipsOf(dir, revs), historyView(dir)]) : [[], null];
  const reuse = walksWhole && view !== null && cache.view === view && cache.selection === selection && await allWithin(dir, cache.tips, revs);
  const newRevs = reuse ? [...revs, "--not", ...cache.tips] : revs;
  const unreadable = { count: 0 };
  const tracked = { ...events, skipped: (skip) => (unreadable.count++, events.skipped(skip)) };
  const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
  const commitsListed = listCommits(dir, newRevs).then((commits2) => (totals.commits = commits2.length, commits2));
  commitsListed.catch(() => {
  });
  const rescan = new OidTable();
  if (reuse) for (const oid of cache.findings.keys()) rescan.pushHex(oid);
  const held = OidSet.of(rescan);
  let vouched = 0;
  const known = (oids2, index) => oids2.isIn(cache.clean, index) ? (vouched++, true) : oids2.isIn(held, index);
  const list = await listBlobs(dir, newRevs, known, rescan, (path) => rules.readsPath(evidencePath(path)));
  if (!walksWhole) {
    const listed = OidSet.of(list.oids);
    for (const oid of await blobsChangedIn(dir, await commitsListed)) if (!listed.has(oid) && !cache.clean.has(oid) && !held.has(oid)) list.oids.pushHex(oid);
  }
  const oids = list.oids;
  const { order, starts } = await packPlan(dir, oids);
  const batch = Math.max(MIN_REQUESTS, Math.min(REQUESTS, Math.ceil(order.length / 16)));
  const scan = await BlobScan.open({
    dir,
    rules,
    totals,
    events: tracked,
    blobs: oids,
    // Content searched but not all readable as text (binary) is listed, yet is no unreadable skip.
    list: events.skipped,
    missing: (oid) => tracked.skipped(missingBlob(oid)),
    paths: list.paths,
    ...options.readers !== void 0 ? { lanes: options.readers } : {},
    room: 2 * batch
  });
  const limit = options.maxFileSize;
  const gate = limit === void 0 ? null : new SizeGate(dir, limit, (batch2) => scan.addAll(batch2), (oid, size) => (scan.tooLarge++, tracked.skipped(tooLargeBlob(oid, size, limit))));
  try {
    for (let start = 0; start < order.length; ) {
      let end = Math.min(start + batch, order.length);
      while (end < order.length && !starts[end] && end - start < 2 * batch) end++;
      const lines = oids.hexLines(order, start, end);
      if (gate) {
        if (!gate.push(lines)) await gate.drained();
      } else await scan.add(lines, end - start);
      start = end;
    }
    await gate?.close();
    await scan.close();
  } catch (error) {
    gate?.kill();
    scan.kill();
    throw error;
  }
  const commits = await commitsListed;
  for (const oid of list.missing) tracked.skipped(missingBlob(oid));
  const found = scan.found;
  const cached = reuse ? cache.occurrences.filter((o) => found.has(o.blob)) : [];
  const fresh = await attribute(dir, commits, found, list.missing.length === 0);
  for (const at of [...cached, ...fresh]) {
    if (wanted(at.path)) events.matches(found.get(at.blob), { path: at.path, commit: at.commit, file: at.file, blob: at.blob });
  }
  const placed = new Set([...cached, ...fresh].map((at) => at.blob));
  for (const [oid, matches] of found) if (!placed.has(oid)) events.matches(matches, { path: `blob ${oid}`, file: `blob ${oid}`, blob: oid });
  if (cacheFile && unreadable.count === 0) {
    const clean = OidSet.of(scan.clean, cache.clean);
    const next = walksWhole ? { selection, view, tips, commits: (reuse ? cache.commits : 0) + totals.commits, clean, findings: placesOf(found), occurrences: [...cached, ...fresh] } : (
      // A range: keep what the cache knew of its own walk; add this run's blob verdicts.
      { ...cache, clean, findings: new Map([...cache.findings, ...placesOf(found)]) }
    );
    const failed = saveCache(cacheFile, next, pdguard, key, seal);
    if (failed) warn(failed);
  }
  if (reuse || vouched) totals.cached = { commits: reuse ? cache.commits : 0, blobs: vouched };
  return totals;
}
var REQUESTS = 4096;
var MIN_REQUESTS = 16;
function placesOf(found) {
  return new Map(
    [...found].map(([oid, matches]) => [oid, matches.map((m) => ({ ruleId: m.rule.id, line: m.line, column: m.column, secretHash: secretHashOf(m) }))])
  );
}
function tooLargeBlob(oid, size, limit) {
  return { path: `blob ${oid}`, kind: "too-large", reason: `larger than --max-file-size ${formatSize(limit)} (${formatSize(size)})` };
}
function missingBlob(oid) {
  return {
    path: `blob ${oid}`,
    kind: "unreadable",
    reason: `unreadable: blob missing from the repository (a partial clone?); \`git log --all --find-object=${oid}\` shows where`
  };
}
async function attribute(dir, commits, found, complete) {
  if (found.size === 0) return [];
  const renames = new RenameTracker(dir);
  const out = [];
  for (const at of await findOccurrences(dir, commits, new Set(found.keys()), { complete })) {
    out.push({ ...at, file: await renames.fileOf(at.path, at.commit.sha, at.added, at.merge) });
  }
  return out;
}

// src/audit/audit-repository.ts
var EXPOSURE_CONCURRENCY = 4;
async function mapPool(items, limit, work) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
async function auditRepository(target, options, hooks = {}) {
  const { cache, maxFileSize, readers, baseline, ...common } = options;
  const hostile = target.cloned === true;
  if (hostile && !common.configFile) common.config = EMPTY_CONFIG;
  const cacheFile = cache === null ? void 0 : cache ?? defaultCachePath(target.repo.gitDir);
  const source = historySource({
    repo: target.repo,
    revs: ["--all"],
    mode: "history",
    root: target.path,
    label: "--all",
    ...cacheFile !== void 0 ? { cacheFile, cacheInGitDir: cache === void 0 } : {},
    ...hooks.onWarning ? { warn: hooks.onWarning } : {},
    ...maxFileSize !== void 0 ? { maxFileSize } : {},
    ...readers !== void 0 ? { readers } : {}
  });
  const holders = /* @__PURE__ */ new Map();
  const watched = {
    ...source,
    scan: (rules, filters, events) => source.scan(rules, filters, {
      ...events,
      matches: (matches, where) => {
        if (where.blob) {
          for (const m of matches) {
            const hash = secretHashOf(m);
            holders.set(hash, (holders.get(hash) ?? /* @__PURE__ */ new Set()).add(where.blob));
          }
        }
        events.matches(matches, where);
      }
    })
  };
  let last = { commits: 0, blobs: 0, bytes: 0 };
  const ran = await runScan(watched, {
    ...common,
    onProgress: (p) => {
      last = p;
      hooks.onProgress?.("scanning", p);
    }
  });
  const scanned = hostile ? { ...ran, raw: ran.raw.map((r) => ({ ...r, inlineAllowed: false })) } : ran;
  const result = await settle(scanned, { baseline: baseline ?? null });
  const defaultBranch = await findDefaultBranch(target.repo);
  hooks.onProgress?.("exposure", last);
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of result.findings) bySecret.set(f.secretHash, [...bySecret.get(f.secretHash) ?? [], f]);
  const exposures = /* @__PURE__ */ new Map();
  const graph = bySecret.size ? await CommitGraph.read(target.repo) : null;
  const tips = bySecret.size ? await readRefTips(target.repo) : [];
  const holdersOf = (hash) => holders.get(hash) ?? /* @__PURE__ */ new Set();
  const defaultTip = tips.find((t) => t.name === defaultBranch);
  const wanted = new Set([...bySecret.keys()].flatMap((hash) => [...holdersOf(hash)]));
  const onDefaultTip = defaultTip ? await treeHolding(target.repo, defaultTip.commit, wanted) : /* @__PURE__ */ new Set();
  await mapPool([...bySecret], EXPOSURE_CONCURRENCY, async ([hash, findings]) => {
    const introductions = findings.filter((f) => f.commit).map((f) => ({ path: f.path, commit: f.commit }));
    exposures.set(hash, await repositoryExposure({ repo: target.repo, graph, tips, repository: target.name, defaultBranch, holders: holdersOf(hash), onDefaultTip, introductions }));
  });
  return {
    repository: { name: target.name, path: target.path, remote: target.remote, forge: target.forge, defaultBranch, scan: result.scan },
    findings: result.findings,
    suppressed: result.suppressed.length,
    incomplete: result.incomplete,
    exposures
  };
}

export {
  compileGlob,
  matchParts,
  globMatcher,
  pathFilter,
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  parseConfig,
  loadConfig,
  findConfig,
  runScan,
  formatBaseline,
  writeBaseline,
  readBaseline,
  parseBaseline,
  isUnreadable,
  settle,
  gitWouldWait,
  SHALLOW_FIX,
  openRepo,
  require_node_crypto,
  defaultCachePath,
  historySource,
  compareRefs,
  keptByForge,
  mapPool,
  auditRepository
};
