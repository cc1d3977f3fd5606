/**
 * `pdguard install` / `uninstall`: a git hook that runs pdguard. The hooks directory is the one git
 * uses (`git rev-parse --git-path hooks`: core.hooksPath and worktrees included). With husky, the
 * command goes into `.husky/<hook>` instead. A hook pdguard did not write is never overwritten
 * without --force, and then a backup is kept; installing twice changes nothing.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { gitComplaint, runGit } from '../git/process.js';
import { openRepo } from '../git/repo.js';
import { packageRoot } from '../package-info.js';
import type { HookName } from '../types.js';

const MARKER = '# pdguard hook';
const BLOCK_START = '# >>> pdguard: scans for PagerDuty credentials (pdguard install; remove with pdguard uninstall)';
const BLOCK_END = '# <<< pdguard';
const BACKUP_SUFFIX = '.pdguard-backup';

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** The pdguard command a hook runs, found the way users install it. */
function runner(): string {
  const bundle = join(packageRoot(), 'dist', 'cli.js');
  return [
    'pdguard_run() {',
    '  top=$(git rev-parse --show-toplevel 2>/dev/null)',
    '  if [ -n "$top" ] && [ -x "$top/node_modules/.bin/pdguard" ]; then "$top/node_modules/.bin/pdguard" "$@"',
    '  elif command -v pdguard >/dev/null 2>&1; then pdguard "$@"',
    `  elif [ -f ${shellQuote(bundle)} ]; then node ${shellQuote(bundle)} "$@"`,
    '  else echo "pdguard: not found, so nothing was scanned: npm install --save-dev pdguard (or pdguard uninstall)" >&2; return 2',
    '  fi',
    '}',
  ].join('\n');
}

function invocation(hook: HookName): string {
  return hook === 'pre-commit' ? 'pdguard_run staged || exit $?' : 'pdguard_run pre-push "$@" || exit $?';
}

export function hookScript(hook: HookName): string {
  const bypass = hook === 'pre-commit' ? 'git commit --no-verify' : 'git push --no-verify';
  return [
    '#!/bin/sh',
    `${MARKER} (${hook}): blocks ${hook === 'pre-commit' ? 'commits' : 'pushes'} that add PagerDuty credentials.`,
    `# Installed by \`pdguard install\`; remove with \`pdguard uninstall\`. To bypass once: ${bypass}`,
    runner(),
    invocation(hook),
    '',
  ].join('\n');
}

function huskyBlock(hook: HookName): string {
  return [BLOCK_START, runner(), invocation(hook), BLOCK_END].join('\n');
}

interface HookTarget {
  kind: 'plain' | 'husky';
  file: string;
}

async function hookTarget(repoDir: string, hook: HookName): Promise<HookTarget> {
  const repo = await openRepo(repoDir);
  if (repo.bare) throw new InputError(`${repoDir}: a bare repository has no commits made in it to guard`);
  // The repository's own hooks path is the answer here, not something to neutralise.
  const where = await runGit(repo.dir, ['rev-parse', '--git-path', 'hooks'], { ownHooksPath: true });
  if (where.code !== 0) throw new InputError(`${repoDir}: git cannot say where its hooks are: ${gitComplaint(where.stderr)}`);
  const hooksDir = resolve(repo.dir, where.stdout.trim());
  // husky 9 points core.hooksPath at .husky/_ (older versions at .husky): user hooks live in .husky/.
  const parts = hooksDir.split(sep);
  const husky = parts.lastIndexOf('.husky');
  if (husky >= 0) return { kind: 'husky', file: join(parts.slice(0, husky + 1).join(sep) || sep, hook) };
  return { kind: 'plain', file: join(hooksDir, hook) };
}

export async function installHook(repoDir: string, hook: HookName, options: { force?: boolean } = {}): Promise<string> {
  const target = await hookTarget(repoDir, hook);
  mkdirSync(dirname(target.file), { recursive: true });
  const existing = existsSync(target.file) ? readFileSync(target.file, 'utf8') : null;

  if (target.kind === 'husky') {
    if (existing?.includes(BLOCK_START)) return `pdguard is already in ${target.file}`;
    const text = existing === null ? `${huskyBlock(hook)}\n` : `${existing.replace(/\n*$/, '\n')}${huskyBlock(hook)}\n`;
    writeFileSync(target.file, text);
    chmodSync(target.file, 0o755);
    return `added pdguard to the husky ${hook} hook: ${target.file}`;
  }

  const script = hookScript(hook);
  if (existing === script) return `pdguard's ${hook} hook is already installed: ${target.file}`;
  if (existing !== null && !existing.includes(MARKER)) {
    if (!options.force) {
      throw new UsageError(
        `${target.file} exists and pdguard did not write it; add "pdguard ${hook === 'pre-commit' ? 'staged' : 'pre-push'}" to it yourself, or run pdguard install --force (it keeps a backup)`,
      );
    }
    renameSync(target.file, `${target.file}${BACKUP_SUFFIX}`);
  }
  writeFileSync(target.file, script);
  chmodSync(target.file, 0o755);
  const backup = existing !== null && !existing.includes(MARKER) ? ` (the previous hook is kept at ${target.file}${BACKUP_SUFFIX})` : '';
  return `installed pdguard's ${hook} hook: ${target.file}${backup}`;
}

export async function uninstallHook(repoDir: string, hook: HookName): Promise<string> {
  const target = await hookTarget(repoDir, hook);
  if (!existsSync(target.file)) return `no ${hook} hook to remove at ${target.file}`;
  const existing = readFileSync(target.file, 'utf8');
  if (target.kind === 'husky') {
    const start = existing.indexOf(BLOCK_START);
    const end = existing.indexOf(BLOCK_END, start);
    if (start < 0 || end < 0) return `pdguard is not in ${target.file}; left it alone`;
    const rest = `${existing.slice(0, start)}${existing.slice(end + BLOCK_END.length)}`.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
    if (rest.trim() === '') rmSync(target.file);
    else writeFileSync(target.file, rest.replace(/\n*$/, '\n'));
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
