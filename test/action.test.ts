/**
 * The GitHub Action, run from its built bundle the way a runner runs it: real repositories with a
 * bare origin, checkouts made like actions/checkout's (one commit deep by default), event payloads,
 * INPUT_* variables, and the output and summary files read back. No network: origin is a file://
 * URL and PagerDuty is a local stand-in.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkout, cleanupTemp, DevRepo, git, tempDir } from './helpers/action-git.js';
import { type ActionRun, INPUT_DEFAULTS, runAction } from './helpers/action-run.js';
import { REPO_ROOT } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { FakePagerDuty, json, pdError } from './helpers/verify-server.js';

const fake = new FakeSecrets(7151);
const ZERO = '0'.repeat(40);

/** Every secret planted anywhere, by name. */
const S = {
  old: fake.restKey(),
  other: fake.restKey(),
  push1: fake.restKey(),
  push2: fake.oauthToken(),
  feat: fake.restKey(),
  force: fake.restKey(),
  pr: fake.restKey(),
  mainLater: fake.restKey(),
  tagOnly: fake.restKey(),
  deep: fake.restKey(),
  localOnly: fake.restKey(),
  queue: fake.restKey(),
};
const env = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;

/** The shas of the story below. */
interface World {
  dev: DevRepo;
  c4: string; // main before the push
  c6: string; // main after the push (push1, push2)
  c7: string; // main later (mainLater)
  f2: string; // feature when first pushed (feat)
  f3: string; // feature after the force push (force)
  p1: string; // the pull request's head (pr)
  merge: string; // refs/pull/1/merge
  longBase: string;
  longTip: string; // 70 commits after longBase; the first adds `deep`
  localOnly: string; // a commit origin never got
  queued: string; // a merge queue's head: the pull request rebased onto main (queue)
}

let w: World;

beforeAll(() => {
  const dev = new DevRepo();
  dev.commit('readme', { 'README.md': '# service\n' });
  dev.commit('old config', { 'old.env': env(S.old) });
  dev.commit('code', { 'src/app.js': 'console.log(1);\n' });
  const c4 = dev.commit('more code', { 'src/app.js': 'console.log(2);\n' });
  dev.push('main');

  dev.git('checkout', '-q', '-b', 'other');
  dev.commit('other work', { 'other.env': env(S.other) });
  dev.push('other');

  dev.git('checkout', '-q', 'main');
  dev.commit('app config', { 'app.env': env(S.push1) });
  const c6 = dev.commit('settings', { 'config/settings.yaml': `pagerduty:\n  token: ${S.push2}\n` });
  dev.push('main');

  // A new branch on top of `other`: only its own commits are new to origin.
  dev.git('checkout', '-q', '-b', 'feature', 'other');
  dev.commit('feature config', { 'feature.env': env(S.feat) });
  const f2 = dev.commit('feature code', { 'src/feature.js': 'export {};\n' });
  dev.push('feature');
  // Then rewritten: f2 replaced by f3.
  dev.git('reset', '-q', '--hard', 'HEAD~1');
  const f3 = dev.commit('feature, again', { 'force.env': env(S.force) });
  dev.push('--force', 'feature');

  // A pull request from `pr` into main, while main moves on.
  dev.git('checkout', '-q', '-b', 'pr', c6);
  const p1 = dev.commit('pr config', { 'pr.env': env(S.pr) });
  dev.push('pr');
  dev.git('checkout', '-q', 'main');
  const c7 = dev.commit('later config', { 'main-later.env': env(S.mainLater) });
  dev.push('main');
  dev.git('checkout', '-q', '--detach', c7);
  dev.git('merge', '-q', '--no-ff', '-m', 'Merge pr into main', p1);
  const merge = dev.sha('HEAD');
  dev.push(`${p1}:refs/pull/1/head`, `${merge}:refs/pull/1/merge`);

  // A tag on a commit no branch has.
  dev.git('checkout', '-q', '--detach', c4);
  dev.commit('release-only file', { 'release.env': env(S.tagOnly) });
  dev.git('tag', 'v0-orphan');
  dev.push('v0-orphan');

  // A long push: the secret is 70 commits below the tip (deeper than the first deepening step).
  dev.git('checkout', '-q', '-b', 'long', c7);
  const longBase = c7;
  dev.commit('deep config', { 'deep.env': env(S.deep) });
  const longTip = dev.commitMany(Array.from({ length: 69 }, (_, i) => ({ message: `step ${i}`, files: { 'steps.txt': `${i}\n` } })));
  dev.push('long');

  // A merge queue's branch: a pull request's change on top of main.
  dev.git('checkout', '-q', '-b', 'gh-readonly-queue/main/pr-2', c7);
  const queued = dev.commit('queued change', { 'queue.env': env(S.queue) });
  dev.push('gh-readonly-queue/main/pr-2');

  // A commit that never reaches origin.
  dev.git('checkout', '-q', '-b', 'local-only', c4);
  const localOnly = dev.commit('local only', { 'local.env': env(S.localOnly) });
  dev.git('checkout', '-q', 'main');

  w = { dev, c4, c6, c7, f2, f3, p1, merge, longBase, longTip, localOnly, queued };
});

