/**
 * `pdguard allow`: the text report prints a short fingerprint on each finding; `allow` writes its
 * entry into `.pdguard.yaml` keeping the file's comments and layout; `--last` allows the findings
 * of the last run in this repository (recorded in its git directory, never a secret).
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv } from './helpers/git.js';

const fake = new FakeSecrets(1103);
const shortFingerprints = (stdout: string): string[] => [...stdout.matchAll(/fingerprint ([0-9a-f]{12})\b/g)].map((m) => m[1]!);

const CONFIG = [
  '# pdguard configuration for this service',
  'exclude:',
  '  - "vendor/**"   # third-party code',
  '',
  '# Known fixtures',
  'allow: []',
  '',
].join('\n');

describe('pdguard allow', () => {
  it('allows a finding by the fingerprint the text report prints, keeping comments and layout', async () => {
    const repo = TestRepo.init();
    const [a, b] = [fake.restKey(), fake.restKey()];
    repo.write('.pdguard.yaml', CONFIG).write('test/fixture.env', `PAGERDUTY_TOKEN=${a}\n`).write('app.env', `PAGERDUTY_TOKEN=${b}\n`);
    const first = await runCli(['scan'], { cwd: repo.dir });
    expect(first.code).toBe(1);
    const fingerprints = shortFingerprints(first.stdout);
    expect(fingerprints).toHaveLength(2);
    const json = await scanJson([repo.dir]);
    const fixture = json.report.findings.find((f) => f.path === 'test/fixture.env')!;
    expect(fingerprints).toContain(fixture.fingerprint.slice(0, 12));

    const allowed = await runCli(['allow', fixture.fingerprint.slice(0, 12), '--reason', 'test fixture, not a real key'], { cwd: repo.dir });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/^allowed 1 finding in \.pdguard\.yaml; commit it/);
    const text = readFileSync(repo.path('.pdguard.yaml'), 'utf8');
    for (const line of ['# pdguard configuration for this service', '  - "vendor/**"   # third-party code', '# Known fixtures']) expect(text).toContain(line);
    // Every other byte as it was: only `allow: []` became the list.
    expect(text).toBe(
      CONFIG.replace(
        'allow: []',
        `allow:\n  # pagerduty-rest-api-key in test/fixture.env\n  - fingerprint: ${fixture.fingerprint}\n    reason: "test fixture, not a real key"`,
      ),
    );

    const after = await scanJson([repo.dir]);
    expect(after.report.findings.map((f) => f.path)).toEqual(['app.env']);
    expect(after.report.summary.suppressed).toBe(1);
    // Twice is once.
    const again = await runCli(['allow', fixture.fingerprint, '--reason', 'again'], { cwd: repo.dir });
    expect(again.stdout).toMatch(/already allows/);
    expect(readFileSync(repo.path('.pdguard.yaml'), 'utf8')).toBe(text);
  });

  it('--last allows what a blocked commit reported, and the record holds no secret', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': '# svc\n' }, 'init');
    const secrets = [fake.restKey(), fake.oauthToken()];
    repo.write('docs/example.md', `PAGERDUTY_TOKEN=${secrets[0]}\ntoken: ${secrets[1]}\n`).add();
    const blocked = await runCli(['staged'], { cwd: repo.dir });
    expect(blocked.code).toBe(1);
    const record = readFileSync(join(repo.dir, '.git', 'pdguard-last-run.json'), 'utf8');
    for (const secret of secrets) expect(record).not.toContain(secret);
    expect(JSON.parse(record).findings).toHaveLength(2);

    const allowed = await runCli(['allow', '--last', '--reason', 'documentation examples'], { cwd: repo.path('docs') });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/allowed 2 findings in \.\.\/\.pdguard\.yaml/);
    repo.add();
    const passes = await runCli(['staged'], { cwd: repo.dir });
    expect(passes.code, passes.stdout).toBe(0);
  });

  it('--last after history allows every place of a renamed key: the next history run is clean', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'old.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` }, 'a key');
    repo.mv('old.env', 'config/new.env');
    repo.commit('rename');
    const env = gitEnv();
    const reported = await runCli(['history'], { cwd: repo.dir, env });
    expect(reported.code, reported.stderr).toBe(1);
    const allowed = await runCli(['allow', '--last', '--reason', 'a revoked key'], { cwd: repo.dir, env });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/^allowed 2 findings/);
    const clean = await runCli(['history', '--no-cache'], { cwd: repo.dir, env });
    expect(clean.code, clean.stdout).toBe(0);
  });

  it('refuses what it cannot do in one line: no reason, an unknown fingerprint, a linked configuration', async () => {
    const repo = TestRepo.init();
    repo.write('a.env', `PAGERDUTY_TOKEN=${fake.restKey()}\n`);
    const one = async (args: string[], message: RegExp) => {
      const result = await runCli(args, { cwd: repo.dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    };
    await one(['allow', 'abcdef012345'], /needs --reason/);
    await one(['allow', '--last', '--reason', 'x'], /no run recorded in this repository yet/);
    await runCli(['scan'], { cwd: repo.dir });
    await one(['allow', 'abcdef012345', '--reason', 'x'], /not among the last run's findings/);
    await one(['allow', 'xyz', '--reason', 'x'], /not a fingerprint/);
    const elsewhere = join(makeTree({ 'victim.yaml': 'exclude: []\n' }), 'victim.yaml');
    symlinkSync(elsewhere, repo.path('.pdguard.yaml'));
    await one(['allow', '--last', '--reason', 'x'], /is a symbolic link; pdguard never writes through one/);
    expect(readFileSync(elsewhere, 'utf8')).toBe('exclude: []\n');
  });

  it('takes a whole fingerprint outside a repository', async () => {
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    const { report } = await scanJson([root]);
    const result = await runCli(['allow', report.findings[0]!.fingerprint, '--reason', 'sample'], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect((await scanJson([root])).result.code).toBe(0);
    writeFileSync(join(root, '.pdguard.yaml'), 'allow: [\n');
    const broken = await runCli(['allow', report.findings[0]!.fingerprint, '--reason', 'sample'], { cwd: root });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid YAML/);
  });
});
