/**
 * `--format github`: one workflow command per finding, escaped exactly as @actions/core escapes
 * (compared against it), at the level GitHub should show, with secrets redacted.
 */
import * as core from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import { loadPatterns } from '../src/patterns/load.js';
import { formatGithub } from '../src/report/github.js';
import { scan } from '../src/scan.js';
import type { Finding, ScanResult, Severity } from '../src/types.js';
import { makeTree } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';

const rules = loadPatterns();

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Parses a workflow command the way the Actions runner does. */
function parseCommand(line: string): Command {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

/** What @actions/core itself writes for an annotation (its property order differs from ours). */
function coreAnnotation(level: 'error' | 'warning' | 'notice', message: string, props: core.AnnotationProperties): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  try {
    core[level](message, props);
  } finally {
    spy.mockRestore();
  }
  return written.replace(/\r?\n$/, '');
}

const lines = (text: string) => text.split('\n').filter((l, i, all) => !(l === '' && i === all.length - 1));

describe('--format github on a real scan', async () => {
  const fake = new FakeSecrets(31);
  const awkward = 'we,ird: 100%\nname\r.env';
  const root = makeTree({
    [awkward]: `PAGERDUTY_TOKEN=${fake.restKey()}\n`,
    'dir/a.env': `x\n  token: ${fake.oauthToken('us')}\n`,
    'calendar.txt': `${fake.example(rules.find((r) => r.id === 'pagerduty-ical-feed-url')!.examples[0]!)}\n`,
  });
  const result = await scan({ paths: [root], cwd: root });
  const text = formatGithub(result, { showSecrets: false });
  const out = lines(text);

  it('writes one single-line command per finding', () => {
    expect(result.findings.length).toBe(3);
    expect(out).toHaveLength(result.findings.length);
    expect(text.endsWith('\n')).toBe(true);
    for (const line of out) {
      expect(line.startsWith('::')).toBe(true);
      expect(line).not.toMatch(/[\r]/);
    }
  });

  it('escapes properties and data exactly as @actions/core does', () => {
    const f = result.findings.find((x) => x.path === awkward)!;
    expect(f, 'the awkward file name is scanned').toBeDefined();
    const line = out.find((l) => l.includes('file=we'))!;
    expect(line).toContain('file=we%2Cird%3A 100%25%0Aname%0D.env,');
    const ours = parseCommand(line);
    expect(ours.properties).toEqual({
      file: awkward,
      line: String(f.line),
      col: String(f.column),
      endLine: String(f.endLine),
      endColumn: String(f.endColumn),
      title: `${f.ruleName} (${f.ruleId})`,
    });
    expect(ours.message).toContain(awkward);
    const theirs = coreAnnotation('error', ours.message, {
      title: ours.properties.title,
      file: ours.properties.file,
      startLine: f.line,
      endLine: f.endLine,
      startColumn: f.column,
      endColumn: f.endColumn,
    });
    // Same command, same escaped properties (in another order), byte-identical data.
    const [theirHead, ...theirData] = theirs.split('::').slice(1);
    const [ourHead, ...ourData] = line.split('::').slice(1);
    expect(ourData.join('::')).toBe(theirData.join('::'));
    const props = (head: string) => head.split(' ')[0] + ' ' + head.slice(head.indexOf(' ') + 1).split(',').sort().join(',');
    expect(props(ourHead!)).toBe(props(theirHead!));
  });

  it('tells what was found, where, and what to do', () => {
    for (const f of result.findings) {
      const cmd = out.map(parseCommand).find((c) => c.properties.file === f.path)!;
      expect(cmd.message).toContain(f.ruleName);
      expect(cmd.message).toContain(`line ${f.line}`);
      expect(cmd.message).toContain(f.remediation);
      expect(cmd.message).toContain(f.helpUri);
    }
  });

  it('uses error for critical and high, warning for medium, notice for low', () => {
    for (const f of result.findings) {
      const cmd = out.map(parseCommand).find((c) => c.properties.file === f.path)!;
      expect(cmd.command).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'notice' }[f.severity]);
    }
    expect(new Set(result.findings.map((f) => f.severity)).has('medium'), 'the fixture has a medium finding').toBe(true);
  });

  it('redacts secrets unless asked', () => {
    for (const f of result.findings) {
      expect(text).not.toContain(f.secret);
      expect(text).not.toContain(f.secret.slice(6, -3));
    }
    const shown = formatGithub(result, { showSecrets: true });
    for (const f of result.findings) expect(shown).toContain(f.secret.replace(/%/g, '%25'));
  });

  it('is stable across runs', async () => {
    expect(formatGithub(await scan({ paths: [root], cwd: root }), { showSecrets: false })).toBe(text);
  });
});

