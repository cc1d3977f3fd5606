import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  fileQueue
} from "./chunk-67PITY46.js";
import {
  isUnreadable,
  runScan,
  settle
} from "./chunk-PJ3VYHIQ.js";
import {
  describeReadError,
  scanChunks
} from "./chunk-NSSYMS3V.js";
import {
  INFORMATION_URI,
  TOOL_NAME
} from "./chunk-LWDNZSIP.js";
import {
  exitOf,
  gitComplaint,
  gitWouldWait,
  spawnGit
} from "./chunk-KR27X6RF.js";
import {
  compileGlob,
  globMatcher,
  matchParts
} from "./chunk-3DVWT4TM.js";
import {
  IGNORE_LIMIT,
  InputError,
  RefusedRead,
  readBoundedIfPresent
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/commands/scan.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/files.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync as existsSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname as dirname2, isAbsolute, join as join2, normalize, posix, resolve, sep as sep2 } from "node:path";

// src/sources/walk.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, opendirSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

// src/sources/gitignore.ts
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
    const isDir = path.endsWith("/");
    const parts = (isDir ? path.slice(0, -1) : path).split("/");
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i];
      if (matchParts(rule.glob, parts, parts.length, isDir)) return rule.negated ? UNIGNORED : IGNORED;
    }
    return NONE;
  }
  /** Whether `path` (a folder ends with `/`) or a folder above it is left out: a parent left out leaves out all inside. */
  ignores(path) {
    const parts = path.replace(/\/$/, "").split("/");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      const isDir = i < parts.length || path.endsWith("/");
      if (this.test(isDir ? `${prefix}/` : prefix).ignored) return true;
    }
    return false;
  }
};

