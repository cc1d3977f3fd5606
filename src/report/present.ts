/**
 * What every report says the same way: counts and sizes, which findings come first and at what
 * level, one finding in a sentence, the secret as shown, and the advice that goes with findings.
 * Reporters (text, json, sarif, github, the Action's annotations and summary) all take it from here.
 */
import { isUnreadable } from '../pipeline/source.js';
import type { Confidence, Finding, ScanResult, Severity, SkippedPath, SuppressionKind } from '../types.js';
import { grouped } from '../util/number.js';

/** `1 file`, `2,500 files`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`; // a rate can be a fraction
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : grouped(Math.round(value))} ${units[unit]}`;
}

/** The secret as a report shows it: redacted unless the user asked for it in full. */
export function shownSecret(finding: Pick<Finding, 'secret' | 'redacted'>, showSecrets: boolean): string {
  return showSecrets ? finding.secret : finding.redacted;
}

export const isLive = (f: Finding): boolean => f.verification?.status === 'live';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** A rule's level by its severity: errors for critical and high. */
export const severityLevel = (severity: Severity): 'error' | 'warning' | 'note' => LEVEL[severity];

/** A finding's annotation or result level: its severity's, and an error for any live credential. */
export function findingLevel(f: Finding): 'error' | 'warning' | 'note' {
  return isLive(f) ? 'error' : LEVEL[f.severity];
}

/** Most severe first: live, then severity, then confidence. Ties keep their order (sort is stable). */
export function comparePriority(a: Finding, b: Finding): number {
  return (
    Number(isLive(b)) - Number(isLive(a)) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence]
  );
}

/** The findings, most severe first (see comparePriority), the result's order otherwise. */
export function byPriority(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => comparePriority(a.f, b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** What was found, where, the (redacted) secret, the commit and the verification: one paragraph. */
export function describeFinding(f: Finding, showSecrets: boolean): string {
  const parts: string[] = [];
  parts.push(
    `${isLive(f) ? 'LIVE ' : ''}${f.ruleName} found in ${f.path} at line ${f.line}, column ${f.column}: ${shownSecret(f, showSecrets)}` +
      ` (${f.confidence} confidence${f.region ? `, ${f.region.toUpperCase()} region` : ''}).`,
  );
  if (f.commit) {
    const c = f.commit;
    parts.push(`Introduced in commit ${c.sha} by ${c.author}${c.email ? ` <${c.email}>` : ''} on ${c.date}.`);
  }
  if (f.verification) {
    const v = f.verification;
    if (v.status === 'live') parts.push(`LIVE: the PagerDuty API accepted this credential (${v.reason}). Revoke it now.`);
    else if (v.status === 'dead') parts.push(`Verified dead: ${v.reason}.`);
    else parts.push(`Liveness unknown: ${v.reason}.`);
  }
  return parts.join(' ');
}

/** The title of a finding's annotation. */
export function findingTitle(f: Finding): string {
  return `${isLive(f) ? 'LIVE ' : ''}${f.ruleName} (${f.ruleId})`;
}

export interface Summary {
  findings: number;
  suppressed: number;
  live: number;
  dead: number;
  unknown: number;
  /** Of the unknown, those that were to be checked and got no verdict (Verification.unchecked). */
  unchecked: number;
}

export function summarize(result: ScanResult): Summary {
  const count = (status: string) => result.findings.filter((f) => f.verification?.status === status).length;
  return {
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    live: count('live'),
    dead: count('dead'),
    unknown: count('unknown'),
    unchecked: result.findings.filter((f) => f.verification?.unchecked).length,
  };
}

const SUPPRESSION_WORDS: [SuppressionKind, string][] = [
  ['inline', 'pdguard:allow'],
  ['exclude', 'excluded path'],
  ['allow', 'allow list'],
  ['baseline', 'baseline'],
];

/** `2 by pdguard:allow, 1 by excluded path`: what hid the suppressed findings, in every report's words ('' for none). */
export function describeSuppressions(result: ScanResult): string {
  const counts = result.scan.suppressed;
  if (!counts) return '';
  return SUPPRESSION_WORDS.filter(([kind]) => counts[kind] > 0)
    .map(([kind, words]) => `${grouped(counts[kind])} by ${words}`)
    .join(', ');
}

/**
 * Why a `pdguard:allow` marker that the change under review added did or did not count (see
 * Finding.addedAllow): one sentence, every report's words. Null for any other finding.
 */
export function addedAllowNote(f: Finding): string | null {
  if (f.addedAllow === undefined) return null;
  return f.addedAllow === 'refused'
    ? "Its pdguard:allow marker was added by this change and is not honoured on a pull request or merge group (the base's .pdguard.yaml can opt in with inline-allow-in-pull-requests: true)."
    : "Its pdguard:allow marker was added by this change and is honoured only because the base's .pdguard.yaml sets inline-allow-in-pull-requests: true: review it.";
}

/** The findings whose marker the change under review added, reported or suppressed, most severe first. */
export function addedAllowFindings(result: ScanResult): Finding[] {
  return byPriority([...result.findings, ...result.suppressed].filter((f) => f.addedAllow !== undefined));
}

/** The paths that could not be read: why a scan is incomplete. */
export function unreadablePaths(result: ScanResult): SkippedPath[] {
  return result.scan.skipped.filter(isUnreadable);
}

/** The other skips, counted by reason: `[['binary', 3], ['not a regular file', 1]]`, sorted by reason. */
export function otherSkips(result: ScanResult): [string, number][] {
  const reasons = new Map<string, number>();
  for (const s of result.scan.skipped) if (!isUnreadable(s)) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return [...reasons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What every report tells a user to do besides the rule's own remediation: one wording, everywhere. */
export const ROTATE_ADVICE =
  'Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.';

/** `mark` highlights the names the user types (bold in a terminal, code in markdown). */
export function allowAdvice(mark: (name: string) => string = (name) => name): string {
  return `A finding that is not a secret: add ${mark('pdguard:allow')} to its line (or ${mark('pdguard:allow-next-line')} on the line before), or run ${mark('pdguard allow FINGERPRINT --reason "..."')} (${mark('--last')}: all of this run's) to allow it in ${mark('.pdguard.yaml')}.`;
}