afterAll(() => cleanupTemp());

const servers: FakePagerDuty[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Which planted secrets a run reported, by their SARIF results' files. */
function reportedFiles(run: ActionRun): string[] {
  expect(run.sarif).not.toBeNull();
  const log = JSON.parse(run.sarif!) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  return log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
}

/** No secret, whole, anywhere the Action writes. */
function expectNoSecrets(run: ActionRun): void {
  const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), run.sarif ?? ''].join('\n');
  for (const [name, secret] of Object.entries(S)) {
    expect(everything.includes(secret), `secret '${name}' leaked`).toBe(false);
  }
}

const push = (before: string, after: string, extra: Record<string, unknown> = {}) => ({
  ref: 'refs/heads/main',
  before,
  after,
  created: before === ZERO,
  deleted: false,
  forced: false,
  ...extra,
});

describe('mode: auto on push', () => {
  it('scans before..after only, deepening the one-commit checkout to reach before', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    expect(git(workspace, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6) });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(['app.env', 'config/settings.yaml']);
    expect(run.outputs).toMatchObject({ findings: '2', live: '0', 'sarif-file': join(workspace, 'pdguard.sarif') });
    // One annotation per finding, on the right file and line, then the failure.
    const files = run.annotations.filter((a) => a.properties.file).map((a) => `${a.level} ${a.properties.file}:${a.properties.line}`);
    expect(files.sort()).toEqual(['error app.env:1', 'error config/settings.yaml:2']);
    expect(run.stdout).toMatch(/^::error title=PagerDuty REST API key \(pagerduty-rest-api-key\),file=app\.env,line=1,endLine=1,col=17,endColumn=37::PagerDuty REST API key found in app\.env at line 1, column 17: /m);
    expect(run.annotations.at(-1)).toMatchObject({ level: 'error', properties: {} });
    expect(run.annotations.at(-1)!.message).toMatch(/^pdguard: 2 unsuppressed findings \(fail-on: any\)/);
    // The summary says what was scanned and has a row per finding.
    expect(run.summary).toContain(`push to main: the commits ${w.c4.slice(0, 12)}..${w.c6.slice(0, 12)} (2 commits`);
    expect(run.summary.match(/<tr><td>/g)).toHaveLength(2);
    expect(run.summary).toContain('<code>app.env:1</code>');
    expect(run.summary).toContain(`<code>${w.c6.slice(0, 12)}</code>`);
    expect(run.summary).toContain('not checked');
    expectNoSecrets(run);
  });

  it('deepens as far as a long push needs', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'long', sha: w.longTip } });
    const run = await runAction({ workspace, event: 'push', payload: push(w.longBase, w.longTip, { ref: 'refs/heads/long' }) });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(['deep.env']);
    expect(run.summary).toContain('(70 commits');
    expect(run.stdout).toContain('--deepen=1000');
    expectNoSecrets(run);
  });

  it('scans the same commits from a full clone without fetching deeper', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 }, depth: 0 });
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6) });
    expect(run.code).toBe(1);
    expect(reportedFiles(run)).toEqual(['app.env', 'config/settings.yaml']);
    expect(run.stdout).not.toContain('--deepen');
  });

  it('on a new branch, scans only the commits no other branch on origin has', async () => {
    for (const depth of [1, 0]) {
      const workspace = checkout(w.dev.url, { ref: { branch: 'feature', sha: w.f3 }, depth });
      const run = await runAction({ workspace, event: 'push', payload: push(ZERO, w.f3, { ref: 'refs/heads/feature', created: true }) });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      // feature.env and force.env are only on feature; other.env is on `other`, old.env on main.
      expect(reportedFiles(run)).toEqual(['feature.env', 'force.env']);
      expect(run.summary).toContain(`new branch feature: the commits of ${w.f3.slice(0, 12)} that no other branch on origin has (2 commits`);
      expectNoSecrets(run);
    }
  });

  it('after a force push, scans what origin did not have (less what the old tip had, when it can be fetched)', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'feature', sha: w.f3 } });
    const forced = push(w.f2, w.f3, { ref: 'refs/heads/feature', forced: true });
    const run = await runAction({ workspace, event: 'push', payload: forced });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // f2, the old tip, is still on origin: feature.env was there already.
    expect(reportedFiles(run)).toEqual(['force.env']);
    expect(run.summary).toContain('force push to feature');

    // The old tip is gone for good: everything on no other branch.
    const gone = 'deadbeef'.repeat(5);
    const again = await runAction({ workspace: checkout(w.dev.url, { ref: { branch: 'feature', sha: w.f3 } }), event: 'push', payload: { ...forced, before: gone } });
    expect(again.code).toBe(1);
    expect(reportedFiles(again)).toEqual(['feature.env', 'force.env']);

    // Not flagged forced, but the old tip is not an ancestor: treated the same way.
    const unflagged = await runAction({ workspace: checkout(w.dev.url, { ref: { branch: 'feature', sha: w.f3 } }), event: 'push', payload: { ...forced, forced: false } });
    expect(reportedFiles(unflagged)).toEqual(['force.env']);
    expectNoSecrets(run);
    expectNoSecrets(again);
  });

  it('fails with the fetch-depth: 0 hint when a shallow checkout cannot be deepened', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    git(workspace, ['remote', 'set-url', 'origin', `${w.dev.url}-gone`]);
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6) });
    expect(run.code).not.toBe(0);
    const failure = run.annotations.at(-1)!;
    expect(failure.level).toBe('error');
    expect(failure.message).toMatch(/^pdguard: push to main: .*: the range reaches past the history of this shallow clone and fetching more from origin failed; run `git fetch --unshallow` \(in GitHub Actions: actions\/checkout with fetch-depth: 0\)$/);
    expect(run.outputs.findings).toBeUndefined();
    expect(run.summary).toContain('fetch-depth: 0');
  });

  it('reports nothing for a deleted branch', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const run = await runAction({ workspace, event: 'push', payload: { ...push(w.c6, ZERO), deleted: true } });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(reportedFiles(run)).toEqual([]);
  });
});

