/**
 * Walking trees and reading files as careless and hostile users give them: hidden and ignored
 * files, links, binaries, encodings, odd names, unreadable files, FIFOs, huge directories.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_FILES } from '../src/sources/parallel.js';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { gitEnv } from './helpers/git.js';

const fake = new FakeSecrets(5);
const leak = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
const paths = (report: { findings: { path: string }[] }) => report.findings.map((f) => f.path).sort();

describe('walking a tree', () => {
  it('scans hidden files, honours .gitignore (nested too) and never reads .git/', async () => {
    const root = makeTree({
      '.env': leak(),
      '.gitignore': 'ignored.env\nbuild/\n',
      'ignored.env': leak(),
      'build/out.env': leak(),
      'sub/.gitignore': 'local.env\n',
      'sub/local.env': leak(),
      'sub/kept.env': leak(),
      'nested/repo/.git/config': leak(),
    });
    // A real repository (git must be able to say what it tracks: else nothing is left out), with a
    // credential inside .git/ that must never be read.
    execFileSync('git', ['init', '-q'], { cwd: root, env: gitEnv() as NodeJS.ProcessEnv });
    writeFileSync(join(root, '.git', 'leak.env'), leak());
    const { report } = await scanJson([root], { env: gitEnv() });
    expect(paths(report)).toEqual(['.env', 'sub/kept.env']);
    const all = await scanJson([root, '--no-gitignore'], { env: gitEnv() });
    expect(paths(all.report)).toEqual(['.env', 'build/out.env', 'ignored.env', 'sub/kept.env', 'sub/local.env']);
  });

  it('honours the .gitignore of the repository above a scanned subdirectory', async () => {
    const root = makeTree({ '.gitignore': '*.secret\n', 'app/a.secret': leak(), 'app/b.env': leak() });
    execFileSync('git', ['init', '-q'], { cwd: root, env: gitEnv() as NodeJS.ProcessEnv });
    const { report } = await scanJson([join(root, 'app')], { env: gitEnv() });
    expect(paths(report)).toEqual(['b.env']);
  });

  it('applies --include and --exclude globs', async () => {
    const root = makeTree({ 'a/x.env': leak(), 'a/y.yaml': leak(), 'b/z.env': leak(), 'b/deep/w.env': leak() });
    expect(paths((await scanJson([root, '--include', '**/*.env'])).report)).toEqual(['a/x.env', 'b/deep/w.env', 'b/z.env']);
    expect(paths((await scanJson([root, '--exclude', 'b'])).report)).toEqual(['a/x.env', 'a/y.yaml']);
    expect(paths((await scanJson([root, '--exclude', '**/deep/**', '--include', 'b/**'])).report)).toEqual(['b/z.env']);
  });

  it('never follows a symbolic link out of the root or into a loop', async () => {
    const outside = makeTree({ 'secret.env': leak() });
    const root = makeTree({ 'inside.env': leak() });
    symlinkSync(join(outside, 'secret.env'), join(root, 'to-outside.env'));
    symlinkSync(outside, join(root, 'outside-dir'));
    symlinkSync(root, join(root, 'loop'));
    symlinkSync(join(root, 'inside.env'), join(root, 'alias.env'));
    symlinkSync(join(root, 'missing'), join(root, 'dangling'));
    const { result, report } = await scanJson([root], { timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(paths(report)).toEqual(['inside.env']);
    expect(report.scan.skipped).toEqual([
      { path: 'dangling', kind: 'link', reason: 'broken symbolic link' },
      { path: 'outside-dir', kind: 'link', reason: 'symbolic link to outside the scanned root' },
      { path: 'to-outside.env', kind: 'link', reason: 'symbolic link to outside the scanned root' },
    ]);
  });
});

