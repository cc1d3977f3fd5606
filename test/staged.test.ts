/**
 * `pdguard staged` on real repositories: what the next commit will contain (the index, not the
 * working tree), reporting only the lines the commit adds.
 */
import { closeSync, openSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, type JsonReport, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(2718);
const leak = () => fake.restKey();
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;
const BLOCKED = /commit blocked/;

function runStaged(dir: string, args: string[] = []): Promise<CliResult> {
  return runCli(['staged', '--format', 'json', '--show-secrets', ...args], { cwd: dir, env: gitEnv() });
}

async function staged(dir: string, args: string[] = []): Promise<{ result: CliResult; report: JsonReport }> {
  const result = await runStaged(dir, args);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
  return { result, report };
}

const where = (report: JsonReport) => report.findings.map((f) => [f.path, f.line, f.secret]);

describe('staged: what the commit adds', () => {
  it('works before the first commit: a staged secret blocks the commit', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.write('app.env', `# settings\n${line(key)}`).add();
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(BLOCKED);
    expect(report.scan).toMatchObject({ mode: 'staged', blobsScanned: 1, commitsScanned: 0 });
    expect(where(report)).toEqual([['app.env', 2, key]]);
    expect(report.findings[0]).not.toHaveProperty('commit');

    // The text report says the same thing, for the person whose commit it stopped.
    const text = await runCli(['staged'], { cwd: repo.dir, env: gitEnv() });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('app.env');
    expect(text.stderr).toMatch(BLOCKED);
  });

  it('nothing staged, or a clean change, is exit 0 with nothing on stderr', async () => {
    const repo = TestRepo.init();
    expect((await staged(repo.dir)).result).toMatchObject({ code: 0, stderr: '' });
    repo.commitFiles({ 'a.txt': 'a\n' }, 'a');
    expect((await staged(repo.dir)).result).toMatchObject({ code: 0, stderr: '' });
    repo.write('a.txt', 'a\nb\n').add();
    const { result, report } = await staged(repo.dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(report.scan.blobsScanned).toBe(1);
  });

  it('reports only the lines the commit adds, not secrets already committed', async () => {
    const repo = TestRepo.init();
    const old = leak();
    // Committed earlier (as if with --no-verify): not this commit's business.
    repo.commitFiles({ 'app.env': `NAME=app\n${line(old)}LEVEL=info\n` }, 'old');
    repo.write('app.env', `NAME=app\n${line(old)}LEVEL=debug\nCOLOR=blue\n`).add();
    const clean = await staged(repo.dir);
    expect(clean.result.code, clean.result.stderr).toBe(0);
    expect(clean.report.findings).toEqual([]);

    const added = leak();
    repo.write('app.env', `NAME=app\n${line(old)}LEVEL=debug\n${line(added)}COLOR=blue\n`).add();
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(where(report)).toEqual([['app.env', 4, added]]);
  });

  it('scans the index, not the working tree', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'app.env': 'NAME=app\n' }, 'base');
    // Only in the working tree: not part of the commit.
    repo.write('app.env', `NAME=app\n${line(leak())}`);
    repo.write('untracked.env', line(leak()));
    const clean = await staged(repo.dir);
    expect(clean.result.code).toBe(0);
    expect(clean.report.findings).toEqual([]);

    // Staged, then removed from the working tree: still part of the commit.
    const key = leak();
    repo.write('app.env', `NAME=app\n${line(key)}`).add('app.env');
    repo.write('app.env', 'NAME=app\n');
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(where(report)).toEqual([['app.env', 2, key]]);
  });

  it('a pure rename of a file holding a secret adds nothing; a rename with a new secret reports only that', async () => {
    const repo = TestRepo.init();
    const old = leak();
    const body = Array.from({ length: 12 }, (_, i) => `SETTING_${i}=value-${i}\n`).join('');
    repo.commitFiles({ 'old/app.env': `${body}${line(old)}` }, 'base');
    repo.mv('old/app.env', 'new/app.env');
    const pure = await staged(repo.dir);
    expect(pure.result.code, pure.result.stderr).toBe(0);
    expect(pure.report.findings).toEqual([]);

    const added = leak();
    repo.write('new/app.env', `${body}${line(old)}${line(added)}`).add('new/app.env');
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(where(report)).toEqual([['new/app.env', 14, added]]);
  });

  it('finds the added lines of edited files whatever their names (spaces, non-ASCII, newlines, quotes, pathspec magic)', async () => {
    const repo = TestRepo.init();
    const names = ['dir with space/ünï cödé.env', '配置.env', 'new\nline.env', 'tab\there "quoted" back\\slash.env', ':(weird) name.env', '*.env', '[ab].env'];
    const files: Record<string, string> = {};
    for (const name of names) files[name] = `NAME=app\n${line(leak())}`;
    repo.commitFiles(files, 'base');
    const added = new Map<string, string>();
    for (const name of names) {
      const key = leak();
      added.set(name, key);
      repo.write(name, `NAME=app\nLEVEL=info\n${line(key)}${files[name]!.split('\n')[1]}\n`);
    }
    repo.add();
    const { result, report } = await staged(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(where(report).sort()).toEqual(names.map((name) => [name, 3, added.get(name)]).sort());
  });

  it("a user's git configuration does not change which lines count as added", async () => {
    const repo = TestRepo.init();
    const old = leak();
    repo.commitFiles({ 'app.env': `A=1\n${line(old)}B=1\n`, 'moved.env': `${'X=1\n'.repeat(10)}${line(leak())}` }, 'base');
    for (const [name, value] of [
      ['diff.interHunkContext', '10'],
      ['diff.context', '5'],
      ['diff.renames', 'false'],
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.external', 'false'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['core.quotePath', 'true'],
    ]) {
      repo.git('config', name!, value!);
    }
    // Lines 1 and 3 change around the old secret on line 2; the file with a secret moves.
    repo.write('app.env', `A=2\n${line(old)}B=2\n`);
    repo.mv('moved.env', 'sub/moved.env');
    repo.add();
    const clean = await staged(repo.dir);
    expect(clean.result.code, clean.result.stderr).toBe(0);
    expect(clean.report.findings).toEqual([]);
  });

  it('a commit that edits more files than fit on one command line', async () => {
    const repo = TestRepo.init();
    // Long paths (about 3.6 KB each), so that a few hundred files pass the usual 2 MB limit on arguments.
    const dir = Array.from({ length: 14 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(250)}`).join('/');
    const count = 800;
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`${dir}/f${i}.txt`] = `file ${i}\n`;
    repo.commitFiles(files, 'many');
    for (let i = 0; i < count; i++) repo.append(`${dir}/f${i}.txt`, 'edited\n');
    const key = leak();
    repo.append(`${dir}/f${count - 1}.txt`, line(key));
    repo.add();
    expect(Object.keys(files).join(' ').length).toBeGreaterThan(2.5 * 1024 * 1024);
    const { result, report } = await staged(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(where(report)).toEqual([[`${dir}/f${count - 1}.txt`, 3, key]]);
  });

  it('an edited UTF-16 file (binary to git, text to pdguard): a new secret is not missed', async () => {
    const repo = TestRepo.init();
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    repo.commitFiles({ 'settings.txt': utf16('NAME=app\r\n') }, 'base');
    const key = leak();
    repo.write('settings.txt', utf16(`NAME=app\r\nPAGERDUTY_TOKEN=${key}\r\n`)).add();
    const { result, report } = await staged(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(where(report)).toEqual([['settings.txt', 2, key]]);
  });

  it("a staged symbolic link whose target is a token is checked, under the link's path: new, retargeted, or a file become a link", async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hi\n' }, 'start');
    const [first, second, third] = [fake.oauthToken(), fake.oauthToken(), fake.oauthToken()];
    symlinkSync(first, repo.path('creds'));
    repo.add();
    const added = await staged(repo.dir);
    expect(added.result.code, added.result.stderr).toBe(1);
    expect(where(added.report)).toEqual([['creds', 1, first]]);

    // A link committed pointing somewhere harmless, then pointed at a token.
    rmSync(repo.path('creds'));
    symlinkSync('docs/README.md', repo.path('creds'));
    repo.commit('a harmless link');
    rmSync(repo.path('creds'));
    symlinkSync(`../vault/${second}`, repo.path('creds'));
    repo.add();
    const retargeted = await staged(repo.dir);
    expect(retargeted.result.code, retargeted.result.stderr).toBe(1);
    expect(where(retargeted.report)).toEqual([['creds', 1, second]]);

    // A file that becomes a link.
    repo.git('reset', '-q', '--hard');
    rmSync(repo.path('README.md'));
    symlinkSync(third, repo.path('README.md'));
    repo.add();
    const changedType = await staged(repo.dir);
    expect(where(changedType.report)).toEqual([['README.md', 1, third]]);
  });

  it('added lines are the lines pdguard reads, whatever git makes of the file: a UTF-16 file diffed as text, CR-only line ends, a file git calls binary', async () => {
    const repo = TestRepo.init();
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    // Characters whose UTF-16 bytes hold 0x0A: git, told to diff the file as text, splits lines there.
    const odd = 'label = \u010a\u0a41\u0a42 \u010a\u050a\r\n';
    const [old16, oldCr, oldBin] = [leak(), leak(), leak()];
    repo.write('.gitattributes', 'settings.txt diff\nbinary.env -diff\n');
    repo.commitFiles(
      {
        'settings.txt': utf16(`name = app\r\n${odd}${odd}PAGERDUTY_TOKEN=${old16}\r\nother = 1\r\n`),
        'mac.env': `# settings\rPAGERDUTY_TOKEN=${oldCr}\rother = 1\r`,
        'binary.env': `# settings\n${line(oldBin)}other = 1\n`,
      },
      'base',
    );
    const [new16, newCr, newBin, first16] = [leak(), leak(), leak(), leak()];
    repo.write('settings.txt', utf16(`PAGERDUTY_TOKEN=${first16}\r\nname = app\r\n${odd}${odd}PAGERDUTY_TOKEN=${old16}\r\nother = 1\r\nPAGERDUTY_TOKEN=${new16}\r\n`));
    repo.write('mac.env', `# settings\rPAGERDUTY_TOKEN=${oldCr}\rother = 1\rPAGERDUTY_TOKEN=${newCr}\r`);
    repo.write('binary.env', `# settings\n${line(oldBin)}other = 1\n${line(newBin)}`).add();
    expect(repo.git('diff', '--cached', '--numstat', '--', 'settings.txt')).toMatch(/^\d+\t\d+\t/); // git diffs it as text
    const { result, report } = await staged(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    // Only the new keys, at the lines an editor shows; the committed ones are not added lines.
    expect(where(report).sort()).toEqual([
      ['binary.env', 4, newBin],
      ['mac.env', 4, newCr],
      ['settings.txt', 1, first16],
      ['settings.txt', 7, new16],
    ]);
  });

  it('a deletion adds nothing', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'app.env': line(leak()), 'keep.txt': 'x\n' }, 'base');
    repo.git('rm', '-q', 'app.env');
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('lists a binary staged file, and still finds a token in its bytes', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(line(key))])).add();
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(where(report)).toEqual([['blob.bin', 1, key]]);
    expect(report.scan.skipped).toEqual([{ path: 'blob.bin', kind: 'binary', reason: 'binary' }]);
  });

  it('scans a large staged file (20 MB) whole, new file and edited file', async () => {
    const repo = TestRepo.init();
    const filler = 'log line: nothing to see here, just a long stream of ordinary text\n';
    const lines = Math.ceil((20 * 1024 * 1024) / filler.length);
    const key = leak();
    const fd = openSync(repo.path('big.log'), 'w');
    const block = filler.repeat(10_000);
    for (let written = 0; written < lines; written += 10_000) writeSync(fd, block);
    writeSync(fd, line(key));
    closeSync(fd);
    const total = Math.ceil(lines / 10_000) * 10_000;
    repo.add();
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(report.scan.bytesScanned).toBeGreaterThan(20 * 1024 * 1024);
    expect(where(report)).toEqual([['big.log', total + 1, key]]);

    // Committed, then one line added near its end: only that line counts.
    repo.commit('big');
    const added = leak();
    repo.append('big.log', line(added)).add();
    const edited = await staged(repo.dir);
    expect(edited.result.code).toBe(1);
    expect(where(edited.report)).toEqual([['big.log', total + 2, added]]);
  });

  it('honours pdguard:allow and .pdguard.yaml excludes', async () => {
    const repo = TestRepo.init();
    repo.write('app.env', `${line(leak()).trimEnd()} # pdguard:allow test fixture\n`);
    repo.write('fixtures/x.env', line(leak()));
    repo.write('.pdguard.yaml', "exclude: ['fixtures/**']\n").add();
    const { result, report } = await staged(repo.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report.findings).toEqual([]);
    // The excluded file is read too, so that what the exclusion hid is counted.
    expect(report.summary.suppressed).toBe(2);
    expect(report.scan).toMatchObject({ suppressed: { inline: 1, exclude: 1, allow: 0, baseline: 0 } });
  });

  it('sees the context around a staged line: a routing key under an already committed pagerduty_configs parent', async () => {
    const repo = TestRepo.init();
    const head = 'route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n    pagerduty_configs:\n';
    repo.commitFiles({ 'alertmanager.yml': `${head}      - severity: critical\n` }, 'alertmanager');
    const key = fake.eventsKey();
    const added = `      - routing_key: ${key}\n`;
    // The added line alone is not enough to call it a PagerDuty key.
    const alone = await runCli(['scan', '-', '--format', 'json'], { input: added, env: gitEnv() });
    expect(alone.code).toBe(0);

    repo.write('alertmanager.yml', `${head}${added}        severity: critical\n`).add();
    const { result, report } = await staged(repo.dir);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.path, f.line, f.secret])).toEqual([['pagerduty-events-key', 'alertmanager.yml', 6, key]]);
  });

  it('works from a subdirectory, with --repo, and outside a repository is exit 2 with one line', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.write('sub/dir/app.env', line(key)).add();
    const inside = await runCli(['staged', '--format', 'json', '--show-secrets'], { cwd: repo.path('sub/dir'), env: gitEnv() });
    expect((JSON.parse(inside.stdout) as JsonReport).findings.map((f) => f.path)).toEqual(['sub/dir/app.env']);
    const elsewhere = await staged(TestRepo.init().dir, ['--repo', repo.dir]);
    expect(where(elsewhere.report)).toEqual([['sub/dir/app.env', 1, key]]);

    const outside = await runStaged(repo.path('..'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^pdguard: [^\n]*not a git repository[^\n]*\n$/);
  });
});
