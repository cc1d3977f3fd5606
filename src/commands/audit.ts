/**
 * `pdguard audit PATH…`: one or more repositories (or folders of clones), each scanned through its
 * whole history, then each credential once, with its exposure from git and its place in the to-do
 * list. The library entry the CLI stands on: no argv, no exit code, no clock unless none is given.
 *
 * Repositories are audited several at once, one per core, the largest first (audit/schedule.ts);
 * the report is in the order they were named whatever order they finish in. Exposure is asked of
 * git only for the few commits that introduced a credential.
 */
import { availableParallelism } from 'node:os';
import { aggregateExposure, groupFindings, mergeCredentials, prioritize } from '../audit/credentials.js';
import type { Audited, RepositoryAuditOptions } from '../audit/audit-repository.js';
import { combineScans, reportFinding, summarizeAudit } from '../audit/build.js';
import type { AuditReport, Credential, ReportFinding } from '../audit/model.js';
import { findRepositories, nameApart, type FoundRepositories, type RepositoryTarget } from '../audit/repositories.js';
import { auditAll } from '../audit/schedule.js';
import { PdguardError, UsageError } from '../errors.js';
import { TOOL_NAME } from '../package-info.js';
import type { ScanProgress } from '../pipeline/source.js';
import type { Finding } from '../types.js';
import { cloneAll, planRemote, type Clones, type Plan, type RemoteOptions } from '../remote/sources.js';
import { isRemoteSpec } from '../remote/url.js';
import type { CommonOptions } from './scan.js';

export interface AuditProgress extends ScanProgress {
  /** 1-based: which repository is being scanned, of how many. */
  repository: number;
  repositories: number;
  name: string;
  /** Objects (commits, trees, blobs) in the repositories before this one, in this one, and in all: for an estimate of what is left. */
  objectsBefore: number;
  objectsHere: number;
  objectsTotal: number;
  /** `scanning`, or `exposure` while git is asked about the credentials found. */
  phase: 'scanning' | 'exposure';
  /** Repositories finished, and the names of those in flight (in the order named). */
  finished: number;
  running: string[];
  /** Bytes read so far over every repository. */
  bytesSoFar: number;
}

export interface AuditOptions extends Omit<CommonOptions, 'onProgress'> {
  /** Repositories or folders of clones (default: the current directory). */
  paths?: string[];
  cwd?: string;
  /** Epoch milliseconds that ages and lifetimes are counted to (default: now). */
  now?: number;
  showSecrets?: boolean;
  toolVersion: string;
  onProgress?: (progress: AuditProgress) => void;
  /**
   * The history cache: a file (one repository only), or null for none. Default: each repository's
   * own, inside its git directory (as `pdguard history`).
   */
  cache?: string | null;
  /** Blobs larger than this many bytes are listed as skipped, never inflated. */
  maxFileSize?: number;
  /** Warnings for stderr (a cache that could not be used or written). */
  onWarning?: (message: string) => void;
  /**
   * Repository URLs among `paths`, and GitHub owners: where their clones go and how they are
   * listed and fetched (remote/sources.ts). Needed when `paths` hold URLs or owners are named.
   */
  remote?: RemoteOptions;
  /** Repositories audited at once (default: one per core, at most 8). The report is the same whatever it is. */
  concurrency?: number;
}

export async function audit(options: AuditOptions): Promise<AuditReport> {
  const started = performance.now();
  const { targets, unaudited, release } = await repositoriesOf(options);
  try {
    return await auditTargets(targets, unaudited, started, options);
  } finally {
    release();
  }
}

/** What `audit --list` prints: the repositories the paths, URLs and GitHub owners name, and those that cannot be audited. */
export async function planAudit(options: Pick<AuditOptions, 'paths' | 'remote'>): Promise<{ repositories: { name: string; url: string }[]; unaudited: FoundRepositories['unaudited'] }> {
  const paths = options.paths ?? [];
  const plan = await remotePlan(options);
  // As the audit itself: no PATH, no URL and no owner is the current directory.
  const local = (plan || paths.length ? paths.filter((p) => !isRemoteSpec(p)) : ['.']).map((p) => ({ name: p, url: p }));
  return { repositories: [...local, ...(plan?.repositories ?? []).map((r) => ({ name: r.name, url: r.remote.url }))], unaudited: plan?.unaudited ?? [] };
}

async function remotePlan(options: Pick<AuditOptions, 'paths' | 'remote'>): Promise<Plan | null> {
  const urls = (options.paths ?? []).filter(isRemoteSpec);
  if (!urls.length && !options.remote?.owners.length) return null;
  if (!options.remote) throw new UsageError('auditing a URL needs the remote options (clone folder, API base)');
  return planRemote(urls, options.remote);
}

