/**
 * The repositories of a GitHub organisation or user, through the REST API (`GET /orgs/{org}/repos`,
 * `GET /users/{user}/repos`), every page of them (the `Link: <…>; rel="next"` header).
 *
 * The token is sent only to the API base the user named (`--github-api-url`): a `next` link to
 * another origin is not followed, and redirects are not followed at all (a redirect could carry the
 * Authorization header elsewhere). A clone URL the API returns is used only on the git host that
 * goes with that API base (url.ts gitOriginOfApi); another is listed, never cloned. Rate limits
 * (403 with `x-ratelimit-remaining: 0`, 429, `retry-after`) are waited out when the wait fits in
 * `maxWaitMs` over the whole listing, and said; past that the listing stops and says why.
 */
import type { Unaudited } from '../audit/model.js';
import { PdguardError } from '../errors.js';
import { gitOriginOfApi, parseRemoteUrl, redactUserInfo } from './url.js';

export interface ListedRepository {
  /** `owner/name`. */
  name: string;
  cloneUrl: string;
  /** What the API says the repository takes (its `size`, in KB), in bytes; null when it does not say. */
  bytes: number | null;
  fork: boolean;
  archived: boolean;
  private: boolean;
}

export interface GithubListingOptions {
  owner: { kind: 'org' | 'user'; name: string };
  apiUrl: string;
  token?: string;
  includeForks: boolean;
  includeArchived: boolean;
  /** The longest the listing may spend waiting for rate limits, in all. */
  maxWaitMs: number;
  /** For tests: no clock. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onNotice?: (message: string) => void;
}

export interface GithubListing {
  repositories: ListedRepository[];
  /** Repositories not audited (another host's clone URL) and a listing that stopped part way. */
  unaudited: Unaudited[];
  /** Forks and archived repositories left out, as asked. */
  leftOut: { forks: number; archived: number };
}

/** How long one page may take: an API that stalls ends the listing (said), not the audit. */
const REQUEST_TIMEOUT_MS = 60_000;

/** Pages at most: 100 repositories a page, 100,000 repositories. */
const MAX_PAGES = 1000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1]!;
  }
  return null;
}

/** How long a rate-limited answer asks to wait (ms), or null when the answer is not a rate limit. */
export function rateLimitWait(status: number, headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after');
  const exhausted = headers.get('x-ratelimit-remaining') === '0';
  if (status !== 429 && !(status === 403 && (exhausted || retryAfter !== null))) return null;
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  const reset = headers.get('x-ratelimit-reset');
  if (reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset.trim()) * 1000 - now);
  // GitHub's advice for a secondary limit that names no time: a minute.
  return 60_000;
}

class ListingStopped extends PdguardError {}

export async function listGithubRepositories(options: GithubListingOptions): Promise<GithubListing> {
  const sleep = options.sleep ?? delay;
  const now = options.now ?? Date.now;
  const base = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
  const gitOrigin = gitOriginOfApi(options.apiUrl);
  const { kind, name } = options.owner;
  const what = `${kind === 'org' ? 'organisation' : 'user'} ${name}`;
  const first = new URL(`${kind === 'org' ? 'orgs' : 'users'}/${encodeURIComponent(name)}/repos`, base);
  first.searchParams.set('per_page', '100');
  first.searchParams.set('type', kind === 'org' ? 'all' : 'owner');
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'pdguard' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  const listing: GithubListing = { repositories: [], unaudited: [], leftOut: { forks: 0, archived: 0 } };
  let waited = 0;
  let url: string | null = first.toString();
  try {
    for (let page = 1; url !== null; page++) {
      if (page > MAX_PAGES) throw new ListingStopped(`more than ${MAX_PAGES} pages`);
      if (new URL(url).origin !== base.origin) throw new ListingStopped(`the next page is on another host (${redactUserInfo(new URL(url).origin)}), where the token is not sent`);
      const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch((error: unknown) => {
        throw new ListingStopped(`cannot reach ${base.origin}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
      });
      const wait = rateLimitWait(response.status, response.headers, now());
      if (wait !== null) {
        await response.body?.cancel();
        if (waited + wait > options.maxWaitMs) {
          throw new ListingStopped(`rate limited (HTTP ${response.status}) for ${Math.ceil(wait / 1000)} s more, past the ${Math.ceil(options.maxWaitMs / 1000)} s pdguard waits; run again later${options.token ? '' : ' or set GITHUB_TOKEN'}`);
        }
        options.onNotice?.(`GitHub API rate limit (HTTP ${response.status}): waiting ${Math.ceil(wait / 1000)} s`);
        waited += wait;
        await sleep(wait);
        page--;
        continue;
      }
      if (response.status !== 200) {
        const body = await response.text().catch(() => '');
        const message = (() => {
          try {
            return String((JSON.parse(body) as { message?: unknown }).message ?? '');
          } catch {
            return '';
          }
        })();
        const hint = response.status === 404 ? `: no ${what} there (check the name${kind === 'org' ? ', or use --github-user' : ''})` : response.status === 401 ? ': the token was refused (check GITHUB_TOKEN)' : '';
        throw new ListingStopped(`HTTP ${response.status}${message ? ` ${JSON.stringify(message.slice(0, 200))}` : ''}${hint}`);
      }
      const body = (await response.json()) as unknown;
      if (!Array.isArray(body)) throw new ListingStopped('the API answered something other than a list of repositories');
      for (const item of body) collect(item, gitOrigin, options, listing);
      url = nextLink(response.headers.get('link'));
    }
  } catch (error) {
    if (!(error instanceof ListingStopped)) throw error;
    // What was listed is still audited; the listing itself is named as not audited (exit 2).
    listing.unaudited.push({ path: `github:${name}`, reason: `listing the ${what} stopped: ${error.message}` });
  }
  return listing;
}

function collect(item: unknown, gitOrigin: string, options: GithubListingOptions, listing: GithubListing): void {
  const r = item as Record<string, unknown>;
  const name = typeof r.full_name === 'string' ? r.full_name : null;
  const cloneUrl = typeof r.clone_url === 'string' ? r.clone_url : null;
  if (!name || !cloneUrl) {
    listing.unaudited.push({ path: `github:${name ?? '?'}`, reason: 'the API gave no full_name or clone_url for it' });
    return;
  }
  const fork = r.fork === true;
  const archived = r.archived === true;
  if (fork && !options.includeForks) {
    listing.leftOut.forks++;
    return;
  }
  if (archived && !options.includeArchived) {
    listing.leftOut.archived++;
    return;
  }
  let onHost = false;
  try {
    const remote = parseRemoteUrl(cloneUrl);
    onHost = (remote.transport === 'https' || remote.transport === 'http') && remote.origin === gitOrigin;
  } catch {
    onHost = false;
  }
  if (!onHost) {
    listing.unaudited.push({ path: name, reason: `its clone URL ${redactUserInfo(cloneUrl)} is not on ${gitOrigin}, the host named: not cloned` });
    return;
  }
  const size = typeof r.size === 'number' && Number.isFinite(r.size) && r.size >= 0 ? r.size * 1024 : null;
  listing.repositories.push({ name, cloneUrl, bytes: size, fork, archived, private: r.private === true });
}
