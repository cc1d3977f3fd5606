/**
 * `pre-push`: git's pre-push hook gets one line per ref being pushed,
 * `<local ref> <local sha> <remote ref> <remote sha>`, and the destination as arguments (a remote's
 * name and URL, or the URL twice). What is scanned is what the destination lacks: the pushed
 * commits not reachable from any remote sha of the push (the destination's current refs, as git
 * just read them) nor, when they are known to mirror it, from the destination's remote-tracking
 * refs (git/remote.ts). Never `--not --remotes`: a commit on another remote (a private origin) is
 * not on this destination (a public fork). A deletion scans nothing.
 */
import { InputError, UsageError } from '../errors.js';
import { destinationRefs } from '../git/remote.js';
import { openRepo } from '../git/repo.js';
import { resolveCommit } from '../git/revisions.js';
import type { ScanResult } from '../types.js';
import { type GitScanOptions, scanRevisions } from './history.js';

export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function parsePrePushLines(text: string): PushUpdate[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const parts = line.split(/\s+/);
      if (parts.length !== 4 || !SHA.test(parts[1]!) || !SHA.test(parts[3]!)) {
        throw new UsageError(`not a git pre-push line: '${line.slice(0, 200)}' (expected '<local ref> <local sha> <remote ref> <remote sha>')`);
      }
      const [localRef, localSha, remoteRef, remoteSha] = parts as [string, string, string, string];
      return { localRef, localSha, remoteRef, remoteSha };
    });
}

export interface PrePushOptions extends GitScanOptions {
  updates: PushUpdate[];
  /** The destination's name as git passes it (a remote's name, or a URL). */
  remote?: string;
  /** The URL git pushes to (the hook's second argument). */
  url?: string;
  /** Told what the destination is known to have (for --debug). */
  debug?: (line: string) => void;
}

export async function scanPrePush(options: PrePushOptions): Promise<ScanResult> {
  const repo = await openRepo(options.repo ?? '.');
  const tips: string[] = [];
  const known: string[] = [];
  for (const update of options.updates) {
    if (ZERO.test(update.localSha)) continue; // a deletion pushes no commits
    // Resolved, never passed to git as given: a value starting with '-' must not become an option.
    const tip = await resolveCommit(repo, update.localSha);
    if (!tip) throw new InputError(`the pushed commit '${update.localSha}' is not in this repository`);
    tips.push(tip);
    // The remote's commit, when we have it, bounds what is new; after a force push or without a
    // fetch we may not have it, and the remote-tracking refs below bound it instead.
    if (!ZERO.test(update.remoteSha) && (await resolveCommit(repo, update.remoteSha))) known.push(`^${update.remoteSha}`);
  }
  const label = options.updates.map((u) => `${u.localRef}→${u.remoteRef}`).join(', ') || 'nothing';
  // Nothing pushed (only deletions): no revisions, nothing to walk.
  if (tips.length === 0) return scanRevisions(repo, [], 'pre-push', label, options);
  const destination = await destinationRefs(repo, options.remote, options.url);
  options.debug?.(`pre-push: scanning the pushed commits not reachable from the push's remote shas (${known.length}) nor from ${destination.revs.length ? destination.why : `other refs (${destination.why})`}`);
  return scanRevisions(repo, [...tips, ...known, ...(destination.revs.length ? ['--not', ...destination.revs] : [])], 'pre-push', label, options);
}
