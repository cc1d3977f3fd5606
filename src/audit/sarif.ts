/**
 * An audit as SARIF: one result per occurrence (as every other scan reports), one run per
 * repository (each with its own `automationDetails.id`, so code scanning keeps them apart).
 */
import type { Run } from 'sarif';
import { formatSarif } from '../report/sarif.js';
import type { Finding, ScanResult } from '../types.js';
import type { AuditReport, ReportFinding } from './model.js';

/** A report's finding as the reporters' Finding: its secret is already as the report shows it. */
export function findingOf(f: ReportFinding): Finding {
  return { ...f, redacted: f.secret, ...(f.commit ? { commit: f.commit } : {}) } as Finding;
}

function runFor(report: AuditReport, findings: ReportFinding[], scan: ScanResult['scan'], toolVersion: string): Run {
  const incomplete = (scan.skipped ?? []).some((s) => s.kind === 'unreadable') || (report.repositories.length <= 1 && report.incomplete);
  const result: ScanResult = { scan, findings: findings.map(findingOf), suppressed: [], incomplete, rules: [] };
  return (JSON.parse(formatSarif(result, { showSecrets: true, toolVersion })) as { runs: Run[] }).runs[0]!;
}

export function formatAuditSarif(report: AuditReport, toolVersion: string): string {
  const runs: Run[] = report.repositories.length
    ? report.repositories.map((repo) => ({
        ...runFor(report, report.findings.filter((f) => f.repository === repo.name), repo.scan, toolVersion),
        automationDetails: { id: `pdguard/${repo.name}/` },
      }))
    : [runFor(report, report.findings, report.scan as ScanResult['scan'], toolVersion)];
  const log = JSON.parse(formatSarif({ scan: report.scan as ScanResult['scan'], findings: [], suppressed: [], incomplete: false, rules: [] }, { showSecrets: false, toolVersion })) as { runs: Run[] };
  return `${JSON.stringify({ ...log, runs }, null, 2)}\n`;
}
