/**
 * The pre-commit framework's hooks (.pre-commit-hooks.yaml), run by the framework itself:
 * Debian's pre-commit 3.0.4 (`apt-get install pre-commit`; .ci/run installs it), which installs
 * them from this checkout with no build step and runs the committed bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { tempDir } from './helpers/temp.js';

const fake = new FakeSecrets(31);

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir('pdguard-precommit-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
  return { dir, git };
}

function tryRepo(dir: string, ...args: string[]) {
  // PRE_COMMIT_HOME: a cache of our own, so runs never see each other's clones.
  return spawnSync('pre-commit', ['try-repo', REPO_ROOT, ...args, '--verbose'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: join(dir, '.pre-commit-cache'), PRE_COMMIT_COLOR: 'never' },
    timeout: 120_000,
  });
}

describe('the pre-commit framework', () => {
  beforeAll(() => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) throw new Error('these tests need the pre-commit framework: apt-get install pre-commit');
  });

  it('blocks a commit that stages a credential, and passes a clean one', () => {
    const { dir, git } = repo();
    writeFileSync(join(dir, '.env'), `PAGERDUTY_TOKEN=${fake.restKey()}\n`);
    git('add', '.env');
    const blocked = tryRepo(dir, 'pdguard');
    expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toMatch(/pdguard \(PagerDuty credentials in staged changes\)\.+Failed/);
    expect(blocked.stdout).toContain('pagerduty-rest-api-key');
    // Under the framework a hook is skipped by its id; --no-verify would skip every hook.
    expect(blocked.stdout).toContain('SKIP=pdguard git commit');
    expect(blocked.stdout).not.toContain('--no-verify');

    git('rm', '-q', '--cached', '.env');
    writeFileSync(join(dir, 'README.md'), '# nothing secret\n');
    git('add', 'README.md');
    const clean = tryRepo(dir, 'pdguard');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/Passed/);
  }, 180_000);

  it('blocks a push whose commits add a credential (pre-push stage)', () => {
    const { dir, git } = repo();
    writeFileSync(join(dir, 'README.md'), 'hello\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    const base = git('rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'deploy.sh'), `export PD_ROUTING_KEY=${fake.eventsKey()}\n`);
    git('add', '.');
    git('commit', '-qm', 'deploy');
    const blocked = tryRepo(dir, 'pdguard-pre-push', '--hook-stage', 'push', '--from-ref', base, '--to-ref', 'HEAD');
    expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toContain('pagerduty-events-key');
    expect(blocked.stdout).toContain('deploy.sh');
    expect(blocked.stdout).toContain('SKIP=pdguard-pre-push git push');
    const clean = tryRepo(dir, 'pdguard-pre-push', '--hook-stage', 'push', '--from-ref', 'HEAD', '--to-ref', 'HEAD');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  }, 180_000);
});
