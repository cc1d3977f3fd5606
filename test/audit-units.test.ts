/**
 * The audit's pure parts, on their own: the progress line across repositories (no clock: elapsed
 * time is given), remotes (credentials stripped, forge links), and the to-do order (no clock: the
 * as-of time is given).
 */
import { describe, expect, it } from 'vitest';
import { aggregateExposure, prioritize } from '../src/audit/credentials.js';
import { commitLink, fileLink, forgeOf, remoteName, sanitizeRemote } from '../src/audit/forge.js';
import type { Credential, RepositoryExposure } from '../src/audit/model.js';
import { describeAuditProgress, formatEta, fractionDone } from '../src/audit/progress.js';
import type { AuditProgress } from '../src/commands/audit.js';

const progress = (over: Partial<AuditProgress> = {}): AuditProgress => ({
  commits: 0,
  blobs: 0,
  bytes: 0,
  repository: 1,
  repositories: 4,
  name: 'acme/api',
  objectsBefore: 0,
  objectsHere: 1000,
  objectsTotal: 4000,
  phase: 'scanning',
  finished: 0,
  running: ['acme/api'],
  bytesSoFar: 0,
  ...over,
});

describe('the progress line of an audit', () => {
  it('names the repository of how many, blobs, bytes and the rate', () => {
    const line = describeAuditProgress(progress({ blobs: 1234, bytes: 5 * 1024 * 1024, commits: 10 }), 1, 5 * 1024 * 1024);
    expect(line).toBe('pdguard: repository 1 of 4 (acme/api), 1,234 blobs, 5.0 MB, 5.0 MB/s');
  });

  it('estimates the time left from the objects done, once there is a little history', () => {
    // Repository 2 of 4, half of it done: 1,500 of 4,000 objects in 30 s → 50 s left.
    const p = progress({ repository: 2, objectsBefore: 1000, commits: 100, blobs: 400, bytes: 1024 });
    expect(fractionDone(p)).toBeCloseTo(0.375);
    expect(describeAuditProgress(p, 30, 1024)).toMatch(/, ETA 50s$/);
    expect(describeAuditProgress(p, 1, 1024)).not.toMatch(/ETA/);
    expect(describeAuditProgress(progress({ objectsTotal: 0 }), 30, 0)).not.toMatch(/ETA/);
    // While git is asked about exposure, the repository's objects count as read.
    expect(describeAuditProgress(progress({ phase: 'exposure' }), 10, 0)).toMatch(/\(acme\/api\), exposure, .*ETA 30s$/);
  });

  it('formats estimates in hours, minutes and seconds', () => {
    expect([formatEta(42), formatEta(185), formatEta(3720), formatEta(-1)]).toEqual(['42s', '3m 05s', '1h 02m', '0s']);
  });
});

describe('remotes', () => {
  it('never keeps a user name or password from the URL', () => {
    expect(sanitizeRemote('https://x-access-token:abc123@github.com/acme/api.git')).toBe('https://github.com/acme/api.git');
    expect(sanitizeRemote('https://oauth2:tok@gitlab.example.com/g/p.git?private_token=x')).toBe('https://gitlab.example.com/g/p.git');
    expect(sanitizeRemote('git@github.com:acme/api.git')).toBe('git@github.com:acme/api.git');
    expect(sanitizeRemote('/srv/git/api.git')).toBe('/srv/git/api.git');
  });

  it('names the repository owner/name and links to GitHub and GitLab', () => {
    expect(remoteName('git@github.com:acme/api.git')).toBe('acme/api');
    expect(remoteName('ssh://git@gitlab.com/group/sub/project.git')).toBe('group/sub/project');
    expect(remoteName('/srv/git/api.git')).toBeNull();
    const github = forgeOf('https://token@github.com/acme/api.git')!;
    expect(github).toEqual({ kind: 'github', url: 'https://github.com/acme/api' });
    expect(commitLink(github, 'abc')).toBe('https://github.com/acme/api/commit/abc');
    expect(fileLink(github, 'abc', 'dir/a b#.env', 3)).toBe('https://github.com/acme/api/blob/abc/dir/a%20b%23.env#L3');
    const gitlab = forgeOf('git@gitlab.com:group/sub/project.git')!;
    expect(gitlab).toEqual({ kind: 'gitlab', url: 'https://gitlab.com/group/sub/project' });
    expect(fileLink(gitlab, 'abc', 'x.env', 1)).toBe('https://gitlab.com/group/sub/project/-/blob/abc/x.env#L1');
    expect(forgeOf('https://github.example.corp/acme/api')).toEqual({ kind: 'github', url: 'https://github.example.corp/acme/api' });
    expect(forgeOf('https://bitbucket.org/acme/api.git')).toBeNull();
    expect(forgeOf('/srv/git/api.git')).toBeNull();
  });
});

