/**
 * A pull request cannot switch its own findings off: in the Action, for `pull_request` and
 * `pull_request_target`, `.pdguard.yaml`, baselines and pattern files come from the base commit,
 * never from the change under review, and every report says how many findings each kind of
 * suppression hid. Real repositories, one-commit checkouts as actions/checkout makes them, the
 * built Action run as a runner runs it.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from './helpers/action-run.js';
import { DevRepo, checkout, cleanupTemp, git } from './helpers/action-git.js';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { gitEnv } from './helpers/git.js';
import { FakePagerDuty, json } from './helpers/verify-server.js';

afterAll(() => cleanupTemp());

const fake = new FakeSecrets(6262);
const env = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const BASE_CONFIG = 'exclude:\n  - "fixtures/**"\n';

interface Pr {
  head: string;
  key: string;
}

let dev: DevRepo;
let base: string;
const prs: Record<string, Pr> = {};

/** A branch from the base commit with `files`, pushed to origin as a pull request would be. */
function pullRequest(name: string, key: string, files: Record<string, string>): Pr {
  dev.git('checkout', '-q', '-b', name, base);
  const head = dev.commit(name, files);
  dev.push(name);
  dev.git('checkout', '-q', 'main');
  return { head, key };
}

beforeAll(async () => {
  dev = new DevRepo();
  dev.commit('readme', { 'README.md': '# service\n' });
  base = dev.commit('configuration', { '.pdguard.yaml': BASE_CONFIG, 'src/app.js': 'console.log(1);\n' });
  dev.push('main');

  const k = { exclude: fake.restKey(), allow: fake.restKey(), baseline: fake.restKey(), fixture: fake.restKey(), patterns: fake.restKey() };
  prs.exclude = pullRequest('pr-exclude', k.exclude, { 'leak.env': env(k.exclude), '.pdguard.yaml': `${BASE_CONFIG}  - leak.env\n` });
  prs.allow = pullRequest('pr-allow', k.allow, {
    'leak.env': env(k.allow),
    '.pdguard.yaml': `${BASE_CONFIG}allow:\n  - secretHash: ${sha256(k.allow)}\n    reason: not a secret, says the pull request\n`,
  });
  // A baseline that accepts the pull request's own finding, written by the CLI from the change itself.
  dev.git('checkout', '-q', '-b', 'pr-baseline', base);
  dev.commit('leak', { 'leak.env': env(k.baseline) });
  const written = await runCli(['history', '--range', `${base}..HEAD`, '--write-baseline', '.pdguard-baseline.json'], { cwd: dev.dir, env: gitEnv() });
  expect(written.code, written.stderr).toBe(0);
  prs.baseline = { head: dev.commit('baseline', {}), key: k.baseline };
  dev.push('pr-baseline');
  dev.git('checkout', '-q', 'main');
  prs.fixture = pullRequest('pr-fixture', k.fixture, { 'fixtures/sample.env': env(k.fixture) });
});

const event = (head: string, number = 7) => ({
  action: 'synchronize',
  number,
  pull_request: { number, base: { ref: 'main', sha: base }, head: { ref: 'pr', sha: head } },
});

function prCheckout(pr: Pr, number = 7): string {
  return checkout(dev.url, { ref: { pull: number, sha: pr.head } });
}

interface SarifRun {
  results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  properties: { suppressed: number; suppressedBy?: Record<string, number> };
}
const sarifRun = (run: ActionRun): SarifRun => (JSON.parse(run.sarif!) as { runs: SarifRun[] }).runs[0]!;
const files = (run: ActionRun) => sarifRun(run).results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);

function expectNoSecret(run: ActionRun, key: string): void {
  expect([run.stdout, run.stderr, run.summary, run.sarif ?? ''].join('\n')).not.toContain(key);
}

