/**
 * `--format sarif`: valid against the official SARIF 2.1.0 schema, complete for GitHub code scanning
 * (rules, levels, security-severity, fingerprints, encoded URIs), redacted, stable, and under
 * GitHub's limits. Findings come from the real engine on trees of fake secrets made at test time;
 * only the limits are tested with synthetic findings.
 */
import { gzipSync } from 'node:zlib';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { loadPatterns } from '../src/patterns/load.js';
import { formatSarif, MAX_RESULTS } from '../src/report/sarif.js';
import { scan } from '../src/scan.js';
import type { Finding, Rule, ScanResult, Severity } from '../src/types.js';
import { makeTree } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

const VERSION = '1.2.3';
const rules = loadPatterns();
const ruleById = new Map(rules.map((r) => [r.id, r]));

/** A tree with every rule's first example, in files whose names need percent-encoding. */
function leakyTree(seed = 7): string {
  const fake = new FakeSecrets(seed);
  const files: Record<string, string> = {};
  rules.forEach((rule, i) => {
    files[`rules/${i}-${rule.id}.txt`] = `${fake.example(rule.examples[0]!)}\n`;
  });
  const leak = () => `PAGERDUTY_TOKEN=${fake.restKey()}\n`;
  files['my config.env'] = `# settings\n  ${leak()}`;
  files['a#b.env'] = leak();
  files['100%.env'] = leak();
  files['café/naïve.env'] = leak();
  files['日本/設定.env'] = leak();
  files['x?y/[z] & w+v.env'] = leak();
  return makeTree(files);
}

async function scanTree(root: string): Promise<ScanResult> {
  return scan({ paths: [root], cwd: root });
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

function expectValid(log: unknown): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
}

const secretsOf = (result: ScanResult) => result.findings.map((f) => f.secret);

