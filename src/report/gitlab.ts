/**
 * `--format gitlab`: GitLab's secret-detection report (schema 15.2.1), which GitLab reads from a
 * job's `artifacts:reports:secret_detection` and shows in the merge request's security widget and
 * the vulnerability report. A pure function of the result and the time the caller gives; secrets
 * are redacted unless asked otherwise (GitLab shows `raw_source_code_extract` to everyone who can
 * see the pipeline, so it is left out unless --show-secrets).
 */
import { INFORMATION_URI, TOOL_NAME } from '../package-info.js';
import type { Finding, ScanResult, Severity } from '../types.js';
import { ROTATE_ADVICE, byPriority, describeFinding, isLive, shownSecret, unreadablePaths } from './present.js';

export const GITLAB_SCHEMA_VERSION = '15.2.1';
export const GITLAB_SCHEMA_URI = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
/** What GitLab's own analyzer puts in `location.commit.sha` for content that is not a commit. */
const NO_COMMIT = '0000000';
/** Each unreadable path is a message, up to this many; the rest are counted in one. */
const MAX_MESSAGES = 100;
/** The schema's limits on a vulnerability's text fields. */
const MAX_NAME = 255;
const MAX_SOLUTION = 7000;

export interface GitlabOptions {
  showSecrets: boolean;
  toolVersion: string;
  /** When the scan ended (epoch ms): GitLab requires start and end times. */
  endedAt: number;
}

const SEVERITY: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** The schema's time: UTC, to the second, with no zone (`2026-12-07T18:04:05`). */
const gitlabTime = (ms: number): string => new Date(Math.max(0, ms)).toISOString().slice(0, 19);

/** The fingerprint (32 hex digits, one per finding) written as a UUID, as the schema recommends for ids. */
function uuidOf(hex: string): string {
  const h = hex.padEnd(32, '0').slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function vulnerability(f: Finding, options: GitlabOptions) {
  const text = (name: string, value: string) => ({ name, type: 'text' as const, value });
  const details: Record<string, { name: string; type: 'text'; value: string }> = {
    rule: text('Rule', f.ruleId),
    confidence: text('Confidence', f.confidence),
    fingerprint: text('Fingerprint', f.fingerprint),
    secret_hash: text('Secret hash (SHA-256)', f.secretHash),
  };
  if (f.region) details.region = text('Region', f.region.toUpperCase());
  if (f.decoded) details.decoded = text('Decoded from', f.decoded);
  if (f.verification) details.verification = text('Verification', `${f.verification.status}: ${f.verification.reason}`);
  return {
    id: uuidOf(f.fingerprint),
    category: 'secret_detection',
    name: clip(`${isLive(f) ? 'LIVE ' : ''}${f.ruleName}`, MAX_NAME),
    description: describeFinding(f, options.showSecrets),
    severity: isLive(f) ? 'Critical' : SEVERITY[f.severity],
    confidence: f.confidence === 'high' ? 'High' : f.confidence === 'medium' ? 'Medium' : 'Low',
    solution: clip(`${f.remediation} ${ROTATE_ADVICE}`, MAX_SOLUTION),
    scanner: { id: TOOL_NAME, name: TOOL_NAME },
    identifiers: [
      { type: 'pdguard_rule_id', name: `pdguard ${f.ruleId}`, value: f.ruleId, url: f.helpUri },
      { type: 'cwe', name: 'CWE-798', value: '798', url: 'https://cwe.mitre.org/data/definitions/798.html' },
    ],
    links: [{ name: f.ruleName, url: f.helpUri }],
    location: {
      file: f.path,
      start_line: f.line,
      end_line: f.endLine,
      commit: f.commit
        ? { sha: f.commit.sha, author: f.commit.email ? `${f.commit.author} <${f.commit.email}>` : f.commit.author, date: f.commit.date }
        : { sha: NO_COMMIT },
    },
    ...(options.showSecrets ? { raw_source_code_extract: shownSecret(f, true) } : {}),
    details,
  };
}

/** The scan's messages: what could not be read (the scan is then a failure: it may hide a credential). */
function messages(result: ScanResult): { level: 'info' | 'warn' | 'fatal'; value: string }[] {
  const unreadable = unreadablePaths(result);
  const out: { level: 'info' | 'warn' | 'fatal'; value: string }[] = unreadable
    .slice(0, MAX_MESSAGES)
    .map((s) => ({ level: 'warn', value: `${s.path}: ${s.reason}` }));
  if (unreadable.length > MAX_MESSAGES) out.push({ level: 'warn', value: `${unreadable.length - MAX_MESSAGES} more paths could not be read` });
  if (result.incomplete) out.push({ level: 'fatal', value: 'the scan is incomplete: what could not be read may hold a credential (pdguard exits 2)' });
  if (result.scan.shallow) out.push({ level: 'warn', value: 'shallow clone: history before its boundary was not scanned (fetch-depth: 0, or GIT_DEPTH: 0 in GitLab CI)' });
  return out;
}

export function formatGitlab(result: ScanResult, options: GitlabOptions): string {
  const tool = { id: TOOL_NAME, name: TOOL_NAME, url: INFORMATION_URI, version: options.toolVersion, vendor: { name: TOOL_NAME } };
  const report = {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URI,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'secret_detection',
      start_time: gitlabTime(options.endedAt - result.scan.durationMs),
      end_time: gitlabTime(options.endedAt),
      status: result.incomplete ? 'failure' : 'success',
      messages: messages(result),
    },
    vulnerabilities: byPriority(result.findings).map((f) => vulnerability(f, options)),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
