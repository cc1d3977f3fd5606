/**
 * A JSON report read back (`pdguard report merge`) is input like any other: another job wrote it,
 * maybe someone else, and what it holds reaches the reports made from it (the HTML one a responder
 * opens). So it is checked field by field against the shape pdguard writes, and rebuilt from the
 * fields it knows: what reaches a reporter is exactly the model's types (a `line` is a whole number,
 * a `verification.status` one of three words), and fields it does not know are dropped unread.
 * A report that does not fit is refused with one line naming the file and the field; a value is
 * never quoted (it could be a secret).
 *
 * Hand-written rather than a JSON Schema validator: pdguard has no runtime dependencies, and the
 * model's few dozen fields fit in the checks below.
 */
import type { AuditScanStats, AuditedRepository, CommitPoint, Credential, Exposure, Forge, Occurrence, Priority, Reach, Remedy, ReportFinding, RepositoryExposure, Unaudited } from './model.js';
import type { CommitInfo, Confidence, Encoding, Region, ScanMode, ScanStats, Severity, SkipKind, SkippedPath, Verification } from '../types.js';

/** A field that does not fit: where (`credentials[0].occurrences[2].line`) and what was expected. */
export class ReportShapeError extends Error {
  constructor(
    readonly at: string,
    readonly expected: string,
    got: unknown,
  ) {
    super(`${at}: expected ${expected}, got ${kindOf(got)}`);
  }
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'not a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

export type Check<T> = (value: unknown, at: string) => T;

const fail = (at: string, expected: string, got: unknown): never => {
  throw new ReportShapeError(at, expected, got);
};

export const str: Check<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string', v));

const matching =
  (re: RegExp, what: string): Check<string> =>
  (v, at) =>
    typeof v === 'string' && re.test(v) ? v : fail(at, what, v);

const int =
  (min: number): Check<number> =>
  (v, at) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min ? v : fail(at, `a whole number from ${min}`, v);

const num: Check<number> = (v, at) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(at, 'a number from 0', v));

const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false', v));

/**
 * One of the words of a type, given as a record of them all: a word added to the model's type
 * and not here fails to compile, so a report pdguard writes is never refused by the pdguard that reads it.
 */
const oneOf =
  <T extends string>(words: Record<T, true>): Check<T> =>
  (v, at) =>
    typeof v === 'string' && Object.prototype.hasOwnProperty.call(words, v) ? (v as T) : fail(at, `one of ${Object.keys(words).map((x) => JSON.stringify(x)).join(', ')}`, v);

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, at) =>
    v === null ? null : check(v, at);

const list =
  <T>(check: Check<T>): Check<T[]> =>
  (v, at) =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, 'an array', v);

/** A field that may be left out (an older report, a plain scan's): absent, the key is left out too. */
interface Optional<T> {
  optional: Check<T>;
}
const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type Built<S extends Shape> = { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never } & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

/** An object with these fields, rebuilt from them only. */
export const obj =
  <S extends Shape>(shape: S): Check<Built<S>> =>
  (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'an object', v);
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const where = at ? `${at}.${key}` : key;
      const has = Object.prototype.hasOwnProperty.call(source, key);
      if (typeof check === 'function') out[key] = check(has ? source[key] : undefined, where);
      else if (has && source[key] !== undefined) out[key] = check.optional(source[key], where);
    }
    return out as Built<S>;
  };

// The formats pdguard writes them in.
const SHA = matching(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'a commit id (hex)');
const HASH = matching(/^[0-9a-f]{64}$/, 'a SHA-256 (64 hex digits)');
const FINGERPRINT = matching(/^[0-9a-f]{32}$/, 'a fingerprint (32 hex digits)');
const RULE_ID = matching(/^[a-z0-9][a-z0-9-]{2,63}$/, 'a rule id');
/** ISO 8601 with a zone, as git's %aI and toISOString write it (years beyond 9999 too: a commit can claim any date). */
const DATE: Check<string> = (v, at) =>
  typeof v === 'string' && /^[+-]?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)$/.test(v) && !Number.isNaN(Date.parse(v))
    ? v
    : fail(at, 'an ISO 8601 date', v);
