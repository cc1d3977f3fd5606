import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/git/process.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { spawn } from "node:child_process";
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
  ["submodule.recurse", "false"]
];
var OFFLINE = [
  ["protocol.allow", "never"],
  ["core.sshCommand", ""]
];
function neutralConfig(options = {}) {
  return [...NEUTRAL, ...options.network ? [] : OFFLINE].filter(([key]) => !(options.ownHooksPath && key === "core.hooksPath")).map(([key, value]) => `${key}=${value}`);
}
function gitEnvironment(env = process.env) {
  const out = { ...env };
  for (const name of ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_ASKPASS", "SSH_ASKPASS"]) {
    delete out[name];
  }
  return {
    ...out,
    GIT_TERMINAL_PROMPT: "0",
    // Read the real objects: `git replace` would show other commits than those a push sends.
    GIT_NO_REPLACE_OBJECTS: "1",
    // A partial clone would fetch missing blobs from its promisor remote (git 2.44 and later honour this).
    GIT_NO_LAZY_FETCH: "1",
    // Reading takes no locks: a pre-commit hook runs while `git commit` holds the index lock.
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function gitArguments(args, options = {}) {
  return [...neutralConfig(options).flatMap((pair) => ["-c", pair]), ...args];
}
function spawnGit(repo, args, options = {}) {
  return spawn("git", gitArguments(args, options), { cwd: repo, stdio: ["pipe", "pipe", "pipe"], env: gitEnvironment() });
}
async function runGit(dir, args, options = {}) {
  const child = spawnGit(dir, args, options);
  child.stdin.end();
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString("utf8"), stderr };
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

// src/git/repo.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function openRepo(dir) {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const ask = (args) => runGit(absolute, ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", ...args]);
  let answer = await ask(["--show-toplevel"]);
  if (answer.code !== 0 && /must be run in a work tree/i.test(answer.stderr)) answer = await ask([]);
  if (answer.code !== 0) {
    if (/not a git repository/i.test(answer.stderr)) throw new InputError(`${dir}: not a git repository (run pdguard in a repository, or pass --repo DIR)`);
    throw new InputError(`${dir}: git cannot read this repository: ${gitComplaint(answer.stderr)}`);
  }
  const [bare, shallow, gitDir, top] = answer.stdout.split("\n").map((l) => l.trim());
  if (bare === "true" || !top) return { dir: gitDir, gitDir, bare: true, shallow: shallow === "true" };
  return { dir: top, gitDir, bare: false, shallow: shallow === "true" };
}

export {
  spawnGit,
  runGit,
  exitOf,
  gitComplaint,
  openRepo
};
