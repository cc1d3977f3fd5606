/**
 * Which `pdguard:allow` markers a change under review added. A marker is the base's only where the
 * base commit already allows the same secret in the same file on at least as many lines: the
 * base's version of the file is read from its objects and scanned with the same rules, so the
 * answer comes from content decoded as the engine decodes it (any encoding, any line ending), not
 * from git's line diff, and does not depend on where lines moved. So these are the change's: a
 * marker added on a key's line or on the line before it; a marker added above a key the base
 * already had; a new key put under a marker the base had for another value; one more allowed
 * occurrence than the base had; a file copied or renamed with its marker. In a history scan only
 * the change's commits count: those the head has and the base has not (a whole-history scan also
 * walks other branches, judged on their own reviews). What cannot be told (a path outside the
 * repository, a base file or a commit's ancestry that cannot be read) counts as the change's.
 */
import { CompiledRules } from '../engine/compiled-rules.js';
import { runGit } from '../git/process.js';
import { type RawFinding, secretHashOf } from '../pipeline/findings.js';
import { ContentScanner, evidencePath } from '../sources/read.js';
import type { InlineReview } from '../suppress/suppress.js';
import { BaseCommit } from './base-commit.js';

export interface AddedMarkersOptions {
  /** The repository's top. */
  top: string;
  /** The base commit (present in the checkout). */
  base: string;
  /** The change's tip, when known. */
  head: string | null;
  /** A finding's path → its path in the repository (`/`-separated), or null when it is outside. */
  toRepoPath(path: string): string | null;
  /** The base's configuration sets inline-allow-in-pull-requests. */
  honour: boolean;
}

export function addedMarkers(options: AddedMarkersOptions): InlineReview {
  return {
    honour: options.honour,
    added: async (allowed, rules) => {
      const added = new Set<RawFinding>();
      if (allowed.length === 0) return added;
      const commit = new BaseCommit(options.top, options.base);
      const changes = new Map<string, Promise<boolean>>();
      const allowedInBase = new Map<string, Promise<Map<string, number> | null>>();
      const compiled = new CompiledRules(rules);
      for (const raw of allowed) {
        const sha = raw.finding.commit?.sha;
        if (sha !== undefined) {
          if (!changes.has(sha)) changes.set(sha, isTheChanges(options.top, sha, options.base, options.head));
          if (!(await changes.get(sha))) continue;
        }
        const path = options.toRepoPath(raw.finding.path);
        let counts: Map<string, number> | null = null;
        if (path !== null) {
          if (!allowedInBase.has(path)) allowedInBase.set(path, allowedLines(commit, path, compiled));
          counts = await allowedInBase.get(path)!;
        }
        if ((counts?.get(raw.finding.secretHash) ?? 0) < (raw.allowedLines ?? 1)) added.add(raw);
      }
      return added;
    },
  };
}

/** `git merge-base --is-ancestor`: null when git cannot tell. */
async function isAncestor(top: string, ancestor: string, descendant: string): Promise<boolean | null> {
  const run = await runGit(top, ['merge-base', '--is-ancestor', ancestor, descendant]);
  return run.code === 0 ? true : run.code === 1 ? false : null;
}

/** Whether `sha` is one of the change's commits: not in the base, and in the head when it is known. */
async function isTheChanges(top: string, sha: string, base: string, head: string | null): Promise<boolean> {
  if ((await isAncestor(top, sha, base)) === true) return false;
  return head === null || (await isAncestor(top, sha, head)) !== false;
}

/** Secret hash → on how many lines a marker allows it, in the base's version of `path`; null when it cannot be read. */
async function allowedLines(commit: BaseCommit, path: string, rules: CompiledRules): Promise<Map<string, number> | null> {
  const counts = new Map<string, number>();
  try {
    const entry = await commit.entry(path);
    if (entry === null || entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) return counts;
    const content = new ContentScanner(rules, evidencePath(path));
    await commit.stream(entry.oid, (data) => content.push(data), path);
    const outcome = content.end();
    if (outcome.kind !== 'scanned') return counts;
    for (const match of outcome.matches) {
      if (!match.inlineAllowed) continue;
      const hash = secretHashOf(match);
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
    return counts;
  } catch {
    return null;
  }
}