const HTTPS_URL = matching(/^https:\/\/[^\s"'<>\\`]+$/, 'an https URL');
const CONFIDENCE = oneOf<Confidence>({ high: true, medium: true, low: true });
const SEVERITY = oneOf<Severity>({ critical: true, high: true, medium: true, low: true });
const REGION = nullable(oneOf<Region>({ us: true, eu: true }));
const REMEDY = oneOf<Remedy>({ 'delete-file': true, 'rewrite-history': true, 'forge-keeps': true, none: true });

const commitInfo: Check<CommitInfo> = obj({ sha: SHA, author: str, email: str, date: DATE });
const commitPoint: Check<CommitPoint> = obj({ sha: SHA, date: DATE, author: optional(str), email: optional(str) });

const yes: Check<true> = (v, at) => (v === true ? true : fail(at, 'true', v));

const verification: Check<Verification> = obj({ status: oneOf<Verification['status']>({ live: true, dead: true, unknown: true }), reason: str, httpStatus: optional(int(100)), unchecked: optional(yes) });

const skipped: Check<SkippedPath> = obj({ path: str, kind: oneOf<SkipKind>({ unreadable: true, binary: true, 'not-a-file': true, link: true, 'too-large': true }), reason: str });

const counts = obj({ inline: int(0), exclude: int(0), allow: int(0), baseline: int(0) });

const SCAN_MODES: Record<ScanMode, true> = { files: true, stdin: true, history: true, staged: true, 'pre-push': true };

function scanStats<M extends string>(modes: Record<M, true>) {
  return obj({
    mode: oneOf(modes),
    root: str,
    config: optional(nullable(str)),
    bytesScanned: num,
    filesScanned: int(0),
    commitsScanned: int(0),
    blobsScanned: int(0),
    skipped: list(skipped),
    durationMs: num,
    shallow: optional(bool),
    revisions: optional(str),
    ignored: optional(int(0)),
    ignoredPaths: optional(list(str)),
    suppressed: optional(counts),
  });
}

/** A model field that a report may leave out (an older pdguard's): absent, it is null. */
const withConfig = <T extends { config?: string | null }>(check: Check<T>): Check<T & { config: string | null }> => (v, at) => {
  const s = check(v, at);
  return { ...s, config: s.config ?? null };
};

const plainScan: Check<ScanStats> = withConfig(scanStats(SCAN_MODES));
const auditScan: Check<AuditScanStats> = withConfig(scanStats<ScanMode | 'audit'>({ ...SCAN_MODES, audit: true }));

const forge: Check<Forge> = obj({ kind: oneOf<Forge['kind']>({ github: true, gitlab: true }), url: HTTPS_URL });

const repository: Check<AuditedRepository> = obj({
  name: str,
  path: str,
  remote: nullable(str),
  forge: nullable(forge),
  defaultBranch: nullable(str),
  scan: plainScan,
});

const occurrence: Check<Occurrence> = obj({
  repository: str,
  path: str,
  line: int(1),
  column: int(1),
  commit: nullable(commitInfo),
  fingerprint: FINGERPRINT,
});

const repositoryExposure: Check<RepositoryExposure> = obj({
  repository: str,
  introduced: nullable(commitPoint),
  removed: nullable(commitPoint),
  refs: list(str),
  presentAt: list(str),
  onDefaultBranch: bool,
  defaultBranch: nullable(str),
  published: bool,
  remedy: REMEDY,
});

const exposure: Check<Exposure> = obj({
  introduced: nullable(commitPoint),
  removed: nullable(commitPoint),
  refs: list(str),
  onDefaultBranch: bool,
  published: bool,
  remedy: REMEDY,
  ageDays: nullable(int(0)),
  byRepository: list(repositoryExposure),
});

const priority: Check<Priority> = obj({
  rank: int(0),
  status: oneOf<Priority['status']>({ live: true, unknown: true, dead: true }),
  reach: oneOf<Reach>({ 'default-branch': true, 'tag-or-default-history': true, branch: true, none: true, 'not-computed': true }),
  ageDays: nullable(int(0)),
  pastLifetime: bool,
});

const credential: Check<Credential> = obj({
  secretHash: HASH,
  ruleId: RULE_ID,
  ruleName: str,
  severity: SEVERITY,
  confidence: CONFIDENCE,
  region: REGION,
  secret: str,
  occurrences: list(occurrence),
  exposure: nullable(exposure),
  verification: optional(verification),
  priority,
  remediation: str,
  helpUri: str,
});

export const reportFinding: Check<ReportFinding> = obj({
  repository: optional(str),
  ruleId: RULE_ID,
  ruleName: str,
  confidence: CONFIDENCE,
  severity: SEVERITY,
  path: str,
  line: int(1),
  column: int(1),
  endLine: int(1),
  endColumn: int(1),
  secret: str,
  secretHash: HASH,
  fingerprint: FINGERPRINT,
  region: REGION,
  decoded: optional(oneOf<Encoding>({ base64: true, 'json-unicode': true, url: true })),
  evidence: optional(list(str)),
  commit: optional(commitInfo),
  verification: optional(verification),
  remediation: str,
  helpUri: str,
});

const unaudited: Check<Unaudited> = obj({ path: str, reason: str });

/** The fields every JSON report has (a plain scan's and an audit's). */
export const reportHead = obj({
  tool: obj({ name: str, version: str }),
  asOf: optional(DATE),
  findings: list(reportFinding),
  summary: obj({ suppressed: int(0) }),
});

/** What an audit's report adds (`repositories`, `credentials`, …). */
export const auditBody = obj({
  scan: auditScan,
  repositories: list(repository),
  credentials: list(credential),
  unaudited: optional(list(unaudited)),
  incomplete: optional(bool),
  secretsShown: optional(bool),
});

/** A plain scan's (history, files) scan section. */
export const plainBody = obj({ scan: plainScan });
