import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader
} from "./chunk-J2ISYABQ.js";
import {
  applySuppressions,
  findConfig,
  loadPatterns,
  require_picomatch
} from "./chunk-AGQ46FGX.js";
import {
  Engine,
  detach,
  scanningSink
} from "./chunk-LI357VF7.js";
import {
  compareFindings,
  toFindings
} from "./chunk-POBSMOEF.js";
import {
  git
} from "./chunk-XU7PJLAP.js";
import {
  exitOf,
  gitComplaint,
  openRepo,
  spawnGit
} from "./chunk-VI6ZL6I7.js";
import {
  SHALLOW_FIX
} from "./chunk-B3M3UZOU.js";
import {
  InputError,
  UsageError
} from "./chunk-SSZ2SIAI.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-MNX7NILS.js";

// src/history.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/revisions.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
async function resolveCommit(repo, rev) {
  if (rev.startsWith("-")) return null;
  try {
    const sha = (await git(repo.dir).raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])).trim();
    return sha || null;
  } catch {
    return null;
  }
}
async function requireCommit(repo, rev, what) {
  const sha = await resolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.shallow) throw new InputError(`${what} '${rev}' is not in this shallow clone; ${SHALLOW_FIX}`);
  throw new InputError(`${what} '${rev}' is not a commit in this repository`);
}

// src/sources/history.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_picomatch = __toESM(require_picomatch(), 1);

// src/git/log.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { StringDecoder } from "node:string_decoder";
var LOG_FORMAT = "--format=%x01%H%x00%an%x00%ae%x00%aI%x00";
var RawLogParser = class {
  constructor(events) {
    this.events = events;
  }
  events;
  pending = "";
  state = { kind: "idle" };
  // Keeps a UTF-8 character split across two reads whole.
  decoder = new StringDecoder("utf8");
  push(data) {
    const text = this.pending + this.decoder.write(data);
    let start = 0;
    for (let nul = text.indexOf("\0"); nul >= 0; nul = text.indexOf("\0", start)) {
      this.token(text.slice(start, nul));
      start = nul + 1;
    }
    this.pending = text.slice(start);
  }
  end() {
    this.pending += this.decoder.end();
    if (this.pending) this.token(this.pending);
    this.pending = "";
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
          path: detach(state.paths[state.want - 1])
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
      this.state = { kind: "paths", meta, paths: [], want: 1 };
    } else if (token.startsWith(":")) {
      const meta = token.slice(1).split(" ");
      const status = meta[4] ?? "";
      this.state = { kind: "paths", meta, paths: [], want: status.startsWith("R") || status.startsWith("C") ? 2 : 1 };
    }
  }
};

