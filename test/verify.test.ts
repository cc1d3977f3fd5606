/**
 * --verify against local look-alikes of PagerDuty's US and EU APIs (real HTTP servers on
 * 127.0.0.1): every status, both regions and the fallback between them, rate limits, a server that
 * never answers, redirects, huge and malformed answers, the deadline, the cache, and that no secret
 * ever leaves in a reason, a debug line, an error or the cache file. Nothing here reaches the internet.
 */
import { createHook } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { regionOf, sha256 } from '../src/pipeline/findings.js';
import { redactSecret } from '../src/pipeline/redact.js';
import { loadPatterns } from '../src/patterns/load.js';
import type { Finding, Verification } from '../src/types.js';
import { verifyFindings, type VerifyOptions } from '../src/verify/index.js';
import { saysAccountLevel } from '../src/verify/judge.js';
import { backoffMs, requestedWaitMs } from '../src/verify/retry.js';
import { FakePagerDuty, HANG, json, pdError, type Action, type Handler } from './helpers/verify-server.js';

const RULES = loadPatterns();
const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const ACCOUNT_LEVEL_MESSAGE =
  "Because this request was made using an account-level access token, we were unable to determine the user's identity. Please use a user-level access token.";
const OK_USER = json(200, { user: { id: 'PABC123', type: 'user' } });

// ---------------------------------------------------------------------------------------------
// Secrets, generated at run time; every one is remembered so that each test can check it leaked nowhere.

let secretsOfTest: string[] = [];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(alphabet: string, length: number): string {
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

function remember<T extends string>(secret: T): T {
  secretsOfTest.push(secret);
  return secret;
}

function oauthToken(region: 'us' | 'eu' = 'us', kind: '0' | '1' = '0'): string {
  return remember(`pd${region}+_${kind}${randomChars(ALNUM.slice(0, 36), 6)}_${randomUUID()}`);
}

function restKey(): string {
  return remember(`${randomChars(ALNUM, 9)}${randomChars('_+-', 1)}${randomChars(`${ALNUM}_+-`, 9)}${randomChars('0123456789', 1)}`);
}

function eventsKey(): string {
  return remember(randomBytes(16).toString('hex'));
}

function finding(ruleId: string, secret: string, place: Partial<Finding> = {}): Finding {
  const rule = RULE_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return {
    ruleId,
    ruleName: rule.name,
    confidence: rule.confidence,
    severity: rule.severity,
    path: 'config/app.env',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1 + secret.length,
    secret,
    redacted: redactSecret(secret, rule.redactKeep),
    secretHash: sha256(secret),
    fingerprint: sha256(`${ruleId}${secret}${place.path ?? ''}${place.line ?? 1}`).slice(0, 32),
    region: regionOf(rule, secret),
    remediation: rule.remediation,
    helpUri: rule.helpUri,
    ...place,
  };
}

const restFinding = (key: string, place: Partial<Finding> = {}) => finding('pagerduty-rest-api-key', key, place);
const oauthFinding = (token: string, place: Partial<Finding> = {}) => finding('pagerduty-oauth-token', token, place);

// ---------------------------------------------------------------------------------------------
// The servers: US, EU, and a third one that redirects point at (it must never be asked anything).

let us: FakePagerDuty;
let eu: FakePagerDuty;
let elsewhere: FakePagerDuty;
let debugLines: string[] = [];
let reasons: string[] = [];

/** Answer by Authorization header: `table[secret]` for that secret, else 401. */
function bySecret(table: Record<string, Handler | Action>): Handler {
  return (request, index) => {
    for (const [secret, action] of Object.entries(table)) {
      if (request.authorization?.endsWith(secret)) return typeof action === 'function' ? action(request, index) : action;
    }
    return pdError(401, 'Authentication failed', 2006);
  };
}

const rejectAll: Handler = () => pdError(401, 'Authentication failed', 2006);

function options(extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    apiUrl: us.url,
    apiUrlEu: eu.url,
    timeoutMs: 15_000, // generous: a loaded machine may be slow to answer; tests of timeouts set their own
    deadlineMs: 60_000,
    maxBackoffMs: 20,
    debug: (line) => debugLines.push(line),
    ...extra,
  };
}

/** Verify, then check what every run must: a verification on every finding, and no open connection. */
async function verify(findings: Finding[], extra: Partial<VerifyOptions> = {}): Promise<Finding[]> {
  const out = await verifyFindings(findings, RULES, options(extra));
  expect(out).toHaveLength(findings.length);
  for (const [i, f] of out.entries()) {
    expect(f).not.toBe(findings[i]);
    expect(f.verification).toBeDefined();
    expect(['live', 'dead', 'unknown']).toContain(f.verification!.status);
    reasons.push(f.verification!.reason);
    expect({ ...f, verification: undefined }).toEqual({ ...findings[i], verification: undefined });
  }
  for (const server of [us, eu, elsewhere]) expect(await server.waitForNoConnections()).toBe(0);
  return out;
}