describe('mode: auto on pull_request', () => {
  const event = (base: string, head: string, number = 1) => ({
    action: 'synchronize',
    number,
    pull_request: { number, base: { ref: 'main', sha: base }, head: { ref: 'pr', sha: head } },
  });

  it("scans the pull request's commits (base..head) from the one-commit merge checkout", async () => {
    const workspace = checkout(w.dev.url, { ref: { pull: 1, sha: w.merge } });
    for (const name of ['pull_request', 'pull_request_target']) {
      const run = await runAction({ workspace, event: name, payload: event(w.c7, w.p1) });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(reportedFiles(run)).toEqual(['pr.env']);
      expect(run.annotations.filter((a) => a.properties.file).map((a) => a.properties.file)).toEqual(['pr.env']);
      expect(run.summary).toContain(`pull request #1: the commits ${w.c7.slice(0, 12)}..${w.p1.slice(0, 12)} (1 commit`);
      expectNoSecrets(run);
    }
  });

  it('scans what a merge group adds (base..head)', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'gh-readonly-queue/main/pr-2', sha: w.queued } });
    const payload = { merge_group: { base_sha: w.c7, head_sha: w.queued, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-2' } };
    const run = await runAction({ workspace, event: 'merge_group', payload });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(['queue.env']);
    expect(run.summary).toContain(`merge group: the commits ${w.c7.slice(0, 12)}..${w.queued.slice(0, 12)} (1 commit`);
  });

  // A merge in the range must not "add" what its other parent (the base branch) already had.
  it('does not report what a merge commit brings in from the base branch', async () => {
    const workspace = checkout(w.dev.url, { ref: { pull: 1, sha: w.merge } });
    const run = await runAction({ workspace, event: 'merge_group', payload: { merge_group: { base_sha: w.c7, head_sha: w.merge } } });
    expect(reportedFiles(run)).toEqual(['pr.env']);
  });

  it('fails with the fetch-depth: 0 hint when the base cannot be fetched', async () => {
    const workspace = checkout(w.dev.url, { ref: { pull: 1, sha: w.merge } });
    const run = await runAction({ workspace, event: 'pull_request', payload: event(w.localOnly, w.p1, 2) });
    expect(run.code).not.toBe(0);
    const failure = run.annotations.at(-1)!;
    expect(failure.message).toContain(`pdguard: the pull request #2 base commit ${w.localOnly.slice(0, 12)} is not in this checkout and could not be fetched from origin`);
    expect(failure.message).toContain('actions/checkout with fetch-depth: 0');
    expect(run.sarif).toBeNull();
    expectNoSecrets(run);
  });
});

