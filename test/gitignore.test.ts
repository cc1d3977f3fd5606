/**
 * What `pdguard scan` leaves out for .gitignore, against git itself: random trees with random
 * .gitignore files at several levels (negations, folders only, anchored, `**`, classes, case),
 * where pdguard must scan exactly the files git does not ignore, plus every file git tracks.
 * And what it says about what it left out: the JSON count and names, and the text summary line.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // Matched by pdguard's own linear glob matcher: git's corners too.
  'a/**', '!a/**/z.txt', 'doc/**/', '[!x]*.env', '*.env  ', '\\#x', 'b/*/**', '**/', 'src/**/b', '*[[:upper:]]*',
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

/** A repository whose .gitignore matches a tracked file (prod.env) and three that are not tracked. */
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

describe('what .gitignore left out is told', () => {

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

/** Every path below `root` (`.git` left out) given to `uid`, as a checkout made by another user is. */
function chownTree(root: string, uid: number): void {
  chownSync(root, uid, uid);
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) chownTree(path, uid);
    else chownSync(path, uid, uid);
  }
}

const ALL_FOUR = ['.env', 'build/out.txt', 'local.env', 'prod.env'];
const warningsOf = (report: { scan: object }) => (report.scan as { warnings?: string[] }).warnings ?? [];