async function verifyOne(f: Finding, extra: Partial<VerifyOptions> = {}): Promise<Verification> {
  const [out] = await verify([f], extra);
  return out!.verification!;
}

beforeAll(async () => {
  [us, eu, elsewhere] = await Promise.all([FakePagerDuty.start(), FakePagerDuty.start(), FakePagerDuty.start()]);
});

afterAll(async () => {
  await Promise.all([us.close(), eu.close(), elsewhere.close()]);
});

beforeEach(() => {
  for (const server of [us, eu, elsewhere]) {
    server.requests.length = 0;
    server.maxInFlight = 0;
    server.connections = 0;
    server.hugeBytesWritten = 0;
    server.handler = rejectAll;
  }
  secretsOfTest = [];
  debugLines = [];
  reasons = [];
});

afterEach(() => {
  // No secret in any reason or debug line, whole or its random part.
  const leaks = (text: string) => secretsOfTest.some((s) => text.includes(s) || text.includes(s.replace(/^pd[a-z]{2}\+_\w{7}_/, '')));
  expect(debugLines.filter(leaks)).toEqual([]);
  expect(reasons.filter(leaks)).toEqual([]);
  for (const line of [...debugLines, ...reasons]) expect(line).not.toMatch(/[\r\n]/);
});

// ---------------------------------------------------------------------------------------------

describe('what is sent', () => {
  it('sends a REST key to GET /users/me with exactly the documented headers', async () => {
    const key = restKey();
    us.handler = bySecret({ [key]: OK_USER });
    const v = await verifyOne(restFinding(key));
    expect(v).toEqual({ status: 'live', reason: 'accepted by the US API (200)', httpStatus: 200 });
    expect(us.requests).toHaveLength(1);
    expect(eu.requests).toHaveLength(0);
    const [request] = us.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/users/me');
    expect(request!.headers.accept).toBe('application/vnd.pagerduty+json;version=2');
    expect(request!.headers.authorization).toBe(`Token token=${key}`);
    expect(request!.headers['user-agent']).toBe('pdguard');
    // Nothing else but what HTTP itself needs.
    expect(request!.rawHeaderNames.map((h) => h.toLowerCase()).sort()).toEqual(['accept', 'authorization', 'connection', 'host', 'user-agent']);
    expect(debugLines.some((line) => line.includes('GET') && line.includes('/users/me'))).toBe(true);
  });

  it('sends an OAuth token as a Bearer token', async () => {
    const token = oauthToken('us');
    us.handler = bySecret({ [token]: OK_USER });
    expect((await verifyOne(oauthFinding(token))).status).toBe('live');
    expect(us.requests.map((r) => [r.method, r.path, r.headers.authorization, r.headers.accept])).toEqual([
      ['GET', '/users/me', `Bearer ${token}`, 'application/vnd.pagerduty+json;version=2'],
    ]);
  });

  it('joins paths under a base URL with a path prefix, with or without a trailing slash', async () => {
    const key = restKey();
    us.handler = bySecret({ [key]: OK_USER });
    expect((await verifyOne(restFinding(key), { apiUrl: `${us.url}/pd/` })).status).toBe('live');
    expect((await verifyOne(restFinding(key), { apiUrl: `${us.url}/pd` })).status).toBe('live');
    expect(us.requests.map((r) => r.path)).toEqual(['/pd/users/me', '/pd/users/me']);
  });

  it('never sends credentials that cannot be checked without a side effect', async () => {
    const all = [us, eu, elsewhere];
    for (const server of all) server.handler = () => OK_USER;
    const findings = [
      finding('pagerduty-events-key', eventsKey()),
      finding('pagerduty-oauth-client-secret', remember(randomChars(ALNUM, 40))),
      finding('pagerduty-webhook-secret', remember(randomChars(ALNUM, 32))),
      finding('pagerduty-ical-feed-url', remember(randomChars(ALNUM, 20))),
      finding('pagerduty-classic-oauth-token', remember(randomBytes(32).toString('hex'))),
    ];
    const out = await verify(findings);
    for (const f of out) {
      expect(f.verification!.status).toBe('unknown');
      expect(f.verification!.reason).toMatch(/cannot be checked without a side effect.*not sent/);
      expect(f.verification!.httpStatus).toBeUndefined();
    }
    expect(out[0]!.verification!.reason).toMatch(/Events key/);
    expect(all.map((s) => s.requests.length)).toEqual([0, 0, 0]);
  });

  it('never sends a finding of a rule it does not know, or a secret that cannot be a header value', async () => {
    us.handler = () => OK_USER;
    eu.handler = () => OK_USER;
    const unknownRule = { ...restFinding(restKey()), ruleId: 'someone-elses-rule' };
    const smuggler = restFinding(remember(`${randomChars(ALNUM, 10)}\r\nX-Injected: 1`));
    const out = await verify([unknownRule, smuggler]);
    expect(out.map((f) => f.verification!.status)).toEqual(['unknown', 'unknown']);
    expect(out[0]!.verification!.reason).toMatch(/no verification method/);
    expect(out[1]!.verification!.reason).toMatch(/not sent/);
    expect(us.requests.length + eu.requests.length).toBe(0);
  });
});

