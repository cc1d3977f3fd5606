import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  SHALLOW_FIX,
  auditRepository,
  compareRefs,
  compileGlob,
  defaultCachePath,
  findConfig,
  formatBaseline,
  gitWouldWait,
  globMatcher,
  historySource,
  isUnreadable,
  keptByForge,
  loadConfig,
  mapPool,
  matchParts,
  openRepo,
  parseBaseline,
  parseConfig,
  pathFilter,
  readBaseline,
  require_node_crypto,
  runScan,
  settle,
  writeBaseline
} from "./chunks/chunk-E4ESZBBB.js";
import {
  BlobReader,
  exitOf,
  gitComplaint,
  gitObserved,
  runGit,
  spawnGit,
  tellGitRun,
  withheldFromGit
} from "./chunks/chunk-GNATTIKC.js";
import {
  CompiledRules,
  ContentScanner,
  StreamScanner,
  contentViews,
  describeReadError,
  evidencePath,
  fileQueue,
  require_node_os,
  require_node_worker_threads,
  scanChunks,
  scanString,
  scanningSink,
  splitLines
} from "./chunks/chunk-NJSAVU44.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  compilePatternDocument,
  compilePatternFile,
  loadPatterns,
  packageRoot,
  version
} from "./chunks/chunk-3OF4ZJQA.js";
import {
  grouped,
  grouped2,
  require_node_url
} from "./chunks/chunk-M6I7Z2ZO.js";
import {
  verifyFindings
} from "./chunks/chunk-UILDDZRN.js";
import {
  entryExists,
  redactSecret,
  refuseLink,
  refuseLinkedPath,
  secretHashOf,
  writeFileSafely
} from "./chunks/chunk-UMANLS7D.js";
import {
  CONFIG_LIMIT,
  IGNORE_LIMIT,
  RefusedRead,
  readBoundedFile,
  readBoundedIfPresent
} from "./chunks/chunk-5JXGAFC6.js";
import {
  ConfigError,
  InputError,
  PatternError,
  PdguardError,
  UsageError,
  jsonSyntaxProblem,
  require_node_path
} from "./chunks/chunk-VH4LJVUL.js";
import {
  __commonJS,
  __require,
  __toESM,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunks/chunk-AHMNODDD.js";

// builtin-required:node:fs/promises
var require_promises = __commonJS({
  "builtin-required:node:fs/promises"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:fs/promises");
  }
});

// builtin-required:node:zlib
var require_node_zlib = __commonJS({
  "builtin-required:node:zlib"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:zlib");
  }
});

// src/index.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/commands/scan.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/files.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/sources/walk.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/sources/gitignore.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var NONE = { ignored: false, unignored: false };
var IGNORED = { ignored: true, unignored: false };
var UNIGNORED = { ignored: false, unignored: true };
function parseIgnoreLine(line) {
  if (line === "" || line.startsWith("#")) return null;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) {
    let backslashes = 0;
    for (let i = end - 2; i >= 0 && line[i] === "\\"; i--) backslashes++;
    if (backslashes % 2 === 1) break;
    end--;
  }
  let pattern = line.slice(0, end);
  const negated = pattern.startsWith("!");
  if (negated) pattern = pattern.slice(1);
  if (pattern.startsWith("\\#") || pattern.startsWith("\\!")) pattern = pattern.slice(1);
  if (pattern === "" || pattern === "/") return null;
  return { pattern, negated };
}
function ignoreGlob(pattern) {
  const dirOnly = pattern.endsWith("/");
  let body = dirOnly ? pattern.replace(/\/+$/, "") : pattern;
  if (body.includes("/")) body = body.replace(/^\/+/, "");
  else body = `**/${body}`;
  if (body.endsWith("/**") && body !== "**/**") body = `${body.slice(0, -3)}/*/**`;
  return `${body}${dirOnly ? "/" : ""}`;
}
var IgnoreRules = class {
  rules = [];
  constructor(text) {
    for (const line of text.replace(/^\ufeff/, "").split(/\r?\n/)) {
      const parsed = parseIgnoreLine(line);
      if (parsed) this.rules.push({ glob: compileGlob(ignoreGlob(parsed.pattern)), negated: parsed.negated });
    }
  }
  /** `path` relative to the .gitignore's folder; a folder with a trailing `/`. */
  test(path) {
    const isDir2 = path.endsWith("/");
    const parts = (isDir2 ? path.slice(0, -1) : path).split("/");
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i];
      if (matchParts(rule.glob, parts, parts.length, isDir2)) return rule.negated ? UNIGNORED : IGNORED;
    }
    return NONE;
  }
  /** Whether `path` (a folder ends with `/`) or a folder above it is left out: a parent left out leaves out all inside. */
  ignores(path) {
    const parts = path.replace(/\/$/, "").split("/");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      const isDir2 = i < parts.length || path.endsWith("/");
      if (this.test(isDir2 ? `${prefix}/` : prefix).ignored) return true;
    }
    return false;
  }
};

// src/sources/walk.ts
var toPosix = (path) => import_node_path.sep === "/" ? path : path.split(import_node_path.sep).join("/");
var IgnoreSummary = class {
  names = /* @__PURE__ */ new Set();
  paths = /* @__PURE__ */ new Set();
  suffixes = [];
  literals = [];
  globs = [];
  anyFolder = false;
  anything = false;
  constructor(text) {
    for (let line of text.split(/\r?\n/)) {
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("!")) line = line.slice(1);
      const dirOnly = line.endsWith("/");
      let body = dirOnly ? line.slice(0, -1) : line;
      if (body === "" || /\s$/.test(line) || line.includes("\\")) {
        this.anything = true;
        continue;
      }
      if (/[*?[\]]/.test(body)) {
        if (/^\*[^*?[\]/]+$/.test(body)) {
          this.suffixes.push(body.slice(1).toLowerCase());
          continue;
        }
        const literal = body.toLowerCase().split(/\[[^\]]*\]|[*?/[\]]/).reduce((a, b) => b.length > a.length ? b : a, "");
        const glob = body.includes("/") ? null : compileGlob(body);
        if (literal.length >= 2) this.literals.push(literal);
        else if (glob) this.globs.push(glob);
        else if (dirOnly) this.anyFolder = true;
        else this.anything = true;
        continue;
      }
      body = body.toLowerCase();
      if (body.includes("/")) this.paths.add(body.startsWith("/") ? body.slice(1) : body);
      else this.names.add(body);
    }
  }
  /** `path` is relative to the .gitignore's folder; `name` is its last part. */
  mayMatch(path, name, isDir2) {
    if (this.anything || isDir2 && this.anyFolder) return true;
    const lowerName = name.toLowerCase();
    if (this.names.has(lowerName)) return true;
    for (const suffix of this.suffixes) if (lowerName.endsWith(suffix)) return true;
    if (this.globs.length) {
      const parts = [name];
      for (const glob of this.globs) if (matchParts(glob, parts, 1, false)) return true;
    }
    if (this.paths.size === 0 && this.literals.length === 0) return false;
    const lowerPath = path.toLowerCase();
    if (this.paths.has(lowerPath)) return true;
    for (const literal of this.literals) if (lowerPath.includes(literal)) return true;
    return false;
  }
};
function readIgnoreFile(dir) {
  try {
    return readBoundedIfPresent(typeof dir === "string" ? (0, import_node_path.join)(dir, ".gitignore") : Buffer.concat([dir, Buffer.from("/.gitignore")]), IGNORE_LIMIT);
  } catch (error) {
    if (error instanceof RefusedRead) return error;
    throw error;
  }
}
function scopeOf(text, within, above) {
  return { rules: new IgnoreRules(text), summary: new IgnoreSummary(text), within, above };
}
function ancestorIgnores(root) {
  const scopes = [];
  let refused = null;
  let dir = root;
  while (!(0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"))) {
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) return { scopes: [], refused: null };
    dir = parent;
    const text = readIgnoreFile(dir);
    if (text instanceof RefusedRead) refused ??= { path: (0, import_node_path.join)(dir, ".gitignore"), why: text.message };
    else if (text !== null) scopes.unshift(scopeOf(text, null, toPosix((0, import_node_path.relative)(dir, root))));
  }
  return { scopes, refused };
}
function ignoredBy(scopes, path, name, isDir2) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const rel = scope.above !== null ? `${scope.above}/${path}` : scope.within === "" ? path : path.slice(scope.within.length + 1);
    if (!scope.summary.mayMatch(rel, name, isDir2)) continue;
    const verdict = scope.rules.test(isDir2 ? `${rel}/` : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
function escapeName(raw) {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const b = raw[i];
    const length = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    const piece = length && i + length <= raw.length ? raw.subarray(i, i + length) : null;
    const valid = piece !== null && piece.subarray(1).every((c) => (c & 192) === 128);
    const text = valid ? piece.toString("utf8") : "";
    if (valid && !text.includes("\uFFFD")) {
      out += text;
      i += length;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
var kindOf = (entry) => entry.isDirectory() ? "dir" : entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other";
function listDir(dir) {
  const listed = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
  const entries = new Array(listed.length);
  let invalid = false;
  for (let i = 0; i < listed.length; i++) {
    const entry = listed[i];
    if (entry.name.includes("\uFFFD")) invalid = true;
    entries[i] = { name: entry.name, raw: null, kind: kindOf(entry) };
  }
  if (!invalid) return entries;
  return (0, import_node_fs.readdirSync)(dir, { withFileTypes: true, encoding: "buffer" }).map((entry) => {
    const bytes = entry.name;
    const text = bytes.toString("utf8");
    const valid = Buffer.from(text, "utf8").equals(bytes);
    return { name: valid ? text : escapeName(bytes), raw: valid ? null : bytes, kind: kindOf(entry) };
  });
}
var SEP = Buffer.from(import_node_path.sep);
function childPath(dir, entry) {
  if (typeof dir === "string" && entry.raw === null) return dir.endsWith(import_node_path.sep) ? dir + entry.name : dir + import_node_path.sep + entry.name;
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir) : dir, SEP, entry.raw ?? Buffer.from(entry.name)]);
}
function walkTree(root, options, events) {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const tracked = options.tracked ?? null;
  const realRoot = (0, import_node_fs.realpathSync)(root);
  const above = options.gitignore ? ancestorIgnores(root) : { scopes: [], refused: null };
  const ancestors = above.scopes;
  if (above.refused) events.ignoreFileRefused(above.refused.path, above.refused.why);
  const rootIgnored = !above.refused && ancestors.some((s) => s.rules.ignores(`${s.above}/`));
  const stack = [{ dir: root, path: "", scopes: ancestors, ignored: rootIgnored, unsure: above.refused !== null }];
  while (stack.length) {
    const { dir, path: dirPath, scopes: parentScopes, ignored: dirIgnored, unsure: parentUnsure } = stack.pop();
    let unsure = parentUnsure;
    let entries;
    try {
      entries = listDir(dir);
    } catch (error) {
      events.skip(dir, dirPath, "unreadable", describeReadError(error));
      continue;
    }
    let scopes = parentScopes;
    if (dirPath !== "" && options.gitignore && !unsure && !dirIgnored && entries.some((e) => e.name === ".git")) {
      unsure = true;
      if (entries.some((e) => e.name === ".gitignore")) {
        events.ignoreFileRefused(`${dirPath}/.gitignore`, "is in a nested repository or submodule, whose tracked files are not listed: not applied, everything there is scanned");
      }
    }
    if (options.gitignore && !dirIgnored && !unsure && entries.some((e) => e.name === ".gitignore")) {
      const text = readIgnoreFile(dir);
      if (text instanceof RefusedRead) {
        unsure = true;
        events.ignoreFileRefused(dirPath ? `${dirPath}/.gitignore` : ".gitignore", text.message);
      } else if (text !== null) scopes = [...parentScopes, scopeOf(text, dirPath, null)];
    }
    const subdirs = [];
    const isIgnored = (rel, name, isDir2) => options.gitignore && !unsure && (dirIgnored || ignoredBy(scopes, rel, name, isDir2));
    for (const entry of entries) {
      if (entry.name === ".git") continue;
      const rel = dirPath ? `${dirPath}/${entry.name}` : entry.name;
      if (entry.kind === "dir") {
        if (excluded(rel) || excluded(`${rel}/`)) continue;
        const ignored = isIgnored(rel, entry.name, true);
        if (ignored && !tracked?.dirs.has(rel)) {
          events.ignored(rel, true);
          continue;
        }
        subdirs.push({ dir: childPath(dir, entry), path: rel, scopes, ignored, unsure });
      } else if (entry.kind === "file") {
        if (excluded(rel) || !included(rel)) continue;
        if (isIgnored(rel, entry.name, false) && !tracked?.files.has(rel)) {
          events.ignored(rel, false);
          continue;
        }
        events.file(childPath(dir, entry), rel);
      } else if (entry.kind === "link") {
        if (excluded(rel) || isIgnored(rel, entry.name, false)) continue;
        const absolute = childPath(dir, entry);
        let target2;
        try {
          target2 = (0, import_node_fs.realpathSync)(absolute);
        } catch {
          events.skip(absolute, rel, "link", "broken symbolic link");
          continue;
        }
        const inside3 = target2 === realRoot || target2.startsWith(realRoot + import_node_path.sep);
        if (!inside3) events.skip(absolute, rel, "link", "symbolic link to outside the scanned root");
      } else if (!excluded(rel) && included(rel)) {
        events.skip(childPath(dir, entry), rel, "not-a-file", "not a regular file");
      }
    }
    subdirs.sort((a, b) => a.path < b.path ? 1 : a.path > b.path ? -1 : 0);
    for (const sub of subdirs) stack.push(sub);
  }
}

