/**
 * --verify through the real CLI against local stand-ins for PagerDuty's US and EU APIs: statuses
 * in every format, --fail-on live, where secrets may be sent (and where they may never be).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { FakePagerDuty, json, pdError } from './helpers/verify-server.js';

const fake = new FakeSecrets(404);
const servers: FakePagerDuty[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function pagerDuty(live: string[]): Promise<{ us: FakePagerDuty; eu: FakePagerDuty; env: Record<string, string> }> {
  const answer = (request: { authorization: string | undefined }) =>
    live.some((secret) => request.authorization?.endsWith(secret)) ? json(200, { user: { id: 'PABC123' } }) : pdError(401, 'Unauthorized', 2006);
  const us = await FakePagerDuty.start(answer);
  const eu = await FakePagerDuty.start(answer);
  servers.push(us, eu);
  return { us, eu, env: { PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url } };
}

describe('--verify', () => {
  it('tells live from dead from unknown, and never sends what cannot be checked without a side effect', async () => {
    const [liveKey, deadKey, events] = [fake.restKey(), fake.restKey(), fake.eventsKey()];
    const { us, eu, env } = await pagerDuty([liveKey]);
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${deadKey}\nPD_ROUTING_KEY=${events}\n`, 'b.env': `PAGERDUTY_API_KEY=${liveKey}\nAGAIN=1 PAGERDUTY_USER_TOKEN=${liveKey}\n` });
    const { result, report } = await scanJson([root, '--verify'], { env });
    expect(result.code).toBe(1);
    const status = Object.fromEntries(report.findings.map((f) => [`${f.path}:${f.line}`, (f as unknown as { verification: { status: string; httpStatus?: number } }).verification]));
    expect(status['a.env:1']).toMatchObject({ status: 'dead', httpStatus: 401 });
    expect(status['a.env:2']).toMatchObject({ status: 'unknown' });
    expect(status['b.env:1']).toMatchObject({ status: 'live', httpStatus: 200 });
    expect(status['b.env:2']).toMatchObject({ status: 'live' });
    expect(report.summary).toMatchObject({ findings: 4, live: 2, dead: 1, unknown: 1 });
    // Each distinct secret once per region at most; the Events key never leaves the machine.
    expect(us.requestsFor(liveKey)).toHaveLength(1);
    expect(us.requestsFor(deadKey)).toHaveLength(1);
    expect(eu.requestsFor(deadKey)).toHaveLength(1);
    expect([...us.requests, ...eu.requests].some((r) => JSON.stringify(r).includes(events))).toBe(false);
    expect(us.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(result.stdout + result.stderr).not.toContain(liveKey);

    const text = await runCli(['scan', root, '--verify'], { env });
    expect(text.stdout.indexOf('b.env')).toBeLessThan(text.stdout.indexOf('a.env')); // live first
    expect(text.stdout).toMatch(/LIVE: accepted/);
    expect(text.stdout).toMatch(/2 live, 1 dead, 1 unknown/);
  });

  it('exits 1 with --fail-on live only when a finding is live', async () => {
    const [liveKey, deadKey] = [fake.restKey(), fake.restKey()];
    const { env } = await pagerDuty([liveKey]);
    const dead = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${deadKey}\n` });
    expect((await runCli(['scan', dead, '--fail-on', 'live'], { env })).code).toBe(0);
    const live = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${liveKey}\n` });
    expect((await runCli(['scan', live, '--fail-on', 'live'], { env })).code).toBe(1);
    expect((await runCli(['scan', live, '--fail-on', 'sometimes'], { env })).code).toBe(2);
  });

  it('--fail-on live never passes on credentials left unchecked: decoys that exhaust the rate limit make it exit 2', async () => {
    const real = fake.restKey();
    const decoys = Array.from({ length: 100 }, () => fake.restKey());
    // The API rate-limits every decoy for ten minutes (longer than pdguard waits) and rejects the real key.
    const answer = (request: { authorization: string | undefined }) =>
      decoys.some((d) => request.authorization?.endsWith(d)) ? json(429, {}, { 'ratelimit-reset': '600' }) : pdError(401, 'Unauthorized', 2006);
    const [us, eu] = [await FakePagerDuty.start(answer), await FakePagerDuty.start(answer)];
    servers.push(us, eu);
    const env = { PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url };
    const decoyFile = decoys.map((d) => `pagerduty:\n  token: ${d}\n`).join('---\n');
    const root = makeTree({ 'a-decoys.yaml': decoyFile, 'z.env': `PAGERDUTY_TOKEN=${real}\n` });

    const run = await runCli(['scan', root, '--fail-on', 'live', '--format', 'json'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^pdguard: verification incomplete: 100 unchecked \(/)]);
    const report = JSON.parse(run.stdout) as { summary: Record<string, number>; findings: { path: string; verification: { status: string; unchecked?: boolean } }[] };
    expect(report.summary).toMatchObject({ findings: 101, live: 0, dead: 1, unknown: 100, unchecked: 100 });
    expect(report.findings.find((f) => f.path === 'z.env')!.verification).toEqual(expect.objectContaining({ status: 'dead' }));
    // The real key (stronger context) was in the first round of requests (8 at a time), though its file comes last.
    expect(us.requests.slice(0, 8).map((r) => r.authorization)).toContain(`Token token=${real}`);
    expect(run.stdout + run.stderr).not.toContain(real);

    // Without the decoys, the dead key passes; with a live one among them, the live one decides (exit 1).
    expect((await runCli(['scan', join(root, 'z.env'), '--fail-on', 'live'], { env })).code).toBe(0);
    us.handler = eu.handler = (request) => (request.authorization?.endsWith(real) ? json(200, { user: { id: 'PABC123' } }) : answer(request));
    expect((await runCli(['scan', root, '--fail-on', 'live'], { env })).code).toBe(1);
  });

  it('takes base URLs from flags over the environment', async () => {
    const key = fake.restKey();
    const { us, env } = await pagerDuty([key]);
    const other = await FakePagerDuty.start(() => json(200, {}));
    servers.push(other);
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${key}\n` });
    await runCli(['scan', root, '--verify', '--api-url', other.url], { env });
    expect(other.requestsFor(key)).toHaveLength(1);
    expect(us.requests).toHaveLength(0);
    const bad = await runCli(['scan', root, '--verify', '--api-url', 'ftp://example.com'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lets nothing in the scanned tree choose where secrets go', async () => {
    const key = fake.restKey();
    const { us, env } = await pagerDuty([key]);
    const evil = await FakePagerDuty.start(() => json(200, {}));
    servers.push(evil);
    const root = makeTree({
      'a.env': `PAGERDUTY_TOKEN=${key}\nPDGUARD_API_URL=${evil.url}\nPDGUARD_API_URL_EU=${evil.url}\n`,
    });
    const { result } = await scanJson([root, '--verify'], { env });
    expect(result.code).toBe(1);
    expect(us.requestsFor(key)).toHaveLength(1);
    // A configuration that tries to name a URL is refused outright.
    writeFileSync(join(root, '.pdguard.yaml'), `api_url: ${evil.url}\nexclude: []\n`);
    const hostile = await runCli(['scan', root, '--verify'], { env });
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toMatch(/unknown key 'api_url'/);
    expect(evil.requests).toHaveLength(0);
  });

  it('never prints a secret in --debug output', async () => {
    const key = fake.restKey();
    const { env } = await pagerDuty([]);
    const root = makeTree({ 'a.env': `PAGERDUTY_TOKEN=${key}\n` });
    const result = await runCli(['scan', root, '--verify', '--debug'], { env });
    expect(result.stderr).toMatch(/debug/);
    expect(result.stdout + result.stderr).not.toContain(key);
  });
});
