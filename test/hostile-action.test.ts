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
import { DevRepo, checkout, cleanupTemp, git, tempDir } from './helpers/action-git.js';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { gitEnv } from './helpers/git.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
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
  it('a pull request that excludes its own leak in .pdguard.yaml fails, for every pull request event and mode: files', async () => {
    const workspace = prCheckout(prs.exclude!);
    const cases = [['pull_request', {}], ['pull_request_target', {}], ['pull_request', { mode: 'files' }], ['pull_request_review', { mode: 'files' }]] as const;
    for (const [name, inputs] of cases) {
      const run = await runAction({ workspace, event: name, payload: event(prs.exclude!.head), inputs });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(files(run)).toEqual(['leak.env']);
      expect(run.summary).not.toContain('No findings');
      expect(run.stdout).toContain(`configuration: .pdguard.yaml as in the base commit ${base.slice(0, 12)}`);
      expectNoSecret(run, prs.exclude!.key);
    }
  });

  it('a workflow_run a pull request triggered is judged by the base it names; an issue_comment on a pull request, which names none, fails', async () => {
    const workspace = prCheckout(prs.exclude!);
    const pr = event(prs.exclude!.head).pull_request;
    const triggered = await runAction({ workspace, event: 'workflow_run', payload: { workflow_run: { event: 'pull_request', pull_requests: [pr] } }, inputs: { mode: 'files' } });
    expect(triggered.code, triggered.stdout + triggered.stderr).toBe(1);
    expect(files(triggered)).toEqual(['leak.env']);
    expect(triggered.stdout).toContain(`configuration: .pdguard.yaml as in the base commit ${base.slice(0, 12)}`);
    for (const payload of [{ workflow_run: { event: 'pull_request', pull_requests: [] } }, { issue: { number: 9, pull_request: { url: 'x' } }, comment: { body: 'scan' } }]) {
      const name = 'workflow_run' in payload ? 'workflow_run' : 'issue_comment';
      const run = await runAction({ workspace, event: name, payload, inputs: { mode: 'files' } });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/::error::pdguard: the (workflow_run|issue_comment) event runs on a pull request's code but does not name its base/);
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

/**
 * Issue 24: everything a pull request's verdict depends on comes from its base commit's objects —
 * the files the base's configuration names too — and a change's own `pdguard:allow` markers never
 * hide its own leak silently.
 */
describe('a change under review, second round', () => {
  const ACME = [
    'version: 1',
    'rules:',
    '  - id: acme-pager-token',
    '    name: ACME pager token',
    '    description: A token of the ACME pager bridge.',
    '    confidence: high',
    '    severity: high',
    '    keywords: [acmepager_]',
    "    patterns:\n      - regex: 'acmepager_([a-z0-9]{24})'",
    '    remediation: Rotate it in the ACME console.',
    '    help_uri: https://example.com/acme',
    '',
  ].join('\n');
  const acmeToken = () => `acmepager_${fake.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}`;
  const EMPTY_BASELINE = '{\n  "version": 1,\n  "findings": []\n}\n';
  const CONFIG = 'baseline: .pdguard-baseline.json\npatterns:\n  - rules/acme.yaml\n';
  const K = {
    baseline: fake.restKey(),
    missing: fake.restKey(),
    acme: acmeToken(),
    doc: fake.restKey(),
    legacy: fake.restKey(),
    old: fake.restKey(),
    same: fake.restKey(),
    next: fake.restKey(),
    replaced: fake.restKey(),
    optin: fake.restKey(),
    sarif: fake.restKey(),
    big: fake.restKey(),
  };

  let r: DevRepo;
  let main: string;
  let optin: string;
  const heads: Record<string, string> = {};

  /** A pull request from `from` with `files` (a function may edit the work tree itself). */
  function pr(name: string, from: string, files: Record<string, string>, edit?: () => void): string {
    r.git('checkout', '-q', '-b', name, from);
    edit?.();
    heads[name] = r.commit(name, files);
    r.push(name);
    r.git('checkout', '-q', 'main');
    return heads[name]!;
  }

  beforeAll(async () => {
    r = new DevRepo();
    main = r.commit('base', {
      '.pdguard.yaml': CONFIG,
      '.pdguard-baseline.json': EMPTY_BASELINE,
      'rules/acme.yaml': ACME,
      'docs/example.env': `# pdguard:allow-next-line documentation example\nPAGERDUTY_TOKEN=${K.doc}\n`,
      'legacy.env': `PAGERDUTY_TOKEN=${K.legacy}\n`,
      'allowed.env': `PAGERDUTY_TOKEN=${K.old}  # pdguard:allow test fixture\nOTHER=1\n`,
      'named/.keep': '',
    });
    r.push('main');
    r.git('checkout', '-q', '-b', 'optin');
    optin = r.commit('opt in', { '.pdguard.yaml': `${CONFIG}inline-allow-in-pull-requests: true\n` });
    r.push('optin');
    r.git('checkout', '-q', 'main');

    // The change writes its own finding into the baseline the base's configuration names.
    r.git('checkout', '-q', '-b', 'pr-baseline', main);
    r.commit('leak', { 'leak.env': env(K.baseline) });
    const written = await runCli(['history', '--range', `${main}..HEAD`, '--write-baseline', '.pdguard-baseline.json'], { cwd: r.dir, env: gitEnv() });
    expect(written.code, written.stderr).toBe(0);
    heads['pr-baseline'] = r.commit('baseline', {});
    r.push('pr-baseline');
    r.git('checkout', '-q', 'main');

    pr('pr-patterns', main, { 'acme.env': `ACME_KEY=${K.acme}\n`, 'rules/acme.yaml': ACME.replace('[a-z0-9]{24}', 'never[0-9]{3}') });
    pr('pr-inline-same', main, { 'inline.env': `PAGERDUTY_TOKEN=${K.same}  # pdguard:allow not a secret, says the change\n` });
    pr('pr-inline-next', main, { 'config/pd.yaml': `pagerduty:\n  # pdguard:allow-next-line\n  token: ${K.next}\n` });
    pr('pr-inline-replace', main, { 'docs/example.env': `# pdguard:allow-next-line documentation example\nPAGERDUTY_TOKEN=${K.replaced}\n` });
    pr('pr-inline-before', main, { 'legacy.env': `# pdguard:allow-next-line\nPAGERDUTY_TOKEN=${K.legacy}\n` });
    pr('pr-inline-keep', main, { 'allowed.env': `PAGERDUTY_TOKEN=${K.old}  # pdguard:allow test fixture\nOTHER=2\n` });
    pr('pr-optin', optin, { 'inline.env': `PAGERDUTY_TOKEN=${K.optin}  # pdguard:allow not a secret, says the change\n` });
  });

  const review = (head: string, baseSha = main) => ({ number: 9, pull_request: { number: 9, base: { ref: 'main', sha: baseSha }, head: { ref: 'pr', sha: head } } });
  const queue = (head: string, baseSha = main) => ({ merge_group: { base_sha: baseSha, head_sha: head, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-9' } });
  const prCheckoutOf = (head: string) => checkout(r.url, { ref: { pull: 9, sha: head } });
  const results = (run: ActionRun) =>
    (JSON.parse(run.sarif!) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: { kind: string; status: string }[] }[] }[] }).runs[0]!
      .results;

  describe('files the base’s configuration names come from the base commit', () => {
    it('a change that adds its own fingerprint to the baseline `.pdguard.yaml` names fails', async () => {
      const workspace = prCheckoutOf(heads['pr-baseline']!);
      for (const inputs of [{}, { mode: 'files' }, { args: '--config .pdguard.yaml' }] as Record<string, string>[]) {
        const run = await runAction({ workspace, event: 'pull_request', payload: review(heads['pr-baseline']!), inputs });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        // mode: files scans the whole tree, where the base's own unallowed legacy.env is too.
        expect(files(run)).toEqual('mode' in inputs ? ['leak.env', 'legacy.env'] : ['leak.env']);
        expect(run.stdout).toContain(`baseline: .pdguard-baseline.json as in the base commit ${main.slice(0, 12)}`);
        expectNoSecret(run, K.baseline);
      }
    });

    it('a change that edits a pattern file `.pdguard.yaml` names so that its token no longer matches fails', async () => {
      const workspace = prCheckoutOf(heads['pr-patterns']!);
      const run = await runAction({ workspace, event: 'pull_request_target', payload: review(heads['pr-patterns']!) });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(files(run)).toEqual(['acme.env']);
      expect(run.stdout).toContain(`patterns: rules/acme.yaml as in the base commit ${main.slice(0, 12)}`);
    });

    it('a file the base does not hold as a regular file (absent, a link) is never read from the change', async () => {
      // The base names a baseline it lacks, and one that is a symbolic link to a file the change controls.
      r.git('checkout', '-q', '-b', 'odd-base', main);
      r.commit('odd base', { '.pdguard.yaml': 'baseline: named/baseline.json\n' });
      const { symlinkSync } = await import('node:fs');
      const missingBase = r.sha('HEAD');
      r.git('checkout', '-q', '-b', 'link-base', main);
      symlinkSync('../pr-baseline.json', `${r.dir}/named/baseline.json`);
      const linkBase = r.commit('link base', { '.pdguard.yaml': 'baseline: named/baseline.json\n' });
      r.push('odd-base', 'link-base');
      r.git('checkout', '-q', 'main');
      for (const baseSha of [missingBase, linkBase]) {
        r.git('checkout', '-q', '-b', `pr-${baseSha.slice(0, 6)}`, baseSha);
        r.commit('leak', { 'leak.env': env(K.missing) });
        // The change brings the file the base names (or the one the base's link points at).
        const written = await runCli(['history', '--range', `${baseSha}..HEAD`, '--write-baseline', 'pr-baseline.json'], { cwd: r.dir, env: gitEnv() });
        expect(written.code, written.stderr).toBe(0);
        if (baseSha === missingBase) {
          const { copyFileSync } = await import('node:fs');
          copyFileSync(`${r.dir}/pr-baseline.json`, `${r.dir}/named/baseline.json`);
        }
        const head = r.commit('baseline', {});
        r.push(`pr-${baseSha.slice(0, 6)}`);
        r.git('checkout', '-q', '-f', 'main');
        const run = await runAction({ workspace: prCheckoutOf(head), event: 'pull_request', payload: review(head, baseSha) });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        expect(files(run)).toEqual(['leak.env']);
        expect(run.stdout).toMatch(new RegExp(`baseline: the base commit ${baseSha.slice(0, 12)} has no( regular file)? named/baseline\\.json`));
      }
    });

    it('a path that leaves the configuration’s folder (../) is refused, not read', async () => {
      r.git('checkout', '-q', '-b', 'escape-base', main);
      const escape = r.commit('escape', { '.pdguard.yaml': 'baseline: ../outside.json\n' });
      r.push('escape-base');
      r.git('checkout', '-q', 'main');
      const run = await runAction({ workspace: prCheckoutOf(escape), event: 'pull_request', payload: review(escape, escape) });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/baseline: '\.\.\/outside\.json' is outside the directory of this configuration/);
    });

    it('keeps no copy of the base’s files in the temporary folder', async () => {
      r.git('checkout', '-q', '-b', 'plain-base', main);
      const plain = r.commit('plain', { '.pdguard.yaml': '' });
      r.push('plain-base');
      r.git('checkout', '-q', 'main');
      const tmp = tempDir('pdguard-runner-tmp-');
      const run = await runAction({
        workspace: prCheckoutOf(plain),
        event: 'pull_request',
        payload: review(plain, plain),
        inputs: { args: '--patterns rules/acme.yaml --config .pdguard.yaml --baseline .pdguard-baseline.json' },
        env: { TMPDIR: tmp },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`patterns: rules/acme.yaml as in the base commit ${plain.slice(0, 12)}`);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(tmp)).toEqual([]);
    });
  });

  describe('merge_group reads its settings from the queue’s base', () => {
    it('a queued change that excludes its own leak in .pdguard.yaml fails', async () => {
      const workspace = checkout(dev.url, { ref: { branch: 'gh-readonly-queue/main/pr-7', sha: prs.exclude!.head } });
      for (const inputs of [{}, { mode: 'files' }] as Record<string, string>[]) {
        const run = await runAction({ workspace, event: 'merge_group', payload: queue(prs.exclude!.head, base), inputs });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        expect(files(run)).toEqual(['leak.env']);
        expect(run.stdout).toContain(`configuration: .pdguard.yaml as in the base commit ${base.slice(0, 12)}`);
      }
    });
  });

  describe('pdguard:allow markers the change adds', () => {
    const refusedMarker = (run: ActionRun, file: string) => {
      const warning = run.annotations.find((a) => a.level === 'warning' && a.properties.file === file);
      expect(warning, run.stdout).toBeDefined();
      expect(warning!.message).toMatch(/pdguard:allow.*added by this change.*not honoured/s);
      expect(run.summary).toMatch(/pdguard:allow markers? (this change adds|added by this change)/);
      const result = results(run).find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === file);
      expect(result?.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', status: 'rejected' })]);
      expect(sarifSchemaErrors(JSON.parse(run.sarif!))).toEqual([]);
    };

    it('are not honoured: a key behind its own marker fails the pull request, the merge group and mode: files', async () => {
      const head = heads['pr-inline-same']!;
      const workspace = prCheckoutOf(head);
      const cases: [string, unknown, Record<string, string>][] = [
        ['pull_request', review(head), {}],
        ['pull_request_target', review(head), {}],
        ['pull_request', review(head), { mode: 'files' }],
        ['merge_group', queue(head), {}],
      ];
      for (const [event, payload, inputs] of cases) {
        const run = await runAction({ workspace, event, payload, inputs });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        // mode: files scans the whole tree, where the base's own unallowed legacy.env is too.
        expect(files(run)).toEqual('mode' in inputs ? ['inline.env', 'legacy.env'] : ['inline.env']);
        refusedMarker(run, 'inline.env');
        expectNoSecret(run, K.same);
      }
    });

    it('allow-next-line, a marker above a key the base already had, and a key swapped in under the base’s marker fail too', async () => {
      for (const [name, file] of [['pr-inline-next', 'config/pd.yaml'], ['pr-inline-before', 'legacy.env'], ['pr-inline-replace', 'docs/example.env']] as const) {
        const head = heads[name]!;
        const run = await runAction({ workspace: prCheckoutOf(head), event: 'pull_request', payload: review(head) });
        expect(run.code, `${name}: ${run.stdout}${run.stderr}`).toBe(1);
        expect(files(run)).toEqual([file]);
        refusedMarker(run, file);
      }
    });

    it('a marker the base already has keeps working, and says nothing', async () => {
      const head = heads['pr-inline-keep']!;
      for (const inputs of [{}, { mode: 'files' }] as Record<string, string>[]) {
        const run = await runAction({ workspace: prCheckoutOf(head), event: 'pull_request', payload: review(head), inputs });
        const own = 'mode' in inputs ? ['legacy.env'] : [];
        expect(files(run)).toEqual(own);
        expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
        expect(run.summary).not.toMatch(/this change adds/);
      }
      // A review event scans the whole history: other branches' markers are not this change's.
      const whole = await runAction({ workspace: prCheckoutOf(head), event: 'pull_request_review', payload: review(head) });
      expect(whole.stdout).toContain('scanning the whole history');
      expect(files(whole)).not.toContain('inline.env');
      expect(whole.annotations.filter((a) => a.properties.title === 'pdguard:allow added by this change')).toEqual([]);
    });

    it('where the base opts in (inline-allow-in-pull-requests), they are honoured and still shown', async () => {
      const head = heads['pr-optin']!;
      const run = await runAction({ workspace: prCheckoutOf(head), event: 'pull_request', payload: review(head, optin) });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.findings).toBe('0');
      const warning = run.annotations.find((a) => a.level === 'warning' && a.properties.file === 'inline.env');
      expect(warning?.message).toMatch(/added by this change.*honoured/s);
      expect(run.summary).toMatch(/pdguard:allow markers? (this change adds|added by this change)/);
      expect(run.summary).toContain('inline.env');
      const result = results(run).find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'inline.env');
      expect(result?.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', status: 'underReview' })]);
      expect(sarifSchemaErrors(JSON.parse(run.sarif!))).toEqual([]);
      expectNoSecret(run, K.optin);
    });
  });

  describe('--max-file-size in args never lets a change hide a key in a large file', () => {
    it('a file or blob left unread for its size makes the scan incomplete: the step fails and names it', async () => {
      const big = `${'# filler line\n'.repeat(400)}PAGERDUTY_TOKEN=${K.big}\n`;
      const head = pr('pr-big', main, { 'big.env': big });
      const workspace = prCheckoutOf(head);
      const cases: [string, unknown, Record<string, string>][] = [
        ['pull_request', review(head), { args: '--max-file-size 1KB' }],
        // (mode: files shares this workspace with the runs before: their report is a large file too.)
        ['pull_request', review(head), { args: '--max-file-size 1KB --exclude pdguard.sarif', mode: 'files' }],
        ['push', { ref: 'refs/heads/pr-big', before: main, after: head }, { args: '--max-file-size 1KB' }],
      ];
      for (const [event, payload, inputs] of cases) {
        const run = await runAction({ workspace, event, payload, inputs });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        expect(run.stdout).toMatch(/::error::pdguard: the scan is incomplete: 1 path could not be read \((big\.env|blob [0-9a-f]{12,}|big\.env \([0-9a-f]{12}\))\)/);
        expect(run.stdout).toMatch(/--max-file-size/);
        expectNoSecret(run, K.big);
      }
      // Without the option the key is found.
      const whole = await runAction({ workspace, event: 'pull_request', payload: review(head) });
      expect(whole.code).toBe(1);
      expect(files(whole)).toEqual(['big.env']);
    });
  });

  describe('the SARIF report is never written through a link the change commits', () => {
    it('a committed pdguard.sarif, or a folder on its way, that links outside the workspace fails the step and writes nothing there', async () => {
      const { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } = await import('node:fs');
      const outside = tempDir('pdguard-outside-');
      writeFileSync(`${outside}/precious.txt`, 'precious\n');
      r.git('checkout', '-q', '-b', 'pr-sarif', main);
      symlinkSync(`${outside}/precious.txt`, `${r.dir}/pdguard.sarif`);
      mkdirSync(`${r.dir}/out`);
      symlinkSync(outside, `${r.dir}/out/reports`);
      const head = r.commit('links', { 'leak.env': env(K.sarif) });
      r.push('pr-sarif');
      r.git('checkout', '-q', '-f', 'main');
      const workspace = prCheckoutOf(head);
      for (const inputs of [{}, { 'sarif-file': 'out/reports/pdguard.sarif' }] as Record<string, string>[]) {
        const run = await runAction({ workspace, event: 'pull_request', payload: review(head), inputs });
        expect(run.code, run.stdout + run.stderr).toBe(1);
        expect(run.stdout).toMatch(/::error::pdguard: .*symbolic link/);
        expect(readFileSync(`${outside}/precious.txt`, 'utf8')).toBe('precious\n');
        expect(readdirSync(outside)).toEqual(['precious.txt']);
      }
    });

    it('a path input that a committed link leads outside the workspace fails the step before any git runs there', async () => {
      const { symlinkSync } = await import('node:fs');
      const elsewhere = tempDir('pdguard-elsewhere-');
      git(elsewhere, ['init', '-q']);
      r.git('checkout', '-q', '-b', 'pr-path', main);
      symlinkSync(elsewhere, `${r.dir}/app`);
      const head = r.commit('a link named app', { 'leak.env': env(K.sarif) });
      r.push('pr-path');
      r.git('checkout', '-q', '-f', 'main');
      const workspace = prCheckoutOf(head);
      const run = await runAction({ workspace, event: 'pull_request', payload: review(head), inputs: { path: 'app' } });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/::error::pdguard: the path input leads outside the workspace/);
      expect(run.stdout).not.toMatch(/git fetch/);
    });
  });
});