// src/sources/files.ts
var IGNORED_NAMED = 20;
var IGNORED_KEPT = 1e5;
var toPosix2 = (path) => import_node_path2.sep === "/" ? path : path.split(import_node_path2.sep).join("/");
async function* asBuffers(stream) {
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}
async function checkTargets(paths, cwd) {
  const targets = [];
  for (const arg of paths) {
    if (arg === "-") {
      targets.push({ arg, absolute: "-", isDir: false });
      continue;
    }
    const absolute = (0, import_node_path2.resolve)(cwd, arg);
    try {
      targets.push({ arg, absolute, isDir: (await (0, import_promises.stat)(absolute)).isDirectory() });
    } catch (error) {
      const code = error.code;
      throw new InputError(code === "ENOENT" || code === "ENOTDIR" ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code})`);
    }
  }
  return targets;
}
function dotGitOf(dir) {
  for (let at = dir; ; at = (0, import_node_path2.dirname)(at)) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(at, ".git"))) return (0, import_node_path2.join)(at, ".git");
    if ((0, import_node_path2.dirname)(at) === at) return null;
  }
}
function evidenceName(absolute) {
  const dotGit = dotGitOf((0, import_node_path2.dirname)(absolute));
  if (dotGit) {
    const inTree = (0, import_node_path2.relative)((0, import_node_path2.dirname)(dotGit), absolute);
    if (inTree && !inTree.startsWith("..") && !(0, import_node_path2.isAbsolute)(inTree)) return toPosix2(inTree);
  }
  return (0, import_node_path2.basename)(absolute);
}
var LS_FILES_TIMEOUT_MS = 6e4;
async function trackedFiles(dir, debug) {
  const dotGit = dotGitOf(dir);
  if (dotGit === null) return null;
  const refused = gitWouldWait((0, import_node_path2.dirname)(dotGit));
  if (refused) {
    debug(`git ls-files in ${dir} not run (${refused}): .gitignore is not applied there`);
    return { failure: refused };
  }
  const child = spawnGit(dir, ["ls-files", "-z", "--cached"]);
  child.stdin.end();
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, LS_FILES_TIMEOUT_MS);
  const exit = await exitOf(child);
  clearTimeout(timer);
  const run = { ...exit, stdout: Buffer.concat(chunks).toString("utf8") };
  if (run.code !== 0 || timedOut) {
    const failure = timedOut ? `git did not answer within ${LS_FILES_TIMEOUT_MS / 1e3} s` : gitComplaint(run.stderr) || `git exited with ${run.code}`;
    debug(`git ls-files in ${dir} failed (${failure}): .gitignore is not applied there`);
    return { failure };
  }
  const files = new Set(run.stdout.split("\0").filter((p) => p !== ""));
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) for (let i = file.lastIndexOf("/"); i > 0; i = file.lastIndexOf("/", i - 1)) dirs.add(file.slice(0, i));
  debug(`${grouped(files.size)} files tracked by git below ${dir}: scanned even where .gitignore matches them`);
  return { files, dirs };
}
async function filesSource(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ["."], cwd);
  const onlyDir = targets.length === 1 && targets[0].isDir ? targets[0] : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const display = (target2, path) => {
    if (onlyDir) return path || (0, import_node_path2.basename)(root);
    const typed = toPosix2((0, import_node_path2.normalize)(target2.arg)).replace(/\/$/, "");
    return path ? import_node_path2.posix.join(typed, path) : typed;
  };
  const debug = options.debug ?? (() => {
  });
  return {
    mode: targets.every((t) => t.arg === "-") ? "stdin" : "files",
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0].arg : ".",
    configRoot: root,
    async scan(rules, filters, events) {
      const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
      const ignored = { count: 0, paths: [] };
      const warnings = [];
      const record = (where, outcome) => {
        if (outcome.kind === "skipped") return events.skipped({ path: where.path, kind: outcome.skip, reason: outcome.reason });
        totals.files++;
        totals.bytes += outcome.bytes;
        if (outcome.listed) events.skipped({ path: where.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
        if (outcome.matches.length) events.matches(outcome.matches, where);
      };
      const paths = [];
      const queue = fileQueue(rules, { maxFileSize: options.maxFileSize }, (i, outcome) => record({ path: paths[i] }, outcome));
      const gitignore = options.gitignore ?? true;
      for (const target2 of targets) {
        if (target2.arg === "-") {
          record({ path: options.stdinName ?? "stdin" }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target2.isDir) {
          const tracked = gitignore ? await trackedFiles(target2.absolute, debug) : null;
          const untold = tracked !== null && "failure" in tracked;
          if (untold) {
            warnings.push(
              `git could not list the files it tracks in ${display(target2, "") || "."} (${tracked.failure}): .gitignore was not applied there, so everything in it was scanned`
            );
          }
          walkTree(
            target2.absolute,
            { gitignore: gitignore && !untold, include: filters.include, exclude: filters.exclude, tracked: untold ? null : tracked },
            {
              file: (absolute, path) => {
                paths.push(display(target2, path));
                queue.add(absolute, path);
              },
              skip: (_, path, kind, reason) => events.skipped({ path: display(target2, path), kind, reason }),
              ignored: (path, isDir2) => {
                ignored.count++;
                if (ignored.paths.length < IGNORED_KEPT) ignored.paths.push(display(target2, path) + (isDir2 ? "/" : ""));
              },
              ignoreFileRefused: (path, why) => {
                const shown = (0, import_node_path2.isAbsolute)(path) ? path : display(target2, path);
                warnings.push(`${shown} was not read as an ignore file (it ${why}): nothing below its folder was left out for .gitignore`);
              }
            }
          );
        } else {
          paths.push(display(target2, ""));
          queue.add(target2.absolute, evidenceName(target2.absolute));
        }
      }
      const threads = await queue.finish();
      debug(`files: ${grouped(paths.length)} scanned on ${threads === 1 ? "the main thread alone" : `${threads} threads`}`);
      if (gitignore) {
        ignored.paths = ignored.paths.sort().slice(0, IGNORED_NAMED);
        totals.ignored = ignored;
        debug(`${grouped(ignored.count)} paths left out by .gitignore${ignored.count ? `: ${ignored.paths.join(", ")}${ignored.count > ignored.paths.length ? ", \u2026" : ""}` : ""}`);
      }
      if (warnings.length) totals.warnings = warnings;
      return totals;
    }
  };
}

// src/commands/scan.ts
async function scan(options = {}) {
  return settle(await runScan(await filesSource(options), options), options);
}

// src/commands/history.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/revisions.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
async function resolveCommit(repo, rev) {
  if (rev.startsWith("-")) return null;
  const { code, stdout } = await runGit(repo.dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  const sha = stdout.trim();
  return code === 0 && sha ? sha : null;
}
async function requireCommit(repo, rev, what) {
  const sha = await resolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.shallow) throw new InputError(`${what} '${rev}' is not in this shallow clone; ${SHALLOW_FIX}`);
  throw new InputError(`${what} '${rev}' is not a commit in this repository`);
}
var RANGE_FORMS = "A..B, A.. (to HEAD), ..B (from HEAD), A...B or A... (either side but not both)";
async function rangeRevisions(repo, range) {
  const symmetric = range.includes("...");
  const separator = symmetric ? "..." : "..";
  const at = range.indexOf(separator);
  const base = at < 0 ? "" : range.slice(0, at);
  const tip = at < 0 ? "" : range.slice(at + separator.length);
  if (at < 0 || base === "" && tip === "" || tip.includes("..") || base.includes("..") || tip.startsWith(".")) {
    throw new UsageError(`--range takes ${RANGE_FORMS} (got '${range}'); for everything after REV on any ref use --since REV`);
  }
  const baseSha = await requireCommit(repo, base || "HEAD", "the range base");
  const tipSha = await requireCommit(repo, tip || "HEAD", "the range tip");
  if (!symmetric) return [tipSha, `^${baseSha}`];
  const { code, stdout, stderr } = await runGit(repo.dir, ["merge-base", "--all", "--end-of-options", baseSha, tipSha]);
  if (code !== 0 && (code !== 1 || stdout.trim() !== "")) throw new InputError(`--range ${range}: git cannot find the merge base: ${gitComplaint(stderr)}`);
  const bases = stdout.split("\n").map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  return [baseSha, tipSha, ...bases.map((sha) => `^${sha}`)];
}

// src/review/review.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/review/added-markers.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/review/base-commit.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path3 = __toESM(require_node_path(), 1);
var MAX_SETTINGS_FILE = 64 * 1024 * 1024;
var toPosix3 = (path) => import_node_path3.sep === "/" ? path : path.split(import_node_path3.sep).join("/");
function inRepository(top, file) {
  const rel = (0, import_node_path3.relative)(top, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${import_node_path3.sep}`) || (0, import_node_path3.isAbsolute)(rel) ? null : toPosix3(rel);
}
var KINDS = { "120000": "a symbolic link", "160000": "a submodule", "040000": "a folder" };
var BaseCommit = class {
  constructor(top, sha) {
    this.top = top;
    this.sha = sha;
  }
  top;
  sha;
  get label() {
    return this.sha.slice(0, 12);
  }
  /** How messages name a file of this commit: `0123456789ab:path`. */
  at(path) {
    return `${this.label}:${path}`;
  }
  /** The tree entry at `path` (relative to the top, `/`-separated), or null when there is none. */
  async entry(path) {
    const clean = import_node_path3.posix.normalize(path);
    if (clean === "." || clean.startsWith("../") || clean === ".." || import_node_path3.posix.isAbsolute(clean)) return null;
    const run = await runGit(this.top, ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", this.sha, "--", clean]);
    if (run.code !== 0) throw new ConfigError(`cannot list ${clean} in the base commit ${this.label}: ${gitComplaint(run.stderr)}`);
    for (const record of run.stdout.split("\0")) {
      const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (match && match[4] === clean) return { mode: match[1], type: match[2], oid: match[3] };
    }
    return null;
  }
  /** The text of the regular file at `path`, or why there is none. */
  async read(path) {
    const entry = await this.entry(path);
    if (entry === null) return { kind: "absent" };
    if (entry.type !== "blob" || entry.mode !== "100644" && entry.mode !== "100755") {
      return { kind: "other", what: KINDS[entry.mode] ?? `not a regular file (mode ${entry.mode})` };
    }
    const size = await runGit(this.top, ["cat-file", "-s", entry.oid]);
    if (size.code !== 0) throw new ConfigError(`cannot read ${path} from the base commit ${this.label}: ${gitComplaint(size.stderr)}`);
    if (Number(size.stdout.trim()) > MAX_SETTINGS_FILE) {
      throw new ConfigError(`${this.at(path)}: larger than ${MAX_SETTINGS_FILE / 1024 / 1024} MB; pdguard does not read a settings file that large`);
    }
    const chunks = [];
    await this.stream(entry.oid, (data) => chunks.push(data), path);
    return { kind: "file", text: Buffer.concat(chunks).toString("utf8") };
  }
  /** The raw content of the blob `oid`, chunk by chunk; `path` names it in an error. */
  async stream(oid, chunk, path) {
    const child = spawnGit(this.top, ["cat-file", "blob", oid]);
    child.stdin.end();
    child.stdout.on("data", chunk);
    const { code, stderr } = await exitOf(child);
    if (code !== 0) throw new ConfigError(`cannot read ${path} from the base commit ${this.label}: ${gitComplaint(stderr)}`);
  }
};

// src/review/added-markers.ts
function addedMarkers(options) {
  return {
    honour: options.honour,
    added: async (allowed, rules) => {
      const added2 = /* @__PURE__ */ new Set();
      if (allowed.length === 0) return added2;
      const commit = new BaseCommit(options.top, options.base);
      const changes = /* @__PURE__ */ new Map();
      const allowedInBase = /* @__PURE__ */ new Map();
      const compiled = new CompiledRules(rules);
      for (const raw of allowed) {
        const sha = raw.finding.commit?.sha;
        if (sha !== void 0) {
          if (!changes.has(sha)) changes.set(sha, isTheChanges(options.top, sha, options.base, options.head));
          if (!await changes.get(sha)) continue;
        }
        const path = options.toRepoPath(raw.finding.path);
        let counts2 = null;
        if (path !== null) {
          if (!allowedInBase.has(path)) allowedInBase.set(path, allowedLines(commit, path, compiled));
          counts2 = await allowedInBase.get(path);
        }
        if ((counts2?.get(raw.finding.secretHash) ?? 0) < (raw.allowedLines ?? 1)) added2.add(raw);
      }
      return added2;
    }
  };
}
async function isAncestor(top, ancestor, descendant) {
  const run = await runGit(top, ["merge-base", "--is-ancestor", ancestor, descendant]);
  return run.code === 0 ? true : run.code === 1 ? false : null;
}
async function isTheChanges(top, sha, base, head) {
  if (await isAncestor(top, sha, base) === true) return false;
  return head === null || await isAncestor(top, sha, head) !== false;
}
async function allowedLines(commit, path, rules) {
  const counts2 = /* @__PURE__ */ new Map();
  try {
    const entry = await commit.entry(path);
    if (entry === null || entry.type !== "blob" || entry.mode !== "100644" && entry.mode !== "100755") return counts2;
    const content = new ContentScanner(rules, evidencePath(path));
    await commit.stream(entry.oid, (data) => content.push(data), path);
    const outcome = content.end();
    if (outcome.kind !== "scanned") return counts2;
    for (const match of outcome.matches) {
      if (!match.inlineAllowed) continue;
      const hash = secretHashOf(match);
      counts2.set(hash, (counts2.get(hash) ?? 0) + 1);
    }
    return counts2;
  } catch {
    return null;
  }
}

// src/review/trusted.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path4 = __toESM(require_node_path(), 1);
function lacking(commit, path, file) {
  return file.kind === "absent" ? `the base commit ${commit.label} has no ${path}` : `the base commit ${commit.label} has no regular file ${path} (${file.what})`;
}
async function trustedSettings(top, base, scannedRoot, flags) {
  const commit = new BaseCommit(top, base);
  const notes = [];
  let config = EMPTY_CONFIG;
  if (flags.config !== void 0) {
    const rel = inRepository(top, flags.config);
    if (rel === null) {
      config = loadConfig(flags.config);
      notes.push(`configuration: ${flags.config} (your own file: outside the repository)`);
    } else {
      const file = await commit.read(rel);
      if (file.kind === "file") config = parseConfig(commit.at(rel), file.text, { dir: (0, import_node_path4.resolve)(top, import_node_path4.posix.dirname(rel)) });
      notes.push(file.kind === "file" ? `configuration: ${rel} as in the base commit ${commit.label}` : `configuration: ${lacking(commit, rel, file)}: defaults`);
    }
  } else {
    const rel = inRepository(top, scannedRoot);
    const candidates = [...rel ? [`${rel}/${CONFIG_FILE_NAME}`] : [], CONFIG_FILE_NAME];
    let found = null;
    for (const candidate of candidates) {
      const file = await commit.read(candidate);
      if (file.kind !== "file") continue;
      config = parseConfig(commit.at(candidate), file.text, { confined: true, dir: (0, import_node_path4.resolve)(top, import_node_path4.posix.dirname(candidate)) });
      found = candidate;
      break;
    }
    notes.push(found ? `configuration: ${found} as in the base commit ${commit.label}` : `configuration: the base commit ${commit.label} has no ${CONFIG_FILE_NAME}: defaults`);
  }
  const named = async (what, absolute) => {
    const rel = inRepository(top, absolute);
    if (rel === null) {
      notes.push(`${what}: ${absolute} (your own file: outside the repository)`);
      return { disk: absolute };
    }
    const file = await commit.read(rel);
    notes.push(file.kind === "file" ? `${what}: ${rel} as in the base commit ${commit.label}` : `${what}: ${lacking(commit, rel, file)}: ${what === "baseline" ? "none" : "not loaded"}`);
    return { rel, file };
  };
  let baseline = null;
  const baselineFile = flags.baseline ?? config.baseline;
  if (baselineFile !== void 0) {
    const source = await named("baseline", (0, import_node_path4.resolve)(baselineFile));
    if ("disk" in source) baseline = readBaseline(source.disk);
    else if (source.file.kind === "file") baseline = parseBaseline(commit.at(source.rel), source.file.text);
  }
  const patterns = [];
  for (const path of [...flags.patterns, ...config.patterns ?? []]) {
    const source = await named("patterns", (0, import_node_path4.resolve)(path));
    if ("disk" in source) patterns.push(source.disk);
    else if (source.file.kind === "file") patterns.push({ file: commit.at(source.rel), text: source.file.text });
  }
  const { baseline: _baseline, patterns: _patterns, ...rest } = config;
  return { config: rest, baseline, rules: loadPatterns(patterns), notes };
}

// src/review/review.ts
async function reviewSettings(options) {
  const settings = await trustedSettings(options.top, options.base, options.scannedRoot, options.files);
  const inlineReview = addedMarkers({
    top: options.top,
    base: options.base,
    head: options.head,
    toRepoPath: options.toRepoPath,
    honour: settings.config.inlineAllowInPullRequests === true
  });
  return { ...settings, inlineReview };
}

// src/commands/history.ts
async function scanRevisions(repo, revs, mode, label, options, cache = {}) {
  const source = historySource({ repo, revs, mode, root: options.repo ?? ".", label, ...cache });
  return settle(await runScan(source, options), options);
}
async function historyRevisions(repo, options) {
  const chosen = ["range", "since", "branch"].filter((name) => options[name] !== void 0);
  if (chosen.length > 1) throw new UsageError(`${chosen.map((name) => `--${name}`).join(" and ")} cannot be used together`);
  if (options.branch !== void 0) {
    const sha = await requireCommit(repo, options.branch, "--branch");
    return { revs: [sha], label: options.branch };
  }
  if (options.review !== void 0) {
    const base = await requireCommit(repo, options.review.base, "--review-base");
    return { revs: await rangeRevisions(repo, `${base}..HEAD`), label: `${options.review.base}..HEAD` };
  }
  if (options.range !== void 0) {
    return { revs: await rangeRevisions(repo, options.range), label: options.range };
  }
  if (options.since !== void 0) {
    const sha = await requireCommit(repo, options.since, "--since");
    return { revs: ["--all", `^${sha}`], label: `--all since ${options.since}` };
  }
  return { revs: ["--all"], label: "--all" };
}
async function reviewed(repo, revs, options, review) {
  const base = await requireCommit(repo, review.base, "--review-base");
  const tip = revs.length === 2 && revs[1].startsWith("^") && /^[0-9a-f]{40,64}$/.test(revs[0]) ? revs[0] : options.range === void 0 ? await resolveCommit(repo, "HEAD") : null;
  const settings = await reviewSettings({ top: repo.dir, base, head: tip, scannedRoot: repo.dir, files: review.files, toRepoPath: (path) => path });
  for (const note of settings.notes) review.onNote?.(note);
  const { configFile: _ignored, ...rest } = options;
  return { ...rest, rules: settings.rules, baseline: settings.baseline, config: settings.config, inlineReview: settings.inlineReview };
}
async function scanHistory(options = {}) {
  const repo = await openRepo(options.repo ?? ".");
  const { revs, label } = await historyRevisions(repo, options);
  if (options.review) options = await reviewed(repo, revs, options, options.review);
  const cacheFile = options.cache === null ? void 0 : options.cache ?? defaultCachePath(repo.gitDir);
  return scanRevisions(repo, revs, "history", label, options, {
    ...cacheFile !== void 0 ? { cacheFile, cacheInGitDir: options.cache === void 0 } : {},
    ...options.onWarning ? { warn: options.onWarning } : {},
    ...options.maxFileSize !== void 0 ? { maxFileSize: options.maxFileSize } : {}
  });
}

// src/commands/staged.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/staged.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path5 = __toESM(require_node_path(), 1);

// src/git/diff.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
async function stagedFiles(dir) {
  const { code, stdout: out, stderr } = await runGit(dir, ["diff", "--cached", "--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff"]);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  const tokens = out.split("\0");
  const files = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith(":")) continue;
    const [, newMode, oldBlob, newBlob, status] = token.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const path = tokens[i + (twoPaths ? 2 : 1)];
    i += twoPaths ? 2 : 1;
    if (status.startsWith("D")) continue;
    files.push({ status, newMode, oldBlob, newBlob, path });
  }
  return files;
}

// src/sources/line-diff.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_EDITS = 2e3;
var MAX_STEPS = 2e7;
var MAX_MIDDLE = 2e5;
function addedRanges(before, after) {
  const same = (i, j) => before.bytes.compare(after.bytes, after.starts[j], after.ends[j], before.starts[i], before.ends[i]) === 0;
  let start = 0;
  while (start < before.starts.length && start < after.starts.length && same(start, start)) start++;
  let endBefore = before.starts.length;
  let endAfter = after.starts.length;
  while (endBefore > start && endAfter > start && same(endBefore - 1, endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endAfter === start) return [];
  const everything = [[start + 1, endAfter]];
  if (endBefore === start || endBefore - start + endAfter - start > MAX_MIDDLE) return everything;
  const ids = /* @__PURE__ */ new Map();
  const idsOf = (lines, from, to) => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const key = lines.bytes.toString("latin1", lines.starts[i], lines.ends[i]);
      let id = ids.get(key);
      if (id === void 0) ids.set(key, id = ids.size);
      out[i - from] = id;
    }
    return out;
  };
  const inserted = insertedLines(idsOf(before, start, endBefore), idsOf(after, start, endAfter));
  if (inserted === null) return everything;
  const ranges = [];
  for (const i of inserted) {
    const line = start + i + 1;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function insertedLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let steps = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      steps += 1 + x - from;
      if (steps > MAX_STEPS) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}
function walkBack(trace, n, m) {
  const inserted = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d];
    const at = (k2) => before[k2 + d + 1];
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    if (down) inserted.push(previousY);
    x = previousX;
    y = previousY;
  }
  return inserted.reverse();
}

// src/sources/staged.ts
var GITLINK = "160000";
var MAX_COMPARED = 64 * 1024 * 1024;
var MAX_LINES = 4 * 1024 * 1024;
var WHOLE_FILE = [1, Number.MAX_SAFE_INTEGER];
function inRanges(ranges, line) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [first, last] = ranges[mid];
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return true;
  }
  return false;
}
function gathering(done) {
  let parts = [];
  let size = 0;
  return {
    chunk: (data) => {
      size += data.length;
      if (size > MAX_COMPARED) parts = null;
      else parts?.push(Buffer.from(data));
    },
    end: () => done(parts && Buffer.concat(parts)),
    missing: () => done(null)
  };
}
function added(before, after) {
  const [old, now] = [splitLines(before, MAX_LINES), splitLines(after, MAX_LINES)];
  return old && now ? addedRanges(old, now) : [WHOLE_FILE];
}
function addedMatches(outcome, before, after) {
  if (before === null || after === null) return outcome.matches;
  const [old, now] = [contentViews(before), contentViews(after)];
  const textAdded = added(old.text, now.text);
  const rawAdded = outcome.inRawBytes ? added(old.raw ?? old.text, now.raw ?? now.text) : [];
  return outcome.matches.filter((m) => inRanges(outcome.inRawBytes?.has(m) ? rawAdded : textAdded, m.line));
}
async function stagedSource(repoArg) {
  const dir = (0, import_node_path5.resolve)(repoArg);
  const repoAsked = openRepo(dir);
  const stagedAsked = stagedFiles(dir);
  stagedAsked.catch(() => {
  });
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const staged = await stagedAsked;
  return {
    mode: "staged",
    root: repoArg,
    configRoot: repo.dir,
    repo,
    async scan(rules, filters, events) {
      const wanted = pathFilter(filters);
      const files = staged.filter((f) => f.newMode !== GITLINK && wanted(f.path));
      const totals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      const toCompare = [];
      const reader = await BlobReader.open(repo.dir, { few: true });
      for (const file of files) {
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === "skipped") return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            if (outcome.listed) events.skipped({ path: file.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
            if (outcome.matches.length === 0) return;
            if (/^[MR]/.test(file.status)) toCompare.push({ file, outcome });
            else events.matches(outcome.matches, { path: file.path });
          }, file.path),
          missing: () => events.skipped({ path: file.path, kind: "unreadable", reason: "unreadable: staged blob missing" })
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      if (toCompare.length) await compare(repo.dir, toCompare, (matches, path) => events.matches(matches, { path }));
      return totals;
    }
  };
}
async function compare(dir, files, report) {
  const reader = await BlobReader.open(dir, { few: true });
  for (const { file, outcome } of files) {
    let before = null;
    reader.request(
      file.oldBlob,
      gathering((content) => before = content)
    );
    const more = reader.request(
      file.newBlob,
      gathering((after) => {
        const added2 = addedMatches(outcome, before, after);
        before = null;
        if (added2.length) report(added2, file.path);
      })
    );
    if (!more) await reader.drained();
  }
  await reader.close();
}

// src/commands/staged.ts
async function scanStaged(options = {}) {
  return (await scanStagedIn(options)).result;
}
async function scanStagedIn(options = {}) {
  const source = await stagedSource(options.repo ?? ".");
  return { result: await settle(await runScan(source, options), options), repo: source.repo };
}

