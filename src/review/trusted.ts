/**
 * A change under review must not judge itself: for a pull request or a merge group in the Action,
 * and for `--review-base` on the command line, everything the verdict depends on comes from the
 * base commit's objects (base-commit.ts), never from the checked-out change: `.pdguard.yaml` (or
 * the `--config` given), and every file a configuration or the options name — baselines and
 * pattern files — wherever that name is written. A file outside the repository is the caller's own
 * and is read as it is. A file the base does not hold as a regular file gives the defaults: no
 * exclusions, no allow list, no baseline, no extra rules; the notes say so. Nothing is copied to disk.
 */
import { posix, resolve } from 'node:path';
import { CONFIG_FILE_NAME, type Config, EMPTY_CONFIG, loadConfig, parseConfig } from '../config/config.js';
import { type PatternSource, loadPatterns } from '../patterns/load.js';
import { parseBaseline, readBaseline } from '../suppress/baseline.js';
import type { Rule } from '../types.js';
import { type BaseFile, BaseCommit, inRepository } from './base-commit.js';

/** The files the caller named (absolute, or relative to the working directory). */
export interface SettingsFiles {
  config?: string;
  baseline?: string;
  patterns: readonly string[];
}

export interface TrustedSettings {
  /** The configuration, with the files it names already read (its `baseline` and `patterns` are resolved here, never from disk). */
  config: Config;
  baseline: Set<string> | null;
  /** The built-in rules and those of every pattern file named. */
  rules: Rule[];
  /** What was read from where, one line each, for the log. */
  notes: string[];
}

/** Why a base file is not used, in the log's words. */
function lacking(commit: BaseCommit, path: string, file: Exclude<BaseFile, { kind: 'file' }>): string {
  return file.kind === 'absent' ? `the base commit ${commit.label} has no ${path}` : `the base commit ${commit.label} has no regular file ${path} (${file.what})`;
}

/**
 * The settings of a reviewed change's run. `top`: the repository's top; `scannedRoot`: the directory
 * whose `.pdguard.yaml` applies (the repository's top for history scans); `base`: present in the checkout.
 */
export async function trustedSettings(top: string, base: string, scannedRoot: string, flags: SettingsFiles): Promise<TrustedSettings> {
  const commit = new BaseCommit(top, base);
  const notes: string[] = [];

  let config: Config = EMPTY_CONFIG;
  if (flags.config !== undefined) {
    const rel = inRepository(top, flags.config);
    if (rel === null) {
      config = loadConfig(flags.config);
      notes.push(`configuration: ${flags.config} (your own file: outside the repository)`);
    } else {
      const file = await commit.read(rel);
      // Named by the workflow: it may name any file, as --config may on the command line.
      if (file.kind === 'file') config = parseConfig(commit.at(rel), file.text, { dir: resolve(top, posix.dirname(rel)) });
      notes.push(file.kind === 'file' ? `configuration: ${rel} as in the base commit ${commit.label}` : `configuration: ${lacking(commit, rel, file)}: defaults`);
    }
  } else {
    // The scanned directory's .pdguard.yaml, else the one at the repository's top, as the base has them.
    const rel = inRepository(top, scannedRoot);
    const candidates = [...(rel ? [`${rel}/${CONFIG_FILE_NAME}`] : []), CONFIG_FILE_NAME];
    let found: string | null = null;
    for (const candidate of candidates) {
      const file = await commit.read(candidate);
      if (file.kind !== 'file') continue;
      // Found in the tree: it may name only files inside its own directory, as in the CLI.
      config = parseConfig(commit.at(candidate), file.text, { confined: true, dir: resolve(top, posix.dirname(candidate)) });
      found = candidate;
      break;
    }
    notes.push(found ? `configuration: ${found} as in the base commit ${commit.label}` : `configuration: the base commit ${commit.label} has no ${CONFIG_FILE_NAME}: defaults`);
  }

  /** A named file: from the base when it is in the repository; the workflow's own (on disk) otherwise. */
  const named = async (what: string, absolute: string): Promise<{ rel: string; file: BaseFile } | { disk: string }> => {
    const rel = inRepository(top, absolute);
    if (rel === null) {
      notes.push(`${what}: ${absolute} (your own file: outside the repository)`);
      return { disk: absolute };
    }
    const file = await commit.read(rel);
    notes.push(file.kind === 'file' ? `${what}: ${rel} as in the base commit ${commit.label}` : `${what}: ${lacking(commit, rel, file)}: ${what === 'baseline' ? 'none' : 'not loaded'}`);
    return { rel, file };
  };

  // --baseline wins over the configuration's, as in the CLI.
  let baseline: Set<string> | null = null;
  const baselineFile = flags.baseline ?? config.baseline;
  if (baselineFile !== undefined) {
    const source = await named('baseline', resolve(baselineFile));
    if ('disk' in source) baseline = readBaseline(source.disk);
    else if (source.file.kind === 'file') baseline = parseBaseline(commit.at(source.rel), source.file.text);
  }

  const patterns: PatternSource[] = [];
  for (const path of [...flags.patterns, ...(config.patterns ?? [])]) {
    const source = await named('patterns', resolve(path));
    if ('disk' in source) patterns.push(source.disk);
    else if (source.file.kind === 'file') patterns.push({ file: commit.at(source.rel), text: source.file.text });
  }

  const { baseline: _baseline, patterns: _patterns, ...rest } = config;
  return { config: rest, baseline, rules: loadPatterns(patterns), notes };
}