describe('reading files', () => {
  it('reads files whose names are not UTF-8, and names them by their bytes', async () => {
    const root = makeTree({ 'plain.env': leak() });
    // café.env in Latin-1 and a lone continuation byte: names a Linux file system takes as they are.
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.env')]), leak());
    mkdirSync(Buffer.concat([Buffer.from(`${root}/dir`), Buffer.from([0x80])]));
    writeFileSync(Buffer.concat([Buffer.from(`${root}/dir`), Buffer.from([0x80]), Buffer.from('/app.env')]), leak());
    const { result, report } = await scanJson([root]);
    expect(result.code).toBe(1);
    expect(report.scan.skipped).toEqual([]);
    expect(paths(report)).toEqual(['caf\\xe9.env', 'dir\\x80/app.env', 'plain.env']);
  });

  it('lists binary files and still finds what their bytes hold; reads UTF-16 and UTF-32 and UTF-8 with a byte-order mark, CRLF and invalid UTF-8', async () => {
    const key = fake.restKey();
    const text = `first line\r\nPAGERDUTY_TOKEN=${key}\r\n`;
    const utf32 = (bigEndian: boolean) => {
      const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
      const out = Buffer.alloc(4 * points.length);
      points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, 4 * i) : out.writeUInt32LE(p, 4 * i)));
      return out;
    };
    const root = makeTree({
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(text)]),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf32le.txt': utf32(false),
      'utf32be.txt': utf32(true),
      'utf8bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'latin1.txt': Buffer.concat([Buffer.from('caf\xe9 \xff\xfe\n', 'latin1'), Buffer.from(text)]),
      'no-newline.txt': `PAGERDUTY_TOKEN=${key}`,
      'empty.txt': '',
    });
    const { report } = await scanJson([root]);
    // Listed: what a binary file holds compressed or encoded is not read; its bytes as they are, are.
    expect(report.scan.skipped).toEqual([{ path: 'image.png', kind: 'binary', reason: 'binary' }]);
    const where = report.findings.map((f) => [f.path, f.line, f.column, f.endColumn]);
    expect(where).toEqual([
      ['image.png', 2, 17, 37],
      ['latin1.txt', 3, 17, 37],
      ['no-newline.txt', 1, 17, 37],
      ['utf16be.txt', 2, 17, 37],
      ['utf16le.txt', 2, 17, 37],
      ['utf32be.txt', 2, 17, 37],
      ['utf32le.txt', 2, 17, 37],
      ['utf8bom.txt', 2, 17, 37],
    ]);
    expect(new Set(report.findings.map((f) => f.secretHash)).size).toBe(1);
    expect(report.scan.filesScanned).toBe(9);
  });

  it('reports paths with spaces, newlines and non-ASCII characters exactly', async () => {
    const names = ['with space.env', 'new\nline.env', 'ünïcødé-日本.env'];
    const root = makeTree(Object.fromEntries(names.map((n) => [n, leak()])));
    const { report } = await scanJson([root]);
    expect(paths(report)).toEqual([...names].sort());
  });

  it('skips a FIFO instead of waiting for a writer', async () => {
    const root = makeTree({ 'a.env': leak() });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const { result, report } = await scanJson([root], { timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(report.scan.skipped).toEqual([{ path: 'pipe', kind: 'not-a-file', reason: 'not a regular file' }]);
    // A path named on the command line is reported as typed.
    const direct = await scanJson(['pipe', 'a.env'], { cwd: root, timeoutMs: 20_000 });
    expect(direct.report.scan.skipped).toEqual([{ path: 'pipe', kind: 'not-a-file', reason: 'not a regular file' }]);
    expect(paths(direct.report)).toEqual(['a.env']);
  });

  it('reports what it found, lists unreadable files and directories, and exits 2', async () => {
    const root = makeTree({ 'found.env': leak(), 'locked.env': leak(), 'locked-dir/x.env': leak() });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked.env'), 0o000);
    chmodSync(join(root, 'locked-dir'), 0o000);
    // Root reads everything: run as nobody there, so that permissions mean what they say.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { result, report } = await scanJson([root], { ...asUser, cwd: '/' });
    expect(result.code).toBe(2);
    expect(paths(report)).toEqual(['found.env']);
    expect(report.scan.skipped).toEqual([
      { path: 'locked-dir', kind: 'unreadable', reason: 'unreadable: permission denied' },
      { path: 'locked.env', kind: 'unreadable', reason: 'unreadable: permission denied' },
    ]);
    expect(result.stderr).toMatch(/^pdguard: the scan is incomplete: 2 paths could not be read/);
    const text = await runCli(['scan', root], { ...asUser, cwd: '/' });
    expect(text.stdout).toMatch(/scan is incomplete/);
    expect(text.stdout).toContain('locked.env: unreadable: permission denied');
  });
});

describe('files that hold no keyword', () => {
  // Most files of a tree are judged by one search of the byte kernel, without the scanners that
  // standard input always goes through: both must say the same of every kind of content.
  it('are reported as standard input reports the same bytes: binary listed, a byte-order mark counted, empty, CR line ends', async () => {
    const contents: Record<string, Buffer> = {
      'blob.bin': Buffer.concat([Buffer.from('GIF89a\0\0'), Buffer.alloc(3000, 7), Buffer.from('\nplain text after\n')]),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name = "billing"\n')]),
      'empty.txt': Buffer.alloc(0),
      'mac.txt': Buffer.from('first line\rsecond line\r'),
      'utf16.txt': Buffer.from('\ufeffname = "billing"\r\n', 'utf16le'),
    };
    const { result, report } = await scanJson([makeTree(contents)]);
    expect(result.code, result.stderr).toBe(0);
    expect(report.scan.filesScanned).toBe(5);
    let bytes = 0;
    const skipped: unknown[] = [];
    for (const [name, content] of Object.entries(contents)) {
      const piped = await scanJson(['-', '--stdin-name', name], { input: content });
      expect(piped.result.code, name).toBe(0);
      bytes += piped.report.scan.bytesScanned;
      skipped.push(...piped.report.scan.skipped);
    }
    expect(report.scan.bytesScanned).toBe(bytes);
    expect(report.scan.skipped).toEqual(skipped);
    expect(report.scan.skipped).toEqual([{ path: 'blob.bin', kind: 'binary', reason: 'binary' }]);
  });
});

