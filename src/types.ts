/** Shared data types: rules, matches, findings and scan results. */

export type Confidence = 'high' | 'medium' | 'low';
export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Region = 'us' | 'eu';
export type ScanMode = 'files' | 'stdin' | 'history' | 'staged' | 'pre-push';
export type HookName = 'pre-commit' | 'pre-push';
/** How --verify checks a rule's credentials: with which header, or not at all. */
export type VerifyMethod = 'rest-api-key' | 'oauth-token' | 'none';

/**
 * One piece of evidence about a pattern's match: a test of the value's context (every field given
 * must hold; they are ANDed) and what it weighs. Evidence for the match (`context:` in a pattern
 * file) and against it (`unless:`) are summed: the match is reported when what holds for it, less
 * what holds against it, reaches the pattern's threshold. The structural fields are read by
 * src/engine/structure.ts.
 */
export interface ContextRequirement {
  /** Tested against the whole line that holds the secret. */
  line?: RegExp;
  /** Tested against the text before the secret on its line (`my pagerduty key is …`). */
  lead?: RegExp;
  /** Tested against the `lines` non-blank lines before the secret's line (prose, a comment, a host). */
  before?: { regex: RegExp; lines: number };
  /** Tested against each enclosing header: YAML/JSON keys, INI/TOML section, HCL/code block headers with labels, XML start tags. */
  parent?: RegExp;
  /** Tested against the lines around the secret. */
  near?: { regex: RegExp; lines: number };
  /** Tested against the name the value is given: its key, flag, attribute, setter, or its pair's name. */
  name?: RegExp;
  /** Tested against the text of the enclosing nodes (siblings), the innermost `levels` of them. */
  sibling?: { regex: RegExp; levels: number };
  /** Tested against the calls the value is an argument of (callee text, innermost first). */
  call?: RegExp;
  /** Tested against the header line and the row of the table the value sits in. */
  table?: RegExp;
  /** Tested against the path of the file (repository- or scan-relative); never holds for standard input. */
  path?: RegExp;
  /**
   * Tested against the calls that the value's name is passed to within `lines` lines
   * (`API_KEY = "…"` … `APISession(API_KEY)`): the callee's text.
   */
  flow?: { regex: RegExp; lines: number };
  /** What it weighs: for the match under `context`, against it under `unless`. */
  weight: number;
  /** How --debug and reports name it. */
  label: string;
  /** Entries of one group count once, the heaviest that holds (one fact seen several ways). Default: its own. */
  group: string;
  /**
   * Whether it names a vendor (PagerDuty, for evidence for a match): how close such evidence is
   * decides whether another vendor's counts against it. Evidence about the value alone (a name that
   * says "credential", a key file) does not.
   */
  namesVendor: boolean;
}

/** How a value may be written encoded: it is decoded, then matched like the plain text. */
export type Encoding = 'base64' | 'json-unicode' | 'url';

export interface CompiledPattern {
  /** Global, hasIndices regex with exactly one capture group: the secret. */
  regex: RegExp;
  confidence: Confidence;
  /** Evidence for the match; empty means the pattern alone is enough. */
  context: ContextRequirement[];
  /**
   * Evidence against it (another vendor's block, a hash's name): it counts when it is at least as
   * close to the value as the closest evidence for it, so that the vendor named nearest decides.
   */
  unless: ContextRequirement[];
  /** How much more must hold for the match than against it. */
  threshold: number;
  /** Encodings under which the whole encoded token is decoded and matched against `regex`. */
  decode: Encoding[];
}

export interface SecretChecks {
  /** Case-sensitive whole-secret shape, applied after the pattern matched. */
  shape?: RegExp;
  /**
   * The part of the secret (group 1) that the entropy, class, digit and placeholder checks judge,
   * when the secret is more than its random part: a calendar feed URL is reported whole, but only
   * its key can be a placeholder.
   */
  part?: RegExp;
  minEntropy?: number;
  /** Distinct character classes (lower, upper, digit, other) the secret must have. */
  minClasses?: number;
  minDigits?: number;
  /** Percent-decode the secret before reporting (URL-encoded tokens in form bodies and logs). */
  urlDecode?: boolean;
}

/** How a rule's credentials are verified (`verify:` in a pattern file). */
export interface VerifySpec {
  method: VerifyMethod;
  /** Why a credential of this rule is never sent (method none): told in its verification reason. */
  unverifiable?: string;
  /**
   * Secrets that may be refresh tokens, which the API refuses even when valid: a 401 for one of
   * these is `unknown`, not `dead`.
   */
  refreshLike?: RegExp;
}

