/** The real CLI, spawned as users and hooks run it: commands, exit codes, reports, suppression. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterAll } from 'vitest';
import { type JsonReport, makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(99);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('commands', () => {
  it('prints the version and help', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/scan .*\n.*rules/s);
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.code).toBe(0);
    for (const option of ['--format', '--output', '--config', '--baseline', '--write-baseline', '--show-secrets', '--include', '--exclude', '--no-gitignore', '--stdin-name', '--patterns']) {
      expect(scanHelp.stdout).toContain(option);
    }
  });

  it('rejects an unknown command or option with one line on stderr and exit 2', async () => {
    for (const args of [['scna'], ['scan', '--fromat', 'json'], ['scan', '--format', 'xml'], ['--bogus']]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^pdguard: /);
    }
  });

  it('gives advice that works: pdguard -v points to -V', async () => {
    const wrong = await runCli(['-v']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/did you mean -V \(--version\)/);
    expect(await runCli(['-V'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect((await runCli(['scna'])).stderr).toMatch(/did you mean scan\?/);
    expect((await runCli(['rules', '--format', 'sarif'])).code).toBe(2);
  });

  it('lists the rules', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('pagerduty-oauth-token');
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string }[];
    expect(json.map((r) => r.id)).toContain('pagerduty-events-key');
  });
});

describe('exit codes and reports', () => {
  it('exits 0 on a clean tree, 1 on findings, 2 on a missing path', async () => {
    const clean = makeTree({ 'a.txt': 'nothing here\n' });
    expect((await runCli(['scan', clean])).code).toBe(0);
    const dirty = makeTree({ '.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    expect((await runCli(['scan', dirty])).code).toBe(1);
    const missing = await runCli(['scan', join(clean, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^pdguard: .*nope: no such file or directory\n$/);
  });

  it('writes the JSON report of the contract, redacted', async () => {
    const token = fake.oauthToken('eu');
    const root = makeTree({ 'config/app.env': `# app\nOAUTH_TOKEN=${token}\n` });
    const { result, report } = await scanJson([root]);
    expect(result.code).toBe(1);
    expect(report).toMatchObject({ version: 1, tool: { name: 'pdguard', version: pkg.version } });
    expect(report.scan).toMatchObject({ mode: 'files', filesScanned: 1, commitsScanned: 0, blobsScanned: 0, skipped: [] });
    expect(report.scan.bytesScanned).toBeGreaterThan(50);
    expect(report.findings).toEqual([
      {
        ruleId: 'pagerduty-oauth-token',
        ruleName: 'PagerDuty scoped OAuth token',
        confidence: 'high',
        severity: 'critical',
        path: 'config/app.env',
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 13 + token.length,
        secret: `${token.slice(0, 9)}…${token.slice(-2)}`,
        secretHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        region: 'eu',
        remediation: expect.stringContaining('Revoke'),
        helpUri: expect.stringMatching(/^https:/),
      },
    ]);
    expect(report.summary).toEqual({ findings: 1, suppressed: 0, live: 0, dead: 0, unknown: 0, unchecked: 0 });
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('never prints a secret in full unless --show-secrets', async () => {
    const key = fake.restKey();
    const root = makeTree({ 'app.env': `PAGERDUTY_TOKEN=${key}\n` });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const redacted = await runCli(['scan', root, '--format', format]);
      expect(redacted.stdout + redacted.stderr, format).not.toContain(key);
      const shown = await runCli(['scan', root, '--format', format, '--show-secrets']);
      expect(shown.stdout, format).toContain(key);
    }
  });

  it('colours text only on request or on a terminal', async () => {
    const root = makeTree({ 'app.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    const plain = await runCli(['scan', root]);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['scan', root], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const none = await runCli(['scan', root], { env: { NO_COLOR: '1' } });
    expect(none.stdout).not.toContain('\u001b[');
    // The flag is the user's word for this run: it beats FORCE_COLOR from the environment.
    const flag = await runCli(['scan', root, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain('\u001b[');
    expect(flag.stdout).toContain('PagerDuty REST API key');
  });

  it('--fail-on never reports findings and exits 0', async () => {
    const root = makeTree({ 'app.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    const result = await runCli(['scan', root, '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PagerDuty REST API key');
    expect((await runCli(['scan', join(root, 'missing'), '--fail-on', 'never'])).code).toBe(2);
  });

  it('writes the report to --output without changing the exit code', async () => {
    const root = makeTree({ 'app.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    const out = join(makeTree(), 'report.json');
    const result = await runCli(['scan', root, '--format', 'json', '--output', out]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.findings).toBe(1);
    const unwritable = await runCli(['scan', root, '--output', join(root, 'no', 'such', 'dir', 'r.txt')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^pdguard: .*cannot write the report/);
  });

  it('scans standard input under the name given', async () => {
    const token = fake.oauthToken();
    const { result, report } = await scanJson(['-', '--stdin-name', 'k8s/secret.yaml'], { input: `data:\n  token: ${token}\n` });
    expect(result.code).toBe(1);
    expect(report.scan.mode).toBe('stdin');
    expect(report.findings.map((f) => [f.path, f.line, f.column])).toEqual([['k8s/secret.yaml', 2, 10]]);
    const empty = await scanJson(['-'], { input: '' });
    expect(empty.result.code).toBe(0);
  });
});

describe('suppression', () => {
  it('honours pdguard:allow on the line', async () => {
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${fake.restKey()} # pdguard:allow test fixture\n` });
    const { result, report } = await scanJson([root]);
    expect(result.code).toBe(0);
    expect(report.summary).toMatchObject({ findings: 0, suppressed: 1 });
  });

  it('allows findings by secretHash or fingerprint from .pdguard.yaml, never a different secret', async () => {
    const [a, b, c] = [fake.restKey(), fake.restKey(), fake.oauthToken()];
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${a}\nPD_API_KEY=${b}\nX=${c} PAGERDUTY_USER_TOKEN=${a}\n` });
    const first = await scanJson([root]);
    expect(first.report.findings).toHaveLength(4);
    const byB = first.report.findings.find((f) => f.line === 2)!;
    const byA = first.report.findings.find((f) => f.line === 1)!;
    writeFileSync(
      join(root, '.pdguard.yaml'),
      `allow:\n  - secretHash: ${byA.secretHash}\n    reason: revoked test key\n  - fingerprint: ${byB.fingerprint}\n    reason: documented example\n`,
    );
    const second = await scanJson([root]);
    // Line 3 holds a (allowed everywhere by its hash) and c (never allowed).
    expect(second.report.findings.map((f) => [f.line, f.ruleId])).toEqual([[3, 'pagerduty-oauth-token']]);
    expect(second.report.summary.suppressed).toBe(3);
  });

  it('rejects a broken configuration with one line naming the problem', async () => {
    const cases: Record<string, RegExp> = {
      'exclude: [a]\nallowed: []\n': /unknown key 'allowed'/,
      'exclude: notalist\n': /'exclude' must be a list/,
      'allow:\n  - secretHash: abc123abc123abc123\n': /allow\[0\]\.reason/,
      'allow: [\n': /not valid YAML/,
    };
    for (const [text, message] of Object.entries(cases)) {
      const root = makeTree({ '.pdguard.yaml': text, 'a.txt': 'x\n' });
      const result = await runCli(['scan', root]);
      expect(result.code, text).toBe(2);
      expect(result.stderr, text).toMatch(message);
      expect(result.stderr.trim().split('\n'), text).toHaveLength(1);
    }
    const missing = await runCli(['scan', makeTree(), '--config', '/nonexistent/pdguard.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nonexistent\/pdguard.yaml: cannot read configuration \(ENOENT\)/);
  });

  it('excludes the paths listed in .pdguard.yaml', async () => {
    const root = makeTree({ '.pdguard.yaml': 'exclude:\n  - "fixtures/**"\n', 'fixtures/a.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n`, 'b.txt': 'x\n' });
    const { result, report } = await scanJson([root]);
    expect(result.code).toBe(0);
    // Read, so that the report can say what the exclusion hid.
    expect(report.scan.filesScanned).toBe(3);
    expect(report.summary.suppressed).toBe(1);
    expect(report.scan).toMatchObject({ suppressed: { inline: 0, exclude: 1, allow: 0, baseline: 0 } });
  });

  it('writes a stable baseline and then reports only new findings, even after lines move', async () => {
    const [a, b] = [fake.restKey(), fake.oauthToken()];
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${a}\n` });
    const baseline = join(makeTree(), 'baseline.json');
    const written = await runCli(['scan', root, '--write-baseline', baseline]);
    expect(written.code).toBe(0);
    const first = readFileSync(baseline, 'utf8');
    expect(first).not.toContain(a);
    await runCli(['scan', root, '--write-baseline', baseline]);
    expect(readFileSync(baseline, 'utf8')).toBe(first);

    expect((await runCli(['scan', root, '--baseline', baseline])).code).toBe(0);
    writeFileSync(join(root, 'a.env'), `# moved down\n\n\nPAGERDUTY_TOKEN=${a}\nNEW=${b}\n`);
    const { result, report } = await scanJson([root, '--baseline', baseline]);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['pagerduty-oauth-token']);
    expect(report.summary.suppressed).toBe(1);

    writeFileSync(baseline, '{"nope": true}');
    const broken = await runCli(['scan', root, '--baseline', baseline]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not a pdguard baseline/);
  });
});

describe('pattern files', () => {
  it('loads a user pattern file in the same schema', async () => {
    const dir = makeTree({
      'acme.yaml': [
        'rules:',
        '  - id: acme-pager-token',
        '    name: ACME pager token',
        '    description: A token of the ACME pager bridge.',
        '    confidence: high',
        '    severity: high',
        '    keywords: [acmepager_]',
        "    patterns:\n      - regex: 'acmepager_([a-z0-9]{24})'",
        '    remediation: Rotate it in the ACME console and review its use.',
        '    help_uri: https://example.com/acme',
        '',
      ].join('\n'),
      'src/app.txt': `key = acmepager_${fake.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}\n`,
    });
    const { result, report } = await scanJson([join(dir, 'src'), '--patterns', join(dir, 'acme.yaml')]);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['acme-pager-token']);
    expect((await runCli(['rules', '--patterns', join(dir, 'acme.yaml')])).stdout).toContain('acme-pager-token');
  });

  it('rejects a broken pattern file naming the file, the rule and the problem', async () => {
    const base = "rules:\n  - id: broken-rule\n    name: B\n    description: D\n    confidence: high\n    severity: high\n    remediation: R\n    help_uri: https://x\n";
    const cases: Record<string, RegExp> = {
      [`${base}    patterns:\n      - regex: '(a)(b)'\n`]: /broken.yaml: rule 'broken-rule': patterns\[0\]\.regex must have exactly one capture group/,
      [`${base}    patterns:\n      - regex: '(a['\n`]: /rule 'broken-rule': 'patterns\[0\]\.regex' is not a valid regular expression/,
      [`${base}    patterns:\n      - regex: '(a)'\n    colour: red\n`]: /rule 'broken-rule': unknown key 'colour'/,
      [`${base}    patterns: []\n`]: /rule 'broken-rule': 'patterns' must be a non-empty list/,
      [`${base.replace('severity: high', 'severity: urgent')}    patterns:\n      - regex: '(a)'\n`]: /'severity' must be one of/,
      [`${base.replace('id: broken-rule', 'id: pagerduty-oauth-token')}    patterns:\n      - regex: '(a)'\n`]: /id already defined/,
      [`${base}    patterns:\n      - regex: '(a)'\n    secret: { part: 'a' }\n`]: /rule 'broken-rule': 'secret.part' must have exactly one capture group/,
      'rules: [\n': /broken.yaml: not valid YAML/,
    };
    for (const [text, message] of Object.entries(cases)) {
      const dir = makeTree({ 'broken.yaml': text });
      const result = await runCli(['scan', dir, '--patterns', join(dir, 'broken.yaml')]);
      expect(result.code, text).toBe(2);
      expect(result.stderr, text).toMatch(message);
      expect(result.stderr.trim().split('\n'), text).toHaveLength(1);
    }
  });
});

describe('history --range, as git users type it', () => {
  // main: c0 c1 c2; feature branches off c1 and adds f1; orphan shares nothing.
  const repo = TestRepo.init();
  const keys: Record<string, string> = {};
  const commitKey = (name: string): string => {
    keys[name] = fake.restKey();
    return repo.commitFiles({ [`${name}.env`]: `PAGERDUTY_TOKEN=${keys[name]}\n` }, name);
  };
  const c0 = commitKey('c0');
  commitKey('c1');
  repo.checkout('feature', { create: true });
  commitKey('f1');
  repo.checkout('main');
  commitKey('c2');
  repo.git('checkout', '-q', '--orphan', 'orphan');
  repo.git('rm', '-rq', '--cached', '.');
  commitKey('o1');
  repo.checkout('main');

  async function found(range: string): Promise<string[]> {
    const result = await runCli(['history', '--range', range, '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, `${range}: ${result.stderr}`).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.scan.revisions).toBe(range);
    return report.findings.map((f) => Object.keys(keys).find((name) => keys[name] === f.secret)!).sort();
  }

  it('takes A..B, A.. and ..B (an open end is HEAD), HEAD~N.., and A...B (either side, not both)', async () => {
    expect(await found(`${c0}..main`)).toEqual(['c1', 'c2']);
    expect(await found(`${c0}..`)).toEqual(['c1', 'c2']);
    expect(await found('HEAD~2..')).toEqual(['c1', 'c2']);
    expect(await found('..feature')).toEqual(['f1']);
    expect(await found('main..feature')).toEqual(['f1']);
    expect(await found('main...feature')).toEqual(['c2', 'f1']);
    expect(await found('feature...')).toEqual(['c2', 'f1']);
    // No common commit: both sides whole.
    expect(await found('main...orphan')).toEqual(['c0', 'c1', 'c2', 'o1']);
  });

  it('refuses what is not a range with one line naming the forms', async () => {
    for (const range of ['..', '...', 'HEAD', 'a..b..c', 'main....feature']) {
      const result = await runCli(['history', '--range', range], { cwd: repo.dir, env: gitEnv() });
      expect(result.code, range).toBe(2);
      expect(result.stderr, range).toMatch(/^pdguard: --range takes A\.\.B, A\.\. \(to HEAD\), \.\.B.*A\.\.\.B[^\n]*\n$/);
    }
    const missing = await runCli(['history', '--range', 'nope...main'], { cwd: repo.dir, env: gitEnv() });
    expect(missing.stderr).toMatch(/^pdguard: the range base 'nope' is not a commit in this repository\n$/);
  });
});

describe('--debug', () => {
  it('explains scan, history and staged: configuration, filters, skips, git processes, timings; never a secret', async () => {
    const key = fake.restKey();
    const token = fake.oauthToken();
    const repo = TestRepo.init();
    repo.commitFiles({ '.pdguard.yaml': 'exclude:\n  - "vendor/**"\n', 'app.env': `PAGERDUTY_TOKEN=${key}\n`, 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, 'one');
    repo.write('next.yaml', `token: ${token}\n`).add();
    const run = (args: string[]) => runCli([...args, '--debug', '--show-secrets', '--exclude', 'docs/**'], { cwd: repo.dir, env: gitEnv() });
    for (const args of [['scan'], ['history'], ['staged']]) {
      const result = await run(args);
      const what = args[0]!;
      expect(result.code, `${what}: ${result.stderr}`).toBe(1);
      expect(result.stdout, what).toContain(what === 'staged' ? token : key); // the report does show it (--show-secrets)…
      expect(result.stderr, what).not.toContain(key); // …the debug lines never do
      expect(result.stderr, what).not.toContain(token);
      const debug = result.stderr.split('\n').filter((l) => l.startsWith('pdguard: debug: '));
      expect(debug.length, what).toBeGreaterThan(4);
      expect(result.stderr, what).toContain(`\npdguard: debug: configuration: ${join(repo.dir, '.pdguard.yaml')}; exclude: vendor/**; allow entries: 0\n`);
      expect(result.stderr, what).toMatch(/^pdguard: debug: filters: --include none; --exclude docs\/\*\*$/m);
      expect(result.stderr, what).toMatch(/^pdguard: debug: rules: \d+ from /m);
      expect(result.stderr, what).toMatch(/^pdguard: debug: timing: rules \d+ ms, scan \d+ ms, .* total [\d,]+ ms$/m);
      if (what === 'scan') {
        expect(result.stderr).toMatch(/^pdguard: debug: skipped logo\.png: binary$/m);
        expect(result.stderr).toMatch(/^pdguard: debug: ignore files: /m);
      } else {
        expect(result.stderr, what).toMatch(/^pdguard: debug: git .*\b(log|diff) .*: exit 0, \d+ ms$/m);
        expect(result.stderr, what).toMatch(/^pdguard: debug: git (-c \S+ )*cat-file --batch.*: exit 0/m);
      }
    }
  });
});

describe('output', () => {
  it('--quiet prints nothing on a clean run, and only the findings otherwise', async () => {
    const clean = await runCli(['scan', makeTree({ 'a.txt': 'x\n' }), '-q']);
    expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const dirty = await runCli(['scan', '-q'], { cwd: makeTree({ 'a.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` }) });
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toMatch(/^a\.env\n {2}1:17 /);
    expect(dirty.stdout).not.toMatch(/found in|What to do|Rotate/);
  });

  it('prints paths that open from where the command ran; scan.root is what the user named', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'svc/app.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n`, 'docs/x.md': 'x\n' }, 'one');
    const env = gitEnv();
    const fromDocs = await runCli(['history'], { cwd: repo.path('docs'), env });
    expect(fromDocs.stdout).toMatch(/^\.\.\/svc\/app\.env$/m);
    const scanned = await runCli(['scan', 'svc'], { cwd: repo.dir, env });
    expect(scanned.stdout).toMatch(/^svc\/app\.env$/m);
    for (const [args, cwd, root] of [
      [['history'], repo.path('docs'), '.'],
      [['history', '--repo', '..'], repo.path('docs'), '..'],
      [['scan', 'svc'], repo.dir, 'svc'],
      [['scan'], repo.dir, '.'],
    ] as const) {
      const result = await runCli([...args, '--format', 'json'], { cwd, env });
      expect((JSON.parse(result.stdout) as JsonReport).scan.root, args.join(' ')).toBe(root);
    }
  });

  it('says "interrupted" and exits 130 on Ctrl-C', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI } = await import('./helpers/cli.js');
    // Standard input that never ends: the scan waits until it is interrupted.
    // --debug says when the scan has started (its first line comes once the rules are loaded).
    const child = spawn(process.execPath, [CLI, 'scan', '-', '--debug'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    const started = new Promise<void>((resolveStarted) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('pdguard: debug: rules:')) resolveStarted();
      });
    });
    const closed = new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    child.stdin.write('waiting\n');
    await started;
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toMatch(/\npdguard: interrupted\n$/);
    expect(stderr).not.toMatch(/timing:/); // no report, no summary of a scan that did not end
  });
});

describe('this repository', () => {
  it('scans itself clean with its own .pdguard.yaml', async () => {
    const result = await runCli(['scan', '.']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
