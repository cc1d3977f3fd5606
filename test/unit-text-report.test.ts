/**
 * The text report, called directly on results built here: layout, grouping, widths, --quiet and
 * escaping. Golden texts: a change of layout shows as a diff of what users see.
 */
import { describe, expect, it } from 'vitest';
import { loadPatterns } from '../src/patterns/load.js';
import { escapeControls, visibleLength, wrapWords } from '../src/report/layout.js';
import { formatRulesText } from '../src/report/rules.js';
import { formatText } from '../src/report/text.js';
import type { Finding, ScanResult, SkippedPath } from '../src/types.js';

const rules = loadPatterns();
const rule = (id: string) => rules.find((r) => r.id === id)!;

/** A finding of rule `id` at `path:line`; the secret is a placeholder, only its redacted form is shown. */
function finding(id: string, path: string, line: number, extra: Partial<Finding> = {}): Finding {
  const r = rule(id);
  return {
    ruleId: r.id,
    ruleName: r.name,
    confidence: r.confidence,
    severity: r.severity,
    path,
    line,
    column: 17,
    endLine: line,
    endColumn: 37,
    secret: 'placeholder-not-a-secret',
    redacted: 'Qo…5O',
    secretHash: '0'.repeat(64),
    fingerprint: '1'.repeat(32),
    region: null,
    remediation: r.remediation,
    helpUri: r.helpUri,
    ...extra,
  };
}

function result(findings: Finding[], scan: Partial<ScanResult['scan']> = {}, extra: Partial<ScanResult> = {}): ScanResult {
  return {
    scan: { mode: 'files', root: '.', config: null, bytesScanned: 394, filesScanned: 4, commitsScanned: 0, blobsScanned: 0, skipped: [], durationMs: 12, ...scan },
    findings,
    suppressed: [],
    incomplete: false,
    rules,
    ...extra,
  };
}

const REST = 'pagerduty-rest-api-key';
const OAUTH = 'pagerduty-oauth-token';
const EVENTS = 'pagerduty-events-key';
const plain = { showSecrets: false, color: false };
const threeFindings = (): Finding[] => [
  finding(REST, 'config/app.env', 3),
  finding(EVENTS, 'config/app.env', 9, { column: 5 }),
  finding(OAUTH, 'deploy/token.json', 1, { region: 'us', redacted: 'pdus+_0DN…58' }),
];

