/**
 * `.pdguard.yaml` carries what today needs a flag (baseline, extra pattern files, rule selection),
 * so hooks and CI pick it up; `--enable-rule`/`--disable-rule`; the lookup never climbs above the
 * scanned root or the repository; baselines that do not churn and say what they wrote.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo } from './helpers/git.js';

const fake = new FakeSecrets(1106);
const restLine = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
const ACME = [
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
const ruleIds = (report: { findings: { ruleId: string }[] }) => report.findings.map((f) => f.ruleId).sort();

describe('.pdguard.yaml baseline, patterns and rules', () => {
  it('picks up patterns: and rules.disable: without flags, relative to the configuration', async () => {
    const root = makeTree({
      '.pdguard.yaml': 'patterns: [ci/acme.yaml]\nrules:\n  disable: [pagerduty-oauth-token]\n',
      'ci/acme.yaml': ACME,
      'app/a.txt': `key = ${acmeToken()}\n${restLine()}token: ${fake.oauthToken()}\n`,
    });
    const { result, report } = await scanJson([root]);
    expect(result.code).toBe(1);
    expect(ruleIds(report)).toEqual(['acme-pager-token', 'pagerduty-rest-api-key']);
    // The CLI selects on top: only the rules named, or fewer.
    expect(ruleIds((await scanJson([root, '--enable-rule', 'pagerduty-oauth-token'])).report)).toEqual(['pagerduty-oauth-token']);
    expect(ruleIds((await scanJson([root, '--disable-rule', 'acme-pager-token'])).report)).toEqual(['pagerduty-rest-api-key']);
  });

  it('refuses a rule id that names no rule, and a selection that leaves none', async () => {
    const root = makeTree({ 'a.env': restLine() });
    for (const [args, message] of [
      [['--disable-rule', 'pagerduty-rest-key'], /--disable-rule: no rule has the id 'pagerduty-rest-key'/],
      [['--enable-rule', 'nope'], /--enable-rule: no rule has the id 'nope'/],
      [['--enable-rule', 'pagerduty-rest-api-key', '--disable-rule', 'pagerduty-rest-api-key'], /leaves no rule to run/],
    ] as const) {
      const result = await runCli(['scan', root, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
    writeFileSync(join(root, '.pdguard.yaml'), 'rules: { disable: [typo-rule] }\n');
    const typo = await runCli(['scan', root]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/\.pdguard\.yaml: rules\.disable: no rule has the id 'typo-rule'/);
  });

  it('keeps a discovered configuration to files inside its directory; --config may name any', async () => {
    const outside = makeTree({ 'acme.yaml': ACME });
    const root = makeTree({ '.pdguard.yaml': `patterns: [${join(outside, 'acme.yaml')}]\n`, 'a.txt': `key = ${acmeToken()}\n` });
    const refused = await runCli(['scan', root]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/patterns: '.*acme.yaml' is outside the directory of this configuration/);
    writeFileSync(join(root, '.pdguard.yaml'), 'baseline: ../elsewhere.json\n');
    expect((await runCli(['scan', root])).stderr).toMatch(/baseline: '\.\.\/elsewhere\.json' is outside/);
    const own = join(outside, 'own.yaml');
    writeFileSync(own, 'patterns: [acme.yaml]\n');
    const explicit = await scanJson([root, '--config', own]);
    expect(ruleIds(explicit.report)).toEqual(['acme-pager-token']);
  });

  it('applies the configured baseline in scan and in the hooks, and --write-baseline keeps it whole', async () => {
    const repo = TestRepo.init();
    const [a, b] = [restLine(), restLine()];
    repo.write('config/a.env', a).write('.pdguard.yaml', 'baseline: .pdguard-baseline.json\n');
    const written = await runCli(['scan', repo.dir, '--write-baseline', repo.path('.pdguard-baseline.json')]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`pdguard: wrote 1 finding to ${repo.path('.pdguard-baseline.json')}\n`);
    const first = readFileSync(repo.path('.pdguard-baseline.json'), 'utf8');

    // The configured baseline hides the recorded finding in every mode, without --baseline.
    expect((await scanJson([repo.dir])).report.summary).toMatchObject({ findings: 0, suppressed: 1 });
    repo.add();
    const staged = await runCli(['staged', '--repo', repo.dir, '--format', 'json']);
    expect(staged.code).toBe(0);
    expect(JSON.parse(staged.stdout).summary.suppressed).toBe(1);

    // Lines moved and the baseline re-written over itself: the same bytes, nothing lost to it.
    writeFileSync(repo.path('config/a.env'), `# moved\n\n\n${a}`);
    await runCli(['scan', repo.dir, '--write-baseline', repo.path('.pdguard-baseline.json')]);
    expect(readFileSync(repo.path('.pdguard-baseline.json'), 'utf8')).toBe(first);
    expect(first).not.toMatch(/"line"/);

    writeFileSync(repo.path('config/b.env'), b);
    const fresh = await scanJson([repo.dir]);
    expect(fresh.result.code).toBe(1);
    expect(fresh.report.findings.map((f) => f.path)).toEqual(['config/b.env']);
    const two = await runCli(['scan', repo.dir, '--write-baseline', repo.path('.pdguard-baseline.json')]);
    expect(two.stderr).toMatch(/wrote 2 findings to /);
  });

  it('says which configuration was used: scan.config, and stderr under --debug', async () => {
    const repo = TestRepo.init();
    repo.write('.pdguard.yaml', 'exclude: []\n').write('sub/a.txt', 'x\n');
    const { report } = await scanJson([repo.path('sub')]);
    expect((report.scan as { config?: string | null }).config).toBe(repo.path('.pdguard.yaml'));
    const debug = await runCli(['scan', repo.path('sub'), '--debug']);
    expect(debug.stderr).toContain(`configuration: ${repo.path('.pdguard.yaml')}`);
  });
});

describe('configuration lookup', () => {
  it('never climbs above the scanned root outside a repository', async () => {
    const parent = makeTree({ '.pdguard.yaml': 'exclude: ["**"]\n', 'project/app.env': restLine() });
    const { result, report } = await scanJson([join(parent, 'project')]);
    expect(result.code).toBe(1);
    expect((report.scan as { config?: string | null }).config).toBeNull();
  });

  it('never climbs above the repository top, and uses the one there for a subdirectory', async () => {
    const parent = makeTree({ '.pdguard.yaml': 'exclude: ["**"]\n' });
    const repo = TestRepo.init({ dir: join(parent, 'repo') });
    repo.write('src/app.env', restLine());
    expect((await scanJson([repo.path('src')])).report.findings).toHaveLength(1);
    repo.write('.pdguard.yaml', 'exclude: ["*.env"]\n');
    expect((await scanJson([repo.path('src')])).report.findings).toHaveLength(0);
  });

  it.runIf(process.getuid?.() === 0)("does not take another user's .git above the root for a repository", async () => {
    const parent = makeTree({ '.pdguard.yaml': 'exclude: ["**"]\n', '.git/HEAD': 'ref: refs/heads/main\n', 'project/app.env': restLine() });
    chownSync(join(parent, '.git'), 65534, 65534);
    mkdirSync(join(parent, 'project', 'sub'));
    const { report } = await scanJson([join(parent, 'project')]);
    expect(report.findings).toHaveLength(1);
  });
});

describe('configuration files are read only as regular files inside the tree, with a size cap', () => {
  /** Each way a repository can plant a file that must not be read: a FIFO, a link to /dev/zero, a link out of the tree. */
  const plants = (outsideFile: string): [string, (path: string) => void][] => [
    ['a FIFO', (path) => execFileSync('mkfifo', [path])],
    ['a link to /dev/zero', (path) => symlinkSync('/dev/zero', path)],
    ['a link to a file outside the tree', (path) => symlinkSync(outsideFile, path)],
  ];
  const outside = () => {
    // Its first key is what a YAML error ("unknown key") would quote.
    const dir = makeTree({ 'private.yaml': 'outside_secret_marker_7f3a: 1\n' });
    return join(dir, 'private.yaml');
  };

  it('.pdguard.yaml: exit 2 at once with one line, never the content of a file outside', async () => {
    for (const [what, plant] of plants(outside())) {
      const root = makeTree({ 'app.env': restLine() });
      plant(join(root, '.pdguard.yaml'));
      const result = await runCli(['scan', root], { timeoutMs: 20_000 });
      expect(result.code, what).toBe(2);
      expect(result.stderr.trim().split('\n'), what).toHaveLength(1);
      expect(result.stderr, what).toMatch(/\.pdguard\.yaml: configuration not read: it (is a FIFO, not a regular file|is a symbolic link \(not followed\))/);
      expect(result.stderr + result.stdout, what).not.toContain('outside_secret_marker');
    }
  });

  it('.pdguard.yaml at the repository top, for a subdirectory: the same', async () => {
    const repo = TestRepo.init();
    repo.write('src/app.env', restLine());
    execFileSync('mkfifo', [repo.path('.pdguard.yaml')]);
    const result = await runCli(['scan', repo.path('src')], { timeoutMs: 20_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/configuration not read: it is a FIFO/);
  });

  it('the pattern and baseline files a .pdguard.yaml names: exit 2, never read through a link', async () => {
    for (const [what, plant] of plants(outside())) {
      for (const key of ['patterns: [extra.yaml]', 'baseline: extra.yaml']) {
        const root = makeTree({ '.pdguard.yaml': `${key}\n`, 'app.env': restLine() });
        plant(join(root, 'extra.yaml'));
        const result = await runCli(['scan', root], { timeoutMs: 20_000 });
        expect(result.code, `${what}, ${key}`).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        // A link out of the tree is refused first for where it leads (config.ts), else for being a link.
        expect(result.stderr, `${what}, ${key}`).toMatch(
          /extra\.yaml(: baseline)? not read: it (is a FIFO, not a regular file|is a symbolic link \(not followed\))|'extra\.yaml' is outside the directory of this configuration/,
        );
        expect(result.stderr + result.stdout).not.toContain('outside_secret_marker');
      }
    }
  });

  it('a configuration larger than the cap is refused; one named with --config may be a link', async () => {
    const root = makeTree({ '.pdguard.yaml': `# ${'x'.repeat(1024 * 1024)}\n`, 'app.env': restLine() });
    const big = await runCli(['scan', root]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/configuration not read: it is larger than 1 MB/);
    // The user's own choice: --config through a link is read (only a regular file, though).
    const mine = makeTree({ 'real.yaml': 'exclude: ["*.env"]\n' });
    symlinkSync(join(mine, 'real.yaml'), join(mine, 'link.yaml'));
    const linked = await scanJson([makeTree({ 'app.env': restLine() }), '--config', join(mine, 'link.yaml')]);
    expect(linked.result.code).toBe(0);
    const devZero = await runCli(['scan', root, '--config', '/dev/zero'], { timeoutMs: 20_000 });
    expect(devZero.code).toBe(2);
    expect(devZero.stderr).toMatch(/\/dev\/zero: configuration not read: it is a character device, not a regular file/);
  });
});
