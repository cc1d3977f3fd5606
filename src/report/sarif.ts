/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. A pure function
 * of the result: no clock, no random ids, no machine paths beyond what the result holds, so the same
 * scan gives byte-identical output. Secrets are redacted unless asked otherwise.
 *
 * GitHub accepts at most 25,000 results per run and 10 MB of gzipped SARIF; beyond either limit the
 * least severe results are left out and a notification says how many.
 */
import { gzipSync } from 'node:zlib';
import type { ArtifactLocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { INFORMATION_URI, TOOL_NAME } from '../package-info.js';
import type { Confidence, Finding, Rule, ScanResult, Severity } from '../types.js';
import { ROTATE_ADVICE, addedAllowNote, allowAdvice, comparePriority, describeFinding, findingLevel, otherSkips, plural, severityLevel, unreadablePaths } from './present.js';
import { grouped } from '../util/number.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of `partialFingerprints`: the finding's own fingerprint, which does not change when lines move. */
export const FINGERPRINT_KEY = 'pdguard/v1';
export const SRCROOT = '%SRCROOT%';
/** GitHub code scanning rejects runs with more results than this. */
export const MAX_RESULTS = 25_000;
/** GitHub rejects gzipped SARIF above 10 MB; stay under it whichever way a megabyte is counted. */
export const MAX_GZIP_BYTES = 9_500_000;

export interface SarifOptions {
  showSecrets: boolean;
  toolVersion: string;
  /** Lower limits, for tests. */
  limits?: { maxResults?: number; maxGzipBytes?: number };
}

/** GitHub maps security-severity ≥ 9.0 to critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const PRECISION: Record<Confidence, string> = { high: 'very-high', medium: 'medium', low: 'low' };
/** Hard-coded credentials. GitHub shows `external/cwe/...` tags as CWE references. */
const CWE_TAG = 'external/cwe/cwe-798';
/** Unreadable paths listed one by one; the rest are counted in one notification. */
const MAX_LISTED_SKIPS = 1000;


/** `PagerDuty scoped OAuth token` → `PagerDutyScopedOAuthToken`: an identifier, as SARIF suggests. */
function pascalName(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return out || 'Rule';
}

/** Lone surrogates make encodeURIComponent throw; file names decoded from bytes rarely hold any. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A report path as a SARIF `artifactLocation`: relative paths become a relative URI reference
 * against `%SRCROOT%`, each segment percent-encoded (spaces, `#`, `?`, `%`, `:`, non-ASCII as UTF-8)
 * with `/` kept; absolute paths (files named outside the scanned root) become `file:` URIs.
 */
function artifactLocation(path: string): ArtifactLocation {
  const clean = wellFormed(path);
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (clean.startsWith('/')) return { uri: `file://${encode(clean)}` };
  const drive = /^([A-Za-z]):\//.exec(clean);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(clean.slice(3))}` };
  return { uri: encode(clean), uriBaseId: SRCROOT };
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const tags = [...new Set(['security', 'secret', ...rule.tags, CWE_TAG])];
  const helpText = [
    `${rule.name} (${rule.id})`,
    '',
    rule.description,
    '',
    `Remediation: ${rule.remediation}`,
    '',
    ROTATE_ADVICE,
    '',
    allowAdvice(),
    '',
    `More: ${rule.helpUri}`,
  ].join('\n');
  const helpMarkdown = [
    `**${rule.name}** (\`${rule.id}\`)`,
    '',
    rule.description,
    '',
    '## Remediation',
    '',
    rule.remediation,
    '',
    ROTATE_ADVICE,
    '',
    allowAdvice((name) => `\`${name}\``),
    '',
    `[${rule.helpUri}](${rule.helpUri})`,
  ].join('\n');
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: severityLevel(rule.severity) },
    properties: {
      tags,
      precision: PRECISION[rule.confidence],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      'problem.severity': severityLevel(rule.severity) === 'note' ? 'recommendation' : severityLevel(rule.severity),
      confidence: rule.confidence,
      severity: rule.severity,
    },
  };
}

/** A rule that produced a finding but is missing from `result.rules`: described from the finding. */
function ruleFromFinding(f: Finding): Rule {
  return {
    id: f.ruleId,
    name: f.ruleName,
    description: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    keywords: [],
    patterns: [],
    secret: {},
    knownExamples: new Set(),
    region: {},
    verify: { method: 'none' },
    remediation: f.remediation,
    helpUri: f.helpUri,
    tags: [],
    examples: [],
    negativeExamples: [],
    source: '',
  };
}

