/**
 * Real git repositories, built at test time in temporary directories: commits with a fixed
 * identity and dates that never come from the clock, branches, merges, tags, clones (shallow ones
 * through file:// URLs), worktrees and bare remotes. Git runs isolated from the user's and the
 * system's configuration, and from any repository above the temporary directory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeTempDirs, TMP, tempDir as makeTempDir } from './temp.js';

export const AUTHOR = { name: 'Pat Tester', email: 'pat@example.test' };
/** 2024-01-01T00:00:00Z; every commit in a repository is one minute after the one before. */
const EPOCH = Date.UTC(2024, 0, 1) / 1000;

/** A fresh temporary directory, removed after the test file (test/setup.ts) or by `cleanupGit()`. */
export function tempDir(prefix = 'pdguard-git-'): string {
  return makeTempDir(prefix);
}

/** Removes every temporary directory made so far (test/setup.ts does it after every file too). */
export function cleanupGit(): void {
  removeTempDirs();
}

/**
 * A PATH with node on it and no `pdguard` (so that hooks fall back to this checkout's dist/cli.js,
 * not to some other install), and none of npm's `node_modules/.bin` directories.
 */
function isolatedPath(): string {
  const hasPdguard = (dir: string) => existsSync(join(dir, 'pdguard'));
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '' && !/node_modules[\\/]\.bin/.test(d) && !hasPdguard(d));
  let nodeDir = dirname(process.execPath);
  if (hasPdguard(nodeDir)) {
    nodeDir = tempDir('pdguard-node-');
    symlinkSync(process.execPath, join(nodeDir, 'node'));
  }
  return [nodeDir, ...dirs.filter((d) => d !== nodeDir)].join(delimiter);
}

let pathCache: string | undefined;

/**
 * The environment git and the CLI run with in these tests: no global or system configuration,
 * no repository discovered above the temporary directory, no GIT_* inherited from a hook that
 * runs the tests. Pass it as `env` to `runCli`.
 */
export function gitEnv(): Record<string, string | undefined> {
  pathCache ??= isolatedPath();
  const env: Record<string, string | undefined> = {};
  for (const name of Object.keys(process.env)) if (name.startsWith('GIT_') || name.startsWith('PRE_COMMIT')) env[name] = undefined;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CEILING_DIRECTORIES: TMP,
    GIT_TERMINAL_PROMPT: '0',
    PATH: pathCache,
    LC_ALL: 'C.UTF-8',
  };
}

