import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  InputError,
  UsageError,
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs,
  require_node_module,
  require_node_path
} from "./chunk-OTAZTMIB.js";

// src/util/safe-write.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/util/crypto.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_module = __toESM(require_node_module(), 1);
var loaded;
function crypto() {
  loaded ??= (0, import_node_module.createRequire)(import.meta.url)("node:crypto");
  return loaded;
}

// src/util/safe-write.ts
function isLink(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function refuseLink(path) {
  if (isLink(path)) throw new InputError(`${path} is a symbolic link; pdguard never writes through one (replace it with a regular file, or remove it)`);
}
function isRegularFile(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isFile();
  } catch {
    return false;
  }
}
function entryExists(path) {
  try {
    (0, import_node_fs.lstatSync)(path);
    return true;
  } catch {
    return false;
  }
}
var isInside = (dir, path) => {
  const rel = (0, import_node_path.relative)(dir, path);
  return rel !== "" && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel);
};
function refuseLinkedPath(path, within) {
  refuseLink(path);
  linkOnTheWay(path, within);
}
function linkOnTheWay(path, within) {
  const absolute = (0, import_node_path.resolve)(path);
  const guard = within === void 0 ? null : (0, import_node_path.resolve)(within);
  const folders = [];
  for (let dir = (0, import_node_path.dirname)(absolute); ; dir = (0, import_node_path.dirname)(dir)) {
    folders.unshift(dir);
    if ((0, import_node_path.dirname)(dir) === dir) break;
  }
  let guarded = false;
  for (const dir of folders) {
    let stat;
    try {
      stat = (0, import_node_fs.lstatSync)(dir);
    } catch {
      break;
    }
    if (stat.isSymbolicLink()) {
      if (guarded || guard !== null && isInside(guard, dir)) {
        const shown = (0, import_node_path.relative)(process.cwd(), dir);
        throw new InputError(
          `cannot write ${path}: ${shown && !shown.startsWith("..") ? shown : dir} is a symbolic link inside the repository, and pdguard never writes through one (write somewhere else, or replace the link with a folder)`
        );
      }
      continue;
    }
    if (!guarded && entryExists((0, import_node_path.join)(dir, ".git"))) guarded = true;
  }
  return guarded || guard !== null && (absolute === guard || isInside(guard, absolute));
}
function writeFileSafely(path, content, options = {}) {
  const { mode = 420, makeParents = false, within, userNamed = false } = typeof options === "number" ? { mode: options } : options;
  const inRepository = linkOnTheWay(path, within);
  const dir = (0, import_node_path.dirname)((0, import_node_path.resolve)(path));
  if (userNamed && !inRepository) {
    if (makeParents) (0, import_node_fs.mkdirSync)(dir, { recursive: true });
    (0, import_node_fs.writeFileSync)(path, typeof content === "string" || Buffer.isBuffer(content) ? content : Buffer.concat([...content].map((p) => typeof p === "string" ? Buffer.from(p, "utf8") : p)));
    return;
  }
  refuseLink(path);
  if (makeParents) (0, import_node_fs.mkdirSync)(dir, { recursive: true });
  const temporary = (0, import_node_path.join)(dir, `.${(0, import_node_path.basename)(path)}.pdguard-${process.pid}-${crypto().randomBytes(4).toString("hex")}`);
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(temporary, import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL | import_node_fs.constants.O_NOFOLLOW, mode);
    const pieces = typeof content === "string" || Buffer.isBuffer(content) ? [content] : content;
    for (const piece of pieces) {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      for (let at = 0; at < bytes.length; ) at += (0, import_node_fs.writeSync)(fd, bytes, at, bytes.length - at);
    }
    (0, import_node_fs.fchmodSync)(fd, mode);
    (0, import_node_fs.closeSync)(fd);
    fd = void 0;
    (0, import_node_fs.renameSync)(temporary, path);
  } catch (error) {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
    (0, import_node_fs.rmSync)(temporary, { force: true });
    throw error;
  }
}

// src/pipeline/findings.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/pipeline/redact.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function redactSecret(secret, keep) {
  const prefix = keep?.exec(secret)?.[0] ?? "";
  const body = secret.slice(prefix.length);
  if (body.length < 10) return `${prefix}\u2026`;
  const head = body.length >= 32 ? 3 : 2;
  return `${prefix}${body.slice(0, head)}\u2026${body.slice(-2)}`;
}