export interface Rule {
  id: string;
  name: string;
  description: string;
  confidence: Confidence;
  severity: Severity;
  /** Lower-case literals; a rule only runs on text that contains one of them (any case). */
  keywords: string[];
  /** A rule also runs on all of a file whose path (its last three segments) this matches, keyword or not. */
  paths?: RegExp;
  patterns: CompiledPattern[];
  secret: SecretChecks;
  /** Secrets never reported: PagerDuty's published documentation examples. */
  knownExamples: Set<string>;
  /** How the region is read off the secret (`pdus+…` is US): a test per region; empty when it cannot be. */
  region: Partial<Record<Region, RegExp>>;
  verify: VerifySpec;
  /** The public part of a secret that redaction keeps whole (a token's `pdus+_` prefix), if any. */
  redactKeep?: RegExp;
  remediation: string;
  helpUri: string;
  /** How long such a credential lives, when it expires by itself (told for old, unverified findings). */
  lifetime?: string;
  tags: string[];
  examples: string[];
  negativeExamples: string[];
  /** The pattern file this rule came from, for error messages. */
  source: string;
}

/** What the engine reports: a secret at a place in one text stream. */
export interface Match {
  rule: Rule;
  secret: string;
  confidence: Confidence;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The line carries an inline `pdguard:allow`. */
  inlineAllowed: boolean;
  /** The secret was written encoded, so: the position is the encoded text's, the secret is decoded. */
  decoded?: Encoding;
  /** The evidence that decided (labels with their weights, against negative); absent when the pattern needs none. */
  evidence?: string[];
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
}

export interface Verification {
  status: 'live' | 'dead' | 'unknown';
  reason: string;
  httpStatus?: number;
  /**
   * On an unknown credential that was to be checked but got no verdict (the deadline, a rate
   * limit, timeouts, server or network errors, an answer that says nothing): it may be live.
   * Absent for credentials that cannot be checked at all (never sent).
   */
  unchecked?: true;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  confidence: Confidence;
  severity: Severity;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The secret in full. Reporters show `redacted` instead unless asked not to. */
  secret: string;
  /** The secret as every report shows it by default (see report/redact.ts). */
  redacted: string;
  secretHash: string;
  fingerprint: string;
  region: Region | null;
  commit?: CommitInfo;
  verification?: Verification;
  remediation: string;
  helpUri: string;
  /** How the secret was written, when it was decoded (base64, json-unicode, url): it is reported decoded. */
  decoded?: Encoding;
  /** The evidence that decided (see Match.evidence). */
  evidence?: string[];
  /** On a suppressed finding: what suppressed it. */
  suppressedBy?: SuppressionKind;
  /**
   * History: this secret's later places in the same file that no suppression hid either (the
   * file renamed, the key moved), each with its own fingerprint. Not reported on their own; a
   * baseline or an allow written from this run names them too, so that it accepts every place seen.
   */
  otherPlaces?: Finding[];
  /**
   * The `pdguard:allow` marker that allows it is the change under review's own (the Action, on a
   * pull request or a merge group): `refused`, so the finding is reported; or `honoured`, because
   * the base's configuration sets `inline-allow-in-pull-requests`. Either way it is shown.
   */
  addedAllow?: 'refused' | 'honoured';
}

/**
 * What hid a finding: a `pdguard:allow` comment, a path the configuration excludes, an allow entry
 * of the configuration, or a baseline.
 */
export type SuppressionKind = 'inline' | 'exclude' | 'allow' | 'baseline';

/** How many findings each kind of suppression hid (each finding counted once, by the first that applies). */
export type SuppressionCounts = Record<SuppressionKind, number>;

/**
 * Why a path was left out. Only `unreadable` leaves the scan incomplete (exit 2): content that
 * could not be read may hold a credential. The others were looked at and are not text to scan.
 */
export type SkipKind = 'unreadable' | 'binary' | 'not-a-file' | 'link' | 'too-large';

export interface SkippedPath {
  path: string;
  kind: SkipKind;
  /** In words, for people: `unreadable: permission denied`, `binary`, `symbolic link to outside the scanned root`. */
  reason: string;
}

export interface ScanStats {
  mode: ScanMode;
  root: string;
  /** The configuration file that applied, or null for none. */
  config: string | null;
  bytesScanned: number;
  filesScanned: number;
  commitsScanned: number;
  blobsScanned: number;
  skipped: SkippedPath[];
  durationMs: number;
  /** Git scans of a shallow clone: history before its boundary was not scanned. */
  shallow?: boolean;
  /** Git scans: what was walked (`--all`, a range, the commits being pushed). */
  revisions?: string;
  /** History: what the history cache vouched for, not walked or read again by this run (its counts are this run's work). */
  cached?: { commits: number; blobs: number };
  /** File scans that honour .gitignore: how many paths it left out (a folder counts once)... */
  ignored?: number;
  /** ... and the first of them by name (folders end in `/`). */
  ignoredPaths?: string[];
  /**
   * What pdguard could not learn and how it made up for it, always by scanning more: git could not
   * say which files it tracks (so .gitignore was not applied), an ignore file that was not read.
   */
  warnings?: string[];
  /** After suppression (settle): how many findings each suppression hid. */
  suppressed?: SuppressionCounts;
}

export interface ScanResult {
  scan: ScanStats;
  findings: Finding[];
  /** Findings hidden by `pdguard:allow`, the configuration or a baseline. */
  suppressed: Finding[];
  /** True when something could not be read: the run must exit 2 even if nothing was found. */
  incomplete: boolean;
  /** Rules that ran, for reporters that describe them (SARIF). */
  rules: Rule[];
}