// src/commands/prepush.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/remote.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function withoutUserInfo(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
function refspecDestination(refspec) {
  const spec = refspec.replace(/^\+/, "");
  if (spec.startsWith("^")) return null;
  const colon = spec.indexOf(":");
  const dst = colon < 0 ? "" : spec.slice(colon + 1);
  return dst.startsWith("refs/") ? dst : null;
}
async function remotesConfig(repo) {
  const run = await runGit(repo.dir, ["config", "-z", "--get-regexp", "^remote\\..*\\.fetch$"]);
  const remotes = /* @__PURE__ */ new Map();
  for (const entry of run.stdout.split("\0")) {
    const newline = entry.indexOf("\n");
    if (newline < 0) continue;
    const key = entry.slice(0, newline);
    const name = key.slice("remote.".length, -".fetch".length);
    const dst = refspecDestination(entry.slice(newline + 1));
    if (!remotes.has(name)) remotes.set(name, { name, trackingRefs: [] });
    if (dst) remotes.get(name).trackingRefs.push(dst);
  }
  return [...remotes.values()];
}
async function urls(repo, name, push) {
  const run = await runGit(repo.dir, ["remote", "get-url", ...push ? ["--push"] : [], "--all", "--", name]);
  if (run.code !== 0) return null;
  return run.stdout.split("\n").filter((l) => l !== "");
}
function exactGlob(ref) {
  return ref.includes("*") ? ref : `${ref.slice(0, -1)}[${ref.slice(-1)}]`;
}
async function destinationRefs(repo, remote, url) {
  if (remote === void 0 || remote === "") return { revs: [], why: "no remote named: every pushed commit the destination lacks by its refs is scanned" };
  const all = await remotesConfig(repo);
  const self = all.find((r) => r.name === remote);
  const unknown = (why) => ({ revs: [], why });
  if (!self) return unknown(`'${withoutUserInfo(remote)}' is not a configured remote (a URL): its refs are unknown`);
  const fetchUrls = await urls(repo, remote, false);
  const pushUrls = await urls(repo, remote, true);
  const fetchUrl = fetchUrls?.[0];
  if (!fetchUrl || !pushUrls) return unknown(`the URLs of remote '${remote}' are unknown`);
  const destinations = url !== void 0 && url !== "" ? [url] : pushUrls;
  if (destinations.some((u) => u !== fetchUrl)) {
    return unknown(`remote '${remote}' pushes to another URL than it fetches from: its remote-tracking refs say nothing of the destination`);
  }
  const others = all.filter((r) => r !== self).flatMap((r) => r.trackingRefs.map(exactGlob));
  const revs = self.trackingRefs.flatMap((ref) => [...others.map((o) => `--exclude=${o}`), `--glob=${exactGlob(ref)}`]);
  return { revs, why: `the remote-tracking refs of '${remote}'` };
}

// src/commands/prepush.ts
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function parsePrePushLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "").map((line) => {
    const parts = line.split(/\s+/);
    if (parts.length !== 4 || !SHA.test(parts[1]) || !SHA.test(parts[3])) {
      throw new UsageError(`not a git pre-push line: '${line.slice(0, 200)}' (expected '<local ref> <local sha> <remote ref> <remote sha>')`);
    }
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    return { localRef, localSha, remoteRef, remoteSha };
  });
}
async function scanPrePush(options) {
  const repo = await openRepo(options.repo ?? ".");
  const tips = [];
  const known = [];
  for (const update of options.updates) {
    if (ZERO.test(update.localSha)) continue;
    const tip = await resolveCommit(repo, update.localSha);
    if (!tip) throw new InputError(`the pushed commit '${update.localSha}' is not in this repository`);
    tips.push(tip);
    if (!ZERO.test(update.remoteSha) && await resolveCommit(repo, update.remoteSha)) known.push(`^${update.remoteSha}`);
  }
  const label = options.updates.map((u) => `${u.localRef}\u2192${u.remoteRef}`).join(", ") || "nothing";
  if (tips.length === 0) return scanRevisions(repo, [], "pre-push", label, options);
  const destination = await destinationRefs(repo, options.remote, options.url);
  options.debug?.(`pre-push: scanning the pushed commits not reachable from the push's remote shas (${known.length}) nor from ${destination.revs.length ? destination.why : `other refs (${destination.why})`}`);
  return scanRevisions(repo, [...tips, ...known, ...destination.revs.length ? ["--not", ...destination.revs] : []], "pre-push", label, options);
}

// src/verify/index.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/report/formats.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/report/format-names.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var FORMATS = ["text", "json", "sarif", "github", "gitlab", "html"];

// src/audit/build.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/credentials.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/rotation.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var REVIEW = "Review the audit records (GET /audit/records, or Account Settings \u2192 Audit Records) for use of the credential while it was exposed.";
var HISTORY = "Then remove it from the code and load it from a secret store; deleting the commit does not remove it from history, clones or forks.";
var KINDS2 = {
  "pagerduty-rest-api-key": {
    label: "REST API key",
    steps: [
      "Find whose key it is: an account key is listed under Integrations \u2192 Developer Tools \u2192 API Access Keys; a user token under that user's My Profile \u2192 User Settings \u2192 API Access.",
      "Create the replacement key and deploy it where the leaked one was used.",
      "Disable, then delete, the leaked key (an admin for account keys, the owner for user tokens).",
      REVIEW,
      HISTORY
    ]
  },
  "pagerduty-oauth-token": {
    label: "Scoped OAuth token",
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      "If the app's client secret may have leaked with it, delete and recreate the app's OAuth credentials too (deleting alone does not revoke issued tokens).",
      "Let the services that use the app obtain new tokens.",
      REVIEW,
      HISTORY
    ],
    maxLifetimeDays: 30,
    lifetime: "access tokens expire after a day, refresh tokens after 30 days"
  },
  "pagerduty-classic-oauth-token": {
    label: "Classic OAuth token",
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      "Move the integration to a scoped OAuth app if it still uses classic OAuth.",
      REVIEW,
      HISTORY
    ],
    maxLifetimeDays: 210,
    lifetime: "access tokens expire after 30 days and refresh tokens after 210 days"
  },
  "pagerduty-oauth-client-secret": {
    label: "OAuth client secret",
    steps: [
      'In App Registration, open the app and choose "Revoke All Tokens" first: tokens already issued outlive a new secret.',
      "Delete and recreate the app's OAuth client credentials, and deploy the new client secret.",
      REVIEW,
      HISTORY
    ]
  },
  "pagerduty-events-key": {
    label: "Events API key",
    steps: [
      "Create a new integration (or routing key) on the same service or Event Orchestration.",
      "Point every sender (monitoring, Alertmanager, scripts) at the new key.",
      "Delete the leaked integration: anyone holding its key can trigger and resolve incidents.",
      HISTORY
    ]
  },
  "pagerduty-ical-feed-url": {
    label: "Calendar feed URL",
    steps: [
      "Regenerate the private feed URL (My Profile \u2192 On-Call Shifts \u2192 Export, or POST /users/{id}/regenerate_private_url_key).",
      "Resubscribe the calendars that used the old URL.",
      HISTORY
    ]
  },
  "pagerduty-webhook-secret": {
    label: "Webhook signing secret",
    steps: [
      "Create a new webhook subscription (a signing secret is shown only when one is created) and deploy its secret to the receiver.",
      "Delete the old subscription: anyone with its secret can forge PagerDuty events to the receiver.",
      HISTORY
    ]
  }
};
var GENERIC = {
  label: "Credential",
  steps: ["Revoke the credential where it was issued and issue a new one.", HISTORY]
};
function credentialKind(ruleId) {
  return KINDS2[ruleId] ?? GENERIC;
}