function envFor(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ ...process.env, ...gitEnv(), ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

export interface GitRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs git in `cwd`; throws with git's stderr when it fails. Returns stdout as it is. */
export function gitAt(cwd: string, args: string[], extraEnv: Record<string, string | undefined> = {}): string {
  try {
    return execFileSync('git', args, { cwd, env: envFor(extraEnv), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; status?: number };
    throw new Error(`git ${args.join(' ')} (in ${cwd}) failed with ${e.status}: ${e.stderr ?? String(error)}`);
  }
}

export class TestRepo {
  /** Minutes since EPOCH of the next commit. */
  private clock: number;

  constructor(
    readonly dir: string,
    readonly bare = false,
    clock = 0,
  ) {
    this.clock = clock;
  }

  /** A new repository on branch `main` (in a fresh temporary directory unless `dir` is given). */
  static init(options: { bare?: boolean; dir?: string } = {}): TestRepo {
    const dir = options.dir ?? tempDir();
    mkdirSync(dir, { recursive: true });
    gitAt(dir, ['init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : [])]);
    const repo = new TestRepo(dir, Boolean(options.bare));
    repo.configure();
    return repo;
  }

  private configure(): void {
    this.git('config', 'user.name', AUTHOR.name);
    this.git('config', 'user.email', AUTHOR.email);
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'tag.gpgsign', 'false');
    this.git('config', 'core.autocrlf', 'false');
  }

  /** The dates of the next commit, as env: fixed, one minute apart. */
  private dates(): Record<string, string> {
    const date = `@${EPOCH + this.clock++ * 60} +0000`;
    return { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  }

  /** The ISO 8601 date (as `%aI` prints it) of the commit made at minute `n`. */
  static isoDate(minute: number): string {
    return new Date((EPOCH + minute * 60) * 1000).toISOString().replace('.000Z', '+00:00');
  }

  git(...args: string[]): string {
    return gitAt(this.dir, args);
  }

  /** Runs git without throwing (for commands expected to fail, such as a blocked commit). */
  tryGit(...args: string[]): GitRun {
    const run = spawnSync('git', args, { cwd: this.dir, env: envFor(this.dates()), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  write(file: string, content: string | Buffer): this {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), content);
    return this;
  }

  append(file: string, text: string): this {
    appendFileSync(this.path(file), text);
    return this;
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  remove(file: string): this {
    rmSync(this.path(file), { force: true });
    return this;
  }

  /** `git mv`, creating the destination's directory first. */
  mv(from: string, to: string): this {
    mkdirSync(dirname(this.path(to)), { recursive: true });
    this.git('mv', '--', from, to);
    return this;
  }

  add(...paths: string[]): this {
    this.git('add', '-A', '--', ...(paths.length ? paths : ['.']));
    return this;
  }

  /** Stages everything (unless `stage: false`) and commits; returns the new commit's sha. */
  commit(message: string, options: { stage?: boolean; allowEmpty?: boolean } = {}): string {
    if (options.stage !== false) this.add();
    gitAt(this.dir, ['commit', '-q', '--no-verify', '-m', message, ...(options.allowEmpty ? ['--allow-empty'] : [])], this.dates());
    return this.head();
  }

  /** Writes the files and commits them. */
  commitFiles(files: Record<string, string | Buffer>, message: string): string {
    for (const [file, content] of Object.entries(files)) this.write(file, content);
    return this.commit(message);
  }

  head(): string {
    return this.rev('HEAD');
  }

  rev(ref: string): string {
    return this.git('rev-parse', '--verify', `${ref}^{commit}`).trim();
  }

  branch(name: string, start = 'HEAD'): this {
    this.git('branch', name, start);
    return this;
  }

  checkout(ref: string, options: { create?: boolean } = {}): this {
    this.git('checkout', '-q', ...(options.create ? ['-b'] : []), ref);
    return this;
  }

  deleteBranch(name: string): this {
    this.git('branch', '-q', '-D', name);
    return this;
  }

  /**
   * Merges `ref` into the current branch with a merge commit. With `resolve`, a conflict is
   * expected: the files given are written as the resolution and the merge is committed.
   */
  merge(ref: string, options: { message?: string; resolve?: Record<string, string> } = {}): string {
    const message = options.message ?? `Merge ${ref}`;
    if (!options.resolve) {
      gitAt(this.dir, ['merge', '-q', '--no-ff', '--no-verify', '-m', message, ref], this.dates());
      return this.head();
    }
    const attempt = this.tryGit('merge', '--no-ff', '--no-verify', '-m', message, ref);
    if (attempt.status === 0) throw new Error(`expected a conflict merging ${ref}`);
    for (const [file, content] of Object.entries(options.resolve)) this.write(file, content);
    this.add();
    gitAt(this.dir, ['commit', '-q', '--no-verify', '--no-edit'], this.dates());
    return this.head();
  }

  tag(name: string, options: { message?: string; target?: string } = {}): this {
    const args = options.message === undefined ? ['tag', name] : ['tag', '-a', name, '-m', options.message];
    gitAt(this.dir, [...args, ...(options.target ? [options.target] : [])], this.dates());
    return this;
  }

  /** A file:// URL of this repository (what `--depth` needs to make a real shallow clone). */
  url(): string {
    return pathToFileURL(this.dir).href;
  }

  /** Clones this repository; `depth` makes a shallow clone through a file:// URL. */
  clone(options: { depth?: number; bare?: boolean; branch?: string; dir?: string } = {}): TestRepo {
    const dest = options.dir ?? join(tempDir(), 'clone');
    const source = options.depth !== undefined ? this.url() : this.dir;
    gitAt(dirname(dest), [
      'clone', '-q',
      ...(options.depth !== undefined ? ['--depth', String(options.depth), '--no-single-branch'] : []),
      ...(options.bare ? ['--bare'] : []),
      ...(options.branch ? ['--branch', options.branch] : []),
      source, dest,
    ]);
    const repo = new TestRepo(dest, Boolean(options.bare), this.clock);
    repo.configure();
    return repo;
  }

  /** A linked worktree on a new branch. */
  worktree(branch: string, dir = join(tempDir(), 'worktree')): TestRepo {
    this.git('worktree', 'add', '-q', '-b', branch, dir);
    return new TestRepo(dir, false, this.clock);
  }

  /** A bare repository added as remote `name`, with the current branch pushed unless `push: false`. */
  addBareRemote(name = 'origin', options: { push?: boolean } = {}): TestRepo {
    const remote = TestRepo.init({ bare: true, dir: join(tempDir(), `${name}.git`) });
    this.git('remote', 'add', name, remote.dir);
    if (options.push !== false) this.push(name, 'HEAD');
    return remote;
  }

  /** `git push --no-verify` (hooks skipped); use `tryGit('push', ...)` to run them. */
  push(remote: string, ...refspecs: string[]): this {
    this.git('push', '-q', '--no-verify', remote, ...refspecs);
    return this;
  }
}

export interface ImportedCommit {
  message: string;
  /** Path → content, written on top of the parent's tree. */
  files: Record<string, string>;
  /** Author and committer date, seconds since the epoch. */
  date: number;
}

/**
 * A `git fast-import` stream that adds `commits` to `ref`, each on top of the one before and the
 * first on top of `parent`: one git process for a long history instead of three per commit
 * (add, commit, rev-parse), which a loaded machine makes slow. Commits are what `git commit -m`
 * would make of the same files, identity and dates.
 */
export function fastImportStream(ref: string, parent: string, commits: readonly ImportedCommit[], author = AUTHOR): string {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const out: string[] = [];
  commits.forEach((c, i) => {
    const who = `${author.name} <${author.email}> ${c.date} +0000`;
    out.push(`commit ${ref}\nmark :${i + 1}\nauthor ${who}\ncommitter ${who}\n${data(`${c.message}\n`)}`);
    out.push(i === 0 ? `from ${parent}\n` : `from :${i}\n`);
    for (const [path, content] of Object.entries(c.files)) out.push(`M 100644 inline ${path}\n${data(content)}`);
    out.push('\n');
  });
  return out.join('');
}

/** git's all-zero object id (sha1 repositories). */
export const ZERO_SHA = '0'.repeat(40);
