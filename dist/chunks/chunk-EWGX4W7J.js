import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  refuseLink,
  writeFileSafely
} from "./chunk-UCDQMYKO.js";
import {
  packageRoot
} from "./chunk-E7PWWUY2.js";
import {
  openRepo
} from "./chunk-WRNQB6ZF.js";
import {
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

// src/hook/install.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var MARKER = "# pdguard hook";
var BLOCK_START = "# >>> pdguard: scans for PagerDuty credentials (pdguard install; remove with pdguard uninstall)";
var BLOCK_END = "# <<< pdguard";
var BACKUP_SUFFIX = ".pdguard-backup";
var shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function runner(localBundle) {
  return [
    "pdguard_run() {",
    '  top=$(git rev-parse --show-toplevel 2>/dev/null) && top=$(cd "$top" && pwd -P) || top=',
    "  # A file the repository tracks is never run: it could replace the check with anything.",
    "  pdguard_tracked() {",
    '    [ -n "$top" ] || return 1',
    '    for f in "$1" "$(readlink -f "$1" 2>/dev/null)"; do',
    '      case "$f" in "") continue ;; /*) ;; *) f="$(pwd -P)/$f" ;; esac',
    '      case "$f" in "$top"/*) [ -n "$(git -C "$top" ls-files -- "${f#"$top"/}" 2>/dev/null)" ] && return 0 ;; esac',
    "    done",
    "    return 1",
    "  }",
    '  cli="$top/node_modules/pdguard/dist/cli.js"',
    '  if [ -n "$top" ] && [ -f "$cli" ] && ! pdguard_tracked "$cli"; then node "$cli" "$@"',
    '  elif p=$(command -v pdguard 2>/dev/null) && [ -n "$p" ] && ! pdguard_tracked "$p"; then "$p" "$@"',
    ...localBundle ? [`  elif [ -f ${shellQuote(localBundle)} ]; then node ${shellQuote(localBundle)} "$@"`] : [],
    "  else",
    `    if [ -f "$top/package.json" ] && grep -q '"pdguard"' "$top/package.json"; then hint="npm install"; else hint="npm install --save-dev pdguard"; fi`,
    '    echo "pdguard: not found (or only a copy the repository tracks), so nothing was scanned: run $hint (or pdguard uninstall)" >&2; return 2',
    "  fi",
    "}"
  ].join("\n");
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
function hookScript(hook, localBundle = join(packageRoot(), "dist", "cli.js")) {
  return ["#!/bin/sh", ...headerLines(hook), block(hook, localBundle), ""].join("\n");
}
var inside = (base, path) => {
  const rel = relative(base, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
async function hookTarget(repoDir, hook) {
  const repo = await openRepo(repoDir);
  if (repo.bare) throw new InputError(`${repoDir}: a bare repository has no commits made in it to guard`);
  const where = await runGit(repo.dir, ["rev-parse", "--git-path", "hooks"], { ownHooksPath: true });
  if (where.code !== 0) throw new InputError(`${repoDir}: git cannot say where its hooks are: ${gitComplaint(where.stderr)}`);
  const hooksDir = resolve(repo.dir, where.stdout.trim());
  const top = repo.dir;
  const inWorkTree = inside(top, hooksDir) && !inside(join(top, ".git"), hooksDir) && !inside(repo.gitDir, hooksDir);
  if (inWorkTree) {
    const parts = relative(top, hooksDir).split(sep);
    const husky = parts.lastIndexOf(".husky");
    if (husky >= 0) {
      const huskyDir = join(top, ...parts.slice(0, husky + 1));
      if (existsSync(huskyDir) && !inside(realpathSync(top), realpathSync(huskyDir))) {
        throw new InputError(`${huskyDir} leads outside the repository (a symbolic link); pdguard never writes there`);
      }
      return { kind: "husky", file: join(huskyDir, hook), shared: true };
    }
  }
  return { kind: "plain", file: join(hooksDir, hook), shared: inWorkTree };
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
  if (!existsSync(file)) return { text: null, mode: 493 };
  const stat = lstatSync(file);
  if (!stat.isFile()) throw new InputError(`${file} is not a regular file; pdguard leaves it alone`);
  return { text: readFileSync(file, "utf8"), mode: stat.mode & 511 | 493 };
}
var pdguardCommand = (hook) => hook === "pre-commit" ? "pdguard staged" : 'pdguard pre-push "$@"';
async function installHook(repoDir, hook, options = {}) {
  if (options.force && options.append) throw new UsageError("--force replaces the existing hook and --append keeps it: choose one");
  const target = await hookTarget(repoDir, hook);
  mkdirSync(dirname(target.file), { recursive: true });
  const { text: existing, mode } = readHook(target.file);
  const pdguard = block(hook, target.shared ? null : join(packageRoot(), "dist", "cli.js"));
  const commitHint = target.shared ? `; commit it (git add ${relative(process.cwd(), target.file) || target.file}) so that it runs for every teammate` : "";
  const present = existing === null ? null : currentBlock(existing);
  if (existing !== null && present !== null) {
    if (present === pdguard) return `pdguard's ${hook} hook is already installed: ${target.file}`;
    writeFileSafely(target.file, existing.replace(present, pdguard), mode);
    return `updated pdguard in the ${hook} hook: ${target.file}${commitHint}`;
  }
  if (target.kind === "husky" || existing !== null && options.append) {
    writeFileSafely(target.file, withBlock(existing ?? "", pdguard), mode);
    const what = target.kind === "husky" ? `the husky ${hook} hook` : `the existing ${hook} hook (its commands kept)`;
    return `added pdguard to ${what}: ${target.file}${commitHint}`;
  }
  let backup = "";
  if (existing !== null) {
    if (!options.force) {
      throw new UsageError(
        `${target.file} exists and pdguard did not write it; run pdguard install --append to add pdguard to it (or add "${pdguardCommand(hook)}" yourself), or --force to replace it (a backup is kept)`
      );
    }
    refuseLink(`${target.file}${BACKUP_SUFFIX}`);
    renameSync(target.file, `${target.file}${BACKUP_SUFFIX}`);
    backup = ` (the previous hook is kept at ${target.file}${BACKUP_SUFFIX})`;
  }
  writeFileSafely(target.file, ["#!/bin/sh", ...headerLines(hook), pdguard, ""].join("\n"), 493);
  return `installed pdguard's ${hook} hook: ${target.file}${backup}${commitHint}`;
}
async function uninstallHook(repoDir, hook) {
  const target = await hookTarget(repoDir, hook);
  const { text: existing, mode } = readHook(target.file);
  if (existing === null) return `no ${hook} hook to remove at ${target.file}`;
  const rest = withoutBlock(existing);
  if (rest === null) return `pdguard's block is not in ${target.file}; left it alone`;
  const own = /* @__PURE__ */ new Set(["#!/bin/sh", ...headerLines(hook)]);
  const meaningful = rest.split("\n").filter((line) => line.trim() !== "" && !own.has(line));
  const backup = `${target.file}${BACKUP_SUFFIX}`;
  if (meaningful.length === 0) {
    rmSync(target.file);
    if (target.kind === "plain" && existsSync(backup) && lstatSync(backup).isFile()) {
      renameSync(backup, target.file);
      return `removed pdguard's ${hook} hook and restored the previous one: ${target.file}`;
    }
    return `removed pdguard's ${hook} hook: ${target.file}`;
  }
  const kept = target.kind === "plain" ? rest.split("\n").filter((line) => !headerLines(hook).includes(line)).join("\n") : rest;
  writeFileSafely(target.file, kept.replace(/^\n+/, "").replace(/\n*$/, "\n"), mode);
  return `removed pdguard from ${target.file} (the hook's other lines are kept)`;
}

export {
  hookScript,
  installHook,
  uninstallHook
};