// src/sources/walk.ts
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
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
  mayMatch(path, name, isDir) {
    if (this.anything || isDir && this.anyFolder) return true;
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
    return readBoundedIfPresent(typeof dir === "string" ? join(dir, ".gitignore") : Buffer.concat([dir, Buffer.from("/.gitignore")]), IGNORE_LIMIT);
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
  while (!existsSync(join(dir, ".git"))) {
    const parent = dirname(dir);
    if (parent === dir) return { scopes: [], refused: null };
    dir = parent;
    const text = readIgnoreFile(dir);
    if (text instanceof RefusedRead) refused ??= { path: join(dir, ".gitignore"), why: text.message };
    else if (text !== null) scopes.unshift(scopeOf(text, null, toPosix(relative(dir, root))));
  }
  return { scopes, refused };
}
function ignoredBy(scopes, path, name, isDir) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const rel = scope.above !== null ? `${scope.above}/${path}` : scope.within === "" ? path : path.slice(scope.within.length + 1);
    if (!scope.summary.mayMatch(rel, name, isDir)) continue;
    const verdict = scope.rules.test(isDir ? `${rel}/` : rel);
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
function readEntries(handle) {
  const entries = [];
  for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) entries.push({ name: entry.name, raw: null, kind: kindOf(entry) });
  return entries;
}
function listDir(dir) {
  const handle = opendirSync(dir, { bufferSize: 128 });
  let entries;
  try {
    entries = readEntries(handle);
  } finally {
    handle.closeSync();
  }
  if (!entries.some((e) => e.name.includes("\uFFFD"))) return entries;
  const raw = opendirSync(dir, { bufferSize: 128, encoding: "buffer" });
  try {
    const out = [];
    for (let entry = raw.readSync(); entry !== null; entry = raw.readSync()) {
      const bytes = entry.name;
      const text = bytes.toString("utf8");
      const valid = Buffer.from(text, "utf8").equals(bytes);
      out.push({ name: valid ? text : escapeName(bytes), raw: valid ? null : bytes, kind: kindOf(entry) });
    }
    return out;
  } finally {
    raw.closeSync();
  }
}
var SEP = Buffer.from(sep);
function childPath(dir, entry) {
  if (typeof dir === "string" && entry.raw === null) return dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir) : dir, SEP, entry.raw ?? Buffer.from(entry.name)]);
}
function walkTree(root, options, events) {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const tracked = options.tracked ?? null;
  const realRoot = realpathSync(root);
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
    const isIgnored = (rel, name, isDir) => options.gitignore && !unsure && (dirIgnored || ignoredBy(scopes, rel, name, isDir));
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
        let target;
        try {
          target = realpathSync(absolute);
        } catch {
          events.skip(absolute, rel, "link", "broken symbolic link");
          continue;
        }
        const inside = target === realRoot || target.startsWith(realRoot + sep);
        if (!inside) events.skip(absolute, rel, "link", "symbolic link to outside the scanned root");
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
var toPosix2 = (path) => sep2 === "/" ? path : path.split(sep2).join("/");
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
    const absolute = resolve(cwd, arg);
    try {
      targets.push({ arg, absolute, isDir: (await stat(absolute)).isDirectory() });
    } catch (error) {
      const code = error.code;
      throw new InputError(code === "ENOENT" || code === "ENOTDIR" ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code})`);
    }
  }
  return targets;
}
function dotGitOf(dir) {
  for (let at = dir; ; at = dirname2(at)) {
    if (existsSync2(join2(at, ".git"))) return join2(at, ".git");
    if (dirname2(at) === at) return null;
  }
}
var LS_FILES_TIMEOUT_MS = 6e4;
async function trackedFiles(dir, debug) {
  const dotGit = dotGitOf(dir);
  if (dotGit === null) return null;
  const refused = gitWouldWait(dirname2(dotGit));
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
  debug(`${files.size.toLocaleString("en-US")} files tracked by git below ${dir}: scanned even where .gitignore matches them`);
  return { files, dirs };
}
async function filesSource(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ["."], cwd);
  const onlyDir = targets.length === 1 && targets[0].isDir ? targets[0] : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const display = (target, path) => {
    if (onlyDir) return path || basename(root);
    const typed = toPosix2(normalize(target.arg)).replace(/\/$/, "");
    return path ? posix.join(typed, path) : typed;
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
      for (const target of targets) {
        if (target.arg === "-") {
          record({ path: options.stdinName ?? "stdin" }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target.isDir) {
          const tracked = gitignore ? await trackedFiles(target.absolute, debug) : null;
          const untold = tracked !== null && "failure" in tracked;
          if (untold) {
            warnings.push(
              `git could not list the files it tracks in ${display(target, "") || "."} (${tracked.failure}): .gitignore was not applied there, so everything in it was scanned`
            );
          }
          walkTree(
            target.absolute,
            { gitignore: gitignore && !untold, include: filters.include, exclude: filters.exclude, tracked: untold ? null : tracked },
            {
              file: (absolute, path) => {
                paths.push(display(target, path));
                queue.add(absolute, path);
              },
              skip: (_, path, kind, reason) => events.skipped({ path: display(target, path), kind, reason }),
              ignored: (path, isDir) => {
                ignored.count++;
                if (ignored.paths.length < IGNORED_KEPT) ignored.paths.push(display(target, path) + (isDir ? "/" : ""));
              },
              ignoreFileRefused: (path, why) => {
                const shown = isAbsolute(path) ? path : display(target, path);
                warnings.push(`${shown} was not read as an ignore file (it ${why}): nothing below its folder was left out for .gitignore`);
              }
            }
          );
        } else {
          paths.push(display(target, ""));
          queue.add(target.absolute, toPosix2(normalize(target.arg)));
        }
      }
      await queue.finish();
      if (gitignore) {
        ignored.paths = ignored.paths.sort().slice(0, IGNORED_NAMED);
        totals.ignored = ignored;
        debug(`${ignored.count.toLocaleString("en-US")} paths left out by .gitignore${ignored.count ? `: ${ignored.paths.join(", ")}${ignored.count > ignored.paths.length ? ", \u2026" : ""}` : ""}`);
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

// src/report/present.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
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
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ${units[unit]}`;
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
  const counts = result.scan.suppressed;
  if (!counts) return "";
  return SUPPRESSION_WORDS.filter(([kind]) => counts[kind] > 0).map(([kind, words]) => `${counts[kind].toLocaleString("en-US")} by ${words}`).join(", ");
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
init_define_PDGUARD_BUILTIN_PATTERNS();
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

// src/report/layout.ts
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/refs.ts
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

// src/audit/rotation.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var REVIEW = "Review the audit records (GET /audit/records, or Account Settings \u2192 Audit Records) for use of the credential while it was exposed.";
var HISTORY = "Then remove it from the code and load it from a secret store; deleting the commit does not remove it from history, clones or forks.";
var KINDS = {
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
  return KINDS[ruleId] ?? GENERIC;
}

// src/audit/text.ts
var short = (ref) => ref.replace(/^refs\/(heads|tags|remotes)\//, "");
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
function repositoryLine(r) {
  const parts = [];
  if (r.onDefaultBranch) parts.push(`in ${short(r.defaultBranch ?? "the default branch")} today`);
  else if (r.removed) parts.push(`removed in ${r.removed.sha.slice(0, 10)} on ${r.removed.date.slice(0, 10)}`);
  const others = r.presentAt.filter((ref) => ref !== r.defaultBranch);
  if (others.length) parts.push(`still in ${others.map(short).join(", ")}`);
  const kept = keptByForge(r.refs);
  const plainRefs = r.refs.filter((ref) => pullRequestForge(ref) === null);
  if (plainRefs.length || !kept) parts.push(plainRefs.length ? `reachable from ${plural(plainRefs.length, "ref")}: ${plainRefs.map(short).join(", ")}` : "no ref reaches it");
  if (kept) parts.push(kept);
  return `${r.repository}: ${parts.join("; ")}`;
}
function credentialBlock(c, paint, quiet) {
  const kind = credentialKind(c.ruleId);
  const status = statusWord(c);
  const head = [
    paint("1", `#${c.priority.rank}`),
    c.verification?.status === "live" ? paint("1;31", status) : status,
    paint("1", `${c.ruleName}`),
    paint("1", c.secret),
    paint("2", `(${c.ruleId}; ${plural(c.occurrences.length, "occurrence")}; secretHash ${c.secretHash.slice(0, 12)})`)
  ];
  const out = [head.join("  ")];
  const e = c.exposure;
  if (e?.introduced) {
    const who = e.introduced.author ? ` by ${e.introduced.author}${e.introduced.email ? ` <${e.introduced.email}>` : ""}` : "";
    const age = c.priority.ageDays !== null ? ` (${plural(c.priority.ageDays, "day")} ago)` : "";
    out.push(`    introduced ${e.introduced.date.slice(0, 10)}${age} in ${e.introduced.sha.slice(0, 10)}${who}`);
  }
  if (c.priority.pastLifetime && kind.lifetime) out.push(`    older than its lifetime (${kind.lifetime}): probably expired by itself; only --verify tells`);
  if (c.verification) out.push(`    verification: ${c.verification.status}: ${c.verification.reason}`);
  for (const r of e?.byRepository ?? []) out.push(`    ${repositoryLine(r)}`);
  for (const o of c.occurrences) {
    const commit = o.commit ? `  commit ${o.commit.sha.slice(0, 10)} ${o.commit.date.slice(0, 10)} ${o.commit.author}` : "";
    out.push(paint("2", `      ${o.repository ? `${o.repository}: ` : ""}${o.path}:${o.line}:${o.column}${commit}`));
  }
  out.push(`    ${remedyText(c)}`);
  if (!quiet) kind.steps.forEach((step, i) => out.push(paint("2", `      ${i + 1}. ${step}`)));
  return out;
}
function mapStrings(value, escape) {
  if (typeof value === "string") return escape(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, escape));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, escape)]));
  }
  return value;
}
function formatAuditText(hostile, options) {
  const report = mapStrings(hostile, escapeControls);
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const s = report.summary;
  const out = [];
  for (const c of report.credentials) out.push(...credentialBlock(c, paint, Boolean(options.quiet)), "");
  const where = `${plural(s.repositories, "repository", "repositories")}`;
  if (!s.credentials) {
    out.push(`${report.incomplete ? paint("33", "\u26A0") : paint("32", "\u2714")} No PagerDuty credentials found in ${where}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""}.`);
  } else {
    const verified = s.credentialsUnverified < s.credentials ? `${s.credentialsLive} live, ${s.credentialsDead} dead, ${s.credentialsUnknown} unknown` : "not verified (add --verify)";
    out.push(
      `${paint("1;31", "\u2716")} ${plural(s.credentials, "PagerDuty credential")} (${plural(s.occurrences, "occurrence")}) in ${where}: ${verified}; ${s.onDefaultBranch} on a default branch today, ${s.needHistoryRewrite} ${s.needHistoryRewrite === 1 ? "needs" : "need"} a history rewrite${s.pastLifetime ? `, ${s.pastLifetime} past ${s.pastLifetime === 1 ? "its" : "their"} lifetime` : ""}${s.suppressed ? `; ${s.suppressed} suppressed` : ""}.`
    );
  }
  for (const u of report.unaudited) out.push(paint("33", `\u26A0 not audited: ${u.path}: ${u.reason}`));
  if (report.unaudited.length) {
    out.push(paint("33", `\u26A0 The audit is incomplete: ${plural(report.unaudited.length, "repository", "repositories")} could not be audited (listed above).`));
  } else if (report.incomplete) out.push(paint("33", "\u26A0 The audit is incomplete: some content could not be read (see --format json)."));
  return `${out.join("\n")}
`;
}

