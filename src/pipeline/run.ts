/**
 * runScan: one source through the rules, with the configuration that applies to it, into findings
 * not yet suppressed. Every mode (files, standard input, history, staged, pre-push; the CLI, the
 * hooks and the Action) goes through here, then through settle (settle.ts).
 */
import { type Config, findConfig } from '../config/config.js';
import { CompiledRules } from '../engine/compiled-rules.js';
import { loadPatterns } from '../patterns/load.js';
import type { Rule, ScanStats, SkippedPath } from '../types.js';
import { type RawFinding, toFindings } from './findings.js';
import type { ScanProgress, Source } from './source.js';

export interface RunOptions {
  /** Default: the built-in rules. */
  rules?: Rule[];
  /** Default: the configuration that applies to the source (see config/config.ts). */
  config?: Config;
  /** An explicit configuration file, used when `config` is not given. */
  configFile?: string;
  include?: string[];
  exclude?: string[];
  onProgress?: (progress: ScanProgress) => void;
}

/** A scan's findings before suppression, with what shaped them. */
export interface Scanned {
  scan: ScanStats;
  raw: RawFinding[];
  rules: Rule[];
  config: Config;
}

const byPath = (a: SkippedPath, b: SkippedPath): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export async function runScan(source: Source, options: RunOptions = {}): Promise<Scanned> {
  const started = performance.now();
  const rules = options.rules ?? loadPatterns();
  const config = options.config ?? findConfig(source.configRoot, options.configFile);
  const raw: RawFinding[] = [];
  const skipped: SkippedPath[] = [];
  // One finding per secret per file, for sources that say which file a blob is a version of.
  const reportedInFile = new Set<string>();
  const totals = await source.scan(
    new CompiledRules(rules),
    { include: options.include ?? [], exclude: [...(options.exclude ?? []), ...config.exclude] },
    {
      matches: (matches, where) => {
        for (const found of toFindings(matches, where.path, where.commit)) {
          if (where.file !== undefined) {
            const key = `${found.finding.secretHash}\0${where.file}`;
            if (reportedInFile.has(key)) continue;
            reportedInFile.add(key);
          }
          raw.push(found);
        }
      },
      skipped: (skip) => skipped.push(skip),
      progress: (progress) => options.onProgress?.(progress),
    },
  );
  const scan: ScanStats = {
    mode: source.mode,
    root: source.root,
    config: config.file,
    bytesScanned: totals.bytes,
    filesScanned: totals.files,
    commitsScanned: totals.commits,
    blobsScanned: totals.blobs,
    skipped: skipped.sort(byPath),
    durationMs: Math.round(performance.now() - started),
    ...(totals.shallow !== undefined ? { shallow: totals.shallow } : {}),
    ...(totals.revisions !== undefined ? { revisions: totals.revisions } : {}),
    ...(totals.ignored !== undefined ? { ignored: totals.ignored.count, ignoredPaths: totals.ignored.paths } : {}),
  };
  return { scan, raw, rules, config };
}