// src/audit/credentials.ts
var DAY_MS = 864e5;
var byDate = (a, b) => Date.parse(a.date) - Date.parse(b.date);
function occurrenceOf(f) {
  return {
    repository: f.repository ?? "",
    path: f.path,
    line: f.line,
    column: f.column,
    commit: f.commit ?? null,
    fingerprint: f.fingerprint
  };
}
var compareOccurrences = (a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) || (a.commit && b.commit ? byDate(a.commit, b.commit) : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
var STATUS_RANK = { live: 0, unknown: 1, dead: 2 };
function strongerVerification(a, b) {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b : a;
}
var NO_PRIORITY = { rank: 0, status: "unknown", reach: "not-computed", ageDays: null, pastLifetime: false };
function groupFindings(findings) {
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const known = bySecret.get(f.secretHash);
    if (known) {
      known.occurrences.push(occurrenceOf(f));
      const v = strongerVerification(known.verification, f.verification);
      if (v) known.verification = v;
      continue;
    }
    bySecret.set(f.secretHash, {
      secretHash: f.secretHash,
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      confidence: f.confidence,
      region: f.region,
      secret: f.secret,
      occurrences: [occurrenceOf(f)],
      exposure: null,
      ...f.verification ? { verification: f.verification } : {},
      priority: NO_PRIORITY,
      remediation: f.remediation,
      helpUri: f.helpUri
    });
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}
function mergeCredentials(lists) {
  const bySecret = /* @__PURE__ */ new Map();
  for (const list2 of lists) {
    for (const c of list2) {
      const known = bySecret.get(c.secretHash);
      if (!known) {
        bySecret.set(c.secretHash, { ...c, occurrences: [...c.occurrences], exposure: c.exposure && { ...c.exposure, byRepository: [...c.exposure.byRepository] } });
        continue;
      }
      known.occurrences.push(...c.occurrences);
      const v = strongerVerification(known.verification, c.verification);
      if (v) known.verification = v;
      if (c.exposure) {
        const repos = [...known.exposure?.byRepository ?? [], ...c.exposure.byRepository];
        known.exposure = aggregateExposure(repos, null);
      }
    }
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}
function ageInDays(since, asOf) {
  return Math.max(0, Math.floor((asOf - Date.parse(since)) / DAY_MS));
}
function aggregateExposure(byRepository, asOf) {
  const repos = [...new Map(byRepository.map((r) => [r.repository, r])).values()].sort((a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0);
  const introductions = repos.map((r) => r.introduced).filter((p) => p !== null).sort(byDate);
  const removals = repos.map((r) => r.removed);
  const stillThere = repos.some((r) => r.removed === null && r.refs.length > 0);
  const removed = !stillThere && removals.every((p) => p !== null) ? [...removals].sort(byDate).at(-1) ?? null : null;
  const refs = [...new Set(repos.flatMap((r) => r.refs))].sort(compareRefs(null));
  const introduced = introductions[0] ?? null;
  return {
    introduced,
    removed,
    refs,
    onDefaultBranch: repos.some((r) => r.onDefaultBranch),
    published: repos.some((r) => r.published),
    remedy: ["rewrite-history", "forge-keeps", "delete-file"].find((remedy) => repos.some((r) => r.remedy === remedy)) ?? "none",
    ageDays: introduced && asOf !== null ? ageInDays(introduced.date, asOf) : null,
    byRepository: repos
  };
}
function reachOf(exposure2) {
  if (!exposure2) return "not-computed";
  if (exposure2.onDefaultBranch) return "default-branch";
  const inDefaultHistory = exposure2.byRepository.some(
    (r) => r.defaultBranch !== null && (r.refs.includes(r.defaultBranch) || r.refs.includes(r.defaultBranch.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/")))
  );
  if (inDefaultHistory || exposure2.refs.some((r) => r.startsWith("refs/tags/"))) return "tag-or-default-history";
  return exposure2.refs.length ? "branch" : "none";
}
var REACH_RANK = { "default-branch": 0, "tag-or-default-history": 1, branch: 2, "not-computed": 3, none: 4 };
function firstCommitted(c) {
  if (c.exposure?.introduced) return c.exposure.introduced.date;
  const dates = c.occurrences.map((o) => o.commit?.date).filter((d) => d !== void 0).sort((a, b) => Date.parse(a) - Date.parse(b));
  return dates[0] ?? null;
}
function prioritize(credentials, asOf) {
  const ranked = credentials.map((c) => {
    const since = firstCommitted(c);
    const ageDays = since ? ageInDays(since, asOf) : null;
    const lifetime = credentialKind(c.ruleId).maxLifetimeDays;
    const exposure2 = c.exposure ? { ...c.exposure, ageDays } : null;
    const priority2 = {
      rank: 0,
      status: c.verification?.status ?? "unknown",
      reach: reachOf(exposure2),
      ageDays,
      pastLifetime: lifetime !== void 0 && ageDays !== null && ageDays > lifetime
    };
    return { ...c, exposure: exposure2, priority: priority2 };
  });
  ranked.sort(
    (a, b) => STATUS_RANK[a.priority.status] - STATUS_RANK[b.priority.status] || REACH_RANK[a.priority.reach] - REACH_RANK[b.priority.reach] || (b.priority.ageDays ?? -1) - (a.priority.ageDays ?? -1) || (a.secretHash < b.secretHash ? -1 : a.secretHash > b.secretHash ? 1 : 0)
  );
  ranked.forEach((c, i) => c.priority = { ...c.priority, rank: i + 1 });
  return ranked;
}

// src/audit/build.ts
function reportFinding(f, showSecrets, repository2) {
  const out = {
    ...repository2 !== void 0 ? { repository: repository2 } : {},
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: showSecrets ? f.secret : f.redacted,
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region,
    ...f.decoded ? { decoded: f.decoded } : {},
    ...f.evidence ? { evidence: f.evidence } : {},
    ...f.commit ? { commit: f.commit } : {},
    ...f.verification ? { verification: f.verification } : {},
    remediation: f.remediation,
    helpUri: f.helpUri
  };
  return out;
}
function summarizeAudit(credentials, repositories, suppressed, findings) {
  const status = (s) => credentials.filter((c) => c.verification?.status === s).length;
  const findingStatus = (s) => findings.filter((f) => f.verification?.status === s).length;
  return {
    findings: findings.length,
    suppressed,
    live: findingStatus("live"),
    dead: findingStatus("dead"),
    unknown: findingStatus("unknown"),
    repositories,
    credentials: credentials.length,
    occurrences: credentials.reduce((n, c) => n + c.occurrences.length, 0),
    credentialsLive: status("live"),
    credentialsDead: status("dead"),
    credentialsUnknown: status("unknown"),
    credentialsUnverified: credentials.filter((c) => !c.verification).length,
    onDefaultBranch: credentials.filter((c) => c.exposure?.onDefaultBranch).length,
    needHistoryRewrite: credentials.filter((c) => c.exposure?.remedy === "rewrite-history").length,
    pastLifetime: credentials.filter((c) => c.priority.pastLifetime).length
  };
}
function combineScans(repositories, durationMs) {
  const sum = (key) => repositories.reduce((n, r) => n + r.scan[key], 0);
  return {
    mode: "audit",
    root: repositories.map((r) => r.path).join(", "),
    config: null,
    bytesScanned: sum("bytesScanned"),
    filesScanned: sum("filesScanned"),
    commitsScanned: sum("commitsScanned"),
    blobsScanned: sum("blobsScanned"),
    skipped: repositories.flatMap((r) => r.scan.skipped.map((s) => ({ ...s, path: `${r.name}/${s.path}` }))),
    durationMs,
    ...repositories.some((r) => r.scan.shallow) ? { shallow: true } : {}
  };
}
function reportOfScan(result, meta) {
  const findings = result.findings.map((f) => reportFinding(f, meta.showSecrets));
  const credentials = prioritize(groupFindings(findings), meta.asOf);
  const scan2 = result.scan;
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    asOf: new Date(meta.asOf).toISOString(),
    scan: scan2,
    repositories: [],
    credentials,
    findings,
    summary: summarizeAudit(credentials, 0, result.suppressed.length, findings),
    unaudited: [],
    incomplete: result.incomplete,
    secretsShown: meta.showSecrets
  };
}
function plainCredentials(findings, showSecrets) {
  return groupFindings(findings.map((f) => reportFinding(f, showSecrets))).map((c) => ({
    secretHash: c.secretHash,
    ruleId: c.ruleId,
    ruleName: c.ruleName,
    secret: c.secret,
    occurrences: c.occurrences.map(({ repository: _, ...o }) => o),
    exposure: null,
    ...c.verification ? { verification: c.verification } : {}
  }));
}

// src/report/github.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/report/present.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function plural(n, one, many = `${one}s`) {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : grouped(Math.round(value))} ${units[unit]}`;
}
function shownSecret(finding, showSecrets) {
  return showSecrets ? finding.secret : finding.redacted;
}
var isLive = (f) => f.verification?.status === "live";
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
var severityLevel = (severity) => LEVEL[severity];
function findingLevel(f) {
  return isLive(f) ? "error" : LEVEL[f.severity];
}
function comparePriority(a, b) {
  return Number(isLive(b)) - Number(isLive(a)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
}
function byPriority(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => comparePriority(a.f, b.f) || a.i - b.i).map(({ f }) => f);
}
function describeFinding(f, showSecrets) {
  const parts = [];
  parts.push(
    `${isLive(f) ? "LIVE " : ""}${f.ruleName} found in ${f.path} at line ${f.line}, column ${f.column}: ${shownSecret(f, showSecrets)} (${f.confidence} confidence${f.region ? `, ${f.region.toUpperCase()} region` : ""}).`
  );
  if (f.commit) {
    const c = f.commit;
    parts.push(`Introduced in commit ${c.sha} by ${c.author}${c.email ? ` <${c.email}>` : ""} on ${c.date}.`);
  }
  if (f.verification) {
    const v = f.verification;
    if (v.status === "live") parts.push(`LIVE: the PagerDuty API accepted this credential (${v.reason}). Revoke it now.`);
    else if (v.status === "dead") parts.push(`Verified dead: ${v.reason}.`);
    else parts.push(`Liveness unknown: ${v.reason}.`);
  }
  return parts.join(" ");
}
function findingTitle(f) {
  return `${isLive(f) ? "LIVE " : ""}${f.ruleName} (${f.ruleId})`;
}
function summarize(result) {
  const count = (status) => result.findings.filter((f) => f.verification?.status === status).length;
  return {
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    live: count("live"),
    dead: count("dead"),
    unknown: count("unknown"),
    unchecked: result.findings.filter((f) => f.verification?.unchecked).length
  };
}
var SUPPRESSION_WORDS = [
  ["inline", "pdguard:allow"],
  ["exclude", "excluded path"],
  ["allow", "allow list"],
  ["baseline", "baseline"]
];
function describeSuppressions(result) {
  const counts2 = result.scan.suppressed;
  if (!counts2) return "";
  return SUPPRESSION_WORDS.filter(([kind]) => counts2[kind] > 0).map(([kind, words]) => `${grouped(counts2[kind])} by ${words}`).join(", ");
}
function addedAllowNote(f) {
  if (f.addedAllow === void 0) return null;
  return f.addedAllow === "refused" ? "Its pdguard:allow marker was added by this change and is not honoured on a pull request or merge group (the base's .pdguard.yaml can opt in with inline-allow-in-pull-requests: true)." : "Its pdguard:allow marker was added by this change and is honoured only because the base's .pdguard.yaml sets inline-allow-in-pull-requests: true: review it.";
}
function unreadablePaths(result) {
  return result.scan.skipped.filter(isUnreadable);
}
function otherSkips(result) {
  const reasons = /* @__PURE__ */ new Map();
  for (const s of result.scan.skipped) if (!isUnreadable(s)) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return [...reasons].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
var ROTATE_ADVICE = "Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.";
function allowAdvice(mark = (name) => name) {
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line (or ${mark("pdguard:allow-next-line")} on the line before), or run ${mark('pdguard allow FINGERPRINT --reason "..."')} (${mark("--last")}: all of this run's) to allow it in ${mark(".pdguard.yaml")}.`;
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var MAX_LISTED_PATHS = 10;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = properties.filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
function annotation(f, showSecrets) {
  const title = findingTitle(f);
  const message = `${describeFinding(f, showSecrets)}
${f.remediation}
${f.helpUri}`;
  return workflowCommand(
    COMMAND[findingLevel(f)],
    [
      ["file", f.path],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", title]
    ],
    message
  );
}
function formatGithub(result, options) {
  const lines = byPriority(result.findings).map((f) => annotation(f, options.showSecrets));
  if (result.suppressed.length) {
    lines.push(
      workflowCommand("notice", [["title", "pdguard: suppressed findings"]], `${plural(result.suppressed.length, "finding")} suppressed: ${describeSuppressions(result)}.`)
    );
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result);
    let message;
    if (unreadable.length) {
      const listed = unreadable.slice(0, MAX_LISTED_PATHS).map((s) => `${s.path} (${s.reason})`);
      const more = unreadable.length > MAX_LISTED_PATHS ? `, and ${unreadable.length - MAX_LISTED_PATHS} more (see --format json)` : "";
      message = `The scan is incomplete: ${plural(unreadable.length, "path")} could not be read: ${listed.join(", ")}${more}. Credentials there were not looked for: make them readable or exclude them with --exclude.`;
    } else {
      message = "The scan is incomplete: something could not be read (see --format json).";
    }
    lines.push(workflowCommand("error", [["title", "pdguard: scan incomplete"]], message));
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/report/gitlab.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var GITLAB_SCHEMA_VERSION = "15.2.1";
var GITLAB_SCHEMA_URI = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
var NO_COMMIT = "0000000";
var MAX_MESSAGES = 100;
var MAX_NAME = 255;
var MAX_SOLUTION = 7e3;
var SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
var gitlabTime = (ms) => new Date(Math.max(0, ms)).toISOString().slice(0, 19);
function uuidOf(hex) {
  const h = hex.padEnd(32, "0").slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
var clip = (text, max) => text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
function vulnerability(f, options) {
  const text = (name, value) => ({ name, type: "text", value });
  const details = {
    rule: text("Rule", f.ruleId),
    confidence: text("Confidence", f.confidence),
    fingerprint: text("Fingerprint", f.fingerprint),
    secret_hash: text("Secret hash (SHA-256)", f.secretHash)
  };
  if (f.region) details.region = text("Region", f.region.toUpperCase());
  if (f.decoded) details.decoded = text("Decoded from", f.decoded);
  if (f.verification) details.verification = text("Verification", `${f.verification.status}: ${f.verification.reason}`);
  return {
    id: uuidOf(f.fingerprint),
    category: "secret_detection",
    name: clip(`${isLive(f) ? "LIVE " : ""}${f.ruleName}`, MAX_NAME),
    description: describeFinding(f, options.showSecrets),
    severity: isLive(f) ? "Critical" : SEVERITY[f.severity],
    confidence: f.confidence === "high" ? "High" : f.confidence === "medium" ? "Medium" : "Low",
    solution: clip(`${f.remediation} ${ROTATE_ADVICE}`, MAX_SOLUTION),
    scanner: { id: TOOL_NAME, name: TOOL_NAME },
    identifiers: [
      { type: "pdguard_rule_id", name: `pdguard ${f.ruleId}`, value: f.ruleId, url: f.helpUri },
      { type: "cwe", name: "CWE-798", value: "798", url: "https://cwe.mitre.org/data/definitions/798.html" }
    ],
    links: [{ name: f.ruleName, url: f.helpUri }],
    location: {
      file: f.path,
      start_line: f.line,
      end_line: f.endLine,
      commit: f.commit ? { sha: f.commit.sha, author: f.commit.email ? `${f.commit.author} <${f.commit.email}>` : f.commit.author, date: f.commit.date } : { sha: NO_COMMIT }
    },
    ...options.showSecrets ? { raw_source_code_extract: shownSecret(f, true) } : {},
    details
  };
}
function messages(result) {
  const unreadable = unreadablePaths(result);
  const out = unreadable.slice(0, MAX_MESSAGES).map((s) => ({ level: "warn", value: `${s.path}: ${s.reason}` }));
  if (unreadable.length > MAX_MESSAGES) out.push({ level: "warn", value: `${unreadable.length - MAX_MESSAGES} more paths could not be read` });
  if (result.incomplete) out.push({ level: "fatal", value: "the scan is incomplete: what could not be read may hold a credential (pdguard exits 2)" });
  if (result.scan.shallow) out.push({ level: "warn", value: "shallow clone: history before its boundary was not scanned (fetch-depth: 0, or GIT_DEPTH: 0 in GitLab CI)" });
  return out;
}
function formatGitlab(result, options) {
  const tool = { id: TOOL_NAME, name: TOOL_NAME, url: INFORMATION_URI, version: options.toolVersion, vendor: { name: TOOL_NAME } };
  const report = {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URI,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: "secret_detection",
      start_time: gitlabTime(options.endedAt - result.scan.durationMs),
      end_time: gitlabTime(options.endedAt),
      status: result.incomplete ? "failure" : "success",
      messages: messages(result)
    },
    vulnerabilities: byPriority(result.findings).map((f) => vulnerability(f, options))
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/html.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/audit/forge.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function hostAndPath(url) {
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return { host: scp[1].toLowerCase(), path: scp[2] };
  try {
    const parsed = new URL(url);
    if (!["http:", "https:", "ssh:", "git:"].includes(parsed.protocol) || !parsed.hostname) return null;
    return { host: parsed.hostname.toLowerCase(), path: decodeURIComponent(parsed.pathname.replace(/^\/+/, "")) };
  } catch {
    return null;
  }
}
function sanitizeRemote(url) {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === "file:") return trimmed;
    if (parsed.username || parsed.password) {
      parsed.username = "";
      parsed.password = "";
    }
    parsed.search = "";
    return parsed.toString();
  } catch {
    return trimmed;
  }
}
function remoteName(url) {
  const hp = hostAndPath(url);
  if (!hp) return null;
  const path = hp.path.replace(/\.git\/?$/, "").replace(/\/+$/, "");
  return path.includes("/") ? path : null;
}
function forgeOf(url) {
  const hp = hostAndPath(url);
  const name = remoteName(url);
  if (!hp || !name) return null;
  const host = hp.host === "ssh.github.com" ? "github.com" : hp.host;
  const kind = /(^|\.)github\./.test(host) || host === "github.com" ? "github" : /(^|\.)gitlab\./.test(host) || host === "gitlab.com" ? "gitlab" : null;
  if (!kind) return null;
  return { kind, url: `https://${host}/${name.split("/").map(encodeURIComponent).join("/")}` };
}
function commitLink(forge2, sha) {
  return forge2.kind === "github" ? `${forge2.url}/commit/${sha}` : `${forge2.url}/-/commit/${sha}`;
}
function fileLink(forge2, sha, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return forge2.kind === "github" ? `${forge2.url}/blob/${sha}/${encoded}#L${line}` : `${forge2.url}/-/blob/${sha}/${encoded}#L${line}`;
}

// src/audit/text.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/report/layout.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var DEFAULT_WIDTH = 80;
var NARROWEST = 40;
var SGR = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return [...text.replace(SGR, "")].length;
}
function wrapWords(text, width, first = "", rest = first) {
  const limit = Math.max(width, NARROWEST);
  const lines = [];
  let line = first;
  let empty = true;
  for (const [, gap, word] of text.matchAll(/( *)([^ ]+)/g)) {
    if (!empty && visibleLength(line) + gap.length + visibleLength(word) > limit) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : `${gap}${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControls(text) {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/audit/text.ts
function statusWord(c) {
  if (!c.verification) return "not verified";
  return c.verification.status === "live" ? "LIVE" : c.verification.status;
}
function remedyText(c) {
  const e = c.exposure;
  if (!e) return "Exposure not computed (run pdguard audit for it).";
  if (e.remedy === "forge-keeps") {
    return "Rotate it. Only pull request refs reach it, and the forge keeps them: deleting the branch does not remove it, and no push or history rewrite can (only the forge's support can purge them).";
  }
  if (e.remedy === "rewrite-history") {
    return "Rotate it. It is reachable from a published ref (a remote-tracking branch or a tag): deleting the file leaves it in history; only a history rewrite (git filter-repo, then a force push and every clone re-cloned) removes it.";
  }
  if (e.remedy === "delete-file") {
    return "Rotate it. Only unpublished local branches hold it: delete it there (amend or rebase those commits) before they are pushed.";
  }
  return "No ref reaches it any more; rotate it if it was ever pushed.";
}

// src/report/html.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
var Html = class {
  constructor(text) {
    this.text = text;
  }
  text;
  toString() {
    return this.text;
  }
};
function render(part) {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === void 0 || part === false) return "";
  return escapeHtml(String(part));
}
function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => out += render(value) + strings[i + 1]);
  return new Html(out);
}
function link(href, text) {
  return href && /^https:\/\/[^\s"'<>\\`]+$/.test(href) ? html`<a href="${href}" rel="noreferrer noopener">${text}</a>` : html`${text}`;
}
var short = (ref) => ref.replace(/^refs\/(heads|tags|remotes)\//, "");
var day = (iso) => iso ? iso.slice(0, 10) : "";
var REACH_LABEL = {
  "default-branch": "default branch today",
  "tag-or-default-history": "tag / default-branch history",
  branch: "feature branches only",
  none: "unreachable",
  "not-computed": "not computed"
};
var STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#57606a;--line:#d0d7de;--live:#c62828;--dead:#2e7d32;--unknown:#9a6700;--bar:#5b7bd5;--accent:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#8b949e;--line:#30363d;--accent:#161b22;--bar:#7d9cf0}}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:0}h3.inline{display:inline}
.meta,.muted{color:var(--muted)}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:120px;background:var(--accent)}
.card b{display:block;font-size:22px}.card.live b{color:var(--live)}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;white-space:nowrap;background:var(--accent)}th[aria-sort=ascending]::after{content:" \u25B2"}th[aria-sort=descending]::after{content:" \u25BC"}
.status{font-weight:600;text-transform:uppercase;font-size:12px}.status.live{color:var(--live)}.status.dead{color:var(--dead)}.status.unknown,.status.unverified{color:var(--unknown)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:1px 2px;font-size:12px}
.warn{color:var(--live);font-weight:600}
details{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:8px 12px}summary{cursor:pointer}
details ol{margin:6px 0 6px 20px;padding:0}svg text{fill:var(--fg);font-size:11px}svg .axis{stroke:var(--line)}
svg .bar{fill:var(--bar);opacity:.75}svg .bar.open{opacity:1}svg .dot{fill:var(--fg)}svg .gone{fill:var(--dead)}
`;
var SCRIPT = `
(function(){
  var table=document.getElementById('credentials');if(!table)return;
  var heads=table.tHead.rows[0].cells;
  function key(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent.trim().toLowerCase():v;}
  function sortBy(i){
    var th=heads[i];var asc=th.getAttribute('aria-sort')!=='ascending';
    for(var j=0;j<heads.length;j++)heads[j].removeAttribute('aria-sort');
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var numeric=th.getAttribute('data-type')==='number';
    var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
    rows.map(function(r,n){return {r:r,n:n,k:key(r,i)};}).sort(function(a,b){
      var x=a.k,y=b.k;if(numeric){x=parseFloat(x);y=parseFloat(y);if(isNaN(x))x=-Infinity;if(isNaN(y))y=-Infinity;}
      var d=x<y?-1:x>y?1:0;return (asc?d:-d)||a.n-b.n;
    }).forEach(function(e){body.appendChild(e.r);});
  }
  for(var i=0;i<heads.length;i++)(function(i){
    heads[i].tabIndex=0;
    heads[i].addEventListener('click',function(){sortBy(i);});
    heads[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  })(i);
})();
`;
function statusClass(c) {
  return c.verification?.status ?? "unverified";
}
function repositoriesOf(c) {
  return [...new Set(c.occurrences.map((o) => o.repository).filter(Boolean))];
}
var isAudit = (report) => report.scan.mode === "audit";
function summaryCards(report) {
  const s = report.summary;
  const scanned2 = report.scan;
  const cards = [
    [s.credentials === 1 ? "credential" : "credentials", s.credentials],
    [s.occurrences === 1 ? "occurrence" : "occurrences", s.occurrences],
    ...isAudit(report) ? [[(s.repositories || 1) === 1 ? "repository" : "repositories", s.repositories || 1]] : scanned2.commitsScanned || scanned2.blobsScanned ? [[scanned2.commitsScanned === 1 ? "commit scanned" : "commits scanned", scanned2.commitsScanned], [scanned2.blobsScanned === 1 ? "blob scanned" : "blobs scanned", scanned2.blobsScanned]] : [[scanned2.filesScanned === 1 ? "file scanned" : "files scanned", scanned2.filesScanned]],
    ["live", s.credentialsLive, "live"],
    ["dead", s.credentialsDead],
    ["unknown", s.credentialsUnknown],
    ["not verified", s.credentialsUnverified],
    ...isAudit(report) ? [
      ["on a default branch today", s.onDefaultBranch],
      [s.needHistoryRewrite === 1 ? "needs a history rewrite" : "need a history rewrite", s.needHistoryRewrite],
      [s.pastLifetime === 1 ? "past its lifetime" : "past their lifetime", s.pastLifetime]
    ] : [],
    ["suppressed", s.suppressed]
  ];
  return html`<div class="cards" id="summary">${cards.map(([label, n, cls]) => html`<div class="card${cls ? ` ${cls}` : ""}" data-count="${label}"><b>${grouped(Number(n))}</b>${label}</div>`)}</div>`;
}
function timeline(report) {
  const asOf = Date.parse(report.asOf);
  const rows = report.credentials.map((c) => {
    const start = c.exposure?.introduced?.date ?? c.occurrences.map((o) => o.commit?.date).filter(Boolean).sort()[0];
    return start ? { c, start: Date.parse(start), end: c.exposure?.removed ? Date.parse(c.exposure.removed.date) : null } : null;
  }).filter((r) => r !== null && !Number.isNaN(r.start));
  if (!rows.length) return html`<p class="muted">No commit dates to draw (a scan of files, not of history).</p>`;
  const min = Math.min(...rows.map((r) => r.start));
  const max = Math.max(asOf, ...rows.map((r) => r.end ?? r.start));
  const left = 70;
  const width = 900;
  const rowHeight = 18;
  const x = (t) => left + (t - min) / Math.max(max - min, 1) * (width - left - 10);
  const height = rows.length * rowHeight + 30;
  const parts = [];
  rows.forEach((r, i) => {
    const y = 8 + i * rowHeight;
    const end = r.end ?? asOf;
    const open = r.end === null;
    const title = `#${r.c.priority.rank} ${r.c.ruleName}: introduced ${day(new Date(r.start).toISOString())}${open ? ", not removed" : `, removed ${day(new Date(end).toISOString())}`}`;
    parts.push(html`<text x="0" y="${y + 11}">#${r.c.priority.rank}</text>`);
    parts.push(html`<rect class="bar${open ? " open" : ""}" x="${x(r.start).toFixed(1)}" y="${y + 2}" width="${Math.max(2, x(end) - x(r.start)).toFixed(1)}" height="${rowHeight - 6}" rx="3"><title>${title}</title></rect>`);
    for (const o of r.c.occurrences) {
      if (!o.commit) continue;
      parts.push(html`<circle class="dot" cx="${x(Date.parse(o.commit.date)).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>${`${o.repository ? `${o.repository}: ` : ""}${o.path} in ${o.commit.sha.slice(0, 10)} (${day(o.commit.date)})`}</title></circle>`);
    }
    if (!open) parts.push(html`<circle class="gone" cx="${x(end).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>removed</title></circle>`);
  });
  const axisY = rows.length * rowHeight + 12;
  parts.push(html`<line class="axis" x1="${left}" y1="${axisY}" x2="${width - 10}" y2="${axisY}"/>`);
  parts.push(html`<text x="${left}" y="${axisY + 14}">${day(new Date(min).toISOString())}</text>`);
  parts.push(html`<text x="${width - 10}" y="${axisY + 14}" text-anchor="end">${day(new Date(max).toISOString())}</text>`);
  return html`<svg id="timeline" role="img" aria-label="When each credential was introduced and removed" viewBox="0 0 ${width} ${height}" width="100%">${parts}</svg>`;
}
function table(report) {
  const head = [
    ["#", "number"],
    ["Credential type", "text"],
    ["Secret", "text"],
    ["Status", "text"],
    ["Exposure", "text"],
    ["Age (days)", "number"],
    ["Repositories", "text"],
    ["Occurrences", "number"]
  ];
  const rows = report.credentials.map((c) => {
    const kind = credentialKind(c.ruleId);
    const repos = repositoriesOf(c);
    const exposure2 = `${REACH_LABEL[c.priority.reach]}${c.exposure?.remedy === "rewrite-history" ? " \xB7 history rewrite needed" : c.exposure?.remedy === "forge-keeps" ? " \xB7 kept by the forge: rotate" : ""}`;
    return html`<tr id="row-${c.priority.rank}" data-secret-hash="${c.secretHash}"><td data-sort="${c.priority.rank}"><a href="#credential-${c.priority.rank}">${c.priority.rank}</a></td><td>${kind.label === "Credential" ? c.ruleName : kind.label}</td><td class="mono">${c.secret}</td><td data-sort="${["live", "unknown", "unverified", "dead"].indexOf(statusClass(c))}"><span class="status ${statusClass(c)}">${statusWord(c)}</span>${c.priority.pastLifetime ? html` <span class="tag">past lifetime</span>` : ""}</td><td data-sort="${["default-branch", "tag-or-default-history", "branch", "not-computed", "none"].indexOf(c.priority.reach)}">${exposure2}</td><td data-sort="${c.priority.ageDays ?? ""}">${c.priority.ageDays ?? ""}</td><td>${repos.join(", ")}</td><td data-sort="${c.occurrences.length}">${c.occurrences.length}</td></tr>`;
  });
  return html`<table id="credentials"><thead><tr>${head.map(([label, type]) => html`<th scope="col" data-type="${type}">${label}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}
function occurrenceItem(o, forges) {
  const forge2 = forges.get(o.repository) ?? null;
  const where = html`<code>${o.path}:${o.line}</code>`;
  const file = o.commit && forge2 ? link(fileLink(forge2, o.commit.sha, o.path, o.line), where) : where;
  const sha = o.commit ? html`<code>${o.commit.sha.slice(0, 12)}</code>` : null;
  const commit = o.commit ? html` in ${forge2 ? link(commitLink(forge2, o.commit.sha), sha) : sha} by ${o.commit.author}${o.commit.email ? html` &lt;${o.commit.email}&gt;` : ""} on ${day(o.commit.date)}` : "";
  return html`<li>${o.repository ? html`<b>${o.repository}</b>: ` : ""}${file}${commit}</li>`;
}
function exposureItem(r, forges) {
  const forge2 = forges.get(r.repository) ?? null;
  const commit = (sha) => forge2 ? link(commitLink(forge2, sha), html`<code>${sha.slice(0, 12)}</code>`) : html`<code>${sha.slice(0, 12)}</code>`;
  const parts = [];
  if (r.introduced) parts.push(html`introduced ${day(r.introduced.date)} in ${commit(r.introduced.sha)}${r.introduced.author ? html` by ${r.introduced.author}` : ""}`);
  if (r.removed) parts.push(html`removed ${day(r.removed.date)} in ${commit(r.removed.sha)}${r.removed.author ? html` by ${r.removed.author}` : ""}`);
  else parts.push(html`<span class="warn">not removed</span>`);
  const branch = short(r.defaultBranch ?? "the default branch");
  parts.push(r.onDefaultBranch ? html`<span class="warn">in the tip of ${branch} today</span>` : html`not in the tip of ${branch}`);
  const refs = r.refs.map((ref) => {
    const holds = r.presentAt.includes(ref);
    return html`<span class="tag${holds ? " warn" : ""}" title="${ref}${holds ? ": its tip holds it" : ""}">${short(ref)}</span>`;
  });
  const kept = keptByForge(r.refs);
  if (kept) parts.push(html`<span class="warn">${kept}</span>`);
  const joined = parts.flatMap((p, i) => i ? [html`; `, p] : [p]);
  return html`<li><b>${r.repository}</b>: ${joined}.<br>Reachable from: ${refs.length ? refs : html`<i>no ref</i>`}</li>`;
}
function detail(c, forges) {
  const kind = credentialKind(c.ruleId);
  const v = c.verification;
  const lines = [];
  lines.push(
    html`<p><span class="status ${statusClass(c)}">${statusWord(c)}</span>${v ? html` — ${v.reason}` : " \u2014 run with --verify to check it"}. <span class="muted">secretHash <code>${c.secretHash}</code>; rule <code>${c.ruleId}</code>; ${c.confidence} confidence${c.region ? html`; ${c.region.toUpperCase()} region` : ""}.</span></p>`
  );
  if (c.priority.pastLifetime && kind.lifetime) lines.push(html`<p>Older than its lifetime (${kind.lifetime}): probably expired by itself, but only verification says so.</p>`);
  lines.push(html`<p><b>What removing it takes:</b> ${remedyText(c)}</p>`);
  if (c.exposure?.byRepository.length) lines.push(html`<h4>Exposure</h4><ul>${c.exposure.byRepository.map((r) => exposureItem(r, forges))}</ul>`);
  lines.push(html`<h4>${plural(c.occurrences.length, "occurrence")}</h4><ul>${c.occurrences.map((o) => occurrenceItem(o, forges))}</ul>`);
  lines.push(html`<h4>Rotation steps</h4><ol>${kind.steps.map((step) => html`<li>${step}</li>`)}</ol>`);
  lines.push(html`<p class="muted">${c.remediation} ${link(c.helpUri, c.helpUri)}</p>`);
  const age = c.priority.ageDays !== null ? ` \xB7 ${plural(c.priority.ageDays, "day")}` : "";
  return html`<details id="credential-${c.priority.rank}" data-secret-hash="${c.secretHash}"${c.priority.rank <= 3 ? html` open` : ""}><summary><h3 class="inline">#${c.priority.rank} ${c.ruleName} <code>${c.secret}</code></h3> <span class="muted">${REACH_LABEL[c.priority.reach]}${age}</span></summary>${lines}</details>`;
}
var cspHash = (text) => `'sha256-${(0, import_node_crypto.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
var CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
function scanned(s) {
  const run = `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")} scanned`;
  if (!s.cached) return run;
  const covered = [s.cached.commits ? plural(s.cached.commits, "commit") : "", s.cached.blobs ? plural(s.cached.blobs, "clean blob") : ""].filter(Boolean).join(" and ");
  return `${s.cached.commits && s.commitsScanned === 0 ? "no new commits since the last audit" : "cache reused"} (${covered} from the history cache); this run: ${run}`;
}
function formatHtml(report, options = {}) {
  const forges = new Map(report.repositories.map((r) => [r.name, r.forge]));
  const what = report.repositories.length ? report.repositories.map((r) => r.name).join(", ") : report.scan.root;
  const command = isAudit(report) ? "audit" : report.scan.mode === "files" || report.scan.mode === "stdin" ? "scan" : report.scan.mode;
  const title = options.title ?? `pdguard ${command}: ${what}`;
  const repos = report.repositories.length ? html`<ul>${report.repositories.map(
    (r) => html`<li><b>${r.name}</b> ${r.forge ? link(r.forge.url, r.forge.url) : r.remote ? html`<code>${r.remote}</code>` : ""} <span class="muted">— default branch ${short(r.defaultBranch ?? "unknown")}; ${scanned(r.scan)}</span></li>`
  )}</ul>` : "";
  const shown = report.secretsShown ? html`<span class="warn">shown in full: handle this file as a secret</span>` : "redacted";
  const incomplete = report.incomplete ? html` · <span class="warn">incomplete: some content could not be read</span>` : "";
  const body = [
    html`<h1>${title}</h1>`,
    html`<p class="meta">${report.tool.name} ${report.tool.version} · as of ${report.asOf.replace("T", " ").replace(/\.\d+Z$/, " UTC")} · secrets ${shown}${incomplete}</p>`,
    summaryCards(report),
    repos,
    report.unaudited.length ? html`<h2>Not audited</h2><p class="warn">The audit is incomplete: these could not be audited.</p><ul id="unaudited">${report.unaudited.map((u) => html`<li><code>${u.path}</code>: ${u.reason}</li>`)}</ul>` : "",
    html`<h2>Timeline</h2>`,
    timeline(report),
    html`<h2>Credentials</h2>`,
    report.credentials.length ? html`<p class="muted">Most urgent first: live, then unknown, then dead; what the default branch or a tag holds before feature branches; then the oldest. Click a header to sort.</p>${table(report)}` : html`<p>No PagerDuty credentials found.</p>`,
    report.credentials.length ? html`<h2>Details and rotation steps</h2>` : "",
    ...report.credentials.map((c) => detail(c, forges))
  ];
  return `${html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new Html(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${body.map((part) => html`${part}
`)}<script>${new Html(SCRIPT)}</script>
</body>
</html>
`}`;
}

// src/report/json.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function formatJson(result, options) {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => reportFinding(f, options.showSecrets)),
    // Each secret once, with every place it was found (`pdguard audit` adds its exposure).
    credentials: plainCredentials(result.findings, options.showSecrets),
    summary: summarize(result)
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/sarif.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_zlib = __toESM(require_node_zlib(), 1);
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "pdguard/v1";
var SRCROOT = "%SRCROOT%";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 95e5;
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var PRECISION = { high: "very-high", medium: "medium", low: "low" };
var CWE_TAG = "external/cwe/cwe-798";
var MAX_LISTED_SKIPS = 1e3;
function pascalName(name) {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return out || "Rule";
}
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function artifactLocation(path) {
  const clean = wellFormed(path);
  const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
  if (clean.startsWith("/")) return { uri: `file://${encode(clean)}` };
  const drive = /^([A-Za-z]):\//.exec(clean);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(clean.slice(3))}` };
  return { uri: encode(clean), uriBaseId: SRCROOT };
}
function ruleDescriptor(rule) {
  const tags = [.../* @__PURE__ */ new Set(["security", "secret", ...rule.tags, CWE_TAG])];
  const helpText = [
    `${rule.name} (${rule.id})`,
    "",
    rule.description,
    "",
    `Remediation: ${rule.remediation}`,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice(),
    "",
    `More: ${rule.helpUri}`
  ].join("\n");
  const helpMarkdown = [
    `**${rule.name}** (\`${rule.id}\`)`,
    "",
    rule.description,
    "",
    "## Remediation",
    "",
    rule.remediation,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice((name) => `\`${name}\``),
    "",
    `[${rule.helpUri}](${rule.helpUri})`
  ].join("\n");
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: severityLevel(rule.severity) },
    properties: {
      tags,
      precision: PRECISION[rule.confidence],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      "problem.severity": severityLevel(rule.severity) === "note" ? "recommendation" : severityLevel(rule.severity),
      confidence: rule.confidence,
      severity: rule.severity
    }
  };
}
function ruleFromFinding(f) {
  return {
    id: f.ruleId,
    name: f.ruleName,
    description: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    keywords: [],
    patterns: [],
    secret: {},
    knownExamples: /* @__PURE__ */ new Set(),
    region: {},
    verify: { method: "none" },
    remediation: f.remediation,
    helpUri: f.helpUri,
    tags: [],
    examples: [],
    negativeExamples: [],
    source: ""
  };
}
function sarifResult(f, ruleIndex, showSecrets) {
  const properties = {
    confidence: f.confidence,
    severity: f.severity,
    secretHash: f.secretHash
  };
  if (f.region) properties.region = f.region;
  if (f.decoded) properties.decoded = f.decoded;
  if (f.evidence) properties.evidence = f.evidence;
  if (f.verification) properties.verification = f.verification;
  if (f.commit) properties.commit = f.commit;
  const note = addedAllowNote(f);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: findingLevel(f),
    message: { text: note ? `${describeFinding(f, showSecrets)} ${note}` : describeFinding(f, showSecrets) },
    // A marker the change under review added: never a silent suppression. Rejected (the finding
    // stands) by default; under review where the base's configuration let it suppress the finding.
    ...note ? { suppressions: [{ kind: "inSource", status: f.addedAllow === "refused" ? "rejected" : "underReview", justification: note }] } : {},
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.path),
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(1, f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn)
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties
  };
}
function skipNotifications(result) {
  const out = [];
  const unreadable = unreadablePaths(result);
  for (const s of unreadable.slice(0, MAX_LISTED_SKIPS)) {
    out.push({
      level: "error",
      message: { text: `${s.path} could not be read (${s.reason}): the scan is incomplete.` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }]
    });
  }
  if (unreadable.length > MAX_LISTED_SKIPS) {
    out.push({
      level: "error",
      message: { text: `${plural(unreadable.length - MAX_LISTED_SKIPS, "more path")} could not be read (see --format json).` }
    });
  }
  if (result.incomplete && unreadable.length === 0) {
    out.push({ level: "error", message: { text: "The scan is incomplete: something could not be read (see --format json)." } });
  }
  for (const warning of result.scan.warnings ?? []) out.push({ level: "warning", message: { text: warning } });
  const skips = otherSkips(result);
  if (skips.length) {
    const list2 = skips.map(([r, n]) => `${grouped(n)} ${r}`);
    out.push({ level: "note", message: { text: `Skipped ${plural(result.scan.skipped.length - unreadable.length, "path")}: ${list2.join(", ")}.` } });
  }
  return out;
}
function formatSarif(result, options) {
  const maxResults = options.limits?.maxResults ?? MAX_RESULTS;
  const maxGzipBytes = options.limits?.maxGzipBytes ?? MAX_GZIP_BYTES;
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const addRule = (rule) => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule));
  };
  const shown = [...result.findings, ...result.suppressed.filter((f) => f.addedAllow !== void 0)];
  for (const rule of result.rules) addRule(rule);
  for (const f of shown) addRule(ruleFromFinding(f));
  const total = shown.length;
  const order = shown.map((_, i) => i).sort((a, b) => comparePriority(shown[a], shown[b]) || a - b);
  const allResults = shown.map((f) => sarifResult(f, ruleIndex.get(f.ruleId), options.showSecrets));
  const baseNotifications = skipNotifications(result);
  const capped = Math.min(total, maxResults);
  const build = (count2, sizeLimited2) => {
    const keep = order.slice(0, count2).sort((a, b) => a - b);
    const notifications = [...baseNotifications];
    if (count2 < total) {
      const why = sizeLimited2 ? `the report must stay under GitHub's 10 MB gzipped upload limit${capped < total ? ` and its limit of ${plural(maxResults, "result")} per run` : ""}` : `GitHub code scanning accepts at most ${plural(maxResults, "result")} per run`;
      notifications.push({
        level: "warning",
        message: {
          text: `${plural(total - count2, "finding")} of ${grouped(total)} left out of this report: ${why}. The most severe are kept (live first, then by severity and confidence); run with --format json to see every finding.`
        }
      });
    }
    const log = {
      $schema: SARIF_SCHEMA_URI,
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: TOOL_NAME,
              .../^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {},
              version: options.toolVersion,
              informationUri: INFORMATION_URI,
              rules
            }
          },
          invocations: [
            {
              executionSuccessful: !result.incomplete,
              ...notifications.length ? { toolExecutionNotifications: notifications } : {}
            }
          ],
          originalUriBaseIds: {
            [SRCROOT]: { description: { text: `The root pdguard scanned (${result.scan.root}); result paths are relative to it.` } }
          },
          columnKind: "utf16CodeUnits",
          results: keep.map((i) => allResults[i]),
          properties: {
            scanMode: result.scan.mode,
            findings: result.findings.length,
            reported: count2,
            suppressed: result.suppressed.length,
            ...result.scan.suppressed ? { suppressedBy: result.scan.suppressed } : {}
          }
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  };
  let count = capped;
  let sizeLimited = false;
  for (; ; ) {
    const text = build(count, sizeLimited);
    if (count === 0 || Buffer.byteLength(text, "utf8") <= maxGzipBytes - 1024) return text;
    const gzipped = (0, import_node_zlib.gzipSync)(text).length;
    if (gzipped <= maxGzipBytes) return text;
    sizeLimited = true;
    count = Math.max(0, Math.min(count - 1, Math.floor(count * (maxGzipBytes / gzipped) * 0.95)));
  }
}