// src/report/html.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createHash } from "node:crypto";

// src/audit/forge.ts
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
function commitLink(forge, sha) {
  return forge.kind === "github" ? `${forge.url}/commit/${sha}` : `${forge.url}/-/commit/${sha}`;
}
function fileLink(forge, sha, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return forge.kind === "github" ? `${forge.url}/blob/${sha}/${encoded}#L${line}` : `${forge.url}/-/blob/${sha}/${encoded}#L${line}`;
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
var short2 = (ref) => ref.replace(/^refs\/(heads|tags|remotes)\//, "");
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
  return html`<div class="cards" id="summary">${cards.map(([label, n, cls]) => html`<div class="card${cls ? ` ${cls}` : ""}" data-count="${label}"><b>${Number(n).toLocaleString("en-US")}</b>${label}</div>`)}</div>`;
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
    const exposure = `${REACH_LABEL[c.priority.reach]}${c.exposure?.remedy === "rewrite-history" ? " \xB7 history rewrite needed" : c.exposure?.remedy === "forge-keeps" ? " \xB7 kept by the forge: rotate" : ""}`;
    return html`<tr id="row-${c.priority.rank}" data-secret-hash="${c.secretHash}"><td data-sort="${c.priority.rank}"><a href="#credential-${c.priority.rank}">${c.priority.rank}</a></td><td>${kind.label === "Credential" ? c.ruleName : kind.label}</td><td class="mono">${c.secret}</td><td data-sort="${["live", "unknown", "unverified", "dead"].indexOf(statusClass(c))}"><span class="status ${statusClass(c)}">${statusWord(c)}</span>${c.priority.pastLifetime ? html` <span class="tag">past lifetime</span>` : ""}</td><td data-sort="${["default-branch", "tag-or-default-history", "branch", "not-computed", "none"].indexOf(c.priority.reach)}">${exposure}</td><td data-sort="${c.priority.ageDays ?? ""}">${c.priority.ageDays ?? ""}</td><td>${repos.join(", ")}</td><td data-sort="${c.occurrences.length}">${c.occurrences.length}</td></tr>`;
  });
  return html`<table id="credentials"><thead><tr>${head.map(([label, type]) => html`<th scope="col" data-type="${type}">${label}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}
