import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  aggregateExposure,
  combineScans,
  compareRefs,
  forgeOf,
  groupFindings,
  mergeCredentials,
  plural,
  prioritize,
  pullRequestForge,
  refKind,
  remoteName,
  reportFinding,
  sanitizeRemote,
  summarizeAudit
} from "./chunk-NYISAM5I.js";
import {
  defaultCachePath,
  historySource
} from "./chunk-VEESNIL5.js";
import {
  LISTING
} from "./chunk-WTJ2AFVF.js";
import {
  runScan,
  settle
} from "./chunk-PJ3VYHIQ.js";
import {
  TOOL_NAME
} from "./chunk-LWDNZSIP.js";
import {
  sha256
} from "./chunk-T5BUAX2I.js";
import {
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-KR27X6RF.js";
import {
  EMPTY_CONFIG
} from "./chunk-3DVWT4TM.js";
import {
  entryExists
} from "./chunk-3MH3OYKU.js";
import {
  InputError,
  PdguardError,
  RefusedRead,
  UsageError,
  jsonSyntaxProblem,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import {
  formatSize
} from "./chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/remote/url.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createHash } from "node:crypto";
import { join } from "node:path";
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
    const digest = createHash("sha256").update(remote.path).digest("hex").slice(0, 10);
    return join(cloneDir, "file", `${name}-${digest}.git`);
  }
  const host = safeSegment(remote.host.replace(/:/g, "_"));
  return join(cloneDir, remote.transport === "ssh" ? `ssh_${host}` : host, ...segments, `${name}.git`);
}
function gitOriginOfApi(apiUrl) {
  const api = new URL(apiUrl);
  const host = api.host.replace(/^api\./i, "");
  return `${api.protocol}//${host}`;
}

