/**
 * `pdguard history`: git history, every unique blob once, each finding at the commit that
 * introduced it. Library entries the CLI and the Action stand on; they never touch argv or the
 * exit code.
 */
import { UsageError } from '../errors.js';
import { type Repo, openRepo } from '../git/repo.js';
import { rangeRevisions, requireCommit, resolveCommit } from '../git/revisions.js';
import { defaultCachePath } from '../history/cache.js';
import { runScan } from '../pipeline/run.js';
import { settle } from '../pipeline/settle.js';
import { reviewSettings } from '../review/review.js';
import type { SettingsFiles } from '../review/trusted.js';
import { historySource } from '../sources/history.js';
import type { ScanMode, ScanResult } from '../types.js';
import type { CommonOptions } from './scan.js';

export interface GitScanOptions extends CommonOptions {
  /** A directory inside the repository (default: the current directory). */
  repo?: string;
}

export interface HistoryOptions extends GitScanOptions {
  /** `A..B`, `A..`, `..B`, `A...B`: as git reads them (git/revisions.ts). */
  range?: string;
  /** Only the commits (on any ref) that REV does not already contain. */
  since?: string;
  /** Only the history one ref (a branch or a tag, or any revision) reaches, instead of every ref. */
  branch?: string;
  /**
   * The history cache (history/cache.ts): a file, or null for none. Default: a file inside the
   * repository's git directory.
   */
  cache?: string | null;
  /** Warnings for stderr (a cache that could not be used or written). */
  onWarning?: (message: string) => void;
  /** Blobs larger than this many bytes are listed as skipped, never inflated; default: no limit. */
  maxFileSize?: number;
  /**
   * Judge the scan as the review of a change whose base is `base` (`--review-base`): the
   * configuration and the files named in `files` or by it come from the base commit's objects,
   * never from the work tree, and pdguard:allow markers the change adds are not honoured (unless
   * the base's configuration says `inline-allow-in-pull-requests`). `rules`, `baseline`, `config`
   * and `configFile` are then ignored: they would come from the change.
   */
  review?: { base: string; files: SettingsFiles; onNote?: (note: string) => void };
}

/** Scan the commits `revs` selects in an opened repository. */
export async function scanRevisions(
  repo: Repo,
  revs: string[],
  mode: ScanMode,
  label: string,
  options: GitScanOptions,
  cache: { cacheFile?: string; cacheInGitDir?: boolean; warn?: (message: string) => void; maxFileSize?: number } = {},
): Promise<ScanResult> {
  const source = historySource({ repo, revs, mode, root: options.repo ?? '.', label, ...cache });
  return settle(await runScan(source, options), options);
}

/** Which commits `history` walks, checked first so that a typo fails before a long scan. */
async function historyRevisions(repo: Repo, options: HistoryOptions): Promise<{ revs: string[]; label: string }> {
  const chosen = (['range', 'since', 'branch'] as const).filter((name) => options[name] !== undefined);
  if (chosen.length > 1) throw new UsageError(`${chosen.map((name) => `--${name}`).join(' and ')} cannot be used together`);
  if (options.branch !== undefined) {
    const sha = await requireCommit(repo, options.branch, '--branch');
    return { revs: [sha], label: options.branch };
  }
  if (options.review !== undefined) {
    // A change under review, with nothing else named: what HEAD adds to its base.
    const base = await requireCommit(repo, options.review.base, '--review-base');
    return { revs: await rangeRevisions(repo, `${base}..HEAD`), label: `${options.review.base}..HEAD` };
  }
  if (options.range !== undefined) {
    return { revs: await rangeRevisions(repo, options.range), label: options.range };
  }
  if (options.since !== undefined) {
    const sha = await requireCommit(repo, options.since, '--since');
    return { revs: ['--all', `^${sha}`], label: `--all since ${options.since}` };
  }
  return { revs: ['--all'], label: '--all' };
}

/** The settings of a reviewed change (see HistoryOptions.review), over the options the caller gave. */
async function reviewed(repo: Repo, revs: string[], options: HistoryOptions, review: NonNullable<HistoryOptions['review']>): Promise<HistoryOptions> {
  const base = await requireCommit(repo, review.base, '--review-base');
  // The change's tip: the range's (its first commit named without ^), else HEAD. Without one, every
  // commit a marker comes from counts as the change's.
  const tip = revs.length === 2 && revs[1]!.startsWith('^') && /^[0-9a-f]{40,64}$/.test(revs[0]!) ? revs[0]! : options.range === undefined ? await resolveCommit(repo, 'HEAD') : null;
  const settings = await reviewSettings({ top: repo.dir, base, head: tip, scannedRoot: repo.dir, files: review.files, toRepoPath: (path) => path });
  for (const note of settings.notes) review.onNote?.(note);
  const { configFile: _ignored, ...rest } = options;
  return { ...rest, rules: settings.rules, baseline: settings.baseline, config: settings.config, inlineReview: settings.inlineReview };
}

export async function scanHistory(options: HistoryOptions = {}): Promise<ScanResult> {
  const repo = await openRepo(options.repo ?? '.');
  const { revs, label } = await historyRevisions(repo, options);
  if (options.review) options = await reviewed(repo, revs, options, options.review);
  const cacheFile = options.cache === null ? undefined : options.cache ?? defaultCachePath(repo.gitDir);
  return scanRevisions(repo, revs, 'history', label, options, {
    ...(cacheFile !== undefined ? { cacheFile, cacheInGitDir: options.cache === undefined } : {}),
    ...(options.onWarning ? { warn: options.onWarning } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  });
}
