import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  defaultCachePath,
  historySource
} from "./chunk-VEESNIL5.js";
import {
  parseBaseline,
  readBaseline,
  runScan,
  settle
} from "./chunk-PJ3VYHIQ.js";
import {
  CompiledRules,
  ContentScanner,
  evidencePath
} from "./chunk-NSSYMS3V.js";
import {
  loadPatterns
} from "./chunk-MBPIPIM5.js";
import {
  sha256
} from "./chunk-T5BUAX2I.js";
import {
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  SHALLOW_FIX,
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-KR27X6RF.js";
import {
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  loadConfig,
  parseConfig
} from "./chunk-3DVWT4TM.js";
import {
  ConfigError,
  InputError,
  UsageError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/commands/history.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/revisions.ts
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/review/added-markers.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/review/base-commit.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { isAbsolute, posix, relative, sep } from "node:path";
var MAX_SETTINGS_FILE = 64 * 1024 * 1024;
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
function inRepository(top, file) {
  const rel = relative(top, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? null : toPosix(rel);
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
    const clean = posix.normalize(path);
    if (clean === "." || clean.startsWith("../") || clean === ".." || posix.isAbsolute(clean)) return null;
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
      const added = /* @__PURE__ */ new Set();
      if (allowed.length === 0) return added;
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
        let counts = null;
        if (path !== null) {
          if (!allowedInBase.has(path)) allowedInBase.set(path, allowedLines(commit, path, compiled));
          counts = await allowedInBase.get(path);
        }
        if ((counts?.get(raw.finding.secretHash) ?? 0) < (raw.allowedLines ?? 1)) added.add(raw);
      }
      return added;
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
  const counts = /* @__PURE__ */ new Map();
  try {
    const entry = await commit.entry(path);
    if (entry === null || entry.type !== "blob" || entry.mode !== "100644" && entry.mode !== "100755") return counts;
    const content = new ContentScanner(rules, evidencePath(path));
    await commit.stream(entry.oid, (data) => content.push(data), path);
    const outcome = content.end();
    if (outcome.kind !== "scanned") return counts;
    for (const match of outcome.matches) {
      if (!match.inlineAllowed) continue;
      const hash = sha256(match.secret);
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
    return counts;
  } catch {
    return null;
  }
}

// src/review/trusted.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { posix as posix2, resolve } from "node:path";
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
      if (file.kind === "file") config = parseConfig(commit.at(rel), file.text, { dir: resolve(top, posix2.dirname(rel)) });
      notes.push(file.kind === "file" ? `configuration: ${rel} as in the base commit ${commit.label}` : `configuration: ${lacking(commit, rel, file)}: defaults`);
    }
  } else {
    const rel = inRepository(top, scannedRoot);
    const candidates = [...rel ? [`${rel}/${CONFIG_FILE_NAME}`] : [], CONFIG_FILE_NAME];
    let found = null;
    for (const candidate of candidates) {
      const file = await commit.read(candidate);
      if (file.kind !== "file") continue;
      config = parseConfig(commit.at(candidate), file.text, { confined: true, dir: resolve(top, posix2.dirname(candidate)) });
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
    const source = await named("baseline", resolve(baselineFile));
    if ("disk" in source) baseline = readBaseline(source.disk);
    else if (source.file.kind === "file") baseline = parseBaseline(commit.at(source.rel), source.file.text);
  }
  const patterns = [];
  for (const path of [...flags.patterns, ...config.patterns ?? []]) {
    const source = await named("patterns", resolve(path));
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

export {
  resolveCommit,
  scanRevisions,
  scanHistory
};
