/**
 * The audit's JSON report, and reading it back for `pdguard report merge`. The report keeps the
 * contract's top level (`version` 1, `tool`, `scan`, `findings`, `summary`) and adds `asOf`,
 * `repositories` and `credentials`; additions never change the meaning of a field, so the version
 * stays 1 and older readers keep working.
 */
import { basename } from 'node:path';
import { InputError, jsonSyntaxProblem } from '../errors.js';
import { RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import type { AuditReport, ReportFinding } from './model.js';
import { ReportShapeError, auditBody, plainBody, reportHead } from './validate.js';
import { groupFindings } from './credentials.js';
import { summarizeAudit } from './build.js';

export const REPORT_VERSION = 1;

export function formatAuditJson(report: AuditReport): string {
  const { unaudited, incomplete, secretsShown, ...rest } = report;
  return `${JSON.stringify({ ...rest, unaudited, incomplete, secretsShown }, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The largest report file read: an organisation's merged audit is megabytes; this bounds the memory a file can take. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** pdguard's reports nest a few levels (credentials[].exposure.byRepository[].introduced): deeper is not one of them. */
export const MAX_REPORT_DEPTH = 32;

/** How deep arrays and objects nest in a JSON text (strings skipped), stopping once past `limit`. */
function nesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * A report file as an AuditReport, checked field by field (validate.ts) and rebuilt from what it
 * knows. An audit's report is taken as it is; a `history` (or `scan`) report, which has findings
 * but no repositories, becomes one repository named after its root.
 */
export function parseAuditReport(text: string, file: string): AuditReport {
  if (text.length > MAX_REPORT_BYTES) throw new InputError(`${file}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a pdguard report this reads`);
  if (nesting(text, MAX_REPORT_DEPTH) > MAX_REPORT_DEPTH) throw new InputError(`${file}: nested deeper than ${MAX_REPORT_DEPTH} levels: not a pdguard JSON report`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a JSON report (${jsonSyntaxProblem(error)})`);
  }
  if (!isObject(data) || data.version === undefined) throw new InputError(`${file}: not a pdguard JSON report (write one with pdguard audit --format json)`);
  if (typeof data.version === 'number' && data.version !== REPORT_VERSION) {
    throw new InputError(`${file}: report version ${data.version} is not supported (this pdguard reads version ${REPORT_VERSION})`);
  }
  try {
    if (data.version !== REPORT_VERSION) throw new ReportShapeError('version', String(REPORT_VERSION), data.version);
    const head = reportHead(data, '');
    if (Array.isArray(data.repositories)) {
      const body = auditBody(data, '');
      return {
        version: 1,
        tool: head.tool,
        asOf: head.asOf ?? new Date(0).toISOString(),
        scan: body.scan,
        repositories: body.repositories,
        credentials: body.credentials,
        findings: head.findings,
        summary: summarizeAudit(body.credentials, body.repositories.length, head.summary.suppressed, head.findings),
        unaudited: body.unaudited ?? [],
        incomplete: body.incomplete ?? false,
        secretsShown: body.secretsShown ?? false,
      };
    }
    // A plain history report: one repository, its findings grouped here (no exposure: only an audit computes it).
    const { scan } = plainBody(data, '');
    const name = basename(scan.root || file) || file;
    const findings: ReportFinding[] = head.findings.map((f) => ({ ...f, repository: name }));
    const credentials = groupFindings(findings);
    return {
      version: 1,
      tool: head.tool,
      asOf: head.asOf ?? new Date(0).toISOString(),
      scan,
      repositories: [{ name, path: scan.root, remote: null, forge: null, defaultBranch: null, scan }],
      credentials,
      findings,
      summary: summarizeAudit(credentials, 1, head.summary.suppressed, findings),
      unaudited: [],
      incomplete: scan.skipped.some((s) => s.kind === 'unreadable'),
      secretsShown: false,
    };
  } catch (error) {
    if (error instanceof ReportShapeError) throw new InputError(`${file}: not a pdguard report: ${error.message}`);
    throw error;
  }
}

export function readAuditReport(file: string): AuditReport {
  let text: string;
  try {
    // Only a regular file, and only up to the limit: a FIFO or a device would never end.
    text = readBoundedFile(file, MAX_REPORT_BYTES, { followLinks: true });
  } catch (error) {
    if (error instanceof RefusedRead) throw new InputError(`${file}: report not read: it ${error.message}`);
    throw new InputError(`${file}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseAuditReport(text, file);
}
