/**
 * The HTML report opened in a real headless browser (Debian's chromium, driven by playwright-core):
 * it renders with no console error and no request beyond the file itself, the table sorts on a
 * header click, forge links point at the commit and the file at its line, hostile names from the
 * repository stay text, and no full secret is anywhere in the file. A screenshot is kept under
 * test-artifacts/ (gitignored). CI installs chromium (.ci/run): a missing browser fails the test.
 */
import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv, tempDir } from './helpers/git.js';

const CHROMIUM = process.env.PDGUARD_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const fake = new FakeSecrets(4242);
const OLD = fake.oauthToken();
const KEY = fake.restKey();
const EVENTS = fake.eventsKey();
const SECRETS = [OLD, KEY, EVENTS];
/** A file name and an author name that are markup: the report must show them, not run them. */
const HOSTILE_FILE = '<img src=x onerror=document.title=1>.env';
const HOSTILE_AUTHOR = '"><script>document.title=2</script>';
const env = gitEnv();

let browser: Browser;
let repo: TestRepo;
let reportFile: string;
let html: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is missing at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

  repo = TestRepo.init();
  repo.commitFiles({ 'config/app.yaml': `oauth_token: ${OLD}\n` }, 'an old token');
  repo.tag('v1');
  repo.git('config', 'user.name', HOSTILE_AUTHOR);
  repo.commitFiles({ [HOSTILE_FILE]: `PAGERDUTY_API_KEY=${KEY}\n` }, 'a key');
  repo.git('config', 'user.name', 'Pat Tester');
  repo.checkout('alerts', { create: true });
  repo.commitFiles({ 'alerts.yaml': `pagerduty_configs:\n  - routing_key: ${EVENTS}\n` }, 'alerting');
  repo.checkout('main');
  repo.git('remote', 'add', 'origin', 'git@gitlab.com:acme/platform/api.git');

  const dir = tempDir('pdguard-html-');
  reportFile = join(dir, 'audit.html');
  const run = await runCli(['audit', repo.dir, '--format', 'html', '--output', reportFile, '--as-of', '2024-06-01'], { env });
  expect(run.code, run.stderr).toBe(1);
  html = readFileSync(reportFile, 'utf8');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in a browser', () => {
  it('renders offline: no console error, no request beyond the file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(reportFile).href;
    // Everything is routed: anything but the file itself would be recorded and refused.
    const routed: string[] = [];
    await page.route('**/*', (route) => {
      routed.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(routed.filter((u) => u !== url)).toEqual([]);
    expect(await page.title()).toMatch(/^pdguard audit: acme\/platform\/api$/);

    // The summary counts each credential once.
    const count = (label: string) => page.locator(`#summary [data-count="${label}"] b`).innerText();
    expect(await count('credentials')).toBe('3');
    expect(await count('occurrences')).toBe('3');
    expect(await count('past its lifetime')).toBe('1');
    // The timeline draws one bar per credential.
    expect(await page.locator('#timeline rect.bar').count()).toBe(3);
    expect(await page.locator('details').count()).toBe(3);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'audit-report.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'audit-report.png'))).toBe(true);
    await page.close();
  }, 60_000);

  it('sorts the table on a header click, both ways', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(reportFile).href);
    const order = () => page.locator('#credentials tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')!.textContent));
    const ages = () => page.locator('#credentials tbody tr td:nth-child(6)').allInnerTexts();
    expect(await order()).toEqual(['1', '2', '3']);
    const header = page.locator('#credentials th', { hasText: 'Age (days)' });
    await header.click();
    const ascending = (await ages()).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    const descending = (await ages()).map(Number);
    expect(descending).toEqual([...ascending].reverse());
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.locator('#credentials th', { hasText: '#' }).first().click();
    expect(await order()).toEqual(['1', '2', '3']);
    await page.locator('#credentials th', { hasText: 'Credential type' }).click();
    expect(await page.locator('#credentials tbody tr td:nth-child(2)').allInnerTexts()).toEqual(['Events API key', 'REST API key', 'Scoped OAuth token']);
    await page.close();
  }, 60_000);

  it('keeps hostile names as text and links to the forge', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(reportFile).href);
    expect(await page.title()).not.toMatch(/^[12]$/);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await expect(page.locator('body').innerText()).resolves.toContain(HOSTILE_FILE);
    const keySha = repo.rev('main');
    // git itself drops < > and " from names; what is left is shown as the text it is.
    const author = repo.git('show', '-s', '--format=%an', keySha).trim();
    expect(author).toContain('script');
    await expect(page.locator('body').innerText()).resolves.toContain(author);
    const fileHref = `https://gitlab.com/acme/platform/api/-/blob/${keySha}/${encodeURIComponent(HOSTILE_FILE)}#L1`;
    expect(await page.locator(`a[href="${fileHref}"]`).count()).toBe(1);
    expect(await page.locator(`a[href="https://gitlab.com/acme/platform/api/-/commit/${keySha}"]`).count()).toBeGreaterThan(0);
    // Rotation steps for each kind.
    await expect(page.locator('details', { hasText: 'REST API key' }).locator('ol li').first().innerText()).resolves.toMatch(/Find whose key it is/);
    await page.close();
  }, 60_000);

  it('holds no full secret anywhere in the file', () => {
    for (const secret of SECRETS) expect(html).not.toContain(secret);
    expect(html).not.toContain(HOSTILE_FILE);
    expect(html).not.toContain('<script>document');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\bsrc=["']?https?:/i);
  });

  it('renders pdguard history --format html too (credentials without exposure)', async () => {
    const run = await runCli(['history', '--repo', repo.dir, '--format', 'html'], { env });
    expect(run.code).toBe(1);
    const file = join(tempDir('pdguard-html-'), 'history.html');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, run.stdout);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    expect(errors).toEqual([]);
    expect(await page.locator('#credentials tbody tr').count()).toBe(3);
    expect(await page.locator('#credentials tbody').innerText()).toContain('not computed');
    for (const secret of SECRETS) expect(run.stdout).not.toContain(secret);
    // A history report is named for what ran, and counts what it scanned, not repositories or exposure.
    expect(await page.title()).toBe(`pdguard history: ${repo.dir}`);
    const cards = await page.locator('#summary [data-count]').evaluateAll((els) => els.map((e) => e.getAttribute('data-count')));
    expect(cards).toEqual(expect.arrayContaining(['credentials', 'commits scanned', 'blobs scanned']));
    expect(cards).not.toEqual(expect.arrayContaining(['repositories']));
    expect(cards).not.toEqual(expect.arrayContaining(['repository']));
    expect(cards.some((c) => /default branch|history rewrite|lifetime/.test(c ?? ''))).toBe(false);
    await page.close();
  }, 60_000);

  it('a scan of files is a scan report: its title and what it counts', async () => {
    const tree = join(tempDir('pdguard-html-'), 'tree');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(tree);
    writeFileSync(join(tree, 'app.env'), `PAGERDUTY_TOKEN=${SECRETS[0]}\n`);
    const run = await runCli(['scan', '.', '--format', 'html'], { cwd: tree, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<title>pdguard scan: .</title>');
    expect(run.stdout).toContain('data-count="file scanned"'); // one file: the singular
    expect(run.stdout).toContain('data-count="credential"');
    expect(run.stdout).not.toMatch(/<(title|h1)>pdguard audit/);
    expect(run.stdout).not.toContain('data-count="repositories"');
  });
});

