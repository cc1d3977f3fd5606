/**
 * Git for the Action's tests: a developer's repository that pushes to a bare `origin`, and
 * checkouts made the way actions/checkout makes them (init, fetch one commit at --depth=1 through a
 * file:// URL, or everything with fetch-depth: 0). Git runs isolated from the user's and the system's
 * configuration; commit dates never come from the clock.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanupGit, fastImportStream, tempDir as gitTempDir } from './git.js';

const TMP = realpathSync(tmpdir());

/** Temporary directories are git.ts's: one list, one clean-up. */
export const tempDir = (prefix = 'pdguard-action-'): string => gitTempDir(prefix);
export { cleanupGit as cleanupTemp };

/** The environment git runs with here (and the Action's git, in the child): nothing inherited. */
export function isolatedGitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(GIT_|GITHUB_|INPUT_|RUNNER_|ACTIONS_|PDGUARD_|PRE_COMMIT)/.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CEILING_DIRECTORIES: TMP,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
  };
}

export function git(cwd: string, args: string[], extraEnv: Record<string, string> = {}, input?: string): string {
  try {
    return execFileSync('git', args, { cwd, env: { ...isolatedGitEnv(), ...extraEnv }, encoding: 'utf8', input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const e = error as { stderr?: string; status?: number };
    throw new Error(`git ${args.join(' ')} (in ${cwd}) failed with ${e.status}: ${e.stderr ?? String(error)}`);
  }
}

/** 2024-03-01T00:00:00Z, one minute per commit. */
const EPOCH = Date.UTC(2024, 2, 1) / 1000;

/** A developer's clone: commits with fixed dates and identity, pushed to a bare origin. */
export class DevRepo {
  private minute = 0;
  readonly origin: string;
  readonly dir: string;

  constructor() {
    const root = tempDir();
    this.origin = join(root, 'origin.git');
    this.dir = join(root, 'dev');
    mkdirSync(this.dir);
    git(root, ['init', '-q', '--bare', '-b', 'main', this.origin]);
    git(this.dir, ['init', '-q', '-b', 'main']);
    for (const [key, value] of [
      ['user.name', 'Pat Tester'],
      ['user.email', 'pat@example.test'],
      ['commit.gpgsign', 'false'],
      ['tag.gpgsign', 'false'],
      ['core.autocrlf', 'false'],
    ]) {
      git(this.dir, ['config', key!, value!]);
    }
    git(this.dir, ['remote', 'add', 'origin', this.origin]);
  }

  /** The file:// URL actions/checkout would fetch from (a plain path ignores --depth). */
  get url(): string {
    return pathToFileURL(this.origin).href;
  }

  git(...args: string[]): string {
    return git(this.dir, args);
  }

  /** Writes `files` (path → content) and commits them; returns the commit's sha. */
  commit(message: string, files: Record<string, string> = {}): string {
    for (const [path, content] of Object.entries(files)) {
      const absolute = join(this.dir, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
    }
    const date = `@${EPOCH + 60 * this.minute++} +0000`;
    git(this.dir, ['add', '-A']);
    git(this.dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * Many commits on the current branch at once, through one `git fast-import` (then the work tree
   * is reset to the new tip): what a loop of commit() makes, for a fraction of the git processes.
   * Returns the new tip's sha.
   */
  commitMany(commits: { message: string; files: Record<string, string> }[]): string {
    const branch = this.git('symbolic-ref', '-q', 'HEAD');
    const dated = commits.map((c) => ({ ...c, date: EPOCH + 60 * this.minute++ }));
    git(this.dir, ['fast-import', '--quiet', '--done'], {}, `${fastImportStream(branch, this.sha('HEAD'), dated)}done\n`);
    this.git('reset', '-q', '--hard');
    return this.sha('HEAD');
  }

  push(...args: string[]): void {
    git(this.dir, ['push', '-q', 'origin', ...args]);
  }

  sha(rev: string): string {
    return this.git('rev-parse', rev);
  }
}

export interface CheckoutOptions {
  /** What to check out: a branch at a commit, or a pull request's merge ref. */
  ref: { branch: string; sha: string } | { pull: number; sha: string };
  /** actions/checkout's fetch-depth: 1 by default, 0 for everything. */
  depth?: number;
}

/** A workspace checked out as actions/checkout v4 does it. */
export function checkout(url: string, options: CheckoutOptions): string {
  const dir = join(tempDir('pdguard-workspace-'), 'repo');
  mkdirSync(dir);
  git(dir, ['init', '-q']);
  git(dir, ['remote', 'add', 'origin', url]);
  const depth = options.depth ?? 1;
  const local = 'branch' in options.ref ? `refs/remotes/origin/${options.ref.branch}` : `refs/remotes/pull/${options.ref.pull}/merge`;
  if (depth === 0) {
    git(dir, ['-c', 'protocol.version=2', 'fetch', '-q', '--prune', '--no-recurse-submodules', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*']);
    if ('pull' in options.ref) git(dir, ['fetch', '-q', '--no-tags', 'origin', `+${options.ref.sha}:${local}`]);
  } else {
    git(dir, ['-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', `--depth=${depth}`, 'origin', `+${options.ref.sha}:${local}`]);
  }
  if ('branch' in options.ref) git(dir, ['checkout', '-q', '--force', '-B', options.ref.branch, local]);
  else git(dir, ['checkout', '-q', '--force', local]);
  return dir;
}
