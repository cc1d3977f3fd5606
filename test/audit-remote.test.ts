/**
 * `pdguard audit URL…` and `pdguard audit --github-org ORG` as users meet them: a real git server
 * on 127.0.0.1 (git's own http-backend) and a GitHub API look-alike beside it (helpers/forge-server.ts).
 * Nothing reaches the internet.
 *
 *   acme/api      K_MAIN on main; K_PR only on refs/pull/17/head (its branch deleted); a hostile
 *                 .pdguard.yaml that excludes everything, and K_ALLOWED behind an inline allow
 *   acme/web      K_MAIN too: one credential, two repositories
 *   acme/private  K_PRIVATE; listed and served only with the token
 *   acme/broken   listed, but the server has no such repository: it fails to clone
 *   acme/fork     a fork (left out unless --include-forks)
 *   acme/old      archived (audited unless --exclude-archived)
 *   acme/far      its clone URL is on another host: listed, never cloned
 *   acme/grow     not listed; audited by URL twice, with a commit pushed in between
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { ForgeServer } from './helpers/forge-server.js';
import { TestRepo, gitAt, gitEnv, tempDir } from './helpers/git.js';

const fake = new FakeSecrets(2828);
const K_MAIN = fake.oauthToken();
const K_PR = fake.oauthToken();
const K_PRIVATE = fake.oauthToken();
const K_ALLOWED = fake.oauthToken();
const K_FORK = fake.oauthToken();
const K_NEW = fake.oauthToken();
const K_MR = fake.oauthToken();
const GH_TOKEN = `ghp_${fake.chars('alnum', 36)}`;
const GH_BASIC = Buffer.from(`x-access-token:${GH_TOKEN}`).toString('base64');
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const AS_OF = '2024-03-01T00:00:00.000Z';

interface AuditJson {
  scan: { commitsScanned: number };
  repositories: { name: string; path: string; defaultBranch: string | null; scan: { commitsScanned: number; blobsScanned: number } }[];
  credentials: {
    secretHash: string;
    occurrences: { repository: string; path: string }[];
    exposure: { refs: string[]; remedy: string; byRepository: { repository: string; refs: string[]; onDefaultBranch: boolean }[] };
    priority: { reach: string };
  }[];
  unaudited: { path: string; reason: string }[];
  incomplete: boolean;
}

const env = gitEnv();
let root: string;
let forge: ForgeServer;
let grow: TestRepo;

/** A working repository pushed to the server as the bare `<root>/<name>.git`. */
function serve(name: string, build: (repo: TestRepo) => void): TestRepo {
  const repo = TestRepo.init({ dir: join(tempDir('pdguard-work-'), name.split('/')[1]!) });
  build(repo);
  const bare = join(root, `${name}.git`);
  gitAt(root, ['clone', '-q', '--bare', repo.dir, bare]);
  return repo;
}