/**
 * `report merge` reads JSON that someone else's job wrote: every field of it is hostile. Each
 * field that must have a format (a number, a date, a commit id, one of a few words) is refused
 * with one line naming the file and the field; every free-text field, filled with markup, a
 * `javascript:` URL and terminal escapes, comes out as text in every format, and nothing of it
 * runs in the browser, under a policy that allows no script but the report's own.
 */
describe('report merge: hostile report files', () => {
  /** Markup and a link that would run if they were not text: each sets window.pwned. */
  const PAYLOAD = `javascript:window.pwned=1//<script>window.pwned=2</script>"'><img src=x onerror="window.pwned=3"><svg onload="window.pwned=4"><a href="javascript:window.pwned=5">x</a>\u001b]52;c;cHduZWQ=\u0007\u001b[2J`;
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
  type Leaf = { path: (string | number)[]; value: Json };
  let dir: string;
  let files: { name: string; json: { [key: string]: Json } }[];

  const leaves = (value: Json, path: (string | number)[] = []): Leaf[] =>
    Array.isArray(value)
      ? value.flatMap((v, i) => leaves(v, [...path, i]))
      : value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
        : [{ path, value }];
  const at = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  const withValue = (json: Json, path: (string | number)[], value: Json): Json => {
    const copy = structuredClone(json) as { [key: string]: Json };
    let node: Json = copy;
    for (const key of path.slice(0, -1)) node = (node as { [key: string]: Json })[key as string]!;
    (node as { [key: string]: Json })[path.at(-1) as string] = value;
    return copy;
  };

  beforeAll(async () => {
    dir = tempDir('pdguard-hostile-reports-');
    const audit = await runCli(['audit', repo.dir, '--format', 'json', '--as-of', '2024-06-01'], { env });
    const history = await runCli(['history', '--repo', repo.dir, '--format', 'json'], { env });
    const auditJson = JSON.parse(audit.stdout) as { [key: string]: Json };
    // Every optional field present, so that it is attacked too.
    const verification = { status: 'unknown', reason: 'rate limited', httpStatus: 429, unchecked: true };
    for (const c of auditJson.credentials as { [key: string]: Json }[]) c.verification = { ...verification };
    for (const f of auditJson.findings as { [key: string]: Json }[]) f.verification = { ...verification };
    auditJson.unaudited = [{ path: 'clones/broken', reason: 'git cannot read this repository' }];
    files = [
      { name: 'audit.json', json: auditJson },
      { name: 'history.json', json: JSON.parse(history.stdout) as { [key: string]: Json } },
    ];
  }, 120_000);

  it("refuses a malformed field with one line naming the file and the field (the issue's three among them)", async () => {
    const audit = files[0]!.json;
    const cases: [string, Json][] = [
      ['summary.suppressed', withValue(audit, ['summary', 'suppressed'], '0</b><script>window.pwned=1</script>')],
      ['credentials[0].occurrences[0].line', withValue(audit, ['credentials', 0, 'occurrences', 0, 'line'], '1<script>window.pwned=1</script>')],
      ['credentials[0].verification.status', withValue(audit, ['credentials', 0, 'verification', 'status'], 'live"><script>window.pwned=1</script>')],
      ['credentials[0].exposure', withValue(audit, ['credentials', 0, 'exposure'], 'none')],
      ['repositories[0].forge.url', withValue(audit, ['repositories', 0, 'forge', 'url'], 'javascript:window.pwned=1')],
      ['findings[0]', withValue(audit, ['findings', 0], null)],
    ];
    for (const [field, json] of cases) {
      const file = join(dir, 'malformed.json');
      writeFileSync(file, JSON.stringify(json));
      const run = await runCli(['report', 'merge', file, '--format', 'html'], { env });
      expect(run.code, field).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr, field).toMatch(new RegExp(`^pdguard: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a pdguard report: ${field.replace(/[.[\]]/g, '\\$&')}: expected [^\n]+\n$`));
      expect(run.stderr).not.toMatch(/internal error|script/);
    }
  }, 120_000);

  it('every field that must have a format refuses the payload, naming the field (in-process, each field alone)', async () => {
    const { parseAuditReport } = await import('../src/audit/json.js');
    for (const { name, json } of files) {
      let refused = 0;
      for (const { path } of leaves(json)) {
        try {
          parseAuditReport(JSON.stringify(withValue(json, path, PAYLOAD)), name);
        } catch (error) {
          refused++;
          const message = (error as Error).message;
          if (at(path) === 'version') expect(message).toMatch(/version/);
          else expect(message).toContain(`${name}: not a pdguard report: ${at(path)}: expected `);
        }
      }
      expect(refused, name).toBeGreaterThan(10);
    }
  }, 60_000);

  it('every free-text field filled with markup, javascript: URLs and escapes: text in every format, and nothing runs', async () => {
    const { parseAuditReport } = await import('../src/audit/json.js');
    const inputs: string[] = [];
    let injected = 0;
    for (const { name, json } of files) {
      // Every string leaf the reader takes as free text gets the payload, all at once.
      let hostile: Json = json;
      for (const { path, value } of leaves(json)) {
        if (typeof value !== 'string') continue;
        const candidate = withValue(hostile, path, PAYLOAD);
        try {
          parseAuditReport(JSON.stringify(candidate), name);
          hostile = candidate;
          injected++;
        } catch {
          // a formatted field: refused, shown above
        }
      }
      const file = join(dir, `hostile-${name}`);
      writeFileSync(file, JSON.stringify(hostile));
      inputs.push(file);
    }
    expect(injected).toBeGreaterThan(40);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
    const out = join(dir, 'merged.html');
    const merged = await runCli(['report', 'merge', ...inputs, '--format', 'html', '--output', out], { env });
    expect(merged.code, merged.stderr).toBe(2); // incomplete (the unaudited clone) and credentials
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    // Click every link and header: a javascript: URL that got through would run now.
    for (const a of await page.locator('a').all()) expect(await a.getAttribute('href')).toMatch(/^(https:\/\/|#)/);
    await page.locator('#credentials th').first().click();
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, object, embed, svg:not(#timeline)').count()).toBe(0);
    expect(await page.evaluate("[...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((a) => a.startsWith('on'))")).toEqual([]);
    await expect(page.locator('body').innerText()).resolves.toContain('<script>window.pwned=2</script>');
    expect(errors).toEqual([]);
    await page.close();

    // The policy allows only the report's own script and style, by hash: no 'unsafe-inline'.
    const text = readFileSync(out, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(text)![1]!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(text.match(/<script\b/g)).toHaveLength(1);

    // Text: no control character reaches the terminal; JSON and SARIF stay well-formed.
    const asText = await runCli(['report', 'merge', ...inputs, '--format', 'text'], { env });
    expect(asText.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(asText.stdout).toContain('\\x1b]52;c;');
    const asJson = await runCli(['report', 'merge', ...inputs, '--format', 'json'], { env });
    expect(() => JSON.parse(asJson.stdout)).not.toThrow();
    const asSarif = await runCli(['report', 'merge', ...inputs, '--format', 'sarif'], { env });
    expect(() => JSON.parse(asSarif.stdout)).not.toThrow();
  }, 120_000);

  it('refuses a report too large or nested too deep, with one line and without reading it all', async () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024);
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"version":1,"tool":{},"scan":{},"findings":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    for (const [file, message] of [
      [huge, /larger than 64 MB/],
      [deep, /nested deeper than 32 levels/],
    ] as const) {
      const run = await runCli(['report', 'merge', file], { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
