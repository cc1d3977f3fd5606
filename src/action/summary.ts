/**
 * The job summary: what was scanned, what was found, one table row per finding (rule, file:line,
 * commit, severity, verification) and where the SARIF report is. HTML, every value escaped; no
 * secret, not even redacted: the annotations and the SARIF report carry those.
 */
import { ROTATE_ADVICE, addedAllowFindings, allowAdvice, byPriority, describeSuppressions, plural, unreadablePaths } from '../report/present.js';
import type { Finding, ScanResult } from '../types.js';

/** GitHub allows 1 MiB of summary per step; far fewer rows are readable anyway. */
export const MAX_ROWS = 500;

export interface SummaryInput {
  /** The result as reported: paths relative to the repository root. */
  result: ScanResult;
  /** What was scanned, in words (the range or the event). */
  scanned: string;
  /** Verification ran. */
  verified: boolean;
  /** The SARIF report's path, as shown to users. */
  sarifFile: string;
  /** Why the step fails, or null. */
  failure: string | null;
  /** `https://github.com/owner/repo`, for links to commits and files, when known. */
  repositoryUrl?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\u0000-\u001f\u007f]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function row(f: Finding, verified: boolean, repositoryUrl: string | undefined): string {
  const where = `${f.path}:${f.line}`;
  const link = (href: string, text: string): string => `<a href="${escapeHtml(href)}">${text}</a>`;
  const file = `<code>${escapeHtml(where)}</code>`;
  const sha = f.commit?.sha;
  const cells = [
    `${escapeHtml(f.ruleName)}<br><code>${escapeHtml(f.ruleId)}</code>`,
    sha && repositoryUrl ? link(`${repositoryUrl}/blob/${sha}/${encodePath(f.path)}#L${f.line}`, file) : file,
    sha ? (repositoryUrl ? link(`${repositoryUrl}/commit/${sha}`, `<code>${sha.slice(0, 12)}</code>`) : `<code>${sha.slice(0, 12)}</code>`) : '—',
    escapeHtml(f.severity),
    verified ? (f.verification?.status === 'live' ? '<strong>live</strong>' : escapeHtml(f.verification?.status ?? 'unknown')) : 'not checked',
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

export function formatSummary(input: SummaryInput): string {
  const { result, verified } = input;
  const s = result.scan;
  const amount =
    s.mode === 'files'
      ? `${plural(s.filesScanned, 'file')}, ${plural(s.bytesScanned, 'byte')}`
      : `${plural(s.commitsScanned, 'commit')}, ${plural(s.blobsScanned, 'blob')}`;
  const lines: string[] = ['<h2>pdguard</h2>', `<p><strong>Scanned:</strong> ${escapeHtml(input.scanned)} (${amount}).</p>`];

  const findings = result.findings;
  const live = findings.filter((f) => f.verification?.status === 'live').length;
  const counts = [
    ...(verified ? [`${live} live`] : []),
    ...(result.suppressed.length ? [`${result.suppressed.length} suppressed`] : []),
  ];
  lines.push(
    findings.length
      ? `<p><strong>${plural(findings.length, 'finding')}</strong>${counts.length ? ` (${counts.join(', ')})` : ''}.</p>`
      : `<p><strong>No findings</strong>${counts.length ? ` (${counts.join(', ')})` : ''}.</p>`,
  );
  const by = describeSuppressions(result);
  if (by) lines.push(`<p><strong>Suppressed:</strong> ${escapeHtml(by)}.</p>`);
  const added = addedAllowFindings(result);
  if (added.length) {
    // One choice for the whole run: the base's inline-allow-in-pull-requests.
    const why =
      added[0]!.addedAllow === 'honoured'
        ? "honoured only because the base's <code>.pdguard.yaml</code> sets <code>inline-allow-in-pull-requests: true</code>: review each"
        : "not honoured: a change cannot allow its own findings (the base's <code>.pdguard.yaml</code> can opt in with <code>inline-allow-in-pull-requests: true</code>)";
    lines.push(
      `<p><strong>pdguard:allow markers this change adds:</strong> ${plural(added.length, 'finding')} behind them, ${why}.</p>`,
      '<table>',
      '<tr><th>File:line</th><th>Rule</th><th>Marker</th></tr>',
      ...added.slice(0, MAX_ROWS).map(
        (f) => `<tr><td><code>${escapeHtml(`${f.path}:${f.line}`)}</code></td><td>${escapeHtml(f.ruleName)}</td><td>${f.addedAllow === 'honoured' ? 'honoured' : 'not honoured'}</td></tr>`,
      ),
      '</table>',
    );
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result).length;
    lines.push(`<p><strong>The scan is incomplete:</strong> ${plural(unreadable, 'path')} could not be read (listed in the SARIF report).</p>`);
  }
  if (findings.length) {
    const shown = byPriority(findings)
      .slice(0, MAX_ROWS)
      .map((f) => row(f, verified, input.repositoryUrl));
    lines.push(
      '<table>',
      '<tr><th>Rule</th><th>File:line</th><th>Commit</th><th>Severity</th><th>Verification</th></tr>',
      ...shown,
      '</table>',
    );
    if (findings.length > MAX_ROWS) lines.push(`<p>${plural(findings.length - MAX_ROWS, 'more finding')} in the SARIF report.</p>`);
    lines.push(`<p>${escapeHtml(ROTATE_ADVICE)} ${allowAdvice((name) => `<code>${escapeHtml(name)}</code>`)}</p>`);
  }
  lines.push(`<p>SARIF report: <code>${escapeHtml(input.sarifFile)}</code></p>`);
  if (input.failure) lines.push(`<p><strong>Failed:</strong> ${escapeHtml(input.failure)}</p>`);
  return `${lines.join('\n')}\n`;
}