/** Local repositories as findRepositories finds them, and the clones of the URLs and owners named. */
async function repositoriesOf(options: AuditOptions): Promise<FoundRepositories & { release: () => void }> {
  const cwd = options.cwd ?? process.cwd();
  const local = (options.paths ?? []).filter((p) => !isRemoteSpec(p));
  const plan = await remotePlan(options);
  // Local paths are checked before anything is cloned: a mistyped one is a usage error at once.
  const found = local.length || !plan ? await findRepositories(local, cwd) : { targets: [], unaudited: [] };
  let clones: Clones | null = null;
  if (plan) {
    clones = await cloneAll(plan, options.remote!);
    for (const clone of clones.clones) {
      const here = await findRepositories([clone.dir], cwd).catch((error: unknown) => {
        if (error instanceof PdguardError) return { targets: [], unaudited: [{ path: clone.url, reason: error.message }] };
        clones!.release(); // --no-keep holds even when pdguard fails
        throw error;
      });
      found.targets.push(...here.targets.map((t) => ({ ...t, name: clone.name, path: clone.url, cloned: true })));
      found.unaudited.push(...here.unaudited.map((u) => ({ ...u, path: clone.url })));
    }
    found.unaudited.push(...clones.unaudited);
    nameApart(found.targets);
  }
  return { ...found, release: () => clones?.release() };
}

/**
 * Repositories in flight by default at most: each holds its scan's memory and its cat-file's (git's
 * own caches, a few hundred MB on a large history) until it ends; --jobs asks for more.
 */
const DEFAULT_MAX_CONCURRENCY = 8;

/** What each repository's audit takes of the options: data only, for it may run in a worker thread. */
function repositoryOptions(options: AuditOptions): RepositoryAuditOptions {
  const { rules, config, configFile, include, exclude, enableRules, disableRules, baseline, cache, maxFileSize } = options;
  const picked: RepositoryAuditOptions = { rules, config, configFile, include, exclude, enableRules, disableRules, baseline, cache, maxFileSize };
  // Absent stays absent (`cache: undefined` means the repository's own cache, as no key does).
  for (const key of Object.keys(picked) as (keyof RepositoryAuditOptions)[]) if (picked[key] === undefined) delete picked[key];
  return picked;
}

async function auditTargets(targets: RepositoryTarget[], unaudited: FoundRepositories['unaudited'], started: number, options: AuditOptions): Promise<AuditReport> {
  const asOf = options.now ?? Date.now();
  // One cache file holds one repository's history: several would overwrite each other's.
  if (typeof options.cache === 'string' && targets.length > 1) {
    throw new UsageError(`--cache FILE goes with one repository (this audit has ${targets.length}); without it each repository keeps its own cache in its git directory`);
  }
  const outcomes = await auditAll(targets, {
    concurrency: options.concurrency ?? Math.min(availableParallelism(), DEFAULT_MAX_CONCURRENCY),
    options: repositoryOptions(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  const audited: Audited[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    // One repository that git cannot read does not stop the others: it is listed instead.
    if ('audited' in outcome) audited.push(outcome.audited);
    else unaudited.push({ path: targets[index]!.path, reason: outcome.failed });
  }

  // One verification for every repository's findings: each distinct secret is checked once.
  let verified = new Map<string, Finding['verification']>();
  if (options.verify) {
    const all = audited.flatMap((a) => a.findings);
    if (all.length) {
      const { verifyFindings } = await import('../verify/verify.js');
      const { loadPatterns } = await import('../patterns/load.js');
      const checked = await verifyFindings(all, options.rules ?? loadPatterns(), options.verify);
      verified = new Map(checked.map((f) => [f.secretHash, f.verification]));
    }
  }

  const showSecrets = options.showSecrets ?? false;
  const findings: ReportFinding[] = audited.flatMap((a) =>
    a.findings.map((f) => {
      const verification = verified.get(f.secretHash);
      return reportFinding(verification ? { ...f, verification } : f, showSecrets, a.repository.name);
    }),
  );
  const perRepository = audited.map((a) =>
    groupFindings(findings.filter((f) => f.repository === a.repository.name)).map(
      (c): Credential => ({ ...c, exposure: aggregateExposure([a.exposures.get(c.secretHash)!], asOf) }),
    ),
  );
  const credentials = prioritize(mergeCredentials(perRepository), asOf);
  const repositories = audited.map((a) => a.repository);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    asOf: new Date(asOf).toISOString(),
    scan: combineScans(repositories, Math.round(performance.now() - started)),
    repositories,
    credentials,
    findings,
    summary: summarizeAudit(credentials, repositories.length, audited.reduce((n, a) => n + a.suppressed, 0), findings),
    unaudited,
    incomplete: audited.some((a) => a.incomplete) || unaudited.length > 0,
    secretsShown: showSecrets,
  };
}
