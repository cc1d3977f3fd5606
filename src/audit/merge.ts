/**
 * `pdguard report merge`: the JSON reports of several audits (one job per repository, say) as one
 * report, as if one audit had seen them all: the same secret in two reports is one credential with
 * the occurrences and exposure of both, ranked again.
 */
import { UsageError } from '../errors.js';
import { TOOL_NAME } from '../package-info.js';
import { combineScans, summarizeAudit } from './build.js';
import { mergeCredentials, prioritize } from './credentials.js';
import type { AuditReport, Credential, ReportFinding } from './model.js';

export interface MergeMeta {
  toolVersion: string;
  /** Epoch milliseconds ages are counted to. */
  asOf: number;
}

/** The same name for two different repositories (two folders called `api`): the later gets `#2`. */
function renamer(report: AuditReport, taken: Map<string, string>): (name: string) => string {
  const renames = new Map<string, string>();
  for (const repo of report.repositories) {
    const identity = repo.remote ?? `${report.scan.root}\0${repo.path}`;
    let name = repo.name;
    for (let n = 2; taken.has(name) && taken.get(name) !== identity; n++) name = `${repo.name}#${n}`;
    taken.set(name, identity);
    renames.set(repo.name, name);
  }
  return (name) => renames.get(name) ?? name;
}

function renamed(report: AuditReport, rename: (name: string) => string): AuditReport {
  const credential = (c: Credential): Credential => ({
    ...c,
    occurrences: c.occurrences.map((o) => ({ ...o, repository: rename(o.repository) })),
    exposure: c.exposure && { ...c.exposure, byRepository: c.exposure.byRepository.map((r) => ({ ...r, repository: rename(r.repository) })) },
  });
  return {
    ...report,
    repositories: report.repositories.map((r) => ({ ...r, name: rename(r.name) })),
    credentials: report.credentials.map(credential),
    findings: report.findings.map((f): ReportFinding => ({ ...f, repository: rename(f.repository ?? '') })),
  };
}

export function mergeAuditReports(reports: readonly AuditReport[], meta: MergeMeta): AuditReport {
  if (!reports.length) throw new UsageError('pdguard report merge needs at least one JSON report (pdguard report merge a.json b.json …)');
  const taken = new Map<string, string>();
  const all = reports.map((r) => renamed(r, renamer(r, taken)));
  // A repository audited twice (a job run again) counts once: the later report wins.
  const byName = new Map(all.flatMap((r) => r.repositories.map((repo) => [repo.name, repo] as const)));
  const repositories = [...byName.values()];
  const credentials = prioritize(mergeCredentials(all.map((r) => r.credentials)), meta.asOf);
  const seen = new Set<string>();
  const findings = all.flatMap((r) => r.findings).filter((f) => {
    const key = `${f.repository}\0${f.fingerprint}\0${f.commit?.sha ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
  // Occurrences de-duplicated the same way (a repository in two reports).
  for (const c of credentials) {
    const keys = new Set<string>();
    c.occurrences = c.occurrences.filter((o) => {
      const key = `${o.repository}\0${o.fingerprint}\0${o.commit?.sha ?? ''}`;
      return !keys.has(key) && keys.add(key);
    });
  }
  const suppressed = all.reduce((n, r) => n + (r.summary?.suppressed ?? 0), 0);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    asOf: new Date(meta.asOf).toISOString(),
    scan: combineScans(repositories, all.reduce((n, r) => n + (r.scan.durationMs ?? 0), 0)),
    repositories,
    credentials,
    findings,
    summary: summarizeAudit(credentials, repositories.length, suppressed, findings),
    // What an input could not audit stays listed (and keeps the merged report incomplete).
    unaudited: all.flatMap((r) => r.unaudited),
    incomplete: all.some((r) => r.incomplete || r.unaudited.length > 0),
    secretsShown: all.every((r) => r.secretsShown),
  };
}
