/**
 * What a push destination is known to have, for the pre-push hook. git tells the hook the
 * destination's current value of every ref being pushed (the remote sha of each line); beyond
 * those, only a named remote's remote-tracking refs say what it holds, and only when the push
 * goes where that remote fetches from. Anything less certain counts as unknown: the hook then
 * scans more, never less.
 */
import type { Repo } from './repo.js';
import { runGit } from './process.js';

/** A URL's user and password (a token, often) never reach a debug line. */
function withoutUserInfo(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

interface RemoteConfig {
  name: string;
  /** The local refs its fetch refspecs write (patterns with `*`, or exact refs). */
  trackingRefs: string[];
}

/** The destination side of a fetch refspec (`+refs/heads/*:refs/remotes/origin/*`), if it has one. */
function refspecDestination(refspec: string): string | null {
  const spec = refspec.replace(/^\+/, '');
  if (spec.startsWith('^')) return null; // a negative refspec writes nothing
  const colon = spec.indexOf(':');
  const dst = colon < 0 ? '' : spec.slice(colon + 1);
  return dst.startsWith('refs/') ? dst : null;
}

/** Every remote's fetch destinations, from `git config -z` (names may hold dots, slashes, spaces). */
async function remotesConfig(repo: Repo): Promise<RemoteConfig[]> {
  const run = await runGit(repo.dir, ['config', '-z', '--get-regexp', '^remote\\..*\\.fetch$']);
  const remotes = new Map<string, RemoteConfig>();
  for (const entry of run.stdout.split('\0')) {
    const newline = entry.indexOf('\n');
    if (newline < 0) continue;
    const key = entry.slice(0, newline);
    const name = key.slice('remote.'.length, -'.fetch'.length);
    const dst = refspecDestination(entry.slice(newline + 1));
    if (!remotes.has(name)) remotes.set(name, { name, trackingRefs: [] });
    if (dst) remotes.get(name)!.trackingRefs.push(dst);
  }
  return [...remotes.values()];
}

async function urls(repo: Repo, name: string, push: boolean): Promise<string[] | null> {
  const run = await runGit(repo.dir, ['remote', 'get-url', ...(push ? ['--push'] : []), '--all', '--', name]);
  if (run.code !== 0) return null;
  return run.stdout.split('\n').filter((l) => l !== '');
}

/**
 * A glob (`--glob`/`--exclude`) that matches exactly `ref`: without a wildcard, `--glob` would
 * add `/*`. Ref names cannot hold `*`, `?`, `[` or `\` (git check-ref-format), so nothing else needs escaping.
 */
function exactGlob(ref: string): string {
  return ref.includes('*') ? ref : `${ref.slice(0, -1)}[${ref.slice(-1)}]`;
}

/**
 * Revision arguments (after `--not`) naming the refs the destination is known to have: the
 * remote-tracking refs of `remote`, when it is a configured remote, the push goes to the URL it
 * fetches from (`url`, as git gives the hook, else every push URL of the remote), and no other
 * remote's refspecs write the same refs. Empty when the destination's refs are unknown (a push
 * to a URL, a remote whose push URL differs from its fetch URL, no remote named).
 */
export async function destinationRefs(repo: Repo, remote: string | undefined, url: string | undefined): Promise<{ revs: string[]; why: string }> {
  if (remote === undefined || remote === '') return { revs: [], why: 'no remote named: every pushed commit the destination lacks by its refs is scanned' };
  const all = await remotesConfig(repo);
  const self = all.find((r) => r.name === remote);
  const unknown = (why: string) => ({ revs: [], why });
  if (!self) return unknown(`'${withoutUserInfo(remote)}' is not a configured remote (a URL): its refs are unknown`);
  const fetchUrls = await urls(repo, remote, false);
  const pushUrls = await urls(repo, remote, true);
  const fetchUrl = fetchUrls?.[0];
  if (!fetchUrl || !pushUrls) return unknown(`the URLs of remote '${remote}' are unknown`);
  const destinations = url !== undefined && url !== '' ? [url] : pushUrls;
  if (destinations.some((u) => u !== fetchUrl)) {
    return unknown(`remote '${remote}' pushes to another URL than it fetches from: its remote-tracking refs say nothing of the destination`);
  }
  const others = all.filter((r) => r !== self).flatMap((r) => r.trackingRefs.map(exactGlob));
  const revs = self.trackingRefs.flatMap((ref) => [...others.map((o) => `--exclude=${o}`), `--glob=${exactGlob(ref)}`]);
  return { revs, why: `the remote-tracking refs of '${remote}'` };
}
