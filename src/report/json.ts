/** `--format json`: exactly the contract's report (version 1). A pure function of the result. */
import { TOOL_NAME } from '../package-info.js';
import type { Finding, ScanResult } from '../types.js';
import { plainCredentials } from '../audit/build.js';
import { shownSecret, summarize } from './present.js';

export interface ReportOptions {
  showSecrets: boolean;
  toolVersion: string;
}

function jsonFinding(f: Finding, showSecrets: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: shownSecret(f, showSecrets),
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region,
  };
  if (f.decoded) out.decoded = f.decoded;
  if (f.commit) out.commit = f.commit;
  if (f.verification) out.verification = f.verification;
  out.remediation = f.remediation;
  out.helpUri = f.helpUri;
  return out;
}

export function formatJson(result: ScanResult, options: ReportOptions): string {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => jsonFinding(f, options.showSecrets)),
    // Each secret once, with every place it was found (`pdguard audit` adds its exposure).
    credentials: plainCredentials(result.findings, options.showSecrets),
    summary: summarize(result),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
