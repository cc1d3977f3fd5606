import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/git/process.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  const ended = new Promise((resolve) => child.stdout.once("close", () => resolve()));
  return { child, ended };
}
async function socketPair(buffer, received) {
  const dir = mkdtempSync(join(tmpdir(), "pdguard-"));
  const server = createServer();
  try {
    const path = join(dir, "out");
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, resolve);
    });
    const accepted = new Promise((resolve) => server.once("connection", resolve));
    const reader = connect({ path, onread: { buffer, callback: (length, data) => (received(Buffer.from(data.buffer, data.byteOffset, length)), true) } });
    const connected = new Promise((resolve, reject) => {
      reader.once("connect", resolve);
      reader.once("error", reject);
    });
    const [writer] = await Promise.all([accepted, connected]);
    reader.on("error", () => {
    });
    const ended = new Promise((resolve) => reader.once("close", () => resolve()));
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
  return new Promise((resolve) => {
    child.on("error", (error) => resolve({ code: -1, stderr: error.message }));
    child.on("close", (code) => resolve({ code, stderr }));
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
  withholdFromGit,
  observeGit,
  spawnGit,
  runGit,
  spawnGitReading,
  exitOf,
  gitComplaint,
  SHALLOW_FIX
};
