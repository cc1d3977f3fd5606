import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  defaultCachePath,
  historySource
} from "./chunk-PHKUFKEY.js";
import {
  runScan,
  settle
} from "./chunk-APVTY4OY.js";
import {
  openRepo
} from "./chunk-WRNQB6ZF.js";
import {
  SHALLOW_FIX,
  gitComplaint,
  runGit
} from "./chunk-7CLRDRJK.js";
import {
  InputError,
  UsageError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

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

// src/commands/history.ts
async function scanRevisions(repo, revs, mode, label, options, cache = {}) {
  const source = historySource({ repo, revs, mode, root: options.repo ?? ".", label, ...cache });
  return settle(await runScan(source, options), options);
}
async function historyRevisions(repo, options) {
  if (options.range !== void 0 && options.since !== void 0) throw new UsageError("--range and --since cannot be used together");
  if (options.range !== void 0) {
    return { revs: await rangeRevisions(repo, options.range), label: options.range };
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
