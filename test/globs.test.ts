/**
 * Include and exclude globs read as `.gitignore` lines: a glob without a slash matches at any depth
 * (--include, --exclude and `.pdguard.yaml` `exclude:`, in scan, history and staged), and a scan
 * that read nothing says so instead of drawing a green tick.
 */
import { describe, expect, it } from 'vitest';
import { globMatcher, rootedGlob } from '../src/sources/globs.js';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo } from './helpers/git.js';

const fake = new FakeSecrets(1102);
const leak = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
const paths = (report: { findings: { path: string }[] }) => report.findings.map((f) => f.path).sort();

describe('globs', () => {
  it('match at any depth without a slash, from the root with one', () => {
    const m = (globs: string[], path: string) => globMatcher(globs)(path);
    expect(m(['*.env'], 'a.env')).toBe(true);
    expect(m(['*.env'], 'deep/er/a.env')).toBe(true);
    expect(m(['.env'], 'app/.env')).toBe(true);
    expect(m(['/a.env'], 'a.env')).toBe(true);
    expect(m(['/a.env'], 'sub/a.env')).toBe(false);
    expect(m(['src/*.ts'], 'src/a/b.ts')).toBe(false);
    expect(m(['src/**'], 'src/a/b.ts')).toBe(true);
    expect(m(['fixtures/**'], 'a/fixtures/x.env')).toBe(false);
    // A glob that names a directory covers what is inside it; a trailing slash, directories only.
    expect(m(['node_modules'], 'a/node_modules/b/c.js')).toBe(true);
    expect(m(['build/'], 'build')).toBe(false);
    expect(m(['build/'], 'x/build/out.env')).toBe(true);
    expect(rootedGlob('!*.env')).toBe('!**/*.env');
  });
});

describe('scan with globs', () => {
  const tree = () =>
    makeTree({ 'top.env': leak(), 'svc/a/prod.env': leak(), 'svc/a/values.yaml': leak(), 'svc/b/deep/local.env': leak(), 'notes.txt': leak() });

  it('--include "*.env" finds .env files at every depth', async () => {
    const { result, report } = await scanJson([tree(), '--include', '*.env']);
    expect(result.code).toBe(1);
    expect(paths(report)).toEqual(['svc/a/prod.env', 'svc/b/deep/local.env', 'top.env']);
  });

  it('--exclude "*.yaml" and .pdguard.yaml exclude: leave out nested files', async () => {
    const root = tree();
    expect(paths((await scanJson([root, '--exclude', '*.yaml', '--exclude', '*.txt'])).report)).toEqual([
      'svc/a/prod.env',
      'svc/b/deep/local.env',
      'top.env',
    ]);
    const configured = makeTree({ '.pdguard.yaml': 'exclude: ["*.env", "deep"]\n', 'x/y/a.env': leak(), 'x/deep/b.txt': leak(), 'x/c.txt': leak() });
    expect(paths((await scanJson([configured])).report)).toEqual(['x/c.txt']);
  });

  it('says that nothing was scanned instead of a green tick', async () => {
    const root = tree();
    const result = await runCli(['scan', root, '--include', '*.nothing']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('✔');
    // The text report wraps at 80 columns in a pipe: the words matter, not where the lines break.
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/⚠ Nothing was scanned: 0 files.*--include/);
    const json = await scanJson([root, '--include', '*.nothing']);
    expect(json.report.scan.filesScanned).toBe(0);
    const clean = await runCli(['scan', makeTree({ 'a.txt': 'nothing here\n' })]);
    expect(clean.stdout).toContain('✔ No PagerDuty credentials found');
  });
});

describe('git scans with globs', () => {
  it('history and staged apply slash-less globs at any depth', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'a/b/c.env': leak(), 'a/b/c.yaml': leak() }, 'add');
    const history = JSON.parse((await runCli(['history', '--repo', repo.dir, '--format', 'json', '--exclude', '*.yaml'])).stdout);
    expect(paths(history)).toEqual(['a/b/c.env']);
    repo.write('x/y/z.yaml', leak()).write('x/y/z.env', leak()).add();
    const staged = JSON.parse((await runCli(['staged', '--repo', repo.dir, '--format', 'json', '--include', '*.env'])).stdout);
    expect(paths(staged)).toEqual(['x/y/z.env']);
  });
});
