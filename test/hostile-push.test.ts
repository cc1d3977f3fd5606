/**
 * The pre-push hook, installed with `pdguard install --hook pre-push` and run by real `git push`es
 * to real bare repositories, where the destination is not what remote-tracking refs suggest: a URL,
 * a remote whose name holds `/`, a remote that fetches from one place and pushes to another. A
 * commit already on a private origin is not on a public destination: it must be scanned. And
 * `git replace` or a grafts file must not hide the commits that are really pushed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(5151);
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;
const BLOCKED = /push blocked/;

async function install(repo: TestRepo): Promise<void> {
  const result = await runCli(['install', '--hook', 'pre-push'], { cwd: repo.dir, env: gitEnv() });
  expect(result.code, result.stderr).toBe(0);
}

/** Whether `ref` exists in the bare repository `remote`. */
const has = (remote: TestRepo, ref: string) => remote.tryGit('rev-parse', '--verify', '-q', ref).status === 0;

describe('pre-push: a leak on a private origin goes to no other destination unscanned', () => {
  let repo: TestRepo;
  let origin: TestRepo;
  let publicRepo: TestRepo;
  let key: string;

  beforeEach(async () => {
    repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hello\n' }, 'base');
    origin = repo.addBareRemote('origin');
    key = fake.restKey();
    repo.commitFiles({ 'deploy.env': line(key) }, 'leak');
    repo.push('origin', 'main'); // on the private origin already (pushed without the hook)
    repo.commitFiles({ 'README.md': 'hello again\n' }, 'clean');
    publicRepo = TestRepo.init({ bare: true, dir: join(tempDir(), 'public.git') });
    await install(repo);
  });

  it('to origin, only the new clean commit is scanned: the push passes', () => {
    const push = repo.tryGit('push', 'origin', 'main');
    expect(push.status, push.stderr).toBe(0);
    expect(origin.rev('main')).toBe(repo.head());
  });

  it('to a URL (a path): blocked', () => {
    const push = repo.tryGit('push', publicRepo.dir, 'main');
    expect(push.status).not.toBe(0);
    expect(push.stderr).toMatch(BLOCKED);
    expect(push.stdout + push.stderr).not.toContain(key);
    expect(has(publicRepo, 'main')).toBe(false);
  });

  it('to a file:// URL of a new branch: blocked', () => {
    const push = repo.tryGit('push', publicRepo.url(), 'main:refs/heads/release');
    expect(push.stderr).toMatch(BLOCKED);
    expect(has(publicRepo, 'release')).toBe(false);
  });

  it('to a remote whose name holds "/", even when another remote writes refs under the same prefix: blocked', () => {
    // `team` fetches origin, and origin has a branch `public/main` with the leak: its
    // remote-tracking ref refs/remotes/team/public/main looks like one of team/public's.
    repo.push('origin', 'main~1:refs/heads/public/main');
    repo.git('remote', 'add', 'team', origin.dir);
    repo.git('fetch', '-q', 'team');
    repo.git('remote', 'add', 'team/public', publicRepo.dir);
    expect(repo.rev('refs/remotes/team/public/main')).toBe(repo.rev('main~1'));
    const push = repo.tryGit('push', 'team/public', 'main');
    expect(push.stderr).toMatch(BLOCKED);
    expect(has(publicRepo, 'main')).toBe(false);
  });

  it('to a remote that fetches from origin but pushes elsewhere (pushurl): blocked', () => {
    repo.git('remote', 'add', 'mirror', origin.dir);
    repo.git('fetch', '-q', 'mirror');
    repo.git('remote', 'set-url', '--push', 'mirror', publicRepo.dir);
    const push = repo.tryGit('push', 'mirror', 'main');
    expect(push.stderr).toMatch(BLOCKED);
    expect(has(publicRepo, 'main')).toBe(false);
  });

  it('to a remote of its own, once it has the leak (fetched): only what it lacks is scanned', () => {
    repo.git('remote', 'add', 'pub', publicRepo.dir);
    repo.push('pub', 'main~1:refs/heads/main');
    repo.git('fetch', '-q', 'pub');
    const push = repo.tryGit('push', 'pub', 'main');
    expect(push.status, push.stderr).toBe(0);
    expect(publicRepo.rev('main')).toBe(repo.head());
  });
});

describe('replace refs and grafts never hide what is pushed', () => {
  /** base (pushed) ← leak ← clean, with the leak commit made to look clean. */
  function disguised(): { repo: TestRepo; origin: TestRepo; key: string; leak: string; base: string } {
    const repo = TestRepo.init();
    const base = repo.commitFiles({ 'README.md': 'hello\n' }, 'base');
    const origin = repo.addBareRemote('origin');
    const key = fake.restKey();
    const leak = repo.commitFiles({ 'deploy.env': line(key) }, 'leak');
    repo.commitFiles({ 'README.md': 'hello again\n' }, 'clean');
    return { repo, origin, key, leak, base };
  }

  it('git replace of the leaking commit: history and the hook read the real one', async () => {
    const { repo, origin, key, leak, base } = disguised();
    // A look-alike of the leak commit (same parent, same message) whose deploy.env holds a placeholder.
    repo.git('checkout', '-q', '--detach', base);
    repo.write('deploy.env', 'PAGERDUTY_TOKEN=${PD_TOKEN}\n');
    const lookalike = repo.commit('leak');
    repo.git('checkout', '-q', 'main');
    repo.git('replace', '-f', leak, lookalike);
    expect(repo.git('show', `${leak}:deploy.env`)).not.toContain(key);

    const history = await runCli(['history', '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(history.code).toBe(1);
    expect(history.stdout).toContain(key);

    await install(repo);
    const push = repo.tryGit('push', 'origin', 'main');
    expect(push.stderr).toMatch(BLOCKED);
    expect(origin.rev('main')).toBe(base);
  });

  it('git replace of the leaking blob: history reads the real content', async () => {
    const { repo, key } = disguised();
    const blob = repo.git('rev-parse', 'main~1:deploy.env').trim();
    const clean = repo.git('hash-object', '-w', '--no-filters', 'README.md').trim();
    repo.git('replace', '-f', blob, clean);
    const history = await runCli(['history', '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(history.code).toBe(1);
    expect(history.stdout).toContain(key);
  });

  it('a grafts file that cuts the leak out of the pushed range: blocked', async () => {
    const { repo, origin, base } = disguised();
    writeFileSync(repo.path('.git/info/grafts'), `${repo.head()} ${base}\n`);
    expect(repo.tryGit('log', '--format=%s', 'origin/main..main').stdout.trim()).toBe('clean');
    await install(repo);
    const push = repo.tryGit('push', 'origin', 'main');
    expect(push.stderr).toMatch(BLOCKED);
    expect(origin.rev('main')).toBe(base);
  });
});
