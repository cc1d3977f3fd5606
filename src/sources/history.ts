/**
 * Git history as a source, in two passes so that a full audit costs about what git takes to list
 * and inflate the blobs:
 *
 * 1. scan: every unique blob the selected commits reach (`git rev-list --objects`), once, streamed
 *    from one `git cat-file --batch` (history/objects.ts);
 * 2. attribute: for the few blobs with findings only, every commit and path where they appear, in
 *    `git log --reverse --topo-order` order, so that the first commit to show a secret at a path is
 *    the one that introduced it (history/attribute.ts), and the file each path is a version of
 *    through renames (history/renames.ts).
 *
 * What diff-based scanners miss is still covered: a merge's own content (a conflict resolved with
 * new text) is in the merge's tree, `--all` includes commits reachable only from a tag, renames
 * are followed (one finding, at the first path), and a secret kept through many edits of a file is
 * reported once, at the commit that introduced it. The same secret in two files is two findings.
 */
import type { CompiledRules } from '../engine/compiled-rules.js';
import { BlobReader } from '../git/catfile.js';
import type { Repo } from '../git/repo.js';
import { findOccurrences } from '../history/attribute.js';
import { countCommits, listBlobs } from '../history/objects.js';
import { RenameTracker } from '../history/renames.js';
import { NOTHING_SCANNED, type SourceEvents, type SourceTotals, type Source } from '../pipeline/source.js';
import type { Match, ScanMode } from '../types.js';
import { pathFilter } from './globs.js';
import { scanningSink } from './read.js';

export interface HistorySourceOptions {
  repo: Repo;
  /** What is walked: ['--all'], tips and exclusions; none for nothing (a push of deletions only). */
  revs: string[];
  mode: ScanMode;
  /** The report's root, as the user named the repository. */
  root: string;
  /** What was walked, in the report's words. */
  label: string;
}

export function historySource(options: HistorySourceOptions): Source {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...(options.revs.length ? await scanHistoryBlobs(options.repo.dir, options.revs, rules, pathFilter(filters), events) : NOTHING_SCANNED),
      shallow: options.repo.shallow,
      revisions: options.label,
    }),
  };
}

async function scanHistoryBlobs(
  dir: string,
  revs: string[],
  rules: CompiledRules,
  wanted: (path: string) => boolean,
  events: SourceEvents,
): Promise<SourceTotals> {
  const commits = await countCommits(dir, revs);
  const totals: SourceTotals = { bytes: 0, files: 0, commits, blobs: 0 };
  const list = await listBlobs(dir, revs, () => false);
  for (const oid of list.missing) events.skipped(missingBlob(oid));
  const found = await scanBlobs(dir, list.oids, rules, totals, events);
  await attribute(dir, revs, found, wanted, events);
  return totals;
}

function missingBlob(oid: string) {
  return { path: `blob ${oid}`, kind: 'unreadable' as const, reason: 'unreadable: blob missing from the repository (a partial clone?)' };
}

/** Scan `oids` through one cat-file; the matches of those with findings. */
async function scanBlobs(dir: string, oids: readonly string[], rules: CompiledRules, totals: SourceTotals, events: SourceEvents): Promise<Map<string, Match[]>> {
  const found = new Map<string, Match[]>();
  const total = totals.blobs + oids.length;
  const reader = new BlobReader(dir);
  try {
    for (const oid of oids) {
      const more = reader.request(oid, {
        ...scanningSink(rules, (result, size) => {
          totals.blobs++;
          totals.bytes += size;
          if (result.kind === 'scanned' && result.matches.length) found.set(oid, result.matches);
          events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes, blobsTotal: total });
        }),
        missing: () => events.skipped(missingBlob(oid)),
      });
      // cat-file is behind: wait until it catches up (bounded memory).
      if (!more) await reader.drained();
    }
    await reader.close();
  } catch (error) {
    reader.kill();
    throw error;
  }
  return found;
}

/** Report each blob's matches at every place it appears, first at the commit that introduced it. */
async function attribute(dir: string, revs: string[], found: Map<string, Match[]>, wanted: (path: string) => boolean, events: SourceEvents): Promise<void> {
  if (found.size === 0) return;
  const renames = new RenameTracker(dir);
  for (const at of await findOccurrences(dir, revs, new Set(found.keys()))) {
    if (!wanted(at.path)) continue;
    const file = await renames.fileOf(at.path, at.commit.sha, at.added, at.merge);
    events.matches(found.get(at.blob)!, { path: at.path, commit: at.commit, file });
  }
}