describe('when git cannot say what it tracks, everything is scanned (fail closed)', () => {
  it('a damaged .git/index: the tracked-but-ignored prod.env is found, and the report says why', async () => {
    const root = repoWithIgnoredFiles();
    writeFileSync(join(root, '.git', 'index'), 'DIRC\0\0\0\x02 this is not an index');
    expect(() => git(root, ['ls-files'])).toThrow(); // git itself cannot list it
    const { result, report } = await scanJson([root], { env: gitEnv() });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(ALL_FOUR);
    expect(warningsOf(report)).toHaveLength(1);
    expect(warningsOf(report)[0]).toMatch(/^git could not list the files it tracks in .*\(.*index.*\): \.gitignore was not applied there, so everything in it was scanned$/);
    expect(result.stderr).toMatch(/^pdguard: warning: git could not list the files it tracks/m);
    // Nothing is counted as left out by .gitignore: nothing was.
    expect((report.scan as { ignored?: number }).ignored ?? 0).toBe(0);
    const text = await runCli(['scan', root], { env: gitEnv() });
    expect(text.stdout.replace(/\n {2}/g, ' ')).toContain('⚠ git could not list the files it tracks');
    expect(text.stdout).not.toContain('ignored by .gitignore');
    const sarif = await runCli(['scan', root, '--format', 'sarif'], { env: gitEnv() });
    const notifications = JSON.parse(sarif.stdout).runs[0].invocations[0].toolExecutionNotifications as { level: string; message: { text: string } }[];
    expect(notifications.some((n) => n.level === 'warning' && /git could not list the files it tracks/.test(n.message.text))).toBe(true);
  });

  it('an index or a HEAD that is a FIFO (git would wait on it forever)', async () => {
    const root = repoWithIgnoredFiles();
    execFileSync('rm', [join(root, '.git', 'index')]);
    execFileSync('mkfifo', [join(root, '.git', 'index')]);
    const { result, report } = await scanJson([root], { env: gitEnv(), timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(ALL_FOUR);
    expect(warningsOf(report)[0]).toMatch(/\.git\/index is not a regular file/);
    // A worktree's `.git` file pointing at a git directory whose HEAD is a FIFO.
    const gitDir = tempDir('pdguard-gitdir-');
    git(gitDir, ['init', '-q']);
    execFileSync('rm', [join(gitDir, '.git', 'HEAD')]);
    execFileSync('mkfifo', [join(gitDir, '.git', 'HEAD')]);
    const pointed = tempDir('pdguard-ignore-');
    writeFileSync(join(pointed, '.git'), `gitdir: ${join(gitDir, '.git')}\n`);
    writeFileSync(join(pointed, '.gitignore'), '*.env\n');
    writeFileSync(join(pointed, 'a.env'), leak());
    const viaPointer = await scanJson([pointed], { env: gitEnv(), timeoutMs: 20_000 });
    expect(viaPointer.result.code).toBe(1);
    expect(scanned(viaPointer.report)).toEqual(['a.env']);
    expect(warningsOf(viaPointer.report)[0]).toMatch(/\/\.git\/HEAD is not a regular file/);
  });

  // As in a container CI job: the checkout belongs to another user than the one running pdguard,
  // and git refuses it ("detected dubious ownership") unless safe.directory says otherwise.
  it.runIf(process.getuid?.() === 0)('a repository owned by another user (git: dubious ownership)', async () => {
    const root = repoWithIgnoredFiles();
    chownTree(root, 65534);
    const env = { ...gitEnv(), SUDO_UID: undefined, SUDO_GID: undefined };
    // Plain git (no safe.directory in any configuration) refuses it: the case is real.
    expect(() => git(root, ['ls-files'])).toThrow(/dubious ownership/);
    const { result, report } = await scanJson([root], { env });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(ALL_FOUR);
    expect(warningsOf(report)[0]).toMatch(/dubious ownership/);
    // Owned by the user again, git answers: .gitignore applies, the tracked file is scanned.
    chownTree(root, 0);
    const owned = await scanJson([root], { env });
    expect(scanned(owned.report)).toEqual(['prod.env']);
    expect(warningsOf(owned.report)).toEqual([]);
  });
});

describe('ignore files are read only as regular files inside the tree', () => {
  it('a .gitignore that is a FIFO, a link to /dev/zero or to a file outside: not read, nothing below it left out, said', async () => {
    const outside = tempDir('pdguard-outside-');
    writeFileSync(join(outside, 'ignore-all'), '*\n');
    for (const make of [
      (path: string) => execFileSync('mkfifo', [path]),
      (path: string) => symlinkSync('/dev/zero', path),
      (path: string) => symlinkSync(join(outside, 'ignore-all'), path),
    ]) {
      const root = tempDir('pdguard-ignore-');
      // The root's .gitignore leaves out *.env; sub/'s (refused) might re-include some: scan them all.
      writeFileSync(join(root, '.gitignore'), '*.env\n');
      writeFileSync(join(root, 'top.env'), leak());
      mkdirSync(join(root, 'sub'));
      writeFileSync(join(root, 'sub', 'a.env'), leak());
      writeFileSync(join(root, 'sub', 'b.txt'), leak());
      make(join(root, 'sub', '.gitignore'));
      const { result, report } = await scanJson([root], { env: gitEnv(), timeoutMs: 20_000 });
      expect(result.code).toBe(1);
      expect(scanned(report)).toEqual(['sub/a.env', 'sub/b.txt']);
      expect(warningsOf(report)).toEqual([expect.stringMatching(/^sub\/\.gitignore was not read as an ignore file \(it (is a FIFO, not a regular file|is a symbolic link \(not followed\))\): nothing below its folder was left out for \.gitignore$/)]);
      expect((report.scan as { ignoredPaths?: string[] }).ignoredPaths).toEqual(['top.env']);
    }
  });

  it('a refused .gitignore above the scanned folder leaves nothing in it out', async () => {
    const root = tempDir('pdguard-ignore-');
    git(root, ['init', '-q']);
    execFileSync('mkfifo', [join(root, '.gitignore')]);
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app', '.gitignore'), 'x.env\n');
    writeFileSync(join(root, 'app', 'x.env'), leak());
    const { result, report } = await scanJson([join(root, 'app')], { env: gitEnv(), timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(['x.env']);
    expect(warningsOf(report)).toEqual([expect.stringMatching(/\/\.gitignore was not read as an ignore file \(it is a FIFO/)]);
  });

  it('a .git that is a FIFO: the scan ends, scanning everything', async () => {
    const root = tempDir('pdguard-ignore-');
    execFileSync('mkfifo', [join(root, '.git')]);
    writeFileSync(join(root, '.gitignore'), '*.env\n');
    writeFileSync(join(root, 'a.env'), leak());
    const { result, report } = await scanJson([root], { env: gitEnv(), timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(scanned(report)).toEqual(['a.env']);
    expect(warningsOf(report)[0]).toMatch(/^git could not list the files it tracks/);
  });
});

describe('a repository inside the scanned one (a submodule, a nested clone)', () => {
  it("its own .gitignore never hides a file it tracks: nothing there is left out, and the scan says so", async () => {
    const top = tempDir();
    const inner = join(top, 'inner-src');
    mkdirSync(inner);
    git(inner, ['init', '-q', '-b', 'main']);
    const who = ['-c', 'user.name=Pat Tester', '-c', 'user.email=pat@example.test'];
    writeFileSync(join(inner, '.gitignore'), '*.env\n');
    writeFileSync(join(inner, 'p.env'), leak());
    git(inner, ['add', '-f', 'p.env', '.gitignore']);
    git(inner, [...who, 'commit', '-q', '-m', 'tracked though ignored']);
    const sup = join(top, 'sup');
    mkdirSync(sup);
    git(sup, ['init', '-q', '-b', 'main']);
    git(sup, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner, 'vendor/lib']);
    git(sup, [...who, 'commit', '-q', '-m', 'a submodule']);
    // A plain nested clone, not a submodule, the same way.
    git(top, ['clone', '-q', inner, join(sup, 'nested')]);
    const { result, report } = await scanJson(['.'], { cwd: sup });
    expect(result.code, result.stderr).toBe(1);
    expect(scanned(report)).toEqual(['nested/p.env', 'vendor/lib/p.env']);
    expect(warningsOf(report).some((w) => w.includes('vendor/lib/.gitignore') && w.includes('nested repository or submodule'))).toBe(true);
  });
});
