/**
 * What `pdguard scan` leaves out for .gitignore, against git itself: random trees with random
 * .gitignore files at several levels (negations, folders only, anchored, `**`, classes, case),
 * where pdguard must scan exactly the files git does not ignore, plus every file git tracks.
 * And what it says about what it left out: the JSON count and names, and the text summary line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';
import { gitEnv, tempDir } from './helpers/git.js';

const fake = new FakeSecrets(21);
const leak = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
const scanned = (report: { findings: { path: string }[] }) => [...new Set(report.findings.map((f) => f.path))].sort();

function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: gitEnv() as NodeJS.ProcessEnv, encoding: 'utf8' });
}

const NAMES = ['a', 'b', 'build', 'doc', 'src', 'Foo', 'foo', 'node_modules', 'x.env', 'y.ENV', 'keep.env', 'debug.log', 'app.log', 'z.txt', '.env', 'cmds-x.adoc', 'notes.md', 'q'];
const PATTERNS = [
  '*.env', '!keep.env', 'build/', '/build', 'foo', '*.log', '!debug.log', 'doc/*.txt', '**/node_modules', 'a/**/z.txt', '[xy].env', '?.txt',
  'Foo/', 'src/', '!src/', '# a comment', '', '*.ENV', 'cmds-*', '/a/b', 'b/', '!b/', 'q', '!q', '*.md', '!notes.md', 'a/*', '.env', '!.env', '**/b/**', 'z*', '*',
  '!*.txt', '/q/',
];

/** A random tree: folders and files from a small set of names, .gitignore files at random levels. */
function randomTree(random: () => number, root: string): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fill = (dir: string, depth: number): void => {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return; // the name is a file already
    }
    if (random() < (depth === 0 ? 0.9 : 0.35)) {
      const lines = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(PATTERNS));
      // `*` alone would leave nothing to compare: keep it rare.
      writeFileSync(join(dir, '.gitignore'), `${lines.filter((l) => l !== '*' || random() < 0.2).join('\n')}\n`);
    }
    const n = 4 + Math.floor(random() * 8);
    for (let i = 0; i < n; i++) {
      const name = pick(NAMES);
      if (name === '.gitignore') continue;
      if (depth < 3 && random() < 0.5 && !name.includes('.')) fill(join(dir, name), depth + 1);
      else if (!/^(a|b|build|doc|src|Foo|foo|node_modules|q)$/.test(name) || random() < 0.3) {
        try {
          writeFileSync(join(dir, name), leak());
        } catch {
          // the name is a folder already
        }
      }
    }
  };
  fill(root, 0);
}

describe('.gitignore, as git decides it', () => {
  it('scans exactly the files git does not ignore, and every file git tracks (20 random trees)', async () => {
    const random = seededRandom(22);
    let ignoredSome = 0;
    for (let t = 0; t < 20; t++) {
      const root = tempDir('pdguard-ignore-');
      randomTree(random, root);
      git(root, ['init', '-q']);
      // Some ignored files are tracked all the same (git add -f): those are scanned.
      const ignored = git(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard']).split('\0').filter(Boolean);
      for (const path of ignored) if (random() < 0.25) git(root, ['add', '-f', '--', path]);
      const expected = [
        ...new Set([
          ...git(root, ['ls-files', '-z', '--cached']).split('\0'),
          ...git(root, ['ls-files', '-z', '--others', '--exclude-standard']).split('\0'),
        ]),
      ]
        .filter((p) => p !== '' && !p.endsWith('.gitignore'))
        .sort();
      const { report } = await scanJson([root], { env: gitEnv() });
      const tree = git(root, ['ls-files', '--others', '--cached']).trim();
      expect({ tree: t, files: scanned(report) }, `tree ${t}:\n${tree}`).toEqual({ tree: t, files: expected });
      if (ignored.length) ignoredSome++;
      const left = (report.scan as { ignored?: number }).ignored ?? -1;
      expect(left > 0, `tree ${t}: scan.ignored ${left} with ${ignored.length} ignored by git`).toBe(ignored.some((p) => !expected.includes(p)));
    }
    // The trees must exercise ignoring, or the comparison proves little.
    expect(ignoredSome).toBeGreaterThan(10);
  });
});

describe('what .gitignore left out is told', () => {
  function repoWithIgnoredFiles(): string {
    const root = tempDir('pdguard-ignore-');
    const files: Record<string, string> = {
      '.gitignore': '*.env\nbuild/\n',
      'prod.env': leak(), // tracked although ignored
      '.env': leak(),
      'local.env': leak(),
      'build/out.txt': leak(),
      'app.ts': 'export const ok = 1;\n',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    git(root, ['init', '-q']);
    git(root, ['add', '-f', 'prod.env', '.gitignore', 'app.ts']);
    return root;
  }

  it('scans the tracked file, counts and names the rest in JSON, and says so under the findings', async () => {
    const root = repoWithIgnoredFiles();
    const { report, result } = await scanJson([root], { env: gitEnv() });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(['prod.env']);
    const scan = report.scan as { ignored?: number; ignoredPaths?: string[] };
    expect(scan.ignored).toBe(3);
    expect(scan.ignoredPaths).toEqual(['.env', 'build/', 'local.env']);

    // Run from the root, so that paths are shown as they are reported.
    const text = await runCli(['scan', '.'], { cwd: root, env: gitEnv() });
    expect(text.code).toBe(1);
    expect(text.stdout.replace(/\n {2}/g, ' ')).toContain('3 paths ignored by .gitignore (.env, build/, local.env): --no-gitignore to scan them.');
    // --quiet: findings and errors only.
    const quiet = await runCli(['scan', '.', '-q'], { cwd: root, env: gitEnv() });
    expect(quiet.stdout).not.toContain('ignored by .gitignore');

    // --no-gitignore reads them all and says nothing of ignoring.
    const all = await scanJson([root, '--no-gitignore'], { env: gitEnv() });
    expect(scanned(all.report)).toEqual(['.env', 'build/out.txt', 'local.env', 'prod.env']);
    expect((all.report.scan as { ignored?: number }).ignored).toBeUndefined();
  });

  it('never lets a clean tick hide an ignored .env: the line follows the ✔', async () => {
    const root = tempDir('pdguard-ignore-');
    writeFileSync(join(root, '.gitignore'), '.env\n');
    writeFileSync(join(root, '.env'), leak());
    writeFileSync(join(root, 'app.ts'), 'export const ok = 1;\n');
    const result = await runCli(['scan', '.'], { cwd: root, env: gitEnv() });
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\n {2}/g, ' ')).toMatch(/✔ No PagerDuty credentials found[^\n]*\n1 path ignored by \.gitignore \(\.env\): --no-gitignore to scan them\./);
    const { report } = await scanJson([root], { env: gitEnv() });
    expect((report.scan as { ignored?: number }).ignored).toBe(1);
    const none = tempDir('pdguard-ignore-');
    writeFileSync(join(none, 'app.ts'), 'export const ok = 1;\n');
    expect((await runCli(['scan', '.'], { cwd: none, env: gitEnv() })).stdout).not.toContain('ignored by .gitignore');
    expect(((await scanJson([none], { env: gitEnv() })).report.scan as { ignored?: number }).ignored).toBe(0);
  });
});
