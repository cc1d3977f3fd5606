/**
 * `pdguard audit` as an incident responder meets it: real repositories built at test time with
 * known exposure histories, the real CLI spawned, every field of the credentials asserted.
 *
 *   api (a folder of clones' first, no remote):
 *     T1  OAuth token added on branch `feature`, merged into main, tagged v1.0, removed on main later
 *     T2  REST key committed on main and still there (also in web: one credential, two occurrences)
 *     T3  Events key added and removed on branch `spike` before it was merged; the branch deleted
 *     T4  OAuth token on a branch deleted unmerged (reflog expired): no ref reaches it, not reported
 *     T5  OAuth token on an unpushed, unmerged branch `wip`
 *   web (origin on "GitHub", pushed): T2 on main, pushed
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { AUTHOR, TestRepo, gitEnv, tempDir } from './helpers/git.js';
import { FakePagerDuty, json, pdError } from './helpers/verify-server.js';

const fake = new FakeSecrets(1212);
const T1 = fake.oauthToken();
const T2 = fake.restKey();
const T3 = fake.eventsKey();
const T4 = fake.oauthToken();
const T5 = fake.oauthToken();
const GH_TOKEN = fake.chars('alnum', 24);
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const AS_OF = '2024-03-01T00:00:00.000Z';
const DAY = 86_400_000;
const ageDays = (date: string) => Math.floor((Date.parse(AS_OF) - Date.parse(date)) / DAY);

interface Point { sha: string; date: string; author?: string; email?: string }
interface RepoExposure {
  repository: string; introduced: Point | null; removed: Point | null; refs: string[]; presentAt: string[];
  onDefaultBranch: boolean; defaultBranch: string | null; published: boolean; remedy: string;
}
interface Credential {
  secretHash: string; ruleId: string; ruleName: string; severity: string; confidence: string; region: string | null; secret: string;
  occurrences: { repository: string; path: string; line: number; column: number; commit: { sha: string; author: string; email: string; date: string } | null; fingerprint: string }[];
  exposure: { introduced: Point | null; removed: Point | null; refs: string[]; onDefaultBranch: boolean; published: boolean; remedy: string; ageDays: number | null; byRepository: RepoExposure[] };
  verification?: { status: string; reason: string; httpStatus?: number };
  priority: { rank: number; status: string; reach: string; ageDays: number | null; pastLifetime: boolean };
  remediation: string; helpUri: string;
}
interface AuditJson {
  version: number; tool: { name: string; version: string }; asOf: string;
  scan: { mode: string; root: string; commitsScanned: number; blobsScanned: number; skipped: unknown[] };
  repositories: { name: string; path: string; remote: string | null; forge: { kind: string; url: string } | null; defaultBranch: string | null; scan: { mode: string; commitsScanned: number } }[];
  credentials: Credential[];
  findings: { repository: string; secretHash: string; path: string; commit: { sha: string } }[];
  summary: Record<string, number>;
  incomplete: boolean; secretsShown: boolean;
}

const env = gitEnv();
let org: string;
let api: TestRepo;
let web: TestRepo;
const at: Record<string, string> = {};
const date = (repo: TestRepo, sha: string) => repo.git('show', '-s', '--format=%aI', sha).trim();
const point = (repo: TestRepo, sha: string): Point => ({ sha, date: date(repo, sha), author: AUTHOR.name, email: AUTHOR.email });

beforeAll(() => {
  org = tempDir('pdguard-org-');
  api = TestRepo.init({ dir: join(org, 'api') });
  at.c0 = api.commitFiles({ 'README.md': '# api\n' }, 'start');
  api.checkout('feature', { create: true });
  at.f1 = api.commitFiles({ 'config/app.yaml': `name: api\noauth_token: ${T1}\n` }, 'configure the PagerDuty app');
  api.checkout('main');
  api.commitFiles({ 'src/main.py': 'print("hi")\n' }, 'code');
  at.m1 = api.merge('feature');
  api.tag('v1.0', { message: 'release 1.0' });
  api.deleteBranch('feature');
  at.c2 = api.commitFiles({ '.env': `PAGERDUTY_API_KEY=${T2}\n` }, 'local settings');
  api.remove('config/app.yaml');
  at.r1 = api.commit('remove the token from the config');
  api.checkout('spike', { create: true });
  at.s1 = api.commitFiles({ 'alerts.yaml': `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: ${T3}\n` }, 'try alerting');
  api.write('alerts.yaml', 'receivers: []\n');
  at.s2 = api.commit('no key in the file');
  api.checkout('main');
  at.m3 = api.merge('spike');
  api.deleteBranch('spike');
  api.checkout('gone', { create: true });
  api.commitFiles({ 'gone.txt': `token=${T4}\n` }, 'never merged');
  api.checkout('main');
  api.deleteBranch('gone');
  api.git('reflog', 'expire', '--expire=now', '--all');
  api.checkout('wip', { create: true });
  at.w1 = api.commitFiles({ 'wip.txt': `token=${T5}\n` }, 'work in progress');
  api.checkout('main');

  web = TestRepo.init({ dir: join(org, 'web') });
  at.web1 = web.commitFiles({ 'deploy/app.env': `# deploy\nPAGERDUTY_API_KEY=${T2}\n` }, 'deploy settings');
  web.addBareRemote('origin');
  web.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  // The URL a clone made with a token keeps: the report must show neither the token nor the user.
  web.git('remote', 'set-url', 'origin', `https://x-access-token:${GH_TOKEN}@github.com/acme/web.git`);
  // A folder that is not a repository, beside the clones: left alone.
  mkdirSync(join(org, 'notes'));
  writeFileSync(join(org, 'notes', 'todo.txt'), 'nothing\n');
});

async function auditJson(args: string[], options: { env?: Record<string, string | undefined> } = {}): Promise<{ code: number | null; stderr: string; stdout: string; report: AuditJson }> {
  const result = await runCli(['audit', '--format', 'json', '--as-of', AS_OF, ...args], { cwd: org, env: { ...env, ...options.env } });
  let report: AuditJson;
  try {
    report = JSON.parse(result.stdout) as AuditJson;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
  return { ...result, report };
}

const byHash = (report: AuditJson, secret: string): Credential => {
  const found = report.credentials.find((c) => c.secretHash === hash(secret));
  if (!found) throw new Error(`no credential for ${hash(secret).slice(0, 8)}; have ${report.credentials.map((c) => c.ruleId).join(', ')}`);
  return found;
};

describe('pdguard audit over a folder of clones', () => {
  let run: Awaited<ReturnType<typeof auditJson>>;
  beforeAll(async () => {
    run = await auditJson(['.']);
  }, 120_000);

  it('audits each clone of the folder, named by its remote (credentials stripped) or its folder', () => {
    expect(run.code).toBe(1);
    const { report } = run;
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('pdguard');
    expect(report.asOf).toBe(AS_OF);
    expect(report.repositories.map((r) => r.name)).toEqual(['api', 'acme/web']);
    const [apiRepo, webRepo] = report.repositories;
    expect(apiRepo).toMatchObject({ path: 'api', remote: null, forge: null, defaultBranch: 'refs/heads/main', scan: { mode: 'history' } });
    expect(webRepo).toMatchObject({
      path: 'web',
      remote: 'https://github.com/acme/web.git',
      forge: { kind: 'github', url: 'https://github.com/acme/web' },
      defaultBranch: 'refs/remotes/origin/main',
    });
    expect(run.stdout).not.toContain(GH_TOKEN);
    expect(run.stdout).not.toContain('x-access-token');
    expect(report.scan.mode).toBe('audit');
    expect(report.scan.commitsScanned).toBe(apiRepo!.scan.commitsScanned + webRepo!.scan.commitsScanned);
    expect(report.incomplete).toBe(false);
    expect(report.secretsShown).toBe(false);
  });

  it('T1, added on a branch, merged, tagged and removed later: every field', () => {
    const c = byHash(run.report, T1);
    const introduced = point(api, at.f1!);
    const removed = point(api, at.r1!);
    const apiExposure: RepoExposure = {
      repository: 'api',
      introduced,
      removed,
      // wip was branched from main later: its history holds the token too.
      refs: ['refs/heads/main', 'refs/heads/wip', 'refs/tags/v1.0'],
      presentAt: ['refs/tags/v1.0'],
      onDefaultBranch: false,
      defaultBranch: 'refs/heads/main',
      published: true,
      remedy: 'rewrite-history',
    };
    expect(c).toEqual({
      secretHash: hash(T1),
      ruleId: 'pagerduty-oauth-token',
      ruleName: expect.any(String),
      severity: 'critical',
      confidence: 'high',
      region: 'us',
      secret: expect.stringMatching(/^pdus\+_0.{2}…/),
      occurrences: [
        {
          repository: 'api',
          path: 'config/app.yaml',
          line: 2,
          column: 'oauth_token: '.length + 1,
          commit: { sha: at.f1, author: AUTHOR.name, email: AUTHOR.email, date: introduced.date },
          fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      ],
      exposure: {
        introduced,
        removed,
        refs: ['refs/heads/main', 'refs/heads/wip', 'refs/tags/v1.0'],
        onDefaultBranch: false,
        published: true,
        remedy: 'rewrite-history',
        ageDays: ageDays(introduced.date),
        byRepository: [apiExposure],
      },
      priority: { rank: 2, status: 'unknown', reach: 'tag-or-default-history', ageDays: ageDays(introduced.date), pastLifetime: true },
      remediation: expect.any(String),
      helpUri: expect.stringMatching(/^https:\/\//),
    });
    expect(c.secret).not.toBe(T1);
    expect(c.verification).toBeUndefined();
  });

  it('T2, the same key in two repositories: one credential, two occurrences, on a default branch today', () => {
    const c = byHash(run.report, T2);
    expect(c.ruleId).toBe('pagerduty-rest-api-key');
    expect(c.occurrences.map((o) => [o.repository, o.path, o.line, o.commit?.sha])).toEqual([
      ['acme/web', 'deploy/app.env', 2, at.web1],
      ['api', '.env', 1, at.c2],
    ]);
    const [webExposure, apiExposure] = c.exposure.byRepository;
    expect(webExposure).toEqual({
      repository: 'acme/web',
      introduced: point(web, at.web1!),
      removed: null,
      refs: ['refs/remotes/origin/main', 'refs/heads/main'],
      presentAt: ['refs/remotes/origin/main', 'refs/heads/main'],
      onDefaultBranch: true,
      defaultBranch: 'refs/remotes/origin/main',
      published: true,
      remedy: 'rewrite-history',
    });
    expect(apiExposure).toEqual({
      repository: 'api',
      introduced: point(api, at.c2!),
      removed: null,
      refs: ['refs/heads/main', 'refs/heads/wip'],
      presentAt: ['refs/heads/main', 'refs/heads/wip'],
      onDefaultBranch: true,
      defaultBranch: 'refs/heads/main',
      // Nobody else has api's commits: deleting the file (and amending) is enough there.
      published: false,
      remedy: 'delete-file',
    });
    // Over both: introduced by the earlier, still present (so not removed), a rewrite needed somewhere.
    const earlier = [point(api, at.c2!), point(web, at.web1!)].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))[0]!;
    expect(c.exposure).toMatchObject({
      introduced: earlier,
      removed: null,
      refs: ['refs/heads/main', 'refs/heads/wip', 'refs/remotes/origin/main'],
      onDefaultBranch: true,
      published: true,
      remedy: 'rewrite-history',
      ageDays: ageDays(earlier.date),
    });
    expect(c.priority).toEqual({ rank: 1, status: 'unknown', reach: 'default-branch', ageDays: ageDays(earlier.date), pastLifetime: false });
  });

  it('T3, only in a deleted branch\'s history (removed before the merge): removed on that branch, reachable from main', () => {
    const c = byHash(run.report, T3);
    expect(c.ruleId).toBe('pagerduty-events-key');
    expect(c.occurrences).toHaveLength(1);
    expect(c.occurrences[0]).toMatchObject({ repository: 'api', path: 'alerts.yaml', line: 4, commit: { sha: at.s1 } });
    expect(c.exposure.byRepository).toEqual([
      {
        repository: 'api',
        introduced: point(api, at.s1!),
        removed: point(api, at.s2!),
        refs: ['refs/heads/main', 'refs/heads/wip'],
        presentAt: [],
        onDefaultBranch: false,
        defaultBranch: 'refs/heads/main',
        published: false,
        remedy: 'delete-file',
      },
    ]);
    expect(c.priority).toMatchObject({ rank: 3, reach: 'tag-or-default-history', pastLifetime: false });
  });

  it('T4, on a branch deleted unmerged with its reflog: no ref reaches it, so it is not reported', () => {
    expect(run.report.credentials.some((c) => c.secretHash === hash(T4))).toBe(false);
    expect(run.report.findings.some((f) => f.secretHash === hash(T4))).toBe(false);
  });

  it('T5, on an unmerged local branch: last, deleting it there is enough', () => {
    const c = byHash(run.report, T5);
    expect(c.exposure.byRepository[0]).toEqual({
      repository: 'api',
      introduced: point(api, at.w1!),
      removed: null,
      refs: ['refs/heads/wip'],
      presentAt: ['refs/heads/wip'],
      onDefaultBranch: false,
      defaultBranch: 'refs/heads/main',
      published: false,
      remedy: 'delete-file',
    });
    expect(c.priority).toMatchObject({ rank: 4, reach: 'branch', status: 'unknown', pastLifetime: true });
  });

  it('counts each credential once in the summary, and lists every occurrence as a finding', () => {
    const { report } = run;
    expect(report.credentials.map((c) => c.priority.rank)).toEqual([1, 2, 3, 4]);
    expect(report.credentials.map((c) => c.secretHash)).toEqual([hash(T2), hash(T1), hash(T3), hash(T5)]);
    expect(report.summary).toEqual({
      // The contract's counts, over findings.
      findings: 5,
      suppressed: 0,
      live: 0,
      dead: 0,
      unknown: 0,
      // The audit's, over credentials.
      repositories: 2,
      credentials: 4,
      occurrences: 5,
      credentialsLive: 0,
      credentialsDead: 0,
      credentialsUnknown: 0,
      credentialsUnverified: 4,
      onDefaultBranch: 1,
      needHistoryRewrite: 2,
      pastLifetime: 2,
    });
    expect(report.findings).toHaveLength(5);
    expect(report.findings.every((f) => f.repository === 'api' || f.repository === 'acme/web')).toBe(true);
    for (const secret of [T1, T2, T3, T5]) expect(run.stdout).not.toContain(secret);
  });

  it('gives the same credentials for the repositories named one by one', async () => {
    const each = await auditJson(['api', 'web']);
    expect(each.report.credentials).toEqual(run.report.credentials);
  }, 120_000);

  it('keeps a history cache in each repository\'s git directory, and the re-audit that reads it says the same', async () => {
    // The first audit (beforeAll) wrote them; the one above read them.
    for (const name of ['api', 'web']) expect(existsSync(join(org, name, '.git', 'pdguard', 'history-cache.json')), name).toBe(true);
    const uncached = await auditJson(['api', 'web', '--no-cache']);
    expect(uncached.report.credentials).toEqual(run.report.credentials);
    // One --cache FILE cannot hold two histories.
    const both = await runCli(['audit', 'api', 'web', '--cache', join(org, 'one-cache.json')], { cwd: org, env });
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
    expect(both.stderr).toMatch(/--cache FILE goes with one repository/);
  }, 120_000);
});

describe('pdguard audit --verify', () => {
  let us: FakePagerDuty;
  let eu: FakePagerDuty;
  beforeAll(async () => {
    const answer = (request: { authorization: string | undefined }) =>
      request.authorization?.endsWith(T5) ? json(200, { user: { id: 'PABC123' } }) : pdError(401, 'Unauthorized', 2006);
    us = await FakePagerDuty.start(answer);
    eu = await FakePagerDuty.start(answer);
  });
  afterAll(async () => {
    await us.close();
    await eu.close();
  });

  it('puts live first, then unknown, then dead, each distinct secret checked once over all repositories', async () => {
    const run = await auditJson(['.', '--verify'], { env: { PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url } });
    expect(run.code).toBe(1);
    const order = run.report.credentials.map((c) => [c.secretHash, c.priority.status]);
    expect(order).toEqual([
      [hash(T5), 'live'],
      [hash(T3), 'unknown'], // an Events key is never sent
      [hash(T2), 'dead'], // default branch before tag
      [hash(T1), 'dead'],
    ]);
    expect(byHash(run.report, T5).verification).toMatchObject({ status: 'live', httpStatus: 200 });
    expect(run.report.summary).toMatchObject({ credentialsLive: 1, credentialsDead: 2, credentialsUnknown: 1, credentialsUnverified: 0, live: 1, dead: 3, unknown: 1 });
    // T2 is in two repositories: one request per region, not one per repository.
    expect(us.requestsFor(T2)).toHaveLength(1);
    expect([...us.requests, ...eu.requests].some((r) => JSON.stringify(r).includes(T3))).toBe(false);
    const live = await runCli(['audit', '.', '--fail-on', 'live', '--as-of', AS_OF], { cwd: org, env: { ...env, PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url } });
    expect(live.code).toBe(1);
    expect(live.stdout.split('\n')[0]).toMatch(/^#1\s+LIVE\s+PagerDuty scoped OAuth token/);
  }, 120_000);
});

describe('presence on the default branch comes from what the scan found, however the key is written', () => {
  it('a base64 key (a Kubernetes Secret) and a UTF-16 file at the tip of main are there today; a removed one is not', async () => {
    const [encoded, wide, gone] = [fake.eventsKey(), fake.restKey(), fake.eventsKey()];
    const k8s = (key: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: pagerduty-events\ndata:\n  routing-key: ${Buffer.from(key).toString('base64')}\n`;
    const repo = TestRepo.init();
    const c1 = repo.commitFiles({ 'deploy/secret.yaml': k8s(encoded) }, 'the events key, as Kubernetes keeps it');
    const c2 = repo.commitFiles({ 'win/settings.env': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`PAGERDUTY_API_KEY=${wide}\r\n`, 'utf16le')]) }, 'a UTF-16 file');
    repo.commitFiles({ 'old/secret.yaml': k8s(gone) }, 'another');
    repo.remove('old/secret.yaml');
    const removal = repo.commit('remove it');
    // Renamed since: still on the branch, at its new path.
    repo.mv('deploy/secret.yaml', 'k8s/secret.yaml');
    repo.commit('move it');

    const run = await runCli(['audit', repo.dir, '--format', 'json', '--as-of', AS_OF], { env });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as AuditJson;
    const exposure = (key: string) => byHash(report, key).exposure.byRepository[0]!;
    for (const [key, sha] of [[encoded, c1], [wide, c2]] as const) {
      expect(exposure(key), key === encoded ? 'base64' : 'UTF-16').toMatchObject({ onDefaultBranch: true, presentAt: ['refs/heads/main'], removed: null });
      expect(exposure(key).introduced?.sha).toBe(sha);
      expect(byHash(report, key).priority.reach).toBe('default-branch');
    }
    expect(exposure(gone)).toMatchObject({ onDefaultBranch: false, presentAt: [], removed: { sha: removal } });
    expect(byHash(report, gone).priority.reach).toBe('tag-or-default-history');
    expect(report.summary.onDefaultBranch).toBe(2);
  }, 60_000);
});

describe('pdguard audit over a folder where some clones cannot be audited', () => {
  it('audits every clone it can, lists the others with the reason in every format, and exits 2', async () => {
    // A folder of clones that is itself inside a work tree (a checkout of some monorepo, say).
    const outer = TestRepo.init();
    outer.commitFiles({ 'README.md': 'outer\n' }, 'outer');
    const folder = join(outer.dir, 'clones');
    const good = TestRepo.init({ dir: join(folder, 'good') });
    good.commitFiles({ 'app.env': `PAGERDUTY_API_KEY=${T2}\n` }, 'a key');
    // Broken: a .git file that points nowhere.
    mkdirSync(join(folder, 'broken'));
    writeFileSync(join(folder, 'broken', '.git'), 'gitdir: /nonexistent/pdguard-test\n');
    // Damaged: git opens it, but its objects are gone (the scan itself fails).
    const damaged = TestRepo.init({ dir: join(folder, 'damaged') });
    damaged.commitFiles({ 'a.txt': 'a\n' }, 'a');
    rmSync(join(damaged.dir, '.git', 'objects'), { recursive: true });
    mkdirSync(join(damaged.dir, '.git', 'objects', 'pack'), { recursive: true });
    // Hollow: an empty .git folder, so git would find the outer repository instead.
    mkdirSync(join(folder, 'hollow', '.git'), { recursive: true });
    // A link to a clone kept deeper inside the folder: audited at its real path.
    const deep = TestRepo.init({ dir: join(folder, '.archive', 'deep') });
    deep.commitFiles({ 'deep.env': `PAGERDUTY_API_KEY=${T2}\n` }, 'deep key');
    symlinkSync(join(folder, '.archive', 'deep'), join(folder, 'linked-inside'));
    // A link to a clone outside the folder: never followed, but listed.
    const elsewhere = TestRepo.init();
    elsewhere.commitFiles({ 'x.env': `PAGERDUTY_API_KEY=${T2}\n` }, 'key elsewhere');
    symlinkSync(elsewhere.dir, join(folder, 'linked-outside'));
    symlinkSync(join(folder, 'missing'), join(folder, 'linked-nowhere'));

    const out = join(tempDir('pdguard-partial-'), 'audit.json');
    const json = await runCli(['audit', folder, '--format', 'json', '--output', out, '--as-of', AS_OF], { env });
    expect(json.code, json.stderr).toBe(2);
    expect(json.stderr.trim().split('\n')).toHaveLength(1);
    expect(json.stderr).toMatch(/^pdguard: the audit is incomplete: 5 repositories could not be audited/);
    const report = JSON.parse(readFileSync(out, 'utf8')) as AuditJson & { unaudited: { path: string; reason: string }[] };
    expect(report.repositories.map((r) => r.path)).toEqual([join(folder, 'good'), join(folder, '.archive', 'deep')]);
    expect(report.credentials).toHaveLength(1);
    expect(report.credentials[0]!.occurrences.map((o) => o.path).sort()).toEqual(['app.env', 'deep.env']);
    expect(report.incomplete).toBe(true);
    const reasons = Object.fromEntries(report.unaudited.map((u) => [u.path, u.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['broken', 'damaged', 'hollow', 'linked-nowhere', 'linked-outside'].map((n) => join(folder, n)));
    expect(reasons[join(folder, 'damaged')]).toMatch(/bad object|git/);
    expect(reasons[join(folder, 'broken')]).toMatch(/git cannot read|not a git repository/);
    expect(reasons[join(folder, 'hollow')]).toMatch(/not a repository of its own/);
    expect(reasons[join(folder, 'linked-outside')]).toMatch(/symbolic link to .* outside/);
    expect(reasons[join(folder, 'linked-nowhere')]).toMatch(/symbolic link that leads nowhere/);
    // Nothing of the outer repository or the linked-outside one was audited.
    expect(report.repositories.some((r) => r.path === outer.dir || r.path.includes('linked-outside'))).toBe(false);

    const text = await runCli(['audit', folder, '--as-of', AS_OF], { env });
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/not audited: .*broken: /);
    expect(text.stdout).toMatch(/not audited: .*linked-outside: .*symbolic link/);
    const html = await runCli(['audit', folder, '--format', 'html', '--as-of', AS_OF], { env });
    expect(html.code).toBe(2);
    expect(html.stdout).toMatch(/id="unaudited"[\s\S]*linked-outside/);
    // Merged, the list stays (and still fails).
    const merged = await runCli(['report', 'merge', out, '--format', 'json'], { env });
    expect(merged.code).toBe(2);
    expect((JSON.parse(merged.stdout) as { unaudited: unknown[] }).unaudited).toEqual(report.unaudited);
  }, 120_000);
});

describe('--fail-on live: one rule for every command', () => {
  let us: FakePagerDuty;
  let eu: FakePagerDuty;
  beforeAll(async () => {
    // Every request is rate-limited for ten minutes, longer than pdguard waits: nothing gets a verdict.
    const limited = () => json(429, {}, { 'ratelimit-reset': '600' });
    us = await FakePagerDuty.start(limited);
    eu = await FakePagerDuty.start(limited);
  });
  afterAll(async () => {
    await us.close();
    await eu.close();
  });

  it('history, audit and report merge all exit 2 when verification could check nothing', async () => {
    const apiEnv = { ...env, PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url };
    const history = await runCli(['history', '--fail-on', 'live'], { cwd: join(org, 'web'), env: apiEnv });
    expect(history.code, history.stderr).toBe(2);
    expect(history.stderr).toMatch(/verification incomplete: 1 unchecked/);

    const dir = tempDir('pdguard-reports-');
    const file = join(dir, 'web.json');
    const audited = await runCli(['audit', 'web', '--fail-on', 'live', '--format', 'json', '--output', file, '--as-of', AS_OF], { cwd: org, env: apiEnv });
    expect(audited.code, audited.stderr).toBe(2);
    expect(audited.stderr).toMatch(/^pdguard: verification incomplete: 1 unchecked \(the deadline, a rate limit or no answer/);
    expect(audited.stderr.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(readFileSync(file, 'utf8')) as AuditJson;
    expect(report.credentials[0]!.verification).toMatchObject({ status: 'unknown', unchecked: true });

    for (const format of ['text', 'json', 'html', 'sarif']) {
      const merged = await runCli(['report', 'merge', file, '--fail-on', 'live', '--format', format], { env });
      expect(merged.code, `${format}: ${merged.stderr}`).toBe(2);
      expect(merged.stderr).toMatch(/verification incomplete: 1 unchecked/);
    }
    // --fail-on any fails on the credential itself (1); never reports without failing.
    expect((await runCli(['report', 'merge', file], { env })).code).toBe(1);
    expect((await runCli(['report', 'merge', file, '--fail-on', 'never'], { env })).code).toBe(0);
  }, 120_000);
});

describe('pdguard audit: the other formats and bad input', () => {
  it('text: the to-do list, what removing each takes, and the rotation steps', async () => {
    const text = await runCli(['audit', '.', '--as-of', AS_OF], { cwd: org, env });
    expect(text.code).toBe(1);
    const first = text.stdout.split('\n\n')[0]!;
    expect(first).toMatch(/^#1\s+not verified\s+PagerDuty REST API key/);
    expect(first).toContain('acme/web: in origin/main today');
    expect(first).toContain('only a history rewrite');
    expect(first).toMatch(/1\. Find whose key it is/);
    expect(text.stdout).toMatch(/4 PagerDuty credentials \(5 occurrences\) in 2 repositories: not verified \(add --verify\); 1 on a default branch today, 2 need a history rewrite, 2 past their lifetime\./);
    expect(text.stdout).toContain('older than its lifetime');
    for (const secret of [T1, T2, T3, T5]) expect(text.stdout).not.toContain(secret);
    // One of each, in the singular.
    const one = await runCli(['audit', 'web', '--as-of', AS_OF], { cwd: org, env });
    expect(one.stdout).toMatch(/✖ 1 PagerDuty credential \(1 occurrence\) in 1 repository: not verified \(add --verify\); 1 on a default branch today, 1 needs a history rewrite\./);
  }, 120_000);

  it('sarif: one result per occurrence, a run per repository', async () => {
    const out = await runCli(['audit', '.', '--format', 'sarif', '--as-of', AS_OF], { cwd: org, env });
    const log = JSON.parse(out.stdout) as { runs: { automationDetails: { id: string }; results: { properties: { secretHash: string } }[] }[] };
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(['pdguard/api/', 'pdguard/acme/web/']);
    expect(log.runs.map((r) => r.results.length)).toEqual([4, 1]);
    expect(log.runs[1]!.results[0]!.properties.secretHash).toBe(hash(T2));
    for (const secret of [T1, T2, T3, T5]) expect(out.stdout).not.toContain(secret);
    const github = await runCli(['audit', '.', '--format', 'github'], { cwd: org, env });
    const annotations = github.stdout.trim().split('\n');
    expect(annotations).toHaveLength(5);
    expect(annotations.filter((a) => a.startsWith('::error file=acme/web/deploy/app.env,line=2,'))).toHaveLength(1);
    for (const secret of [T1, T2, T3, T5]) expect(github.stdout).not.toContain(secret);
    const gitlab = await runCli(['audit', '.', '--format', 'gitlab', '--as-of', AS_OF], { cwd: org, env });
    const vulnerabilities = (JSON.parse(gitlab.stdout) as { vulnerabilities: { location: { file: string; commit: { sha: string } } }[] }).vulnerabilities;
    expect(vulnerabilities).toHaveLength(5);
    expect(vulnerabilities.filter((v) => v.location.file === 'acme/web/deploy/app.env' && v.location.commit.sha === at.web1)).toHaveLength(1);
    for (const secret of [T1, T2, T3, T5]) expect(gitlab.stdout).not.toContain(secret);
  }, 120_000);

  it('--show-secrets shows them; without it no format does', async () => {
    const shown = await auditJson(['web', '--show-secrets']);
    expect(shown.report.credentials[0]!.secret).toBe(T2);
    expect(shown.report.secretsShown).toBe(true);
  }, 60_000);

  it('exits 0 for a clean repository and 2 with one line for what is not a repository', async () => {
    const clean = TestRepo.init();
    clean.commitFiles({ 'a.txt': 'nothing here\n' }, 'clean');
    const ok = await runCli(['audit', clean.dir], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/No PagerDuty credentials found in 1 repository/);
    const empty = tempDir('pdguard-empty-');
    for (const [path, message] of [
      [empty, /not a git repository, and no folder in it is one/],
      [join(empty, 'missing'), /no such directory/],
    ] as const) {
      const bad = await runCli(['audit', path], { env });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
    const badDate = await runCli(['audit', clean.dir, '--as-of', 'yesterday'], { env });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--as-of takes an ISO 8601 date/);
  }, 60_000);
});

describe('pdguard report merge', () => {
  it('merges one report per repository into what one audit of them all gives', async () => {
    const dir = tempDir('pdguard-reports-');
    for (const name of ['api', 'web']) {
      const out = await runCli(['audit', name, '--format', 'json', '--output', join(dir, `${name}.json`), '--as-of', AS_OF], { cwd: org, env });
      expect(out.code).toBe(1);
    }
    const whole = await auditJson(['api', 'web']);
    const merged = await runCli(['report', 'merge', join(dir, 'api.json'), join(dir, 'web.json'), '--format', 'json', '--as-of', AS_OF], { env });
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout) as AuditJson;
    expect(report.credentials).toEqual(whole.report.credentials);
    expect(report.summary).toEqual(whole.report.summary);
    expect(report.repositories.map((r) => r.name)).toEqual(['api', 'acme/web']);
    // Merging a report with itself changes nothing.
    const again = await runCli(['report', 'merge', join(dir, 'api.json'), join(dir, 'api.json'), '--format', 'json', '--as-of', AS_OF], { env });
    const single = JSON.parse(readFileSync(join(dir, 'api.json'), 'utf8')) as AuditJson;
    expect((JSON.parse(again.stdout) as AuditJson).credentials).toEqual(single.credentials);

    const html = await runCli(['report', 'merge', join(dir, 'api.json'), join(dir, 'web.json'), '--format', 'html', '--as-of', AS_OF], { env });
    expect(html.code).toBe(1);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('https://github.com/acme/web/commit/' + at.web1);
    // Made without --verify: nobody knows whether they are live, so --fail-on live cannot pass (as history).
    const text = await runCli(['report', 'merge', join(dir, 'api.json'), join(dir, 'web.json'), '--fail-on', 'live'], { env });
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/4 PagerDuty credentials/);
    expect(text.stderr).toMatch(/^pdguard: verification incomplete: 4 unchecked \(never verified: a report made without --verify/);
    expect(text.stderr.trim().split('\n')).toHaveLength(1);
  }, 180_000);

  it('refuses what is not a report, with one line', async () => {
    const dir = tempDir('pdguard-reports-');
    writeFileSync(join(dir, 'not.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'broken.json'), '{');
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ version: 9, tool: {}, scan: {}, findings: [] }));
    writeFileSync(join(dir, 'key.txt'), `${T2}\n`);
    writeFileSync(join(dir, 'env.json'), `{ PAGERDUTY_TOKEN=${T1}\n`);
    for (const [file, message] of [
      ['not.json', /not a pdguard JSON report/],
      ['broken.json', /not a JSON report/],
      ['future.json', /report version 9 is not supported/],
      ['missing.json', /missing\.json: report not read: it does not exist/],
      // A key file handed over by mistake: the message never quotes it (JSON.parse's own would).
      ['key.txt', /key\.txt: not a JSON report \(not valid JSON[^)]*\)$/m],
      ['env.json', /env\.json: not a JSON report \(not valid JSON[^)]*\)$/m],
    ] as const) {
      const out = await runCli(['report', 'merge', join(dir, file)], { env });
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      for (const secret of [T1, T2]) expect(out.stderr).not.toContain(secret.slice(0, 6));
    }
    // A baseline that is not JSON is refused the same way, without its text.
    const baselineRun = await runCli(['scan', dir, '--baseline', join(dir, 'key.txt')], { env });
    expect(baselineRun.code).toBe(2);
    expect(baselineRun.stderr).toMatch(/cannot read baseline \(not valid JSON[^)]*\)/);
    expect(baselineRun.stderr).not.toContain(T2.slice(0, 6));
    expect((await runCli(['report', 'merge'], { env })).code).toBe(2);
    expect((await runCli(['report', 'split', 'a.json'], { env })).stderr).toMatch(/takes merge FILE/);
    expect((await runCli(['report', 'merge', 'a.json', '--format', 'github'], { env })).code).toBe(2);
  }, 60_000);

  it('merges a plain history report too (one repository, no exposure)', async () => {
    const dir = tempDir('pdguard-reports-');
    const history = await runCli(['history', '--repo', join(org, 'web'), '--format', 'json', '--output', join(dir, 'web-history.json')], { env });
    expect(history.code).toBe(1);
    // A plain history report lists each secret once too, without exposure.
    const plain = JSON.parse(readFileSync(join(dir, 'web-history.json'), 'utf8')) as { credentials: unknown[] };
    expect(plain.credentials).toEqual([
      {
        secretHash: hash(T2),
        ruleId: 'pagerduty-rest-api-key',
        ruleName: expect.any(String),
        secret: expect.not.stringContaining(T2),
        occurrences: [{ path: 'deploy/app.env', line: 2, column: 'PAGERDUTY_API_KEY='.length + 1, commit: expect.objectContaining({ sha: at.web1 }), fingerprint: expect.any(String) }],
        exposure: null,
      },
    ]);
    const out = await runCli(['report', 'merge', join(dir, 'web-history.json'), '--format', 'json', '--as-of', AS_OF], { env });
    const report = JSON.parse(out.stdout) as AuditJson;
    expect(report.credentials).toHaveLength(1);
    expect(report.credentials[0]).toMatchObject({ secretHash: hash(T2), exposure: null, occurrences: [{ repository: 'web', path: 'deploy/app.env' }] });
  }, 60_000);
});

describe('exposure: renames, second removals, mirrors, empty repositories', () => {
  it('a renamed file is not a removal; a secret removed, put back and removed again was removed the second time', async () => {
    const [moved, twice] = [fake.restKey(), fake.restKey()];
    const repo = TestRepo.init();
    repo.commitFiles({ 'a.env': `PAGERDUTY_API_KEY=${moved}\n` }, 'a key');
    repo.mv('a.env', 'config/b.env');
    repo.commit('move it');
    const added = repo.commitFiles({ 'x.env': `PAGERDUTY_TOKEN=${twice}\n` }, 'another');
    repo.remove('x.env');
    const first = repo.commit('remove it');
    repo.commitFiles({ 'x.env': `PAGERDUTY_TOKEN=${twice}\n` }, 'oops, back');
    repo.remove('x.env');
    const second = repo.commit('remove it again');
    const { report } = await auditJson([repo.dir]);
    const m = byHash(report, moved);
    expect(m.exposure.byRepository[0]).toMatchObject({ removed: null, onDefaultBranch: true, presentAt: ['refs/heads/main'] });
    const t = byHash(report, twice);
    expect(t.occurrences.map((o) => o.commit?.sha)).toEqual([added]);
    expect(t.exposure.byRepository[0]).toMatchObject({ introduced: { sha: added }, removed: point(repo, second), presentAt: [], onDefaultBranch: false });
    expect(t.exposure.removed?.sha).not.toBe(first);
  }, 60_000);

  it('commits not pushed yet: removed on the local branch of origin\'s default, and deleting it is enough', async () => {
    const key = fake.restKey();
    const upstream = TestRepo.init();
    upstream.commitFiles({ 'README.md': 'hi\n' }, 'start');
    const clone = upstream.clone();
    const added = clone.commitFiles({ '.env': `PAGERDUTY_API_KEY=${key}\n` }, 'a key');
    clone.remove('.env');
    const removed = clone.commit('oops');
    const { report } = await auditJson([clone.dir]);
    expect(byHash(report, key).exposure.byRepository[0]).toEqual({
      repository: 'clone',
      introduced: point(clone, added),
      removed: point(clone, removed),
      refs: ['refs/heads/main'],
      presentAt: [],
      onDefaultBranch: false,
      defaultBranch: 'refs/remotes/origin/main',
      published: false,
      remedy: 'delete-file',
    });
    expect(byHash(report, key).priority.reach).toBe('tag-or-default-history');
  }, 60_000);

  it('a key first committed excluded or allowed is still one credential once a commit shows it unsuppressed', async () => {
    const [renamed, unmarked] = [fake.restKey(), fake.restKey()];
    const repo = TestRepo.init();
    repo.commitFiles({ '.pdguard.yaml': "exclude: ['fixtures/**']\n", 'fixtures/x.env': `PAGERDUTY_API_KEY=${renamed}\n` }, 'a fixture');
    repo.commitFiles({ 'app.env': `PAGERDUTY_API_KEY=${unmarked} # pdguard:allow\n` }, 'an allowed key');
    repo.mv('fixtures/x.env', 'prod.env');
    const moved = repo.commit('promote it');
    const dropped = repo.commitFiles({ 'app.env': `PAGERDUTY_API_KEY=${unmarked}\n` }, 'drop the marker');
    const { code, report } = await auditJson([repo.dir]);
    expect(code).toBe(1);
    expect(byHash(report, renamed).occurrences.map((o) => [o.path, o.commit?.sha])).toEqual([['prod.env', moved]]);
    expect(byHash(report, unmarked).occurrences.map((o) => [o.path, o.commit?.sha])).toEqual([['app.env', dropped]]);
    expect(report.summary.suppressed).toBe(0);
  }, 60_000);

  it('every ref of a bare mirror is published; an empty repository has nothing to report', async () => {
    const key = fake.restKey();
    const repo = TestRepo.init();
    repo.commitFiles({ '.env': `PAGERDUTY_API_KEY=${key}\n` }, 'a key');
    const mirror = tempDir('pdguard-mirror-');
    repo.git('clone', '-q', '--mirror', repo.dir, join(mirror, 'app.git'));
    const { report } = await auditJson([mirror]);
    expect(report.repositories).toMatchObject([{ name: 'app', defaultBranch: 'refs/heads/main' }]);
    expect(byHash(report, key).exposure.byRepository[0]).toMatchObject({ refs: ['refs/heads/main'], onDefaultBranch: true, published: true, remedy: 'rewrite-history' });
    const empty = TestRepo.init();
    const run = await runCli(['audit', empty.dir, '--format', 'json'], { env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ credentials: [], repositories: [{ defaultBranch: null }] });
  }, 60_000);
});
