/**
 * The pure parts of `pdguard audit URL` and `--github-org`: which URLs are accepted, where their
 * clones go (never outside --clone-dir), the git host that goes with an API base, Link headers,
 * rate-limit waits, what a pull request ref says, and how the door hands git a token.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCloneProgress } from '../src/audit/progress.js';
import { keptByForge, pullRequestForge } from '../src/audit/refs.js';
import { gitArguments, gitEnvironment, withholdFromGit } from '../src/git/process.js';
import { nextLink, rateLimitWait } from '../src/remote/github.js';
import { clonePath, gitOriginOfApi, isRemoteSpec, parseRemoteUrl, redactUserInfo } from '../src/remote/url.js';

describe('repository URLs', () => {
  it('tells URLs from local paths', () => {
    for (const url of ['https://github.com/a/b', 'ssh://git@host/a/b', 'git@github.com:a/b.git', 'file:///tmp/r', 'ext::sh -c x']) expect(isRemoteSpec(url), url).toBe(true);
    for (const path of ['.', 'repo', '/tmp/repo', 'C:\\src\\repo', 'dir:name', '~/src/acme']) expect(isRemoteSpec(path), path).toBe(false);
  });

  it('accepts https, ssh, scp-like and file URLs, plain http on loopback only', () => {
    expect(parseRemoteUrl('https://github.com/acme/api.git')).toMatchObject({ transport: 'https', origin: 'https://github.com', path: 'acme/api.git' });
    expect(parseRemoteUrl('git@github.com:acme/api.git')).toMatchObject({ transport: 'ssh', host: 'github.com', path: 'acme/api.git' });
    expect(parseRemoteUrl('ssh://git@host:2222/acme/api')).toMatchObject({ transport: 'ssh', origin: 'ssh://host:2222' });
    expect(parseRemoteUrl('file:///srv/git/api.git')).toMatchObject({ transport: 'file', path: 'srv/git/api.git' });
    expect(parseRemoteUrl('http://127.0.0.1:8080/a/b.git')).toMatchObject({ transport: 'http', origin: 'http://127.0.0.1:8080' });
    expect(() => parseRemoteUrl('http://example.com/a/b')).toThrow(/only on this machine/);
    expect(() => parseRemoteUrl('git://example.com/a/b')).toThrow(/not a transport/);
    expect(() => parseRemoteUrl('ext::sh -c id')).toThrow(/remote helpers/);
    expect(() => parseRemoteUrl('fd::3')).toThrow(/remote helpers/);
    expect(() => parseRemoteUrl('file://host/x')).toThrow(/local path/);
  });

  it('refuses a password in the URL without repeating it', () => {
    const attempt = () => parseRemoteUrl('https://me:s3cr3t-token@github.com/a/b');
    expect(attempt).toThrow(/GITHUB_TOKEN/);
    expect(attempt).not.toThrow(/s3cr3t/);
    expect(redactUserInfo('fatal: https://me:s3cr3t@h/x not found')).toBe('fatal: https://***@h/x not found');
  });

  it('keeps every clone inside --clone-dir, one folder per URL', () => {
    const base = '/cache/clones';
    expect(clonePath(base, parseRemoteUrl('https://github.com/acme/api.git'))).toBe(join(base, 'github.com/acme/api.git'));
    expect(clonePath(base, parseRemoteUrl('https://github.com/acme/api'))).toBe(join(base, 'github.com/acme/api.git'));
    expect(clonePath(base, parseRemoteUrl('git@github.com:acme/api.git'))).toBe(join(base, 'ssh_github.com/acme/api.git'));
    expect(clonePath(base, parseRemoteUrl('http://127.0.0.1:9/a/b.git'))).toBe(join(base, '127.0.0.1_9/a/b.git'));
    for (const hostile of ['https://h/../../etc/x', 'https://h/%2e%2e/%2e%2e/x', 'git@h:../../../x', 'https://h/a/..%2f..%2fx', 'file:///../../x']) {
      const path = clonePath(base, parseRemoteUrl(hostile));
      expect(path.startsWith(`${base}/`), `${hostile} -> ${path}`).toBe(true);
      expect(path.split('/')).not.toContain('..');
    }
    expect(clonePath(base, parseRemoteUrl('file:///a/repo'))).not.toBe(clonePath(base, parseRemoteUrl('file:///b/repo')));
  });

  it('takes the git host from the API base: github.com for api.github.com, the host for GitHub Enterprise', () => {
    expect(gitOriginOfApi('https://api.github.com')).toBe('https://github.com');
    expect(gitOriginOfApi('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
    expect(gitOriginOfApi('http://127.0.0.1:4000/api')).toBe('http://127.0.0.1:4000');
  });
});

describe('GitHub API answers', () => {
  it('follows rel="next" of a Link header', () => {
    expect(nextLink('<https://api.github.com/orgs/a/repos?page=2>; rel="next", <https://api.github.com/orgs/a/repos?page=5>; rel="last"')).toBe('https://api.github.com/orgs/a/repos?page=2');
    expect(nextLink('<https://api.github.com/orgs/a/repos?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it('reads rate-limit waits from retry-after and x-ratelimit-reset, without a clock of its own', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(rateLimitWait(429, h({ 'retry-after': '7' }), 0)).toBe(7000);
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }), 90_000)).toBe(10_000);
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }), 200_000)).toBe(0);
    expect(rateLimitWait(403, h({ 'retry-after': '2' }), 0)).toBe(2000);
    expect(rateLimitWait(429, h({}), 0)).toBe(60_000);
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '12' }), 0)).toBeNull(); // forbidden, not limited
    expect(rateLimitWait(200, h({ 'retry-after': '1' }), 0)).toBeNull();
  });
});

describe('pull request refs', () => {
  it('names what the forge keeps', () => {
    expect(pullRequestForge('refs/pull/17/head')).toBe('GitHub');
    expect(pullRequestForge('refs/pull/17/merge')).toBe('GitHub');
    expect(pullRequestForge('refs/merge-requests/3/head')).toBe('GitLab');
    expect(pullRequestForge('refs/heads/pull/17/head')).toBeNull();
    expect(keptByForge(['refs/heads/main'])).toBeNull();
    expect(keptByForge(['refs/heads/main', 'refs/pull/17/head'])).toBe('reachable from refs/pull/17/head: GitHub keeps pull request refs; deleting the branch does not remove it; rotate');
  });
});

describe('the door for a clone', () => {
  const remote = { protocols: ['https'], secretConfig: [['http.https://github.com/.extraHeader', 'Authorization: Basic c2VjcmV0']] as const };

  it('hands the token to git in its environment, after the user own GIT_CONFIG_* entries, never in its arguments', () => {
    const env = gitEnvironment({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: 'me' }, { remote });
    expect(env.GIT_CONFIG_COUNT).toBe('2');
    expect(env.GIT_CONFIG_KEY_0).toBe('user.name');
    expect(env.GIT_CONFIG_KEY_1).toBe('http.https://github.com/.extraHeader');
    expect(env.GIT_CONFIG_VALUE_1).toBe('Authorization: Basic c2VjcmV0');
    expect(env.GIT_ALLOW_PROTOCOL).toBe('https');
    const args = gitArguments(['fetch', 'origin'], { remote });
    expect(args.join(' ')).not.toContain('c2VjcmV0');
    expect(args).toContain('http.followRedirects=false');
    expect(args).toContain('credential.helper=');
    expect(args).toContain('protocol.ext.allow=never');
    expect(args).not.toContain('protocol.allow=never');
  });

  it('keeps the token variable out of every git process once the CLI has read it', () => {
    expect(gitEnvironment({ PDGUARD_TEST_TOKEN: 'x', HOME: '/h' }).PDGUARD_TEST_TOKEN).toBe('x');
    withholdFromGit(['PDGUARD_TEST_TOKEN']);
    const env = gitEnvironment({ PDGUARD_TEST_TOKEN: 'x', HOME: '/h' }, { remote });
    expect(env.PDGUARD_TEST_TOKEN).toBeUndefined();
    expect(env.HOME).toBe('/h');
  });

  it('gives no transport to any other git process', () => {
    expect(gitEnvironment({}, {}).GIT_ALLOW_PROTOCOL).toBe('');
    expect(gitEnvironment({}, {}).GIT_CONFIG_COUNT).toBeUndefined();
    expect(gitArguments(['log'])).toContain('protocol.allow=never');
  });
});

describe('clone progress', () => {
  it('says n of N and, once the pace is known, the time left', () => {
    expect(describeCloneProgress({ done: 1, total: 40, name: 'acme/api' }, 0.5)).toBe('pdguard: cloned 1 of 40 (acme/api)');
    expect(describeCloneProgress({ done: 10, total: 40, name: 'acme/web' }, 20)).toBe('pdguard: cloned 10 of 40 (acme/web), ETA 1m 00s');
    expect(describeCloneProgress({ done: 40, total: 40, name: 'acme/x' }, 80)).toBe('pdguard: cloned 40 of 40 (acme/x)');
  });
});
