import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-LWDNZSIP.js";
import {
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  gitComplaint,
  runGit
} from "./chunk-KR27X6RF.js";
import {
  refuseLink,
  refuseLinkedPath,
  writeFileSafely
} from "./chunk-3MH3OYKU.js";
import {
  CONFIG_LIMIT,
  InputError,
  UsageError,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/hook/install.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var MARKER = "# pdguard hook";
var BLOCK_START = "# >>> pdguard: scans for PagerDuty credentials (pdguard install; remove with pdguard uninstall)";
var BLOCK_END = "# <<< pdguard";
var BACKUP_SUFFIX = ".pdguard-backup";
var shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function runner(localBundle) {
  const local = localBundle ? shellQuote(localBundle) : null;
  return `pdguard_run() (
  PATH=$(printf '%s\\n' "$PATH" | tr ':' '\\n' | grep '^/' | paste -sd: -)
  top=$(git rev-parse --show-toplevel 2>/dev/null) && top=$(cd "$top" && pwd -P) || top=
  uid=$(id -u)
  # On a case-insensitive file system (core.ignoreCase), Node_Modules/ that git tracks is node_modules/.
  ic=; [ -n "$top" ] && [ "$(git -C "$top" config --bool core.ignoreCase 2>/dev/null)" = true ] && ic=1
  # pdguard_inside REL: fails, saying why in $why, when the repository can have supplied the file at
  # REL (below the top of the work tree); see src/hook/install.ts.
  pdguard_inside() {
    low=$1; [ -n "$ic" ] && low=$(printf '%s' "$1" | tr 'A-Z' 'a-z')
    case "/$low/" in */./*|*/../*|*//*|*/.git/*) why="its path goes through . .. or .git"; return 1 ;; esac
    d=\${1%/*}; [ "$d" = "$1" ] && d=.
    pkg=\${d%/*}; [ "$pkg" = "$d" ] && pkg=.
    set -- "$top/$1"; a=; rest=$d/
    while [ "$d" != . ] && [ -n "$rest" ]; do
      a=\${a:+$a/}\${rest%%/*}; rest=\${rest#*/}
      set -- "$@" "$top/$a"
      # A link you made (one git tracks is refused below) is followed by the resolved path's own check.
      [ -L "$top/$a" ] && break
      if [ -e "$top/$a/.git" ] || [ -L "$top/$a/.git" ]; then why="$a is a repository of its own (a submodule)"; return 1; fi
    done
    if [ -n "$(find "$@" -prune ! -user "$uid" ! -user 0 -print 2>/dev/null)" ]; then why="it belongs to another user"; return 1; fi
    first=\${d%%/*}; [ "$d" = . ] && spec=":(top)" || spec=":(top,\${ic:+icase,}literal)$first"
    if {
      git -C "$top" -c core.quotePath=false ls-files -- "$spec"
      # ls-tree knows no icase: then the whole tree, compared below.
      tspec=$spec; [ -n "$ic" ] && tspec=":(top)"
      git -C "$top" -c core.quotePath=false ls-tree -r --name-only HEAD -- "$tspec" 2>/dev/null
      [ -f "$top/.gitmodules" ] && git config -f "$top/.gitmodules" --get-regexp '^submodule\\..*\\.path$' 2>/dev/null | cut -d' ' -f2-
    } | D="$d/" P="$pkg/" I="$ic" awk '
      function n(s) { return ENVIRON["I"] ? tolower(s) : s }
      index(n(ENVIRON["D"]), n($0) "/") == 1 || ENVIRON["P"] == "./" || index(n($0) "/", n(ENVIRON["P"])) == 1 || /^"/ { found = 1 }
      END { exit !found }'
    then why="the repository tracks (or names as a submodule) $pkg or a folder on the way to it"; return 1; fi
  }
  # pdguard_safe FILE: succeeds when the repository cannot have supplied FILE; otherwise says why.
  pdguard_safe() {
    case "$1" in /*) f=$1 ;; *) f="$(pwd -P)/$1" ;; esac
    real=$(readlink -f "$f" 2>/dev/null) || real=
    why=
    if [ -z "$real" ] || [ ! -f "$real" ]; then why="it does not lead to a file"
    elif [ -n "$top" ]; then
      for g in "$f" "$real"; do
        case "$g" in "$top"/*) pdguard_inside "\${g#"$top"/}" || break ;; esac
      done
    fi
    [ -z "$why" ] && return 0
    echo "pdguard: not running $1: $why" >&2; return 1
  }
  node=$(command -v node 2>/dev/null) && pdguard_safe "$node" || node=
  cli="$top/node_modules/pdguard/dist/cli.js"
  if [ -n "$top" ] && [ -n "$node" ] && [ -f "$cli" ] && pdguard_safe "$cli"; then "$node" "$cli" "$@"
  elif p=$(command -v pdguard 2>/dev/null) && [ -n "$p" ] && pdguard_safe "$p"; then "$p" "$@"
${local ? `  elif [ -n "$node" ] && [ -f ${local} ] && pdguard_safe ${local}; then "$node" ${local} "$@"
` : ""}  else
    if [ -f "$top/package.json" ] && grep -q '"pdguard"' "$top/package.json"; then hint="npm install"; else hint="npm install --save-dev pdguard"; fi
    echo "pdguard: not found (or only a copy the repository supplies), so nothing was scanned: run $hint (or pdguard uninstall)" >&2; exit 2
  fi
)`;
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
  return { text: readBoundedFile(file, CONFIG_LIMIT), mode: stat.mode & 511 | 493 };
}
var pdguardCommand = (hook) => hook === "pre-commit" ? "pdguard staged" : 'pdguard pre-push "$@"';
async function installHook(repoDir, hook, options = {}) {
  if (options.force && options.append) throw new UsageError("--force replaces the existing hook and --append keeps it: choose one");
  const target = await hookTarget(repoDir, hook);
  refuseLinkedPath(target.file);
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