describe('the whole history', () => {
  const everything = ['app.env', 'config/settings.yaml', 'deep.env', 'feature.env', 'force.env', 'main-later.env', 'old.env', 'other.env', 'pr.env', 'queue.env', 'release.env'];

  it('on schedule, unshallows the checkout and scans every branch and tag', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c7 } });
    const run = await runAction({ workspace, event: 'schedule', payload: { schedule: '17 3 * * 1' } });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(everything);
    expect(git(workspace, ['rev-parse', '--is-shallow-repository'])).toBe('false');
    expect(run.summary).toContain('the whole history: every branch and tag of origin (the schedule event)');
    expect(run.outputs.findings).toBe(String(everything.length));
    expectNoSecrets(run);
  });

  it('with mode: history, whatever the event', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { mode: 'history', 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(reportedFiles(run)).toEqual(everything);
  });

  it('fails with the hint when a shallow checkout cannot be completed', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c7 } });
    git(workspace, ['remote', 'set-url', 'origin', `${w.dev.url}-gone`]);
    const run = await runAction({ workspace, event: 'workflow_dispatch', payload: {} });
    expect(run.code).not.toBe(0);
    expect(run.annotations.at(-1)!.message).toMatch(/whole history .* is not in this shallow clone .*fetch-depth: 0/);
  });
});