// src/pipeline/findings.ts
function sha256(text) {
  return crypto().createHash("sha256").update(text).digest("hex");
}
function secretHashOf(m) {
  const part = m.rule.secret.part?.exec(m.secret)?.[1];
  return sha256(part ?? m.secret);
}
function regionOf(rule, secret) {
  for (const [region, test] of Object.entries(rule.region)) if (test.test(secret)) return region;
  return null;
}
function fingerprintOf(ruleId, path, secretHash, occurrence) {
  return sha256(`${ruleId}\0${path}\0${secretHash}\0${occurrence}`).slice(0, 32);
}
function toFindings(matches, path, commit) {
  const occurrences = /* @__PURE__ */ new Map();
  const allowedLines = /* @__PURE__ */ new Map();
  for (const m of matches) if (m.inlineAllowed) allowedLines.set(m.secret, (allowedLines.get(m.secret) ?? 0) + 1);
  return matches.map((m) => {
    const secretHash = secretHashOf(m);
    const key = `${m.rule.id}\0${secretHash}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const finding = {
      ruleId: m.rule.id,
      ruleName: m.rule.name,
      confidence: m.confidence,
      severity: m.rule.severity,
      path,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      secret: m.secret,
      redacted: redactSecret(m.secret, m.rule.redactKeep),
      secretHash,
      fingerprint: fingerprintOf(m.rule.id, path, secretHash, occurrence),
      region: regionOf(m.rule, m.secret),
      remediation: m.rule.remediation,
      helpUri: m.rule.helpUri
    };
    if (m.decoded) finding.decoded = m.decoded;
    if (m.evidence) finding.evidence = m.evidence;
    if (commit) finding.commit = commit;
    return m.inlineAllowed ? { finding, inlineAllowed: true, allowedLines: allowedLines.get(m.secret) } : { finding, inlineAllowed: false };
  });
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// src/verify/options.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var DEFAULT_API_URL = "https://api.pagerduty.com";
var DEFAULT_API_URL_EU = "https://api.eu.pagerduty.com";
function apiBases(flags, env) {
  return {
    apiUrl: flags.apiUrl ?? (env.PDGUARD_API_URL || DEFAULT_API_URL),
    apiUrlEu: flags.apiUrlEu ?? (env.PDGUARD_API_URL_EU || DEFAULT_API_URL_EU)
  };
}
var DEFAULTS = {
  timeoutMs: 5e3,
  deadlineMs: 3e4,
  concurrency: 8,
  maxRetries: 3,
  maxBackoffMs: 1e4,
  cacheTtlMs: 24 * 60 * 60 * 1e3
};
function parseBaseUrl(value, option) {
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(`${option} must be an http: or https: URL (it is empty)`);
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${option} is not a valid URL; give an http: or https: URL such as https://api.pagerduty.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${option} must be an http: or https: URL (got ${url.protocol})`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new UsageError(`${option} must not contain a user name or password`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new UsageError(`${option} must not have a query or fragment; give the base URL only`);
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}
function joinUrl(base, path) {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
  return url;
}
function integer(value, option, fallback, min) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new UsageError(`${option} must be a number of at least ${min}`);
  }
  return Math.floor(value);
}
function resolveOptions(options) {
  if (typeof options !== "object" || options === null) throw new UsageError("verify options are missing");
  const us = parseBaseUrl(options.apiUrl, "apiUrl (--api-url / PDGUARD_API_URL)");
  const eu = parseBaseUrl(options.apiUrlEu, "apiUrlEu (--api-url-eu / PDGUARD_API_URL_EU)");
  if (options.cacheFile !== void 0 && (typeof options.cacheFile !== "string" || options.cacheFile === "")) {
    throw new UsageError("cacheFile (--verify-cache) must be a file path");
  }
  return {
    bases: {
      us: { region: "us", label: "US API", url: us },
      eu: { region: "eu", label: "EU API", url: eu }
    },
    timeoutMs: integer(options.timeoutMs, "timeoutMs", DEFAULTS.timeoutMs, 1),
    deadlineMs: integer(options.deadlineMs, "deadlineMs", DEFAULTS.deadlineMs, 1),
    concurrency: integer(options.concurrency, "concurrency", DEFAULTS.concurrency, 1),
    maxRetries: integer(options.maxRetries, "maxRetries", DEFAULTS.maxRetries, 0),
    maxBackoffMs: integer(options.maxBackoffMs, "maxBackoffMs", DEFAULTS.maxBackoffMs, 0),
    cacheFile: options.cacheFile,
    cacheTtlMs: integer(options.cacheTtlMs, "cacheTtlMs", DEFAULTS.cacheTtlMs, 0),
    now: options.now ?? Date.now,
    debug: options.debug ?? (() => {
    })
  };
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export {
  redactSecret,
  crypto,
  refuseLink,
  isRegularFile,
  entryExists,
  refuseLinkedPath,
  writeFileSafely,
  sha256,
  secretHashOf,
  toFindings,
  compareFindings,
  apiBases,
  joinUrl,
  resolveOptions,
  formatDuration
};
