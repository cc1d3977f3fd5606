/**
 * `pdguard history` on real repositories built at test time: every blob reachable from any ref,
 * scanned once, each finding attributed to the commit that introduced it.
 */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, type JsonReport, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { AUTHOR, TestRepo, cleanupGit, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(3141);
const leak = () => fake.restKey();
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;

type Finding = JsonReport['findings'][number] & { commit?: { sha: string; author: string; email: string; date: string } };
type Report = Omit<JsonReport, 'findings' | 'scan'> & { findings: Finding[]; scan: JsonReport['scan'] & { shallow?: boolean } };

function runHistory(dir: string, args: string[] = []): Promise<CliResult> {
  return runCli(['history', '--format', 'json', '--show-secrets', ...args], { cwd: dir, env: gitEnv() });
}

async function history(dir: string, args: string[] = []): Promise<{ result: CliResult; report: Report }> {
  const result = await runHistory(dir, args);
  let report: Report;
  try {
    report = JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
  return { result, report };
}

/** exit 2 with exactly one line on stderr, and no report. */
function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(/^pdguard: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stdout).toBe('');
}

const secrets = (report: Report) => report.findings.map((f) => f.secret).sort();

describe('history: attribution', () => {
  it('reports a secret committed once with its commit, path, line and column', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hello\n' }, 'first');
    const key = leak();
    const sha = repo.commitFiles({ 'config/app.env': `# app\nNAME=x\n${line(key)}` }, 'add config');
    repo.commitFiles({ 'README.md': 'hello again\n' }, 'third');

    const { result, report } = await history(repo.dir);
    expect(result.code).toBe(1);
    expect(report.scan).toMatchObject({ mode: 'history', commitsScanned: 3, skipped: [] });
    // Blobs: README twice, the config once.
    expect(report.scan.blobsScanned).toBe(3);
    expect(report.scan.shallow).toBe(false);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'pagerduty-rest-api-key',
      path: 'config/app.env',
      line: 3,
      column: 'PAGERDUTY_TOKEN='.length + 1,
      endColumn: 'PAGERDUTY_TOKEN='.length + 1 + key.length,
      secret: key,
      commit: { sha, author: AUTHOR.name, email: AUTHOR.email, date: TestRepo.isoDate(1) },
    });
    expect(report.findings[0]!.commit!.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/);
    expect(Number.isNaN(Date.parse(report.findings[0]!.commit!.date))).toBe(false);
  });

  it('reports a secret kept through many later edits once, at the commit that introduced it', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'app.env': 'A=1\n' }, 'start');
    const key = leak();
    const introduced = repo.commitFiles({ 'app.env': `A=1\n${line(key)}` }, 'add key');
    for (let i = 2; i <= 6; i++) repo.commitFiles({ 'app.env': `A=${i}\n${line(key)}${'# more\n'.repeat(i)}` }, `edit ${i}`);

    const { result, report } = await history(repo.dir);
    expect(result.code).toBe(1);
    expect(report.scan.commitsScanned).toBe(7);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'app.env', line: 2, secret: key, commit: { sha: introduced } });
  });

  it('follows a pure rename: one finding, at the first path', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const introduced = repo.commitFiles({ 'old/name.env': line(key) }, 'add');
    repo.mv('old/name.env', 'new-name.env');
    repo.commit('rename');

    const { report } = await history(repo.dir);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'old/name.env', commit: { sha: introduced } });
  });

  it('follows a rename with an edit: one finding, at the first path', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const body = Array.from({ length: 20 }, (_, i) => `SETTING_${i}=value-${i}\n`).join('');
    const introduced = repo.commitFiles({ 'settings.env': `${body}${line(key)}` }, 'add');
    repo.mv('settings.env', 'conf/settings.env');
    repo.write('conf/settings.env', `${body}${line(key)}EXTRA=1\n`);
    repo.commit('rename and edit');
    // Make sure git really sees a rename with an edit here (not a delete and an add).
    expect(repo.git('show', '--name-status', '-M', '--format=', 'HEAD')).toMatch(/^R\d+\tsettings\.env\tconf\/settings\.env$/m);
    expect(repo.git('show', '--name-status', '-M', '--format=', 'HEAD')).not.toMatch(/^R100/m);

    const { report } = await history(repo.dir);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'settings.env', commit: { sha: introduced } });
  });

  it('finds a secret in a file deleted later', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const introduced = repo.commitFiles({ 'gone.env': line(key), 'keep.txt': 'x\n' }, 'add');
    repo.remove('gone.env');
    repo.commit('delete');
    expect(repo.git('ls-files')).toBe('keep.txt\n');

    const { result, report } = await history(repo.dir);
    expect(result.code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'gone.env', secret: key, commit: { sha: introduced } });
  });

  it('reports the same secret in two files twice, and blobs shared by two paths are scanned once', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const first = repo.commitFiles({ 'a.env': line(key) }, 'a');
    const second = repo.commitFiles({ 'b/copy.env': line(key) }, 'b'); // identical blob, another file

    const { report } = await history(repo.dir);
    expect(report.scan.blobsScanned).toBe(1);
    expect(report.findings.map((f) => [f.path, f.commit?.sha]).sort()).toEqual([
      ['a.env', first],
      ['b/copy.env', second],
    ]);
  });

  it('finds content that exists only in a merge commit (a conflict resolved with new text)', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=base\n' }, 'base');
    repo.checkout('feature', { create: true });
    repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=feature\n' }, 'feature side');
    repo.checkout('main');
    repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=main\n' }, 'main side');
    const key = leak();
    const merge = repo.merge('feature', { resolve: { 'service.env': `PAGERDUTY_SERVICE=merged\n${line(key)}` } });
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    // A diff-based scan of the parents' changes would not see it: no parent commit has the text.
    expect(repo.git('log', '-p', '--no-merges', '--all')).not.toContain(key);

    const { report } = await history(repo.dir);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'service.env', line: 2, secret: key, commit: { sha: merge } });
    expect(report.scan.commitsScanned).toBe(4);
  });

  it('does not report, in a range, what a merge brings in from the branch it merges', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'base\n' }, 'base');
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.checkout('feature', { create: true });
    const ours = leak();
    repo.commitFiles({ 'feature.env': line(ours) }, 'feature work');
    repo.checkout('main');
    repo.commitFiles({ 'main.env': line(leak()) }, 'main work');
    const main = repo.git('rev-parse', 'HEAD').trim();
    repo.checkout('feature');
    repo.merge('main');
    // main's secret came in with the merge of main: it is not the feature branch's to report.
    const { report } = await history(repo.dir, ['--range', `${main}..feature`]);
    expect(report.findings.map((f) => [f.path, f.secret])).toEqual([['feature.env', ours]]);
    const all = await history(repo.dir, ['--range', `${base}..feature`]);
    expect(all.report.findings.map((f) => f.path).sort()).toEqual(['feature.env', 'main.env']);
  });

  it("a user's git configuration does not change what is read (merges, renames, quoting, colour, root commits)", async () => {
    const repo = TestRepo.init();
    const rootKey = leak();
    const root = repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=base\n', 'ünï.env': line(rootKey) }, 'root');
    repo.checkout('feature', { create: true });
    repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=feature\n' }, 'feature side');
    repo.checkout('main');
    repo.commitFiles({ 'service.env': 'PAGERDUTY_SERVICE=main\n' }, 'main side');
    const key = leak();
    const merge = repo.merge('feature', { resolve: { 'service.env': `PAGERDUTY_SERVICE=merged\n${line(key)}` } });
    repo.mv('ünï.env', 'renamed.env');
    repo.commit('rename');
    for (const [name, value] of [
      ['log.diffMerges', 'combined'],
      ['log.showRoot', 'false'],
      ['diff.renames', 'false'],
      ['diff.noprefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['core.quotePath', 'true'],
      ['log.abbrevCommit', 'true'],
    ]) {
      repo.git('config', name!, value!);
    }
    const { report } = await history(repo.dir);
    expect(report.findings.map((f) => [f.path, f.secret, f.commit?.sha]).sort()).toEqual(
      [
        ['service.env', key, merge],
        ['ünï.env', rootKey, root],
      ].sort(),
    );
  });

  it('finds a commit reachable only from a tag', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'x\n' }, 'base');
    repo.checkout('release-tmp', { create: true });
    const key = leak();
    const tagged = repo.commitFiles({ 'release.env': line(key) }, 'release');
    repo.tag('v1.0.0', { message: 'release 1.0.0' });
    repo.checkout('main');
    repo.deleteBranch('release-tmp');
    expect(repo.git('branch', '--contains', tagged)).toBe('');

    const { report } = await history(repo.dir);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'release.env', commit: { sha: tagged } });
  });

  it('finds a blob a tag points at directly (no commit holds it), named by its id', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'x\n' }, 'base');
    const key = leak();
    // As git.git's junio-gpg-pub: a tag whose object is a blob, not a commit.
    writeFileSync(join(repo.dir, 'key.txt'), line(key));
    const blob = repo.git('hash-object', '-w', 'key.txt').trim();
    repo.remove('key.txt').tag('signing-key', { message: 'the key', target: blob });
    const { result, report } = await history(repo.dir, ['--no-cache']);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => [f.secret, f.path, f.commit ?? null])).toEqual([[key, `blob ${blob}`, null]]);
  });
});