// src/report/text.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path6 = __toESM(require_node_path(), 1);
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
var FINDING_INDENT = 20;
var SKIPS_LISTED = 20;
var IGNORED_LISTED = 3;
function seconds(ms) {
  return grouped2(ms / 1e3);
}
function describeScan(result) {
  const s = result.scan;
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")}` : plural(s.filesScanned, "file");
  return `${cacheNote(s)}${what}, ${formatBytes(s.bytesScanned)} scanned in ${seconds(s.durationMs)} s`;
}
function cacheNote(s) {
  if (!s.cached) return "";
  const covered = [s.cached.commits ? plural(s.cached.commits, "commit") : "", s.cached.blobs ? plural(s.cached.blobs, "clean blob") : ""].filter(Boolean).join(" and ");
  const lead = s.cached.commits && s.commitsScanned === 0 ? "No new commits since the last run" : "Reused";
  return `${lead} (${covered} from the history cache); this run: `;
}
var tooLarge = (result) => result.scan.skipped.filter((s) => s.kind === "too-large").length;
var nothingRead = (result) => result.scan.filesScanned === 0 && result.scan.blobsScanned === 0 && result.scan.bytesScanned === 0 && !result.scan.cached;
var NOTHING_HINT = {
  files: "; check the paths, --include, --exclude and the exclude: list of .pdguard.yaml"
};
var dim = (paint, text) => text.split(" ").map((word) => word ? paint("2", word) : word).join(" ");
function findingLines(f, options, paint, lifetime, width) {
  const where = `${grouped(f.line)}:${grouped(f.column)}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [escapeControls(f.ruleId), `${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.decoded) details.push(`decoded from ${escapeControls(f.decoded)}`);
  if (f.commit) details.push(`commit ${escapeControls(f.commit.sha.slice(0, 10))} by ${escapeControls(f.commit.author)} on ${escapeControls(f.commit.date.slice(0, 10))}`);
  if (f.commit && lifetime && !f.verification) details.push(`${escapeControls(lifetime)}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === "live" ? paint("1;31", "LIVE") : v.status;
    details.push(`${status}: ${escapeControls(v.reason)}`);
  }
  details.push(`fingerprint ${f.fingerprint.slice(0, 12)}`);
  const secret = paint("1", escapeControls(shownSecret(f, options.showSecrets)));
  const text = `${escapeControls(f.ruleName)}  ${secret}  ${dim(paint, `(${details.join("; ")})`)}`;
  return wrapWords(text, width, `  ${where}${severity}  `, " ".repeat(FINDING_INDENT));
}
function shownPath(path, prefix) {
  return prefix && !(0, import_node_path6.isAbsolute)(path) ? import_node_path6.posix.join(prefix, path) : path;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const width = options.width ?? DEFAULT_WIDTH;
  const wrap = (text, indent = "  ") => wrapWords(text, width, "", indent);
  const blocks = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list2 = byPath.get(f.path) ?? [];
    list2.push(f);
    byPath.set(f.path, list2);
  }
  const paths = [...byPath.keys()].sort((a, b) => {
    const live = (p) => byPath.get(p).some((f) => f.verification?.status === "live") ? 0 : 1;
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a, b) => Number(b.verification?.status === "live") - Number(a.verification?.status === "live");
  for (const path of paths) {
    blocks.push([
      paint("1;4", escapeControls(shownPath(path, options.pathPrefix))),
      ...[...byPath.get(path)].sort(liveFirst).flatMap((f) => findingLines(f, options, paint, lifetimes.get(f.ruleId), width))
    ]);
  }
  const status = [];
  if (!options.quiet) {
    const summary = summarize(result);
    const by = describeSuppressions(result);
    const suppressed = summary.suppressed ? ` (${grouped(summary.suppressed)} suppressed${by ? `: ${by}` : ""})` : "";
    if (result.findings.length === 0 && nothingRead(result)) {
      status.push(...wrap(`${paint("33", "\u26A0")} Nothing was scanned: ${describeScan(result)}${NOTHING_HINT[result.scan.mode] ?? ""}.`));
    } else if (result.findings.length === 0 && tooLarge(result) === 0) {
      status.push(...wrap(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`));
    } else if (result.findings.length === 0) {
      status.push(...wrap(`No PagerDuty credentials found in what was read${suppressed}. ${describeScan(result)}.`));
    } else {
      const count = grouped;
      const verified = result.findings.some((f) => f.verification) ? `; ${count(summary.live)} live, ${count(summary.dead)} dead, ${count(summary.unknown)} unknown` : "";
      status.push(
        ...wrap(`${paint("1;31", "\u2716")} ${plural(result.findings.length, "PagerDuty credential")} found in ${plural(byPath.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`)
      );
    }
  }
  const unreadable = unreadablePaths(result);
  if (unreadable.length) {
    status.push(paint("33", `\u26A0 The scan is incomplete: ${plural(unreadable.length, "path")} could not be read:`));
    for (const s of unreadable.slice(0, SKIPS_LISTED)) status.push(...wrapWords(`${escapeControls(shownPath(s.path, options.pathPrefix))}: ${escapeControls(s.reason)}`, width, "    ", "      "));
    if (unreadable.length > SKIPS_LISTED) status.push(`    \u2026 and ${grouped(unreadable.length - SKIPS_LISTED)} more (see --format json)`);
  }
  const unread = tooLarge(result);
  const unit = result.scan.mode === "history" || result.scan.mode === "pre-push" ? "blob" : "file";
  if (unread) status.push(...wrap(`${paint("33", "\u26A0")} ${plural(unread, unit)} larger than --max-file-size ${unread === 1 ? "was" : "were"} not read, so not searched (listed with --format json).`));
  for (const warning of result.scan.warnings ?? []) status.push(...wrap(`${paint("33", "\u26A0")} ${escapeControls(warning)}`));
  const ignored = result.scan.ignored ?? 0;
  if (ignored && !options.quiet) {
    const named = (result.scan.ignoredPaths ?? []).slice(0, IGNORED_LISTED).map((p) => escapeControls(shownPath(p, options.pathPrefix)));
    const list2 = `${named.join(", ")}${ignored > named.length ? ", \u2026" : ""}`;
    status.push(...wrap(`${plural(ignored, "path")} ignored by .gitignore (${list2}): --no-gitignore to scan them.`).map((l) => paint("2", l)));
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    status.push(...wrap(`Skipped ${plural(count, "path")}: ${skips.map(([r, n]) => `${grouped(n)} ${escapeControls(r)}`).join(", ")}.`).map((l) => paint("2", l)));
  }
  if (status.length) blocks.push(status);
  if (result.findings.length && !options.quiet) {
    const advice = [paint("1", "What to do, for each credential above:")];
    const rules = /* @__PURE__ */ new Map();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) {
      advice.push(...wrapWords(`${paint("1", `${escapeControls(f.ruleName)}:`)} ${escapeControls(f.remediation)} ${escapeControls(f.helpUri)}`, width, "  ", "    "));
    }
    advice.push(...wrapWords(ROTATE_ADVICE, width, "  ", "    "), ...wrapWords(allowAdvice((name) => paint("1", name)), width, "  ", "    "));
    blocks.push(advice);
  }
  return blocks.length ? `${blocks.map((b) => b.join("\n")).join("\n\n")}
` : "";
}

// src/report/formats.ts
function newestCommit(result) {
  return Math.max(0, ...result.findings.map((f) => f.commit ? Date.parse(f.commit.date) : 0).filter((t) => !Number.isNaN(t)));
}
var FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result, options) => formatJson(result, options),
  sarif: (result, options) => formatSarif(result, options),
  github: (result, options) => formatGithub(result, options),
  gitlab: (result, options) => formatGitlab(result, { showSecrets: options.showSecrets, toolVersion: options.toolVersion, endedAt: options.asOf ?? newestCommit(result) }),
  html: (result, options) => formatHtml(reportOfScan(result, { toolVersion: options.toolVersion, showSecrets: options.showSecrets, asOf: options.asOf ?? newestCommit(result) }))
};
function formatReport(format, result, options) {
  return FORMATTERS[format](result, options);
}

// src/report/rules.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var CONF = 8;
function formatRulesText(rules, width = DEFAULT_WIDTH) {
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.flatMap((r) => [
    `${escapeControls(r.id).padEnd(idWidth)}${r.confidence.padEnd(CONF)}${r.severity}`,
    ...wrapWords(`${escapeControls(r.name)}: ${escapeControls(r.description)}`, width, "    ", "    ")
  ]);
  return `${"RULE".padEnd(idWidth)}${"CONF.".padEnd(CONF)}SEVERITY
${lines.join("\n")}
`;
}
function formatRulesJson(rules) {
  const list2 = rules.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    confidence: r.confidence,
    severity: r.severity,
    keywords: r.keywords,
    remediation: r.remediation,
    helpUri: r.helpUri,
    source: r.source
  }));
  return `${JSON.stringify(list2, null, 2)}
`;
}

