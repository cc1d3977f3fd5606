/**
 * The audit's view of a scan: each credential once, every place it occurs, and how exposed it is.
 * Plain data, as the JSON report carries it, so that `pdguard report merge` can rebuild the same
 * model from the reports of many audit jobs and render it in any format.
 */
import type { CommitInfo, Confidence, Encoding, Region, ScanMode, ScanStats, Severity, Verification } from '../types.js';

/** The scan totals of an audit: the sums over its repositories (mode `audit`), or one history scan's. */
export type AuditScanStats = Omit<ScanStats, 'mode'> & { mode: ScanMode | 'audit' };

/** One place a credential was committed: a finding, named by its repository. */
export interface Occurrence {
  /** The repository's name (its remote's owner/name, else its directory's name). */
  repository: string;
  path: string;
  line: number;
  column: number;
  /** The commit that introduced the secret at this path (history and audits); null for a file scan. */
  commit: CommitInfo | null;
  fingerprint: string;
}

/** A commit and when it was made (`introduced`, `removed`). */
export interface CommitPoint {
  sha: string;
  date: string;
  author?: string;
  email?: string;
}

export type RefKind = 'branch' | 'tag' | 'remote' | 'other';

/** What fixing the exposure takes. */
export type Remedy =
  /** Still in the tip of a branch nobody else has: delete it there; history holds it only locally. */
  | 'delete-file'
  /** Reachable from a published ref (remote-tracking branch or tag): only a history rewrite removes it. */
  | 'rewrite-history'
  /**
   * Only a forge's pull request refs reach it (`refs/pull/N/head`): the forge keeps them whatever
   * is pushed, so no rewrite removes it; rotating is the remedy.
   */
  | 'forge-keeps'
  /** No ref reaches it any more. */
  | 'none';

/** The exposure of a credential in one repository, from git itself. */
export interface RepositoryExposure {
  repository: string;
  introduced: CommitPoint | null;
  /** The commit of the default branch (else of the first ref reaching it) that removed it; null while its tip still holds it. */
  removed: CommitPoint | null;
  /** Full names of the refs whose history holds it (default branch first, then branches, tags, remote-tracking refs). */
  refs: string[];
  /** Refs whose tip (today's tree) still holds it. */
  presentAt: string[];
  /** The default branch's tip holds it today. */
  onDefaultBranch: boolean;
  /** The ref taken as the default branch (origin/HEAD, else main/master, else HEAD), or null. */
  defaultBranch: string | null;
  /** Reachable from a remote-tracking ref or a tag: others have it. */
  published: boolean;
  remedy: Remedy;
}

/** The exposure of a credential over every repository it is in (`byRepository`). */
export interface Exposure {
  /** The earliest introduction. */
  introduced: CommitPoint | null;
  /** The latest removal, when it is removed everywhere; null while any default branch still holds it. */
  removed: CommitPoint | null;
  refs: string[];
  onDefaultBranch: boolean;
  published: boolean;
  remedy: Remedy;
  /** Whole days from `introduced` to the report's as-of time: how long it has been exposed (history keeps it after a removal). */
  ageDays: number | null;
  byRepository: RepositoryExposure[];
}

/** How far a credential reaches, for the to-do list: the first is the worst. */
export type Reach =
  /** The default branch's tip holds it today. */
  | 'default-branch'
  /** In a tag, or in the default branch's history (removed from its tip since). */
  | 'tag-or-default-history'
  /** Only on other branches (local or remote-tracking). */
  | 'branch'
  /** No ref reaches it. */
  | 'none'
  /** Exposure was not computed (a history or file scan, not an audit). */
  | 'not-computed';

/** Where a credential ranks in the to-do list (1 is first), and why. */
export interface Priority {
  rank: number;
  /** `live`, `unknown` (also: not verified) or `dead`. */
  status: 'live' | 'unknown' | 'dead';
  reach: Reach;
  /** Whole days since it was first committed, as of the report's time; null when no commit is known. */
  ageDays: number | null;
  /** An OAuth token older than the longest lifetime of its kind: probably expired by itself (only verification says). */
  pastLifetime: boolean;
}

export interface Credential {
  secretHash: string;
  ruleId: string;
  ruleName: string;
  severity: Severity;
  confidence: Confidence;
  region: Region | null;
  /** Redacted unless the report was made with --show-secrets. */
  secret: string;
  occurrences: Occurrence[];
  exposure: Exposure | null;
  verification?: Verification;
  priority: Priority;
  remediation: string;
  helpUri: string;
}

/** A forge that can link to commits and files: GitHub or GitLab (hosted or self-managed). */
export interface Forge {
  kind: 'github' | 'gitlab';
  /** `https://github.com/acme/api`: links are made from it. */
  url: string;
}

export interface AuditedRepository {
  name: string;
  /** The path that was audited, as given. */
  path: string;
  /** The origin's URL with any user name or password removed, or null. */
  remote: string | null;
  forge: Forge | null;
  defaultBranch: string | null;
  scan: ScanStats;
}

/**
 * Counts that head every audit report: the contract's five (`findings`, `suppressed`, and `live`,
 * `dead`, `unknown` counted over findings, as in every JSON report), then the audit's own, counted
 * over credentials.
 */
export interface AuditSummary {
  findings: number;
  /** Findings hidden by allows and baselines (the sum over repositories). */
  suppressed: number;
  live: number;
  dead: number;
  unknown: number;
  repositories: number;
  credentials: number;
  occurrences: number;
  credentialsLive: number;
  credentialsDead: number;
  credentialsUnknown: number;
  /** Not verified (audit without --verify). */
  credentialsUnverified: number;
  onDefaultBranch: number;
  needHistoryRewrite: number;
  pastLifetime: number;
}

/** One finding as the JSON report lists it (the contract's fields, plus its repository). */
export interface ReportFinding {
  repository?: string;
  ruleId: string;
  ruleName: string;
  confidence: Confidence;
  severity: Severity;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  secretHash: string;
  fingerprint: string;
  region: Region | null;
  /** How the secret was written, when it was decoded (base64, json-unicode, url). */
  decoded?: Encoding;
  /** The evidence about its context that decided it: labels with their weights (against: negative). */
  evidence?: string[];
  commit?: CommitInfo;
  verification?: Verification;
  remediation: string;
  helpUri: string;
}

/** A repository named (or found in a folder of clones) that could not be audited, and why. */
export interface Unaudited {
  path: string;
  reason: string;
}

export interface AuditReport {
  version: 1;
  tool: { name: string; version: string };
  /** Ages and lifetimes are counted up to this time (ISO 8601). */
  asOf: string;
  scan: AuditScanStats;
  repositories: AuditedRepository[];
  credentials: Credential[];
  findings: ReportFinding[];
  summary: AuditSummary;
  /** Repositories that could not be audited at all (each listed with why; the others were audited). */
  unaudited: Unaudited[];
  /** Some repository could not be read completely, or at all (`unaudited`): the audit is incomplete (exit 2). */
  incomplete: boolean;
  /** The secrets in this report are whole (--show-secrets). */
  secretsShown: boolean;
}