function sarifResult(f: Finding, ruleIndex: number, showSecrets: boolean): Result {
  const properties: Record<string, unknown> = {
    confidence: f.confidence,
    severity: f.severity,
    secretHash: f.secretHash,
  };
  if (f.region) properties.region = f.region;
  if (f.decoded) properties.decoded = f.decoded;
  if (f.evidence) properties.evidence = f.evidence;
  if (f.verification) properties.verification = f.verification;
  if (f.commit) properties.commit = f.commit;
  const note = addedAllowNote(f);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: findingLevel(f),
    message: { text: note ? `${describeFinding(f, showSecrets)} ${note}` : describeFinding(f, showSecrets) },
    // A marker the change under review added: never a silent suppression. Rejected (the finding
    // stands) by default; under review where the base's configuration let it suppress the finding.
    ...(note ? { suppressions: [{ kind: 'inSource' as const, status: f.addedAllow === 'refused' ? ('rejected' as const) : ('underReview' as const), justification: note }] } : {}),
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.path),
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(1, f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties,
  };
}

function skipNotifications(result: ScanResult): Notification[] {
  const out: Notification[] = [];
  const unreadable = unreadablePaths(result);
  for (const s of unreadable.slice(0, MAX_LISTED_SKIPS)) {
    out.push({
      level: 'error',
      message: { text: `${s.path} could not be read (${s.reason}): the scan is incomplete.` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
    });
  }
  if (unreadable.length > MAX_LISTED_SKIPS) {
    out.push({
      level: 'error',
      message: { text: `${plural(unreadable.length - MAX_LISTED_SKIPS, 'more path')} could not be read (see --format json).` },
    });
  }
  if (result.incomplete && unreadable.length === 0) {
    out.push({ level: 'error', message: { text: 'The scan is incomplete: something could not be read (see --format json).' } });
  }
  for (const warning of result.scan.warnings ?? []) out.push({ level: 'warning', message: { text: warning } });
  const skips = otherSkips(result);
  if (skips.length) {
    const list = skips.map(([r, n]) => `${grouped(n)} ${r}`);
    out.push({ level: 'note', message: { text: `Skipped ${plural(result.scan.skipped.length - unreadable.length, 'path')}: ${list.join(', ')}.` } });
  }
  return out;
}

export function formatSarif(result: ScanResult, options: SarifOptions): string {
  const maxResults = options.limits?.maxResults ?? MAX_RESULTS;
  const maxGzipBytes = options.limits?.maxGzipBytes ?? MAX_GZIP_BYTES;

  // Rules: every rule that ran, then any rule a finding names that is not among them.
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: Rule): void => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule));
  };
  // The findings, then those a marker the change under review added suppresses: shown, never silent.
  const shown = [...result.findings, ...result.suppressed.filter((f) => f.addedAllow !== undefined)];
  for (const rule of result.rules) addRule(rule);
  for (const f of shown) addRule(ruleFromFinding(f));

  // The most severe first, to keep when a limit forces some out; reported in the result's order.
  const total = shown.length;
  const order = shown.map((_, i) => i).sort((a, b) => comparePriority(shown[a]!, shown[b]!) || a - b);
  const allResults = shown.map((f) => sarifResult(f, ruleIndex.get(f.ruleId)!, options.showSecrets));
  const baseNotifications = skipNotifications(result);
  const capped = Math.min(total, maxResults);

  const build = (count: number, sizeLimited: boolean): string => {
    const keep = order.slice(0, count).sort((a, b) => a - b);
    const notifications = [...baseNotifications];
    if (count < total) {
      const why = sizeLimited
        ? `the report must stay under GitHub's 10 MB gzipped upload limit${capped < total ? ` and its limit of ${plural(maxResults, 'result')} per run` : ''}`
        : `GitHub code scanning accepts at most ${plural(maxResults, 'result')} per run`;
      notifications.push({
        level: 'warning',
        message: {
          text:
            `${plural(total - count, 'finding')} of ${grouped(total)} left out of this report: ${why}. ` +
            'The most severe are kept (live first, then by severity and confidence); run with --format json to see every finding.',
        },
      });
    }
    const log: Log = {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: TOOL_NAME,
              ...(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion)
                ? { semanticVersion: options.toolVersion }
                : {}),
              version: options.toolVersion,
              informationUri: INFORMATION_URI,
              rules,
            },
          },
          invocations: [
            {
              executionSuccessful: !result.incomplete,
              ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
            },
          ],
          originalUriBaseIds: {
            [SRCROOT]: { description: { text: `The root pdguard scanned (${result.scan.root}); result paths are relative to it.` } },
          },
          columnKind: 'utf16CodeUnits',
          results: keep.map((i) => allResults[i]!),
          properties: {
            scanMode: result.scan.mode,
            findings: result.findings.length,
            reported: count,
            suppressed: result.suppressed.length,
            ...(result.scan.suppressed ? { suppressedBy: result.scan.suppressed } : {}),
          },
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  };

  let count = capped;
  let sizeLimited = false;
  for (;;) {
    const text = build(count, sizeLimited);
    // Gzip never grows JSON by more than a few bytes per 16 KB block: small reports need no check.
    if (count === 0 || Buffer.byteLength(text, 'utf8') <= maxGzipBytes - 1024) return text;
    const gzipped = gzipSync(text).length;
    if (gzipped <= maxGzipBytes) return text;
    sizeLimited = true;
    count = Math.max(0, Math.min(count - 1, Math.floor(count * (maxGzipBytes / gzipped) * 0.95)));
  }
}
