/**
 * The history cache on real repositories built at test time: a re-audit walks only the new
 * commits and scans only the new blobs, still reports every finding, and a cache it cannot trust
 * (corrupt, foreign, another version, a history rewritten under it, a link) never hides one.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesKey } from '../src/history/cache.js';
import { loadPatterns } from '../src/patterns/load.js';
import { type CliResult, type JsonReport, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitAt, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(2718);
const leak = () => fake.restKey();
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;

type Finding = JsonReport['findings'][number] & { commit?: { sha: string } };
type Report = { findings: Finding[]; scan: JsonReport['scan'] };

/** This test user's own cache directory, where the key that seals caches inside `.git` is kept. */
const userCache = tempDir();

async function history(dir: string, args: string[] = [], cacheHome = userCache): Promise<{ result: CliResult; report: Report }> {
  const result = await runCli(['history', '--format', 'json', '--show-secrets', ...args], { cwd: dir, env: { ...gitEnv(), XDG_CACHE_HOME: cacheHome } });
  try {
    return { result, report: JSON.parse(result.stdout) as Report };
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
}

const places = (report: Report) => report.findings.map((f) => [f.path, f.secret, f.commit?.sha]).sort();
const cacheOf = (repo: TestRepo) => join(repo.git('rev-parse', '--absolute-git-dir').trim(), 'pdguard', 'history-cache.json');

/** Ten commits of ordinary files and one leak, audited once with the default cache. */
async function audited() {
  const repo = TestRepo.init();
  for (let i = 0; i < 10; i++) repo.commitFiles({ [`src/f${i}.txt`]: `content ${i}\n` }, `c${i}`);
  const key = leak();
  const sha = repo.commitFiles({ 'config/app.env': line(key) }, 'leak');
  const first = await history(repo.dir);
  expect(first.result.code, first.result.stderr).toBe(1);
  expect(first.result.stderr).not.toMatch(/warning/);
  expect(places(first.report)).toEqual([['config/app.env', key, sha]]);
  expect(first.report.scan.commitsScanned).toBe(11);
  return { repo, key, sha, first };
}

describe('history cache: re-audits', () => {
  it('a re-run with nothing new says what the cache answered for, and never looks empty', async () => {
    const { repo, key } = await audited();
    const again = await history(repo.dir);
    expect(again.result.code).toBe(1);
    expect(again.report.findings.map((f) => f.secret)).toEqual([key]);
    expect(again.report.scan).toMatchObject({ commitsScanned: 0, cached: { commits: 11 } });
    const text = await runCli(['history'], { cwd: repo.dir, env: { ...gitEnv(), XDG_CACHE_HOME: userCache } });
    const words = (out: string) => out.replace(/\s+/g, ' '); // the summary wraps at 80 columns
    expect(words(text.stdout)).toMatch(/No new commits since the last run \(11 commits from the history cache\); this run: 0 commits/);
    // Clean, and nothing new: ✔ with what the cache covered, never "Nothing was scanned".
    const clean = TestRepo.init();
    clean.commitFiles({ 'a.txt': 'hi\n' }, 'one');
    await history(clean.dir);
    const second = await runCli(['history'], { cwd: clean.dir, env: { ...gitEnv(), XDG_CACHE_HOME: userCache } });
    expect(second.code).toBe(0);
    expect(words(second.stdout)).toMatch(/^✔ No PagerDuty credentials found\. No new commits since the last run \(1 commit from the history cache\)/);
    expect(second.stdout).not.toMatch(/Nothing was scanned/);
  });

  it('lives in the git directory, holds no secret, and a re-audit after one commit scans only what is new and reports old and new', async () => {
    const { repo, key, sha, first } = await audited();
    const file = cacheOf(repo);
    expect(existsSync(file)).toBe(true);
    expect(repo.git('status', '--porcelain', '--ignored')).toBe(''); // nothing in the work tree
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(sha);

    const fresh = leak();
    const newSha = repo.commitFiles({ 'deploy/prod.env': line(fresh) }, 'another leak');
    const second = await history(repo.dir);
    expect(second.result.code).toBe(1);
    expect(places(second.report)).toEqual([['config/app.env', key, sha], ['deploy/prod.env', fresh, newSha]].sort());
    // One new commit walked; the new blob and the blob with the old finding (always re-scanned).
    expect(second.report.scan.commitsScanned).toBe(1);
    expect(second.report.scan.blobsScanned).toBe(2);
    expect(first.report.scan.blobsScanned).toBe(11);

    // The same without the cache: the same findings, from a full walk.
    const uncached = await history(repo.dir, ['--no-cache']);
    expect(places(uncached.report)).toEqual(places(second.report));
    expect(uncached.report.scan.commitsScanned).toBe(12);
  });

  it('follows a rename and a copy made after the cached run', async () => {
    const { repo, key, sha } = await audited();
    repo.mv('config/app.env', 'config/renamed.env');
    repo.commit('rename');
    const copy = repo.commitFiles({ 'copy.env': line(key) }, 'copy');
    const { report } = await history(repo.dir);
    expect(places(report)).toEqual([['config/app.env', key, sha], ['copy.env', key, copy]].sort());
  });

  it('a key allowed in the cached run and committed without its marker later is reported at the later commit', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.commitFiles({ 'app.env': `PAGERDUTY_TOKEN=${key} # pdguard:allow\n` }, 'allowed');
    const first = await history(repo.dir);
    expect(first.result.code, first.result.stderr).toBe(0);
    const dropped = repo.commitFiles({ 'app.env': line(key) }, 'marker dropped');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(report.scan.commitsScanned).toBe(1); // the cache was used
    expect(places(report)).toEqual([['app.env', key, dropped]]);
  });

  it('a history rewritten under the cache is walked again: a commit no longer in it is not reported', async () => {
    const { repo, sha } = await audited();
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.git('reflog', 'expire', '--expire=now', '--all');
    const fixed = repo.commitFiles({ 'config/app.env': 'PAGERDUTY_TOKEN=${FROM_VAULT}\n' }, 'no leak');
    const { result, report } = await history(repo.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.scan.commitsScanned).toBe(11);
    expect(fixed).not.toBe(sha);
  });

  /** A key added and removed long before the tip, and a shallow clone that cannot see it. */
  function shallowClone() {
    const origin = TestRepo.init();
    origin.commitFiles({ 'README.md': 'hello\n' }, 'start');
    const key = leak();
    const sha = origin.commitFiles({ 'old.env': line(key) }, 'a key');
    origin.remove('old.env');
    origin.commit('removed');
    for (let i = 0; i < 4; i++) origin.commitFiles({ [`f${i}.txt`]: `content ${i}\n` }, `c${i}`);
    const clone = origin.clone({ depth: 2 });
    return { clone, key, sha };
  }

  for (const [how, deepen] of [
    ['--unshallow', ['--unshallow']],
    ['--deepen (still shallow, its boundary moved back)', ['--deepen=4']],
  ] as const) {
    it(`a cache made in a shallow clone does not cover the history a later fetch ${how} brings: it is walked and scanned`, async () => {
      const { clone, key, sha } = shallowClone();
      const shallow = await history(clone.dir);
      expect(shallow.result.code, shallow.result.stderr).toBe(0);
      expect(existsSync(cacheOf(clone))).toBe(true);
      clone.git('fetch', '-q', ...deepen, 'origin');
      expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe(how === '--unshallow' ? 'false' : 'true');
      const again = await history(clone.dir);
      expect(again.result.code, again.result.stderr).toBe(1);
      expect(places(again.report)).toEqual([['old.env', key, sha]]);
      expect(again.report.scan.commitsScanned).toBe(Number(clone.git('rev-list', '--count', '--all').trim()));
      expect(again.report.scan.commitsScanned).toBeGreaterThan(2);
      // And the cache made in the whole history is used again.
      const third = await history(clone.dir);
      expect(places(third.report)).toEqual([['old.env', key, sha]]);
      expect(third.report.scan.commitsScanned).toBe(0);
    });
  }

  it('a partial clone whose blobs were missing: nothing it could not read is taken as scanned once they are fetched', async () => {
    const origin = TestRepo.init();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    const key = leak();
    const sha = origin.commitFiles({ 'a.env': line(key) }, 'a');
    origin.commitFiles({ 'b.txt': 'plain\n' }, 'b');
    const parent = tempDir();
    gitAt(parent, ['clone', '-q', '--no-checkout', '--filter=blob:none', origin.url(), 'partial']);
    const clone = new TestRepo(join(parent, 'partial'));
    const partial = await history(clone.dir);
    expect(partial.result.code, partial.result.stderr).toBe(2);
    clone.git('checkout', '-q', 'main'); // fetches the blobs of the tip
    const { result, report } = await history(clone.dir);
    expect(result.code, result.stderr).toBe(1);
    expect(places(report)).toEqual([['a.env', key, sha]]);
  });

  it('--cache FILE writes there and not in the git directory; --no-cache reads and writes nothing', async () => {
    const repo = TestRepo.init();
    const key = leak();
    repo.commitFiles({ 'a.env': line(key) }, 'a');
    const file = join(tempDir(), 'ci-cache.json');
    const named = await history(repo.dir, ['--cache', file]);
    expect(named.result.code).toBe(1);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(cacheOf(repo))).toBe(false);
    const none = await history(repo.dir, ['--no-cache']);
    expect(places(none.report)).toEqual(places(named.report));
    expect(existsSync(cacheOf(repo))).toBe(false);
    const both = await runCli(['history', '--cache', file, '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--cache and --no-cache/);
  });
});

describe('history cache: never trusted to hide a finding', () => {
  /** A cache that says every blob is clean and every commit covered, but breaks its checksum. */
  function forge(file: string): void {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { clean: string; width: number; findings: [string, unknown][]; occurrences: unknown[] };
    // The clean list is one hex string of sorted ids: the secret's blob is merged in, in order.
    const ids = [...(stored.clean.match(new RegExp(`.{${stored.width * 2}}`, 'g')) ?? []), ...stored.findings.map(([oid]) => oid)].sort();
    stored.clean = ids.join('');
    stored.findings = [];
    stored.occurrences = [];
    writeFileSync(file, JSON.stringify(stored));
  }

  for (const [what, damage, warning] of [
    ['that is corrupt', (file: string) => writeFileSync(file, '{"format": "pdguard-history-ca'), /not valid JSON/],
    ['that is foreign', (file: string) => writeFileSync(file, JSON.stringify({ hello: 'world' })), /not a pdguard history cache/],
    ['that was edited', forge, /truncated or edited/],
    [
      'from another version',
      (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"pdguard":"[^"]*"/, '"pdguard":"0.0.0-other"')),
      /another pdguard version/,
    ],
  ] as const) {
    it(`a cache ${what} is ignored with a warning and the finding is still reported`, async () => {
      const { repo, key, sha } = await audited();
      damage(cacheOf(repo));
      const fresh = leak();
      const newSha = repo.commitFiles({ 'b.env': line(fresh) }, 'b');
      const { result, report } = await history(repo.dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^pdguard: warning: history cache .+$/m);
      expect(result.stderr).toMatch(warning);
      expect(places(report)).toEqual([['b.env', fresh, newSha], ['config/app.env', key, sha]].sort());
      expect(report.scan.commitsScanned).toBe(12);
      // And it is replaced by a good one: the next run is quiet.
      const again = await history(repo.dir);
      expect(again.result.stderr).not.toMatch(/warning/);
      expect(places(again.report)).toEqual(places(report));
    });
  }

  it('a cache another user (or a downloaded repository) put in .git is foreign: ignored with a warning', async () => {
    const { repo, key, sha } = await audited();
    const fresh = leak();
    const newSha = repo.commitFiles({ 'b.env': line(fresh) }, 'b');
    const stranger = tempDir(); // another user's key: the cache in .git is not sealed with it
    const { result, report } = await history(repo.dir, [], stranger);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^pdguard: warning: history cache .+ was not written by your pdguard/m);
    expect(places(report)).toEqual([['b.env', fresh, newSha], ['config/app.env', key, sha]].sort());
    expect(report.scan.commitsScanned).toBe(12);
    expect(readFileSync(join(stranger, 'pdguard', 'history-cache-key'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('other rules start the cache over', async () => {
    const { repo, sha } = await audited();
    // Edit the stored rules fingerprint: as if the rules had changed.
    const file = cacheOf(repo);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"rules":"[0-9a-f]{64}"/, `"rules":"${'0'.repeat(64)}"`));
    const { result, report } = await history(repo.dir);
    expect(result.stderr).toMatch(/other rules/);
    expect(report.findings.map((f) => f.commit?.sha)).toEqual([sha]);
    expect(report.scan.commitsScanned).toBe(11);
  });

  it('a cache from a pdguard that read content otherwise (one that skipped a text blob with a NUL byte as binary) starts over', async () => {
    const repo = TestRepo.init();
    const token = fake.oauthToken();
    const sha = repo.commitFiles({ 'notes.txt': Buffer.from(`# notes\0\ntoken: ${token}\n`) }, 'notes');
    const file = join(tempDir(), 'ci-cache.json');
    expect((await history(repo.dir, ['--cache', file])).result.code).toBe(1);
    // What the reader before this one wrote: the blob clean, under a key of the rules alone.
    const text = readFileSync(file, 'utf8');
    const stored = JSON.parse(text) as { clean: string; findings: [string, unknown][]; rules: string };
    const blob = stored.findings[0]![0];
    const body = text
      .slice(0, text.lastIndexOf(',"check":'))
      .replace(/"clean":"[0-9a-f]*"/, `"clean":"${[...(stored.clean.match(/.{40}/g) ?? []), blob].sort().join('')}"`)
      .replace(/"width":\d+/, '"width":20')
      .replace(/"findings":\[.*?\]\]\]/, '"findings":[]')
      .replace(/"occurrences":\[.*?\]/, '"occurrences":[]')
      .replace(stored.rules, rulesKey(loadPatterns()));
    writeFileSync(file, `${body},"check":"${createHash('sha256').update(`${body}}`).digest('hex')}"}`);
    const { result, report } = await history(repo.dir, ['--cache', file]);
    expect(result.stderr).toMatch(/^pdguard: warning: history cache .+ other rules/m);
    expect(places(report)).toEqual([['notes.txt', token, sha]]);
  });

  it('a cache whose seal holds but whose clean list is not a sorted list of ids is ignored with a warning', async () => {
    const repo = TestRepo.init();
    for (let i = 0; i < 4; i++) repo.commitFiles({ [`src/f${i}.txt`]: `content ${i}\n` }, `c${i}`);
    const key = leak();
    const sha = repo.commitFiles({ 'config/app.env': line(key) }, 'leak');
    const file = join(tempDir(), 'ci-cache.json');
    expect((await history(repo.dir, ['--cache', file])).result.code).toBe(1);
    // Re-sealed as --cache FILE is (a plain SHA-256 of the text before "check"), but with the
    // secret's blob added to clean out of order: a binary search could not be trusted on it.
    const text = readFileSync(file, 'utf8');
    const stored = JSON.parse(text) as { clean: string; findings: [string, unknown][] };
    const clean = `${stored.clean}${stored.findings[0]![0]}${stored.clean.slice(0, 40)}`;
    const body = text.slice(0, text.lastIndexOf(',"check":')).replace(stored.clean, clean);
    writeFileSync(file, `${body},"check":"${createHash('sha256').update(`${body}}`).digest('hex')}"}`);
    const { result, report } = await history(repo.dir, ['--cache', file]);
    expect(result.stderr).toMatch(/^pdguard: warning: history cache .+ is malformed: ignored, starting over$/m);
    expect(places(report)).toEqual([['config/app.env', key, sha]]);
    expect(report.scan.blobsScanned).toBe(5);
  });

  it('is never written through a symbolic link', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'a.env': line(leak()) }, 'a');
    const target = join(tempDir(), 'victim.txt');
    writeFileSync(target, 'keep me\n');
    const file = join(tempDir(), 'link.json');
    symlinkSync(target, file);
    const { result, report } = await history(repo.dir, ['--cache', file]);
    expect(result.code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(result.stderr).toMatch(/symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
  });
});
