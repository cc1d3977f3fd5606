/**
 * `history` and `pre-push`: git history through the engine and the suppressions, into one
 * ScanResult. Library entries the CLI stands on; they never touch argv or the exit code.
 */
import { type Config, findConfig } from './config.js';
import { Engine } from './engine/stream.js';
import { UsageError } from './errors.js';
import { compareFindings } from './findings.js';
import { type Repo, openRepo } from './git/repo.js';
import { requireCommit } from './git/revisions.js';
import { loadPatterns } from './patterns/load.js';
import { type HistoryProgress, scanHistoryBlobs } from './sources/history.js';
import { applySuppressions } from './suppress/suppress.js';
import type { Rule, ScanMode, ScanResult } from './types.js';

export interface GitScanOptions {
  /** A directory inside the repository (default: the current directory). */
  repo?: string;
  rules?: Rule[];
  config?: Config;
  configFile?: string;
  baseline?: Set<string> | null;
  include?: string[];
  exclude?: string[];
  onProgress?: (progress: HistoryProgress) => void;
}

export interface HistoryOptions extends GitScanOptions {
  /** `A..B`: only the commits in B that are not in A. */
  range?: string;
  /** Only the commits (on any ref) that REV does not already contain. */
  since?: string;
}

/** Scan the commits `revs` selects in an opened repository. */
export async function scanRevisions(repo: Repo, revs: string[], mode: ScanMode, label: string, options: GitScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const rules = options.rules ?? loadPatterns();
  const config = options.config ?? findConfig(repo.dir, options.configFile);
  const outcome = await scanHistoryBlobs({
    dir: repo.dir,
    revs,
    engine: new Engine(rules),
    exclude: [...(options.exclude ?? []), ...config.exclude],
    include: options.include ?? [],
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { findings, suppressed } = applySuppressions(outcome.raw, { config, baseline: options.baseline ?? null });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return {
    scan: {
      mode,
      root: options.repo ?? '.',
      bytesScanned: outcome.bytes,
      filesScanned: 0,
      commitsScanned: outcome.commits,
      blobsScanned: outcome.blobs,
      skipped: outcome.skipped,
      durationMs: Math.round(performance.now() - started),
      shallow: repo.shallow,
      revisions: label,
    },
    findings,
    suppressed,
    incomplete: outcome.incomplete,
    rules,
  };
}

/** Which commits `history` walks, checked first so that a typo fails before a long scan. */
async function historyRevisions(repo: Repo, options: HistoryOptions): Promise<{ revs: string[]; label: string }> {
  if (options.range !== undefined && options.since !== undefined) throw new UsageError('--range and --since cannot be used together');
  if (options.range !== undefined) {
    const parts = options.range.split(/\.{2,3}/);
    if (parts.length !== 2 || !parts[0] || !parts[1] || options.range.includes('...')) {
      throw new UsageError(`--range takes A..B (got '${options.range}')`);
    }
    const [base, tip] = parts as [string, string];
    const baseSha = await requireCommit(repo, base, 'the range base');
    const tipSha = await requireCommit(repo, tip, 'the range tip');
    return { revs: [tipSha, `^${baseSha}`], label: options.range };
  }
  if (options.since !== undefined) {
    const sha = await requireCommit(repo, options.since, '--since');
    return { revs: ['--all', `^${sha}`], label: `--all since ${options.since}` };
  }
  return { revs: ['--all'], label: '--all' };
}

export async function scanHistory(options: HistoryOptions = {}): Promise<ScanResult> {
  const repo = await openRepo(options.repo ?? '.');
  const { revs, label } = await historyRevisions(repo, options);
  return scanRevisions(repo, revs, 'history', label, options);
}
