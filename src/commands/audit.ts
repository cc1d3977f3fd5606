/**
 * `pdguard audit PATH…`: one or more repositories (or folders of clones), each scanned through its
 * whole history, then each credential once, with its exposure from git and its place in the to-do
 * list. The library entry the CLI stands on: no argv, no exit code, no clock unless none is given.
 *
 * Repositories are scanned one after another, each by the history source with what it uses (all
 * cores); exposure is asked of git only for the few commits that introduced a credential.
 */
import { aggregateExposure, groupFindings, mergeCredentials, prioritize } from '../audit/credentials.js';
import { repositoryExposure, findDefaultBranch, treeHolding, type Introduction } from '../audit/exposure.js';
import { combineScans, reportFinding, summarizeAudit } from '../audit/build.js';
import type { AuditedRepository, AuditReport, Credential, RepositoryExposure, ReportFinding } from '../audit/model.js';
import { CommitGraph, readRefTips } from '../audit/graph.js';
import { findRepositories, nameApart, type FoundRepositories, type RepositoryTarget } from '../audit/repositories.js';
import { EMPTY_CONFIG } from '../config/config.js';
import { PdguardError, UsageError } from '../errors.js';
import { runGit } from '../git/process.js';
import { TOOL_NAME } from '../package-info.js';
import { sha256 } from '../pipeline/findings.js';
import { runScan } from '../pipeline/run.js';
import { settle } from '../pipeline/settle.js';
import type { ScanProgress } from '../pipeline/source.js';
import { historySource } from '../sources/history.js';
import { defaultCachePath } from '../history/cache.js';
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
}

/** How many objects a repository holds (`git count-objects`): loose and packed, a cheap measure of its size. */
async function objectCount(target: RepositoryTarget): Promise<number> {
  const run = await runGit(target.repo.dir, ['count-objects', '-v']);
  if (run.code !== 0) return 0;
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? 0);
  return field('count') + field('in-pack');
}

/** Credentials asked about at once (each a few short git commands). */
const EXPOSURE_CONCURRENCY = 4;

async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

interface Audited {
  repository: AuditedRepository;
  findings: Finding[];
  suppressed: number;
  incomplete: boolean;
  exposures: Map<string, RepositoryExposure>;
}

interface Place {
  index: number;
  total: number;
  objectsBefore: number;
  objectsHere: number;
  objectsTotal: number;
}

async function auditRepository(target: RepositoryTarget, place: Place, options: AuditOptions): Promise<Audited> {
  const { index, total, ...objects } = place;
  const progress = (phase: AuditProgress['phase'], p: ScanProgress) =>
    options.onProgress?.({ ...p, ...objects, repository: index + 1, repositories: total, name: target.name, phase });
  const { onProgress: _, verify: __, ...common } = options;
  // A cloned repository is hostile: its own .pdguard.yaml does not shape the verdict (only a
  // --config the user names does), and neither do its inline allow comments (see below).
  const hostile = target.cloned === true;
  if (hostile && !common.configFile) common.config = EMPTY_CONFIG;
  const cacheFile = options.cache === null ? undefined : options.cache ?? defaultCachePath(target.repo.gitDir);
  const source = historySource({
    repo: target.repo,
    revs: ['--all'],
    mode: 'history',
    root: target.path,
    label: '--all',
    ...(cacheFile !== undefined ? { cacheFile, cacheInGitDir: options.cache === undefined } : {}),
    ...(options.onWarning ? { warn: options.onWarning } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  });
  // The blobs each secret was found in, wherever and however it is written (excluded and allowed
  // places too): what exposure asks git about, instead of searching again for the secret's text.
  const holders = new Map<string, Set<string>>();
  const watched: typeof source = {
    ...source,
    scan: (rules, filters, events) =>
      source.scan(rules, filters, {
        ...events,
        matches: (matches, where) => {
          if (where.blob) {
            for (const m of matches) {
              const hash = sha256(m.secret);
              holders.set(hash, (holders.get(hash) ?? new Set()).add(where.blob));
            }
          }
          events.matches(matches, where);
        },
      }),
  };
  let last: ScanProgress = { commits: 0, blobs: 0, bytes: 0 };
  const ran = await runScan(watched, {
    ...common,
    onProgress: (p) => {
      last = p;
      progress('scanning', p);
    },
  });
  const scanned = hostile ? { ...ran, raw: ran.raw.map((r) => ({ ...r, inlineAllowed: false })) } : ran;
  // Verified later, once for all repositories: the same key in two of them is checked once.
  const result = await settle(scanned, { baseline: options.baseline ?? null });
  const defaultBranch = await findDefaultBranch(target.repo);

  progress('exposure', last);
  const bySecret = new Map<string, Finding[]>();
  for (const f of result.findings) bySecret.set(f.secretHash, [...(bySecret.get(f.secretHash) ?? []), f]);
  const exposures = new Map<string, RepositoryExposure>();
  // The commit graph only when there is something to ask it about.
  const graph = bySecret.size ? await CommitGraph.read(target.repo) : null;
  const tips = bySecret.size ? await readRefTips(target.repo) : [];
  const holdersOf = (hash: string): Set<string> => holders.get(hash) ?? new Set();
  // The default branch's tip tree, read once: which of the credentials' blobs it has today.
  const defaultTip = tips.find((t) => t.name === defaultBranch);
  const wanted = new Set([...bySecret.keys()].flatMap((hash) => [...holdersOf(hash)]));
  const onDefaultTip = defaultTip ? await treeHolding(target.repo, defaultTip.commit, wanted) : new Set<string>();
  await mapPool([...bySecret], EXPOSURE_CONCURRENCY, async ([hash, findings]) => {
    const introductions: Introduction[] = findings.filter((f) => f.commit).map((f) => ({ path: f.path, commit: f.commit! }));
    exposures.set(hash, await repositoryExposure({ repo: target.repo, graph: graph!, tips, repository: target.name, defaultBranch, holders: holdersOf(hash), onDefaultTip, introductions }));
  });

  return {
    repository: { name: target.name, path: target.path, remote: target.remote, forge: target.forge, defaultBranch, scan: result.scan },
    findings: result.findings,
    suppressed: result.suppressed.length,
    incomplete: result.incomplete,
    exposures,
  };
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

async function auditTargets(targets: RepositoryTarget[], unaudited: FoundRepositories['unaudited'], started: number, options: AuditOptions): Promise<AuditReport> {
  const asOf = options.now ?? Date.now();
  // One cache file holds one repository's history: several would overwrite each other's.
  if (typeof options.cache === 'string' && targets.length > 1) {
    throw new UsageError(`--cache FILE goes with one repository (this audit has ${targets.length}); without it each repository keeps its own cache in its git directory`);
  }
  const counts = options.onProgress ? await Promise.all(targets.map(objectCount)) : targets.map(() => 0);
  const objectsTotal = counts.reduce((a, b) => a + b, 0);
  const audited: Audited[] = [];
  let objectsBefore = 0;
  for (const [index, target] of targets.entries()) {
    const place = { index, total: targets.length, objectsBefore, objectsHere: counts[index]!, objectsTotal };
    // One repository that git cannot read does not stop the others: it is listed instead.
    try {
      audited.push(await auditRepository(target, place, options));
    } catch (error) {
      if (!(error instanceof PdguardError)) throw error;
      unaudited.push({ path: target.path, reason: error.message });
    }
    objectsBefore += counts[index]!;
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