describe('the Action on a pull request reads its settings from the base commit', () => {
  it('a pull request that excludes its own leak in .pdguard.yaml fails, for both events and mode: files', async () => {
    const workspace = prCheckout(prs.exclude!);
    for (const [name, inputs] of [['pull_request', {}], ['pull_request_target', {}], ['pull_request', { mode: 'files' }]] as const) {
      const run = await runAction({ workspace, event: name, payload: event(prs.exclude!.head), inputs });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(files(run)).toEqual(['leak.env']);
      expect(run.summary).not.toContain('No findings');
      expect(run.stdout).toContain(`configuration: .pdguard.yaml as in the base commit ${base.slice(0, 12)}`);
      expectNoSecret(run, prs.exclude!.key);
    }
  });

  it('the same checkout on a push event uses its own .pdguard.yaml (the exclusion is honoured, and counted)', async () => {
    const workspace = prCheckout(prs.exclude!);
    const run = await runAction({ workspace, event: 'push', inputs: { mode: 'files' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(files(run)).toEqual([]);
    expect(sarifRun(run).properties.suppressedBy).toEqual({ inline: 0, exclude: 1, allow: 0, baseline: 0 });
    expect(run.summary).toContain('1 by excluded path');
  });

  it('a pull request that allows its own secret’s hash fails', async () => {
    const run = await runAction({ workspace: prCheckout(prs.allow!), event: 'pull_request', payload: event(prs.allow!.head) });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(files(run)).toEqual(['leak.env']);
  });

  it('a pull request that commits a baseline accepting its own finding fails', async () => {
    const workspace = prCheckout(prs.baseline!);
    // The checkout's baseline does hide it when trusted (a push): the control.
    const pushed = await runAction({ workspace, event: 'push', inputs: { mode: 'files', args: '--baseline .pdguard-baseline.json' } });
    expect(pushed.code, pushed.stdout + pushed.stderr).toBe(0);
    expect(sarifRun(pushed).properties.suppressedBy).toMatchObject({ baseline: 1 });

    const run = await runAction({ workspace, event: 'pull_request', payload: event(prs.baseline!.head), inputs: { args: '--baseline .pdguard-baseline.json' } });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(files(run)).toEqual(['leak.env']);
    expect(run.stdout).toContain(`baseline: the base commit ${base.slice(0, 12)} has no .pdguard-baseline.json: none`);
  });

  it('the base’s own exclusion applies, and every report counts what it hid', async () => {
    const run = await runAction({ workspace: prCheckout(prs.fixture!), event: 'pull_request', payload: event(prs.fixture!.head) });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(files(run)).toEqual([]);
    expect(sarifRun(run).properties).toMatchObject({ suppressed: 1, suppressedBy: { inline: 0, exclude: 1, allow: 0, baseline: 0 } });
    expect(run.summary).toContain('<strong>Suppressed:</strong> 1 by excluded path');
    expect(run.stdout).toMatch(/0 findings, 1 suppressed \(1 by excluded path\)/);
    expectNoSecret(run, prs.fixture!.key);
  });

  it('fails, never falls back to the change’s settings, when the base commit cannot be had', async () => {
    const workspace = prCheckout(prs.exclude!);
    git(workspace, ['remote', 'set-url', 'origin', `${dev.url}-gone`]);
    const missing = { ...event(prs.exclude!.head), pull_request: { number: 7, base: { sha: 'f'.repeat(40) }, head: { sha: prs.exclude!.head } } };
    const run = await runAction({ workspace, event: 'pull_request', payload: missing, inputs: { mode: 'files' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/base commit ffffffffffff is not in this checkout/);
  });
});

describe('fail-on: live in the Action', () => {
  it('fails the step when a credential was left unchecked (rate limited past the longest wait)', async () => {
    const answer = () => json(429, {}, { 'ratelimit-reset': '600' });
    const [us, eu] = [await FakePagerDuty.start(answer), await FakePagerDuty.start(answer)];
    try {
      const workspace = prCheckout(prs.baseline!);
      const run = await runAction({
        workspace,
        event: 'push',
        inputs: { mode: 'files', 'fail-on': 'live' },
        env: { PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url },
      });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/::error::pdguard: verification incomplete: 1 unchecked/);
      expect(run.summary).toContain('verification incomplete: 1 unchecked');
      expectNoSecret(run, prs.baseline!.key);
    } finally {
      await Promise.all([us.close(), eu.close()]);
    }
  });
});

describe('suppression counts in the CLI’s formats', () => {
  it('JSON scan.suppressed, SARIF run properties, a github notice and the text summary', async () => {
    const workspace = prCheckout(prs.fixture!);
    const [inline, allowed] = [fake.restKey(), fake.restKey()];
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${workspace}/inline.env`, `PAGERDUTY_TOKEN=${inline}  # pdguard:allow test fixture\n`);
    writeFileSync(`${workspace}/allowed.env`, env(allowed));
    writeFileSync(`${workspace}/.pdguard.yaml`, `${BASE_CONFIG}allow:\n  - secretHash: ${sha256(allowed)}\n    reason: revoked\n`);
    const run = (format: string) => runCli(['scan', workspace, '--format', format], { env: gitEnv() });
    const json = JSON.parse((await run('json')).stdout) as { scan: { suppressed: Record<string, number> }; summary: { suppressed: number } };
    expect(json.scan.suppressed).toEqual({ inline: 1, exclude: 1, allow: 1, baseline: 0 });
    expect(json.summary.suppressed).toBe(3);
    const sarif = JSON.parse((await run('sarif')).stdout) as { runs: SarifRun[] };
    expect(sarif.runs[0]!.properties.suppressedBy).toEqual({ inline: 1, exclude: 1, allow: 1, baseline: 0 });
    expect((await run('github')).stdout).toContain('::notice title=pdguard%3A suppressed findings::3 findings suppressed: 1 by pdguard:allow, 1 by excluded path, 1 by allow list.');
    const text = await run('text');
    // Wrapped at 80 columns in a pipe: compare the words.
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('(3 suppressed: 1 by pdguard:allow, 1 by excluded path, 1 by allow list)');
    for (const out of [JSON.stringify(json), JSON.stringify(sarif), text.stdout]) {
      expect(out).not.toContain(inline);
      expect(out).not.toContain(allowed);
    }
  });
});
