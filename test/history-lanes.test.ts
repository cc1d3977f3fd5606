/**
 * `pdguard history` of a history large enough to be read on two lanes (sources/history-scan.ts):
 * one cat-file matched on the main thread, one in a worker thread. Whichever lane reads a blob,
 * its findings are reported at the commit that introduced them, and every blob is counted once.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type JsonReport } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, fastImportStream, gitEnv, type ImportedCommit } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(2626);

describe('history: a history read on two lanes', () => {
  it('reports every finding and counts every blob once, whichever lane read it', async () => {
    const repo = TestRepo.init();
    // 40 commits, each a new version of 30 files: 1,200 blobs in 30 delta chains once packed.
    const secrets = new Map<number, { path: string; secret: string }>();
    for (const at of [2, 21, 39]) secrets.set(at, { path: `conf/f${at % 30}.env`, secret: fake.restKey() });
    const commits: ImportedCommit[] = Array.from({ length: 40 }, (_, c) => {
      const files: Record<string, string> = {};
      for (let f = 0; f < 30; f++) files[`conf/f${f}.env`] = `# file ${f}\n${'setting = the same value as before\n'.repeat(40)}version = ${c}\n`;
      const planted = secrets.get(c);
      if (planted) files[planted.path] += `PAGERDUTY_TOKEN=${planted.secret}\n`;
      return { message: `c${c}`, files, date: 1_700_000_000 + c * 60 };
    });
    const stream = fastImportStream('refs/heads/main', '0'.repeat(40), commits).replace(/^from 0{40}\n/m, '');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream, env: { ...process.env, ...(gitEnv() as NodeJS.ProcessEnv) } });
    repo.git('repack', '-a', '-d', '-q', '--depth=50');
    const blobs = repo.git('rev-list', '--objects', '--all', '--filter=object:type=blob', '--filter-provided-objects').trim().split('\n').length;
    expect(blobs).toBeGreaterThan(256); // enough for two lanes, or the test proves nothing

    const result = await runCli(['history', '--format', 'json', '--no-cache', '--debug', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    // Two cat-file processes, the worker's reported to --debug as the main thread's is.
    expect(result.stderr.match(/debug: git .*cat-file --batch --buffer/g)?.length).toBe(2);
    expect(report.scan.blobsScanned).toBe(blobs);
    expect(report.scan.skipped).toEqual([]);
    // Each secret once, where it was introduced (a secret the next version keeps is the same finding).
    const found = report.findings.map((f) => ({ path: f.path, secret: f.secret, line: f.line, commit: f.commit?.sha }));
    const log = repo.git('log', '--format=%H %s', 'main').trim().split('\n').map((l) => l.split(' '));
    const commitOf = (c: number) => log.find(([, subject]) => subject === `c${c}`)![0];
    expect(found.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [...secrets].map(([c, { path, secret }]) => ({ path, secret, line: 43, commit: commitOf(c) })).sort((a, b) => a.path.localeCompare(b.path)),
    );
  });
});