describe('statuses', () => {
  it('402 and 403 mean valid but not allowed: live', async () => {
    const [a, b] = [restKey(), oauthToken()];
    us.handler = bySecret({ [a]: pdError(403, 'Access Denied', 2010), [b]: pdError(402, 'Payment Required') });
    const [va, vb] = (await verify([restFinding(a), oauthFinding(b)])).map((f) => f.verification);
    expect(va).toEqual({ status: 'live', reason: 'valid but not allowed by the US API (403)', httpStatus: 403 });
    expect(vb).toEqual({ status: 'live', reason: 'valid but not allowed by the US API (402)', httpStatus: 402 });
    expect(eu.requests).toHaveLength(0);
  });

  it("an account key's 400 on /users/me (it needs a user-level token) is live, without a second request", async () => {
    const key = restKey();
    us.handler = bySecret({ [key]: pdError(400, ACCOUNT_LEVEL_MESSAGE, 2100) });
    const v = await verifyOne(restFinding(key));
    expect(v.status).toBe('live');
    expect(v.httpStatus).toBe(400);
    expect(v.reason).toMatch(/account-level/);
    expect(us.requests.map((r) => r.path)).toEqual(['/users/me']);
  });

  it('a 400 that does not say so is judged by GET /abilities, and is unknown if that cannot tell either', async () => {
    const [judged, unclear] = [restKey(), restKey()];
    us.handler = bySecret({
      [judged]: (r) => (r.path === '/abilities' ? json(200, { abilities: ['teams'] }) : pdError(400, 'Invalid Input Provided', 2001)),
      [unclear]: () => pdError(400, 'Invalid Input Provided', 2001),
    });
    const [a, b] = (await verify([restFinding(judged), restFinding(unclear)])).map((f) => f.verification!);
    expect(a).toEqual({ status: 'live', reason: 'accepted by the US API (200 on /abilities)', httpStatus: 200 });
    expect(b!.status).toBe('unknown');
    expect(b!.httpStatus).toBe(400);
    expect(b!.reason).toMatch(/could not judge/);
    expect(us.requests.map((r) => r.path).sort()).toEqual(['/abilities', '/abilities', '/users/me', '/users/me']);
    expect(eu.requests).toHaveLength(0);
  });

  it('a 400 that is not JSON is not taken for an account key', async () => {
    const key = restKey();
    us.handler = () => ({ status: 400, body: 'account-level access token', headers: { 'content-type': 'text/plain' } });
    expect((await verifyOne(restFinding(key))).status).toBe('unknown');
  });

  it('401 from both regions is dead; one request each', async () => {
    const key = restKey();
    const v = await verifyOne(restFinding(key));
    expect(v).toEqual({ status: 'dead', reason: 'rejected by both regions (401)', httpStatus: 401 });
    expect([us.requests.length, eu.requests.length]).toEqual([1, 1]);
  });

  it('a 5xx is retried, then unknown', async () => {
    const key = restKey();
    us.handler = () => pdError(500, 'Internal Server Error');
    const v = await verifyOne(restFinding(key), { maxRetries: 2 });
    expect(v).toEqual({ status: 'unknown', reason: 'server error from the US API (500); retries exhausted', httpStatus: 500, unchecked: true });
    expect(us.requests).toHaveLength(3);
    expect(eu.requests).toHaveLength(0);
  });

  it('a 503 followed by a 200 is live', async () => {
    const key = restKey();
    us.handler = (_, i) => (i === 0 ? pdError(503, 'Service Unavailable') : OK_USER);
    expect(await verifyOne(restFinding(key))).toEqual({ status: 'live', reason: 'accepted by the US API (200)', httpStatus: 200 });
    expect(us.requests).toHaveLength(2);
  });

  it('a 200 whose body is not JSON is a malformed answer: unknown', async () => {
    const key = restKey();
    us.handler = () => ({ status: 200, body: '<html>Welcome to the captive portal</html>', headers: { 'content-type': 'text/html' } });
    const v = await verifyOne(restFinding(key));
    expect(v.status).toBe('unknown');
    expect(v.httpStatus).toBe(200);
    expect(v.reason).toMatch(/malformed answer.*not? .*JSON|without a JSON body/);
  });

  it('any other status is unknown', async () => {
    const key = restKey();
    us.handler = () => pdError(418, "I'm a teapot");
    expect(await verifyOne(restFinding(key))).toEqual({ status: 'unknown', reason: 'unexpected answer from the US API (418)', httpStatus: 418, unchecked: true });
  });

  it('a 401 that looks like a refresh token is not called dead', async () => {
    const token = oauthToken('us', '1');
    const v = await verifyOne(oauthFinding(token));
    expect(v.status).toBe('unknown');
    expect(v.httpStatus).toBe(401);
    expect(v.reason).toMatch(/refresh token/);
  });

  it('a refused connection is retried, then unknown', async () => {
    const closed = await FakePagerDuty.start();
    const url = closed.url;
    await closed.close();
    const v = await verifyOne(restFinding(restKey()), { apiUrl: url, maxRetries: 1 });
    expect(v).toEqual({ status: 'unknown', reason: 'network error ECONNREFUSED (US API); retries exhausted', unchecked: true });
    expect(eu.requests).toHaveLength(0);
  });

  it('a connection dropped without an answer is retried', async () => {
    const key = restKey();
    us.handler = (_, i) => (i === 0 ? { drop: true } : OK_USER);
    expect((await verifyOne(restFinding(key))).status).toBe('live');
    expect(us.requests).toHaveLength(2);
  });
});

