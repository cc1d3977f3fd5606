/**
 * `pdguard pre-push` fed git's pre-push lines, on a real repository with a bare remote: only the
 * commits being pushed are scanned.
 */
import { symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, type JsonReport, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, ZERO_SHA, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(1618);
const leak = () => fake.restKey();
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;

type Report = JsonReport & { findings: (JsonReport['findings'][number] & { commit?: { sha: string } })[]; scan: { revisions?: string } };

function runPrePush(repo: TestRepo, input: string, options: { args?: string[]; env?: Record<string, string> } = {}): Promise<CliResult> {
  // As git runs the hook: the remote's name and the URL it pushes to.
  return runCli(['pre-push', '--format', 'json', '--show-secrets', ...(options.args ?? ['origin', originUrl(repo)])], {
    cwd: repo.dir,
    input,
    env: { ...gitEnv(), ...options.env },
  });
}

function originUrl(repo: TestRepo): string {
  const url = repo.tryGit('remote', 'get-url', 'origin');
  return url.status === 0 ? url.stdout.trim() : repo.url();
}

async function prePush(repo: TestRepo, input: string, options: { args?: string[]; env?: Record<string, string> } = {}): Promise<{ result: CliResult; report: Report }> {
  const result = await runPrePush(repo, input, options);
  let report: Report;
  try {
    report = JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
  return { result, report };
}

const found = (report: Report) => report.findings.map((f) => [f.secret, f.commit?.sha]).sort();

/**
 * main: A (pushed, leaks keys.a) ← B (not pushed, leaks keys.b)
 * feature, from A: C (not pushed, leaks keys.c)
 */
function pushScenario() {
  const repo = TestRepo.init();
  const keys = { a: leak(), b: leak(), c: leak() };
  const a = repo.commitFiles({ 'a.env': line(keys.a) }, 'A');
  repo.addBareRemote('origin');
  expect(repo.rev('origin/main')).toBe(a);
  const b = repo.commitFiles({ 'b.env': line(keys.b) }, 'B');
  repo.checkout('feature', { create: true });
  repo.git('reset', '-q', '--hard', a);
  const c = repo.commitFiles({ 'c.env': line(keys.c) }, 'C');
  repo.checkout('main');
  return { repo, keys, a, b, c };
}

describe('pre-push', () => {
  it('an existing branch: only the commits between the remote and the local sha', async () => {
    const { repo, keys, a, b } = pushScenario();
    const { result, report } = await prePush(repo, `refs/heads/main ${b} refs/heads/main ${a}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/push blocked/);
    expect(report.scan).toMatchObject({ mode: 'pre-push', commitsScanned: 1 });
    expect(found(report)).toEqual([[keys.b, b]]);
    expect(report.findings[0]).toMatchObject({ path: 'b.env', line: 1 });
  });

  it('a new branch: only the commits no remote-tracking ref has', async () => {
    const { repo, keys, c } = pushScenario();
    const { result, report } = await prePush(repo, `refs/heads/feature ${c} refs/heads/feature ${ZERO_SHA}\n`);
    expect(result.code).toBe(1);
    expect(report.scan.commitsScanned).toBe(1);
    expect(found(report)).toEqual([[keys.c, c]]);
  });

  it("the remote's sha bounds the scan even without remote-tracking refs", async () => {
    const { repo, keys, a, b } = pushScenario();
    repo.git('update-ref', '-d', 'refs/remotes/origin/main');
    const { report } = await prePush(repo, `refs/heads/main ${b} refs/heads/main ${a}\n`);
    expect(found(report)).toEqual([[keys.b, b]]);
  });

  it('a remote sha this repository does not have (a force push without a fetch) is bounded by the remote-tracking refs', async () => {
    const { repo, keys, b } = pushScenario();
    const { report } = await prePush(repo, `refs/heads/main ${b} refs/heads/main ${'ab'.repeat(20)}\n`);
    expect(found(report)).toEqual([[keys.b, b]]);
  });

  it('a deletion scans nothing and passes', async () => {
    const { repo } = pushScenario();
    const { result, report } = await prePush(repo, `(delete) ${ZERO_SHA} refs/heads/old ${repo.rev('origin/main')}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(report.scan).toMatchObject({ commitsScanned: 0, blobsScanned: 0 });
    expect(report.findings).toEqual([]);
  });

  it('nothing to push (no lines) is exit 0', async () => {
    const { repo } = pushScenario();
    const { result, report } = await prePush(repo, '');
    expect(result.code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('several refs in one push, a deletion among them', async () => {
    const { repo, keys, a, b, c } = pushScenario();
    const input = [
      `refs/heads/main ${b} refs/heads/main ${a}`,
      `(delete) ${ZERO_SHA} refs/heads/gone ${a}`,
      `refs/heads/feature ${c} refs/heads/feature ${ZERO_SHA}`,
      '',
    ].join('\n');
    const { result, report } = await prePush(repo, input);
    expect(result.code).toBe(1);
    expect(report.scan.commitsScanned).toBe(2);
    expect(found(report)).toEqual([[keys.b, b], [keys.c, c]].sort());
  });

  it('a key pushed with pdguard:allow in one commit and without it in the next is blocked at the next', async () => {
    const { repo, a } = pushScenario();
    repo.checkout('marked', { create: true });
    repo.git('reset', '-q', '--hard', a);
    const key = leak();
    repo.commitFiles({ 'app.env': `PAGERDUTY_TOKEN=${key} # pdguard:allow\n` }, 'allowed');
    const dropped = repo.commitFiles({ 'app.env': line(key) }, 'marker dropped');
    const { result, report } = await prePush(repo, `refs/heads/marked ${dropped} refs/heads/marked ${ZERO_SHA}\n`);
    expect(result.code, result.stderr).toBe(1);
    expect(found(report)).toEqual([[key, dropped]]);
  });

  it("a pushed symbolic link whose target is a token is blocked, at the link's path", async () => {
    const { repo, a } = pushScenario();
    repo.checkout('linked', { create: true });
    repo.git('reset', '-q', '--hard', a);
    const token = fake.oauthToken();
    symlinkSync(token, repo.path('creds'));
    const linked = repo.commit('a link');
    const { result, report } = await prePush(repo, `refs/heads/linked ${linked} refs/heads/linked ${ZERO_SHA}\n`);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.secret, f.commit?.sha])).toEqual([['creds', token, linked]]);
  });

  it('a clean push passes, and a secret pushed earlier is not reported again', async () => {
    const { repo, a } = pushScenario();
    repo.checkout('clean', { create: true });
    repo.git('reset', '-q', '--hard', a);
    const d = repo.commitFiles({ 'README.md': 'docs\n' }, 'D');
    const { result, report } = await prePush(repo, `refs/heads/clean ${d} refs/heads/clean ${ZERO_SHA}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(report.scan.commitsScanned).toBe(1);
    expect(report.findings).toEqual([]);
  });

  it('a new annotated tag: the commits it brings that the remote lacks', async () => {
    const { repo, keys, a, b } = pushScenario();
    repo.tag('v2', { message: 'two', target: b });
    repo.tag('v1', { message: 'one', target: a });
    const v2 = repo.git('rev-parse', 'refs/tags/v2').trim();
    const v1 = repo.git('rev-parse', 'refs/tags/v1').trim();
    expect(v2).not.toBe(b); // the tag object, as git passes it
    const leaking = await prePush(repo, `refs/tags/v2 ${v2} refs/tags/v2 ${ZERO_SHA}\n`);
    expect(found(leaking.report)).toEqual([[keys.b, b]]);
    const clean = await prePush(repo, `refs/tags/v1 ${v1} refs/tags/v1 ${ZERO_SHA}\n`);
    expect(clean.result.code).toBe(0);
    expect(clean.report.scan.commitsScanned).toBe(0);
  });

  it('the first push to an empty remote scans every commit', async () => {
    const repo = TestRepo.init();
    const keys = [leak(), leak()];
    const shas = keys.map((key, i) => repo.commitFiles({ [`k${i}.env`]: line(key) }, `commit ${i}`));
    repo.addBareRemote('origin', { push: false });
    const { report } = await prePush(repo, `refs/heads/main ${shas[1]} refs/heads/main ${ZERO_SHA}\n`);
    expect(found(report)).toEqual(keys.map((key, i) => [key, shas[i]]).sort());
  });

  it('a malformed line is exit 2 with one line', async () => {
    const { repo, b } = pushScenario();
    for (const input of ['refs/heads/main\n', `refs/heads/main ${b} refs/heads/main not-a-sha\n`, 'hello world\n']) {
      const result = await runPrePush(repo, input);
      expect(result.code, input).toBe(2);
      expect(result.stderr, input).toMatch(/^pdguard: [^\n]*pre-push line[^\n]*\n$/);
      expect(result.stdout).toBe('');
    }
  });

  it("honours the pre-commit framework's environment (PRE_COMMIT_FROM_REF, PRE_COMMIT_TO_REF)", async () => {
    const { repo, keys, a, b } = pushScenario();
    const env = {
      PRE_COMMIT_FROM_REF: a,
      PRE_COMMIT_TO_REF: b,
      PRE_COMMIT_REMOTE_NAME: 'origin',
      PRE_COMMIT_REMOTE_URL: originUrl(repo),
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main',
    };
    // pre-commit reads git's lines itself: the hook's standard input is empty, and it passes no remote.
    const { result, report } = await prePush(repo, '', { args: [], env });
    expect(result.code).toBe(1);
    expect(found(report)).toEqual([[keys.b, b]]);
  });
});
