/**
 * The audit's JSON report, and reading it back for `pdguard report merge`. The report keeps the
 * contract's top level (`version` 1, `tool`, `scan`, `findings`, `summary`) and adds `asOf`,
 * `repositories` and `credentials`; additions never change the meaning of a field, so the version
 * stays 1 and older readers keep working.
 */
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { CACHE_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import type { AuditReport, AuditedRepository, Credential, ReportFinding } from './model.js';
import { groupFindings } from './credentials.js';
import { summarizeAudit } from './build.js';

export const REPORT_VERSION = 1;

export function formatAuditJson(report: AuditReport): string {
  const { incomplete, secretsShown, ...rest } = report;
  return `${JSON.stringify({ ...rest, incomplete, secretsShown }, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A report file as an AuditReport. An audit's report is taken as it is; a `history` (or `scan`)
 * report, which has findings but no repositories, becomes one repository named after its root.
 */
export function parseAuditReport(text: string, file: string): AuditReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a JSON report (${(error as Error).message})`);
  }
  if (!isObject(data) || data.version === undefined || !isObject(data.tool) || !Array.isArray(data.findings) || !isObject(data.scan)) {
    throw new InputError(`${file}: not a pdguard JSON report (write one with pdguard audit --format json)`);
  }
  if (data.version !== REPORT_VERSION) throw new InputError(`${file}: report version ${String(data.version)} is not supported (this pdguard reads version ${REPORT_VERSION})`);
  const report = data as unknown as AuditReport & { repositories?: AuditedRepository[]; credentials?: Credential[] };
  if (Array.isArray(report.repositories) && report.repositories.length && Array.isArray(report.credentials)) {
    return { ...report, incomplete: Boolean(report.incomplete), secretsShown: Boolean(report.secretsShown) };
  }
  // A plain history report: one repository, its findings grouped here (no exposure: only an audit computes it).
  const scan = report.scan as AuditReport['scan'];
  const name = basename(String(scan.root || file)) || file;
  const findings: ReportFinding[] = (report.findings as ReportFinding[]).map((f) => ({ ...f, repository: name }));
  const credentials = groupFindings(findings);
  const suppressed = isObject(report.summary) && typeof report.summary.suppressed === 'number' ? report.summary.suppressed : 0;
  return {
    version: 1,
    tool: report.tool,
    asOf: typeof report.asOf === 'string' ? report.asOf : new Date(0).toISOString(),
    scan,
    repositories: [{ name, path: scan.root, remote: null, forge: null, defaultBranch: null, scan: scan as AuditedRepository['scan'] }],
    credentials,
    findings,
    summary: summarizeAudit(credentials, 1, suppressed, findings),
    incomplete: scan.skipped?.some((s) => s.kind === 'unreadable') ?? false,
    secretsShown: false,
  };
}

export function readAuditReport(file: string): AuditReport {
  let text: string;
  try {
    text = readBoundedFile(file, CACHE_LIMIT, { followLinks: true });
  } catch (error) {
    if (error instanceof RefusedRead) throw new InputError(`${file}: report not read: it ${error.message}`);
    throw new InputError(`${file}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseAuditReport(text, file);
}
