import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  gitComplaint,
  gitWouldWait,
  runGit
} from "./chunk-KR27X6RF.js";
import {
  InputError,
  readBoundedBytesIfPresent
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/git/repo.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function openRepo(dir) {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const hazard = gitWouldWait(absolute);
  if (hazard) throw new InputError(`${dir}: git would wait forever on this repository (${hazard}), so it is not run there`);
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
var MAX_SHALLOW_FILE = 64 * 1024 * 1024;
async function historyView(dir) {
  const { code, stdout } = await runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"]);
  if (code !== 0) return null;
  try {
    const boundary = readBoundedBytesIfPresent(stdout.trim(), MAX_SHALLOW_FILE);
    return boundary === null || boundary.length === 0 ? "whole" : `shallow:${createHash("sha256").update(boundary).digest("hex")}`;
  } catch {
    return null;
  }
}

export {
  openRepo,
  historyView
};
