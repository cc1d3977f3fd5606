/**
 * `pdguard staged` against hostile input: paths that fool a parser of git's prose (` and b/` in a
 * binary file's name), a repository that sets diff.relative, and a change that adds one huge line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type JsonReport, runCli, runCliMeasured } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(4477);
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;
/** UTF-16 with a byte-order mark: binary to git (NUL bytes), text to pdguard. */
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

async function staged(dir: string): Promise<JsonReport> {
  const result = await runCli(['staged', '--format', 'json', '--show-secrets'], { cwd: dir, env: gitEnv() });
  expect(result.code, result.stderr).not.toBe(2);
  return JSON.parse(result.stdout) as JsonReport;
}

const where = (report: JsonReport) => report.findings.map((f) => [f.path, f.line, f.secret]).sort();

describe('staged: binary files whose paths hold " and b/"', () => {
  it('an edited and a renamed UTF-16 file: each new secret is found at its own path', async () => {
    const repo = TestRepo.init();
    const edited = 'p and b/q and b/r.txt';
    const renamed = 'x and b/y.txt';
    repo.commitFiles({ [edited]: utf16('# settings\n'), [renamed]: utf16('# more settings\nkeep = 1\nand = 2\n') }, 'first');
    const [k1, k2] = [fake.restKey(), fake.restKey()];
    repo.write(edited, utf16(`# settings\n${line(k1)}`));
    repo.mv(renamed, 'moved and b/y and b/z.txt');
    repo.write('moved and b/y and b/z.txt', utf16(`# more settings\nkeep = 1\nand = 2\n${line(k2)}`)).add();
    expect(repo.git('diff', '--cached', '--stat', '-M')).toMatch(/Bin/);
    const report = await staged(repo.dir);
    expect(where(report)).toEqual([
      ['moved and b/y and b/z.txt', 4, k2],
      [edited, 2, k1],
    ].sort());
  });
});

describe('staged: which lines are added, whatever the file is called', () => {
  it('names with newlines, quotes, backslashes, tabs, control bytes, non-ASCII and " and b/": only the new secret, not the committed one', async () => {
    const repo = TestRepo.init();
    const names = ['a and b/c and b/d.env', 'new\nline.env', 'quote"d.env', 'back\\slash.env', 'tab\there.env', 'ctl\u0001.env', 'ünï and b/cödé.env'];
    const old = Object.fromEntries(names.map((n) => [n, fake.restKey()]));
    repo.commitFiles(Object.fromEntries(names.map((n) => [n, `# settings\n${line(old[n]!)}`])), 'first');
    const added = Object.fromEntries(names.map((n) => [n, fake.restKey()]));
    for (const n of names) repo.write(n, `# settings\n${line(old[n]!)}${line(added[n]!)}`);
    repo.mv(names[0]!, 'moved and b/x.env');
    repo.add();
    const report = await staged(repo.dir);
    const expected = names.map((n) => [n === names[0] ? 'moved and b/x.env' : n, 3, added[n]!]);
    expect(where(report)).toEqual(expected.sort());
  });
});

describe('staged: the repository sets diff.relative=true', () => {
  it('from a subdirectory, the top-level files and their added lines are still seen', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'top.env': '# top\n', 'sub/inner.env': '# inner\n' }, 'first');
    repo.git('config', 'diff.relative', 'true');
    const [k1, k2] = [fake.restKey(), fake.restKey()];
    repo.write('top.env', `# top\n${line(k1)}`).write('sub/inner.env', `# inner\n${line(k2)}`).add();
    const report = await staged(repo.path('sub'));
    expect(where(report)).toEqual([
      ['sub/inner.env', 2, k2],
      ['top.env', 2, k1],
    ]);
  });
});

describe('staged: a file that gains one huge line', () => {
  it('reads git’s diff in bounded memory (a 32 MB line), and finds the secret after it', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'data.txt': 'start\n' }, 'first');
    const key = fake.restKey();
    repo.write('data.txt', `start\n${'x'.repeat(32 * 1024 * 1024)}\n${line(key)}`).add();
    const result = await runCliMeasured(['staged', '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, result.stderr).toBe(1);
    expect(where(JSON.parse(result.stdout) as JsonReport)).toEqual([['data.txt', 3, key]]);
    // Gathering the line (as each chunk was re-searched with all before it) took 380 MB and 18 s.
    expect(result.maxRssMb).toBeLessThan(250);
  });
});
