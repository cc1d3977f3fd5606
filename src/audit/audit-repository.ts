/**
 * One repository of an audit, start to end: its whole history scanned, its findings settled, and
 * git asked about the exposure of each credential found. What it returns is the audit model of
 * that repository only (findings, exposures, counts): nothing of the scan's own state outlives it,
 * so that an audit of many repositories holds no more than the few in flight. Runs in the audit's
 * own thread or in a worker thread (audit/worker.ts): its options are plain data for that reason,
 * and what it tells as it goes comes through `hooks`.
 */
import { repositoryExposure, findDefaultBranch, treeHolding, type Introduction } from './exposure.js';
import type { AuditedRepository, RepositoryExposure } from './model.js';
import { CommitGraph, readRefTips } from './graph.js';
import type { RepositoryTarget } from './repositories.js';
import { EMPTY_CONFIG } from '../config/config.js';
import { secretHashOf } from '../pipeline/findings.js';
import { type RunOptions, runScan } from '../pipeline/run.js';
import { type SettleOptions, settle } from '../pipeline/settle.js';
import type { ScanProgress } from '../pipeline/source.js';
import { historySource } from '../sources/history.js';
import { defaultCachePath } from '../history/cache.js';
import type { Finding } from '../types.js';

/** What shapes one repository's audit: data only (it crosses to a worker thread). */
export interface RepositoryAuditOptions extends Omit<RunOptions, 'onProgress'>, Pick<SettleOptions, 'baseline'> {
  /** As AuditOptions.cache: a file, null for none, or (undefined) the repository's own. */
  cache?: string | null;
  maxFileSize?: number;
  /** cat-file readers of the history scan (default: its own choice); one when other repositories run beside it. */
  readers?: number;
}

export interface RepositoryAuditHooks {
  onProgress?: (phase: 'scanning' | 'exposure', progress: ScanProgress) => void;
  onWarning?: (message: string) => void;
}

export interface Audited {
  repository: AuditedRepository;
  findings: Finding[];
  suppressed: number;
  incomplete: boolean;
  exposures: Map<string, RepositoryExposure>;
}

/** Credentials asked about at once (each a few short git commands). */
const EXPOSURE_CONCURRENCY = 4;

export async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
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

export async function auditRepository(target: RepositoryTarget, options: RepositoryAuditOptions, hooks: RepositoryAuditHooks = {}): Promise<Audited> {
  const { cache, maxFileSize, readers, baseline, ...common } = options;
  // A cloned repository is hostile: its own .pdguard.yaml does not shape the verdict (only a
  // --config the user names does), and neither do its inline allow comments (see below).
  const hostile = target.cloned === true;
  if (hostile && !common.configFile) common.config = EMPTY_CONFIG;
  const cacheFile = cache === null ? undefined : cache ?? defaultCachePath(target.repo.gitDir);
  const source = historySource({
    repo: target.repo,
    revs: ['--all'],
    mode: 'history',
    root: target.path,
    label: '--all',
    ...(cacheFile !== undefined ? { cacheFile, cacheInGitDir: cache === undefined } : {}),
    ...(hooks.onWarning ? { warn: hooks.onWarning } : {}),
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(readers !== undefined ? { readers } : {}),
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
              const hash = secretHashOf(m);
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
      hooks.onProgress?.('scanning', p);
    },
  });
  const scanned = hostile ? { ...ran, raw: ran.raw.map((r) => ({ ...r, inlineAllowed: false })) } : ran;
  // Verified later, once for all repositories: the same key in two of them is checked once.
  const result = await settle(scanned, { baseline: baseline ?? null });
  const defaultBranch = await findDefaultBranch(target.repo);

  hooks.onProgress?.('exposure', last);
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
