/**
 * Include and exclude globs read as `.gitignore` lines: a glob without a slash matches at any depth
 * (--include, --exclude and `.pdguard.yaml` `exclude:`, in scan, history and staged), and a scan
 * that read nothing says so instead of drawing a green tick.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, matchGlob } from '../src/sources/glob-match.js';
import { globMatcher, rootedGlob } from '../src/sources/globs.js';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';
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

describe('globs in linear time', () => {
  it('match as picomatch did (random globs and paths): *, ?, **, classes, escapes, braces, a trailing /', () => {
    const random = seededRandom(1717);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const GLOB_PARTS = ['a', 'b', '.', '*', '?', '**', '/', '[ab]', '[^a]', '[a-c]', '\\*', '{a,b}', 'x', '-'];
    const SEGMENTS = ['a', 'b', 'ab', 'ba', 'aab', '.a', 'a.b', 'x', '*', 'a-b', 'bx'];
    let agreedTrue = 0;
    for (let g = 0; g < 600; g++) {
      let glob = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(GLOB_PARTS)).join('');
      glob = glob.replace(/\/{2,}/g, '/').replace(/^\/+/, '');
      if (glob === '' || /\*\*\*/.test(glob)) continue;
      const rooted = rootedGlob(glob);
      const theirs = picomatch(rooted, { dot: true });
      const ours = globMatcher([glob]);
      for (let p = 0; p < 20; p++) {
        let path = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(SEGMENTS)).join('/');
        // A folder is given with a trailing slash; picomatch is inconsistent about one (`?` refuses it,
        // `[ab]` takes it), so it is given only where the glob asks for folders.
        if (glob.endsWith('/')) path += '/';
        const expected = theirs(path);
        const actual = matchGlob(compileGlob(rooted), path) || (rooted.includes('{') && ours(path));
        if (!rooted.includes('{')) expect(actual, `${JSON.stringify(glob)} (${rooted}) on ${path}`).toBe(expected);
        else expect(ours(path) || !expected, `${JSON.stringify(glob)} on ${path}`).toBe(true);
        if (expected) agreedTrue++;
      }
    }
    expect(agreedTrue).toBeGreaterThan(500);
  });

  it('take linear time on globs that make a backtracking regex explode', () => {
    const globs = ['*a'.repeat(40) + '*b', `**/${'*a'.repeat(40)}*b`, `${'**/a'.repeat(40)}/b`, `${'*[ab]?'.repeat(40)}c`, `${'a*'.repeat(40)}c/**`];
    const names = ['a'.repeat(255), `${'a/'.repeat(200)}a`, `${'a'.repeat(240)}/${'a'.repeat(200)}/${'a.'.repeat(100)}`];
    const started = performance.now();
    for (const glob of globs) for (const name of names) expect(globMatcher([glob])(name)).toBe(false);
    // Each of these took longer than a minute as a regex; linear matching takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('scan, with such a glob in .gitignore and in exclude:, ends at once', async () => {
    const glob = `${'*a'.repeat(30)}*b`;
    const name = 'a'.repeat(200);
    const ignored = makeTree({ '.gitignore': `${glob}\n`, 'app.env': leak() });
    writeFileSync(join(ignored, name), leak());
    const viaIgnore = await scanJson([ignored], { timeoutMs: 20_000 });
    expect(viaIgnore.result.code).toBe(1);
    expect(paths(viaIgnore.report)).toEqual([name, 'app.env']);
    const excluded = makeTree({ '.pdguard.yaml': `exclude: ["${glob}", "x/**/${glob}"]\n`, 'app.env': leak() });
    writeFileSync(join(excluded, name), leak());
    const viaExclude = await scanJson([excluded], { timeoutMs: 20_000 });
    expect(viaExclude.result.code).toBe(1);
    const viaFlag = await scanJson([excluded, '--exclude', glob, '--include', `{${glob},*.env}`], { timeoutMs: 20_000 });
    expect(viaFlag.result.code).toBe(1);
  });

  it('refuses a glob that expands to too many, or is too long, with one line (exit 2)', async () => {
    const many = '{a,b}'.repeat(11);
    const root = makeTree({ '.pdguard.yaml': `exclude: ["${many}"]\n`, 'a.env': leak() });
    const config = await runCli(['scan', root]);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/\.pdguard\.yaml: exclude\[0\]: '.*' expands to more than 1024 globs\n$/);
    const flag = await runCli(['scan', makeTree({ 'a.env': leak() }), '--exclude', 'x'.repeat(5000)]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^pdguard: --exclude: a glob longer than 4096 characters\n$/);
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