// src/remote/sources.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { rmSync as rmSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// src/remote/clone.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
function diskUsage(dir) {
  let total = 0;
  const walk = (at) => {
    let entries;
    try {
      entries = readdirSync(at);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join2(at, name);
      try {
        const stat = lstatSync(path);
        if (stat.isDirectory()) walk(path);
        else total += stat.size;
      } catch {
      }
    }
  };
  walk(dir);
  return total;
}
function isBareClone(dir) {
  return existsSync(join2(dir, "HEAD")) && existsSync(join2(dir, "objects")) && existsSync(join2(dir, "refs"));
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
    if (existsSync(dir) && readdirSync(dir).length) throw new InputError(`${dir} exists and is not a clone pdguard made; remove it or choose another --clone-dir`);
    mkdirSync(dirname(dir), { recursive: true });
    await local(dirname(dir), ["init", "--bare", "--quiet", "--template=", dir]);
  }
  try {
    await local(dir, ["config", "remote.origin.url", remote.url]);
    await local(dir, ["config", "--replace-all", "remote.origin.fetch", "+refs/*:refs/*"]);
    await fetchAll(request);
    await pointHead(request);
  } catch (error) {
    if (fresh) rmSync(dir, { recursive: true, force: true });
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
    rmSync(dir, { recursive: true, force: true });
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
init_define_PDGUARD_BUILTIN_PATTERNS();
var REQUEST_TIMEOUT_MS = 6e4;
var MAX_PAGES = 1e3;
var delay = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
function nextLink(link) {
  if (!link) return null;
  for (const part of link.split(",")) {
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
async function planRemote(urls, options) {
  const fromUrls = urls.map((url) => parseRemoteUrl(url));
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
  const limit = Math.max(1, Math.min(options.concurrency ?? Math.min(4, availableParallelism()), plan.repositories.length));
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
      for (const c of clones) rmSync2(c.dir, { recursive: true, force: true });
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
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/exposure.ts
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
import { existsSync as existsSync2, readdirSync as readdirSync2, realpathSync, statSync } from "node:fs";
import { basename, isAbsolute, join as join3, relative, resolve } from "node:path";
var isDir = (path) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
function looksLikeRepository(dir) {
  return entryExists(join3(dir, ".git")) || existsSync2(join3(dir, "HEAD")) && (isDir(join3(dir, "objects")) || isDir(join3(dir, "refs")));
}
var inside = (base, path) => {
  const rel = relative(base, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
};
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
async function ownTarget(path, cwd) {
  try {
    const found = await target(path, cwd);
    const home = realpathSync(found.repo.bare ? found.repo.gitDir : found.repo.dir);
    const here = realpathSync(resolve(cwd, path));
    if (home !== here) {
      return { path, reason: `not a repository of its own (git finds the repository at ${home} instead): its .git is empty or damaged` };
    }
    return found;
  } catch (error) {
    if (error instanceof PdguardError) return { path, reason: error.message.replace(`${resolve(cwd, path)}: `, "").replace(`${path}: `, "") };
    throw error;
  }
}
async function clonesOf(path, cwd, found) {
  const absolute = resolve(cwd, path);
  const real = realpathSync(absolute);
  const entries = readdirSync2(absolute, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const here = join3(path, entry.name);
    let clone;
    if (entry.isSymbolicLink()) {
      let to;
      try {
        to = realpathSync(join3(absolute, entry.name));
      } catch {
        found.unaudited.push({ path: here, reason: "a symbolic link that leads nowhere" });
        continue;
      }
      if (!isDir(to) || !looksLikeRepository(to)) continue;
      if (!inside(real, to)) {
        found.unaudited.push({ path: here, reason: `a symbolic link to ${to}, outside ${path}: not followed (pass that path to audit it)` });
        continue;
      }
      clone = join3(path, relative(real, to));
    } else if (entry.isDirectory() && looksLikeRepository(join3(absolute, entry.name))) {
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
    const absolute = resolve(cwd, path);
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
  const hostile = target2.cloned === true;
  if (hostile && !common.configFile) common.config = EMPTY_CONFIG;
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
  const holders = /* @__PURE__ */ new Map();
  const watched = {
    ...source,
    scan: (rules, filters, events) => source.scan(rules, filters, {
      ...events,
      matches: (matches, where) => {
        if (where.blob) {
          for (const m of matches) {
            const hash = sha256(m.secret);
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
      progress("scanning", p);
    }
  });
  const scanned = hostile ? { ...ran, raw: ran.raw.map((r) => ({ ...r, inlineAllowed: false })) } : ran;
  const result = await settle(scanned, { baseline: options.baseline ?? null });
  const defaultBranch = await findDefaultBranch(target2.repo);
  progress("exposure", last);
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
  const urls = (options.paths ?? []).filter(isRemoteSpec);
  if (!urls.length && !options.remote?.owners.length) return null;
  if (!options.remote) throw new UsageError("auditing a URL needs the remote options (clone folder, API base)");
  return planRemote(urls, options.remote);
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
async function auditTargets(targets, unaudited2, started, options) {
  const asOf = options.now ?? Date.now();
  if (typeof options.cache === "string" && targets.length > 1) {
    throw new UsageError(`--cache FILE goes with one repository (this audit has ${targets.length}); without it each repository keeps its own cache in its git directory`);
  }
  const counts2 = options.onProgress ? await Promise.all(targets.map(objectCount)) : targets.map(() => 0);
  const objectsTotal = counts2.reduce((a, b) => a + b, 0);
  const audited = [];
  let objectsBefore = 0;
  for (const [index, target2] of targets.entries()) {
    const place = { index, total: targets.length, objectsBefore, objectsHere: counts2[index], objectsTotal };
    try {
      audited.push(await auditRepository(target2, place, options));
    } catch (error) {
      if (!(error instanceof PdguardError)) throw error;
      unaudited2.push({ path: target2.path, reason: error.message });
    }
    objectsBefore += counts2[index];
  }
  let verified = /* @__PURE__ */ new Map();
  if (options.verify) {
    const all = audited.flatMap((a) => a.findings);
    if (all.length) {
      const { verifyFindings } = await import("./verify-SU6TXYWS.js");
      const { loadPatterns } = await import("./load-6XYI5L2O.js");
      const checked = await verifyFindings(all, options.rules ?? loadPatterns(), options.verify);
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
init_define_PDGUARD_BUILTIN_PATTERNS();
import { basename as basename2 } from "node:path";

// src/audit/validate.ts
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
var SHA = matching(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, "a commit id (hex)");
var HASH = matching(/^[0-9a-f]{64}$/, "a SHA-256 (64 hex digits)");
var FINGERPRINT = matching(/^[0-9a-f]{32}$/, "a fingerprint (32 hex digits)");
var RULE_ID = matching(/^[a-z0-9][a-z0-9-]{2,63}$/, "a rule id");
var DATE = (v, at) => typeof v === "string" && /^[+-]?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(at, "an ISO 8601 date", v);
var HTTPS_URL = matching(/^https:\/\/[^\s"'<>\\`]+$/, "an https URL");
var CONFIDENCE = oneOf({ high: true, medium: true, low: true });
var SEVERITY = oneOf({ critical: true, high: true, medium: true, low: true });
var REGION = nullable(oneOf({ us: true, eu: true }));
var REMEDY = oneOf({ "delete-file": true, "rewrite-history": true, "forge-keeps": true, none: true });
var commitInfo = obj({ sha: SHA, author: str, email: str, date: DATE });
var commitPoint = obj({ sha: SHA, date: DATE, author: optional(str), email: optional(str) });
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
    const { scan } = plainBody(data, "");
    const name = basename2(scan.root || file) || file;
    const findings = head.findings.map((f) => ({ ...f, repository: name }));
    const credentials = groupFindings(findings);
    return {
      version: 1,
      tool: head.tool,
      asOf: head.asOf ?? (/* @__PURE__ */ new Date(0)).toISOString(),
      scan,
      repositories: [{ name, path: scan.root, remote: null, forge: null, defaultBranch: null, scan }],
      credentials,
      findings,
      summary: summarizeAudit(credentials, 1, head.summary.suppressed, findings),
      unaudited: [],
      incomplete: scan.skipped.some((s) => s.kind === "unreadable"),
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

export {
  redactUserInfo,
  DEFAULT_GITHUB_API,
  audit,
  planAudit,
  formatAuditJson,
  parseAuditReport,
  readAuditReport,
  mergeAuditReports
};