describe('regions', () => {
  it('a pdeu+ token goes to the EU API first', async () => {
    const token = oauthToken('eu');
    us.handler = () => OK_USER;
    eu.handler = bySecret({ [token]: OK_USER });
    expect(await verifyOne(oauthFinding(token))).toEqual({ status: 'live', reason: 'accepted by the EU API (200)', httpStatus: 200 });
    expect([us.requests.length, eu.requests.length]).toEqual([0, 1]);
  });

  it('a pdus+ token rejected by the US API is tried in the EU before anything is decided', async () => {
    const token = oauthToken('us');
    eu.handler = bySecret({ [token]: OK_USER });
    expect(await verifyOne(oauthFinding(token))).toEqual({ status: 'live', reason: 'accepted by the EU API (200)', httpStatus: 200 });
    expect([us.requests.length, eu.requests.length]).toEqual([1, 1]);
  });

  it('a pdeu+ token rejected by the EU API is tried in the US', async () => {
    const token = oauthToken('eu');
    us.handler = bySecret({ [token]: pdError(403, 'Access Denied', 2010) });
    expect(await verifyOne(oauthFinding(token))).toEqual({ status: 'live', reason: 'valid but not allowed by the US API (403)', httpStatus: 403 });
    expect(eu.requests[0]!.at).toBeLessThan(us.requests[0]!.at);
  });

  it('a REST key of an EU account: US 401, EU 200', async () => {
    const key = restKey();
    eu.handler = bySecret({ [key]: OK_USER });
    expect((await verifyOne(restFinding(key))).reason).toBe('accepted by the EU API (200)');
  });

  it('a 401 in one region and no answer from the other is unknown, not dead', async () => {
    const key = restKey();
    eu.handler = () => pdError(500, 'Internal Server Error');
    const v = await verifyOne(restFinding(key), { maxRetries: 0 });
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('rejected by the US API (401); server error from the EU API (500)');
  });

  it('when both URLs are the same server, it is asked once', async () => {
    const key = restKey();
    const v = await verifyOne(restFinding(key), { apiUrlEu: us.url });
    expect(v).toEqual({ status: 'dead', reason: 'rejected by the US API (401)', httpStatus: 401 });
    expect(us.requests).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('honours ratelimit-reset (seconds)', async () => {
    const key = restKey();
    us.handler = (_, i) => (i === 0 ? json(429, { error: { message: 'Rate Limit Exceeded', code: 2020 } }, { 'ratelimit-reset': '0.2', 'ratelimit-remaining': '0' }) : OK_USER);
    const v = await verifyOne(restFinding(key), { maxBackoffMs: 5000 });
    expect(v.status).toBe('live');
    expect(us.requests).toHaveLength(2);
    expect(debugLines.some((line) => line.includes('retry 1 of 3 in 200 ms (as the server asked)'))).toBe(true);
    expect(us.requests[1]!.at - us.requests[0]!.at).toBeGreaterThanOrEqual(180);
  });

  it('honours retry-after (seconds)', async () => {
    const key = restKey();
    us.handler = (_, i) => (i === 0 ? json(429, {}, { 'retry-after': '1' }) : OK_USER);
    const v = await verifyOne(restFinding(key), { maxBackoffMs: 5000 });
    expect(v.status).toBe('live');
    expect(debugLines.some((line) => line.includes('in 1000 ms (as the server asked)'))).toBe(true);
    expect(us.requests[1]!.at - us.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('does not ask again before the reset when that is longer than the longest wait allowed', async () => {
    const key = restKey();
    us.handler = () => json(429, {}, { 'ratelimit-reset': '120' });
    const started = performance.now();
    const v = await verifyOne(restFinding(key), { maxBackoffMs: 60_000, deadlineMs: 300_000 });
    expect(v).toEqual({ status: 'unknown', reason: 'rate limited; the US API asks to wait 120 s', httpStatus: 429, unchecked: true });
    expect(us.requests).toHaveLength(1);
    // It gave up at once: waiting would have taken a minute at least. (A bound against the wrong
    // behaviour's own duration, not a tight one: no load on the machine makes one request take 30 s.)
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('without a header, backs off exponentially within maxBackoffMs, then gives up: unknown', async () => {
    const key = restKey();
    us.handler = () => pdError(429, 'Rate Limit Exceeded', 2020);
    const v = await verifyOne(restFinding(key), { maxRetries: 3, maxBackoffMs: 30 });
    expect(v).toEqual({ status: 'unknown', reason: 'rate limited; retries exhausted (US API)', httpStatus: 429, unchecked: true });
    expect(us.requests).toHaveLength(4);
    expect(eu.requests).toHaveLength(0);
    const waits = debugLines.flatMap((line) => /retry \d of 3 in (\d+) ms$/.exec(line)?.slice(1) ?? []).map(Number);
    expect(waits).toHaveLength(3);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(30);
  });

  it('does not wait past the deadline', async () => {
    const key = restKey();
    us.handler = () => json(429, {}, { 'ratelimit-reset': '60' });
    const started = performance.now();
    const v = await verifyOne(restFinding(key), { maxBackoffMs: 120_000, deadlineMs: 500 });
    expect(v).toEqual({ status: 'unknown', reason: 'rate limited; verification deadline reached', httpStatus: 429, unchecked: true });
    expect(us.requests).toHaveLength(1);
    // Waiting as asked would take a minute; the deadline is half a second away.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('faults', () => {
  it('a server that never answers times out quickly: unknown, connections closed', async () => {
    const key = restKey();
    us.handler = () => HANG;
    const started = performance.now();
    const v = await verifyOne(restFinding(key), { timeoutMs: 200, deadlineMs: 120_000 });
    // Timed out, not cut by the deadline (two minutes away): the reason says which, and the time
    // is at least the timeout and far from the deadline, however loaded the machine is.
    const elapsed = performance.now() - started;
    expect(v).toEqual({ status: 'unknown', reason: 'timed out after 200 ms (US API)', unchecked: true });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(60_000);
    expect(us.requests).toHaveLength(1);
    expect(eu.requests).toHaveLength(0);
  });

  it('leaves no timer and no socket behind', async () => {
    // Every timer the verifier creates must be cleared or have fired by the time it returns (the
    // look-alike server's own timers, such as Node's Date header cache, are not its business).
    const timers = new Set<number>();
    const hook = createHook({
      init: (id, type) => void (type === 'Timeout' && /[\\/]src[\\/]verify[\\/]/.test(new Error().stack ?? '') && timers.add(id)),
      destroy: (id) => void timers.delete(id),
    }).enable();
    const sockets = () => process.getActiveResourcesInfo().filter((t) => t === 'TCPSocketWrap').length;
    const before = sockets();
    try {
      // One answered at once, one timed out, one cut by the deadline: each path clears its timers.
      const [answered, timedOut, cut] = [restKey(), restKey(), restKey()];
      us.handler = bySecret({ [answered]: OK_USER, [timedOut]: HANG, [cut]: HANG });
      const findings = [restFinding(answered), restFinding(timedOut), restFinding(cut)];
      const first = await verifyFindings(findings.slice(0, 2), RULES, options({ timeoutMs: 100, deadlineMs: 60_000 }));
      const second = await verifyFindings(findings.slice(0, 1).concat(findings.slice(2)), RULES, options({ timeoutMs: 60_000, deadlineMs: 200 }));
      expect([...first, ...second].map((f) => f.verification!.status)).toEqual(['live', 'unknown', 'live', 'unknown']);
      await new Promise((resolve) => setImmediate(resolve));
      expect(timers.size).toBe(0);
    } finally {
      hook.disable();
    }
    expect(await us.waitForNoConnections()).toBe(0);
    expect(sockets()).toBe(before);
  });

  it('never follows a redirect, to another host or its own', async () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const key = restKey();
      us.handler = () => ({ status, headers: { location: `${elsewhere.url}/users/me` } });
      elsewhere.handler = () => OK_USER;
      const v = await verifyOne(restFinding(key));
      expect(v).toEqual({ status: 'unknown', reason: `redirected by the US API; not followed (${status})`, httpStatus: status, unchecked: true });
    }
    expect(elsewhere.requests).toHaveLength(0);
    expect(eu.requests).toHaveLength(0);
  });

  it('reads at most 64 KB of an answer, then drops the connection', async () => {
    for (const contentLength of [false, true]) {
      us.hugeBytesWritten = 0;
      const key = restKey();
      us.handler = () => ({ huge: { status: 200, contentLength } });
      const v = await verifyOne(restFinding(key));
      expect(v.status).toBe('unknown');
      expect(v.httpStatus).toBe(200);
      expect(v.reason).toMatch(/over 64 KB/);
      // 256 MB were on offer; the client stopped reading long before.
      expect(us.hugeBytesWritten).toBeLessThan(32 * 1024 * 1024);
    }
  });

  it('a huge answer does not hide a 401', async () => {
    const key = restKey();
    us.handler = () => ({ huge: { status: 401 } });
    expect((await verifyOne(restFinding(key))).status).toBe('dead');
  });

  it('stops at the overall deadline: the rest are unknown, and it returns on time', async () => {
    us.handler = () => HANG;
    const keys = [restKey(), restKey(), restKey()];
    const started = performance.now();
    const out = await verify(keys.map((k) => restFinding(k)), { timeoutMs: 120_000, deadlineMs: 300, concurrency: 1 });
    // On time: the first request would time out only after two minutes, and three in a row after six.
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(60_000);
    expect(out.map((f) => f.verification)).toEqual(keys.map(() => ({ status: 'unknown', reason: 'verification deadline reached', unchecked: true })));
    expect(us.requests).toHaveLength(1);
  });
});

describe('decoys', () => {
  it('checks the likeliest credentials first: many low-confidence decoys that never answer leave the real key checked, themselves unchecked', async () => {
    const real = restKey();
    const decoys = Array.from({ length: 40 }, () => restKey());
    us.handler = bySecret({ [real]: OK_USER, ...Object.fromEntries(decoys.map((d) => [d, HANG])) });
    // The decoys come first in the files (a-decoys.yaml sorts before z.env); the real key has the stronger context.
    const findings = [
      ...decoys.map((d, i) => restFinding(d, { confidence: 'medium', path: 'a-decoys.yaml', line: i + 1 })),
      restFinding(real, { confidence: 'high', path: 'z.env' }),
    ];
    // The deadline ends the run (the decoys never answer); the real key, asked first, is answered at once.
    const out = await verify(findings, { timeoutMs: 120_000, deadlineMs: 5000, concurrency: 1 });
    expect(us.requests[0]!.authorization).toBe(`Token token=${real}`);
    expect(out.at(-1)!.verification).toMatchObject({ status: 'live' });
    for (const f of out.slice(0, -1)) expect(f.verification).toMatchObject({ status: 'unknown', unchecked: true });
  });
});

describe('load', () => {
  it('verifies each distinct secret once, however many findings share it', async () => {
    const [a, b, c] = [restKey(), oauthToken('us'), restKey()];
    us.handler = bySecret({ [a]: OK_USER, [b]: pdError(403, 'Access Denied', 2010) });
    const findings = [
      restFinding(a, { path: 'a.env' }),
      oauthFinding(b, { path: 'a.env', line: 2 }),
      restFinding(a, { path: 'b.env' }),
      restFinding(c, { path: 'b.env', line: 7 }),
      oauthFinding(b, { path: 'c.yaml' }),
      restFinding(a, { path: 'c.yaml', line: 3 }),
    ];
    const out = await verify(findings);
    expect(out.map((f) => f.verification!.status)).toEqual(['live', 'live', 'live', 'dead', 'live', 'live']);
    expect(out[0]!.verification).toEqual(out[2]!.verification);
    expect(out[0]!.verification).not.toBe(out[2]!.verification);
    expect(us.requestsFor(a)).toHaveLength(1);
    expect(us.requestsFor(b)).toHaveLength(1);
    expect(us.requestsFor(c)).toHaveLength(1);
    expect(eu.requestsFor(c)).toHaveLength(1);
    expect(us.requests.length + eu.requests.length).toBe(4);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const keys = Array.from({ length: 12 }, () => restKey());
    us.handler = async () => {
      await new Promise((resolve) => setTimeout(resolve, 25));
      return OK_USER;
    };
    const out = await verify(keys.map((k) => restFinding(k)), { concurrency: 3 });
    expect(out.every((f) => f.verification!.status === 'live')).toBe(true);
    expect(us.requests).toHaveLength(12);
    expect(us.maxInFlight).toBeLessThanOrEqual(3);
    expect(us.maxInFlight).toBeGreaterThanOrEqual(2);
  });

  it('verifies hundreds of distinct secrets over a few reused connections', async () => {
    // What makes it fast is what is checked, not a time that a loaded machine could miss: every
    // request goes over one of at most `concurrency` kept-alive connections.
    const keys = Array.from({ length: 300 }, () => restKey());
    us.handler = () => OK_USER;
    const out = await verify(keys.map((k) => restFinding(k)), { concurrency: 8 });
    expect(out.every((f) => f.verification!.status === 'live')).toBe(true);
    expect(us.requests).toHaveLength(300);
    expect(us.connections).toBeGreaterThan(0);
    expect(us.connections).toBeLessThanOrEqual(8);
  });

  it('returns an empty list for no findings, without asking anything', async () => {
    expect(await verify([])).toEqual([]);
    expect(us.requests.length + eu.requests.length).toBe(0);
  });
});

describe('options', () => {
  const bad = ['ftp://api.pagerduty.com', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '', 'http://user:hunter2@127.0.0.1/', 'https://api.pagerduty.com/?x=1'];

  it.each(bad)('refuses the base URL %j with a one-line UsageError naming the option', async (url) => {
    const key = restKey();
    for (const [field, name] of [['apiUrl', /apiUrl/], ['apiUrlEu', /apiUrlEu/]] as const) {
      const error = await verifyFindings([restFinding(key)], RULES, options({ [field]: url })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).toMatch(name);
      expect(message).not.toMatch(/\n/);
      expect(message).not.toContain(key);
      expect(message).not.toContain('hunter2');
    }
    expect(us.requests.length + eu.requests.length).toBe(0);
  });

  it('refuses nonsense numbers', async () => {
    await expect(verifyFindings([], RULES, options({ timeoutMs: -1 }))).rejects.toThrow(/timeoutMs/);
    await expect(verifyFindings([], RULES, options({ concurrency: 0 }))).rejects.toThrow(/concurrency/);
    await expect(verifyFindings([], RULES, options({ deadlineMs: Number.NaN }))).rejects.toThrow(UsageError);
  });
});

describe('cache', () => {
  let dir: string;
  const T0 = Date.parse('2030-01-01T00:00:00Z');
  const HOUR = 3600_000;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdguard-verify-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores live and dead results by hash, without the secret, atomically', async () => {
    const [live, dead, flaky] = [restKey(), restKey(), restKey()];
    us.handler = bySecret({ [live]: OK_USER, [flaky]: pdError(500, 'Internal Server Error') });
    const cacheFile = join(dir, 'sub', 'verify-cache.json');
    await verify([restFinding(live), restFinding(dead), restFinding(flaky)], { cacheFile, now: () => T0, maxRetries: 0 });

    const text = readFileSync(cacheFile, 'utf8');
    for (const secret of [live, dead, flaky]) expect(text).not.toContain(secret);
    const data = JSON.parse(text) as { entries: Record<string, Record<string, unknown>> };
    expect(Object.keys(data.entries).sort()).toEqual([sha256(live), sha256(dead)].sort());
    expect(data.entries[sha256(live)]).toEqual({ status: 'live', reason: 'accepted by the US API (200)', httpStatus: 200, checkedAt: '2030-01-01T00:00:00.000Z' });
    expect(Object.keys(data.entries[sha256(dead)]!).sort()).toEqual(['checkedAt', 'httpStatus', 'reason', 'status']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['verify-cache.json']);
  });

  it('uses fresh entries without a request, and asks again once they expire', async () => {
    const [live, dead] = [restKey(), restKey()];
    us.handler = bySecret({ [live]: OK_USER });
    const cacheFile = join(dir, 'cache.json');
    const findings = [restFinding(live), restFinding(dead)];
    await verify(findings, { cacheFile, now: () => T0 });
    expect(us.requests.length + eu.requests.length).toBe(3);

    us.requests.length = 0;
    eu.requests.length = 0;
    const cached = await verify(findings, { cacheFile, now: () => T0 + 23 * HOUR });
    expect(us.requests.length + eu.requests.length).toBe(0);
    expect(cached.map((f) => [f.verification!.status, f.verification!.httpStatus])).toEqual([['live', 200], ['dead', 401]]);
    expect(cached[0]!.verification!.reason).toBe('accepted by the US API (200) (cached from 2030-01-01T00:00:00.000Z)');

    // The key was revoked since: after the TTL it is asked again, and the new answer is stored.
    us.handler = rejectAll;
    const expired = await verify(findings, { cacheFile, now: () => T0 + 25 * HOUR });
    expect(us.requests.length).toBe(2);
    expect(expired.map((f) => f.verification!.status)).toEqual(['dead', 'dead']);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { status: string; checkedAt: string }> };
    expect(data.entries[sha256(live)]).toMatchObject({ status: 'dead', checkedAt: new Date(T0 + 25 * HOUR).toISOString() });

    // A custom TTL.
    us.requests.length = 0;
    eu.requests.length = 0;
    await verify(findings, { cacheFile, now: () => T0 + 26 * HOUR, cacheTtlMs: 30 * 60_000 });
    expect(us.requests.length).toBe(2);
  });

  it('ignores a corrupt cache file with a debug line, and leaves that file alone', async () => {
    const key = restKey();
    us.handler = bySecret({ [key]: OK_USER });
    const cacheFile = join(dir, 'cache.json');
    writeFileSync(cacheFile, '{"version": 1, "entries": {');
    expect((await verifyOne(restFinding(key), { cacheFile, now: () => T0 })).status).toBe('live');
    expect(debugLines.some((line) => /cache.*not valid JSON/.test(line))).toBe(true);
    expect(readFileSync(cacheFile, 'utf8')).toBe('{"version": 1, "entries": {');
  });

  it('ignores entries that are invalid, from the future, or from other API URLs', async () => {
    const key = restKey();
    const cacheFile = join(dir, 'cache.json');
    const entry = { status: 'live', reason: 'accepted by the US API (200)', httpStatus: 200, checkedAt: new Date(T0).toISOString() };
    const write = (apiUrls: string[], e: unknown) => writeFileSync(cacheFile, JSON.stringify({ version: 1, apiUrls, entries: { [sha256(key)]: e } }));
    const urls = [`${us.url}/`, `${eu.url}/`];

    write(urls, entry);
    expect((await verifyOne(restFinding(key), { cacheFile, now: () => T0 + HOUR })).status).toBe('live');
    expect(us.requests).toHaveLength(0);

    for (const [apiUrls, e] of [
      [urls, { ...entry, status: 'maybe' }],
      [urls, { ...entry, checkedAt: new Date(T0 + 2 * HOUR).toISOString() }],
      [[`${elsewhere.url}/`, `${eu.url}/`], entry],
    ] as const) {
      write([...apiUrls], e);
      us.requests.length = 0;
      expect((await verifyOne(restFinding(key), { cacheFile, now: () => T0 + HOUR })).status).toBe('dead');
      expect(us.requests).toHaveLength(1);
    }
  });
});

describe('helpers', () => {
  it('reads the wait PagerDuty asks for: ratelimit-reset first, then retry-after in seconds or as a date', () => {
    const clock = () => Date.parse('2030-01-01T00:00:00Z');
    expect(requestedWaitMs({ 'ratelimit-reset': '3', 'retry-after': '9' }, clock)).toBe(3000);
    expect(requestedWaitMs({ 'retry-after': '9' }, clock)).toBe(9000);
    expect(requestedWaitMs({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }, clock)).toBe(5000);
    expect(requestedWaitMs({ 'retry-after': 'Mon, 31 Dec 2029 00:00:00 GMT' }, clock)).toBe(0);
    expect(requestedWaitMs({ 'ratelimit-reset': '-1' }, clock)).toBeUndefined();
    expect(requestedWaitMs({ 'ratelimit-reset': 'soon' }, clock)).toBeUndefined();
    expect(requestedWaitMs({}, clock)).toBeUndefined();
  });

  it('backs off exponentially with jitter, never above the cap', () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(n, 500, 10_000, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((n) => backoffMs(n, 500, 10_000, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(40, 500, 10_000, () => 1)).toBe(10_000);
  });

  it("recognises PagerDuty's account-level answer, and nothing vaguer", () => {
    const body = (value: unknown) => Buffer.from(JSON.stringify(value));
    expect(saysAccountLevel(body({ error: { message: ACCOUNT_LEVEL_MESSAGE, code: 2100 } }))).toBe(true);
    expect(saysAccountLevel(body({ error: { message: 'Invalid Input Provided', errors: ['This endpoint requires a user-level API key'] } }))).toBe(true);
    expect(saysAccountLevel(body({ error: { message: 'Invalid Input Provided', code: 2001 } }))).toBe(false);
    expect(saysAccountLevel(Buffer.from('account-level access token'))).toBe(false);
  });
});