// src/hook/install.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path7 = __toESM(require_node_path(), 1);
var MARKER = "# pdguard hook";
var BLOCK_START = "# >>> pdguard: scans for PagerDuty credentials (pdguard install; remove with pdguard uninstall)";
var BLOCK_END = "# <<< pdguard";
var BACKUP_SUFFIX = ".pdguard-backup";
var shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function runner(localBundle) {
  const local2 = localBundle ? shellQuote(localBundle) : null;
  return `pdguard_run() (
  PATH=$(printf '%s\\n' "$PATH" | tr ':' '\\n' | grep '^/' | paste -sd: -)
  top=$(git rev-parse --show-toplevel 2>/dev/null) && top=$(cd "$top" && pwd -P) || top=
  uid=$(id -u)
  # On a case-insensitive file system (core.ignoreCase), Node_Modules/ that git tracks is node_modules/.
  ic=; [ -n "$top" ] && [ "$(git -C "$top" config --bool core.ignoreCase 2>/dev/null)" = true ] && ic=1
  # pdguard_inside REL: fails, saying why in $why, when the repository can have supplied the file at
  # REL (below the top of the work tree); see src/hook/install.ts.
  pdguard_inside() {
    low=$1; [ -n "$ic" ] && low=$(printf '%s' "$1" | tr 'A-Z' 'a-z')
    case "/$low/" in */./*|*/../*|*//*|*/.git/*) why="its path goes through . .. or .git"; return 1 ;; esac
    d=\${1%/*}; [ "$d" = "$1" ] && d=.
    pkg=\${d%/*}; [ "$pkg" = "$d" ] && pkg=.
    set -- "$top/$1"; a=; rest=$d/
    while [ "$d" != . ] && [ -n "$rest" ]; do
      a=\${a:+$a/}\${rest%%/*}; rest=\${rest#*/}
      set -- "$@" "$top/$a"
      # A link you made (one git tracks is refused below) is followed by the resolved path's own check.
      [ -L "$top/$a" ] && break
      if [ -e "$top/$a/.git" ] || [ -L "$top/$a/.git" ]; then why="$a is a repository of its own (a submodule)"; return 1; fi
    done
    if [ -n "$(find "$@" -prune ! -user "$uid" ! -user 0 -print 2>/dev/null)" ]; then why="it belongs to another user"; return 1; fi
    first=\${d%%/*}; [ "$d" = . ] && spec=":(top)" || spec=":(top,\${ic:+icase,}literal)$first"
    if {
      git -C "$top" -c core.quotePath=false ls-files -- "$spec"
      # ls-tree knows no icase: then the whole tree, compared below.
      tspec=$spec; [ -n "$ic" ] && tspec=":(top)"
      git -C "$top" -c core.quotePath=false ls-tree -r --name-only HEAD -- "$tspec" 2>/dev/null
      [ -f "$top/.gitmodules" ] && git config -f "$top/.gitmodules" --get-regexp '^submodule\\..*\\.path$' 2>/dev/null | cut -d' ' -f2-
    } | D="$d/" P="$pkg/" I="$ic" awk '
      function n(s) { return ENVIRON["I"] ? tolower(s) : s }
      index(n(ENVIRON["D"]), n($0) "/") == 1 || ENVIRON["P"] == "./" || index(n($0) "/", n(ENVIRON["P"])) == 1 || /^"/ { found = 1 }
      END { exit !found }'
    then why="the repository tracks (or names as a submodule) $pkg or a folder on the way to it"; return 1; fi
  }
  # pdguard_safe FILE: succeeds when the repository cannot have supplied FILE; otherwise says why.
  pdguard_safe() {
    case "$1" in /*) f=$1 ;; *) f="$(pwd -P)/$1" ;; esac
    real=$(readlink -f "$f" 2>/dev/null) || real=
    why=
    if [ -z "$real" ] || [ ! -f "$real" ]; then why="it does not lead to a file"
    elif [ -n "$top" ]; then
      for g in "$f" "$real"; do
        case "$g" in "$top"/*) pdguard_inside "\${g#"$top"/}" || break ;; esac
      done
    fi
    [ -z "$why" ] && return 0
    echo "pdguard: not running $1: $why" >&2; return 1
  }
  node=$(command -v node 2>/dev/null) && pdguard_safe "$node" || node=
  cli="$top/node_modules/pdguard/dist/cli.js"
  if [ -n "$top" ] && [ -n "$node" ] && [ -f "$cli" ] && pdguard_safe "$cli"; then "$node" "$cli" "$@"
  elif p=$(command -v pdguard 2>/dev/null) && [ -n "$p" ] && pdguard_safe "$p"; then "$p" "$@"
${local2 ? `  elif [ -n "$node" ] && [ -f ${local2} ] && pdguard_safe ${local2}; then "$node" ${local2} "$@"
` : ""}  else
    if [ -f "$top/package.json" ] && grep -q '"pdguard"' "$top/package.json"; then hint="npm install"; else hint="npm install --save-dev pdguard"; fi
    echo "pdguard: not found (or only a copy the repository supplies), so nothing was scanned: run $hint (or pdguard uninstall)" >&2; exit 2
  fi
)`;
}
function invocation(hook) {
  return hook === "pre-commit" ? "pdguard_run staged || exit $?" : 'pdguard_run pre-push "$@" || exit $?';
}
function block(hook, localBundle) {
  return [BLOCK_START, runner(localBundle), invocation(hook), BLOCK_END].join("\n");
}
function headerLines(hook) {
  const bypass = hook === "pre-commit" ? "git commit --no-verify" : "git push --no-verify";
  return [
    `${MARKER} (${hook}): blocks ${hook === "pre-commit" ? "commits" : "pushes"} that add PagerDuty credentials.`,
    `# Installed by \`pdguard install\`; remove with \`pdguard uninstall\`. To bypass once: ${bypass}`
  ];
}
var inside = (base, path) => {
  const rel = (0, import_node_path7.relative)(base, path);
  return rel === "" || !rel.startsWith("..") && !(0, import_node_path7.isAbsolute)(rel);
};
async function hookTarget(repoDir, hook) {
  const repo = await openRepo(repoDir);
  if (repo.bare) throw new InputError(`${repoDir}: a bare repository has no commits made in it to guard`);
  const where = await runGit(repo.dir, ["rev-parse", "--git-path", "hooks"], { ownHooksPath: true });
  if (where.code !== 0) throw new InputError(`${repoDir}: git cannot say where its hooks are: ${gitComplaint(where.stderr)}`);
  const hooksDir = (0, import_node_path7.resolve)(repo.dir, where.stdout.trim());
  const top = repo.dir;
  const inWorkTree = inside(top, hooksDir) && !inside((0, import_node_path7.join)(top, ".git"), hooksDir) && !inside(repo.gitDir, hooksDir);
  if (inWorkTree) {
    const parts = (0, import_node_path7.relative)(top, hooksDir).split(import_node_path7.sep);
    const husky = parts.lastIndexOf(".husky");
    if (husky >= 0) {
      const huskyDir = (0, import_node_path7.join)(top, ...parts.slice(0, husky + 1));
      if ((0, import_node_fs3.existsSync)(huskyDir) && !inside((0, import_node_fs3.realpathSync)(top), (0, import_node_fs3.realpathSync)(huskyDir))) {
        throw new InputError(`${huskyDir} leads outside the repository (a symbolic link); pdguard never writes there`);
      }
      return { kind: "husky", file: (0, import_node_path7.join)(huskyDir, hook), shared: true };
    }
  }
  return { kind: "plain", file: (0, import_node_path7.join)(hooksDir, hook), shared: inWorkTree };
}
function withoutBlock(text) {
  const start = text.indexOf(BLOCK_START);
  const end = start < 0 ? -1 : text.indexOf(BLOCK_END, start);
  if (start < 0 || end < 0) return null;
  const after = text.slice(end + BLOCK_END.length).replace(/^\n/, "");
  return `${text.slice(0, start)}${after}`.replace(/\n{3,}/g, "\n\n");
}
function currentBlock(text) {
  const start = text.indexOf(BLOCK_START);
  const end = start < 0 ? -1 : text.indexOf(BLOCK_END, start);
  return start < 0 || end < 0 ? null : text.slice(start, end + BLOCK_END.length);
}
var TEST_LINE = /^[ \t]*(npm|pnpm|yarn|bun)( run)? test\b/m;
function withBlock(text, pdguard) {
  if (text.trim() === "") return `${pdguard}
`;
  const test = TEST_LINE.exec(text);
  const lines = text.replace(/\n*$/, "").split("\n");
  const lastLine = lines.at(-1);
  if (test) return `${text.slice(0, test.index)}${pdguard}
${text.slice(test.index)}`;
  if (/^\s*exit\b/.test(lastLine) && lines.length > 1) return `${lines.slice(0, -1).join("\n")}
${pdguard}
${lastLine}
`;
  return `${text.replace(/\n*$/, "\n")}${pdguard}
`;
}
function readHook(file) {
  refuseLink(file);
  if (!(0, import_node_fs3.existsSync)(file)) return { text: null, mode: 493 };
  const stat2 = (0, import_node_fs3.lstatSync)(file);
  if (!stat2.isFile()) throw new InputError(`${file} is not a regular file; pdguard leaves it alone`);
  return { text: readBoundedFile(file, CONFIG_LIMIT), mode: stat2.mode & 511 | 493 };
}
var pdguardCommand = (hook) => hook === "pre-commit" ? "pdguard staged" : 'pdguard pre-push "$@"';
async function installHook(repoDir, hook, options = {}) {
  if (options.force && options.append) throw new UsageError("--force replaces the existing hook and --append keeps it: choose one");
  const target2 = await hookTarget(repoDir, hook);
  refuseLinkedPath(target2.file);
  (0, import_node_fs3.mkdirSync)((0, import_node_path7.dirname)(target2.file), { recursive: true });
  const { text: existing, mode } = readHook(target2.file);
  const pdguard = block(hook, target2.shared ? null : (0, import_node_path7.join)(packageRoot(), "dist", "cli.js"));
  const commitHint = target2.shared ? `; commit it (git add ${(0, import_node_path7.relative)(process.cwd(), target2.file) || target2.file}) so that it runs for every teammate` : "";
  const present = existing === null ? null : currentBlock(existing);
  if (existing !== null && present !== null) {
    if (present === pdguard) return `pdguard's ${hook} hook is already installed: ${target2.file}`;
    writeFileSafely(target2.file, existing.replace(present, pdguard), mode);
    return `updated pdguard in the ${hook} hook: ${target2.file}${commitHint}`;
  }
  if (target2.kind === "husky" || existing !== null && options.append) {
    writeFileSafely(target2.file, withBlock(existing ?? "", pdguard), mode);
    const what = target2.kind === "husky" ? `the husky ${hook} hook` : `the existing ${hook} hook (its commands kept)`;
    return `added pdguard to ${what}: ${target2.file}${commitHint}`;
  }
  let backup = "";
  if (existing !== null) {
    if (!options.force) {
      throw new UsageError(
        `${target2.file} exists and pdguard did not write it; run pdguard install --append to add pdguard to it (or add "${pdguardCommand(hook)}" yourself), or --force to replace it (a backup is kept)`
      );
    }
    refuseLink(`${target2.file}${BACKUP_SUFFIX}`);
    (0, import_node_fs3.renameSync)(target2.file, `${target2.file}${BACKUP_SUFFIX}`);
    backup = ` (the previous hook is kept at ${target2.file}${BACKUP_SUFFIX})`;
  }
  writeFileSafely(target2.file, ["#!/bin/sh", ...headerLines(hook), pdguard, ""].join("\n"), 493);
  return `installed pdguard's ${hook} hook: ${target2.file}${backup}${commitHint}`;
}
async function uninstallHook(repoDir, hook) {
  const target2 = await hookTarget(repoDir, hook);
  const { text: existing, mode } = readHook(target2.file);
  if (existing === null) return `no ${hook} hook to remove at ${target2.file}`;
  const rest = withoutBlock(existing);
  if (rest === null) return `pdguard's block is not in ${target2.file}; left it alone`;
  const own = /* @__PURE__ */ new Set(["#!/bin/sh", ...headerLines(hook)]);
  const meaningful = rest.split("\n").filter((line) => line.trim() !== "" && !own.has(line));
  const backup = `${target2.file}${BACKUP_SUFFIX}`;
  if (meaningful.length === 0) {
    (0, import_node_fs3.rmSync)(target2.file);
    if (target2.kind === "plain" && (0, import_node_fs3.existsSync)(backup) && (0, import_node_fs3.lstatSync)(backup).isFile()) {
      (0, import_node_fs3.renameSync)(backup, target2.file);
      return `removed pdguard's ${hook} hook and restored the previous one: ${target2.file}`;
    }
    return `removed pdguard's ${hook} hook: ${target2.file}`;
  }
  const kept = target2.kind === "plain" ? rest.split("\n").filter((line) => !headerLines(hook).includes(line)).join("\n") : rest;
  writeFileSafely(target2.file, kept.replace(/^\n+/, "").replace(/\n*$/, "\n"), mode);
  return `removed pdguard from ${target2.file} (the hook's other lines are kept)`;
}

// src/commands/audit.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_os2 = __toESM(require_node_os(), 1);

