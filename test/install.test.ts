/**
 * `pdguard install` / `uninstall` in real repositories (plain .git/hooks, core.hooksPath, worktrees,
 * husky), and the installed hooks run by real `git commit` and `git push`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, type CliResult, REPO_ROOT, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { type GitRun, TestRepo, cleanupGit, gitAt, gitEnv, tempDir } from './helpers/git.js';
import { TMP } from './helpers/temp.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(4669);
const line = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
const MARKER = '# pdguard hook';
const FOREIGN = '#!/bin/sh\necho "my own hook"\n';

function pdguard(repo: TestRepo, args: string[], cwd = repo.dir): Promise<CliResult> {
  return runCli(args, { cwd, env: gitEnv() });
}

const isExecutable = (file: string) => (statSync(file).mode & 0o111) === 0o111;

function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(/^pdguard: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

describe('install: where the hook goes', () => {
  it('plain .git/hooks: an executable hook with the marker; twice changes nothing; uninstall removes it', async () => {
    const repo = TestRepo.init();
    const hook = repo.path('.git/hooks/pre-commit');
    const first = await pdguard(repo, ['install']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(hook);
    const script = readFileSync(hook, 'utf8');
    expect(script).toMatch(/^#!\/bin\/sh\n/);
    expect(script).toContain(MARKER);
    expect(script).toContain('staged');
    expect(isExecutable(hook)).toBe(true);
    const mtime = statSync(hook).mtimeMs;

    const second = await pdguard(repo, ['install']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already/);
    expect(readFileSync(hook, 'utf8')).toBe(script);
    expect(statSync(hook).mtimeMs).toBe(mtime);

    const prePush = await pdguard(repo, ['install', '--hook', 'pre-push']);
    expect(prePush.code).toBe(0);
    expect(readFileSync(repo.path('.git/hooks/pre-push'), 'utf8')).toContain('pre-push');

    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(existsSync(hook)).toBe(false);
    expect(existsSync(repo.path('.git/hooks/pre-push'))).toBe(true);
    expect((await pdguard(repo, ['uninstall', '--hook', 'pre-push'])).code).toBe(0);
    expect(existsSync(repo.path('.git/hooks/pre-push'))).toBe(false);
    // Nothing left to remove: still fine.
    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
  });

  it('works from a subdirectory and with --repo', async () => {
    const repo = TestRepo.init();
    repo.write('sub/dir/x.txt', 'x\n');
    expect((await pdguard(repo, ['install'], repo.path('sub/dir'))).code).toBe(0);
    expect(readFileSync(repo.path('.git/hooks/pre-commit'), 'utf8')).toContain(MARKER);
    const other = TestRepo.init();
    expect((await pdguard(repo, ['install', '--repo', other.dir])).code).toBe(0);
    expect(readFileSync(other.path('.git/hooks/pre-commit'), 'utf8')).toContain(MARKER);
  });

  it('never overwrites a foreign hook without --force; --force keeps a backup that uninstall restores', async () => {
    const repo = TestRepo.init();
    const hook = repo.path('.git/hooks/pre-commit');
    writeFileSync(hook, FOREIGN, { mode: 0o755 });

    const refused = await pdguard(repo, ['install']);
    expectOneLineError(refused, /--force/);
    expect(readFileSync(hook, 'utf8')).toBe(FOREIGN);

    // uninstall leaves a hook it did not write alone.
    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(FOREIGN);

    const forced = await pdguard(repo, ['install', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain(MARKER);
    expect(readFileSync(`${hook}.pdguard-backup`, 'utf8')).toBe(FOREIGN);
    expect(forced.stdout).toContain('pdguard-backup');

    // Installing again (even with --force) must not replace the backup with pdguard's own hook.
    expect((await pdguard(repo, ['install', '--force'])).code).toBe(0);
    expect(readFileSync(`${hook}.pdguard-backup`, 'utf8')).toBe(FOREIGN);

    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(FOREIGN);
    expect(isExecutable(hook)).toBe(true);
    expect(existsSync(`${hook}.pdguard-backup`)).toBe(false);
  });

  it('core.hooksPath set to a custom directory', async () => {
    const repo = TestRepo.init();
    repo.git('config', 'core.hooksPath', '.githooks');
    repo.write('sub/x.txt', 'x\n');
    // From a subdirectory too: a relative hooksPath is relative to the top of the work tree.
    expect((await pdguard(repo, ['install'], repo.path('sub'))).code).toBe(0);
    expect(readFileSync(repo.path('.githooks/pre-commit'), 'utf8')).toContain(MARKER);
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false);
    expect(existsSync(repo.path('sub/.githooks'))).toBe(false);
    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(existsSync(repo.path('.githooks/pre-commit'))).toBe(false);
  });

  it('a linked worktree: the hook goes to the common git directory, as git rev-parse --git-path hooks says', async () => {
    const main = TestRepo.init();
    main.commitFiles({ 'README.md': 'x\n' }, 'base');
    const worktree = main.worktree('feature');
    const expected = join(main.dir, '.git', 'hooks', 'pre-commit');
    expect(resolve(worktree.dir, worktree.git('rev-parse', '--git-path', 'hooks').trim(), 'pre-commit')).toBe(expected);

    expect((await pdguard(worktree, ['install'])).code).toBe(0);
    expect(readFileSync(expected, 'utf8')).toContain(MARKER);
    // And it guards commits made in the worktree.
    worktree.write('leak.env', line()).add();
    const commit = worktree.tryGit('commit', '-m', 'leak');
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toMatch(/commit blocked/);

    expect((await pdguard(worktree, ['uninstall'])).code).toBe(0);
    expect(existsSync(expected)).toBe(false);
  });

  it('husky 9 (core.hooksPath=.husky/_): the command is added to .husky/pre-commit, once, and removed by uninstall', async () => {
    const repo = TestRepo.init();
    repo.git('config', 'core.hooksPath', '.husky/_');
    const userHook = 'npm test\nnpx lint-staged\n';
    repo.write('.husky/pre-commit', userHook);
    repo.write('.husky/_/pre-commit', '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');

    expect((await pdguard(repo, ['install'])).code).toBe(0);
    const installed = repo.read('.husky/pre-commit');
    // pdguard's quick check goes before the test line, which may fail first (or take minutes).
    expect(installed.endsWith(userHook)).toBe(true);
    expect(installed.indexOf('pdguard_run staged')).toBeLessThan(installed.indexOf('npm test'));
    expect(installed).toContain('pdguard');
    expect(installed).toContain('staged');
    // husky's own generated stub is left alone.
    expect(repo.read('.husky/_/pre-commit')).toBe('#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');

    const again = await pdguard(repo, ['install']);
    expect(again.code).toBe(0);
    expect(repo.read('.husky/pre-commit')).toBe(installed);

    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(repo.read('.husky/pre-commit')).toBe(userHook);
  });

  it('husky with no user hook yet: install creates .husky/pre-push, uninstall removes it', async () => {
    const repo = TestRepo.init();
    repo.git('config', 'core.hooksPath', '.husky/_');
    expect((await pdguard(repo, ['install', '--hook', 'pre-push'])).code).toBe(0);
    expect(repo.read('.husky/pre-push')).toContain('pre-push');
    expect(existsSync(repo.path('.husky/pre-commit'))).toBe(false);
    expect((await pdguard(repo, ['uninstall', '--hook', 'pre-push'])).code).toBe(0);
    expect(existsSync(repo.path('.husky/pre-push'))).toBe(false);
  });

  it('outside a repository, or with a bad --hook, is exit 2 with one line', async () => {
    const repo = TestRepo.init();
    expectOneLineError(await pdguard(repo, ['install'], repo.path('..')), /not a git repository/);
    expectOneLineError(await pdguard(repo, ['install', '--hook', 'post-commit']), /--hook/);
  });
});

describe('installed hooks, run by git', () => {
  it('the environment has no other pdguard: the hook falls back to this checkout', () => {
    const path = gitEnv().PATH ?? '';
    for (const dir of path.split(delimiter)) expect(existsSync(join(dir, 'pdguard')), dir).toBe(false);
    expect(existsSync(CLI)).toBe(true);
  });

  it('pre-commit: a real git commit of a staged secret fails, a clean commit succeeds', async () => {
    const repo = TestRepo.init();
    expect((await pdguard(repo, ['install'])).code).toBe(0);

    repo.write('app.env', line()).add();
    const before = repo.tryGit('rev-parse', '--verify', '-q', 'HEAD');
    const blocked = repo.tryGit('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/commit blocked/);
    expect(blocked.stdout + blocked.stderr).toContain('app.env');
    expect(repo.tryGit('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe(before.stdout); // no commit made

    repo.git('rm', '-q', '--cached', 'app.env');
    repo.remove('app.env');
    repo.write('README.md', 'hello\n').add();
    const clean = repo.tryGit('commit', '-m', 'clean');
    expect(clean.status, clean.stderr).toBe(0);
    expect(repo.git('log', '--format=%s')).toBe('clean\n');

    // `git commit -a` commits through a temporary index: the hook must scan that one.
    repo.write('README.md', `hello\n${line()}`);
    const all = repo.tryGit('commit', '-a', '-m', 'leak through -a');
    expect(all.status).not.toBe(0);
    expect(all.stderr).toMatch(/commit blocked/);
    expect(repo.git('log', '--format=%s')).toBe('clean\n');
  });

  it('pre-push: a real git push of a commit with a secret fails, a clean push succeeds', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hello\n' }, 'base');
    const remote = repo.addBareRemote('origin');
    expect((await pdguard(repo, ['install', '--hook', 'pre-push'])).code).toBe(0);

    const clean = repo.commitFiles({ 'README.md': 'hello again\n' }, 'clean');
    const ok = repo.tryGit('push', 'origin', 'main');
    expect(ok.status, ok.stderr).toBe(0);
    expect(remote.rev('main')).toBe(clean);

    repo.commitFiles({ 'deploy.env': line() }, 'leak');
    const blocked = repo.tryGit('push', 'origin', 'main');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/push blocked/);
    expect(remote.rev('main')).toBe(clean);

    // A new branch carrying the leak is blocked too; one with only clean commits is not.
    const newBranch = repo.tryGit('push', 'origin', 'main:refs/heads/topic');
    expect(newBranch.status).not.toBe(0);
    expect(remote.tryGit('rev-parse', '--verify', '-q', 'refs/heads/topic').status).not.toBe(0);
    const cleanBranch = repo.tryGit('push', 'origin', `${clean}:refs/heads/clean-topic`);
    expect(cleanBranch.status, cleanBranch.stderr).toBe(0);
  });
});

const HUSKY_BIN = join(REPO_ROOT, 'node_modules', 'husky', 'bin.js');

/** A project as `npx husky init` leaves it: package.json, .husky/pre-commit with `npm test`, core.hooksPath. */
function huskyProject(): TestRepo {
  const repo = TestRepo.init();
  repo.write('package.json', `${JSON.stringify({ name: 'svc', version: '1.0.0', devDependencies: { pdguard: '^0.1.0' } }, null, 2)}\n`);
  repo.write('.gitignore', 'node_modules/\n');
  execFileSync(process.execPath, [HUSKY_BIN, 'init'], { cwd: repo.dir, env: { ...process.env, ...gitEnv() } as NodeJS.ProcessEnv });
  expect(repo.read('.husky/pre-commit')).toBe('npm test\n');
  return repo;
}