describe('layout', () => {
  it('groups findings by file, then the summary, then each remediation once (golden, 80 columns)', () => {
    expect(formatText(result(threeFindings()), plain)).toBe(
      [
        'config/app.env',
        '  3:17    CRITICAL  PagerDuty REST API key  Qo…5O  (pagerduty-rest-api-key;',
        '                    medium confidence; fingerprint 111111111111)',
        '  9:5     HIGH      PagerDuty Events API integration key  Qo…5O',
        '                    (pagerduty-events-key; medium confidence; fingerprint',
        '                    111111111111)',
        '',
        'deploy/token.json',
        '  1:17    CRITICAL  PagerDuty scoped OAuth token  pdus+_0DN…58',
        '                    (pagerduty-oauth-token; high confidence; region us;',
        '                    fingerprint 111111111111)',
        '',
        '✖ 3 PagerDuty credentials found in 2 files. 4 files, 394 B scanned in 0.01 s.',
        '',
        'What to do, for each credential above:',
        ...wrapWords(`PagerDuty REST API key: ${rule(REST).remediation} ${rule(REST).helpUri}`, 80, '  ', '    '),
        ...wrapWords(`PagerDuty Events API integration key: ${rule(EVENTS).remediation} ${rule(EVENTS).helpUri}`, 80, '  ', '    '),
        ...wrapWords(`PagerDuty scoped OAuth token: ${rule(OAUTH).remediation} ${rule(OAUTH).helpUri}`, 80, '  ', '    '),
        '  Rotate first: deleting the line or the commit does not revoke the credential,',
        '    and it stays in git history and in every clone and fork. Then remove it from',
        '    the code and load it from a secret store.',
        '  A finding that is not a secret: add pdguard:allow to its line (or',
        '    pdguard:allow-next-line on the line before), or run pdguard allow',
        '    FINGERPRINT --reason "..." (--last: all of this run\'s) to allow it in',
        '    .pdguard.yaml.',
        '',
      ].join('\n'),
    );
  });

  it('fits the width it is given, breaking between words only, each remediation once', () => {
    const findings = [...threeFindings(), finding(REST, 'z.env', 1)];
    for (const width of [60, 80, 100, 160]) {
      const text = formatText(result(findings), { ...plain, width });
      for (const line of text.split('\n')) {
        // A line may pass the width only when it is one word (a URL) after its indent.
        if (visibleLength(line) > width) expect(line.trim(), `${width}: ${line}`).not.toContain(' ');
      }
      // No word was cut: every word of each remediation is there whole.
      const words = new Set(text.split(/\s+/));
      for (const word of rule(REST).remediation.split(' ')) expect(words, `${width}: ${word}`).toContain(word);
      expect(text.split(rule(REST).helpUri)).toHaveLength(2);
      expect(text.match(/Rotate first/g)).toHaveLength(1);
    }
    // Wider terminals get fewer lines.
    const lines = (width: number) => formatText(result(findings), { ...plain, width }).split('\n').length;
    expect(lines(160)).toBeLessThan(lines(80));
  });

  it('puts files with live findings first, and live findings first in a file', () => {
    const live = { status: 'live' as const, reason: 'HTTP 200 from the US API', httpStatus: 200 };
    const text = formatText(result([finding(REST, 'a.env', 1), finding(REST, 'b.env', 1), finding(OAUTH, 'b.env', 2, { verification: live })]), { ...plain, width: 200 });
    expect(text.indexOf('b.env')).toBeLessThan(text.indexOf('a.env'));
    expect(text).toMatch(/b\.env\n {2}2:17 .*LIVE: HTTP 200 from the US API; fingerprint \w+\)\n {2}1:17 /);
    expect(text).toContain('1 live, 0 dead, 0 unknown');
  });

  it('tells the date of a history finding once, with how long such a token lives', () => {
    const commit = { sha: 'c'.repeat(40), author: 'Dev One', email: 'dev@example.com', date: '2026-11-28T10:00:00Z' };
    const text = formatText(result([finding(OAUTH, '.env', 1, { commit })], { mode: 'history', commitsScanned: 4, blobsScanned: 2 }), { ...plain, width: 300 });
    expect(text.match(/2026-11-28/g)).toHaveLength(1);
    expect(text).toContain(`commit cccccccccc by Dev One on 2026-11-28; ${rule(OAUTH).lifetime}; --verify tells whether it still works`);
    expect(text).toContain('4 commits, 2 blobs, 394 B scanned');
  });

  it('writes thousands separators in every count', () => {
    const skipped: SkippedPath[] = Array.from({ length: 1234 }, (_, i) => ({ path: `bin/${i}`, kind: 'binary', reason: 'binary' }));
    const clean = formatText(result([], { filesScanned: 12_345, bytesScanned: 5 * 1024 ** 3, durationMs: 1_234_567, skipped }, { suppressed: Array(1500).fill(finding(REST, 'a', 1)) }), plain);
    expect(clean).toBe(
      '✔ No PagerDuty credentials found (1,500 suppressed). 12,345 files, 5.0 GB\n  scanned in 1,234.57 s.\nSkipped 1,234 paths: 1,234 binary.\n',
    );
    const far = formatText(result([finding(REST, 'a.env', 12_345, { column: 1_001 })], { mode: 'history', commitsScanned: 85_000, blobsScanned: 1_000_000 }), plain);
    expect(far).toContain('  12,345:1,001');
    expect(far).toContain('85,000 commits, 1,000,000 blobs');
  });

  it('shows paths from where the command ran when told where they start', () => {
    const text = formatText(result([finding(REST, 'config/app.env', 3), finding(REST, '/etc/app.env', 1)]), { ...plain, pathPrefix: '../svc/' });
    expect(text).toMatch(/^\.\.\/svc\/config\/app\.env$/m);
    expect(text).toMatch(/^\/etc\/app\.env$/m);
  });

  it('lists unreadable paths even under --quiet', () => {
    const skipped: SkippedPath[] = [{ path: 'locked.env', kind: 'unreadable', reason: 'unreadable: permission denied' }];
    const text = formatText(result([], { skipped }, { incomplete: true }), { ...plain, quiet: true });
    expect(text).toBe('⚠ The scan is incomplete: 1 path could not be read:\n    locked.env: unreadable: permission denied\n');
  });
});

