import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  aggregateExposure,
  combineScans,
  compareRefs,
  forgeOf,
  groupFindings,
  mergeCredentials,
  prioritize,
  refKind,
  remoteName,
  reportFinding,
  sanitizeRemote,
  summarizeAudit
} from "./chunk-D2GFJXTA.js";
import {
  defaultCachePath,
  historySource
} from "./chunk-PHKUFKEY.js";
import {
  LISTING
} from "./chunk-EI4Q3NYD.js";
import {
  runScan,
  settle
} from "./chunk-APVTY4OY.js";
import {
  TOOL_NAME
} from "./chunk-E7PWWUY2.js";
import {
  openRepo
} from "./chunk-WRNQB6ZF.js";
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-7CLRDRJK.js";
import {
  InputError,
  UsageError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/commands/audit.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/exposure.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var GREP_BATCH = 64;
async function git(repo, args, input, quietMiss = false) {
  const child = spawnGit(repo.dir, [...LISTING, ...args]);
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  child.stdin.on("error", () => {
  });
  child.stdin.end(input ?? "");
  const { code, stderr } = await exitOf(child);
  if (code !== 0 && !(quietMiss && code === 1 && !stderr.trim())) {
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
async function commitsHolding(repo, secret, commits, paths) {
  const holding = /* @__PURE__ */ new Set();
  const unique = [...new Set(commits)];
  for (let i = 0; i < unique.length; i += GREP_BATCH) {
    const batch = unique.slice(i, i + GREP_BATCH);
    const out = await git(
      repo,
      ["--literal-pathspecs", "grep", "-F", "-l", "-z", "--no-color", "--no-textconv", "-f", "-", ...batch, "--", ...paths ?? []],
      `${secret}
`,
      true
    );
    for (const name of out.split("\0")) {
      const sha = name.slice(0, name.indexOf(":"));
      if (sha) holding.add(sha);
    }
  }
  return holding;
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
async function removalOnLine(repo, secret, intro, tip, line) {
  const touching = await commitsTouching(repo, intro.commit.sha, tip, intro.path, line);
  if (!touching.length) return null;
  const holding = await commitsHolding(repo, secret, touching.map((c) => c.sha), [intro.path]);
  let held = true;
  let removal = null;
  for (const c of touching) {
    const holds = holding.has(c.sha);
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
  const { repo, secret, defaultBranch } = input;
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
  const refs = [...tips.keys()].sort(compareRefs(defaultBranch));
  const paths = [...new Set(introductions.map((i) => i.path))];
  const holding = await commitsHolding(repo, secret, [...tips.values()].map((t) => t.commit), paths);
  const defaultTip = defaultBranch ? tips.get(defaultBranch) : void 0;
  if (defaultTip && !holding.has(defaultTip.commit)) {
    for (const sha of await commitsHolding(repo, secret, [defaultTip.commit])) holding.add(sha);
  }
  const presentAt = refs.filter((name) => holding.has(tips.get(name).commit));
  const onDefaultBranch = defaultTip !== void 0 && holding.has(defaultTip.commit);
  let removed = null;
  const local = defaultBranch?.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/");
  const primary = refs.find((r) => r === defaultBranch) ?? refs.find((r) => r === local) ?? refs[0];
  if (primary && !presentAt.includes(primary)) {
    const removals = [];
    for (const intro of reaches.get(primary) ?? []) {
      const tip = tips.get(primary).commit;
      const removal = await removalOnLine(repo, secret, intro, tip, "first-parent") ?? await removalOnLine(repo, secret, intro, tip, "all");
      if (removal) removals.push(removal);
    }
    const last = removals.sort(byDate).at(-1);
    if (last) removed = point(last);
  }
  const published = refs.length > 0 && (repo.bare || refs.some((r) => refKind(r) === "remote" || refKind(r) === "tag"));
  const remedy = refs.length === 0 ? "none" : published ? "rewrite-history" : "delete-file";
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

// src/audit/repositories.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
var isDir = (path) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
function looksLikeRepository(dir) {
  return existsSync(join(dir, ".git")) || existsSync(join(dir, "HEAD")) && isDir(join(dir, "objects")) && isDir(join(dir, "refs"));
}
async function originUrl(repo) {
  const run = await runGit(repo.dir, ["config", "--get", "remote.origin.url"]);
  const url = run.stdout.trim();
  return run.code === 0 && url ? url : null;
}
async function target(path, cwd) {
  const repo = await openRepo(resolve(cwd, path));
  const url = await originUrl(repo);
  const remote = url ? sanitizeRemote(url) : null;
  const folder = basename(repo.bare ? repo.gitDir : repo.dir).replace(/\.git$/, "") || basename(resolve(cwd, path));
  return { path, repo, name: url && remoteName(url) || folder, remote, forge: url ? forgeOf(url) : null };
}
async function findRepositories(paths, cwd) {
  const targets = [];
  for (const path of paths.length ? paths : ["."]) {
    const absolute = resolve(cwd, path);
    if (!isDir(absolute)) throw new InputError(`${path}: no such directory`);
    if (looksLikeRepository(absolute)) {
      targets.push(await target(path, cwd));
      continue;
    }
    const clones = readdirSync(absolute, { withFileTypes: true }).filter((e) => e.isDirectory() && looksLikeRepository(join(absolute, e.name))).map((e) => e.name).sort();
    if (clones.length) {
      for (const clone of clones) targets.push(await target(join(path, clone), cwd));
      continue;
    }
    try {
      targets.push(await target(path, cwd));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${path}: not a git repository, and no folder in it is one (pass repositories, or a folder of clones)`);
      throw error;
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = targets.filter((t) => !seen.has(t.repo.gitDir) && seen.add(t.repo.gitDir));
  const counts = /* @__PURE__ */ new Map();
  for (const t of unique) {
    const n = (counts.get(t.name) ?? 0) + 1;
    counts.set(t.name, n);
    if (n > 1) t.name = `${t.name}#${n}`;
  }
  return unique;
}

// src/commands/audit.ts
async function objectCount(target2) {
  const run = await runGit(target2.repo.dir, ["count-objects", "-v"]);
  if (run.code !== 0) return 0;
  const field = (name) => Number(new RegExp(`^${name}: (\\d+)$`, "m").exec(run.stdout)?.[1] ?? 0);
  return field("count") + field("in-pack");
}
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
async function auditRepository(target2, place, options) {
  const { index, total, ...objects } = place;
  const progress = (phase, p) => options.onProgress?.({ ...p, ...objects, repository: index + 1, repositories: total, name: target2.name, phase });
  const { onProgress: _, verify: __, ...common } = options;
  const cacheFile = options.cache === null ? void 0 : options.cache ?? defaultCachePath(target2.repo.gitDir);
  const source = historySource({
    repo: target2.repo,
    revs: ["--all"],
    mode: "history",
    root: target2.path,
    label: "--all",
    ...cacheFile !== void 0 ? { cacheFile, cacheInGitDir: options.cache === void 0 } : {},
    ...options.onWarning ? { warn: options.onWarning } : {},
    ...options.maxFileSize !== void 0 ? { maxFileSize: options.maxFileSize } : {}
  });
  let last = { commits: 0, blobs: 0, bytes: 0 };
  const scanned = await runScan(source, {
    ...common,
    onProgress: (p) => {
      last = p;
      progress("scanning", p);
    }
  });
  const result = await settle(scanned, { baseline: options.baseline ?? null });
  const defaultBranch = await findDefaultBranch(target2.repo);
  progress("exposure", last);
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of result.findings) bySecret.set(f.secretHash, [...bySecret.get(f.secretHash) ?? [], f]);
  const exposures = /* @__PURE__ */ new Map();
  const graph = bySecret.size ? await CommitGraph.read(target2.repo) : null;
  const tips = bySecret.size ? await readRefTips(target2.repo) : [];
  await mapPool([...bySecret], EXPOSURE_CONCURRENCY, async ([hash, findings]) => {
    const introductions = findings.filter((f) => f.commit).map((f) => ({ path: f.path, commit: f.commit }));
    exposures.set(hash, await repositoryExposure({ repo: target2.repo, graph, tips, repository: target2.name, defaultBranch, secret: findings[0].secret, introductions }));
  });
  return {
    repository: { name: target2.name, path: target2.path, remote: target2.remote, forge: target2.forge, defaultBranch, scan: result.scan },
    findings: result.findings,
    suppressed: result.suppressed.length,
    incomplete: result.incomplete,
    exposures
  };
}
async function audit(options) {
  const started = performance.now();
  const asOf = options.now ?? Date.now();
  const targets = await findRepositories(options.paths ?? [], options.cwd ?? process.cwd());
  if (typeof options.cache === "string" && targets.length > 1) {
    throw new UsageError(`--cache FILE goes with one repository (this audit has ${targets.length}); without it each repository keeps its own cache in its git directory`);
  }
  const counts = options.onProgress ? await Promise.all(targets.map(objectCount)) : targets.map(() => 0);
  const objectsTotal = counts.reduce((a, b) => a + b, 0);
  const audited = [];
  let objectsBefore = 0;
  for (const [index, target2] of targets.entries()) {
    const place = { index, total: targets.length, objectsBefore, objectsHere: counts[index], objectsTotal };
    audited.push(await auditRepository(target2, place, options));
    objectsBefore += counts[index];
  }
  let verified = /* @__PURE__ */ new Map();
  if (options.verify) {
    const all = audited.flatMap((a) => a.findings);
    if (all.length) {
      const { verifyFindings } = await import("./verify-CLS74YID.js");
      const { loadPatterns } = await import("./load-KD7IUG7C.js");
      const checked = await verifyFindings(all, options.rules ?? loadPatterns(), options.verify);
      verified = new Map(checked.map((f) => [f.secretHash, f.verification]));
    }
  }
  const showSecrets = options.showSecrets ?? false;
  const findings = audited.flatMap(
    (a) => a.findings.map((f) => {
      const verification = verified.get(f.secretHash);
      return reportFinding(verification ? { ...f, verification } : f, showSecrets, a.repository.name);
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
    incomplete: audited.some((a) => a.incomplete),
    secretsShown: showSecrets
  };
}

// src/audit/json.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { readFileSync } from "node:fs";
import { basename as basename2 } from "node:path";
var REPORT_VERSION = 1;
function formatAuditJson(report) {
  const { incomplete, secretsShown, ...rest } = report;
  return `${JSON.stringify({ ...rest, incomplete, secretsShown }, null, 2)}
`;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseAuditReport(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a JSON report (${error.message})`);
  }
  if (!isObject(data) || data.version === void 0 || !isObject(data.tool) || !Array.isArray(data.findings) || !isObject(data.scan)) {
    throw new InputError(`${file}: not a pdguard JSON report (write one with pdguard audit --format json)`);
  }
  if (data.version !== REPORT_VERSION) throw new InputError(`${file}: report version ${String(data.version)} is not supported (this pdguard reads version ${REPORT_VERSION})`);
  const report = data;
  if (Array.isArray(report.repositories) && report.repositories.length && Array.isArray(report.credentials)) {
    return { ...report, incomplete: Boolean(report.incomplete), secretsShown: Boolean(report.secretsShown) };
  }
  const scan = report.scan;
  const name = basename2(String(scan.root || file)) || file;
  const findings = report.findings.map((f) => ({ ...f, repository: name }));
  const credentials = groupFindings(findings);
  const suppressed = isObject(report.summary) && typeof report.summary.suppressed === "number" ? report.summary.suppressed : 0;
  return {
    version: 1,
    tool: report.tool,
    asOf: typeof report.asOf === "string" ? report.asOf : (/* @__PURE__ */ new Date(0)).toISOString(),
    scan,
    repositories: [{ name, path: scan.root, remote: null, forge: null, defaultBranch: null, scan }],
    credentials,
    findings,
    summary: summarizeAudit(credentials, 1, suppressed, findings),
    incomplete: scan.skipped?.some((s) => s.kind === "unreadable") ?? false,
    secretsShown: false
  };
}
function readAuditReport(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read the report (${error.code ?? String(error)})`);
  }
  return parseAuditReport(text, file);
}

// src/audit/merge.ts
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
  const credential = (c) => ({
    ...c,
    occurrences: c.occurrences.map((o) => ({ ...o, repository: rename(o.repository) })),
    exposure: c.exposure && { ...c.exposure, byRepository: c.exposure.byRepository.map((r) => ({ ...r, repository: rename(r.repository) })) }
  });
  return {
    ...report,
    repositories: report.repositories.map((r) => ({ ...r, name: rename(r.name) })),
    credentials: report.credentials.map(credential),
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
    incomplete: all.some((r) => r.incomplete),
    secretsShown: all.every((r) => r.secretsShown)
  };
}

export {
  audit,
  formatAuditJson,
  parseAuditReport,
  readAuditReport,
  mergeAuditReports
};