describe('hooks for a team', () => {
  it('husky: the committed hook names no path of this machine, runs before npm test, and works from node_modules', async () => {
    const repo = huskyProject();
    const installed = await pdguard(repo, ['install']);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toMatch(/commit it \(git add .*\.husky\/pre-commit\)/);
    const hook = repo.read('.husky/pre-commit');
    expect(hook).not.toContain(REPO_ROOT);
    expect(hook).not.toContain(TMP);
    expect(hook.indexOf('pdguard_run staged')).toBeLessThan(hook.indexOf('npm test'));

    // A teammate after npm install: pdguard is in the project's node_modules.
    mkdirSync(repo.path('node_modules'));
    symlinkSync(REPO_ROOT, repo.path('node_modules/pdguard'));
    repo.write('app.env', line()).add();
    const blocked = repo.tryGit('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/commit blocked/);
    expect(blocked.stdout + blocked.stderr).not.toMatch(/Missing script/);

    // Before npm install: the hook says what to run, and fails closed.
    rmSync(repo.path('node_modules'), { recursive: true });
    const missing = repo.tryGit('commit', '-m', 'leak');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/nothing was scanned: run npm install \(/);
  });

  it('never runs a pdguard the repository tracks (a committed node_modules/.bin/pdguard)', async () => {
    const repo = TestRepo.init();
    const marker = join(tempDir(), 'ran');
    const impostor = `#!/bin/sh\ntouch ${marker}\nexit 0\n`;
    repo.write('node_modules/.bin/pdguard', impostor).write('node_modules/pdguard/dist/cli.js', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')\n`);
    chmodSync(repo.path('node_modules/.bin/pdguard'), 0o755);
    repo.commitFiles({ 'README.md': 'x\n' }, 'vendored node_modules');
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    repo.write('app.env', line()).add();
    const blocked = repo.tryGit('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/commit blocked/);
    expect(existsSync(marker)).toBe(false);
  });

  it('install --append keeps the commands of an existing hook (before its exit); uninstall gives it back', async () => {
    const repo = TestRepo.init();
    const hook = repo.path('.git/hooks/pre-commit');
    const own = `#!/bin/sh\necho "my own hook ran" >&2\nexit 0\n`;
    writeFileSync(hook, own, { mode: 0o755 });
    const refused = await pdguard(repo, ['install', '--hook', 'pre-commit']);
    expectOneLineError(refused, /--append/);
    writeFileSync(repo.path('.git/hooks/pre-push'), own, { mode: 0o755 });
    expectOneLineError(await pdguard(repo, ['install', '--hook', 'pre-push']), /"pdguard pre-push "\$@""/);

    const appended = await pdguard(repo, ['install', '--append']);
    expect(appended.code, appended.stderr).toBe(0);
    const text = readFileSync(hook, 'utf8');
    expect(text.startsWith('#!/bin/sh\necho "my own hook ran" >&2\n')).toBe(true);
    expect(text.endsWith('# <<< pdguard\nexit 0\n')).toBe(true);
    repo.write('app.env', line()).add();
    const blocked = repo.tryGit('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/my own hook ran[\s\S]*commit blocked/);
    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(own);
  });

  it('a hook that merely mentions "# pdguard hook" is not pdguard\'s; uninstall keeps lines added after install', async () => {
    const repo = TestRepo.init();
    const hook = repo.path('.git/hooks/pre-commit');
    const lookalike = '#!/bin/sh\n# pdguard hook? no: my own checks\nmake lint\n';
    writeFileSync(hook, lookalike, { mode: 0o755 });
    expectOneLineError(await pdguard(repo, ['install']), /pdguard did not write it/);
    expect((await pdguard(repo, ['uninstall'])).stdout).toMatch(/left it alone/);
    expect(readFileSync(hook, 'utf8')).toBe(lookalike);

    rmSync(hook);
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    writeFileSync(hook, `${readFileSync(hook, 'utf8')}echo "added by me"\n`);
    expect((await pdguard(repo, ['uninstall'])).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho "added by me"\n');
  });
});

describe('hooks in hostile repositories', () => {
  it('never writes or chmods through a symbolic link: a committed .husky/pre-commit link, a dangling hook link', async () => {
    const victim = join(tempDir(), 'bashrc');
    writeFileSync(victim, 'alias ll="ls -l"\n', { mode: 0o600 });
    const repo = TestRepo.init();
    repo.git('config', 'core.hooksPath', '.husky/_');
    mkdirSync(repo.path('.husky/_'), { recursive: true });
    symlinkSync(victim, repo.path('.husky/pre-commit'));
    expectOneLineError(await pdguard(repo, ['install']), /\.husky\/pre-commit is a symbolic link; pdguard never writes through one/);
    expectOneLineError(await pdguard(repo, ['uninstall']), /symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('alias ll="ls -l"\n');
    expect(statSync(victim).mode & 0o777).toBe(0o600);

    const plain = TestRepo.init();
    const nowhere = join(tempDir(), 'created-outside');
    symlinkSync(nowhere, plain.path('.git/hooks/pre-commit'));
    expectOneLineError(await pdguard(plain, ['install', '--force']), /symbolic link/);
    expect(existsSync(nowhere)).toBe(false);
  });

  it('a repository below a folder named .husky is not husky', async () => {
    const repo = TestRepo.init({ dir: join(tempDir(), '.husky', 'project') });
    const installed = await pdguard(repo, ['install']);
    expect(installed.code, installed.stderr).toBe(0);
    expect(readFileSync(repo.path('.git/hooks/pre-commit'), 'utf8')).toContain('pdguard_run staged');
    expect(existsSync(join(repo.dir, '..', 'pre-commit'))).toBe(false);
  });
});

/**
 * What `git clone --recurse-submodules` brings is the repository's, whatever the superproject's index
 * says: a submodule's files, a link git checks out, a submodule left behind by a branch switch, a
 * package folder the repository tracks part of. The hook never runs any of it.
 */
describe('the hook never runs a pdguard the repository supplies (submodules, links, leftovers)', () => {
  /** A package that pretends to be pdguard: running any of its entry points leaves `marker` and passes. */
  function impostor(marker: string, layout: 'package' | 'node_modules' | 'bin'): TestRepo {
    const repo = TestRepo.init();
    const js = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`;
    const sh = `#!/bin/sh\ntouch '${marker}'\nexit 0\n`;
    const pkg = '{ "name": "pdguard", "version": "9.9.9", "bin": { "pdguard": "dist/cli.js" } }\n';
    if (layout === 'package') repo.write('package.json', pkg).write('dist/cli.js', js).write('patterns/x.yaml', 'rules: []\n');
    if (layout === 'node_modules') repo.write('pdguard/package.json', pkg).write('pdguard/dist/cli.js', js).write('.bin/pdguard', sh);
    if (layout === 'bin') repo.write('pdguard', sh);
    for (const file of ['.bin/pdguard', 'pdguard']) if (existsSync(repo.path(file))) chmodSync(repo.path(file), 0o755);
    repo.git('add', '-A');
    repo.commit('pdguard, or so it says');
    return repo;
  }

  const withFileProtocol = ['-c', 'protocol.file.allow=always'];

  /** The victim's clone, with submodules, and pdguard's own hook installed in .git/hooks (falls back to this checkout). */
  async function victimClone(upstream: TestRepo): Promise<TestRepo> {
    const dest = join(tempDir(), 'victim');
    gitAt(dirname(dest), [...withFileProtocol, 'clone', '-q', '--recurse-submodules', upstream.dir, dest]);
    const victim = new TestRepo(dest);
    victim.git('config', 'user.name', 'Victim');
    victim.git('config', 'user.email', 'victim@example.test');
    const installed = await pdguard(victim, ['install']);
    expect(installed.code, installed.stderr).toBe(0);
    return victim;
  }

  function expectBlockedByTheRealPdguard(victim: TestRepo, marker: string, env: Record<string, string> = {}): GitRun {
    victim.write('app.env', line()).add('app.env');
    const commit = spawnSync('git', ['commit', '-m', 'leak'], { cwd: victim.dir, env: { ...process.env, ...gitEnv(), ...env } as NodeJS.ProcessEnv, encoding: 'utf8' });
    expect(existsSync(marker), `the repository's pdguard ran: ${commit.stderr}`).toBe(false);
    expect(commit.status, commit.stdout + commit.stderr).not.toBe(0);
    expect(commit.stderr).toMatch(/commit blocked/);
    return { status: commit.status, stdout: commit.stdout, stderr: commit.stderr };
  }

  function addSubmodule(superproject: TestRepo, sub: TestRepo, path: string): void {
    superproject.git(...withFileProtocol, 'submodule', 'add', '-q', sub.dir, path);
  }

  it('a submodule at node_modules/pdguard, cloned with --recurse-submodules', async () => {
    const marker = join(tempDir(), 'ran');
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'x\n' }, 'base');
    addSubmodule(upstream, impostor(marker, 'package'), 'node_modules/pdguard');
    upstream.commit('vendor pdguard');
    const victim = await victimClone(upstream);
    expect(existsSync(victim.path('node_modules/pdguard/dist/cli.js'))).toBe(true);
    expect(victim.git('ls-files', 'node_modules/pdguard/dist/cli.js')).toBe('');
    const run = expectBlockedByTheRealPdguard(victim, marker);
    expect(run.stderr).toMatch(/node_modules\/pdguard\/dist\/cli\.js[^\n]*submodule/);
  });

  it('a submodule at node_modules (the whole folder), and a relative PATH entry into it', async () => {
    const marker = join(tempDir(), 'ran');
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'x\n' }, 'base');
    addSubmodule(upstream, impostor(marker, 'node_modules'), 'node_modules');
    upstream.commit('vendor node_modules');
    const victim = await victimClone(upstream);
    expectBlockedByTheRealPdguard(victim, marker);
    // A PATH with node_modules/.bin in it (relative, as some shells set it up): the submodule's bin is not run either.
    rmSync(victim.path('node_modules/pdguard'), { recursive: true });
    victim.git('reset', '-q');
    expectBlockedByTheRealPdguard(victim, marker, { PATH: `node_modules/.bin${delimiter}${gitEnv().PATH}` });
  });

  it('a submodule at a folder a relative PATH entry names (the submodule is the bin folder itself)', async () => {
    const marker = join(tempDir(), 'ran');
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'x\n' }, 'base');
    addSubmodule(upstream, impostor(marker, 'bin'), 'tools');
    upstream.commit('tools');
    const victim = await victimClone(upstream);
    expectBlockedByTheRealPdguard(victim, marker, { PATH: `tools${delimiter}${gitEnv().PATH}` });
    victim.git('reset', '-q');
    // Named by its full path too (as direnv's PATH_add does).
    expectBlockedByTheRealPdguard(victim, marker, { PATH: `${victim.path('tools')}${delimiter}${gitEnv().PATH}` });
  });

  it('a committed link into a submodule (node_modules -> vendor/nm)', async () => {
    const marker = join(tempDir(), 'ran');
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'x\n' }, 'base');
    addSubmodule(upstream, impostor(marker, 'node_modules'), 'vendor/nm');
    symlinkSync('vendor/nm', upstream.path('node_modules'));
    upstream.add('node_modules');
    upstream.commit('link node_modules');
    const victim = await victimClone(upstream);
    expectBlockedByTheRealPdguard(victim, marker);
  });

  it('a submodule a branch switch left behind (no longer in the index nor in .gitmodules)', async () => {
    const marker = join(tempDir(), 'ran');
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'x\n' }, 'base');
    upstream.checkout('feature', { create: true });
    addSubmodule(upstream, impostor(marker, 'package'), 'node_modules/pdguard');
    upstream.commit('vendor pdguard');
    upstream.checkout('main');
    const dest = join(tempDir(), 'victim');
    gitAt(dirname(dest), [...withFileProtocol, 'clone', '-q', '--recurse-submodules', '--branch', 'feature', upstream.dir, dest]);
    const victim = new TestRepo(dest);
    victim.git('config', 'user.name', 'Victim');
    victim.git('config', 'user.email', 'victim@example.test');
    victim.tryGit('checkout', '-q', 'main'); // warns that it cannot remove node_modules/pdguard
    expect(existsSync(victim.path('node_modules/pdguard/dist/cli.js'))).toBe(true);
    expect(victim.git('ls-files', '--stage')).not.toMatch(/node_modules/);
    expect(existsSync(victim.path('.gitmodules'))).toBe(false);
    expect((await pdguard(victim, ['install'])).code).toBe(0);
    expectBlockedByTheRealPdguard(victim, marker);
  });

  it('a package folder the repository tracks part of (a chunk pdguard would load), the rest installed', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'node_modules/pdguard/dist/chunks/chunk-EVIL.js': 'export {};\n' }, 'vendored chunk');
    cpSync(join(REPO_ROOT, 'dist'), repo.path('node_modules/pdguard/dist'), { recursive: true });
    cpSync(join(REPO_ROOT, 'patterns'), repo.path('node_modules/pdguard/patterns'), { recursive: true });
    cpSync(join(REPO_ROOT, 'package.json'), repo.path('node_modules/pdguard/package.json'));
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    repo.write('app.env', line()).add('app.env');
    const commit = repo.tryGit('commit', '-m', 'leak');
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toMatch(/node_modules\/pdguard[^\n]*(tracks|tracked)/);
    expect(commit.stderr).toMatch(/commit blocked/);
  });

  it('a package installed by you (untracked, your own) is run: an install inside the work tree, for a committed hook', async () => {
    const repo = huskyProject();
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    for (const part of ['dist', 'patterns', 'package.json']) cpSync(join(REPO_ROOT, part), repo.path(`node_modules/pdguard/${part}`), { recursive: true });
    repo.write('app.env', line()).add('app.env');
    const blocked = repo.tryGit('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/commit blocked/);
    expect(blocked.stderr).not.toMatch(/not running|not found/);
  });

  it('core.ignoreCase: a folder git tracks as Node_Modules is node_modules to the file system', async () => {
    const repo = huskyProject();
    repo.git('config', 'core.ignoreCase', 'true');
    repo.write('Node_Modules/PDGuard/dist/chunks/chunk-EVIL.js', 'export {};\n').git('add', '-f', 'Node_Modules');
    repo.commit('vendored, in capitals');
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    for (const part of ['dist', 'patterns', 'package.json']) cpSync(join(REPO_ROOT, part), repo.path(`node_modules/pdguard/${part}`), { recursive: true });
    repo.write('app.env', line()).add('app.env');
    const refused = repo.tryGit('commit', '-m', 'leak');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/node_modules\/pdguard\/dist\/cli\.js: the repository tracks/);
    expect(refused.stderr).toMatch(/nothing was scanned/);
  });

  it.runIf(process.getuid?.() === 0)("a package owned by another user is not run", async () => {
    const repo = huskyProject();
    expect((await pdguard(repo, ['install'])).code).toBe(0);
    for (const part of ['dist', 'patterns', 'package.json']) cpSync(join(REPO_ROOT, part), repo.path(`node_modules/pdguard/${part}`), { recursive: true });
    execFileSync('chown', ['-R', '65534', repo.path('node_modules/pdguard')]);
    repo.write('app.env', line()).add('app.env');
    const refused = repo.tryGit('commit', '-m', 'leak');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/node_modules\/pdguard\/dist\/cli\.js[^\n]*another user/);
    expect(refused.stderr).toMatch(/nothing was scanned/);
  });
});