// src/sources/history.ts
var NULL_BLOB = /^0+$/;
var GITLINK = "160000";
var SYMLINK = "120000";
async function scanHistoryBlobs(options) {
  const excluded = options.exclude?.length ? (0, import_picomatch.default)([...options.exclude], { dot: true }) : () => false;
  const included = options.include?.length ? (0, import_picomatch.default)([...options.include], { dot: true }) : () => true;
  const outcome = { commits: 0, blobs: 0, bytes: 0, raw: [], skipped: [], incomplete: false };
  const seenBlobs = /* @__PURE__ */ new Set();
  const blobs = /* @__PURE__ */ new Map();
  const renamedFrom = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  let commit = null;
  let waitingForDrain = false;
  const report = (matches, intro) => {
    for (const raw of toFindings(matches, intro.path, intro.commit)) {
      const key = `${raw.finding.secretHash}\0${intro.file}`;
      if (reported.has(key)) continue;
      reported.add(key);
      outcome.raw.push(raw);
    }
  };
  const reader = new BlobReader(options.dir);
  const log = spawnGit(options.dir, [
    "-c",
    "log.showRoot=true",
    "-c",
    "log.showSignature=false",
    "log",
    ...options.revs,
    // -c (combined): a merge lists the files that differ from every parent, which is what the merge
    // itself introduced (a conflict resolved with new text). `-m` would also list what it brings
    // in from a parent, and a range scan would report the base branch's secrets at the merge.
    "--reverse",
    "--topo-order",
    "-c",
    "-M",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-notes",
    LOG_FORMAT,
    "--"
  ]);
  const logExit = exitOf(log);
  const onChange = (change) => {
    if (!commit || change.status.startsWith("D") || NULL_BLOB.test(change.newBlob)) return;
    if (change.newMode === GITLINK || change.newMode === SYMLINK) return;
    const file = change.oldPath !== null && change.status.startsWith("R") ? renamedFrom.get(change.oldPath) ?? change.oldPath : renamedFrom.get(change.path) ?? change.path;
    if (file !== change.path) renamedFrom.set(change.path, file);
    if (excluded(change.path) || !included(change.path)) return;
    const intro = { commit, path: change.path, file };
    const blob = change.newBlob;
    if (seenBlobs.has(blob)) {
      const state2 = blobs.get(blob);
      if (state2?.matches) report(state2.matches, intro);
      else state2?.waiting.push(intro);
      return;
    }
    seenBlobs.add(blob);
    const state = { waiting: [] };
    blobs.set(blob, state);
    const more = reader.request(blob, {
      ...scanningSink(options.engine, (result, size) => {
        outcome.blobs++;
        outcome.bytes += size;
        if (result.kind === "scanned" && result.matches.length) {
          state.matches = result.matches;
          report(result.matches, intro);
          for (const other of state.waiting) report(result.matches, other);
          state.waiting = [];
        } else blobs.delete(blob);
        options.onProgress?.({ commits: outcome.commits, blobs: outcome.blobs, bytes: outcome.bytes });
      }),
      missing: () => {
        blobs.delete(blob);
        outcome.skipped.push({ path: `${intro.path} (${intro.commit.sha.slice(0, 12)})`, reason: "unreadable: blob missing from the repository (a partial clone?)" });
        outcome.incomplete = true;
      }
    });
    if (!more && !waitingForDrain) {
      waitingForDrain = true;
      log.stdout.pause();
      void reader.drained().then(() => {
        waitingForDrain = false;
        log.stdout.resume();
      });
    }
  };
  const parser = new RawLogParser({
    commit: (c) => {
      if (commit?.sha !== c.sha) outcome.commits++;
      commit = c;
    },
    change: onChange
  });
  log.stdout.on("data", (data) => parser.push(data));
  const logEnded = new Promise((resolve) => log.stdout.on("end", resolve));
  try {
    const [{ code, stderr }] = await Promise.all([logExit, logEnded]);
    parser.end();
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    await reader.close();
  } catch (error) {
    reader.kill();
    log.kill();
    throw error;
  }
  return outcome;
}

// src/history.ts
async function scanRevisions(repo, revs, mode, label, options) {
  const started = performance.now();
  const rules = options.rules ?? loadPatterns();
  const config = options.config ?? findConfig(repo.dir, options.configFile);
  const outcome = await scanHistoryBlobs({
    dir: repo.dir,
    revs,
    engine: new Engine(rules),
    exclude: [...options.exclude ?? [], ...config.exclude],
    include: options.include ?? [],
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  const { findings, suppressed } = applySuppressions(outcome.raw, { config, baseline: options.baseline ?? null });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return {
    scan: {
      mode,
      root: options.repo ?? ".",
      bytesScanned: outcome.bytes,
      filesScanned: 0,
      commitsScanned: outcome.commits,
      blobsScanned: outcome.blobs,
      skipped: outcome.skipped,
      durationMs: Math.round(performance.now() - started),
      shallow: repo.shallow,
      revisions: label
    },
    findings,
    suppressed,
    incomplete: outcome.incomplete,
    rules
  };
}
async function historyRevisions(repo, options) {
  if (options.range !== void 0 && options.since !== void 0) throw new UsageError("--range and --since cannot be used together");
  if (options.range !== void 0) {
    const parts = options.range.split(/\.{2,3}/);
    if (parts.length !== 2 || !parts[0] || !parts[1] || options.range.includes("...")) {
      throw new UsageError(`--range takes A..B (got '${options.range}')`);
    }
    const [base, tip] = parts;
    const baseSha = await requireCommit(repo, base, "the range base");
    const tipSha = await requireCommit(repo, tip, "the range tip");
    return { revs: [tipSha, `^${baseSha}`], label: options.range };
  }
  if (options.since !== void 0) {
    const sha = await requireCommit(repo, options.since, "--since");
    return { revs: ["--all", `^${sha}`], label: `--all since ${options.since}` };
  }
  return { revs: ["--all"], label: "--all" };
}
async function scanHistory(options = {}) {
  const repo = await openRepo(options.repo ?? ".");
  const { revs, label } = await historyRevisions(repo, options);
  return scanRevisions(repo, revs, "history", label, options);
}

export {
  resolveCommit,
  scanRevisions,
  scanHistory
};
