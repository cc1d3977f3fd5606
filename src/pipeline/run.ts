/**
 * runScan: one source through the rules, with the configuration that applies to it, into findings
 * not yet suppressed. Every mode (files, standard input, history, staged, pre-push; the CLI, the
 * hooks and the Action) goes through here, then through settle (settle.ts).
 */
import { type Config, findConfig } from '../config/config.js';
import { selectRules } from '../config/rules.js';
import { CompiledRules } from '../engine/compiled-rules.js';
import { loadPatterns } from '../patterns/load.js';
import { globMatcher } from '../sources/globs.js';
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
  /** `--enable-rule`: run only these rule ids. */
  enableRules?: string[];
  /** `--disable-rule`: leave these rule ids out (as `.pdguard.yaml` `rules.disable` does). */
  disableRules?: string[];
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
  const config = options.config ?? findConfig(source.configRoot, options.configFile);
  // The configuration's pattern files and rule selection apply to every front end alike.
  const rules = selectRules(options.rules ?? loadPatterns(), config, { enable: options.enableRules ?? [], disable: options.disableRules ?? [] });
  const raw: RawFinding[] = [];
  const skipped: SkippedPath[] = [];
  // History reports one finding per secret per file, chosen after suppression (suppress.ts). Of the
  // occurrences of a secret in a file, those that every suppression treats alike (same fingerprint,
  // same marker) are kept once, the earliest: a secret kept through thousands of commits holds as
  // many findings as it has distinct places, not one per commit.
  const seenInFile = new Set<string>();
  // Paths the configuration excludes are still scanned, so that the report can say how many
  // findings the exclusion hid (a repository's own .pdguard.yaml must not silence a scan unseen);
  // what they cannot give (unreadable, binary) is not listed. --exclude leaves paths out unread.
  const configExcluded = globMatcher(config.exclude);
  const totals = await source.scan(
    new CompiledRules(rules),
    { include: options.include ?? [], exclude: options.exclude ?? [] },
    {
      matches: (matches, where) => {
        const excluded = configExcluded(where.path);
        for (const found of toFindings(matches, where.path, where.commit)) {
          const occurrence: RawFinding = excluded ? { ...found, excluded } : found;
          if (where.file !== undefined) {
            const group = `${found.finding.secretHash}\0${where.file}`;
            // Alike: the same fingerprint (rule, path, secret, which one in the file) and every
            // other input of suppression (whatever RawFinding carries besides the finding) the same.
            const { finding, ...state } = occurrence;
            const alike = `${group}\0${finding.fingerprint}\0${JSON.stringify(state)}`;
            if (seenInFile.has(alike)) continue;
            seenInFile.add(alike);
            occurrence.group = group;
          }
          raw.push(occurrence);
        }
      },
      skipped: (skip) => {
        // History names a blob's skip `path (commit)`: the path is what the exclusion applies to.
        if (!configExcluded(skip.path) && !configExcluded(skip.path.replace(/ \([0-9a-f]{12}\)$/, ''))) skipped.push(skip);
      },
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
    ...(totals.cached !== undefined ? { cached: totals.cached } : {}),
    ...(totals.ignored !== undefined ? { ignored: totals.ignored.count, ignoredPaths: totals.ignored.paths } : {}),
    ...(totals.warnings?.length ? { warnings: totals.warnings } : {}),
  };
  return { scan, raw, rules, config };
}
