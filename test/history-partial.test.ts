/**
 * `pdguard history` where blobs are missing (a partial clone): what could not be read makes the
 * scan incomplete (exit 2), never "no findings", and nothing is fetched to fill the gaps.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitAt, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(1618);

describe('history: a partial clone', () => {
  it('reports the missing blobs as unreadable and exits 2', async () => {
    const origin = TestRepo.init();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    origin.commitFiles({ 'a.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` }, 'a');
    origin.commitFiles({ 'b.txt': 'plain\n' }, 'b');
    const dir = tempDir();
    gitAt(dir, ['clone', '-q', '--no-checkout', '--filter=blob:none', `file://${origin.dir}`, 'clone']);
    const clone = `${dir}/clone`;
    const before = gitAt(clone, ['count-objects', '-v']);

    const result = await runCli(['history', '--format', 'json', '--no-cache'], { cwd: clone, env: gitEnv() });
    expect(result.code, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as { scan: { skipped: { kind: string; reason: string }[] } };
    expect(report.scan.skipped.length).toBeGreaterThanOrEqual(2);
    expect(report.scan.skipped.every((s) => s.kind === 'unreadable' && /missing/.test(s.reason))).toBe(true);
    // Nothing was fetched from the promisor remote to fill the gaps.
    expect(gitAt(clone, ['count-objects', '-v'])).toBe(before);
  });

  it('names each missing blob by its id, without a diff of every commit to place it', async () => {
    const origin = TestRepo.init();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    for (let i = 0; i < 6; i++) origin.commitFiles({ [`f${i}.txt`]: `plain ${i}\n` }, `c${i}`);
    const dir = tempDir();
    gitAt(dir, ['clone', '-q', '--no-checkout', '--filter=blob:none', `file://${origin.dir}`, 'clone']);
    const clone = `${dir}/clone`;
    const missing = gitAt(clone, ['rev-list', '--objects', '--all', '--missing=print']).split('\n').filter((l) => l.startsWith('?')).map((l) => l.slice(1).trim());
    expect(missing.length).toBe(6);

    const result = await runCli(['history', '--format', 'json', '--no-cache', '--debug'], { cwd: clone, env: gitEnv() });
    expect(result.code, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as { scan: { skipped: { path: string; kind: string; reason: string }[] } };
    expect(report.scan.skipped.map((s) => s.path).sort()).toEqual(missing.map((oid) => `blob ${oid}`).sort());
    // The reason says how to find the commits that show one.
    for (const skip of report.scan.skipped) expect(skip.reason).toContain(`--find-object=${skip.path.slice('blob '.length)}`);
    // Nothing diffed the history's commits to name them (--debug lists every git process).
    expect(result.stderr).toMatch(/debug: git .*rev-list --objects/);
    expect(result.stderr).not.toMatch(/debug: git .* log /);
  });
});
