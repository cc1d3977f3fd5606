import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader,
  CONFIG_FILE_NAME,
  CompiledRules,
  ContentScanner,
  DEFAULT_WIDTH,
  EMPTY_CONFIG,
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  LISTING,
  NOTHING_SCANNED,
  OidSet,
  OidTable,
  PACK_WINDOWS,
  READING,
  ROTATE_ADVICE,
  SHALLOW_FIX,
  SizeGate,
  addedAllowNote,
  allWithin,
  allowAdvice,
  byPriority,
  commonOptions,
  comparePriority,
  compileGlob,
  debugLines,
  describeFinding,
  describeGitRun,
  describeReadError,
  describeSuppressions,
  detach,
  emit,
  escapeControls,
  evidencePath,
  exitOf,
  findingLevel,
  findingTitle,
  formatBytes,
  formatText,
  gitComplaint,
  gitObserved,
  gitWouldWait,
  globMatcher,
  historyView,
  isLive,
  listBlobs,
  listCommits,
  loadConfig,
  matchParts,
  observeGit,
  openRepo,
  otherSkips,
  parseBaseline,
  parseConfig,
  pathFilter,
  plural,
  progressWanted,
  readBaseline,
  readLastRun,
  require_node_os,
  runGit,
  runScan,
  scanChunks,
  scanFile,
  scanningSink,
  scrubSecrets,
  settle,
  severityLevel,
  shownSecret,
  spawnGit,
  summarize,
  tellGitRun,
  tipsOf,
  uncheckedMessage,
  unreadablePaths,
  useColor,
  verdict,
  withheldFromGit,
  withholdFromGit,
  workTreeTop,
  wrapWords
} from "./chunk-UXFWLPWI.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  grouped,
  loadPatterns,
  packageRoot,
  require_node_url,
  version,
  yaml
} from "./chunk-LXFAKQRY.js";
import {
  entryExists,
  refuseLink,
  refuseLinkedPath,
  secretHashOf,
  sha256,
  writeFileSafely
} from "./chunk-2EJ272B5.js";
import {
  CACHE_LIMIT,
  CONFIG_LIMIT,
  ConfigError,
  IGNORE_LIMIT,
  InputError,
  POINTER_LIMIT,
  PdguardError,
  RefusedRead,
  UsageError,
  __commonJS,
  __require,
  __toESM,
  errorMessage,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  jsonSyntaxProblem,
  readBoundedBytesIfPresent,
  readBoundedFile,
  readBoundedIfPresent,
  require_node_fs,
  require_node_path
} from "./chunk-OTAZTMIB.js";

// builtin-required:node:crypto
var require_node_crypto = __commonJS({
  "builtin-required:node:crypto"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:crypto");
  }
});

// builtin-required:node:string_decoder
var require_node_string_decoder = __commonJS({
  "builtin-required:node:string_decoder"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:string_decoder");
  }
});