describe('mode: files', () => {
  it('scans the checked-out tree at path, with paths relative to the repository root', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c7 } });
    const all = await runAction({ workspace, event: 'push', payload: push(w.c6, w.c7), inputs: { mode: 'files' } });
    expect(all.code).toBe(1);
    expect(reportedFiles(all)).toEqual(['app.env', 'config/settings.yaml', 'main-later.env', 'old.env']);
    expect(all.summary).toContain('the files in . (');
    expect(all.summary).toMatch(/<td>—<\/td>/); // no commit in a files scan

    const sub = await runAction({ workspace, event: 'push', payload: push(w.c6, w.c7), inputs: { mode: 'files', path: 'config' } });
    expect(sub.code).toBe(1);
    expect(reportedFiles(sub)).toEqual(['config/settings.yaml']);
    expect(sub.annotations[0]!.properties).toMatchObject({ file: 'config/settings.yaml', line: '2' });
    expectNoSecrets(all);
    expectNoSecrets(sub);
  });

  it('fails on an incomplete scan whatever fail-on says, and still reports what it found', async () => {
    const workspace = tempDir('pdguard-tree-');
    writeFileSync(join(workspace, 'found.env'), env(S.push1));
    writeFileSync(join(workspace, 'locked.env'), env(S.push2));
    chmodSync(workspace, 0o777);
    chmodSync(join(workspace, 'locked.env'), 0o000);
    // Root reads everything: run as nobody there, so that permissions mean what they say.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runAction({ workspace, event: 'workflow_dispatch', inputs: { mode: 'files', 'fail-on': 'never' }, ...asUser });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(['found.env']);
    expect(run.outputs.findings).toBe('1');
    expect(run.annotations.at(-1)!.message).toBe(
      'pdguard: the scan is incomplete: 1 path could not be read (locked.env), so credentials there were not looked for; make them readable or leave them out with --exclude in the args input (it also found 1 finding)',
    );
    expect(run.summary).toContain('The scan is incomplete:');
    expect(JSON.parse(run.sarif!).runs[0].invocations[0].executionSuccessful).toBe(false);
    expectNoSecrets(run);
  });

  it('honours args as the CLI does (--exclude, --include, --config, --baseline)', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c7 } });
    const excluded = await runAction({ workspace, event: 'push', inputs: { mode: 'files', args: `--exclude 'config/**' --exclude "*.env"` } });
    expect(excluded.code).toBe(0);
    expect(excluded.outputs.findings).toBe('0');

    const included = await runAction({ workspace, event: 'push', inputs: { mode: 'files', args: '--include old.env' } });
    expect(reportedFiles(included)).toEqual(['old.env']);

    // A baseline written by the CLI's format: the old finding accepted, later ones reported.
    const log = JSON.parse(included.sarif!) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    const fingerprint = log.runs[0]!.results[0]!.partialFingerprints['pdguard/v1']!;
    const runner = tempDir();
    const baseline = join(runner, 'baseline.json');
    writeFileSync(baseline, JSON.stringify({ version: 1, findings: [{ fingerprint, secretHash: 'x', ruleId: 'pagerduty-rest-api-key', path: 'old.env', line: 1 }] }));
    const based = await runAction({ workspace, event: 'push', inputs: { mode: 'files', args: `--baseline ${baseline}` } });
    expect(reportedFiles(based)).toEqual(['app.env', 'config/settings.yaml', 'main-later.env']);
    expect(based.summary).toContain('1 suppressed');

    const config = join(runner, 'pdguard.yaml');
    writeFileSync(config, "exclude:\n  - 'config/**'\n  - old.env\n");
    const configured = await runAction({ workspace, event: 'push', inputs: { mode: 'files', args: `--config ${config}` } });
    expect(reportedFiles(configured)).toEqual(['app.env', 'main-later.env']);
  });
});

describe('fail-on and verify', () => {
  async function pagerDuty(live: string[]): Promise<Record<string, string>> {
    const answer = (request: { authorization: string | undefined }) =>
      live.some((secret) => request.authorization?.endsWith(secret)) ? json(200, { user: { id: 'PABC123' } }) : pdError(401, 'Unauthorized', 2006);
    const us = await FakePagerDuty.start(answer);
    const eu = await FakePagerDuty.start(answer);
    servers.push(us, eu);
    return { PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url };
  }

  it('never: reports without failing', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('2');
    expect(run.annotations.filter((a) => a.properties.file)).toHaveLength(2);
    expect(run.stdout).not.toMatch(/^::error::/m);
  });

  it('live: fails only on a credential the API accepts', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const deadEnv = await pagerDuty([]);
    const dead = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { 'fail-on': 'live' }, env: deadEnv });
    expect(dead.code, dead.stdout + dead.stderr).toBe(0);
    expect(dead.outputs).toMatchObject({ findings: '2', live: '0' });
    expect(dead.summary).toContain('<td>dead</td>');

    const liveEnv = await pagerDuty([S.push1]);
    const live = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { 'fail-on': 'live' }, env: liveEnv });
    expect(live.code).toBe(1);
    expect(live.outputs).toMatchObject({ findings: '2', live: '1' });
    expect(live.annotations[0]).toMatchObject({ level: 'error', properties: { file: 'app.env', title: 'LIVE PagerDuty REST API key (pagerduty-rest-api-key)' } });
    expect(live.annotations.at(-1)!.message).toMatch(/^pdguard: 1 credential verified live \(fail-on: live\)/);
    expect(live.summary).toContain('<strong>live</strong>');
    expectNoSecrets(dead);
    expectNoSecrets(live);
  });

  it('verify: true with fail-on: any, base URLs from args', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const urls = await pagerDuty([S.push1]);
    const run = await runAction({
      workspace,
      event: 'push',
      payload: push(w.c4, w.c6),
      inputs: { verify: 'true', args: `--api-url ${urls.PDGUARD_API_URL} --api-url-eu ${urls.PDGUARD_API_URL_EU}` },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', live: '1' });
    expectNoSecrets(run);
  });
});

