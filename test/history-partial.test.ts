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
});