describe('history: selecting commits', () => {
  function threeLeaks() {
    const repo = TestRepo.init();
    const keys = [leak(), leak(), leak()];
    const shas = keys.map((key, i) => repo.commitFiles({ [`k${i}.env`]: line(key) }, `commit ${i}`));
    return { repo, keys, shas };
  }

  it('--range A..B scans only the commits in B that are not in A', async () => {
    const { repo, keys, shas } = threeLeaks();
    const { result, report } = await history(repo.dir, ['--range', `${shas[0]}..${shas[1]}`]);
    expect(result.code).toBe(1);
    expect(report.scan.commitsScanned).toBe(1);
    expect(report.findings.map((f) => [f.secret, f.commit?.sha])).toEqual([[keys[1], shas[1]]]);

    const names = await history(repo.dir, ['--range', 'HEAD~2..HEAD']);
    expect(secrets(names.report)).toEqual([keys[1], keys[2]].sort());
  });

  it('a range reports a secret its commits copy from a file the base still has', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const base = repo.commitFiles({ 'app.env': line(key) }, 'leak');
    // The very same bytes at a new path: rev-list --objects alone takes the blob for the base's.
    const copy = repo.commitFiles({ 'deploy/app.env': line(key) }, 'copy the config');
    const { result, report } = await history(repo.dir, ['--range', `${base}..HEAD`]);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => [f.secret, f.path, f.commit?.sha])).toEqual([[key, 'deploy/app.env', copy]]);
  });

  it('--max-file-size lists the larger blobs as skipped and never reads them (a decompression bomb)', async () => {
    const repo = TestRepo.init();
    const small = leak();
    const hidden = leak();
    // 4.5 MB of text that compress to a few KB: the kind of blob a hostile repository holds by the thousand.
    repo.commitFiles({ 'small.env': line(small), 'bomb.txt': `${'# filler\n'.repeat(500_000)}${line(hidden)}` }, 'bomb');
    const { result, report } = await history(repo.dir, ['--max-file-size', '1MB', '--no-cache']);
    expect(result.code).toBe(1);
    expect(secrets(report)).toEqual([small]);
    const bomb = repo.git('rev-parse', 'HEAD:bomb.txt').trim();
    expect(report.scan.skipped).toEqual([{ path: `blob ${bomb}`, kind: 'too-large', reason: expect.stringMatching(/larger than --max-file-size 1(\.0)? ?MB/) }]);
    // Without the limit the same history is read whole.
    expect(secrets((await history(repo.dir, ['--no-cache'])).report)).toEqual([small, hidden].sort());
    expectOneLineError(await runHistory(repo.dir, ['--max-file-size', 'lots']), /--max-file-size/);
  });

  it('--since REV scans only the commits REV does not contain, on any ref', async () => {
    const { repo, keys, shas } = threeLeaks();
    repo.git('checkout', '-q', '-b', 'other', shas[1]!);
    const side = leak();
    repo.commitFiles({ 'side.env': line(side) }, 'side');
    const { report } = await history(repo.dir, ['--since', shas[1]!]);
    expect(secrets(report)).toEqual([keys[2], side].sort());
  });

  it('--branch REF scans only what REF reaches: one branch or one tag, not every ref', async () => {
    const { repo, keys, shas } = threeLeaks();
    repo.git('checkout', '-q', '-b', 'feature', shas[1]!);
    const side = leak();
    repo.commitFiles({ 'side.env': line(side) }, 'side');
    repo.git('tag', 'v1', shas[0]!);
    expect(secrets((await history(repo.dir, ['--branch', 'main'])).report)).toEqual([...keys].sort());
    expect(secrets((await history(repo.dir, ['--branch', 'feature'])).report)).toEqual([keys[0], keys[1], side].sort());
    const tag = await history(repo.dir, ['--branch', 'v1', '--no-cache']);
    expect(secrets(tag.report)).toEqual([keys[0]]);
    expect(tag.report.scan.commitsScanned).toBe(1);
    // Every ref, as without the option: all four.
    expect(secrets((await history(repo.dir)).report)).toEqual([...keys, side].sort());
    expectOneLineError(await runHistory(repo.dir, ['--branch', 'nope']), /--branch 'nope' is not a commit/);
    expectOneLineError(await runHistory(repo.dir, ['--branch', 'main', '--since', 'v1']), /--since and --branch cannot be used together/);
  });

  it('a bad range is exit 2 with one line', async () => {
    const { repo } = threeLeaks();
    expectOneLineError(await runHistory(repo.dir, ['--range', 'nope..HEAD']), /nope/);
    expectOneLineError(await runHistory(repo.dir, ['--range', 'HEAD']), /A\.\.B/);
    expectOneLineError(await runHistory(repo.dir, ['--since', 'no-such-rev']), /no-such-rev/);
    expectOneLineError(await runHistory(repo.dir, ['--range=--all..HEAD']), /--all/);
  });
});

