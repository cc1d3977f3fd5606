/** Turns the engine's matches into findings: where, which rule, and stable ids. */
import { crypto } from '../util/crypto.js';
import { redactSecret } from './redact.js';
import type { CommitInfo, Finding, Match, Region, Rule } from '../types.js';

export function sha256(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}

/**
 * What identifies a match's credential: its secret's hash, or where the rule says which part of the
 * secret is its random part (`secret.part`: a calendar feed's key), that part's, so that one key
 * written as https://…, webcal://… or without a scheme is one credential.
 */
export function secretHashOf(m: Pick<Match, 'rule' | 'secret'>): string {
  const part = m.rule.secret.part?.exec(m.secret)?.[1];
  return sha256(part ?? m.secret);
}

/** The region the secret itself names, by its rule's `region` tests. */
export function regionOf(rule: Rule, secret: string): Region | null {
  for (const [region, test] of Object.entries(rule.region) as [Region, RegExp][]) if (test.test(secret)) return region;
  return null;
}

/**
 * The fingerprint names a finding by what it is, not where it is: the rule, the file, the secret
 * and which occurrence of that secret in the file it is. Moving lines does not change it.
 */
export function fingerprintOf(ruleId: string, path: string, secretHash: string, occurrence: number): string {
  return sha256(`${ruleId}\0${path}\0${secretHash}\0${occurrence}`).slice(0, 32);
}

/** A finding before suppression: it still knows whether its line carried `pdguard:allow`. */
export interface RawFinding {
  finding: Finding;
  inlineAllowed: boolean;
  /**
   * With inlineAllowed: on how many lines of the same content a marker allows this secret. A change
   * under review whose base allows it on fewer lines there added a marker (review/added-markers.ts).
   */
  allowedLines?: number;
  /** Its path is one the configuration excludes: scanned only to be counted. */
  excluded?: boolean;
  /**
   * History: the secret in one file (its first path through renames). A group is reported once,
   * by its earliest occurrence that no suppression hides (suppress.ts): suppression is decided
   * for each occurrence first, so a suppressed one never hides a later one that is not.
   */
  group?: string;
}

/** Findings for the matches of one file (or blob), in file order. */
export function toFindings(matches: readonly Match[], path: string, commit?: CommitInfo): RawFinding[] {
  const occurrences = new Map<string, number>();
  const allowedLines = new Map<string, number>();
  for (const m of matches) if (m.inlineAllowed) allowedLines.set(m.secret, (allowedLines.get(m.secret) ?? 0) + 1);
  return matches.map((m) => {
    const secretHash = secretHashOf(m);
    const key = `${m.rule.id}\0${secretHash}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const finding: Finding = {
      ruleId: m.rule.id,
      ruleName: m.rule.name,
      confidence: m.confidence,
      severity: m.rule.severity,
      path,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      secret: m.secret,
      redacted: redactSecret(m.secret, m.rule.redactKeep),
      secretHash,
      fingerprint: fingerprintOf(m.rule.id, path, secretHash, occurrence),
      region: regionOf(m.rule, m.secret),
      remediation: m.rule.remediation,
      helpUri: m.rule.helpUri,
    };
    if (m.decoded) finding.decoded = m.decoded;
    if (m.evidence) finding.evidence = m.evidence;
    if (commit) finding.commit = commit;
    return m.inlineAllowed ? { finding, inlineAllowed: true, allowedLines: allowedLines.get(m.secret)! } : { finding, inlineAllowed: false };
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