describe('--quiet', () => {
  it('prints nothing at all on a clean run', () => {
    expect(formatText(result([]), { ...plain, quiet: true })).toBe('');
    expect(formatText(result([], { skipped: [{ path: 'a.png', kind: 'binary', reason: 'binary' }] }), { ...plain, quiet: true })).toBe('');
  });

  it('prints the findings and nothing else (golden)', () => {
    expect(formatText(result(threeFindings()), { ...plain, quiet: true })).toBe(
      [
        'config/app.env',
        '  3:17    CRITICAL  PagerDuty REST API key  Qo…5O  (pagerduty-rest-api-key;',
        '                    medium confidence; fingerprint 111111111111)',
        '  9:5     HIGH      PagerDuty Events API integration key  Qo…5O',
        '                    (pagerduty-events-key; medium confidence; fingerprint',
        '                    111111111111)',
        '',
        'deploy/token.json',
        '  1:17    CRITICAL  PagerDuty scoped OAuth token  pdus+_0DN…58',
        '                    (pagerduty-oauth-token; high confidence; region us;',
        '                    fingerprint 111111111111)',
        '',
      ].join('\n'),
    );
  });
});

describe('hostile names', () => {
  const nasty = 'x.env\n\u001b[2J\u001b]52;c;ZWNobyBwd25lZA==\u0007\r✔ No PagerDuty credentials found.';

  it('escapes control characters in paths, authors and reasons, so nothing draws on the terminal', () => {
    const commit = { sha: 'd'.repeat(40), author: 'Mallory\u001b[1A\u001b[2K', email: 'm@example.com', date: '2026-01-01T00:00:00Z' };
    const skipped: SkippedPath[] = [{ path: `locked\n${nasty}`, kind: 'unreadable', reason: 'unreadable: permission denied' }];
    for (const color of [false, true]) {
      const text = formatText(result([finding(REST, nasty, 1, { commit })], { mode: 'history', skipped }, { incomplete: true }), { showSecrets: false, color, width: 1000 });
      // With colour off there is no escape character at all; with it, only pdguard's own colour codes.
      const withoutOwnColours = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutOwnColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      if (!color) expect(text).not.toContain('\u001b');
      // No line of the report is the fake all-clear: it stays inside the escaped path.
      for (const line of withoutOwnColours.split('\n')) expect(line.startsWith('✔')).toBe(false);
      expect(withoutOwnColours).toContain('x.env\\n\\x1b[2J\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\r✔ No PagerDuty');
      expect(withoutOwnColours).toContain('Mallory\\x1b[1A\\x1b[2K');
    }
  });

  it('escapes every C0 and C1 control, DEL and the bidirectional overrides, and leaves other text alone', () => {
    expect(escapeControls('a\tb\u0000c\u007fd\u0085e\u202ef\u2066g')).toBe('a\\tb\\x00c\\x7fd\\x85e\\u202ef\\u2066g');
    expect(escapeControls('config/app.env ✔ →  é 日本')).toBe('config/app.env ✔ →  é 日本');
  });
});

describe('pdguard rules', () => {
  it('gives each rule a row, then its name and description wrapped with a hanging indent', () => {
    for (const width of [80, 120]) {
      const text = formatRulesText(rules, width);
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
      const flat = text.replace(/\n {4}/g, ' ');
      for (const r of rules) {
        expect(text).toMatch(new RegExp(`^${r.id} +${r.confidence} +${r.severity}$`, 'm'));
        expect(flat).toContain(`${r.name}: ${r.description}`);
      }
    }
    expect(formatRulesText(rules).split('\n')[0]).toMatch(/^RULE +CONF\. +SEVERITY$/);
    expect(formatRulesText(rules, 80).split('\n').length).toBeGreaterThan(formatRulesText(rules, 120).split('\n').length);
  });
});