describe('size', () => {
  it('skips and lists files over --max-file-size, scans the rest, and refuses a size it cannot read', async () => {
    const root = makeTree({ 'small.env': leak(), 'exact.env': '', 'large.env': `${leak()}${'x'.repeat(5000)}\n`, 'sub/huge.txt': `${'y'.repeat(20_000)}\n${leak()}` });
    // exactly at the limit is scanned: over it is skipped
    writeFileSync(join(root, 'exact.env'), leak().padEnd(4096, '#'));
    const { result, report } = await scanJson([root, '--max-file-size', '4KB']);
    expect(result.code).toBe(1);
    expect(paths(report)).toEqual(['exact.env', 'small.env']);
    expect(report.scan.skipped).toEqual([
      { path: 'large.env', kind: 'too-large', reason: 'larger than --max-file-size 4 KB' },
      { path: 'sub/huge.txt', kind: 'too-large', reason: 'larger than --max-file-size 4 KB' },
    ]);
    // Named on the command line, the same; the text report says what it skipped.
    const text = await runCli(['scan', 'large.env', 'small.env', '--max-file-size', '4096'], { cwd: root });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Skipped 1 path: 1 larger than --max-file-size 4 KB.');
    // With nothing found in what was read, no tick: what was left unread was not searched (even under --quiet).
    for (const quiet of [[], ['--quiet']]) {
      const unread = await runCli(['scan', 'large.env', '--max-file-size', '4096', ...quiet], { cwd: root });
      expect(unread.code).toBe(0);
      expect(unread.stdout).not.toContain('✔');
      expect(unread.stdout).toContain('⚠ 1 file larger than --max-file-size was not read, so not searched');
    }
    // Without the option everything is read.
    expect(paths((await scanJson([root])).report)).toEqual(['exact.env', 'large.env', 'small.env', 'sub/huge.txt']);
    const bad = await runCli(['scan', root, '--max-file-size', '10XB']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pdguard: --max-file-size: "10XB" is not a size/);
  });

  // Threads only where the machine has more than one core: elsewhere everything is on the main thread.
  const threadsLine = (stderr: string): string | undefined => /debug: files: .*/.exec(stderr)?.[0];
  const manyCores = availableParallelism() > 1;

  it('finds every secret when a large tree is scanned on several threads (started while the walk goes on)', async () => {
    const files: Record<string, string> = {};
    const planted: string[] = [];
    const count = PARALLEL_MIN_FILES + 500;
    for (let i = 0; i < count; i++) {
      const secret = i % 200 === 7;
      if (secret) planted.push(`d${i % 10}/f${i}.env`);
      files[`d${i % 10}/f${i}.env`] = `line one\n${secret ? leak() : 'PAGERDUTY_TOKEN=${FROM_VAULT}\n'}`;
    }
    const { result, report } = await scanJson([makeTree(files), '--debug'], { timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(report.scan.filesScanned).toBe(count);
    expect(paths(report)).toEqual(planted.sort());
    expect(report.findings.every((f) => f.line === 2 && f.column === 17)).toBe(true);
    if (manyCores) expect(threadsLine(result.stderr)).toMatch(/scanned on [2-4] threads$/);
  }, 180_000);

  it('scans a tree of a few thousand small files on the main thread alone: a worker would cost more than it saves', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2500; i++) files[`d${i % 25}/f${i}.txt`] = i === 1234 ? leak() : `line ${i}\n`;
    const { result, report } = await scanJson([makeTree(files), '--debug']);
    expect(result.code).toBe(1);
    expect(report.scan.filesScanned).toBe(2500);
    expect(paths(report)).toEqual(['d9/f1234.txt']);
    expect(threadsLine(result.stderr)).toBe('debug: files: 2,500 scanned on the main thread alone');
  });

  it('starts the workers after the walk when the files found are few but long to scan, and finds every secret', async () => {
    // A hundred files of 200 KB that name PagerDuty on every line: few files, much work.
    const files: Record<string, string> = {};
    const planted: string[] = [];
    const line = 'pagerduty_service_name = "payments-api" # pd_ routing for the on-call rotation\n';
    for (let i = 0; i < 100; i++) {
      const secret = i % 9 === 4;
      if (secret) planted.push(`dense/f${String(i).padStart(3, '0')}.tf`);
      const body = line.repeat(Math.ceil(200_000 / line.length));
      files[`dense/f${String(i).padStart(3, '0')}.tf`] = secret ? body + leak() + body : body;
    }
    const { result, report } = await scanJson([makeTree(files), '--debug'], { timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(report.scan.filesScanned).toBe(100);
    expect(paths(report)).toEqual(planted.sort());
    if (manyCores) expect(threadsLine(result.stderr)).toMatch(/scanned on [2-4] threads$/);
  }, 180_000);

  it('walks a directory of 100,000 files', async () => {
    const root = makeTree();
    const dir = join(root, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 100_000; i++) writeFileSync(join(dir, `f${i}.txt`), i === 77_777 ? leak() : `line ${i}\n`);
    const { result, report } = await scanJson([root], { timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(report.scan.filesScanned).toBe(100_000);
    expect(paths(report)).toEqual(['many/f77777.txt']);
  }, 180_000);
});