describe('the to-do order', () => {
  const asOf = Date.parse('2024-12-31T00:00:00Z');
  const exposure = (over: Partial<RepositoryExposure>): RepositoryExposure => ({
    repository: 'r',
    introduced: { sha: 'a'.repeat(40), date: '2024-01-01T00:00:00Z' },
    removed: null,
    refs: ['refs/heads/main'],
    presentAt: [],
    onDefaultBranch: false,
    defaultBranch: 'refs/heads/main',
    published: true,
    remedy: 'rewrite-history',
    ...over,
  });
  const credential = (id: string, ruleId: string, e: RepositoryExposure, status?: 'live' | 'dead' | 'unknown'): Credential => ({
    secretHash: id,
    ruleId,
    ruleName: ruleId,
    severity: 'critical',
    confidence: 'high',
    region: null,
    secret: '…',
    occurrences: [],
    exposure: aggregateExposure([e], null),
    ...(status ? { verification: { status, reason: '' } } : {}),
    priority: { rank: 0, status: 'unknown', reach: 'not-computed', ageDays: null, pastLifetime: false },
    remediation: '',
    helpUri: '',
  });

  it('live, then unknown, then dead; default branch and tags before branches; older first', () => {
    const ordered = prioritize(
      [
        credential('dead-default', 'pagerduty-rest-api-key', exposure({ onDefaultBranch: true }), 'dead'),
        credential('unknown-feature', 'pagerduty-rest-api-key', exposure({ refs: ['refs/heads/feature'] })),
        credential('unknown-tag-new', 'pagerduty-rest-api-key', exposure({ refs: ['refs/tags/v2'], introduced: { sha: 'b', date: '2024-06-01T00:00:00Z' } })),
        credential('unknown-tag-old', 'pagerduty-rest-api-key', exposure({ refs: ['refs/tags/v1'] })),
        credential('live-feature', 'pagerduty-oauth-token', exposure({ refs: ['refs/heads/feature'] }), 'live'),
      ],
      asOf,
    );
    expect(ordered.map((c) => [c.priority.rank, c.secretHash])).toEqual([
      [1, 'live-feature'],
      [2, 'unknown-tag-old'],
      [3, 'unknown-tag-new'],
      [4, 'unknown-feature'],
      [5, 'dead-default'],
    ]);
    expect(ordered[0]!.priority).toEqual({ rank: 1, status: 'live', reach: 'branch', ageDays: 365, pastLifetime: true });
    expect(ordered[0]!.exposure!.ageDays).toBe(365);
  });

  it('marks OAuth tokens older than their lifetime, counted to the given time', () => {
    const e = exposure({ introduced: { sha: 'c', date: '2024-12-01T00:00:00Z' } });
    const young = prioritize([credential('t', 'pagerduty-oauth-token', e)], Date.parse('2024-12-31T00:00:00Z'))[0]!;
    const old = prioritize([credential('t', 'pagerduty-oauth-token', e)], Date.parse('2025-01-01T00:00:00Z'))[0]!;
    expect([young.priority.ageDays, young.priority.pastLifetime]).toEqual([30, false]);
    expect([old.priority.ageDays, old.priority.pastLifetime]).toEqual([31, true]);
    const classic = prioritize([credential('t', 'pagerduty-classic-oauth-token', e)], Date.parse('2025-01-01T00:00:00Z'))[0]!;
    expect(classic.priority.pastLifetime).toBe(false);
  });
});
