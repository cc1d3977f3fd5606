/**
 * `pdguard history --review-base REV`: a change under review judged by its base, on the command
 * line (GitLab merge requests, any CI): the configuration, baselines and pattern files come from
 * the base commit's objects, never from the work tree the change controls, and pdguard:allow
 * markers the change adds do not count, unless the base opts in. Real repositories, the real CLI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, type JsonReport, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(2424);
const line = (key: string, tail = '') => `PAGERDUTY_TOKEN=${key}${tail}\n`;

async function review(repo: TestRepo, base: string, extra: string[] = []): Promise<{ result: CliResult; report: JsonReport }> {
  const result = await runCli(['history', '--range', `${base}..HEAD`, '--review-base', base, '--format', 'json', '--show-secrets', '--no-cache', ...extra], { cwd: repo.dir, env: gitEnv() });
  try {
    return { result, report: JSON.parse(result.stdout) as JsonReport };
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 200)} ${result.stderr.slice(0, 400)}`);
  }
}

const secrets = (report: JsonReport) => report.findings.map((f) => f.secret).sort();

describe('history --review-base', () => {
  it("a change that excludes its own file, baselines its own key or edits its pattern file is judged by the base's", async () => {
    const repo = TestRepo.init();
    const acme = 'acmetok_abcdefghijklmnopqrstuvwx'.replace('abcdefghijklmnopqrstuvwx', fake.eventsKey().slice(0, 24));
    const patterns = (regex: string) =>
      `version: 1\nrules:\n  - id: acme-token\n    name: ACME token\n    description: d\n    confidence: high\n    severity: high\n    keywords: [acmetok_]\n    patterns:\n      - regex: '${regex}'\n    secret: { min_entropy: 2.0, min_classes: 1 }\n    verify: none\n    remediation: rotate it\n    help_uri: https://example.com\n    examples: ['x = acmetok_{alnum:24}']\n    negative_examples: ['x = acmetok_xxxxxxxxxxxxxxxxxxxxxxxx']\n`;
    const base = repo.commitFiles({ '.pdguard.yaml': 'patterns: [ci/acme.yaml]\n', 'ci/acme.yaml': patterns('acmetok_([a-z0-9]{24})'), 'README.md': 'hi\n' }, 'base');
    const key = fake.restKey();
    // The change: its own key, and every file that could hide it, edited to hide it.
    repo.commitFiles(
      {
        'prod.env': line(key),
        'token.txt': `x = ${acme}\n`,
        '.pdguard.yaml': 'exclude: ["*.txt"]\nbaseline: .pdguard-baseline.json\npatterns: [ci/acme.yaml]\n',
        'ci/acme.yaml': patterns('acmetok_([A-Z]{24})'),
      },
      'the change',
    );
    // ... and its own baseline, recording its own key.
    const written = await runCli(['history', '--range', `${base}..HEAD`, '--write-baseline', '.pdguard-baseline.json', '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(written.code, written.stderr).toBe(0);
    repo.add('.pdguard-baseline.json').commit('baseline');
    // Without --review-base the change judges itself: clean.
    const itself = await runCli(['history', '--range', `${base}..HEAD`, '--format', 'json', '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(itself.code, itself.stderr).toBe(0);

    const { result, report } = await review(repo, base);
    expect(result.code, result.stderr).toBe(1);
    expect(secrets(report)).toEqual([acme.slice('acmetok_'.length), key].sort());
    expect(result.stderr).toContain(`configuration: .pdguard.yaml as in the base commit ${base.slice(0, 12)}`);
    expect(result.stderr).toContain(`patterns: ci/acme.yaml as in the base commit ${base.slice(0, 12)}`);
    // --quiet: no notes.
    expect((await review(repo, base, ['--quiet'])).result.stderr).toBe('');
  });

  it('a pdguard:allow marker the change adds does not count, unless the base opts in; one the base has keeps working', async () => {
    const repo = TestRepo.init();
    const old = fake.restKey();
    const base = repo.commitFiles({ 'old.env': line(old, '  # pdguard:allow fixture'), 'README.md': 'hi\n' }, 'base');
    const key = fake.restKey();
    repo.commitFiles({ 'new.env': line(key, '  # pdguard:allow trust me'), 'README.md': 'hi again\n' }, 'the change');
    const refused = await review(repo, base);
    expect(refused.result.code).toBe(1);
    expect(secrets(refused.report)).toEqual([key]);

    // The base opts in: the change's marker counts (and the base's marker always did).
    const optIn = TestRepo.init();
    const base2 = optIn.commitFiles({ '.pdguard.yaml': 'inline-allow-in-pull-requests: true\n', 'README.md': 'hi\n' }, 'base');
    optIn.commitFiles({ 'new.env': line(fake.restKey(), '  # pdguard:allow reviewed') }, 'the change');
    const honoured = await review(optIn, base2);
    expect(honoured.result.code, honoured.result.stderr).toBe(0);
    expect(honoured.report.summary.suppressed).toBe(1);
  });

  it('without a range it reviews what HEAD adds to the base, not every ref', async () => {
    const repo = TestRepo.init();
    const old = fake.restKey();
    const base = repo.commitFiles({ 'old.env': line(old) }, 'base, with an old key');
    const key = fake.restKey();
    repo.commitFiles({ 'new.env': line(key) }, 'the change');
    const result = await runCli(['history', '--review-base', base, '--format', 'json', '--show-secrets', '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport & { scan: { revisions?: string } };
    expect(secrets(report)).toEqual([key]);
    expect(report.scan.revisions).toBe(`${base}..HEAD`);
  });

  it('a base that is not a commit is one line, exit 2; and it writes no baseline', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hi\n' }, 'base');
    const bad = await runCli(['history', '--review-base', 'no-such-rev'], { cwd: repo.dir, env: gitEnv() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pdguard: --review-base 'no-such-rev' is not a commit[^\n]*\n$/);
    const writing = await runCli(['history', '--review-base', 'HEAD', '--write-baseline', 'b.json'], { cwd: repo.dir, env: gitEnv() });
    expect(writing.code).toBe(2);
    expect(writing.stderr).toMatch(/writes no baseline/);
  });
});