function occurrenceItem(o, forges) {
  const forge = forges.get(o.repository) ?? null;
  const where = html`<code>${o.path}:${o.line}</code>`;
  const file = o.commit && forge ? link(fileLink(forge, o.commit.sha, o.path, o.line), where) : where;
  const sha = o.commit ? html`<code>${o.commit.sha.slice(0, 12)}</code>` : null;
  const commit = o.commit ? html` in ${forge ? link(commitLink(forge, o.commit.sha), sha) : sha} by ${o.commit.author}${o.commit.email ? html` &lt;${o.commit.email}&gt;` : ""} on ${day(o.commit.date)}` : "";
  return html`<li>${o.repository ? html`<b>${o.repository}</b>: ` : ""}${file}${commit}</li>`;
}
function exposureItem(r, forges) {
  const forge = forges.get(r.repository) ?? null;
  const commit = (sha) => forge ? link(commitLink(forge, sha), html`<code>${sha.slice(0, 12)}</code>`) : html`<code>${sha.slice(0, 12)}</code>`;
  const parts = [];
  if (r.introduced) parts.push(html`introduced ${day(r.introduced.date)} in ${commit(r.introduced.sha)}${r.introduced.author ? html` by ${r.introduced.author}` : ""}`);
  if (r.removed) parts.push(html`removed ${day(r.removed.date)} in ${commit(r.removed.sha)}${r.removed.author ? html` by ${r.removed.author}` : ""}`);
  else parts.push(html`<span class="warn">not removed</span>`);
  const branch = short2(r.defaultBranch ?? "the default branch");
  parts.push(r.onDefaultBranch ? html`<span class="warn">in the tip of ${branch} today</span>` : html`not in the tip of ${branch}`);
  const refs = r.refs.map((ref) => {
    const holds = r.presentAt.includes(ref);
    return html`<span class="tag${holds ? " warn" : ""}" title="${ref}${holds ? ": its tip holds it" : ""}">${short2(ref)}</span>`;
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
var cspHash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
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
    (r) => html`<li><b>${r.name}</b> ${r.forge ? link(r.forge.url, r.forge.url) : r.remote ? html`<code>${r.remote}</code>` : ""} <span class="muted">— default branch ${short2(r.defaultBranch ?? "unknown")}; ${scanned(r.scan)}</span></li>`
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/build.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/credentials.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
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
  for (const list of lists) {
    for (const c of list) {
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
function reachOf(exposure) {
  if (!exposure) return "not-computed";
  if (exposure.onDefaultBranch) return "default-branch";
  const inDefaultHistory = exposure.byRepository.some(
    (r) => r.defaultBranch !== null && (r.refs.includes(r.defaultBranch) || r.refs.includes(r.defaultBranch.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/")))
  );
  if (inDefaultHistory || exposure.refs.some((r) => r.startsWith("refs/tags/"))) return "tag-or-default-history";
  return exposure.refs.length ? "branch" : "none";
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
    const exposure = c.exposure ? { ...c.exposure, ageDays } : null;
    const priority = {
      rank: 0,
      status: c.verification?.status ?? "unknown",
      reach: reachOf(exposure),
      ageDays,
      pastLifetime: lifetime !== void 0 && ageDays !== null && ageDays > lifetime
    };
    return { ...c, exposure, priority };
  });
  ranked.sort(
    (a, b) => STATUS_RANK[a.priority.status] - STATUS_RANK[b.priority.status] || REACH_RANK[a.priority.reach] - REACH_RANK[b.priority.reach] || (b.priority.ageDays ?? -1) - (a.priority.ageDays ?? -1) || (a.secretHash < b.secretHash ? -1 : a.secretHash > b.secretHash ? 1 : 0)
  );
  ranked.forEach((c, i) => c.priority = { ...c.priority, rank: i + 1 });
  return ranked;
}

// src/audit/build.ts
function reportFinding(f, showSecrets, repository) {
  const out = {
    ...repository !== void 0 ? { repository } : {},
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

// src/report/json.ts
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
init_define_PDGUARD_BUILTIN_PATTERNS();
import { gzipSync } from "node:zlib";
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
    const list = skips.map(([r, n]) => `${n.toLocaleString("en-US")} ${r}`);
    out.push({ level: "note", message: { text: `Skipped ${plural(result.scan.skipped.length - unreadable.length, "path")}: ${list.join(", ")}.` } });
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
          text: `${plural(total - count2, "finding")} of ${total.toLocaleString("en-US")} left out of this report: ${why}. The most severe are kept (live first, then by severity and confidence); run with --format json to see every finding.`
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
    const gzipped = gzipSync(text).length;
    if (gzipped <= maxGzipBytes) return text;
    sizeLimited = true;
    count = Math.max(0, Math.min(count - 1, Math.floor(count * (maxGzipBytes / gzipped) * 0.95)));
  }
}

// src/report/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { isAbsolute as isAbsolute2, posix as posix2 } from "node:path";
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
var FINDING_INDENT = 20;
var SKIPS_LISTED = 20;
var IGNORED_LISTED = 3;
function seconds(ms) {
  return (ms / 1e3).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
  const where = `${f.line.toLocaleString("en-US")}:${f.column.toLocaleString("en-US")}`.padEnd(8);
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
  return prefix && !isAbsolute2(path) ? posix2.join(prefix, path) : path;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const width = options.width ?? DEFAULT_WIDTH;
  const wrap = (text, indent = "  ") => wrapWords(text, width, "", indent);
  const blocks = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
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
    const suppressed = summary.suppressed ? ` (${summary.suppressed.toLocaleString("en-US")} suppressed${by ? `: ${by}` : ""})` : "";
    if (result.findings.length === 0 && nothingRead(result)) {
      status.push(...wrap(`${paint("33", "\u26A0")} Nothing was scanned: ${describeScan(result)}${NOTHING_HINT[result.scan.mode] ?? ""}.`));
    } else if (result.findings.length === 0 && tooLarge(result) === 0) {
      status.push(...wrap(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`));
    } else if (result.findings.length === 0) {
      status.push(...wrap(`No PagerDuty credentials found in what was read${suppressed}. ${describeScan(result)}.`));
    } else {
      const count = (n) => n.toLocaleString("en-US");
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
    if (unreadable.length > SKIPS_LISTED) status.push(`    \u2026 and ${(unreadable.length - SKIPS_LISTED).toLocaleString("en-US")} more (see --format json)`);
  }
  const unread = tooLarge(result);
  const unit = result.scan.mode === "history" || result.scan.mode === "pre-push" ? "blob" : "file";
  if (unread) status.push(...wrap(`${paint("33", "\u26A0")} ${plural(unread, unit)} larger than --max-file-size ${unread === 1 ? "was" : "were"} not read, so not searched (listed with --format json).`));
  for (const warning of result.scan.warnings ?? []) status.push(...wrap(`${paint("33", "\u26A0")} ${escapeControls(warning)}`));
  const ignored = result.scan.ignored ?? 0;
  if (ignored && !options.quiet) {
    const named = (result.scan.ignoredPaths ?? []).slice(0, IGNORED_LISTED).map((p) => escapeControls(shownPath(p, options.pathPrefix)));
    const list = `${named.join(", ")}${ignored > named.length ? ", \u2026" : ""}`;
    status.push(...wrap(`${plural(ignored, "path")} ignored by .gitignore (${list}): --no-gitignore to scan them.`).map((l) => paint("2", l)));
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    status.push(...wrap(`Skipped ${plural(count, "path")}: ${skips.map(([r, n]) => `${n.toLocaleString("en-US")} ${escapeControls(r)}`).join(", ")}.`).map((l) => paint("2", l)));
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
init_define_PDGUARD_BUILTIN_PATTERNS();
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
var FORMATS = Object.keys(FORMATTERS);
function isFormat(name) {
  return typeof name === "string" && Object.hasOwn(FORMATTERS, name);
}
function formatReport(format, result, options) {
  return FORMATTERS[format](result, options);
}

// src/report/rules.ts
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
  const list = rules.map((r) => ({
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
  return `${JSON.stringify(list, null, 2)}
`;
}

export {
  scan,
  refKind,
  compareRefs,
  pullRequestForge,
  groupFindings,
  mergeCredentials,
  aggregateExposure,
  prioritize,
  reportFinding,
  summarizeAudit,
  combineScans,
  plural,
  formatBytes,
  summarize,
  unreadablePaths,
  formatGithub,
  formatGitlab,
  sanitizeRemote,
  remoteName,
  forgeOf,
  DEFAULT_WIDTH,
  wrapWords,
  escapeControls,
  formatAuditText,
  formatHtml,
  formatJson,
  formatSarif,
  formatText,
  FORMATS,
  isFormat,
  formatReport,
  formatRulesText,
  formatRulesJson
};
