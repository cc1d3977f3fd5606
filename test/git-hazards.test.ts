/**
 * A repository whose git directory holds a FIFO that git opens on the way to any answer (a config
 * it includes, packed-refs, shallow, alternates): git would wait forever. pdguard never runs git
 * there: history says so in one line (exit 2), scan scans everything and says why, and an audit
 * of a folder lists that repository and audits the others. Real repositories, the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(6060);

function withFifo(repo: TestRepo, how: 'include' | 'packed-refs' | 'shallow' | 'alternates'): void {
  const gitDir = join(repo.dir, '.git');
  const fifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);
  if (how === 'include') {
    fifo(join(gitDir, 'ff'));
    appendFileSync(join(gitDir, 'config'), '[include]\n\tpath = ff\n');
  } else if (how === 'alternates') {
    mkdirSync(join(gitDir, 'objects', 'info'), { recursive: true });
    fifo(join(gitDir, 'objects', 'info', 'alternates'));
  } else fifo(join(gitDir, how));
}

describe('a FIFO in a git directory', () => {
  it.each(['include', 'packed-refs', 'shallow', 'alternates'] as const)('(%s): history stops with one line, scan scans everything, nothing hangs', async (how) => {
    const repo = TestRepo.init();
    const key = fake.restKey();
    repo.commitFiles({ '.gitignore': '*.env\n', 'prod.env': `PAGERDUTY_TOKEN=${key}\n` }, 'tracked though ignored');
    repo.git('add', '-f', 'prod.env');
    repo.commit('force');
    withFifo(repo, how);
    const history = await runCli(['history', '--no-cache'], { cwd: repo.dir, env: gitEnv(), timeoutMs: 30_000 });
    expect(history.code).toBe(2);
    expect(history.stderr).toMatch(/^pdguard: [^\n]*git would wait forever on this repository \([^\n]*is not a regular file\)[^\n]*\n$/);
    const scan = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir, env: gitEnv(), timeoutMs: 30_000 });
    expect(scan.code, scan.stderr).toBe(1);
    const report = JSON.parse(scan.stdout) as { findings: { path: string }[]; scan: { warnings?: string[] } };
    expect(report.findings.map((f) => f.path)).toEqual(['prod.env']);
    expect(report.scan.warnings?.join(' ')).toMatch(/not a regular file/);
  });

  it('an audit of a folder lists that clone and audits the others', async () => {
    const org = tempDir('pdguard-org-');
    const good = TestRepo.init({ dir: join(org, 'good') });
    const key = fake.restKey();
    good.commitFiles({ 'app.env': `PAGERDUTY_TOKEN=${key}\n` }, 'leak');
    cpSync(good.dir, join(org, 'bad'), { recursive: true });
    withFifo(new TestRepo(join(org, 'bad')), 'include');
    const audit = await runCli(['audit', org, '--format', 'json', '--no-cache'], { env: gitEnv(), timeoutMs: 60_000 });
    expect(audit.code).toBe(2);
    const report = JSON.parse(audit.stdout) as { repositories: { name: string }[]; unaudited: { path: string; reason: string }[] };
    expect(report.repositories.map((r) => r.name)).toEqual(['good']);
    expect(report.unaudited).toEqual([{ path: expect.stringMatching(/bad$/), reason: expect.stringMatching(/git would wait forever/) }]);
  });
});
