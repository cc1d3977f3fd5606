import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CONFIG_LIMIT,
  POINTER_LIMIT,
  readBoundedIfPresent
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/git/hazards.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var GIT_READS = ["HEAD", "config", "index", "commondir", "packed-refs", "shallow", "objects/info/alternates", "config.worktree"];
var INCLUDE = /^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim;
function gitDirOf(dir) {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const dotGit = join(at, ".git");
    if (existsSync(dotGit)) {
      try {
        if (!statSync(dotGit).isFile()) return dotGit;
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedIfPresent(dotGit, POINTER_LIMIT) ?? "");
        return pointer ? resolve(at, pointer[1]) : null;
      } catch {
        return null;
      }
    }
    if (existsSync(join(at, "HEAD")) && existsSync(join(at, "objects"))) return at;
    if (dirname(at) === at) return null;
  }
}
function gitWouldWait(dir) {
  const gitDir = gitDirOf(dir);
  if (gitDir === null) return null;
  const dirs = [gitDir];
  try {
    const common = readBoundedIfPresent(join(gitDir, "commondir"), POINTER_LIMIT)?.trim();
    if (common) dirs.push(isAbsolute(common) ? common : resolve(gitDir, common));
  } catch {
    return `${join(gitDir, "commondir")} is not a regular file`;
  }
  for (const at of dirs) {
    for (const name of GIT_READS) {
      const path = join(at, name);
      try {
        if (!statSync(path).isFile()) return `${path} is not a regular file`;
      } catch {
      }
    }
    let config = null;
    try {
      config = readBoundedIfPresent(join(at, "config"), CONFIG_LIMIT);
    } catch {
      return `${join(at, "config")} cannot be read as a configuration`;
    }
    for (const match of (config ?? "").matchAll(INCLUDE)) {
      const target = match[1];
      if (target.startsWith("~")) continue;
      const path = isAbsolute(target) ? target : resolve(at, target);
      try {
        if (!statSync(path).isFile()) return `${path}, which ${join(at, "config")} includes, is not a regular file`;
      } catch {
      }
    }
  }
  return null;
}