beforeAll(async () => {
  root = tempDir('pdguard-forge-');
  forge = await new ForgeServer(root).start();
  const api = serve('acme/api', (repo) => {
    repo.commitFiles({ 'README.md': '# api\n', '.pdguard.yaml': 'exclude:\n  - "**"\n' }, 'start');
    repo.commitFiles({ '.env': `PAGERDUTY_TOKEN=${K_MAIN}\n`, 'fixtures.env': `token=${K_ALLOWED} # pdguard:allow\n` }, 'settings');
    repo.checkout('fix-config', { create: true });
    repo.commitFiles({ 'config.yaml': `oauth_token: ${K_PR}\n` }, 'fix the config');
    repo.checkout('main');
    repo.checkout('mr-branch', { create: true });
    repo.commitFiles({ 'mr.yaml': `oauth_token: ${K_MR}\n` }, 'a merge request');
    repo.checkout('main');
  });
  // A GitLab merge request's head, as GitLab keeps it.
  gitAt(join(root, 'acme/api.git'), ['fetch', '-q', api.dir, 'mr-branch:refs/merge-requests/3/head']);
  gitAt(join(root, 'acme/api.git'), ['update-ref', '-d', 'refs/heads/mr-branch']);
  // The pull request's head stays on the server after its branch is deleted: only refs/pull/17/head reaches it.
  gitAt(join(root, 'acme/api.git'), ['fetch', '-q', api.dir, 'fix-config:refs/pull/17/head']);
  gitAt(join(root, 'acme/api.git'), ['update-ref', '-d', 'refs/heads/fix-config']);
  const sub = serve('acme/sub', (repo) => {
    repo.commitFiles({ 'sub.env': `PAGERDUTY_TOKEN=${K_FORK}\n` }, 'a submodule');
  });
  serve('acme/web', (repo) => {
    // A submodule the audit must not follow: its server sees no request for it.
    repo.write('.gitmodules', `[submodule "sub"]\n\tpath = sub\n\turl = ${forge.origin}/acme/sub.git\n`);
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub.head()},sub`);
    repo.commitFiles({ 'deploy.env': `PAGERDUTY_TOKEN=${K_MAIN}\n` }, 'deploy');
  });
  serve('acme/private', (repo) => repo.commitFiles({ 'secret.env': `PAGERDUTY_TOKEN=${K_PRIVATE}\n` }, 'private'));
  serve('acme/fork', (repo) => repo.commitFiles({ 'fork.env': `PAGERDUTY_TOKEN=${K_FORK}\n` }, 'fork'));
  serve('acme/old', (repo) => repo.commitFiles({ 'README.md': '# old\n' }, 'old'));
  grow = serve('acme/grow', (repo) => {
    repo.commitFiles({ 'a.txt': 'a\n' }, 'one');
  });
  forge.token = GH_TOKEN;
  forge.repositories = [
    { name: 'acme/api' },
    { name: 'acme/web' },
    { name: 'acme/private', private: true },
    { name: 'acme/broken' },
    { name: 'acme/fork', fork: true },
    { name: 'acme/old', archived: true },
    { name: 'acme/far', cloneUrl: 'http://127.0.0.2:9/acme/far.git' },
  ];
});

afterAll(async () => {
  await forge?.stop();
});

/** Every file under `dir` (no links followed), as bytes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (lstatSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/**
 * Reads every process's command line while `run` runs (the arguments anyone on the machine can
 * see), and the environment of each git process (which only its user can read).
 */
async function watchingProcesses<T>(run: Promise<T>): Promise<{ result: T; cmdlines: string[]; environments: { cmdline: string; environ: string }[] }> {
  const cmdlines = new Set<string>();
  const environments = new Map<string, { cmdline: string; environ: string }>();
  let done = false;
  const watcher = (async () => {
    while (!done) {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
          if (!line.includes('git')) continue;
          cmdlines.add(line);
          if (/^\S*git(-remote-https?)? /.test(line)) environments.set(`${pid} ${line}`, { cmdline: line, environ: readFileSync(`/proc/${pid}/environ`, 'utf8') });
        } catch {
          // ended meanwhile
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const result = await run;
  done = true;
  await watcher;
  return { result, cmdlines: [...cmdlines], environments: [...environments.values()] };
}

async function audit(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  const result = await runCli(['audit', '--as-of', AS_OF, ...args], { cwd: root, env: { ...env, GITHUB_TOKEN: undefined, ...extraEnv } });
  return result;
}

const credential = (report: AuditJson, secret: string) => report.credentials.find((c) => c.secretHash === hash(secret));

describe('pdguard audit URL', () => {
  it('clones without a work tree, with every ref the server offers, and reports a key only a pull request ref reaches', async () => {
    const clones = tempDir('pdguard-clones-');
    const url = `${forge.origin}/acme/api.git`;
    const json = await audit([url, '--clone-dir', clones, '--format', 'json']);
    expect(json.stderr).not.toMatch(/incomplete/);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as AuditJson;
    expect(report.repositories.map((r) => [r.name, r.path, r.defaultBranch])).toEqual([['acme/api', url, 'refs/heads/main']]);
    const pr = credential(report, K_PR)!;
    expect(pr.exposure.refs).toEqual(['refs/pull/17/head']);
    // Weighed like a published branch: not on the default branch, but reachable from the forge.
    expect(pr.priority.reach).toBe('branch');
    // No push or history rewrite removes a ref the forge keeps: rotating is the remedy.
    expect(pr.exposure.remedy).toBe('forge-keeps');
    expect(credential(report, K_MAIN)!.exposure.remedy).toBe('rewrite-history');
    expect(credential(report, K_MAIN)!.priority.reach).toBe('default-branch');
    // The cloned repository's .pdguard.yaml (exclude everything) and inline allows do not shape the verdict.
    expect(credential(report, K_ALLOWED)).toBeDefined();
    // A bare clone: no work tree, nothing checked out; every ref, refs/pull/* included.
    const clone = join(clones, '127.0.0.1_' + new URL(forge.origin).port, 'acme', 'api.git');
    expect(existsSync(join(clone, 'HEAD'))).toBe(true);
    expect(existsSync(join(clone, '.env'))).toBe(false);
    expect(gitAt(clone, ['for-each-ref', '--format=%(refname)']).trim().split('\n').sort()).toEqual(['refs/heads/main', 'refs/merge-requests/3/head', 'refs/pull/17/head']);
    expect(credential(report, K_MR)!.exposure.refs).toEqual(['refs/merge-requests/3/head']);

    const text = await audit([url, '--clone-dir', clones]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('reachable from refs/pull/17/head: GitHub keeps pull request refs; deleting the branch does not remove it; rotate');
    expect(text.stdout).toContain('Only pull request refs reach it, and the forge keeps them');
    expect(text.stdout).toContain('reachable from refs/merge-requests/3/head: GitLab keeps pull request refs');
    expect(text.stdout).not.toContain('reachable from 1 ref: refs/pull/17/head');
  });

  it('a second audit fetches only what changed and scans only the new commits', async () => {
    const clones = tempDir('pdguard-clones-');
    const url = `${forge.origin}/acme/grow.git`;
    const first = await audit([url, '--clone-dir', clones, '--format', 'json']);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as AuditJson).repositories[0]!.scan.commitsScanned).toBe(1);
    grow.commitFiles({ 'b.env': `PAGERDUTY_TOKEN=${K_NEW}\n` }, 'two');
    gitAt(grow.dir, ['push', '-q', join(root, 'acme/grow.git'), 'main']);
    const before = forge.requests.length;
    const second = await audit([url, '--clone-dir', clones, '--format', 'json']);
    expect(second.code).toBe(1);
    const report = JSON.parse(second.stdout) as AuditJson;
    expect(report.repositories[0]!.scan.commitsScanned).toBe(1); // the new commit only: the history cache kept the rest
    expect(credential(report, K_NEW)).toBeDefined();
    // An incremental fetch: git negotiated with what the clone has (a "have" line needs a POST).
    expect(forge.requests.slice(before).some((r) => r.method === 'POST' && r.url.includes('git-upload-pack'))).toBe(true);
  });

  it('URLs beside local paths in one audit; clones go to the user cache directory by default', async () => {
    const cache = tempDir('pdguard-cache-');
    const local = TestRepo.init({ dir: join(tempDir('pdguard-local-'), 'tools') });
    local.commitFiles({ 'tools.env': `PAGERDUTY_TOKEN=${K_MAIN}\n` }, 'tools');
    const result = await audit([local.dir, `${forge.origin}/acme/web.git`, '--format', 'json'], { XDG_CACHE_HOME: cache });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as AuditJson;
    expect(report.repositories.map((r) => r.name)).toEqual(['tools', 'acme/web']);
    expect(credential(report, K_MAIN)!.occurrences.map((o) => o.repository)).toEqual(['acme/web', 'tools']);
    expect(existsSync(join(cache, 'pdguard', 'clones', `127.0.0.1_${new URL(forge.origin).port}`, 'acme', 'web.git', 'HEAD'))).toBe(true);
    expect(result.stderr).toMatch(/1 clone in .* takes [\d.]+ (KB|bytes) \(kept for the next audit; --no-keep removes it\)/);
  });

  it('--no-keep removes the clone after the audit', async () => {
    const clones = tempDir('pdguard-clones-');
    const result = await audit([`${forge.origin}/acme/web.git`, '--clone-dir', clones, '--no-keep']);
    expect(result.code).toBe(1);
    expect(filesUnder(clones).filter((f) => f.endsWith('HEAD'))).toEqual([]);
  });

  it('a clone that grows past --max-clone-size is skipped, removed and listed; the audit is incomplete', async () => {
    const clones = tempDir('pdguard-clones-');
    const result = await audit([`${forge.origin}/acme/api.git`, '--clone-dir', clones, '--max-clone-size', '1k', '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as AuditJson;
    expect(report.unaudited).toEqual([{ path: `${forge.origin}/acme/api.git`, reason: expect.stringContaining('--max-clone-size 1 KB') }]);
    expect(filesUnder(clones)).toEqual([]);
  });

  it('a private repository without the token fails to clone: listed, exit 2, one line', async () => {
    const result = await audit([`${forge.origin}/acme/private.git`, `${forge.origin}/acme/web.git`, '--clone-dir', tempDir('pdguard-clones-'), '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as AuditJson;
    expect(report.repositories.map((r) => r.name)).toEqual(['acme/web']);
    expect(report.unaudited[0]!.path).toBe(`${forge.origin}/acme/private.git`);
    expect(result.stderr.trim().split('\n').filter((l) => l.includes('incomplete'))).toHaveLength(1);
  });

  it.each([
    [['http://example.com/acme/api.git'], /plain http:\/\/ is accepted only on this machine/],
    [[`https://user:${GH_TOKEN}@github.com/acme/api.git`], /token in the URL would show in process lists/],
    [['git://example.com/acme/api.git'], /not a transport pdguard clones over/],
    [['ext::sh -c touch% /tmp/pwned'], /remote helpers are not a transport/],
    [['--github-org', 'not an org'], /--github-org takes a GitHub account name/],
    [['--keep', '--no-keep', 'https://github.com/a/b'], /cannot be used together/],
    [['--include-forks', 'https://github.com/a/b'], /goes with --github-org/],
    [['--github-org', 'acme', '--github-api-url', 'http://api.example.com'], /--github-api-url takes an https:\/\/ URL/],
    [['--github-org', 'acme', '--github-token-env', GH_TOKEN.slice(0, 4) + '-x'], /not a token|not a name/],
  ])('bad input %j ends in one line, exit 2, no secret echoed', async (args, message) => {
    const result = await audit([...args, '--clone-dir', tempDir('pdguard-clones-')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(GH_TOKEN);
  });
});

describe('pdguard audit --github-org', () => {
  it('lists every page, waits out rate limits, clones with the token, audits, and lists what it could not', async () => {
    const clones = tempDir('pdguard-clones-');
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    forge.rateLimits = [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
    ];
    const before = forge.requests.length;
    const { result, cmdlines, environments } = await watchingProcesses(
      audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--clone-dir', clones, '--format', 'json', '--debug'], { GITHUB_TOKEN: GH_TOKEN }),
    );
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as AuditJson;
    expect(report.repositories.map((r) => r.name).sort()).toEqual(['acme/api', 'acme/old', 'acme/private', 'acme/web']);
    expect(report.unaudited.map((u) => u.path).sort()).toEqual(['acme/far', `${forge.origin}/acme/broken.git`]);
    expect(report.unaudited.find((u) => u.path === 'acme/far')!.reason).toMatch(/not on http:\/\/127\.0\.0\.1:\d+, the host named: not cloned/);
    // The same key in two repositories is one credential.
    const main = credential(report, K_MAIN)!;
    expect(main.occurrences.map((o) => o.repository).sort()).toEqual(['acme/api', 'acme/web']);
    expect(credential(report, K_PRIVATE)).toBeDefined();
    expect(credential(report, K_FORK)).toBeUndefined();
    // Rate limits waited out and said.
    expect(result.stderr).toMatch(/GitHub API rate limit \(HTTP 429\): waiting 1 s/);
    expect(result.stderr).toMatch(/GitHub API rate limit \(HTTP 403\): waiting [01] s/);
    expect(result.stderr).toMatch(/left out 1 fork/);
    // Four pages of two.
    expect(forge.requests.slice(before).filter((r) => r.url.startsWith('/api/') && r.url.includes('page=')).length).toBeGreaterThanOrEqual(3);

    // The token: only in Authorization headers to this host, never in a process's arguments, a file or the report.
    const sent = forge.requests.slice(before).filter((r) => r.authorization);
    expect(sent.length).toBeGreaterThan(0);
    expect(result.stderr).toContain('git fetch');
    for (const secret of [GH_TOKEN, GH_BASIC]) {
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
      expect(cmdlines.filter((c) => c.includes(secret))).toEqual([]);
      for (const file of filesUnder(clones)) expect(readFileSync(file).includes(secret), file).toBe(false);
    }
    expect(cmdlines.some((c) => c.includes('fetch'))).toBe(true);
    // In the environment of git processes: never the token itself; its header only where git talks to the forge.
    expect(environments.length).toBeGreaterThan(0);
    expect(environments.filter((e) => e.environ.includes(GH_TOKEN)).map((e) => e.environ.split('\0').filter((v) => v.includes(GH_TOKEN)).join(' '))).toEqual([]);
    const carrying = environments.filter((e) => e.environ.includes(GH_BASIC)).map((e) => e.cmdline);
    const children = /\b(fetch|ls-remote|remote-https?|fetch-pack|index-pack|unpack-objects|rev-list --objects --stdin --not --all --quiet)\b/;
    expect(carrying.filter((c) => !children.test(c))).toEqual([]);
    // Submodules are never followed.
    expect(forge.requests.some((r) => r.url.startsWith('/acme/sub.git'))).toBe(false);

    // Run again (after an interruption, or the next week): the kept clones are fetched, not cloned,
    // and the history caches in them leave nothing to scan again.
    const again = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--clone-dir', clones, '--format', 'json'], { GITHUB_TOKEN: GH_TOKEN });
    expect(again.code).toBe(2);
    const second = JSON.parse(again.stdout) as AuditJson;
    expect(second.repositories.map((r) => [r.name, r.scan.commitsScanned])).toEqual(report.repositories.map((r) => [r.name, 0]));
    expect(second.credentials.map((c) => c.secretHash).sort()).toEqual(report.credentials.map((c) => c.secretHash).sort());
  });

  it('--list --format json prints a GitHub Actions matrix; forks and archived repositories on or off', async () => {
    const list = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--list', '--format', 'json', '--include-forks', '--exclude-archived']);
    // acme/far is not a repository the audit would clone: named on stderr, exit 2.
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/^pdguard: not listed: acme\/far: its clone URL http:\/\/127\.0\.0\.2:9\/acme\/far\.git is not on/m);
    const matrix = JSON.parse(list.stdout) as { include: { repository: string; url: string }[] };
    expect(matrix.include.map((r) => r.repository)).toEqual(['acme/api', 'acme/web', 'acme/broken', 'acme/fork']);
    expect(matrix.include[0]).toEqual({ repository: 'acme/api', url: `${forge.origin}/acme/api.git` });
    const withToken = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--list'], { GITHUB_TOKEN: GH_TOKEN });
    expect(withToken.code).toBe(2);
    expect(withToken.stdout).toContain(`acme/private\t${forge.origin}/acme/private.git`);
    expect(withToken.stdout).not.toContain('acme/fork');
    expect(withToken.stderr).toMatch(/not listed: acme\/far/);
    // Without a token, it says so: only public repositories, under a low rate limit.
    expect(list.stderr).toMatch(/^pdguard: GITHUB_TOKEN is not set: only public repositories/m);
    expect(withToken.stderr).not.toMatch(/is not set/);
    // A user's repositories, the same way.
    const user = await audit(['--github-user', 'acme', '--github-api-url', forge.apiUrl, '--list', '--format', 'json', '--exclude-archived']);
    expect((JSON.parse(user.stdout) as typeof matrix).include.map((r) => r.repository)).toEqual(['acme/api', 'acme/web', 'acme/broken']);
    expect(forge.requests.some((r) => r.url.startsWith('/api/users/acme/repos'))).toBe(true);
    const nobody = await audit(['--github-org', 'nobody', '--github-api-url', forge.apiUrl, '--list']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/listing the organisation nobody stopped: HTTP 404 "Not Found": no organisation nobody there \(check the name, or use --github-user\)/);
  });

  it('the matrix flow: one audit per listed URL, their JSON reports merged into one HTML report', async () => {
    const list = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--list', '--format', 'json']);
    const matrix = JSON.parse(list.stdout) as { include: { repository: string; url: string }[] };
    const reports = tempDir('pdguard-reports-');
    const clones = tempDir('pdguard-clones-');
    const jobs = matrix.include.filter((r) => r.repository === 'acme/api' || r.repository === 'acme/web');
    for (const [i, job] of jobs.entries()) {
      const result = await audit([job.url, '--clone-dir', clones, '--format', 'json', '--output', join(reports, `audit-${i}.json`)]);
      expect(result.code).toBe(1);
    }
    const merged = await runCli(['report', 'merge', join(reports, 'audit-0.json'), join(reports, 'audit-1.json'), '--format', 'json'], { env });
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout) as AuditJson;
    expect(credential(report, K_MAIN)!.occurrences.map((o) => o.repository).sort()).toEqual(['acme/api', 'acme/web']);
    expect(credential(report, K_PR)!.exposure.refs).toEqual(['refs/pull/17/head']);
    const html = await runCli(['report', 'merge', join(reports, 'audit-0.json'), join(reports, 'audit-1.json'), '--format', 'html'], { env });
    expect(html.stdout).toContain('GitHub keeps pull request refs; deleting the branch does not remove it; rotate');
  });

  it('a next page on another host is not fetched: the token goes to the API host named only', async () => {
    const elsewhere = await new ForgeServer(root).start();
    forge.nextOrigin = elsewhere.origin;
    try {
      const result = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--list'], { GITHUB_TOKEN: GH_TOKEN });
      expect(result.code).toBe(2);
      expect(result.stdout.trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['acme/api', 'acme/web']);
      expect(result.stderr).toMatch(/not listed: github:acme: listing the organisation acme stopped: the next page is on another host/);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      forge.nextOrigin = undefined;
      await elsewhere.stop();
    }
  });

  it('a rate limit longer than the bound is not waited for: the listing stops, exit 2, said in one line', async () => {
    forge.rateLimits = [{ status: 429, headers: { 'retry-after': '3600' } }];
    const started = Date.now();
    const result = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--clone-dir', tempDir('pdguard-clones-'), '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as AuditJson;
    expect(report.unaudited).toEqual([{ path: 'github:acme', reason: expect.stringMatching(/rate limited \(HTTP 429\) for 3600 s more/) }]);
    expect(forge.rateLimits).toEqual([]);
  });

  it('a repository larger than --max-clone-size by what the API says is not cloned', async () => {
    forge.repositories.push({ name: 'acme/huge', size: 50 * 1024 * 1024 });
    try {
      const result = await audit(['--github-org', 'acme', '--github-api-url', forge.apiUrl, '--clone-dir', tempDir('pdguard-clones-'), '--max-clone-size', '1GB', '--format', 'json']);
      const report = JSON.parse(result.stdout) as AuditJson;
      expect(report.unaudited).toContainEqual({ path: `${forge.origin}/acme/huge.git`, reason: 'skipped: GitHub says it takes 50 GB, more than --max-clone-size 1 GB' });
      expect(forge.requests.some((r) => r.url.startsWith('/acme/huge.git'))).toBe(false);
    } finally {
      forge.repositories.pop();
    }
  });
});