// builtin-required:node:worker_threads
var require_node_worker_threads = __commonJS({
  "builtin-required:node:worker_threads"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:worker_threads");
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

// builtin-required:node:fs/promises
var require_promises = __commonJS({
  "builtin-required:node:fs/promises"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:fs/promises");
  }
});

// src/cli/commands.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

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

// src/history/cache.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var FORMAT = "pdguard-history-cache";
var SCHEMA = 3;
var emptyCache = () => ({ selection: "", view: null, tips: [], commits: 0, clean: OidSet.EMPTY, findings: /* @__PURE__ */ new Map(), occurrences: [] });
function defaultCachePath(gitDir) {
  return (0, import_node_path.join)(gitDir, "pdguard", "history-cache.json");
}
function rulesKey(rules) {
  const text = JSON.stringify(rules, (_key, value) => value instanceof RegExp ? `/${value.source}/${value.flags}` : value);
  return (0, import_node_crypto.createHash)("sha256").update(text).digest("hex");
}
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
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
    const base = env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
    const dir = (0, import_node_path.join)(base, "pdguard");
    const file = (0, import_node_path.join)(dir, "history-cache-key");
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    try {
      if ((0, import_node_fs.lstatSync)(file).isSymbolicLink()) return { key: null };
      const key = Buffer.from(readBoundedFile(file, POINTER_LIMIT).trim(), "hex");
      if (key.length >= 32) return { key };
    } catch {
    }
    const fresh = (0, import_node_crypto.randomBytes)(32);
    const fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL | import_node_fs.constants.O_NOFOLLOW, 384);
    try {
      (0, import_node_fs.writeSync)(fd, fresh.toString("hex"));
    } finally {
      (0, import_node_fs.closeSync)(fd);
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
  const isOid = (v) => typeof v === "string" && OID.test(v);
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
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: 448 });
    writeFileSafely(path, sealedText(fields, cache.clean, seal), { mode: 384 });
    return void 0;
  } catch (error) {
    if (error instanceof PdguardError) return `${error.message}: history cache not written`;
    return `history cache ${path} could not be written (${error.code ?? String(error)})`;
  }
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
var import_node_path2 = __toESM(require_node_path(), 1);
var MAX_SETTINGS_FILE = 64 * 1024 * 1024;
var toPosix = (path) => import_node_path2.sep === "/" ? path : path.split(import_node_path2.sep).join("/");
function inRepository(top, file) {
  const rel = (0, import_node_path2.relative)(top, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${import_node_path2.sep}`) || (0, import_node_path2.isAbsolute)(rel) ? null : toPosix(rel);
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
    const clean = import_node_path2.posix.normalize(path);
    if (clean === "." || clean.startsWith("../") || clean === ".." || import_node_path2.posix.isAbsolute(clean)) return null;
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
        let counts2 = null;
        if (path !== null) {
          if (!allowedInBase.has(path)) allowedInBase.set(path, allowedLines(commit, path, compiled));
          counts2 = await allowedInBase.get(path);
        }
        if ((counts2?.get(raw.finding.secretHash) ?? 0) < (raw.allowedLines ?? 1)) added.add(raw);
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
var import_node_path3 = __toESM(require_node_path(), 1);
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
      if (file.kind === "file") config = parseConfig(commit.at(rel), file.text, { dir: (0, import_node_path3.resolve)(top, import_node_path3.posix.dirname(rel)) });
      notes.push(file.kind === "file" ? `configuration: ${rel} as in the base commit ${commit.label}` : `configuration: ${lacking(commit, rel, file)}: defaults`);
    }
  } else {
    const rel = inRepository(top, scannedRoot);
    const candidates = [...rel ? [`${rel}/${CONFIG_FILE_NAME}`] : [], CONFIG_FILE_NAME];
    let found = null;
    for (const candidate of candidates) {
      const file = await commit.read(candidate);
      if (file.kind !== "file") continue;
      config = parseConfig(commit.at(candidate), file.text, { confined: true, dir: (0, import_node_path3.resolve)(top, import_node_path3.posix.dirname(candidate)) });
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
    const source = await named("baseline", (0, import_node_path3.resolve)(baselineFile));
    if ("disk" in source) baseline = readBaseline(source.disk);
    else if (source.file.kind === "file") baseline = parseBaseline(commit.at(source.rel), source.file.text);
  }
  const patterns = [];
  for (const path of [...flags.patterns, ...config.patterns ?? []]) {
    const source = await named("patterns", (0, import_node_path3.resolve)(path));
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

// src/sources/history.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/history/attribute.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_os2 = __toESM(require_node_os(), 1);

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
var WORKERS = Math.min(2, (0, import_node_os2.availableParallelism)());
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
  const ended = new Promise((resolve8) => log.stdout.on("end", resolve8));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  parser.end();
  if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
  return kept;
}

// src/history/pack-order.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/history/delta-order.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs2 = __toESM(require_node_fs(), 1);
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
    fd = (0, import_node_fs2.openSync)(pack, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  } catch {
    return identity();
  }
  try {
    const stat2 = (0, import_node_fs2.fstatSync)(fd);
    if (!stat2.isFile()) return identity();
    const graph = new DeltaGraph(offsets);
    if (!graph.valid) return identity();
    const reader = new HeaderReader(fd, stat2.size, hashBytes);
    if (!reader.isPack()) return identity();
    graph.link(reader, locate2);
    return graph.depthFirst(starts);
  } catch {
    return identity();
  } finally {
    (0, import_node_fs2.closeSync)(fd);
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
      const n = (0, import_node_fs2.readSync)(this.fd, this.buffer, got, want - got, position + got);
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
    for (const index of indexesIn((0, import_node_path4.join)(store, "pack"), hashBytes)) {
      if (indexes.length >= MAX_PACKS) return indexes;
      if (once(index)) indexes.push(index);
    }
  }
  return indexes;
}
function realPath(path) {
  try {
    return (0, import_node_fs3.realpathSync)(path);
  } catch {
    return null;
  }
}
function alternates(objects) {
  let text;
  try {
    const head = readBoundedBytesIfPresent((0, import_node_path4.join)(objects, "info", "alternates"), MAX_ALTERNATES_FILE);
    if (head === null) return [];
    text = head.toString("utf8");
  } catch {
    return [];
  }
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith('"')).map((line) => (0, import_node_path4.resolve)(objects, line));
}
function indexesIn(packDir, hashBytes) {
  const found = [];
  let folder;
  try {
    folder = (0, import_node_fs3.opendirSync)(packDir);
    for (let seen = 0, entry = folder.readSync(); entry !== null && seen < MAX_ENTRIES; seen++, entry = folder.readSync()) {
      if (!entry.name.endsWith(".idx") || found.length >= MAX_PACKS) continue;
      const path = (0, import_node_path4.join)(packDir, entry.name);
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
  const fd = (0, import_node_fs3.openSync)(path, import_node_fs3.constants.O_RDONLY | import_node_fs3.constants.O_NONBLOCK);
  try {
    const stat2 = (0, import_node_fs3.fstatSync)(fd);
    if (!stat2.isFile()) throw new Error("not a file");
    return use(fd, stat2.size, stat2.mtimeMs);
  } finally {
    (0, import_node_fs3.closeSync)(fd);
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
    let block2 = Buffer.alloc(0);
    let blockStart = -1;
    for (let h = 0; h < hits.length; h += 2) {
      const entry = hits[h];
      if (blockStart < 0 || entry >= blockStart + block2.length / 4) {
        blockStart = entry;
        block2 = read(fd, offsetsAt + entry * 4, Math.min(BLOCK, count - entry) * 4);
      }
      const small = block2.readUInt32BE((entry - blockStart) * 4);
      const offset = small & 2147483648 ? Number(read(fd, largeAt + (small & 2147483647) * 8, 8).readBigUInt64BE(0)) : small;
      found(hits[h + 1], offset);
    }
  });
}
function read(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = (0, import_node_fs3.readSync)(fd, buffer, got, length - got, position + got);
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

// src/sources/history-scan.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_worker_threads2 = __toESM(require_node_worker_threads(), 1);

// src/sources/parallel.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_os3 = __toESM(require_node_os(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var PARALLEL_MIN_FILES = 8e3;
var PARALLEL_MIN_LEFT_MS = 500;
var PACE_WINDOW_MS = 20;
var MAX_WORKERS = 3;
var BATCH = 256;
function fromWire(wire, rules) {
  if (wire.kind === "skipped") return wire;
  const matches = wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId) }));
  return { kind: "scanned", bytes: wire.bytes, matches, ...wire.listed ? { listed: wire.listed } : {} };
}
function workerScript(name = "scan-worker") {
  const url = new URL(`../${name}.js`, import.meta.url);
  if (url.protocol !== "file:" || import.meta.url.endsWith(".ts")) return null;
  const path = (0, import_node_url.fileURLToPath)(url);
  return (0, import_node_fs4.existsSync)(path) ? path : null;
}
function fileQueue(compiled, limits, onOutcome) {
  const threads = Math.min(MAX_WORKERS, (0, import_node_os3.availableParallelism)() - 1);
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
        (worker) => new Promise((resolve8) => {
          worker.on("message", (batch) => {
            for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
          });
          worker.on("error", () => resolve8());
          worker.on("exit", () => resolve8());
        })
      )
    ).then(() => void 0);
    return { workers, finished, sent: 0 };
  };
  return {
    add(file, name) {
      files.push(file);
      named.push(name);
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

// src/sources/history-scan.ts
var TWO_LANES_MIN = 256;
var ROOM = 8192;
var WORKER_YOUNG_MB = 8;
var BlobScan = class _BlobScan {
  constructor(options) {
    this.options = options;
    this.clean = new OidTable(options.blobs.length, options.blobs.width);
  }
  options;
  /** The matches of the blobs with findings. */
  found = /* @__PURE__ */ new Map();
  /** Blobs scanned without a finding. */
  clean;
  /** Blobs the size stage held back (they are not read, so not in the total). */
  tooLarge = 0;
  lanes = [];
  failure = null;
  wake = null;
  /** The lanes for `options.blobs`: two when there are many and a worker can be started, else one. */
  static async open(options) {
    const scan2 = new _BlobScan(options);
    scan2.lanes.push(await scan2.localLane());
    const script = options.blobs.length >= TWO_LANES_MIN && (options.lanes ?? 2) > 1 ? workerScript("history-worker") : null;
    if (script) scan2.lanes.push(scan2.workerLane(script));
    return scan2;
  }
  /** Ask for the blobs whose ids are the hex lines `lines`, once a lane has room. */
  async add(lines, count) {
    for (; ; ) {
      if (this.failure) throw this.failure;
      const lane = this.leastOwing();
      if (lane.pending < (this.options.room ?? ROOM)) return lane.request(lines, count);
      await new Promise((resolve8) => this.wake = resolve8);
    }
  }
  /** Ask for `oids` at once (the size stage's answers come as they come). */
  addAll(oids) {
    if (oids.length) this.leastOwing().request(Buffer.from(`${oids.join("\n")}
`, "latin1"), oids.length);
  }
  /** No more requests: resolves once every answer is in. */
  async close() {
    const closed = await Promise.allSettled(this.lanes.map((lane) => lane.close()));
    if (this.failure) throw this.failure;
    for (const result of closed) if (result.status === "rejected") throw result.reason;
  }
  kill() {
    for (const lane of this.lanes) lane.kill();
  }
  leastOwing() {
    return this.lanes.reduce((a, b) => b.pending < a.pending ? b : a);
  }
  woken() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
  fail(error) {
    this.failure ??= error;
    this.woken();
  }
  /** One blob's outcome, counted and kept (its bytes are counted by the caller). */
  record(oid, outcome) {
    this.options.totals.blobs++;
    if (outcome.kind === "scanned" && outcome.matches.length) this.found.set(oid, outcome.matches);
    else this.clean.pushHex(oid);
    if (outcome.kind === "scanned" && outcome.listed) this.options.list({ path: `blob ${oid}`, kind: outcome.listed.skip, reason: outcome.listed.reason });
  }
  progress() {
    const { totals, events, blobs } = this.options;
    events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes, blobsTotal: blobs.length - this.tooLarge });
  }
  /** A cat-file read and matched on this thread. */
  async localLane() {
    const reader = await BlobReader.open(this.options.dir);
    const lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        reader.requestLines(lines, count, sink);
      },
      close: () => reader.close(),
      kill: () => reader.kill()
    };
    const answered = () => {
      lane.pending--;
      this.woken();
    };
    let current;
    const scanner = (oid) => current ??= scanningSink(this.options.rules, (outcome, size) => {
      current = void 0;
      this.options.totals.bytes += size;
      this.record(oid, outcome);
      this.progress();
      answered();
    }, this.options.paths?.get(oid));
    const sink = {
      chunk: (data, last, oid) => scanner(oid).chunk(data, last),
      end: (size, oid) => scanner(oid).end(size),
      missing: (oid) => {
        this.options.missing(oid);
        answered();
      }
    };
    reader.finished().catch((error) => this.fail(error));
    return lane;
  }
  /** A cat-file read and matched in a worker thread (history-worker.ts). */
  workerLane(script) {
    const { dir, rules } = this.options;
    const input = { dir, rules: [...rules.rules], withheld: withheldFromGit(), debug: gitObserved(), paths: [...this.options.paths ?? []] };
    const worker = new import_node_worker_threads2.Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const byId = new Map(rules.rules.map((r) => [r.id, r]));
    let closed = false;
    let resolveClosed;
    let rejectClosed;
    const done = new Promise((resolve8, reject) => (resolveClosed = resolve8, rejectClosed = reject));
    done.catch(() => {
    });
    const fail2 = (error) => {
      rejectClosed(error);
      this.fail(error);
    };
    const lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        worker.postMessage({ lines, count });
      },
      close: async () => {
        worker.postMessage({ done: true });
        await done;
      },
      kill: () => void worker.terminate()
    };
    worker.on("message", (reply) => {
      if ("git" in reply) tellGitRun(reply.git);
      else if ("error" in reply) fail2(new InputError(reply.error));
      else if ("closed" in reply) {
        closed = true;
        resolveClosed();
      } else {
        this.options.totals.bytes += reply.bytes;
        for (const [oid, wire] of reply.found) this.record(oid, fromWire(wire, byId));
        for (const oid of reply.clean) this.record(oid, NOTHING);
        for (const [oid, skip, reason] of reply.listed) this.options.list({ path: `blob ${oid}`, kind: skip, reason });
        for (const oid of reply.missing) this.options.missing(oid);
        lane.pending -= reply.answered;
        this.progress();
        this.woken();
      }
    });
    worker.on("error", (error) => fail2(new InputError(`history scan worker failed: ${error.message}`)));
    worker.on("exit", () => {
      if (!closed) fail2(new InputError("history scan worker stopped before answering every request"));
    });
    return lane;
  }
};
var NOTHING = { kind: "scanned", matches: [], bytes: 0 };

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
  const list2 = await listBlobs(dir, newRevs, known, rescan, (path) => rules.readsPath(evidencePath(path)));
  if (!walksWhole) {
    const listed = OidSet.of(list2.oids);
    for (const oid of await blobsChangedIn(dir, await commitsListed)) if (!listed.has(oid) && !cache.clean.has(oid) && !held.has(oid)) list2.oids.pushHex(oid);
  }
  const oids = list2.oids;
  const { order, starts } = await packPlan(dir, oids);
  const batch = Math.max(MIN_REQUESTS, Math.min(REQUESTS, Math.ceil(order.length / 16)));
  const scan2 = await BlobScan.open({
    dir,
    rules,
    totals,
    events: tracked,
    blobs: oids,
    // Content searched but not all readable as text (binary) is listed, yet is no unreadable skip.
    list: events.skipped,
    missing: (oid) => tracked.skipped(missingBlob(oid)),
    paths: list2.paths,
    ...options.readers !== void 0 ? { lanes: options.readers } : {},
    room: 2 * batch
  });
  const limit = options.maxFileSize;
  const gate = limit === void 0 ? null : new SizeGate(dir, limit, (batch2) => scan2.addAll(batch2), (oid, size) => (scan2.tooLarge++, tracked.skipped(tooLargeBlob(oid, size, limit))));
  try {
    for (let start = 0; start < order.length; ) {
      let end = Math.min(start + batch, order.length);
      while (end < order.length && !starts[end] && end - start < 2 * batch) end++;
      const lines = oids.hexLines(order, start, end);
      if (gate) {
        if (!gate.push(lines)) await gate.drained();
      } else await scan2.add(lines, end - start);
      start = end;
    }
    await gate?.close();
    await scan2.close();
  } catch (error) {
    gate?.kill();
    scan2.kill();
    throw error;
  }
  const commits = await commitsListed;
  for (const oid of list2.missing) tracked.skipped(missingBlob(oid));
  const found = scan2.found;
  const cached = reuse ? cache.occurrences.filter((o) => found.has(o.blob)) : [];
  const fresh = await attribute(dir, commits, found, list2.missing.length === 0);
  for (const at of [...cached, ...fresh]) {
    if (wanted(at.path)) events.matches(found.get(at.blob), { path: at.path, commit: at.commit, file: at.file, blob: at.blob });
  }
  const placed = new Set([...cached, ...fresh].map((at) => at.blob));
  for (const [oid, matches] of found) if (!placed.has(oid)) events.matches(matches, { path: `blob ${oid}`, file: `blob ${oid}`, blob: oid });
  if (cacheFile && unreadable.count === 0) {
    const clean = OidSet.of(scan2.clean, cache.clean);
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

// src/commands/allow.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);
var MIN_PREFIX = 8;
function choose(options, record) {
  const about = (f) => `${f.ruleId} in ${f.path}`;
  if (options.last) {
    if (options.fingerprints.length) throw new UsageError("give fingerprints or --last, not both");
    if (record === null) throw new UsageError("--last: no run recorded in this repository yet; run pdguard scan, history or staged first");
    if (record.findings.length === 0) throw new UsageError(`--last: the last run (${record.mode}) reported no findings; nothing to allow`);
    return record.findings.map((f) => ({ fingerprint: f.fingerprint, about: about(f) }));
  }
  if (options.fingerprints.length === 0) throw new UsageError("give the fingerprints to allow (the text report prints them), or --last");
  return options.fingerprints.map((given) => {
    const wanted = given.toLowerCase();
    if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_PREFIX || wanted.length > 32) {
      throw new UsageError(`'${given}' is not a fingerprint (${MIN_PREFIX} to 32 hex digits, as the report prints them)`);
    }
    const matches = (record?.findings ?? []).filter((f) => f.fingerprint.startsWith(wanted));
    const distinct = [...new Set(matches.map((f) => f.fingerprint))];
    if (distinct.length > 1) throw new UsageError(`fingerprint '${given}' is ambiguous in the last run: give more of it (--format json shows it whole)`);
    if (distinct.length === 1) return { fingerprint: distinct[0], about: about(matches[0]) };
    if (wanted.length === 32) return { fingerprint: wanted };
    throw new UsageError(
      `fingerprint '${given}' is not among the last run's findings in this repository; run the scan that reported it again, or give all 32 digits (--format json)`
    );
  });
}
function entryLines(entry, reason, indent) {
  return [
    ...entry.about ? [`${indent}# ${entry.about.replace(/[\r\n]/g, " ")}`] : [],
    `${indent}- fingerprint: ${entry.fingerprint}`,
    `${indent}  reason: ${JSON.stringify(reason)}`
  ].join("\n");
}
var lineStartAt = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
var afterLineOf = (text, at) => {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
};
var withNewline = (text) => text === "" || text.endsWith("\n") ? text : `${text}
`;
function withEntries(text, file, entries, reason) {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text);
  const top = doc.contents;
  if (top !== null && top !== void 0 && !isMap(top)) throw new ConfigError(`${file}: must be a YAML mapping to add allow entries to it`);
  const pair = top ? top.items.find((item) => isScalar(item.key) && item.key.value === "allow") : void 0;
  const block2 = (indent) => entries.map((e) => entryLines(e, reason, indent)).join("\n");
  if (!pair) return `${withNewline(text)}allow:
${block2("  ")}
`;
  const value = pair.value;
  const keyRange = isScalar(pair.key) ? pair.key.range : void 0;
  if ((value === null || isScalar(value) && value.value === null) && keyRange) {
    const at = afterLineOf(text, keyRange[1]);
    return `${withNewline(text.slice(0, at))}${block2("  ")}
${text.slice(at)}`;
  }
  if (!isSeq(value)) throw new ConfigError(`${file}: 'allow' must be a list to add entries to it`);
  const range = value.range;
  if (range && value.flow && value.items.length === 0) {
    const lineEnd = afterLineOf(text, range[1]);
    const rest = text.slice(range[1], lineEnd).replace(/\n$/, "");
    return `${text.slice(0, range[0]).replace(/[ \t]+$/, "")}${rest}
${block2("  ")}
${text.slice(lineEnd)}`;
  }
  const last = value.items.at(-1);
  if (range && !value.flow && last?.range) {
    const indent = text.slice(lineStartAt(text, range[0]), range[0]);
    const at = afterLineOf(text, last.range[1] - 1);
    if (/^[ ]*$/.test(indent)) return `${withNewline(text.slice(0, at))}${block2(indent)}
${text.slice(at)}`;
  }
  for (const entry of entries) {
    const node = doc.createNode({ fingerprint: entry.fingerprint, reason });
    if (entry.about) node.commentBefore = ` ${entry.about}`;
    value.items.push(node);
  }
  return doc.toString();
}
function allowFindings(options) {
  if (options.reason.trim() === "") throw new UsageError("--reason must say why these findings are allowed (it is kept beside each entry)");
  const record = readLastRun(options.cwd);
  const chosen = choose(options, record);
  const top = workTreeTop(options.cwd) ?? options.cwd;
  const file = (0, import_node_path5.resolve)(options.cwd, options.config ?? (record?.config && (options.last || chosen.some((c) => c.about)) ? record.config : (0, import_node_path5.join)(top, CONFIG_FILE_NAME)));
  let text = "";
  refuseLink(file);
  if ((0, import_node_fs5.existsSync)(file)) {
    try {
      text = readBoundedFile(file, CONFIG_LIMIT);
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${file}: configuration not read: it ${error.message}`);
      throw new ConfigError(`${file}: cannot read configuration (${error.code ?? errorMessage(error)})`);
    }
  }
  const before = parseConfig(file, text);
  const already = new Set(before.allow.map((a) => a.fingerprint).filter(Boolean));
  const fresh = chosen.filter((entry) => !already.has(entry.fingerprint) && already.add(entry.fingerprint));
  const added = fresh.length;
  const skipped2 = chosen.length - added;
  const shown = (0, import_node_path5.relative)(options.cwd, file) || file;
  if (added === 0) return `${shown} already allows ${chosen.length === 1 ? "that finding" : `those ${chosen.length} findings`}; nothing changed`;
  const after = withEntries(text, file, fresh, options.reason);
  if (parseConfig(file, after).allow.length !== before.allow.length + added) {
    throw new ConfigError(`${file}: could not add the entries without changing its meaning; add them by hand (fingerprint and reason under allow:)`);
  }
  const mode = (0, import_node_fs5.existsSync)(file) ? (0, import_node_fs5.statSync)(file).mode & 511 : 420;
  try {
    writeFileSafely(file, after, mode);
  } catch (error) {
    if (error instanceof ConfigError || error.name === "InputError") throw error;
    throw new ConfigError(`${file}: cannot write configuration (${error.code ?? errorMessage(error)})`);
  }
  const count = `${added} finding${added === 1 ? "" : "s"}`;
  return `allowed ${count} in ${shown}${skipped2 ? ` (${skipped2} already allowed)` : ""}; commit it so that hooks and CI allow ${added === 1 ? "it" : "them"} too`;
}

// src/cli/audit.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_os6 = __toESM(require_node_os(), 1);
var import_node_path10 = __toESM(require_node_path(), 1);

// src/remote/sources.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs7 = __toESM(require_node_fs(), 1);
var import_node_os4 = __toESM(require_node_os(), 1);

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

// src/remote/clone.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_node_path7 = __toESM(require_node_path(), 1);

// src/remote/url.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);
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
    return (0, import_node_path6.join)(cloneDir, "file", `${name}-${digest}.git`);
  }
  const host = safeSegment(remote.host.replace(/:/g, "_"));
  return (0, import_node_path6.join)(cloneDir, remote.transport === "ssh" ? `ssh_${host}` : host, ...segments, `${name}.git`);
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
      const path = (0, import_node_path7.join)(at, name);
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
  return (0, import_node_fs6.existsSync)((0, import_node_path7.join)(dir, "HEAD")) && (0, import_node_fs6.existsSync)((0, import_node_path7.join)(dir, "objects")) && (0, import_node_fs6.existsSync)((0, import_node_path7.join)(dir, "refs"));
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
    (0, import_node_fs6.mkdirSync)((0, import_node_path7.dirname)(dir), { recursive: true });
    await local((0, import_node_path7.dirname)(dir), ["init", "--bare", "--quiet", "--template=", dir]);
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
  let tooLarge = false;
  const timer = maxBytes === void 0 ? void 0 : setInterval(() => {
    if (diskUsage(dir) > maxBytes) {
      tooLarge = true;
      child.kill("SIGTERM");
    }
  }, request.pollMs ?? 200);
  const { code, stderr } = await exitOf(child);
  if (timer) clearInterval(timer);
  if (!tooLarge && maxBytes !== void 0 && diskUsage(dir) > maxBytes) tooLarge = true;
  if (tooLarge) {
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
var delay = (ms) => new Promise((resolve8) => setTimeout(resolve8, ms));
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
var DEFAULT_GITHUB_API = "https://api.github.com";
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
  const limit = Math.max(1, Math.min(options.concurrency ?? Math.min(4, (0, import_node_os4.availableParallelism)()), plan.repositories.length));
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
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_os5 = __toESM(require_node_os(), 1);

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
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
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

// src/audit/repositories.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs8 = __toESM(require_node_fs(), 1);
var import_node_path8 = __toESM(require_node_path(), 1);
var isDir = (path) => {
  try {
    return (0, import_node_fs8.statSync)(path).isDirectory();
  } catch {
    return false;
  }
};
function looksLikeRepository(dir) {
  return entryExists((0, import_node_path8.join)(dir, ".git")) || (0, import_node_fs8.existsSync)((0, import_node_path8.join)(dir, "HEAD")) && (isDir((0, import_node_path8.join)(dir, "objects")) || isDir((0, import_node_path8.join)(dir, "refs")));
}
var inside = (base, path) => {
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
    const home = (0, import_node_fs8.realpathSync)(found.repo.bare ? found.repo.gitDir : found.repo.dir);
    const here = (0, import_node_fs8.realpathSync)((0, import_node_path8.resolve)(cwd, path));
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
  const real = (0, import_node_fs8.realpathSync)(absolute);
  const entries = (0, import_node_fs8.readdirSync)(absolute, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const here = (0, import_node_path8.join)(path, entry.name);
    let clone;
    if (entry.isSymbolicLink()) {
      let to;
      try {
        to = (0, import_node_fs8.realpathSync)((0, import_node_path8.join)(absolute, entry.name));
      } catch {
        found.unaudited.push({ path: here, reason: "a symbolic link that leads nowhere" });
        continue;
      }
      if (!isDir(to) || !looksLikeRepository(to)) continue;
      if (!inside(real, to)) {
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
var import_node_fs9 = __toESM(require_node_fs(), 1);
var import_node_url2 = __toESM(require_node_url(), 1);
var import_node_worker_threads3 = __toESM(require_node_worker_threads(), 1);

// src/audit/audit-repository.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/exposure.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
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
    const target2 = run.stdout.trim();
    return run.code === 0 && target2 ? target2 : null;
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
var OID2 = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function placesHolding(repo, holders, places) {
  const held = places.map(() => false);
  if (!holders.size || !places.length) return held;
  const plain = places.flatMap((p, i) => p.path.includes("\n") ? [] : [i]);
  if (plain.length) {
    const out = (await git(repo, ["cat-file", "--batch-check=%(objectname)"], plain.map((i) => `${places[i].commit}:${places[i].path}
`).join(""))).split("\n");
    plain.forEach((i, n) => {
      const oid = out[n];
      held[i] = OID2.test(oid) && holders.has(oid);
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
var byDate2 = (a, b) => Date.parse(a.date) - Date.parse(b.date);
async function repositoryExposure(input) {
  const { repo, holders, defaultBranch } = input;
  const introductions = [...input.introductions].sort((a, b) => byDate2(a.commit, b.commit));
  const first = introductions[0];
  const tips = /* @__PURE__ */ new Map();
  const reaches = /* @__PURE__ */ new Map();
  for (const sha of new Set(introductions.map((i) => i.commit.sha))) {
    for (const ref of input.graph.refsContaining(sha, input.tips)) {
      tips.set(ref.name, ref);
      const list2 = reaches.get(ref.name) ?? [];
      list2.push(...introductions.filter((i) => i.commit.sha === sha));
      reaches.set(ref.name, list2);
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
  const local2 = defaultBranch?.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/");
  const primary = refs.find((r) => r === defaultBranch) ?? refs.find((r) => r === local2) ?? refs[0];
  if (primary && !presentAt.includes(primary)) {
    const removals = [];
    for (const intro of reaches.get(primary) ?? []) {
      const tip = tips.get(primary).commit;
      const removal = await removalOnLine(repo, holders, intro, tip, "first-parent") ?? await removalOnLine(repo, holders, intro, tip, "all");
      if (removal) removals.push(removal);
    }
    const last = removals.sort(byDate2).at(-1);
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
async function auditRepository(target2, options, hooks = {}) {
  const { cache, maxFileSize, readers, baseline, ...common } = options;
  const hostile = target2.cloned === true;
  if (hostile && !common.configFile) common.config = EMPTY_CONFIG;
  const cacheFile = cache === null ? void 0 : cache ?? defaultCachePath(target2.repo.gitDir);
  const source = historySource({
    repo: target2.repo,
    revs: ["--all"],
    mode: "history",
    root: target2.path,
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
  const scanned2 = hostile ? { ...ran, raw: ran.raw.map((r) => ({ ...r, inlineAllowed: false })) } : ran;
  const result = await settle(scanned2, { baseline: baseline ?? null });
  const defaultBranch = await findDefaultBranch(target2.repo);
  hooks.onProgress?.("exposure", last);
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of result.findings) bySecret.set(f.secretHash, [...bySecret.get(f.secretHash) ?? [], f]);
  const exposures = /* @__PURE__ */ new Map();
  const graph = bySecret.size ? await CommitGraph.read(target2.repo) : null;
  const tips = bySecret.size ? await readRefTips(target2.repo) : [];
  const holdersOf = (hash) => holders.get(hash) ?? /* @__PURE__ */ new Set();
  const defaultTip = tips.find((t) => t.name === defaultBranch);
  const wanted = new Set([...bySecret.keys()].flatMap((hash) => [...holdersOf(hash)]));
  const onDefaultTip = defaultTip ? await treeHolding(target2.repo, defaultTip.commit, wanted) : /* @__PURE__ */ new Set();
  await mapPool([...bySecret], EXPOSURE_CONCURRENCY, async ([hash, findings]) => {
    const introductions = findings.filter((f) => f.commit).map((f) => ({ path: f.path, commit: f.commit }));
    exposures.set(hash, await repositoryExposure({ repo: target2.repo, graph, tips, repository: target2.name, defaultBranch, holders: holdersOf(hash), onDefaultTip, introductions }));
  });
  return {
    repository: { name: target2.name, path: target2.path, remote: target2.remote, forge: target2.forge, defaultBranch, scan: result.scan },
    findings: result.findings,
    suppressed: result.suppressed.length,
    incomplete: result.incomplete,
    exposures
  };
}

// src/audit/schedule.ts
function workerScript2() {
  if (import.meta.url.endsWith(".ts")) return null;
  for (const candidate of ["../audit-worker.js", "./audit-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol !== "file:") return null;
    const path = (0, import_node_url2.fileURLToPath)(url);
    if ((0, import_node_fs9.existsSync)(path)) return path;
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
  const code = await new Promise((resolve8) => {
    child.on("error", () => resolve8(-1));
    child.on("close", resolve8);
  });
  return code === 0 ? size : { objects: 0, bytes: 0 };
}
async function auditAll(targets, schedule) {
  const concurrency = Math.max(1, Math.min(schedule.concurrency, targets.length));
  const parallel = concurrency > 1;
  const sizes = parallel ? await mapPool(targets, concurrency, inflatedSize) : schedule.onProgress ? await mapPool(targets, 4, objectCount) : targets.map(() => ({ objects: 0, bytes: 0 }));
  const order = targets.map((_, i) => i).sort((a, b) => sizes[b].bytes - sizes[a].bytes || a - b);
  const progress = schedule.onProgress ? new ProgressTally(targets, sizes.map((s) => s.objects), schedule.onProgress) : null;
  const script = parallel ? workerScript2() : null;
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
    this.worker = new import_node_worker_threads3.Worker(script, { workerData: input });
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
    return new Promise((resolve8, reject) => {
      const settle2 = (outcome) => {
        this.current = null;
        if (outcome instanceof Error) reject(outcome);
        else resolve8(outcome);
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
    const exited = new Promise((resolve8) => this.worker.once("exit", () => resolve8()));
    this.worker.postMessage({ end: true });
    await exited;
  }
  stop() {
    void this.worker.terminate();
  }
};
var ProgressTally = class {
  constructor(targets, objects, emit2) {
    this.targets = targets;
    this.objects = objects;
    this.emit = emit2;
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

// src/commands/audit.ts
async function audit(options) {
  const started = performance.now();
  const { targets, unaudited: unaudited2, release } = await repositoriesOf(options);
  try {
    return await auditTargets(targets, unaudited2, started, options);
  } finally {
    release();
  }
}
async function planAudit(options) {
  const paths = options.paths ?? [];
  const plan = await remotePlan(options);
  const local2 = (plan || paths.length ? paths.filter((p) => !isRemoteSpec(p)) : ["."]).map((p) => ({ name: p, url: p }));
  return { repositories: [...local2, ...(plan?.repositories ?? []).map((r) => ({ name: r.name, url: r.remote.url }))], unaudited: plan?.unaudited ?? [] };
}
async function remotePlan(options) {
  const urls2 = (options.paths ?? []).filter(isRemoteSpec);
  if (!urls2.length && !options.remote?.owners.length) return null;
  if (!options.remote) throw new UsageError("auditing a URL needs the remote options (clone folder, API base)");
  return planRemote(urls2, options.remote);
}
async function repositoriesOf(options) {
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
    concurrency: options.concurrency ?? Math.min((0, import_node_os5.availableParallelism)(), DEFAULT_MAX_CONCURRENCY),
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
      const { verifyFindings } = await import("./verify-EHVPM62W.js");
      const { loadPatterns: loadPatterns2 } = await import("./load-2URDPFY2.js");
      const checked = await verifyFindings(all, options.rules ?? loadPatterns2(), options.verify);
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

// src/audit/json.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path9 = __toESM(require_node_path(), 1);

// src/audit/validate.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var ReportShapeError = class extends Error {
  constructor(at, expected, got) {
    super(`${at}: expected ${expected}, got ${kindOf(got)}`);
    this.at = at;
    this.expected = expected;
  }
  at;
  expected;
};
function kindOf(value) {
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
var SEVERITY = oneOf({ critical: true, high: true, medium: true, low: true });
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
var repositoryExposure2 = obj({
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
  byRepository: list(repositoryExposure2)
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
  severity: SEVERITY,
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
  severity: SEVERITY,
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
    const name = (0, import_node_path9.basename)(scan2.root || file) || file;
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
function readAuditReport(file) {
  let text;
  try {
    text = readBoundedFile(file, MAX_REPORT_BYTES, { followLinks: true });
  } catch (error) {
    if (error instanceof RefusedRead) throw new InputError(`${file}: report not read: it ${error.message}`);
    throw new InputError(`${file}: cannot read the report (${error.code ?? String(error)})`);
  }
  return parseAuditReport(text, file);
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

// src/audit/progress.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function formatEta(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}
function fractionDone(p) {
  if (p.objectsTotal <= 0) return null;
  const here = Math.min(p.commits + p.blobs, p.objectsHere);
  return Math.min(1, (p.objectsBefore + (p.phase === "exposure" ? p.objectsHere : here)) / p.objectsTotal);
}
var NAMES_SHOWN = 3;
function describeAuditProgress(p, elapsedSeconds, bytesSoFar) {
  const seconds = Math.max(elapsedSeconds, 1e-3);
  const several = p.running.length > 1;
  const names = p.running.slice(0, NAMES_SHOWN).join(", ") + (p.running.length > NAMES_SHOWN ? ", \u2026" : "");
  const parts = several ? [`repositories ${p.finished} of ${p.repositories} done, ${p.running.length} in progress (${names})`, `${formatBytes(bytesSoFar)} read`] : [
    `repository ${p.repository} of ${p.repositories} (${p.name})`,
    p.phase === "exposure" ? "exposure" : `${plural(p.blobs, "blob")}, ${formatBytes(p.bytes)}`
  ];
  parts.push(`${formatBytes(bytesSoFar / seconds)}/s`);
  const done = fractionDone(p);
  if (done !== null && done > 0.01 && elapsedSeconds >= 2) parts.push(`ETA ${formatEta(elapsedSeconds * (1 - done) / done)}`);
  return `pdguard: ${parts.join(", ")}`;
}
function describeCloneProgress(p, elapsedSeconds) {
  const parts = [`cloned ${p.done} of ${p.total} (${p.name})`];
  if (p.done > 0 && p.done < p.total && elapsedSeconds >= 2) parts.push(`ETA ${formatEta(elapsedSeconds * (p.total - p.done) / p.done)}`);
  return `pdguard: ${parts.join(", ")}`;
}

// src/audit/sarif.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

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

// src/audit/sarif.ts
function findingOf(f) {
  return { ...f, redacted: f.secret, ...f.commit ? { commit: f.commit } : {} };
}
function runFor(report, findings, scan2, toolVersion) {
  const incomplete = (scan2.skipped ?? []).some((s) => s.kind === "unreadable") || report.repositories.length <= 1 && report.incomplete;
  const result = { scan: scan2, findings: findings.map(findingOf), suppressed: [], incomplete, rules: [] };
  return JSON.parse(formatSarif(result, { showSecrets: true, toolVersion })).runs[0];
}
function formatAuditSarif(report, toolVersion) {
  const runs = report.repositories.length ? report.repositories.map((repo) => ({
    ...runFor(report, report.findings.filter((f) => f.repository === repo.name), repo.scan, toolVersion),
    automationDetails: { id: `pdguard/${repo.name}/` }
  })) : [runFor(report, report.findings, report.scan, toolVersion)];
  const log = JSON.parse(formatSarif({ scan: report.scan, findings: [], suppressed: [], incomplete: false, rules: [] }, { showSecrets: false, toolVersion }));
  return `${JSON.stringify({ ...log, runs }, null, 2)}
`;
}

// src/audit/text.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
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

// src/report/github.ts
init_define_PDGUARD_BUILTIN_KERNEL();
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
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var GITLAB_SCHEMA_VERSION = "15.2.1";
var GITLAB_SCHEMA_URI = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
var NO_COMMIT = "0000000";
var MAX_MESSAGES = 100;
var MAX_NAME = 255;
var MAX_SOLUTION = 7e3;
var SEVERITY2 = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
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
    severity: isLive(f) ? "Critical" : SEVERITY2[f.severity],
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
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
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
function repositoriesOf2(c) {
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
    const repos = repositoriesOf2(c);
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
var cspHash = (text) => `'sha256-${(0, import_node_crypto3.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
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

// src/cli/audit.ts
function render2(report, format, flags, io) {
  switch (format) {
    case "json":
      return formatAuditJson(report);
    case "html":
      return formatHtml(report);
    case "sarif":
      return formatAuditSarif(report, report.tool.version);
    case "github":
    case "gitlab": {
      const several = report.repositories.length > 1;
      const findings = report.findings.map((f) => findingOf(several ? { ...f, path: `${f.repository}/${f.path}` } : f));
      const result = { scan: report.scan, findings, suppressed: [], incomplete: report.incomplete, rules: [] };
      if (format === "gitlab") return formatGitlab(result, { showSecrets: true, toolVersion: report.tool.version, endedAt: Date.parse(report.asOf) });
      return formatGithub(result, { showSecrets: true });
    }
    default:
      return formatAuditText(report, { color: flags.output === "-" && useColor(io.env, io.stdout.isTTY), quiet: flags.quiet });
  }
}
function exitCode(report, failOn, io) {
  const decided = verdict(report.credentials, failOn, report.incomplete);
  if (decided.kind === "incomplete") {
    const [first] = report.unaudited;
    const what = first ? `${plural(report.unaudited.length, "repository", "repositories")} could not be audited (listed in the report; ${escapeControls(`${first.path}: ${first.reason}`)})` : "some content could not be read (listed in the report)";
    io.stderr.write(`pdguard: the audit is incomplete: ${what}; fix that and run again
`);
    return EXIT_ERROR;
  }
  if (report.scan.shallow) io.stderr.write("pdguard: a shallow clone was audited: history before its boundary was not scanned; run `git fetch --unshallow` there\n");
  if (decided.kind === "unchecked") {
    io.stderr.write(`pdguard: ${uncheckedMessage(decided.unchecked, decided.unverified)}
`);
    return EXIT_ERROR;
  }
  return decided.kind === "fail" ? EXIT_FINDINGS : EXIT_OK;
}
var AuditProgressLine = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  last = 0;
  shown = false;
  started = performance.now();
  update = (p) => {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const shown = { ...p, name: escapeControls(p.name), running: p.running.map((name) => escapeControls(name)) };
    this.stream.write(`\r\x1B[K${describeAuditProgress(shown, (now - this.started) / 1e3, p.bytesSoFar)}`);
    this.shown = true;
  };
  cloned = (p) => {
    const now = performance.now();
    if (now - this.last < 100 && p.done < p.total) return;
    this.last = now;
    this.stream.write(`\r\x1B[K${describeCloneProgress({ ...p, name: escapeControls(p.name) }, (now - this.started) / 1e3)}`);
    this.shown = true;
  };
  clear() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};
function defaultCloneDir(env) {
  const home = env.HOME || (0, import_node_os6.homedir)();
  const cache = process.platform === "win32" ? env.LOCALAPPDATA ?? (0, import_node_path10.join)(home, "AppData", "Local") : process.platform === "darwin" ? (0, import_node_path10.join)(home, "Library", "Caches") : env.XDG_CACHE_HOME || (0, import_node_path10.join)(home, ".cache");
  return (0, import_node_path10.join)(cache, "pdguard", "clones");
}
var GITHUB_MAX_WAIT_MS = 5 * 6e4;
function remoteOptions(flags, io, progress) {
  const tokenName = flags.githubTokenEnv ?? "GITHUB_TOKEN";
  const token = io.env[tokenName];
  withholdFromGit([tokenName]);
  if (flags.githubTokenEnv !== void 0 && !token) throw new UsageError(`--github-token-env ${tokenName}: that environment variable is not set`);
  if (!token && (flags.githubOrgs.length || flags.githubUsers.length)) {
    io.stderr.write(`pdguard: ${tokenName} is not set: only public repositories are listed and cloned, under GitHub's low rate limit for anonymous requests
`);
  }
  return {
    cloneDir: (0, import_node_path10.resolve)(io.cwd, flags.cloneDir ?? defaultCloneDir(io.env)),
    keep: flags.keep,
    ...flags.maxCloneSize !== void 0 ? { maxCloneBytes: flags.maxCloneSize } : {},
    ...token ? { token } : {},
    apiUrl: flags.githubApiUrl ?? DEFAULT_GITHUB_API,
    owners: [...flags.githubOrgs.map((name) => ({ kind: "org", name })), ...flags.githubUsers.map((name) => ({ kind: "user", name }))],
    includeForks: flags.includeForks,
    includeArchived: !flags.excludeArchived,
    maxWaitMs: GITHUB_MAX_WAIT_MS,
    onNotice: (message) => {
      progress?.clear();
      io.stderr.write(`pdguard: ${escapeControls(redactUserInfo(message))}
`);
    },
    ...progress ? { onClone: progress.cloned } : {}
  };
}
async function runAuditList(command, io) {
  const { repositories, unaudited: unaudited2 } = await planAudit({ paths: command.paths, remote: remoteOptions(command.remote, io, null) });
  const text = command.format === "json" ? `${JSON.stringify({ include: repositories.map((r) => ({ repository: r.name, url: r.url })) })}
` : repositories.map((r) => `${escapeControls(r.name)}	${escapeControls(r.url)}
`).join("");
  emit(io, command, text);
  for (const u of unaudited2) io.stderr.write(`pdguard: not listed: ${escapeControls(`${u.path}: ${u.reason}`)}
`);
  return unaudited2.length ? EXIT_ERROR : EXIT_OK;
}
async function runAudit(command, io) {
  const debug = command.debug ? debugLines(io.stderr) : null;
  const stopObserving = debug ? observeGit((run) => debug(describeGitRun(run))) : void 0;
  try {
    if (command.list) return await runAuditList(command, io);
    return await runAuditReport(command, io);
  } finally {
    stopObserving?.();
  }
}
async function runAuditReport(command, io) {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new AuditProgressLine(io.stderr) : null;
  const { onProgress: _, ...options } = commonOptions(command, io, void 0);
  let report;
  try {
    report = await audit({
      ...options,
      remote: remoteOptions(command.remote, io, progress),
      paths: command.paths,
      cwd: io.cwd,
      showSecrets: command.showSecrets,
      toolVersion: version(),
      ...command.asOf !== void 0 ? { now: command.asOf } : {},
      ...command.noCache ? { cache: null } : command.cache !== void 0 ? { cache: (0, import_node_path10.resolve)(io.cwd, command.cache) } : {},
      ...command.maxFileSize !== void 0 ? { maxFileSize: command.maxFileSize } : {},
      ...command.jobs !== void 0 ? { concurrency: command.jobs } : {},
      onWarning: (message) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}
`),
      ...progress ? { onProgress: progress.update } : {}
    });
  } finally {
    progress?.clear();
  }
  emit(io, command, render2(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}
async function runReportMerge(command, io) {
  const reports = command.files.map((file) => readAuditReport((0, import_node_path10.resolve)(io.cwd, file)));
  const report = mergeAuditReports(reports, { toolVersion: version(), asOf: command.asOf ?? Date.now() });
  emit(io, command, render2(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}

// src/hook/install.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs10 = __toESM(require_node_fs(), 1);
var import_node_path11 = __toESM(require_node_path(), 1);
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
var inside2 = (base, path) => {
  const rel = (0, import_node_path11.relative)(base, path);
  return rel === "" || !rel.startsWith("..") && !(0, import_node_path11.isAbsolute)(rel);
};
async function hookTarget(repoDir, hook) {
  const repo = await openRepo(repoDir);
  if (repo.bare) throw new InputError(`${repoDir}: a bare repository has no commits made in it to guard`);
  const where = await runGit(repo.dir, ["rev-parse", "--git-path", "hooks"], { ownHooksPath: true });
  if (where.code !== 0) throw new InputError(`${repoDir}: git cannot say where its hooks are: ${gitComplaint(where.stderr)}`);
  const hooksDir = (0, import_node_path11.resolve)(repo.dir, where.stdout.trim());
  const top = repo.dir;
  const inWorkTree = inside2(top, hooksDir) && !inside2((0, import_node_path11.join)(top, ".git"), hooksDir) && !inside2(repo.gitDir, hooksDir);
  if (inWorkTree) {
    const parts = (0, import_node_path11.relative)(top, hooksDir).split(import_node_path11.sep);
    const husky = parts.lastIndexOf(".husky");
    if (husky >= 0) {
      const huskyDir = (0, import_node_path11.join)(top, ...parts.slice(0, husky + 1));
      if ((0, import_node_fs10.existsSync)(huskyDir) && !inside2((0, import_node_fs10.realpathSync)(top), (0, import_node_fs10.realpathSync)(huskyDir))) {
        throw new InputError(`${huskyDir} leads outside the repository (a symbolic link); pdguard never writes there`);
      }
      return { kind: "husky", file: (0, import_node_path11.join)(huskyDir, hook), shared: true };
    }
  }
  return { kind: "plain", file: (0, import_node_path11.join)(hooksDir, hook), shared: inWorkTree };
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
  if (!(0, import_node_fs10.existsSync)(file)) return { text: null, mode: 493 };
  const stat2 = (0, import_node_fs10.lstatSync)(file);
  if (!stat2.isFile()) throw new InputError(`${file} is not a regular file; pdguard leaves it alone`);
  return { text: readBoundedFile(file, CONFIG_LIMIT), mode: stat2.mode & 511 | 493 };
}
var pdguardCommand = (hook) => hook === "pre-commit" ? "pdguard staged" : 'pdguard pre-push "$@"';
async function installHook(repoDir, hook, options = {}) {
  if (options.force && options.append) throw new UsageError("--force replaces the existing hook and --append keeps it: choose one");
  const target2 = await hookTarget(repoDir, hook);
  refuseLinkedPath(target2.file);
  (0, import_node_fs10.mkdirSync)((0, import_node_path11.dirname)(target2.file), { recursive: true });
  const { text: existing, mode } = readHook(target2.file);
  const pdguard = block(hook, target2.shared ? null : (0, import_node_path11.join)(packageRoot(), "dist", "cli.js"));
  const commitHint = target2.shared ? `; commit it (git add ${(0, import_node_path11.relative)(process.cwd(), target2.file) || target2.file}) so that it runs for every teammate` : "";
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
    (0, import_node_fs10.renameSync)(target2.file, `${target2.file}${BACKUP_SUFFIX}`);
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
    (0, import_node_fs10.rmSync)(target2.file);
    if (target2.kind === "plain" && (0, import_node_fs10.existsSync)(backup) && (0, import_node_fs10.lstatSync)(backup).isFile()) {
      (0, import_node_fs10.renameSync)(backup, target2.file);
      return `removed pdguard's ${hook} hook and restored the previous one: ${target2.file}`;
    }
    return `removed pdguard's ${hook} hook: ${target2.file}`;
  }
  const kept = target2.kind === "plain" ? rest.split("\n").filter((line) => !headerLines(hook).includes(line)).join("\n") : rest;
  writeFileSafely(target2.file, kept.replace(/^\n+/, "").replace(/\n*$/, "\n"), mode);
  return `removed pdguard from ${target2.file} (the hook's other lines are kept)`;
}

// src/commands/scan.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/files.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs12 = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path13 = __toESM(require_node_path(), 1);

// src/sources/walk.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs11 = __toESM(require_node_fs(), 1);
var import_node_path12 = __toESM(require_node_path(), 1);

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
var toPosix2 = (path) => import_node_path12.sep === "/" ? path : path.split(import_node_path12.sep).join("/");
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
    return readBoundedIfPresent(typeof dir === "string" ? (0, import_node_path12.join)(dir, ".gitignore") : Buffer.concat([dir, Buffer.from("/.gitignore")]), IGNORE_LIMIT);
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
  while (!(0, import_node_fs11.existsSync)((0, import_node_path12.join)(dir, ".git"))) {
    const parent = (0, import_node_path12.dirname)(dir);
    if (parent === dir) return { scopes: [], refused: null };
    dir = parent;
    const text = readIgnoreFile(dir);
    if (text instanceof RefusedRead) refused ??= { path: (0, import_node_path12.join)(dir, ".gitignore"), why: text.message };
    else if (text !== null) scopes.unshift(scopeOf(text, null, toPosix2((0, import_node_path12.relative)(dir, root))));
  }
  return { scopes, refused };
}
function ignoredBy(scopes, path, name, isDir2) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const rel = scope.above !== null ? `${scope.above}/${path}` : scope.within === "" ? path : path.slice(scope.within.length + 1);
    if (!scope.summary.mayMatch(rel, name, isDir2)) continue;
    const verdict2 = scope.rules.test(isDir2 ? `${rel}/` : rel);
    if (verdict2.ignored) return true;
    if (verdict2.unignored) return false;
  }
  return false;
}
function escapeName(raw) {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const b = raw[i];
    const length = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    const piece = length && i + length <= raw.length ? raw.subarray(i, i + length) : null;
    const valid2 = piece !== null && piece.subarray(1).every((c) => (c & 192) === 128);
    const text = valid2 ? piece.toString("utf8") : "";
    if (valid2 && !text.includes("\uFFFD")) {
      out += text;
      i += length;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
var kindOf2 = (entry) => entry.isDirectory() ? "dir" : entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other";
function listDir(dir) {
  const listed = (0, import_node_fs11.readdirSync)(dir, { withFileTypes: true });
  const entries = new Array(listed.length);
  let invalid = false;
  for (let i = 0; i < listed.length; i++) {
    const entry = listed[i];
    if (entry.name.includes("\uFFFD")) invalid = true;
    entries[i] = { name: entry.name, raw: null, kind: kindOf2(entry) };
  }
  if (!invalid) return entries;
  return (0, import_node_fs11.readdirSync)(dir, { withFileTypes: true, encoding: "buffer" }).map((entry) => {
    const bytes = entry.name;
    const text = bytes.toString("utf8");
    const valid2 = Buffer.from(text, "utf8").equals(bytes);
    return { name: valid2 ? text : escapeName(bytes), raw: valid2 ? null : bytes, kind: kindOf2(entry) };
  });
}
var SEP = Buffer.from(import_node_path12.sep);
function childPath(dir, entry) {
  if (typeof dir === "string" && entry.raw === null) return dir.endsWith(import_node_path12.sep) ? dir + entry.name : dir + import_node_path12.sep + entry.name;
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir) : dir, SEP, entry.raw ?? Buffer.from(entry.name)]);
}
function walkTree(root, options, events) {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const tracked = options.tracked ?? null;
  const realRoot = (0, import_node_fs11.realpathSync)(root);
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
          target2 = (0, import_node_fs11.realpathSync)(absolute);
        } catch {
          events.skip(absolute, rel, "link", "broken symbolic link");
          continue;
        }
        const inside3 = target2 === realRoot || target2.startsWith(realRoot + import_node_path12.sep);
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
var toPosix3 = (path) => import_node_path13.sep === "/" ? path : path.split(import_node_path13.sep).join("/");
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
    const absolute = (0, import_node_path13.resolve)(cwd, arg);
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
  for (let at = dir; ; at = (0, import_node_path13.dirname)(at)) {
    if ((0, import_node_fs12.existsSync)((0, import_node_path13.join)(at, ".git"))) return (0, import_node_path13.join)(at, ".git");
    if ((0, import_node_path13.dirname)(at) === at) return null;
  }
}
function evidenceName(absolute) {
  const dotGit = dotGitOf((0, import_node_path13.dirname)(absolute));
  if (dotGit) {
    const inTree = (0, import_node_path13.relative)((0, import_node_path13.dirname)(dotGit), absolute);
    if (inTree && !inTree.startsWith("..") && !(0, import_node_path13.isAbsolute)(inTree)) return toPosix3(inTree);
  }
  return (0, import_node_path13.basename)(absolute);
}
var LS_FILES_TIMEOUT_MS = 6e4;
async function trackedFiles(dir, debug) {
  const dotGit = dotGitOf(dir);
  if (dotGit === null) return null;
  const refused = gitWouldWait((0, import_node_path13.dirname)(dotGit));
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
    if (onlyDir) return path || (0, import_node_path13.basename)(root);
    const typed = toPosix3((0, import_node_path13.normalize)(target2.arg)).replace(/\/$/, "");
    return path ? import_node_path13.posix.join(typed, path) : typed;
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
                const shown = (0, import_node_path13.isAbsolute)(path) ? path : display(target2, path);
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

// src/report/formats.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

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
export {
  allowFindings,
  formatReport,
  formatRulesJson,
  formatRulesText,
  installHook,
  parsePrePushLines,
  runAudit,
  runReportMerge,
  scan,
  scanHistory,
  scanPrePush,
  uninstallHook
};