describe('history: shallow clones', () => {
  function shallowClone() {
    const origin = TestRepo.init();
    const keys = [leak(), leak(), leak(), leak()];
    const shas = keys.map((key, i) => origin.commitFiles({ [`k${i}.env`]: line(key) }, `commit ${i}`));
    const clone = origin.clone({ depth: 2 });
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    return { origin, clone, keys, shas };
  }

  it('says so on stderr and in the JSON report', async () => {
    const { clone, keys } = shallowClone();
    const { result, report } = await history(clone.dir);
    expect(report.scan.shallow).toBe(true);
    expect(result.stderr).toMatch(/shallow/);
    expect(result.stderr).toContain('git fetch --unshallow');
    // What the clone has is scanned: its boundary commit shows its whole tree.
    expect(result.code).toBe(1);
    expect(secrets(report)).toEqual([...keys].sort());
  });

  it('a range whose base is outside the shallow history is exit 2 with the fix, not "no leaks"', async () => {
    const { clone, shas } = shallowClone();
    const result = await runHistory(clone.dir, ['--range', `${shas[0]}..HEAD`]);
    expectOneLineError(result, /shallow/);
    expect(result.stderr).toContain('git fetch --unshallow');
    expect(result.stderr).toContain('fetch-depth: 0');
    const named = await runHistory(clone.dir, ['--range', 'HEAD~3..HEAD']);
    expectOneLineError(named, /git fetch --unshallow.*fetch-depth: 0/);
    const since = await runHistory(clone.dir, ['--since', shas[0]!]);
    expectOneLineError(since, /shallow.*git fetch --unshallow.*fetch-depth: 0/);
  });

  it('a range inside the shallow history works', async () => {
    const { clone, keys, shas } = shallowClone();
    const { result, report } = await history(clone.dir, ['--range', `${shas[2]}..${shas[3]}`]);
    expect(result.code).toBe(1);
    expect(secrets(report)).toEqual([keys[3]]);
  });
});

