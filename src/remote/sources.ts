/**
 * What `pdguard audit` is pointed at beyond local paths: repository URLs and GitHub owners, turned
 * first into a plan (the repositories, `audit --list` prints it), then into local bare clones under
 * `--clone-dir` that the audit reads as it reads any bare repository. Several clones at once (the
 * network is the wait); a repository that cannot be cloned is listed, the others go on.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Unaudited } from '../audit/model.js';
import { remoteName } from '../audit/forge.js';
import { PdguardError } from '../errors.js';
import { formatSize } from '../util/size.js';
import { plural } from '../report/present.js';
import { cloneOrFetch, diskUsage, type Token } from './clone.js';
import { listGithubRepositories } from './github.js';
import { clonePath, gitOriginOfApi, parseRemoteUrl, type RemoteUrl } from './url.js';

export const DEFAULT_GITHUB_API = 'https://api.github.com';

export interface RemoteOptions {
  /** Where clones live (the CLI's default: the user's cache directory). */
  cloneDir: string;
  /** Keep the clones after the audit (the next audit then fetches only what changed). */
  keep: boolean;
  maxCloneBytes?: number;
  /** The token: sent to the GitHub API base and to git only on the git host that goes with it. */
  token?: string;
  apiUrl: string;
  owners: { kind: 'org' | 'user'; name: string }[];
  includeForks: boolean;
  includeArchived: boolean;
  /** The longest the GitHub listing waits for rate limits, in all. */
  maxWaitMs: number;
  /** Clones made at once (default: the cores, at most 4). */
  concurrency?: number;
  onNotice?: (message: string) => void;
  onClone?: (progress: { done: number; total: number; name: string }) => void;
}

export interface PlannedRepository {
  /** `owner/name` (or the URL's last part). */
  name: string;
  remote: RemoteUrl;
  /** What the forge says the repository takes, when it says. */
  bytes: number | null;
}

export interface Plan {
  repositories: PlannedRepository[];
  unaudited: Unaudited[];
}

/** The repositories the URLs and GitHub owners name, in that order, each once. URLs are checked first: a bad one is a usage error before any work. */
export async function planRemote(urls: readonly string[], options: RemoteOptions): Promise<Plan> {
  const fromUrls = urls.map((url) => parseRemoteUrl(url));
  const plan: Plan = { repositories: [], unaudited: [] };
  for (const remote of fromUrls) plan.repositories.push({ name: remoteName(remote.url) ?? remote.path.replace(/\.git\/?$/, '').split('/').pop() ?? remote.url, remote, bytes: null });
  for (const owner of options.owners) {
    const listing = await listGithubRepositories({
      owner,
      apiUrl: options.apiUrl,
      ...(options.token !== undefined ? { token: options.token } : {}),
      includeForks: options.includeForks,
      includeArchived: options.includeArchived,
      maxWaitMs: options.maxWaitMs,
      ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    });
    const { forks, archived } = listing.leftOut;
    if (forks || archived) {
      const parts = [forks ? `${forks} fork${forks === 1 ? '' : 's'} (--include-forks)` : '', archived ? `${archived} archived (--exclude-archived was given)` : ''].filter(Boolean);
      options.onNotice?.(`${owner.name}: left out ${parts.join(' and ')}`);
    }
    plan.unaudited.push(...listing.unaudited);
    for (const r of listing.repositories) plan.repositories.push({ name: r.name, remote: parseRemoteUrl(r.cloneUrl), bytes: r.bytes });
  }
  // The same repository named twice (a URL and its organisation) is cloned and audited once.
  const seen = new Set<string>();
  plan.repositories = plan.repositories.filter((r) => {
    const key = clonePath(options.cloneDir, r.remote);
    return !seen.has(key) && seen.add(key);
  });
  return plan;
}

export interface Clone {
  name: string;
  /** The URL as the report shows it (never with a password: url.ts refuses those). */
  url: string;
  dir: string;
}

export interface Clones {
  clones: Clone[];
  unaudited: Unaudited[];
  /** The clones' disk use after cloning. */
  bytes: number;
  /** Removes the clones unless they are kept (--no-keep): call once the audit has read them. */
  release(): void;
}

/** Clones (or brings up to date) every planned repository, a few at once; failures are listed. */
export async function cloneAll(plan: Plan, options: RemoteOptions): Promise<Clones> {
  const token: Token | undefined = options.token ? { origin: gitOriginOfApi(options.apiUrl), value: options.token } : undefined;
  const results: (Clone | Unaudited)[] = new Array(plan.repositories.length);
  let next = 0;
  let done = 0;
  const limit = Math.max(1, Math.min(options.concurrency ?? Math.min(4, availableParallelism()), plan.repositories.length));
  const worker = async (): Promise<void> => {
    while (next < plan.repositories.length) {
      const i = next++;
      const planned = plan.repositories[i]!;
      results[i] = await cloneOne(planned, options, token);
      options.onClone?.({ done: ++done, total: plan.repositories.length, name: planned.name });
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  const clones = results.filter((r): r is Clone => 'dir' in r);
  const bytes = clones.reduce((sum, c) => sum + diskUsage(c.dir), 0);
  if (clones.length) {
    options.onNotice?.(`${plural(clones.length, 'clone')} in ${options.cloneDir} ${clones.length === 1 ? 'takes' : 'take'} ${formatSize(bytes)}${options.keep ? ` (kept for the next audit; --no-keep removes ${clones.length === 1 ? 'it' : 'them'})` : ' (removed after the audit)'}`);
  }
  return {
    clones,
    unaudited: [...plan.unaudited, ...results.filter((r): r is Unaudited => !('dir' in r))],
    bytes,
    release: () => {
      if (options.keep) return;
      for (const c of clones) rmSync(c.dir, { recursive: true, force: true });
    },
  };
}

async function cloneOne(planned: PlannedRepository, options: RemoteOptions, token: Token | undefined): Promise<Clone | Unaudited> {
  const max = options.maxCloneBytes;
  if (max !== undefined && planned.bytes !== null && planned.bytes > max) {
    return { path: planned.remote.url, reason: `skipped: GitHub says it takes ${formatSize(planned.bytes)}, more than --max-clone-size ${formatSize(max)}` };
  }
  const dir = clonePath(options.cloneDir, planned.remote);
  try {
    await cloneOrFetch({ remote: planned.remote, dir, ...(token ? { token } : {}), ...(max !== undefined ? { maxBytes: max } : {}) });
    return { name: planned.name, url: planned.remote.url, dir };
  } catch (error) {
    // One repository git cannot clone does not stop the others; anything else is a bug, not a skip.
    if (!(error instanceof PdguardError)) throw error;
    return { path: planned.remote.url, reason: error.message };
  }
}
