/**
 * The one contract every mode keeps: a source streams files or blobs through the compiled rules
 * and tells the scan what it found, where (its provenance), and what it had to leave out. Files,
 * standard input, git history, the index and pushed commits are all sources; runScan (run.ts)
 * turns what they tell into one result, whichever it was.
 */
import type { CompiledRules } from '../engine/compiled-rules.js';
import type { CommitInfo, Match, ScanMode, SkippedPath } from '../types.js';

/** Content that could not be read may hold a credential: its scan is incomplete (exit 2). */
export const isUnreadable = (skip: SkippedPath): boolean => skip.kind === 'unreadable';

/** Where matches were found. */
export interface Provenance {
  /** Relative to the scanned root (history: the path at that commit), with `/`. */
  path: string;
  /** History: the commit that introduced this content at this path. */
  commit?: CommitInfo;
  /**
   * History: the file this content is a version of (its first path through renames). A secret is
   * then reported once per file; without it, once per line, as the engine reports it.
   */
  file?: string;
  /** History: the blob this content is (the audit decides where a credential is today by it). */
  blob?: string;
}

export interface ScanProgress {
  commits: number;
  blobs: number;
  bytes: number;
  /** History: how many blobs this run scans in all, once known (for a total and an ETA). */
  blobsTotal?: number;
}

export interface SourceEvents {
  /** The matches of one file or blob at one place (the same blob may be reported at several). */
  matches(matches: readonly Match[], where: Provenance): void;
  /** Something left out, and why; an `unreadable` skip makes the scan incomplete. */
  skipped(skip: SkippedPath): void;
  /** Now and then, for a progress line. */
  progress(progress: ScanProgress): void;
}

/** Globs relative to the scanned root (sources/globs.ts). */
export interface PathFilters {
  /** Only matching files are scanned; all when empty. */
  include: readonly string[];
  /** Matching files (and directories) are left out. */
  exclude: readonly string[];
}

/** What a source counted, for the report's `scan` section. */
export interface SourceTotals {
  bytes: number;
  files: number;
  commits: number;
  blobs: number;
  /** Git sources: the repository is a shallow clone, so history before its boundary was not seen. */
  shallow?: boolean;
  /** Git sources: what was walked (`--all`, a range, the commits being pushed). */
  revisions?: string;
  /** History: what the history cache vouched for instead of this run (commits not walked again, clean blobs not read again). */
  cached?: { commits: number; blobs: number };
  /** Files: what .gitignore left out (a folder counts once), and the first of them by name. */
  ignored?: { count: number; paths: string[] };
  /** What the source could not learn, and how it made up for it (by scanning more): for stderr and the report. */
  warnings?: string[];
}

export interface Source {
  readonly mode: ScanMode;
  /** The root shown in reports, as the user named it. */
  readonly root: string;
  /** Where the configuration applies from: the scanned directory, or the repository's top. */
  readonly configRoot: string;
  scan(rules: CompiledRules, filters: PathFilters, events: SourceEvents): Promise<SourceTotals>;
}

/** Counts for a source that found nothing to scan (a push that deletes a branch). */
export const NOTHING_SCANNED: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: 0 };

/** A source with nothing in it (an event that brings no commits), so that even that result comes through runScan. */
export function nothingToScan(mode: ScanMode, root: string, configRoot: string, why: string): Source {
  return { mode, root, configRoot, scan: async () => ({ ...NOTHING_SCANNED, revisions: why }) };
}
