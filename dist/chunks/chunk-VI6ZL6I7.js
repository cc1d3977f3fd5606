import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-SSZ2SIAI.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-MNX7NILS.js";

// src/git/repo.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/git/process.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { spawn } from "node:child_process";
var NEUTRAL_CONFIG = ["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "-c", "color.ui=false"];
function spawnGit(repo, args) {
  return spawn("git", [...NEUTRAL_CONFIG, ...args], {
    cwd: repo,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
  });
}
async function gitCommand(dir, args) {
  const child = spawnGit(dir, args);
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
async function openRepo(dir) {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const ask = (args) => gitCommand(absolute, ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", ...args]);
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
  gitCommand,
  exitOf,
  gitComplaint,
  openRepo
};
