/** `--format json`: exactly the contract's report (version 1). A pure function of the result. */
import { TOOL_NAME } from '../package-info.js';
import type { ScanResult } from '../types.js';
import { plainCredentials, reportFinding } from '../audit/build.js';
import { summarize } from './present.js';

export interface ReportOptions {
  showSecrets: boolean;
  toolVersion: string;
}

export function formatJson(result: ScanResult, options: ReportOptions): string {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => reportFinding(f, options.showSecrets)),
    // Each secret once, with every place it was found (`pdguard audit` adds its exposure).
    credentials: plainCredentials(result.findings, options.showSecrets),
    summary: summarize(result),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