// src/git/process.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var NEUTRAL = [
  // What pdguard parses.
  ["core.quotePath", "false"],
  ["diff.noprefix", "false"],
  ["diff.mnemonicPrefix", "false"],
  ["diff.relative", "false"],
  ["color.ui", "false"],
  ["log.showSignature", "false"],
  ["log.decorate", "false"],
  ["i18n.logOutputEncoding", "UTF-8"],
  // Programs git would run by itself.
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["diff.external", ""],
  ["core.askPass", ""],
  ["credential.helper", ""],
  ["gpg.program", ""],
  ["gpg.ssh.program", ""],
  ["gpg.x509.program", ""],
  ["core.alternateRefsCommand", ""],
  ["submodule.recurse", "false"],
  // Work git would start after a fetch (gc, maintenance, commit-graph writes) and their hooks.
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.recurseSubmodules", "false"],
  ["fetch.writeCommitGraph", "false"],
  // What git shows: the real objects, never those `git replace` substitutes (see also the environment).
  ["core.useReplaceRefs", "false"],
  ["advice.graftFileDeprecated", "false"],
  // A transport that runs a shell command (`ext::`), even for the Action's fetches.
  ["protocol.ext.allow", "never"]
];
var OFFLINE = [
  ["protocol.allow", "never"],
  ["core.sshCommand", ""]
];
function neutralConfig(options = {}) {
  const online = options.network || options.remote !== void 0;
  const remote = options.remote ? [
    ["http.followRedirects", "false"],
    ["http.lowSpeedLimit", "1000"],
    ["http.lowSpeedTime", "60"]
  ] : [];
  return [...NEUTRAL, ...online ? remote : OFFLINE].filter(([key]) => !(options.ownHooksPath && key === "core.hooksPath")).map(([key, value]) => `${key}=${value}`);
}
var NETWORK_PROTOCOLS = "file:git:http:https:ssh";
var withheld = /* @__PURE__ */ new Set();
function withholdFromGit(names) {
  for (const name of names) withheld.add(name);
}
function gitEnvironment(env = process.env, options = {}) {
  const out = { ...env };
  for (const name of ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_ASKPASS", "SSH_ASKPASS", ...withheld]) {
    delete out[name];
  }
  return {
    ...out,
    GIT_TERMINAL_PROMPT: "0",
    // Read the real objects: `git replace` would show other commits than those a push sends.
    GIT_NO_REPLACE_OBJECTS: "1",
    // Nor the parents a (deprecated, still honoured) info/grafts file makes up: it could cut the
    // pushed commits out of the walked range.
    GIT_GRAFT_FILE: "/dev/null",
    // A partial clone would fetch missing blobs from its promisor remote (git 2.44 and later honour this).
    GIT_NO_LAZY_FETCH: "1",
    // Unlike protocol.allow, this list wins over a repository's protocol.<name>.allow: with it empty,
    // no transport and no remote helper (`remote.<name>.vcs`) can start, whatever the repository says.
    GIT_ALLOW_PROTOCOL: options.remote ? options.remote.protocols.join(":") : options.network ? NETWORK_PROTOCOLS : "",
    // Reading takes no locks: a pre-commit hook runs while `git commit` holds the index lock.
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    ...secretConfig(out, options.remote?.secretConfig ?? [])
  };
}
function secretConfig(env, pairs) {
  if (!pairs.length) return {};
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const out = { GIT_CONFIG_COUNT: String(start + pairs.length) };
  pairs.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = key;
    out[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return out;
}
function gitArguments(args, options = {}) {
  return ["--no-replace-objects", ...neutralConfig(options).flatMap((pair) => ["-c", pair]), ...args];
}
var gitObserver;
function observeGit(listener) {
  gitObserver = listener;
  return () => {
    if (gitObserver === listener) gitObserver = void 0;
  };
}
function spawnGit(repo, args, options = {}) {
  const child = spawn("git", gitArguments(args, options), { cwd: repo, stdio: ["pipe", "pipe", "pipe"], env: gitEnvironment(process.env, options) });
  observe(repo, args, child);
  return child;
}
async function runGit(dir, args, options = {}) {
  const child = spawnGit(dir, args, options);
  child.stdin.end();
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString("utf8"), stderr };
}
async function spawnGitReading(repo, args, buffer, received) {
  const pair = await socketPair(buffer, received).catch(() => null);
  const stdio = ["pipe", pair ? pair.writer : "pipe", "pipe"];
  const child = spawn("git", gitArguments(args), { cwd: repo, stdio: [...stdio], env: gitEnvironment(process.env) });
  observe(repo, args, child);
  if (pair) {
    pair.writer.destroy();
    return { child, ended: pair.ended };
  }
  child.stdout.on("data", received);
  const ended = new Promise((resolve2) => child.stdout.once("close", () => resolve2()));
  return { child, ended };
}
async function socketPair(buffer, received) {
  const dir = mkdtempSync(join2(tmpdir(), "pdguard-"));
  const server = createServer();
  try {
    const path = join2(dir, "out");
    await new Promise((resolve2, reject) => {
      server.once("error", reject);
      server.listen(path, resolve2);
    });
    const accepted = new Promise((resolve2) => server.once("connection", resolve2));
    const reader = connect({ path, onread: { buffer, callback: (length, data) => (received(Buffer.from(data.buffer, data.byteOffset, length)), true) } });
    const connected = new Promise((resolve2, reject) => {
      reader.once("connect", resolve2);
      reader.once("error", reject);
    });
    const [writer] = await Promise.all([accepted, connected]);
    reader.on("error", () => {
    });
    const ended = new Promise((resolve2) => reader.once("close", () => resolve2()));
    return { writer, ended };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
function observe(repo, args, child) {
  const observer = gitObserver;
  if (observer) {
    const started = performance.now();
    child.once("close", (code) => observer({ dir: repo, args, code, ms: Math.round(performance.now() - started) }));
  }
}
function exitOf(child) {
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString("utf8");
  });
  return new Promise((resolve2) => {
    child.on("error", (error) => resolve2({ code: -1, stderr: error.message }));
    child.on("close", (code) => resolve2({ code, stderr }));
  });
}
function gitComplaint(stderr) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "git failed";
  return line.replace(/^(fatal|error): /, "");
}

// src/git/advice.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var SHALLOW_FIX = "run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)";

export {
  gitWouldWait,
  withholdFromGit,
  observeGit,
  spawnGit,
  runGit,
  spawnGitReading,
  exitOf,
  gitComplaint,
  SHALLOW_FIX
};
