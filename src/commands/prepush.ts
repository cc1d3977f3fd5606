/**
 * `pre-push`: git's pre-push hook gets one line per ref being pushed,
 * `<local ref> <local sha> <remote ref> <remote sha>`. Only the commits being pushed are scanned:
 * for an existing branch those the remote's commit lacks, for a new branch those that no
 * remote-tracking ref of that remote has, for a deletion none.
 */
import { InputError, UsageError } from '../errors.js';
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
  /** The remote's name as git passes it: its remote-tracking refs count as already pushed. */
  remote?: string;
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
  const remotes = options.remote && /^[A-Za-z0-9._-]+$/.test(options.remote) ? `--remotes=${options.remote}` : '--remotes';
  return scanRevisions(repo, [...tips, ...known, '--not', remotes], 'pre-push', label, options);
}