describe('history: repositories and content', () => {
  it('outside a repository is exit 2 with one line; an empty repository is exit 0', async () => {
    const plain = tempDir();
    writeFileSync(join(plain, 'a.env'), line(leak()));
    expectOneLineError(await runHistory(plain), /not a git repository/);
    expectOneLineError(await runHistory(TestRepo.init().dir, ['--repo', join(plain, 'missing')]), /missing/);

    const empty = TestRepo.init();
    const { result, report } = await history(empty.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report.scan).toMatchObject({ mode: 'history', commitsScanned: 0, blobsScanned: 0 });
    expect(report.findings).toEqual([]);
  });

  it('--repo points at the repository from elsewhere, and a bare repository is scanned too', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.commitFiles({ 'a.env': line(key) }, 'a');
    const { report } = await history(tempDir(), ['--repo', repo.dir]);
    expect(secrets(report)).toEqual([key]);
    const bare = repo.clone({ bare: true });
    const fromBare = await history(bare.dir);
    expect(secrets(fromBare.report)).toEqual([key]);
  });

  it("scans a symbolic link's target, reported at the link's path and the commit that set it", async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'README.md': 'hi\n' }, 'start');
    const [first, second] = [fake.oauthToken(), fake.oauthToken()];
    symlinkSync(first, repo.path('creds'));
    const linked = repo.commit('a link');
    rmSync(repo.path('creds'));
    symlinkSync(`../vault/${second}`, repo.path('creds'));
    const retargeted = repo.commit('pointed elsewhere');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.secret, f.commit?.sha]).sort()).toEqual(
      [['creds', 1, first, linked], ['creds', 1, second, retargeted]].sort(),
    );
    // A range (what pre-push and a pull request scan) sees it too.
    const range = await history(repo.dir, ['--range', `${linked}..${retargeted}`]);
    expect(range.report.findings.map((f) => [f.path, f.secret, f.commit?.sha])).toEqual([['creds', second, retargeted]]);
  });

  it('lists binary blobs by their id, and still finds what their bytes hold (one NUL byte before a token hides nothing)', async () => {
    const repo = TestRepo.init();
    const [inImage, afterNul, text] = [leak(), fake.oauthToken(), leak()];
    const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(line(inImage))]);
    const nul = Buffer.concat([Buffer.from('# notes\0\n'), Buffer.from(`token: ${afterNul}\n`)]);
    repo.commitFiles({ 'image.png': binary, 'notes.txt': nul, 'a.env': line(text) }, 'files');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.secret]).sort()).toEqual([
      ['a.env', 1, text],
      ['image.png', 1, inImage],
      ['notes.txt', 2, afterNul],
    ]);
    const id = (path: string) => repo.git('rev-parse', `HEAD:${path}`).trim();
    expect(report.scan.skipped).toEqual(
      [`blob ${id('image.png')}`, `blob ${id('notes.txt')}`].sort().map((path) => ({ path, kind: 'binary', reason: 'binary' })),
    );
  });

  it('keeps each blob apart while two cat-file processes answer at once: every finding at its own path and line', async () => {
    const repo = TestRepo.init();
    const files: Record<string, string> = {};
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Small blobs and multi-megabyte ones (handed on in many pieces), each key on a line of its own.
      const filler = 'x = 1\n'.repeat(i % 7 === 0 ? 400_000 + i : i);
      const key = leak();
      files[`f${i}.env`] = `${filler}${line(key)}tail\n`;
      expected.push(`f${i}.env:${filler.split('\n').length}:${key}`);
    }
    repo.commitFiles(files, 'many files');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.scan.blobsScanned).toBe(40);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.secret}`).sort()).toEqual(expected.sort());
  });

  it('reports paths with spaces, non-ASCII characters and newlines exactly', async () => {
    const repo = TestRepo.init();
    const names = ['dir with space/my file.env', 'ünïcödé/配置.env', 'new\nline.env', 'tab\there "quoted".env'];
    const files: Record<string, string> = {};
    for (const name of names) files[name] = line(leak());
    repo.commitFiles(files, 'odd names');
    const { report } = await history(repo.dir);
    expect(report.findings.map((f) => f.path).sort()).toEqual([...names].sort());

    // And through a rename.
    repo.mv('ünïcödé/配置.env', 'ünïcödé/新しい 名前.env');
    repo.commit('rename');
    const again = await history(repo.dir);
    expect(again.report.findings.map((f) => f.path).sort()).toEqual([...names].sort());
  });

  it('honours .pdguard.yaml excludes and --exclude', async () => {
    const repo = TestRepo.init();
    const kept = leak();
    repo.commitFiles({ 'fixtures/old.env': line(leak()), 'src/app.env': line(kept), 'docs/x.env': line(leak()) }, 'files');
    repo.commitFiles({ '.pdguard.yaml': "exclude: ['fixtures/**']\n" }, 'config');
    const { report } = await history(repo.dir, ['--exclude', 'docs/**']);
    expect(report.findings.map((f) => f.path)).toEqual(['src/app.env']);
  });

  it('honours a baseline: only findings not in it are reported', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'a.env': line(leak()), 'b.env': line(leak()) }, 'old leaks');
    const baseline = join(tempDir(), 'baseline.json');
    const write = await runCli(['history', '--write-baseline', baseline, '--format', 'json'], { cwd: repo.dir, env: gitEnv() });
    expect(write.code, write.stderr).toBe(0);

    const accepted = await history(repo.dir, ['--baseline', baseline]);
    expect(accepted.result.code).toBe(0);
    expect(accepted.report.findings).toEqual([]);
    expect(accepted.report.summary.suppressed).toBe(2);

    const fresh = leak();
    const sha = repo.commitFiles({ 'c.env': line(fresh) }, 'new leak');
    const later = await history(repo.dir, ['--baseline', baseline]);
    expect(later.result.code).toBe(1);
    expect(later.report.findings.map((f) => [f.path, f.secret, f.commit?.sha])).toEqual([['c.env', fresh, sha]]);
  });
});

describe('history: suppression is decided per occurrence, before one finding per secret per file is chosen', () => {
  type Summary = { suppressed: number };
  const summary = (report: Report) => report.summary as unknown as Summary & Record<string, unknown>;

  it('a key first committed under an excluded folder and then renamed into prod.env is reported at prod.env', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ '.pdguard.yaml': "exclude: ['fixtures/**']\n" }, 'config');
    const key = leak();
    repo.commitFiles({ 'fixtures/sample.env': line(key) }, 'a fixture');
    repo.mv('fixtures/sample.env', 'prod.env');
    const renamed = repo.commit('promote the fixture');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.secret, f.commit?.sha])).toEqual([['prod.env', key, renamed]]);
    expect(summary(report).suppressed).toBe(0);
  });

  it('a key whose early commit had pdguard:allow and whose later commit dropped it is reported at the later commit', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.commitFiles({ 'app.env': `PAGERDUTY_TOKEN=${key} # pdguard:allow\n` }, 'allowed');
    repo.commitFiles({ 'app.env': `# notes\n# pdguard:allow-next-line\n${line(key)}` }, 'allowed the other way');
    const dropped = repo.commitFiles({ 'app.env': `# notes\n${line(key)}` }, 'marker dropped');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.secret, f.commit?.sha])).toEqual([['app.env', 2, key, dropped]]);
    expect(summary(report).suppressed).toBe(0);
  });

  it('within one blob: an allowed first line does not hide the same key on a later line', async () => {
    const repo = TestRepo.init();
    const key = leak();
    const sha = repo.commitFiles({ 'app.env': `PAGERDUTY_TOKEN=${key} # pdguard:allow\nOTHER=1\n${line(key)}` }, 'twice');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.commit?.sha])).toEqual([['app.env', 3, sha]]);
  });

  it('a secret whose every occurrence is suppressed is one suppressed finding, by what hid its first', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ '.pdguard.yaml': "exclude: ['fixtures/**', 'samples/**']\n" }, 'config');
    const key = leak();
    repo.commitFiles({ 'fixtures/a.env': line(key) }, 'fixture');
    repo.mv('fixtures/a.env', 'samples/a.env');
    repo.commit('move it');
    repo.write('samples/a.env', `PAGERDUTY_TOKEN=${key} # pdguard:allow\n`);
    repo.commit('and mark it');
    const { result, report } = await history(repo.dir, ['--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(summary(report).suppressed).toBe(1);
  });

  it('a baseline written from history accepts every place it saw: renamed, and found again after a suppressed place', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ '.pdguard.yaml': "exclude: ['fixtures/**']\n" }, 'config');
    const [a, b] = [leak(), leak()];
    repo.commitFiles({ 'old.env': line(a), 'fixtures/x.env': line(b) }, 'keys');
    repo.mv('old.env', 'new/name.env');
    repo.mv('fixtures/x.env', 'prod.env');
    repo.commit('renames');
    const baseline = join(tempDir(), 'baseline.json');
    const write = await runCli(['history', '--write-baseline', baseline, '--format', 'json'], { cwd: repo.dir, env: gitEnv() });
    expect(write.code, write.stderr).toBe(0);
    const again = await history(repo.dir, ['--baseline', baseline]);
    expect(again.result.code, again.result.stderr).toBe(0);
    expect(again.report.findings).toEqual([]);
    // The baseline names each place by its own fingerprint: a later move of the key is new.
    repo.mv('prod.env', 'elsewhere.env');
    const moved = repo.commit('move again');
    const later = await history(repo.dir, ['--baseline', baseline]);
    expect(later.report.findings.map((f) => [f.path, f.secret, f.commit?.sha])).toEqual([['elsewhere.env', b, moved]]);
  });
});
