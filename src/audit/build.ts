/**
 * Assembling an AuditReport: from findings (of an audit, or of a plain history or file scan), and
 * summarising it. Pure: the git work (exposure) and the scanning happen in commands/audit.ts.
 */
import { TOOL_NAME } from '../package-info.js';
import type { Finding, ScanResult, ScanStats } from '../types.js';
import { groupFindings, prioritize } from './credentials.js';
import type { AuditedRepository, AuditReport, AuditScanStats, AuditSummary, Credential, ReportFinding } from './model.js';

/** A finding as reports list it: the secret redacted unless asked otherwise, and its repository when there are several. */
export function reportFinding(f: Finding, showSecrets: boolean, repository?: string): ReportFinding {
  const out: ReportFinding = {
    ...(repository !== undefined ? { repository } : {}),
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: showSecrets ? f.secret : f.redacted,
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region,
    ...(f.decoded ? { decoded: f.decoded } : {}),
    ...(f.evidence ? { evidence: f.evidence } : {}),
    ...(f.commit ? { commit: f.commit } : {}),
    ...(f.verification ? { verification: f.verification } : {}),
    remediation: f.remediation,
    helpUri: f.helpUri,
  };
  return out;
}

export function summarizeAudit(credentials: readonly Credential[], repositories: number, suppressed: number, findings: readonly ReportFinding[]): AuditSummary {
  const status = (s: string) => credentials.filter((c) => c.verification?.status === s).length;
  const findingStatus = (s: string) => findings.filter((f) => f.verification?.status === s).length;
  return {
    findings: findings.length,
    suppressed,
    live: findingStatus('live'),
    dead: findingStatus('dead'),
    unknown: findingStatus('unknown'),
    repositories,
    credentials: credentials.length,
    occurrences: credentials.reduce((n, c) => n + c.occurrences.length, 0),
    credentialsLive: status('live'),
    credentialsDead: status('dead'),
    credentialsUnknown: status('unknown'),
    credentialsUnverified: credentials.filter((c) => !c.verification).length,
    onDefaultBranch: credentials.filter((c) => c.exposure?.onDefaultBranch).length,
    needHistoryRewrite: credentials.filter((c) => c.exposure?.remedy === 'rewrite-history').length,
    pastLifetime: credentials.filter((c) => c.priority.pastLifetime).length,
  };
}

/** The totals of several repositories' scans, their skipped paths named by repository. */
export function combineScans(repositories: readonly AuditedRepository[], durationMs: number): AuditScanStats {
  const sum = (key: 'bytesScanned' | 'filesScanned' | 'commitsScanned' | 'blobsScanned') => repositories.reduce((n, r) => n + r.scan[key], 0);
  return {
    mode: 'audit',
    root: repositories.map((r) => r.path).join(', '),
    config: null,
    bytesScanned: sum('bytesScanned'),
    filesScanned: sum('filesScanned'),
    commitsScanned: sum('commitsScanned'),
    blobsScanned: sum('blobsScanned'),
    skipped: repositories.flatMap((r) => r.scan.skipped.map((s) => ({ ...s, path: `${r.name}/${s.path}` }))),
    durationMs,
    ...(repositories.some((r) => r.scan.shallow) ? { shallow: true } : {}),
  };
}

export interface ReportMeta {
  toolVersion: string;
  /** Epoch milliseconds ages are counted to. */
  asOf: number;
  showSecrets: boolean;
}

/** The report of a plain scan (history, files) in the audit's shape: credentials grouped, no exposure. */
export function reportOfScan(result: ScanResult, meta: ReportMeta): AuditReport {
  const findings = result.findings.map((f) => reportFinding(f, meta.showSecrets));
  const credentials = prioritize(groupFindings(findings), meta.asOf);
  const scan: ScanStats = result.scan;
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    asOf: new Date(meta.asOf).toISOString(),
    scan,
    repositories: [],
    credentials,
    findings,
    summary: summarizeAudit(credentials, 0, result.suppressed.length, findings),
    unaudited: [],
    incomplete: result.incomplete,
    secretsShown: meta.showSecrets,
  };
}

/**
 * The `credentials` of a plain scan's JSON report (history, files): each secret once with its
 * occurrences; exposure is null (only `pdguard audit` asks git for it) and no ranking is made.
 */
export function plainCredentials(findings: readonly Finding[], showSecrets: boolean): Record<string, unknown>[] {
  return groupFindings(findings.map((f) => reportFinding(f, showSecrets))).map((c) => ({
    secretHash: c.secretHash,
    ruleId: c.ruleId,
    ruleName: c.ruleName,
    secret: c.secret,
    occurrences: c.occurrences.map(({ repository: _, ...o }) => o),
    exposure: null,
    ...(c.verification ? { verification: c.verification } : {}),
  }));
}