describe('SARIF from a real scan', async () => {
  const root = leakyTree();
  const result = await scanTree(root);
  const text = formatSarif(result, { showSecrets: false, toolVersion: VERSION });
  const log = parse(text);
  const run = log.runs[0]!;
  const results = run.results!;

  it('finds what the tree holds (the fixture is meaningful)', () => {
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(rules.map((r) => r.id)));
    expect(result.findings.length).toBeGreaterThanOrEqual(rules.length + 6);
  });

  it('is valid SARIF 2.1.0 with one run', () => {
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('describes the tool', () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe('pdguard');
    expect(driver.version).toBe(VERSION);
    expect(driver.semanticVersion).toBe(VERSION);
    expect(driver.informationUri).toMatch(/^https:\/\//);
  });

  it('lists every rule with everything GitHub uses', () => {
    const descriptors = run.tool.driver.rules!;
    expect(descriptors.map((d) => d.id)).toEqual(rules.map((r) => r.id));
    const band: Record<Severity, [number, number]> = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] };
    for (const d of descriptors) {
      const rule = ruleById.get(d.id)!;
      expect(d.name, d.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(d.shortDescription?.text, d.id).toBeTruthy();
      expect(d.fullDescription?.text, d.id).toBe(rule.description);
      expect(d.helpUri, d.id).toBe(rule.helpUri);
      expect(d.help?.text, d.id).toContain(rule.remediation);
      expect(d.help?.text, d.id).toContain(rule.helpUri);
      expect(d.help?.markdown, d.id).toContain(rule.remediation);
      expect(d.help?.markdown, d.id).toContain(`(${rule.helpUri})`);
      const props = d.properties!;
      expect(typeof props['security-severity'], d.id).toBe('string');
      const score = Number(props['security-severity']);
      expect(score, d.id).toBeGreaterThanOrEqual(band[rule.severity][0]);
      expect(score, d.id).toBeLessThanOrEqual(band[rule.severity][1]);
      expect(props.tags, d.id).toEqual(expect.arrayContaining(['security', 'secret']));
      expect(['very-high', 'high', 'medium', 'low'], d.id).toContain(props.precision);
      expect(props.precision, d.id).toBe({ high: 'very-high', medium: 'medium', low: 'low' }[rule.confidence]);
      expect(d.defaultConfiguration?.level, d.id).toBe(rule.severity === 'critical' || rule.severity === 'high' ? 'error' : rule.severity === 'medium' ? 'warning' : 'note');
    }
  });

  it('gives one result per finding, pointing at its rule, with the right level and a message', () => {
    expect(results).toHaveLength(result.findings.length);
    result.findings.forEach((f, i) => {
      const r = results[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(f.ruleId);
      expect(r.level).toBe(f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'note');
      expect(r.message.text).toContain(f.ruleName);
      expect(r.message.text).toContain(f.path);
      expect(r.message.text).toContain(`line ${f.line}`);
      expect(r.properties).toMatchObject({ confidence: f.confidence, secretHash: f.secretHash });
      expect(r.properties!.commit).toBeUndefined();
    });
  });

  it('percent-encodes relative URIs against %SRCROOT%, keeping /', () => {
    const uris = new Map(result.findings.map((f, i) => [f.path, results[i]!.locations![0]!.physicalLocation!.artifactLocation!]));
    expect(uris.get('my config.env')).toEqual({ uri: 'my%20config.env', uriBaseId: '%SRCROOT%' });
    expect(uris.get('a#b.env')?.uri).toBe('a%23b.env');
    expect(uris.get('100%.env')?.uri).toBe('100%25.env');
    expect(uris.get('café/naïve.env')?.uri).toBe('caf%C3%A9/na%C3%AFve.env');
    expect(uris.get('日本/設定.env')?.uri).toBe('%E6%97%A5%E6%9C%AC/%E8%A8%AD%E5%AE%9A.env');
    expect(uris.get('x?y/[z] & w+v.env')?.uri).toMatch(/^x%3Fy\/%5Bz%5D%20%26%20w(\+|%2B)v\.env$/);
    for (const [path, location] of uris) {
      expect(location.uriBaseId).toBe('%SRCROOT%');
      expect(location.uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=@/%]+$/);
      expect(location.uri!.split('/').map(decodeURIComponent).join('/')).toBe(path);
      // Resolves under the root as a relative reference, never as a scheme or fragment.
      const base = 'file:///scanned/root/';
      const resolved = new URL(location.uri!, base);
      expect(resolved.href.startsWith(base)).toBe(true);
      expect(resolved.hash).toBe('');
      expect(resolved.search).toBe('');
    }
    expect(run.originalUriBaseIds?.['%SRCROOT%']).toBeDefined();
  });

  it('gives the full region', () => {
    result.findings.forEach((f, i) => {
      expect(results[i]!.locations![0]!.physicalLocation!.region).toEqual({
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      });
    });
    const spaced = result.findings.findIndex((f) => f.path === 'my config.env');
    expect(results[spaced]!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 2, startColumn: 3 + 'PAGERDUTY_TOKEN='.length });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('fingerprints results with the finding fingerprint under a pdguard key, and nothing else', () => {
    result.findings.forEach((f, i) => expect(results[i]!.partialFingerprints).toEqual({ 'pdguard/v1': f.fingerprint }));
    expect(text).not.toContain('primaryLocationLineHash');
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length);
  });

  it('redacts every secret unless asked', () => {
    for (const secret of secretsOf(result)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice(6, -3));
    }
    const shown = formatSarif(result, { showSecrets: true, toolVersion: VERSION });
    expectValid(parse(shown));
    for (const secret of secretsOf(result)) expect(shown).toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('is byte-identical across runs of the same scan', async () => {
    const again = formatSarif(await scanTree(root), { showSecrets: false, toolVersion: VERSION });
    expect(again).toBe(text);
    expect(formatSarif(result, { showSecrets: false, toolVersion: VERSION })).toBe(text);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('reports a complete run as successful with no notifications about unreadable paths', () => {
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });
});

describe('SARIF for verified and history findings', async () => {
  const result = await scanTree(leakyTree(11));

  it('raises a live finding to error and says LIVE', () => {
    const quiet = result.findings.findIndex((f) => f.severity === 'medium' || f.severity === 'low');
    expect(quiet, 'the fixture has a medium or low finding').toBeGreaterThanOrEqual(0);
    const findings = result.findings.map((f, i) =>
      i === quiet ? { ...f, verification: { status: 'live' as const, reason: 'the API accepted it (HTTP 200)', httpStatus: 200 } } : f,
    );
    const log = parse(formatSarif({ ...result, findings }, { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    const r = log.runs[0]!.results![quiet]!;
    expect(r.level).toBe('error');
    expect(r.message.text).toMatch(/LIVE/);
    expect(r.properties!.verification).toEqual(findings[quiet]!.verification);
    // The rest are unchanged.
    const plain = parse(formatSarif(result, { showSecrets: false, toolVersion: VERSION }));
    expect(plain.runs[0]!.results![quiet]!.level).not.toBe('error');
  });

  it('names the introducing commit of history findings', () => {
    const commit = { sha: 'c0ffee'.padEnd(40, '1'), author: 'Ada Lovelace', email: 'ada@example.com', date: '2024-02-03T04:05:06Z' };
    const findings = result.findings.map((f) => ({ ...f, commit }));
    const scanStats = { ...result.scan, mode: 'history' as const, commitsScanned: 3, blobsScanned: 5 };
    const log = parse(formatSarif({ ...result, scan: scanStats, findings }, { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    for (const r of log.runs[0]!.results!) {
      expect(r.message.text).toContain(commit.sha);
      expect(r.message.text).toContain(commit.author);
      expect(r.message.text).toContain(commit.date);
      expect(r.properties!.commit).toEqual(commit);
    }
  });

  it('reports unreadable paths as tool notifications and the run as unsuccessful', () => {
    const incomplete: ScanResult = {
      ...result,
      incomplete: true,
      scan: {
        ...result.scan,
        skipped: [
          { path: 'locked dir/secret.env', reason: 'unreadable: permission denied' },
          { path: 'logo.png', reason: 'binary' },
        ],
      },
    };
    const log = parse(formatSarif(incomplete, { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications!;
    expect(notes[0]).toMatchObject({ level: 'error' });
    expect(notes[0]!.message.text).toContain('locked dir/secret.env');
    expect(notes[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('locked%20dir/secret.env');
    expect(notes.some((n) => n.level === 'note' && n.message.text!.includes('1 binary'))).toBe(true);
  });

  it('describes a rule that a finding names but the result lacks, keeping ruleIndex valid', () => {
    const log = parse(formatSarif({ ...result, rules: [] }, { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    const run = log.runs[0]!;
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('handles an empty scan', () => {
    const log = parse(formatSarif({ ...result, findings: [], suppressed: [] }, { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(rules.length);
  });
});

describe("SARIF under GitHub's limits", () => {
  const rule = (id: string): Rule => ruleById.get(id)!;
  const fake = new FakeSecrets(99);

  function synthetic(i: number, severity: Severity, confidence: Finding['confidence'], live = false): Finding {
    const r = rule(rules[i % rules.length]!.id);
    const secret = fake.restKey();
    const f: Finding = {
      ruleId: r.id,
      ruleName: r.name,
      confidence,
      severity,
      path: `src/module-${Math.floor(i / 50)}/file-${i}.env`,
      line: (i % 400) + 1,
      column: 17,
      endLine: (i % 400) + 1,
      endColumn: 37,
      secret,
      secretHash: `${i.toString(16).padStart(8, '0')}${'ab'.repeat(28)}`,
      fingerprint: `fp-${i}`,
      region: null,
      remediation: r.remediation,
      helpUri: r.helpUri,
    };
    if (live) f.verification = { status: 'live', reason: 'HTTP 200', httpStatus: 200 };
    return f;
  }

  function resultOf(findings: Finding[]): ScanResult {
    return {
      scan: { mode: 'files', root: '.', bytesScanned: 0, filesScanned: findings.length, commitsScanned: 0, blobsScanned: 0, skipped: [], durationMs: 0 },
      findings,
      suppressed: [],
      incomplete: false,
      rules,
    };
  }

  const warnings = (log: Log) => log.runs[0]!.invocations![0]!.toolExecutionNotifications!.filter((n) => n.level === 'warning');

  it(`keeps the ${MAX_RESULTS.toLocaleString('en-US')} most severe results and says how many were left out`, () => {
    // Interleaved so that the kept ones are not simply a prefix of the input.
    const findings: Finding[] = [];
    let i = 0;
    const kinds: { n: number; severity: Severity; confidence: Finding['confidence']; live?: boolean; tag: string }[] = [
      { n: 5, severity: 'low', confidence: 'low', live: true, tag: 'live' },
      { n: 100, severity: 'critical', confidence: 'medium', tag: 'critical' },
      { n: 24_890, severity: 'medium', confidence: 'high', tag: 'medium-high' },
      { n: 10, severity: 'medium', confidence: 'low', tag: 'medium-low' },
      { n: 100, severity: 'low', confidence: 'high', tag: 'low' },
    ];
    const tagOf = new Map<string, string>();
    const queues = kinds.map((k) => ({ ...k, left: k.n }));
    while (queues.some((q) => q.left > 0)) {
      for (const q of [...queues].reverse()) {
        if (q.left-- <= 0) continue;
        const f = synthetic(i++, q.severity, q.confidence, q.live);
        tagOf.set(f.fingerprint, q.tag);
        findings.push(f);
      }
    }
    expect(findings).toHaveLength(25_105);

    const text = formatSarif(resultOf(findings), { showSecrets: false, toolVersion: VERSION });
    const log = parse(text);
    expectValid(log);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(25_000);
    const kept = new Map<string, number>();
    for (const r of results) {
      const tag = tagOf.get(r.partialFingerprints!['pdguard/v1']!)!;
      kept.set(tag, (kept.get(tag) ?? 0) + 1);
    }
    expect(Object.fromEntries(kept)).toEqual({ live: 5, critical: 100, 'medium-high': 24_890, 'medium-low': 5 });
    // Reported in the scan's order.
    const positions = results.map((r) => Number(r.partialFingerprints!['pdguard/v1']!.slice(3)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const [note] = warnings(log);
    expect(note?.message.text).toMatch(/^105 findings of 25,105 left out/);
    expect(note?.message.text).toContain('25,000');
    expect(log.runs[0]!.properties).toMatchObject({ findings: 25_105, reported: 25_000 });
    expect(gzipSync(text).length).toBeLessThan(10_000_000);
  }, 60_000);

  it('drops the least severe results until the gzipped report fits, and says so', () => {
    const severities: Severity[] = ['low', 'medium', 'high', 'critical'];
    const findings = Array.from({ length: 400 }, (_, i) => synthetic(i, severities[i % 4]!, 'high'));
    const full = formatSarif(resultOf(findings), { showSecrets: true, toolVersion: VERSION });
    const fullSize = gzipSync(full).length;
    const limit = Math.floor(fullSize * 0.6);
    const text = formatSarif(resultOf(findings), { showSecrets: true, toolVersion: VERSION, limits: { maxGzipBytes: limit } });
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    const log = parse(text);
    expectValid(log);
    const results: Result[] = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(400);
    const severityOf = (r: Result) => r.properties!.severity as Severity;
    // Everything critical and high is kept before anything medium, and no low one is kept unless all medium ones are.
    const keptBySeverity = (s: Severity) => results.filter((r) => severityOf(r) === s).length;
    expect(keptBySeverity('critical')).toBe(100);
    if (keptBySeverity('medium') > 0) expect(keptBySeverity('high')).toBe(100);
    if (keptBySeverity('low') > 0) expect(keptBySeverity('medium')).toBe(100);
    const [note] = warnings(log);
    expect(note?.message.text).toContain(`${400 - results.length} findings of 400 left out`);
    expect(note?.message.text).toContain('10 MB');
  });

  it('uses absolute file: URIs for paths outside the scanned root', () => {
    const f = { ...synthetic(1, 'high', 'high'), path: '/etc/pager duty/app.env' };
    const log = parse(formatSarif(resultOf([f]), { showSecrets: false, toolVersion: VERSION }));
    expectValid(log);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///etc/pager%20duty/app.env' });
  });

  it('keeps a valid rule list for descriptors (type check of the public shape)', () => {
    const log = parse(formatSarif(resultOf([]), { showSecrets: false, toolVersion: 'not-semver' }));
    expectValid(log);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.semanticVersion).toBeUndefined();
    expect(driver.version).toBe('not-semver');
    const descriptors: ReportingDescriptor[] = driver.rules!;
    expect(descriptors).toHaveLength(rules.length);
  });
});
