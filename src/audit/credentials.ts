/**
 * Findings become credentials: every finding of one secret (by `secretHash`), in any file, commit or
 * repository, is one credential to rotate. Pure functions, shared by `audit`, `report merge` and
 * the reporters that show credentials for a plain scan.
 */
import type { Verification } from '../types.js';
import type { Credential, CommitPoint, Exposure, Occurrence, Priority, Reach, RepositoryExposure, ReportFinding } from './model.js';
import { credentialKind } from './rotation.js';
import { compareRefs } from './refs.js';

const DAY_MS = 86_400_000;

const byDate = (a: { date: string }, b: { date: string }): number => Date.parse(a.date) - Date.parse(b.date);

function occurrenceOf(f: ReportFinding): Occurrence {
  return {
    repository: f.repository ?? '',
    path: f.path,
    line: f.line,
    column: f.column,
    commit: f.commit ?? null,
    fingerprint: f.fingerprint,
  };
}

const compareOccurrences = (a: Occurrence, b: Occurrence): number =>
  (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) ||
  (a.commit && b.commit ? byDate(a.commit, b.commit) : 0) ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
  a.line - b.line;

const STATUS_RANK: Record<Verification['status'], number> = { live: 0, unknown: 1, dead: 2 };

/** Two reports disagree (one checked later): the more alarming answer stands. */
function strongerVerification(a: Verification | undefined, b: Verification | undefined): Verification | undefined {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b : a;
}

const NO_PRIORITY: Priority = { rank: 0, status: 'unknown', reach: 'not-computed', ageDays: null, pastLifetime: false };

/** The findings grouped by secret, each with all its occurrences (exposure not yet computed). */
export function groupFindings(findings: readonly ReportFinding[]): Credential[] {
  const bySecret = new Map<string, Credential>();
  for (const f of findings) {
    const known = bySecret.get(f.secretHash);
    if (known) {
      known.occurrences.push(occurrenceOf(f));
      const v = strongerVerification(known.verification, f.verification);
      if (v) known.verification = v;
      continue;
    }
    bySecret.set(f.secretHash, {
      secretHash: f.secretHash,
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      confidence: f.confidence,
      region: f.region,
      secret: f.secret,
      occurrences: [occurrenceOf(f)],
      exposure: null,
      ...(f.verification ? { verification: f.verification } : {}),
      priority: NO_PRIORITY,
      remediation: f.remediation,
      helpUri: f.helpUri,
    });
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}

/** The credentials of several reports as one list: the same secret in two reports is one credential. */
export function mergeCredentials(lists: readonly (readonly Credential[])[]): Credential[] {
  const bySecret = new Map<string, Credential>();
  for (const list of lists) {
    for (const c of list) {
      const known = bySecret.get(c.secretHash);
      if (!known) {
        bySecret.set(c.secretHash, { ...c, occurrences: [...c.occurrences], exposure: c.exposure && { ...c.exposure, byRepository: [...c.exposure.byRepository] } });
        continue;
      }
      known.occurrences.push(...c.occurrences);
      const v = strongerVerification(known.verification, c.verification);
      if (v) known.verification = v;
      if (c.exposure) {
        const repos = [...(known.exposure?.byRepository ?? []), ...c.exposure.byRepository];
        known.exposure = aggregateExposure(repos, null);
      }
    }
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}

export function ageInDays(since: string, asOf: number): number {
  return Math.max(0, Math.floor((asOf - Date.parse(since)) / DAY_MS));
}

/** A credential's exposure over all its repositories. `asOf` null leaves the age to prioritize(). */
export function aggregateExposure(byRepository: readonly RepositoryExposure[], asOf: number | null): Exposure {
  // A repository seen twice (a merge of a report with itself, an audit run again): the later counts.
  const repos = [...new Map(byRepository.map((r) => [r.repository, r])).values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
  const introductions = repos.map((r) => r.introduced).filter((p): p is CommitPoint => p !== null).sort(byDate);
  const removals = repos.map((r) => r.removed);
  const stillThere = repos.some((r) => r.removed === null && r.refs.length > 0);
  const removed = !stillThere && removals.every((p) => p !== null) ? ([...(removals as CommitPoint[])].sort(byDate).at(-1) ?? null) : null;
  const refs = [...new Set(repos.flatMap((r) => r.refs))].sort(compareRefs(null));
  const introduced = introductions[0] ?? null;
  return {
    introduced,
    removed,
    refs,
    onDefaultBranch: repos.some((r) => r.onDefaultBranch),
    published: repos.some((r) => r.published),
    remedy: (['rewrite-history', 'forge-keeps', 'delete-file'] as const).find((remedy) => repos.some((r) => r.remedy === remedy)) ?? 'none',
    ageDays: introduced && asOf !== null ? ageInDays(introduced.date, asOf) : null,
    byRepository: repos,
  };
}

function reachOf(exposure: Exposure | null): Reach {
  if (!exposure) return 'not-computed';
  if (exposure.onDefaultBranch) return 'default-branch';
  // The default branch, or its local branch (main for origin/main: commits not pushed yet).
  const inDefaultHistory = exposure.byRepository.some(
    (r) => r.defaultBranch !== null && (r.refs.includes(r.defaultBranch) || r.refs.includes(r.defaultBranch.replace(/^refs\/remotes\/[^/]+\//, 'refs/heads/'))),
  );
  if (inDefaultHistory || exposure.refs.some((r) => r.startsWith('refs/tags/'))) return 'tag-or-default-history';
  return exposure.refs.length ? 'branch' : 'none';
}

const REACH_RANK: Record<Reach, number> = { 'default-branch': 0, 'tag-or-default-history': 1, branch: 2, 'not-computed': 3, none: 4 };

function firstCommitted(c: Credential): string | null {
  if (c.exposure?.introduced) return c.exposure.introduced.date;
  const dates = c.occurrences.map((o) => o.commit?.date).filter((d): d is string => d !== undefined).sort((a, b) => Date.parse(a) - Date.parse(b));
  return dates[0] ?? null;
}

/**
 * The to-do list: live first, then unknown (and not verified), then dead; within each, what the
 * default branch or a tag holds before what only feature branches hold; then the oldest first (exposed
 * longest). Each credential gets its rank, its age and whether it has outlived its kind's lifetime.
 */
export function prioritize(credentials: readonly Credential[], asOf: number): Credential[] {
  const ranked = credentials.map((c) => {
    const since = firstCommitted(c);
    const ageDays = since ? ageInDays(since, asOf) : null;
    const lifetime = credentialKind(c.ruleId).maxLifetimeDays;
    const exposure = c.exposure ? { ...c.exposure, ageDays } : null;
    const priority: Priority = {
      rank: 0,
      status: c.verification?.status ?? 'unknown',
      reach: reachOf(exposure),
      ageDays,
      pastLifetime: lifetime !== undefined && ageDays !== null && ageDays > lifetime,
    };
    return { ...c, exposure, priority };
  });
  ranked.sort(
    (a, b) =>
      STATUS_RANK[a.priority.status] - STATUS_RANK[b.priority.status] ||
      REACH_RANK[a.priority.reach] - REACH_RANK[b.priority.reach] ||
      (b.priority.ageDays ?? -1) - (a.priority.ageDays ?? -1) ||
      (a.secretHash < b.secretHash ? -1 : a.secretHash > b.secretHash ? 1 : 0),
  );
  ranked.forEach((c, i) => (c.priority = { ...c.priority, rank: i + 1 }));
  return ranked;
}