// src/audit/repositories.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path8 = __toESM(require_node_path(), 1);
var isDir = (path) => {
  try {
    return (0, import_node_fs4.statSync)(path).isDirectory();
  } catch {
    return false;
  }
};
function looksLikeRepository(dir) {
  return entryExists((0, import_node_path8.join)(dir, ".git")) || (0, import_node_fs4.existsSync)((0, import_node_path8.join)(dir, "HEAD")) && (isDir((0, import_node_path8.join)(dir, "objects")) || isDir((0, import_node_path8.join)(dir, "refs")));
}
var inside2 = (base, path) => {
  const rel = (0, import_node_path8.relative)(base, path);
  return rel !== "" && !rel.startsWith("..") && !(0, import_node_path8.isAbsolute)(rel);
};
async function originUrl(repo) {
  const run = await runGit(repo.dir, ["config", "--get", "remote.origin.url"]);
  const url = run.stdout.trim();
  return run.code === 0 && url ? url : null;
}
async function target(path, cwd) {
  const repo = await openRepo((0, import_node_path8.resolve)(cwd, path));
  const url = await originUrl(repo);
  const remote = url ? sanitizeRemote(url) : null;
  const folder = (0, import_node_path8.basename)(repo.bare ? repo.gitDir : repo.dir).replace(/\.git$/, "") || (0, import_node_path8.basename)((0, import_node_path8.resolve)(cwd, path));
  return { path, repo, name: url && remoteName(url) || folder, remote, forge: url ? forgeOf(url) : null };
}
async function ownTarget(path, cwd) {
  try {
    const found = await target(path, cwd);
    const home = (0, import_node_fs4.realpathSync)(found.repo.bare ? found.repo.gitDir : found.repo.dir);
    const here = (0, import_node_fs4.realpathSync)((0, import_node_path8.resolve)(cwd, path));
    if (home !== here) {
      return { path, reason: `not a repository of its own (git finds the repository at ${home} instead): its .git is empty or damaged` };
    }
    return found;
  } catch (error) {
    if (error instanceof PdguardError) return { path, reason: error.message.replace(`${(0, import_node_path8.resolve)(cwd, path)}: `, "").replace(`${path}: `, "") };
    throw error;
  }
}
async function clonesOf(path, cwd, found) {
  const absolute = (0, import_node_path8.resolve)(cwd, path);
  const real = (0, import_node_fs4.realpathSync)(absolute);
  const entries = (0, import_node_fs4.readdirSync)(absolute, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const here = (0, import_node_path8.join)(path, entry.name);
    let clone;
    if (entry.isSymbolicLink()) {
      let to;
      try {
        to = (0, import_node_fs4.realpathSync)((0, import_node_path8.join)(absolute, entry.name));
      } catch {
        found.unaudited.push({ path: here, reason: "a symbolic link that leads nowhere" });
        continue;
      }
      if (!isDir(to) || !looksLikeRepository(to)) continue;
      if (!inside2(real, to)) {
        found.unaudited.push({ path: here, reason: `a symbolic link to ${to}, outside ${path}: not followed (pass that path to audit it)` });
        continue;
      }
      clone = (0, import_node_path8.join)(path, (0, import_node_path8.relative)(real, to));
    } else if (entry.isDirectory() && looksLikeRepository((0, import_node_path8.join)(absolute, entry.name))) {
      clone = here;
    } else continue;
    const result = await ownTarget(clone, cwd);
    if ("repo" in result) found.targets.push(result);
    else found.unaudited.push(result);
  }
}
async function findRepositories(paths, cwd) {
  const found = { targets: [], unaudited: [] };
  for (const path of paths.length ? paths : ["."]) {
    const absolute = (0, import_node_path8.resolve)(cwd, path);
    if (!isDir(absolute)) throw new InputError(`${path}: no such directory`);
    if (looksLikeRepository(absolute)) {
      const result = await ownTarget(path, cwd);
      if ("repo" in result) found.targets.push(result);
      else found.unaudited.push(result);
      continue;
    }
    const before = found.targets.length + found.unaudited.length;
    await clonesOf(path, cwd, found);
    if (found.targets.length + found.unaudited.length > before) continue;
    try {
      found.targets.push(await target(path, cwd));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${path}: not a git repository, and no folder in it is one (pass repositories, or a folder of clones)`);
      throw error;
    }
  }
  const listed = /* @__PURE__ */ new Set();
  found.unaudited = found.unaudited.filter((u) => !listed.has(u.path) && listed.add(u.path));
  const seen = /* @__PURE__ */ new Set();
  found.targets = found.targets.filter((t) => !seen.has(t.repo.gitDir) && seen.add(t.repo.gitDir));
  nameApart(found.targets);
  return found;
}
function nameApart(targets) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const base = t.name.replace(/#\d+$/, "");
    const n = (counts2.get(base) ?? 0) + 1;
    counts2.set(base, n);
    t.name = n > 1 ? `${base}#${n}` : base;
  }
}

// src/audit/schedule.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
function workerScript() {
  if (import.meta.url.endsWith(".ts")) return null;
  for (const candidate of ["../audit-worker.js", "./audit-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol !== "file:") return null;
    const path = (0, import_node_url.fileURLToPath)(url);
    if ((0, import_node_fs5.existsSync)(path)) return path;
  }
  return null;
}
async function objectCount(target2) {
  const run = await runGit(target2.repo.dir, ["count-objects", "-v"]);
  if (run.code !== 0) return { objects: 0, bytes: 0 };
  const field = (name) => Number(new RegExp(`^${name}: (\\d+)$`, "m").exec(run.stdout)?.[1] ?? 0);
  return { objects: field("count") + field("in-pack"), bytes: 0 };
}
async function inflatedSize(target2) {
  const child = spawnGit(target2.repo.dir, ["cat-file", "--batch-all-objects", "--unordered", "--batch-check=%(objectsize)"]);
  child.stdin.end();
  child.stderr.resume();
  const size = { objects: 0, bytes: 0 };
  let rest = "";
  child.stdout.setEncoding("latin1");
  child.stdout.on("data", (text) => {
    const lines = (rest + text).split("\n");
    rest = lines.pop();
    for (const line of lines) {
      size.objects++;
      size.bytes += Number(line) || 0;
    }
  });
  const code = await new Promise((resolve6) => {
    child.on("error", () => resolve6(-1));
    child.on("close", resolve6);
  });
  return code === 0 ? size : { objects: 0, bytes: 0 };
}
async function auditAll(targets, schedule) {
  const concurrency = Math.max(1, Math.min(schedule.concurrency, targets.length));
  const parallel = concurrency > 1;
  const sizes = parallel ? await mapPool(targets, concurrency, inflatedSize) : schedule.onProgress ? await mapPool(targets, 4, objectCount) : targets.map(() => ({ objects: 0, bytes: 0 }));
  const order = targets.map((_, i) => i).sort((a, b) => sizes[b].bytes - sizes[a].bytes || a - b);
  const progress = schedule.onProgress ? new ProgressTally(targets, sizes.map((s) => s.objects), schedule.onProgress) : null;
  const script = parallel ? workerScript() : null;
  const outcomes = new Array(targets.length);
  let next = 0;
  let unfinished = targets.length;
  let stopped = null;
  const lanes = [];
  const runOne = async (lane2, index) => {
    const target2 = targets[index];
    const options = parallel && unfinished > 1 ? { ...schedule.options, readers: 1 } : schedule.options;
    const onProgress = progress ? (phase, p) => progress.update(index, phase, p) : void 0;
    const inWorker = lane2?.audit(target2, options, onProgress, schedule.onWarning);
    if (inWorker) return inWorker;
    try {
      return { audited: await auditRepository(target2, options, { ...onProgress ? { onProgress } : {}, ...schedule.onWarning ? { onWarning: schedule.onWarning } : {} }) };
    } catch (error) {
      if (error instanceof PdguardError) return { failed: error.message };
      throw error;
    }
  };
  const lane = async () => {
    let worker = script ? new LaneWorker(script) : null;
    const slot = lanes.push(worker) - 1;
    try {
      while (next < order.length && stopped === null) {
        const index = order[next++];
        progress?.start(index);
        try {
          outcomes[index] = await runOne(worker, index);
        } catch (error) {
          stopped ??= error;
          for (const other of lanes) other?.stop();
          return;
        }
        unfinished--;
        progress?.finish(index);
        if (worker && sizes[index].bytes > RECYCLE_BYTES && next < order.length) {
          await worker.end();
          worker = lanes[slot] = new LaneWorker(script);
        }
      }
    } finally {
      await worker?.end();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  if (stopped !== null) throw stopped;
  return outcomes;
}
var RECYCLE_BYTES = 64 * 2 ** 20;
var LaneWorker = class {
  worker;
  exited = false;
  /** The job in flight: where its reports go. */
  current = null;
  constructor(script) {
    const input = { withheld: withheldFromGit(), observeGit: gitObserved() };
    this.worker = new import_node_worker_threads.Worker(script, { workerData: input });
    this.worker.on("message", (report) => this.current?.report(report));
    this.worker.on("error", (error) => this.current?.fail(error));
    this.worker.on("exit", (code) => {
      this.exited = true;
      this.current?.fail(new Error(`a worker of the audit stopped before its repository's audit ended (exit ${code})`));
    });
  }
  /** The outcome of auditing `target` here, or null when its options cannot cross to a worker (a library caller's rule holding a function): then it runs in the audit's own thread. */
  audit(target2, options, onProgress, onWarning) {
    if (this.exited) return Promise.reject(new Error("a worker of the audit is gone"));
    const job = { target: target2, options, progress: onProgress !== void 0 };
    try {
      this.worker.postMessage(job);
    } catch (error) {
      if (error instanceof Error && error.name === "DataCloneError") return null;
      throw error;
    }
    return new Promise((resolve6, reject) => {
      const settle2 = (outcome) => {
        this.current = null;
        if (outcome instanceof Error) reject(outcome);
        else resolve6(outcome);
      };
      this.current = {
        fail: settle2,
        report: (report) => {
          switch (report.kind) {
            case "progress":
              onProgress?.(report.phase, report.progress);
              break;
            case "warning":
              onWarning?.(report.message);
              break;
            case "git":
              tellGitRun(report.run);
              break;
            case "done":
              settle2({ audited: report.audited });
              break;
            case "failed":
              settle2(report.known ? { failed: report.reason } : new Error(report.reason));
              break;
          }
        }
      };
    });
  }
  /** No more repositories: the worker ends when it has nothing left to do. */
  async end() {
    if (this.exited) return;
    const exited = new Promise((resolve6) => this.worker.once("exit", () => resolve6()));
    this.worker.postMessage({ end: true });
    await exited;
  }
  stop() {
    void this.worker.terminate();
  }
};
var ProgressTally = class {
  constructor(targets, objects, emit) {
    this.targets = targets;
    this.objects = objects;
    this.emit = emit;
    this.read = objects.map(() => 0);
    this.bytes = objects.map(() => 0);
    this.finished = objects.map(() => false);
    this.total = objects.reduce((a, b) => a + b, 0);
  }
  targets;
  objects;
  emit;
  read;
  bytes;
  finished;
  inFlight = /* @__PURE__ */ new Set();
  total;
  start(index) {
    this.inFlight.add(index);
  }
  finish(index) {
    this.inFlight.delete(index);
    this.finished[index] = true;
  }
  update(index, phase, p) {
    const here = this.objects[index];
    this.read[index] = phase === "exposure" ? here : Math.min(p.commits + p.blobs, here);
    this.bytes[index] = p.bytes;
    let before = 0;
    let done = 0;
    for (let i = 0; i < this.objects.length; i++) {
      if (this.finished[i]) done++;
      if (i !== index) before += this.finished[i] ? this.objects[i] : this.read[i];
    }
    this.emit({
      ...p,
      repository: index + 1,
      repositories: this.targets.length,
      name: this.targets[index].name,
      objectsBefore: before,
      objectsHere: here,
      objectsTotal: this.total,
      phase,
      finished: done,
      running: [...this.inFlight].sort((a, b) => a - b).map((i) => this.targets[i].name),
      bytesSoFar: this.bytes.reduce((a, b) => a + b, 0)
    });
  }
};

// src/remote/sources.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs7 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);

// src/remote/clone.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_node_path10 = __toESM(require_node_path(), 1);

// src/remote/url.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_path9 = __toESM(require_node_path(), 1);
var SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
var HELPER = /^[a-z][a-z0-9+.-]*::/i;
var SCP = /^([^@/\s]+)@([^/:\s]+):(?!\/\/)(.+)$/;
function isRemoteSpec(arg) {
  return SCHEME.test(arg) || HELPER.test(arg) || SCP.test(arg);
}
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
function isLoopback(host) {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function redactUserInfo(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
function parseRemoteUrl(spec) {
  if (HELPER.test(spec)) {
    throw new UsageError(`${redactUserInfo(spec.split("::")[0])}::\u2026: git's remote helpers are not a transport pdguard clones over (https, ssh and file only)`);
  }
  const scp = SCP.exec(spec);
  if (scp && !SCHEME.test(spec)) {
    const host = scp[2].toLowerCase();
    return { url: spec, transport: "ssh", origin: `ssh://${host}`, host, path: scp[3].replace(/^\/+/, "") };
  }
  let parsed;
  try {
    parsed = new URL(spec);
  } catch {
    throw new UsageError(`${redactUserInfo(spec)}: not a URL git can clone (write https://host/owner/name, ssh://host/path, user@host:path or file:///path)`);
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  if (parsed.password) {
    throw new UsageError(`${redactUserInfo(spec)}: a password or token in the URL would show in process lists; put the token in GITHUB_TOKEN (or the variable --github-token-env names) instead`);
  }
  if (scheme === "file") {
    if (parsed.host !== "") throw new UsageError(`${spec}: a file:// URL names a local path (file:///path/to/repo)`);
    return { url: spec, transport: "file", origin: "file://", host: "", path: decodeURIComponent(parsed.pathname).replace(/^\/+/, "") };
  }
  if (scheme !== "https" && scheme !== "http" && scheme !== "ssh") {
    throw new UsageError(`${redactUserInfo(spec)}: ${scheme}:// is not a transport pdguard clones over (https, ssh and file only)`);
  }
  if (scheme === "http" && !isLoopback(parsed.hostname)) {
    throw new UsageError(`${redactUserInfo(spec)}: plain http:// is accepted only on this machine (127.0.0.1, localhost); use https://`);
  }
  if (!parsed.hostname) throw new UsageError(`${redactUserInfo(spec)}: the URL names no host`);
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+/, "");
  if (!path) throw new UsageError(`${redactUserInfo(spec)}: the URL names no repository`);
  return { url: spec, transport: scheme, origin: scheme === "ssh" ? `ssh://${parsed.host}` : parsed.origin, host: parsed.host.toLowerCase(), path };
}
function safeSegment(segment) {
  const cleaned = segment.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+$/, "_");
  return cleaned === "" ? "_" : cleaned;
}
function clonePath(cloneDir, remote) {
  const segments = remote.path.replace(/\.git\/?$/, "").split("/").filter((s) => s !== "").map(safeSegment);
  const name = segments.pop() ?? "repository";
  if (remote.transport === "file") {
    const digest = (0, import_node_crypto2.createHash)("sha256").update(remote.path).digest("hex").slice(0, 10);
    return (0, import_node_path9.join)(cloneDir, "file", `${name}-${digest}.git`);
  }
  const host = safeSegment(remote.host.replace(/:/g, "_"));
  return (0, import_node_path9.join)(cloneDir, remote.transport === "ssh" ? `ssh_${host}` : host, ...segments, `${name}.git`);
}
function gitOriginOfApi(apiUrl) {
  const api = new URL(apiUrl);
  const host = api.host.replace(/^api\./i, "");
  return `${api.protocol}//${host}`;
}

// src/remote/clone.ts
function diskUsage(dir) {
  let total = 0;
  const walk = (at) => {
    let entries;
    try {
      entries = (0, import_node_fs6.readdirSync)(at);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = (0, import_node_path10.join)(at, name);
      try {
        const stat2 = (0, import_node_fs6.lstatSync)(path);
        if (stat2.isDirectory()) walk(path);
        else total += stat2.size;
      } catch {
      }
    }
  };
  walk(dir);
  return total;
}
function isBareClone(dir) {
  return (0, import_node_fs6.existsSync)((0, import_node_path10.join)(dir, "HEAD")) && (0, import_node_fs6.existsSync)((0, import_node_path10.join)(dir, "objects")) && (0, import_node_fs6.existsSync)((0, import_node_path10.join)(dir, "refs"));
}
function doorFor(request) {
  const { remote, token } = request;
  const secretConfig = [];
  if (token && (remote.transport === "https" || remote.transport === "http") && remote.origin === token.origin) {
    const basic = Buffer.from(`x-access-token:${token.value}`).toString("base64");
    secretConfig.push([`http.${token.origin}/.extraHeader`, `Authorization: Basic ${basic}`]);
  }
  return { remote: { protocols: [remote.transport], secretConfig } };
}
async function local(dir, args) {
  const run = await runGit(dir, args);
  if (run.code !== 0) throw new InputError(`git ${args[0]} failed in the clone: ${gitComplaint(run.stderr)}`);
}
async function cloneOrFetch(request) {
  const { dir, remote } = request;
  const fresh = !isBareClone(dir);
  if (fresh) {
    if ((0, import_node_fs6.existsSync)(dir) && (0, import_node_fs6.readdirSync)(dir).length) throw new InputError(`${dir} exists and is not a clone pdguard made; remove it or choose another --clone-dir`);
    (0, import_node_fs6.mkdirSync)((0, import_node_path10.dirname)(dir), { recursive: true });
    await local((0, import_node_path10.dirname)(dir), ["init", "--bare", "--quiet", "--template=", dir]);
  }
  try {
    await local(dir, ["config", "remote.origin.url", remote.url]);
    await local(dir, ["config", "--replace-all", "remote.origin.fetch", "+refs/*:refs/*"]);
    await fetchAll(request);
    await pointHead(request);
  } catch (error) {
    if (fresh) (0, import_node_fs6.rmSync)(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, fresh, bytes: diskUsage(dir) };
}
async function fetchAll(request) {
  const { dir, maxBytes } = request;
  const args = ["fetch", "--quiet", "--prune", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "origin"];
  const child = spawnGit(dir, args, doorFor(request));
  child.stdin.end();
  let tooLarge2 = false;
  const timer = maxBytes === void 0 ? void 0 : setInterval(() => {
    if (diskUsage(dir) > maxBytes) {
      tooLarge2 = true;
      child.kill("SIGTERM");
    }
  }, request.pollMs ?? 200);
  const { code, stderr } = await exitOf(child);
  if (timer) clearInterval(timer);
  if (!tooLarge2 && maxBytes !== void 0 && diskUsage(dir) > maxBytes) tooLarge2 = true;
  if (tooLarge2) {
    (0, import_node_fs6.rmSync)(dir, { recursive: true, force: true });
    throw new InputError(`skipped: its clone grows past --max-clone-size ${formatSize(maxBytes)}`);
  }
  if (code !== 0) throw new InputError(`git fetch failed: ${redactUserInfo(gitComplaint(stderr))}`);
}
async function pointHead(request) {
  const run = await runGit(request.dir, ["ls-remote", "--symref", "origin", "HEAD"], doorFor(request));
  const target2 = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(run.stdout)?.[1];
  if (run.code !== 0 || !target2) return;
  await local(request.dir, ["symbolic-ref", "HEAD", target2]);
}

// src/remote/github.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var REQUEST_TIMEOUT_MS = 6e4;
var MAX_PAGES = 1e3;
var delay = (ms) => new Promise((resolve6) => setTimeout(resolve6, ms));
function nextLink(link2) {
  if (!link2) return null;
  for (const part of link2.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return null;
}
function rateLimitWait(status, headers, now) {
  const retryAfter = headers.get("retry-after");
  const exhausted = headers.get("x-ratelimit-remaining") === "0";
  if (status !== 429 && !(status === 403 && (exhausted || retryAfter !== null))) return null;
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1e3;
  const reset = headers.get("x-ratelimit-reset");
  if (reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset.trim()) * 1e3 - now);
  return 6e4;
}
var ListingStopped = class extends PdguardError {
};
async function listGithubRepositories(options) {
  const sleep = options.sleep ?? delay;
  const now = options.now ?? Date.now;
  const base = new URL(options.apiUrl.replace(/\/+$/, "") + "/");
  const gitOrigin = gitOriginOfApi(options.apiUrl);
  const { kind, name } = options.owner;
  const what = `${kind === "org" ? "organisation" : "user"} ${name}`;
  const first = new URL(`${kind === "org" ? "orgs" : "users"}/${encodeURIComponent(name)}/repos`, base);
  first.searchParams.set("per_page", "100");
  first.searchParams.set("type", kind === "org" ? "all" : "owner");
  const headers = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "pdguard" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const listing = { repositories: [], unaudited: [], leftOut: { forks: 0, archived: 0 } };
  let waited = 0;
  let url = first.toString();
  try {
    for (let page = 1; url !== null; page++) {
      if (page > MAX_PAGES) throw new ListingStopped(`more than ${MAX_PAGES} pages`);
      if (new URL(url).origin !== base.origin) throw new ListingStopped(`the next page is on another host (${redactUserInfo(new URL(url).origin)}), where the token is not sent`);
      const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch((error) => {
        throw new ListingStopped(`cannot reach ${base.origin}: ${error instanceof Error ? error.cause instanceof Error ? error.cause.message : error.message : String(error)}`);
      });
      const wait = rateLimitWait(response.status, response.headers, now());
      if (wait !== null) {
        await response.body?.cancel();
        if (waited + wait > options.maxWaitMs) {
          throw new ListingStopped(`rate limited (HTTP ${response.status}) for ${Math.ceil(wait / 1e3)} s more, past the ${Math.ceil(options.maxWaitMs / 1e3)} s pdguard waits; run again later${options.token ? "" : " or set GITHUB_TOKEN"}`);
        }
        options.onNotice?.(`GitHub API rate limit (HTTP ${response.status}): waiting ${Math.ceil(wait / 1e3)} s`);
        waited += wait;
        await sleep(wait);
        page--;
        continue;
      }
      if (response.status !== 200) {
        const body2 = await response.text().catch(() => "");
        const message = (() => {
          try {
            return String(JSON.parse(body2).message ?? "");
          } catch {
            return "";
          }
        })();
        const hint = response.status === 404 ? `: no ${what} there (check the name${kind === "org" ? ", or use --github-user" : ""})` : response.status === 401 ? ": the token was refused (check GITHUB_TOKEN)" : "";
        throw new ListingStopped(`HTTP ${response.status}${message ? ` ${JSON.stringify(message.slice(0, 200))}` : ""}${hint}`);
      }
      const body = await response.json();
      if (!Array.isArray(body)) throw new ListingStopped("the API answered something other than a list of repositories");
      for (const item of body) collect(item, gitOrigin, options, listing);
      url = nextLink(response.headers.get("link"));
    }
  } catch (error) {
    if (!(error instanceof ListingStopped)) throw error;
    listing.unaudited.push({ path: `github:${name}`, reason: `listing the ${what} stopped: ${error.message}` });
  }
  return listing;
}
function collect(item, gitOrigin, options, listing) {
  const r = item;
  const name = typeof r.full_name === "string" ? r.full_name : null;
  const cloneUrl = typeof r.clone_url === "string" ? r.clone_url : null;
  if (!name || !cloneUrl) {
    listing.unaudited.push({ path: `github:${name ?? "?"}`, reason: "the API gave no full_name or clone_url for it" });
    return;
  }
  const fork = r.fork === true;
  const archived = r.archived === true;
  if (fork && !options.includeForks) {
    listing.leftOut.forks++;
    return;
  }
  if (archived && !options.includeArchived) {
    listing.leftOut.archived++;
    return;
  }
  let onHost = false;
  try {
    const remote = parseRemoteUrl(cloneUrl);
    onHost = (remote.transport === "https" || remote.transport === "http") && remote.origin === gitOrigin;
  } catch {
    onHost = false;
  }
  if (!onHost) {
    listing.unaudited.push({ path: name, reason: `its clone URL ${redactUserInfo(cloneUrl)} is not on ${gitOrigin}, the host named: not cloned` });
    return;
  }
  const size = typeof r.size === "number" && Number.isFinite(r.size) && r.size >= 0 ? r.size * 1024 : null;
  listing.repositories.push({ name, cloneUrl, bytes: size, fork, archived, private: r.private === true });
}

// src/remote/sources.ts
async function planRemote(urls2, options) {
  const fromUrls = urls2.map((url) => parseRemoteUrl(url));
  const plan = { repositories: [], unaudited: [] };
  for (const remote of fromUrls) plan.repositories.push({ name: remoteName(remote.url) ?? remote.path.replace(/\.git\/?$/, "").split("/").pop() ?? remote.url, remote, bytes: null });
  for (const owner of options.owners) {
    const listing = await listGithubRepositories({
      owner,
      apiUrl: options.apiUrl,
      ...options.token !== void 0 ? { token: options.token } : {},
      includeForks: options.includeForks,
      includeArchived: options.includeArchived,
      maxWaitMs: options.maxWaitMs,
      ...options.onNotice ? { onNotice: options.onNotice } : {}
    });
    const { forks, archived } = listing.leftOut;
    if (forks || archived) {
      const parts = [forks ? `${forks} fork${forks === 1 ? "" : "s"} (--include-forks)` : "", archived ? `${archived} archived (--exclude-archived was given)` : ""].filter(Boolean);
      options.onNotice?.(`${owner.name}: left out ${parts.join(" and ")}`);
    }
    plan.unaudited.push(...listing.unaudited);
    for (const r of listing.repositories) plan.repositories.push({ name: r.name, remote: parseRemoteUrl(r.cloneUrl), bytes: r.bytes });
  }
  const seen = /* @__PURE__ */ new Set();
  plan.repositories = plan.repositories.filter((r) => {
    const key = clonePath(options.cloneDir, r.remote);
    return !seen.has(key) && seen.add(key);
  });
  return plan;
}
async function cloneAll(plan, options) {
  const token = options.token ? { origin: gitOriginOfApi(options.apiUrl), value: options.token } : void 0;
  const results = new Array(plan.repositories.length);
  let next = 0;
  let done = 0;
  const limit = Math.max(1, Math.min(options.concurrency ?? Math.min(4, (0, import_node_os.availableParallelism)()), plan.repositories.length));
  const worker = async () => {
    while (next < plan.repositories.length) {
      const i = next++;
      const planned = plan.repositories[i];
      results[i] = await cloneOne(planned, options, token);
      options.onClone?.({ done: ++done, total: plan.repositories.length, name: planned.name });
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  const clones = results.filter((r) => "dir" in r);
  const bytes = clones.reduce((sum, c) => sum + diskUsage(c.dir), 0);
  if (clones.length) {
    options.onNotice?.(`${plural(clones.length, "clone")} in ${options.cloneDir} ${clones.length === 1 ? "takes" : "take"} ${formatSize(bytes)}${options.keep ? ` (kept for the next audit; --no-keep removes ${clones.length === 1 ? "it" : "them"})` : " (removed after the audit)"}`);
  }
  return {
    clones,
    unaudited: [...plan.unaudited, ...results.filter((r) => !("dir" in r))],
    bytes,
    release: () => {
      if (options.keep) return;
      for (const c of clones) (0, import_node_fs7.rmSync)(c.dir, { recursive: true, force: true });
    }
  };
}
async function cloneOne(planned, options, token) {
  const max = options.maxCloneBytes;
  if (max !== void 0 && planned.bytes !== null && planned.bytes > max) {
    return { path: planned.remote.url, reason: `skipped: GitHub says it takes ${formatSize(planned.bytes)}, more than --max-clone-size ${formatSize(max)}` };
  }
  const dir = clonePath(options.cloneDir, planned.remote);
  try {
    await cloneOrFetch({ remote: planned.remote, dir, ...token ? { token } : {}, ...max !== void 0 ? { maxBytes: max } : {} });
    return { name: planned.name, url: planned.remote.url, dir };
  } catch (error) {
    if (!(error instanceof PdguardError)) throw error;
    return { path: planned.remote.url, reason: error.message };
  }
}

// src/commands/audit.ts
async function audit(options) {
  const started = performance.now();
  const { targets, unaudited: unaudited2, release } = await repositoriesOf2(options);
  try {
    return await auditTargets(targets, unaudited2, started, options);
  } finally {
    release();
  }
}
async function remotePlan(options) {
  const urls2 = (options.paths ?? []).filter(isRemoteSpec);
  if (!urls2.length && !options.remote?.owners.length) return null;
  if (!options.remote) throw new UsageError("auditing a URL needs the remote options (clone folder, API base)");
  return planRemote(urls2, options.remote);
}
async function repositoriesOf2(options) {
  const cwd = options.cwd ?? process.cwd();
  const local2 = (options.paths ?? []).filter((p) => !isRemoteSpec(p));
  const plan = await remotePlan(options);
  const found = local2.length || !plan ? await findRepositories(local2, cwd) : { targets: [], unaudited: [] };
  let clones = null;
  if (plan) {
    clones = await cloneAll(plan, options.remote);
    for (const clone of clones.clones) {
      const here = await findRepositories([clone.dir], cwd).catch((error) => {
        if (error instanceof PdguardError) return { targets: [], unaudited: [{ path: clone.url, reason: error.message }] };
        clones.release();
        throw error;
      });
      found.targets.push(...here.targets.map((t) => ({ ...t, name: clone.name, path: clone.url, cloned: true })));
      found.unaudited.push(...here.unaudited.map((u) => ({ ...u, path: clone.url })));
    }
    found.unaudited.push(...clones.unaudited);
    nameApart(found.targets);
  }
  return { ...found, release: () => clones?.release() };
}
var DEFAULT_MAX_CONCURRENCY = 8;
function repositoryOptions(options) {
  const { rules, config, configFile, include, exclude, enableRules, disableRules, baseline, cache, maxFileSize } = options;
  const picked = { rules, config, configFile, include, exclude, enableRules, disableRules, baseline, cache, maxFileSize };
  for (const key of Object.keys(picked)) if (picked[key] === void 0) delete picked[key];
  return picked;
}
async function auditTargets(targets, unaudited2, started, options) {
  const asOf = options.now ?? Date.now();
  if (typeof options.cache === "string" && targets.length > 1) {
    throw new UsageError(`--cache FILE goes with one repository (this audit has ${targets.length}); without it each repository keeps its own cache in its git directory`);
  }
  const outcomes = await auditAll(targets, {
    concurrency: options.concurrency ?? Math.min((0, import_node_os2.availableParallelism)(), DEFAULT_MAX_CONCURRENCY),
    options: repositoryOptions(options),
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.onWarning ? { onWarning: options.onWarning } : {}
  });
  const audited = [];
  for (const [index, outcome] of outcomes.entries()) {
    if ("audited" in outcome) audited.push(outcome.audited);
    else unaudited2.push({ path: targets[index].path, reason: outcome.failed });
  }
  let verified = /* @__PURE__ */ new Map();
  if (options.verify) {
    const all = audited.flatMap((a) => a.findings);
    if (all.length) {
      const { verifyFindings: verifyFindings2 } = await import("./chunks/verify-GDT6V7T6.js");
      const { loadPatterns: loadPatterns2 } = await import("./chunks/load-PY3T6O3O.js");
      const checked = await verifyFindings2(all, options.rules ?? loadPatterns2(), options.verify);
      verified = new Map(checked.map((f) => [f.secretHash, f.verification]));
    }
  }
  const showSecrets = options.showSecrets ?? false;
  const findings = audited.flatMap(
    (a) => a.findings.map((f) => {
      const verification2 = verified.get(f.secretHash);
      return reportFinding(verification2 ? { ...f, verification: verification2 } : f, showSecrets, a.repository.name);
    })
  );
  const perRepository = audited.map(
    (a) => groupFindings(findings.filter((f) => f.repository === a.repository.name)).map(
      (c) => ({ ...c, exposure: aggregateExposure([a.exposures.get(c.secretHash)], asOf) })
    )
  );
  const credentials = prioritize(mergeCredentials(perRepository), asOf);
  const repositories = audited.map((a) => a.repository);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    asOf: new Date(asOf).toISOString(),
    scan: combineScans(repositories, Math.round(performance.now() - started)),
    repositories,
    credentials,
    findings,
    summary: summarizeAudit(credentials, repositories.length, audited.reduce((n, a) => n + a.suppressed, 0), findings),
    unaudited: unaudited2,
    incomplete: audited.some((a) => a.incomplete) || unaudited2.length > 0,
    secretsShown: showSecrets
  };
}

// src/audit/merge.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function renamer(report, taken) {
  const renames = /* @__PURE__ */ new Map();
  for (const repo of report.repositories) {
    const identity = repo.remote ?? `${report.scan.root}\0${repo.path}`;
    let name = repo.name;
    for (let n = 2; taken.has(name) && taken.get(name) !== identity; n++) name = `${repo.name}#${n}`;
    taken.set(name, identity);
    renames.set(repo.name, name);
  }
  return (name) => renames.get(name) ?? name;
}
function renamed(report, rename) {
  const credential2 = (c) => ({
    ...c,
    occurrences: c.occurrences.map((o) => ({ ...o, repository: rename(o.repository) })),
    exposure: c.exposure && { ...c.exposure, byRepository: c.exposure.byRepository.map((r) => ({ ...r, repository: rename(r.repository) })) }
  });
  return {
    ...report,
    repositories: report.repositories.map((r) => ({ ...r, name: rename(r.name) })),
    credentials: report.credentials.map(credential2),
    findings: report.findings.map((f) => ({ ...f, repository: rename(f.repository ?? "") }))
  };
}
function mergeAuditReports(reports, meta) {
  if (!reports.length) throw new UsageError("pdguard report merge needs at least one JSON report (pdguard report merge a.json b.json \u2026)");
  const taken = /* @__PURE__ */ new Map();
  const all = reports.map((r) => renamed(r, renamer(r, taken)));
  const byName = new Map(all.flatMap((r) => r.repositories.map((repo) => [repo.name, repo])));
  const repositories = [...byName.values()];
  const credentials = prioritize(mergeCredentials(all.map((r) => r.credentials)), meta.asOf);
  const seen = /* @__PURE__ */ new Set();
  const findings = all.flatMap((r) => r.findings).filter((f) => {
    const key = `${f.repository}\0${f.fingerprint}\0${f.commit?.sha ?? ""}`;
    return !seen.has(key) && seen.add(key);
  });
  for (const c of credentials) {
    const keys = /* @__PURE__ */ new Set();
    c.occurrences = c.occurrences.filter((o) => {
      const key = `${o.repository}\0${o.fingerprint}\0${o.commit?.sha ?? ""}`;
      return !keys.has(key) && keys.add(key);
    });
  }
  const suppressed = all.reduce((n, r) => n + (r.summary?.suppressed ?? 0), 0);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    asOf: new Date(meta.asOf).toISOString(),
    scan: combineScans(repositories, all.reduce((n, r) => n + (r.scan.durationMs ?? 0), 0)),
    repositories,
    credentials,
    findings,
    summary: summarizeAudit(credentials, repositories.length, suppressed, findings),
    // What an input could not audit stays listed (and keeps the merged report incomplete).
    unaudited: all.flatMap((r) => r.unaudited),
    incomplete: all.some((r) => r.incomplete || r.unaudited.length > 0),
    secretsShown: all.every((r) => r.secretsShown)
  };
}

// src/audit/json.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path11 = __toESM(require_node_path(), 1);

// src/audit/validate.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var ReportShapeError = class extends Error {
  constructor(at, expected, got) {
    super(`${at}: expected ${expected}, got ${kindOf2(got)}`);
    this.at = at;
    this.expected = expected;
  }
  at;
  expected;
};
function kindOf2(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : "not a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}
var fail = (at, expected, got) => {
  throw new ReportShapeError(at, expected, got);
};
var str = (v, at) => typeof v === "string" ? v : fail(at, "a string", v);
var matching = (re, what) => (v, at) => typeof v === "string" && re.test(v) ? v : fail(at, what, v);
var int = (min) => (v, at) => typeof v === "number" && Number.isSafeInteger(v) && v >= min ? v : fail(at, `a whole number from ${min}`, v);
var num = (v, at) => typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : fail(at, "a number from 0", v);
var bool = (v, at) => typeof v === "boolean" ? v : fail(at, "true or false", v);
var oneOf = (words) => (v, at) => typeof v === "string" && Object.prototype.hasOwnProperty.call(words, v) ? v : fail(at, `one of ${Object.keys(words).map((x) => JSON.stringify(x)).join(", ")}`, v);
var nullable = (check) => (v, at) => v === null ? null : check(v, at);
var list = (check) => (v, at) => Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, "an array", v);
var optional = (check) => ({ optional: check });
var obj = (shape) => (v, at) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return fail(at, "an object", v);
  const source = v;
  const out = {};
  for (const [key, check] of Object.entries(shape)) {
    const where = at ? `${at}.${key}` : key;
    const has = Object.prototype.hasOwnProperty.call(source, key);
    if (typeof check === "function") out[key] = check(has ? source[key] : void 0, where);
    else if (has && source[key] !== void 0) out[key] = check.optional(source[key], where);
  }
  return out;
};
var SHA2 = matching(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, "a commit id (hex)");
var HASH = matching(/^[0-9a-f]{64}$/, "a SHA-256 (64 hex digits)");
var FINGERPRINT = matching(/^[0-9a-f]{32}$/, "a fingerprint (32 hex digits)");
var RULE_ID = matching(/^[a-z0-9][a-z0-9-]{2,63}$/, "a rule id");
var DATE = (v, at) => typeof v === "string" && /^[+-]?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(at, "an ISO 8601 date", v);
var HTTPS_URL = matching(/^https:\/\/[^\s"'<>\\`]+$/, "an https URL");
var CONFIDENCE = oneOf({ high: true, medium: true, low: true });
var SEVERITY2 = oneOf({ critical: true, high: true, medium: true, low: true });
var REGION = nullable(oneOf({ us: true, eu: true }));
var REMEDY = oneOf({ "delete-file": true, "rewrite-history": true, "forge-keeps": true, none: true });
var commitInfo = obj({ sha: SHA2, author: str, email: str, date: DATE });
var commitPoint = obj({ sha: SHA2, date: DATE, author: optional(str), email: optional(str) });
var yes = (v, at) => v === true ? true : fail(at, "true", v);
var verification = obj({ status: oneOf({ live: true, dead: true, unknown: true }), reason: str, httpStatus: optional(int(100)), unchecked: optional(yes) });
var skipped = obj({ path: str, kind: oneOf({ unreadable: true, binary: true, "not-a-file": true, link: true, "too-large": true }), reason: str });
var counts = obj({ inline: int(0), exclude: int(0), allow: int(0), baseline: int(0) });
var SCAN_MODES = { files: true, stdin: true, history: true, staged: true, "pre-push": true };
function scanStats(modes) {
  return obj({
    mode: oneOf(modes),
    root: str,
    config: optional(nullable(str)),
    bytesScanned: num,
    filesScanned: int(0),
    commitsScanned: int(0),
    blobsScanned: int(0),
    skipped: list(skipped),
    durationMs: num,
    shallow: optional(bool),
    revisions: optional(str),
    ignored: optional(int(0)),
    ignoredPaths: optional(list(str)),
    suppressed: optional(counts)
  });
}
var withConfig = (check) => (v, at) => {
  const s = check(v, at);
  return { ...s, config: s.config ?? null };
};
var plainScan = withConfig(scanStats(SCAN_MODES));
var auditScan = withConfig(scanStats({ ...SCAN_MODES, audit: true }));
var forge = obj({ kind: oneOf({ github: true, gitlab: true }), url: HTTPS_URL });
var repository = obj({
  name: str,
  path: str,
  remote: nullable(str),
  forge: nullable(forge),
  defaultBranch: nullable(str),
  scan: plainScan
});
var occurrence = obj({
  repository: str,
  path: str,
  line: int(1),
  column: int(1),
  commit: nullable(commitInfo),
  fingerprint: FINGERPRINT
});
var repositoryExposure = obj({
  repository: str,
  introduced: nullable(commitPoint),
  removed: nullable(commitPoint),
  refs: list(str),
  presentAt: list(str),
  onDefaultBranch: bool,
  defaultBranch: nullable(str),
  published: bool,
  remedy: REMEDY
});
var exposure = obj({
  introduced: nullable(commitPoint),
  removed: nullable(commitPoint),
  refs: list(str),
  onDefaultBranch: bool,
  published: bool,
  remedy: REMEDY,
  ageDays: nullable(int(0)),
  byRepository: list(repositoryExposure)
});
var priority = obj({
  rank: int(0),
  status: oneOf({ live: true, unknown: true, dead: true }),
  reach: oneOf({ "default-branch": true, "tag-or-default-history": true, branch: true, none: true, "not-computed": true }),
  ageDays: nullable(int(0)),
  pastLifetime: bool
});
var credential = obj({
  secretHash: HASH,
  ruleId: RULE_ID,
  ruleName: str,
  severity: SEVERITY2,
  confidence: CONFIDENCE,
  region: REGION,
  secret: str,
  occurrences: list(occurrence),
  exposure: nullable(exposure),
  verification: optional(verification),
  priority,
  remediation: str,
  helpUri: str
});
var reportFinding2 = obj({
  repository: optional(str),
  ruleId: RULE_ID,
  ruleName: str,
  confidence: CONFIDENCE,
  severity: SEVERITY2,
  path: str,
  line: int(1),
  column: int(1),
  endLine: int(1),
  endColumn: int(1),
  secret: str,
  secretHash: HASH,
  fingerprint: FINGERPRINT,
  region: REGION,
  decoded: optional(oneOf({ base64: true, "json-unicode": true, url: true })),
  evidence: optional(list(str)),
  commit: optional(commitInfo),
  verification: optional(verification),
  remediation: str,
  helpUri: str
});
var unaudited = obj({ path: str, reason: str });
var reportHead = obj({
  tool: obj({ name: str, version: str }),
  asOf: optional(DATE),
  findings: list(reportFinding2),
  summary: obj({ suppressed: int(0) })
});
var auditBody = obj({
  scan: auditScan,
  repositories: list(repository),
  credentials: list(credential),
  unaudited: optional(list(unaudited)),
  incomplete: optional(bool),
  secretsShown: optional(bool)
});
var plainBody = obj({ scan: plainScan });

// src/audit/json.ts
var REPORT_VERSION = 1;
function formatAuditJson(report) {
  const { unaudited: unaudited2, incomplete, secretsShown, ...rest } = report;
  return `${JSON.stringify({ ...rest, unaudited: unaudited2, incomplete, secretsShown }, null, 2)}
`;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
var MAX_REPORT_DEPTH = 32;
function nesting(text, limit) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}
function parseAuditReport(text, file) {
  if (text.length > MAX_REPORT_BYTES) throw new InputError(`${file}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a pdguard report this reads`);
  if (nesting(text, MAX_REPORT_DEPTH) > MAX_REPORT_DEPTH) throw new InputError(`${file}: nested deeper than ${MAX_REPORT_DEPTH} levels: not a pdguard JSON report`);
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a JSON report (${jsonSyntaxProblem(error)})`);
  }
  if (!isObject(data) || data.version === void 0) throw new InputError(`${file}: not a pdguard JSON report (write one with pdguard audit --format json)`);
  if (typeof data.version === "number" && data.version !== REPORT_VERSION) {
    throw new InputError(`${file}: report version ${data.version} is not supported (this pdguard reads version ${REPORT_VERSION})`);
  }
  try {
    if (data.version !== REPORT_VERSION) throw new ReportShapeError("version", String(REPORT_VERSION), data.version);
    const head = reportHead(data, "");
    if (Array.isArray(data.repositories)) {
      const body = auditBody(data, "");
      return {
        version: 1,
        tool: head.tool,
        asOf: head.asOf ?? (/* @__PURE__ */ new Date(0)).toISOString(),
        scan: body.scan,
        repositories: body.repositories,
        credentials: body.credentials,
        findings: head.findings,
        summary: summarizeAudit(body.credentials, body.repositories.length, head.summary.suppressed, head.findings),
        unaudited: body.unaudited ?? [],
        incomplete: body.incomplete ?? false,
        secretsShown: body.secretsShown ?? false
      };
    }
    const { scan: scan2 } = plainBody(data, "");
    const name = (0, import_node_path11.basename)(scan2.root || file) || file;
    const findings = head.findings.map((f) => ({ ...f, repository: name }));
    const credentials = groupFindings(findings);
    return {
      version: 1,
      tool: head.tool,
      asOf: head.asOf ?? (/* @__PURE__ */ new Date(0)).toISOString(),
      scan: scan2,
      repositories: [{ name, path: scan2.root, remote: null, forge: null, defaultBranch: null, scan: scan2 }],
      credentials,
      findings,
      summary: summarizeAudit(credentials, 1, head.summary.suppressed, findings),
      unaudited: [],
      incomplete: scan2.skipped.some((s) => s.kind === "unreadable"),
      secretsShown: false
    };
  } catch (error) {
    if (error instanceof ReportShapeError) throw new InputError(`${file}: not a pdguard report: ${error.message}`);
    throw error;
  }
}
export {
  CompiledRules,
  ConfigError,
  FORMATS,
  InputError,
  PatternError,
  PdguardError,
  StreamScanner,
  UsageError,
  audit,
  compilePatternDocument,
  compilePatternFile,
  findConfig,
  formatAuditJson,
  formatBaseline,
  formatGithub,
  formatHtml,
  formatJson,
  formatReport,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  installHook,
  loadConfig,
  loadPatterns,
  mergeAuditReports,
  parseAuditReport,
  parseConfig,
  parsePrePushLines,
  readBaseline,
  redactSecret,
  runScan,
  scan,
  scanHistory,
  scanPrePush,
  scanRevisions,
  scanStaged,
  scanString,
  settle,
  summarize,
  uninstallHook,
  verifyFindings,
  version,
  writeBaseline
};
