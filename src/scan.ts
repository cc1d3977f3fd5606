/**
 * `scan`: files, directories and standard input through the engine and the suppressions, into one
 * ScanResult. The library entry the CLI stands on; it never touches argv, the environment or the
 * exit code.
 */
import { stat } from 'node:fs/promises';
import { basename, normalize, posix, relative, resolve, sep } from 'node:path';
import { type Config, findConfig } from './config.js';
import { Engine } from './engine/stream.js';
import { InputError } from './errors.js';
import { compareFindings, type RawFinding, toFindings } from './findings.js';
import { loadPatterns } from './patterns/load.js';
import { scanFiles } from './sources/parallel.js';
import { type FileOutcome, scanChunks } from './sources/read.js';
import { walkTree } from './sources/walk.js';
import { applySuppressions } from './suppress/suppress.js';
import type { Rule, ScanResult, ScanStats, SkippedPath } from './types.js';

export interface ScanOptions {
  /** Files and directories; `-` is standard input. Default: the current directory. */
  paths?: string[];
  cwd?: string;
  /** What `-` reads. Default: process.stdin. */
  stdin?: AsyncIterable<Buffer | string>;
  /** The path reported for standard input. */
  stdinName?: string;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  include?: string[];
  exclude?: string[];
  /** Default: the built-in rules. */
  rules?: Rule[];
  /** Default: the .pdguard.yaml that applies to the scanned root. */
  config?: Config;
  /** Explicit configuration file, used when `config` is not given. */
  configFile?: string;
  /** Fingerprints to suppress. */
  baseline?: Set<string> | null;
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

async function* asBuffers(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths?.length ? options.paths : ['.'];
  const rules = options.rules ?? loadPatterns();
  const engine = new Engine(rules);

  // Check every path first: a typo must fail at once, not after a long scan of the others.
  const targets: { arg: string; absolute: string; isDir: boolean }[] = [];
  for (const arg of paths) {
    if (arg === '-') {
      targets.push({ arg, absolute: '-', isDir: false });
      continue;
    }
    const absolute = resolve(cwd, arg);
    try {
      targets.push({ arg, absolute, isDir: (await stat(absolute)).isDirectory() });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code})`);
    }
  }
  const onlyDir = targets.length === 1 && targets[0]!.isDir ? targets[0]! : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const config = options.config ?? findConfig(root, options.configFile);
  const exclude = [...(options.exclude ?? []), ...config.exclude];
  // Paths in reports: relative to the root when one directory is scanned (the contract); else as
  // the user typed them, so that `pdguard scan config/app.env /etc/app` reads back naturally.
  const display = (target: { arg: string; absolute: string }, absolute: string): string => {
    if (onlyDir) return toPosix(relative(root, absolute)) || basename(absolute);
    const typed = toPosix(normalize(target.arg)).replace(/\/$/, '');
    return absolute === target.absolute ? typed : posix.join(typed, toPosix(relative(target.absolute, absolute)));
  };

  const stats: ScanStats = {
    mode: targets.every((t) => t.arg === '-') ? 'stdin' : 'files',
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0]!.arg : '.',
    bytesScanned: 0,
    filesScanned: 0,
    commitsScanned: 0,
    blobsScanned: 0,
    skipped: [],
    durationMs: 0,
  };
  const raw: RawFinding[] = [];
  let incomplete = false;
  const skip = (path: string, reason: string, makesIncomplete: boolean): void => {
    stats.skipped.push({ path, reason });
    if (makesIncomplete) incomplete = true;
  };

  const record = (path: string, outcome: FileOutcome): void => {
    if (outcome.kind === 'skipped') return skip(path, outcome.reason, outcome.incomplete);
    stats.filesScanned++;
    stats.bytesScanned += outcome.bytes;
    for (const f of toFindings(outcome.matches, path)) raw.push(f);
  };

  // Walk first, then scan the list: that lets every core take files from it.
  const files: { absolute: string; path: string }[] = [];
  for (const target of targets) {
    if (target.arg === '-') {
      record(options.stdinName ?? 'stdin', await scanChunks(engine, asBuffers(options.stdin ?? process.stdin)));
    } else if (target.isDir) {
      walkTree(
        target.absolute,
        { gitignore: options.gitignore ?? true, include: options.include ?? [], exclude },
        {
          file: (absolute) => files.push({ absolute, path: display(target, absolute) }),
          skip: (absolute, reason, makesIncomplete) => skip(display(target, absolute), reason, makesIncomplete),
        },
      );
    } else {
      // A file named on the command line is scanned even if ignored: the user asked for it.
      files.push({ absolute: target.absolute, path: display(target, target.absolute) });
    }
  }
  await scanFiles(
    engine,
    files.map((f) => f.absolute),
    (i, outcome) => record(files[i]!.path, outcome),
  );

  const { findings, suppressed } = applySuppressions(raw, { config, baseline: options.baseline ?? null });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  stats.skipped.sort((a: SkippedPath, b: SkippedPath) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  stats.durationMs = Math.round(performance.now() - started);
  return { scan: stats, findings, suppressed, incomplete, rules };
}