describe('reports', () => {
  it('writes a valid SARIF report where sarif-file says, redacted', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { 'sarif-file': 'reports/pdguard.sarif' } });
    expect(run.outputs['sarif-file']).toBe(join(workspace, 'reports', 'pdguard.sarif'));
    const log = JSON.parse(readFileSync(join(workspace, 'reports', 'pdguard.sarif'), 'utf8')) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(['pagerduty-oauth-token', 'pagerduty-rest-api-key']);
    expect(log.runs[0]!.results.every((r) => r.message.text.includes('…'))).toBe(true);
    expect(run.summary).toContain('SARIF report: <code>reports/pdguard.sarif</code>');
    expectNoSecrets(run);
  });

  it('refuses args that make no sense in the Action, with one clear error', async () => {
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const cases: [string, RegExp][] = [
      ['--show-secrets', /cannot take --show-secrets: the Action never prints secrets/],
      ['--range a..b', /cannot take --range: the Action picks the commits from the event/],
      ['--format json', /cannot take --format/],
      ['--output x.json', /cannot take --output/],
      ['--fail-on never', /cannot take --fail-on never: use the fail-on input \(fail-on: never\)/],
      ['src', /cannot take a path \('src'\): use the path input/],
      ['--no-gitignore', /--no-gitignore: it applies to mode: files only/],
      ['--fromat sarif', /unknown option --fromat/],
      ['--exclude "unterminated', /unterminated double quote/],
      // A verification cache the repository could plant (a live key written down as dead).
      ['--verify --verify-cache .pdguard-verify.json', /--verify-cache \.pdguard-verify\.json is in the workspace, where the repository could plant one/],
    ];
    for (const [args, message] of cases) {
      const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { args } });
      expect(run.code, args).not.toBe(0);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors, args).toHaveLength(1);
      expect(errors[0]!.message, args).toMatch(message);
    }
    const bad = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), inputs: { 'fail-on': 'sometimes' } });
    expect(bad.code).not.toBe(0);
    expect(bad.annotations.at(-1)!.message).toBe("pdguard: the fail-on input must be one of any, live, never (got 'sometimes')");
  });
});

describe('action.yml', () => {
  it('declares the inputs and outputs of the contract and runs the committed bundle on node24', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      name: string;
      description: string;
      author: string;
      branding: { icon: string; color: string };
      inputs: Record<string, { description: string; default?: string; required?: boolean }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    expect(action.name).toBe('pdguard');
    expect(action.description).toBeTruthy();
    expect(action.author).toBeTruthy();
    expect(action.branding.icon).toBeTruthy();
    expect(Object.keys(action.inputs)).toEqual(['mode', 'path', 'verify', 'fail-on', 'sarif-file', 'args']);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(String(input.default ?? ''), name).toBe(INPUT_DEFAULTS[name]);
      expect(input.required ?? false, name).toBe(false);
      expect(input.description, name).toBeTruthy();
    }
    expect(Object.keys(action.outputs)).toEqual(['findings', 'live', 'sarif-file']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('runs as one self-contained file: no node_modules, no chunks, only its patterns next to it', async () => {
    // The Action's files as a runner has them (the repository at a tag), minus everything else.
    const root = tempDir('pdguard-action-copy-');
    mkdirSync(join(root, 'dist', 'action'), { recursive: true });
    mkdirSync(join(root, 'patterns'));
    copyFileSync(join(REPO_ROOT, 'dist', 'action', 'index.js'), join(root, 'dist', 'action', 'index.js'));
    copyFileSync(join(REPO_ROOT, 'patterns', 'pagerduty.yaml'), join(root, 'patterns', 'pagerduty.yaml'));
    const workspace = checkout(w.dev.url, { ref: { branch: 'main', sha: w.c6 } });
    const run = await runAction({ workspace, event: 'push', payload: push(w.c4, w.c6), action: join(root, 'dist', 'action', 'index.js') });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(reportedFiles(run)).toEqual(['app.env', 'config/settings.yaml']);
    expect(run.stderr).toBe('');
  });
});