describe('--format github levels and summary', () => {
  const fake = new FakeSecrets(32);
  const rule = rules[0]!;
  const finding = (i: number, severity: Severity, live = false): Finding => {
    const f: Finding = {
      ruleId: rule.id,
      ruleName: rule.name,
      confidence: 'high',
      severity,
      path: `f${i}.env`,
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 21,
      secret: fake.restKey(),
      secretHash: String(i).padStart(64, '0'),
      fingerprint: `fp${i}`,
      region: null,
      remediation: rule.remediation,
      helpUri: rule.helpUri,
    };
    if (live) f.verification = { status: 'live', reason: 'HTTP 200', httpStatus: 200 };
    return f;
  };
  const resultOf = (findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult => ({
    scan: { mode: 'files', root: '.', bytesScanned: 0, filesScanned: 1, commitsScanned: 0, blobsScanned: 0, skipped: [], durationMs: 0 },
    findings,
    suppressed: [],
    incomplete: false,
    rules,
    ...extra,
  });

  it('maps severities to levels, raises live findings to error, and puts the most severe first', () => {
    const findings = [finding(0, 'low'), finding(1, 'medium'), finding(2, 'high'), finding(3, 'critical'), finding(4, 'low', true)];
    const cmds = lines(formatGithub(resultOf(findings), { showSecrets: false })).map(parseCommand);
    expect(cmds.map((c) => [c.properties.file, c.command])).toEqual([
      ['f4.env', 'error'],
      ['f3.env', 'error'],
      ['f2.env', 'error'],
      ['f1.env', 'warning'],
      ['f0.env', 'notice'],
    ]);
    expect(cmds[0]!.properties.title).toMatch(/^LIVE /);
    expect(cmds[0]!.message).toMatch(/LIVE/);
  });

  it('names the introducing commit of history findings', () => {
    const commit = { sha: 'b'.repeat(40), author: 'Grace Hopper', email: 'grace@example.com', date: '2023-05-06T07:08:09Z' };
    const [cmd] = lines(formatGithub(resultOf([{ ...finding(0, 'high'), commit }]), { showSecrets: false })).map(parseCommand);
    expect(cmd!.message).toContain(commit.sha);
    expect(cmd!.message).toContain(commit.author);
    expect(cmd!.message).toContain(commit.date);
  });

  it('ends with an error when the scan was incomplete', () => {
    const skipped = [
      { path: 'locked,dir/a.env', reason: 'unreadable: permission denied' },
      { path: 'img.png', reason: 'binary' },
    ];
    const text = formatGithub(resultOf([finding(0, 'high')], { incomplete: true, scan: { ...resultOf([]).scan, skipped } }), { showSecrets: false });
    const out = lines(text);
    expect(out).toHaveLength(2);
    const last = parseCommand(out[1]!);
    expect(last.command).toBe('error');
    expect(last.properties.file).toBeUndefined();
    expect(last.message).toMatch(/incomplete/);
    expect(last.message).toContain('locked,dir/a.env');
    expect(last.message).not.toContain('img.png');
  });

  it('writes nothing for a clean, complete scan', () => {
    expect(formatGithub(resultOf([]), { showSecrets: false })).toBe('');
  });
});
