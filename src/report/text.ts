/**
 * `--format text`: for people. Findings grouped by file, the most severe first within a file's
 * order, a summary line, and what to do next. Colour only when the caller says so.
 */
import type { Finding, ScanResult, Severity } from '../types.js';
import { ROTATE_ADVICE, allowAdvice, formatBytes, otherSkips, plural, shownSecret, summarize, unreadablePaths } from './present.js';

export interface TextOptions {
  showSecrets: boolean;
  color: boolean;
  quiet?: boolean;
}

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36' };

function describeScan(result: ScanResult): string {
  const s = result.scan;
  const what =
    s.mode === 'history' || s.mode === 'pre-push'
      ? `${plural(s.commitsScanned, 'commit')}, ${plural(s.blobsScanned, 'blob')}`
      : plural(s.filesScanned, 'file');
  return `${what}, ${formatBytes(s.bytesScanned)} scanned in ${(s.durationMs / 1000).toFixed(2)} s`;
}

function findingLine(f: Finding, options: TextOptions, paint: Paint, lifetime: string | undefined): string {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [`${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.decoded) details.push(`decoded from ${f.decoded}`);
  if (f.commit) details.push(`commit ${f.commit.sha.slice(0, 10)} by ${f.commit.author} on ${f.commit.date.slice(0, 10)}`);
  // An old token may have expired by itself: say so, but only verification knows.
  if (f.commit && lifetime && !f.verification) details.push(`committed ${f.commit.date.slice(0, 10)}; ${lifetime}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === 'live' ? paint('1;31', 'LIVE') : v.status;
    details.push(`${status}: ${v.reason}`);
  }
  const secret = paint('1', shownSecret(f, options.showSecrets));
  return `  ${where}${severity}  ${f.ruleName}  ${secret}  ${paint('2', `(${f.ruleId}; ${details.join('; ')})`)}`;
}

export function formatText(result: ScanResult, options: TextOptions): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_, text) => text;
  const out: string[] = [];
  const byPath = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  // Live findings are incidents: their files come first.
  const paths = [...byPath.keys()].sort((a, b) => {
    const live = (p: string) => (byPath.get(p)!.some((f) => f.verification?.status === 'live') ? 0 : 1);
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a: Finding, b: Finding) => Number(b.verification?.status === 'live') - Number(a.verification?.status === 'live');
  for (const path of paths) {
    out.push(paint('1;4', path));
    for (const f of [...byPath.get(path)!].sort(liveFirst)) out.push(findingLine(f, options, paint, lifetimes.get(f.ruleId)));
    out.push('');
  }

  const summary = summarize(result);
  const suppressed = summary.suppressed ? ` (${summary.suppressed} suppressed)` : '';
  if (result.findings.length === 0) {
    if (!options.quiet) out.push(`${paint('32', '✔')} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`);
  } else {
    const verified = result.findings.some((f) => f.verification)
      ? `; ${summary.live} live, ${summary.dead} dead, ${summary.unknown} unknown`
      : '';
    out.push(
      `${paint('1;31', '✖')} ${plural(result.findings.length, 'PagerDuty credential')} found in ${plural(byPath.size, 'file')}${suppressed}${verified}. ${describeScan(result)}.`,
    );
  }

  const unreadable = unreadablePaths(result);
  if (unreadable.length) {
    out.push(paint('33', `⚠ The scan is incomplete: ${plural(unreadable.length, 'path')} could not be read:`));
    for (const s of unreadable.slice(0, 20)) out.push(`    ${s.path}: ${s.reason}`);
    if (unreadable.length > 20) out.push(`    … and ${unreadable.length - 20} more (see --format json)`);
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    out.push(paint('2', `Skipped ${plural(count, 'path')}: ${skips.map(([r, n]) => `${n.toLocaleString('en-US')} ${r}`).join(', ')}.`));
  }

  if (result.findings.length && !options.quiet) {
    out.push('', paint('1', 'What to do, for each credential above:'));
    const rules = new Map<string, Finding>();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) out.push(`  ${paint('1', f.ruleName)}: ${f.remediation}`, `    ${paint('2', f.helpUri)}`);
    out.push(
      `  ${ROTATE_ADVICE}`,
      `  ${allowAdvice((name) => paint('1', name))}`,
    );
  }
  return `${out.join('\n')}\n`;
}
