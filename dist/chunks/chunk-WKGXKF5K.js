import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  gitComplaint,
  openRepo,
  runGit
} from "./chunk-PKBXW7DM.js";
import {
  packageRoot
} from "./chunk-LDDEAZUZ.js";
import {
  InputError,
  UsageError
} from "./chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/hook/install.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
var MARKER = "# pdguard hook";
var BLOCK_START = "# >>> pdguard: scans for PagerDuty credentials (pdguard install; remove with pdguard uninstall)";
var BLOCK_END = "# <<< pdguard";
var BACKUP_SUFFIX = ".pdguard-backup";
var shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function runner() {
  const bundle = join(packageRoot(), "dist", "cli.js");
  return [
    "pdguard_run() {",
    "  top=$(git rev-parse --show-toplevel 2>/dev/null)",
    '  if [ -n "$top" ] && [ -x "$top/node_modules/.bin/pdguard" ]; then "$top/node_modules/.bin/pdguard" "$@"',
    '  elif command -v pdguard >/dev/null 2>&1; then pdguard "$@"',
    `  elif [ -f ${shellQuote(bundle)} ]; then node ${shellQuote(bundle)} "$@"`,
    '  else echo "pdguard: not found, so nothing was scanned: npm install --save-dev pdguard (or pdguard uninstall)" >&2; return 2',
    "  fi",
    "}"
  ].join("\n");
}
function invocation(hook) {
  return hook === "pre-commit" ? "pdguard_run staged || exit $?" : 'pdguard_run pre-push "$@" || exit $?';
}
function hookScript(hook) {
  const bypass = hook === "pre-commit" ? "git commit --no-verify" : "git push --no-verify";
  return [
    "#!/bin/sh",
    `${MARKER} (${hook}): blocks ${hook === "pre-commit" ? "commits" : "pushes"} that add PagerDuty credentials.`,
    `# Installed by \`pdguard install\`; remove with \`pdguard uninstall\`. To bypass once: ${bypass}`,
    runner(),
    invocation(hook),
    ""
  ].join("\n");
}
function huskyBlock(hook) {
  return [BLOCK_START, runner(), invocation(hook), BLOCK_END].join("\n");
}
async function hookTarget(repoDir, hook) {
  const repo = await openRepo(repoDir);
  if (repo.bare) throw new InputError(`${repoDir}: a bare repository has no commits made in it to guard`);
  const where = await runGit(repo.dir, ["rev-parse", "--git-path", "hooks"], { ownHooksPath: true });
  if (where.code !== 0) throw new InputError(`${repoDir}: git cannot say where its hooks are: ${gitComplaint(where.stderr)}`);
  const hooksDir = resolve(repo.dir, where.stdout.trim());
  const parts = hooksDir.split(sep);
  const husky = parts.lastIndexOf(".husky");
  if (husky >= 0) return { kind: "husky", file: join(parts.slice(0, husky + 1).join(sep) || sep, hook) };
  return { kind: "plain", file: join(hooksDir, hook) };
}
async function installHook(repoDir, hook, options = {}) {
  const target = await hookTarget(repoDir, hook);
  mkdirSync(dirname(target.file), { recursive: true });
  const existing = existsSync(target.file) ? readFileSync(target.file, "utf8") : null;
  if (target.kind === "husky") {
    if (existing?.includes(BLOCK_START)) return `pdguard is already in ${target.file}`;
    const text = existing === null ? `${huskyBlock(hook)}
` : `${existing.replace(/\n*$/, "\n")}${huskyBlock(hook)}
`;
    writeFileSync(target.file, text);
    chmodSync(target.file, 493);
    return `added pdguard to the husky ${hook} hook: ${target.file}`;
  }
  const script = hookScript(hook);
  if (existing === script) return `pdguard's ${hook} hook is already installed: ${target.file}`;
  if (existing !== null && !existing.includes(MARKER)) {
    if (!options.force) {
      throw new UsageError(
        `${target.file} exists and pdguard did not write it; add "pdguard ${hook === "pre-commit" ? "staged" : "pre-push"}" to it yourself, or run pdguard install --force (it keeps a backup)`
      );
    }
    renameSync(target.file, `${target.file}${BACKUP_SUFFIX}`);
  }
  writeFileSync(target.file, script);
  chmodSync(target.file, 493);
  const backup = existing !== null && !existing.includes(MARKER) ? ` (the previous hook is kept at ${target.file}${BACKUP_SUFFIX})` : "";
  return `installed pdguard's ${hook} hook: ${target.file}${backup}`;
}
async function uninstallHook(repoDir, hook) {
  const target = await hookTarget(repoDir, hook);
  if (!existsSync(target.file)) return `no ${hook} hook to remove at ${target.file}`;
  const existing = readFileSync(target.file, "utf8");
  if (target.kind === "husky") {
    const start = existing.indexOf(BLOCK_START);
    const end = existing.indexOf(BLOCK_END, start);
    if (start < 0 || end < 0) return `pdguard is not in ${target.file}; left it alone`;
    const rest = `${existing.slice(0, start)}${existing.slice(end + BLOCK_END.length)}`.replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
    if (rest.trim() === "") rmSync(target.file);
    else writeFileSync(target.file, rest.replace(/\n*$/, "\n"));
    return `removed pdguard from ${target.file}`;
  }
  if (!existing.includes(MARKER)) return `${target.file} was not written by pdguard; left it alone`;
  rmSync(target.file);
  const backup = `${target.file}${BACKUP_SUFFIX}`;
  if (existsSync(backup)) {
    renameSync(backup, target.file);
    return `removed pdguard's ${hook} hook and restored the previous one: ${target.file}`;
  }
  return `removed pdguard's ${hook} hook: ${target.file}`;
}

export {
  hookScript,
  installHook,
  uninstallHook
};
