/**
 * Files, directories and standard input as a source. Every path is checked before anything is
 * scanned (a typo fails at once); directories are walked first and the list is then scanned on
 * every core (parallel.ts); `-` streams standard input.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, posix, relative, resolve, sep } from 'node:path';
import { gitWouldWait } from '../git/hazards.js';
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, spawnGit } from '../git/process.js';
import type { Provenance, Source, SourceTotals } from '../pipeline/source.js';
import { fileQueue } from './parallel.js';
import { type FileOutcome, scanChunks } from './read.js';
import { type TrackedPaths, walkTree } from './walk.js';
import { grouped } from '../util/number.js';

/** How many of the paths .gitignore left out are named in the report (all are counted). */
export const IGNORED_NAMED = 20;
/** How many are kept to choose those from (a tree can ignore millions of build outputs). */
const IGNORED_KEPT = 100_000;

export interface FilesSourceOptions {
  /** Files and directories; `-` is standard input. Default: the current directory. */
  paths?: string[];
  cwd?: string;
  /** What `-` reads. Default: process.stdin. */
  stdin?: AsyncIterable<Buffer | string>;
  /** The path reported for standard input. */
  stdinName?: string;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Skip (and list) files larger than this many bytes. */
  maxFileSize?: number;
  /** Receives lines for --debug (never a secret). */
  debug?: (line: string) => void;
}

interface Target {
  arg: string;
  absolute: string;
  isDir: boolean;
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

async function* asBuffers(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function checkTargets(paths: string[], cwd: string): Promise<Target[]> {
  const targets: Target[] = [];
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
  return targets;
}

/** The `.git` of the work tree holding `dir` (in it or above it), or null. */
function dotGitOf(dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return join(at, '.git');
    if (dirname(at) === at) return null;
  }
}

/**
 * What a file named on the command line is called as evidence (its path may name PagerDuty): its
 * path in the git work tree that holds it, as `staged` and history call it, whatever folder the
 * command ran in (`git ls-files | xargs pdguard scan`); outside a work tree its own name only, since
 * the folders it was named through are where it is kept, not what it is.
 */
function evidenceName(absolute: string): string {
  const dotGit = dotGitOf(dirname(absolute));
  if (dotGit) {
    const inTree = relative(dirname(dotGit), absolute);
    if (inTree && !inTree.startsWith('..') && !isAbsolute(inTree)) return toPosix(inTree);
  }
  return basename(absolute);
}

/** git's listing of the index gets this long; past it, git is taken for unable to tell. */
const LS_FILES_TIMEOUT_MS = 60_000;

/** git could not say what it tracks: why, in git's words. */
interface Untold {
  failure: string;
}

/**
 * The files the repository holding `dir` tracks below it (relative to it), through git's one door:
 * they are scanned even where .gitignore matches them. Null outside a work tree. When git cannot
 * tell (a repository owned by another user, a damaged index, a `.git` that is not one), what
 * .gitignore matches may be tracked all the same: the caller then scans it too (fail closed).
 */
async function trackedFiles(dir: string, debug: (line: string) => void): Promise<TrackedPaths | Untold | null> {
  const dotGit = dotGitOf(dir);
  if (dotGit === null) return null;
  const refused = gitWouldWait(dirname(dotGit));
  if (refused) {
    debug(`git ls-files in ${dir} not run (${refused}): .gitignore is not applied there`);
    return { failure: refused };
  }
  // A backstop for whatever else would make git wait (a FIFO its configuration includes, a stalled mount).
  const child = spawnGit(dir, ['ls-files', '-z', '--cached']);
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, LS_FILES_TIMEOUT_MS);
  const exit = await exitOf(child);
  clearTimeout(timer);
  const run = { ...exit, stdout: Buffer.concat(chunks).toString('utf8') };
  if (run.code !== 0 || timedOut) {
    const failure = timedOut ? `git did not answer within ${LS_FILES_TIMEOUT_MS / 1000} s` : gitComplaint(run.stderr) || `git exited with ${run.code}`;
    debug(`git ls-files in ${dir} failed (${failure}): .gitignore is not applied there`);
    return { failure };
  }
  const files = new Set(run.stdout.split('\0').filter((p) => p !== ''));
  const dirs = new Set<string>();
  for (const file of files) for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) dirs.add(file.slice(0, i));
  debug(`${grouped(files.size)} files tracked by git below ${dir}: scanned even where .gitignore matches them`);
  return { files, dirs };
}

export async function filesSource(options: FilesSourceOptions = {}): Promise<Source> {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ['.'], cwd);
  const onlyDir = targets.length === 1 && targets[0]!.isDir ? targets[0]! : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  // Paths in reports: relative to the root when one directory is scanned (the contract); else as
  // the user typed them, so that `pdguard scan config/app.env /etc/app` reads back naturally.
  const display = (target: Target, path: string): string => {
    if (onlyDir) return path || basename(root);
    const typed = toPosix(normalize(target.arg)).replace(/\/$/, '');
    return path ? posix.join(typed, path) : typed;
  };
  const debug = options.debug ?? (() => {});

  return {
    mode: targets.every((t) => t.arg === '-') ? 'stdin' : 'files',
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0]!.arg : '.',
    configRoot: root,
    async scan(rules, filters, events): Promise<SourceTotals> {
      const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
      const ignored = { count: 0, paths: [] as string[] };
      const warnings: string[] = [];
      const record = (where: Provenance, outcome: FileOutcome): void => {
        if (outcome.kind === 'skipped') return events.skipped({ path: where.path, kind: outcome.skip, reason: outcome.reason });
        totals.files++;
        totals.bytes += outcome.bytes;
        if (outcome.listed) events.skipped({ path: where.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
        if (outcome.matches.length) events.matches(outcome.matches, where);
      };
      // Files are scanned on every core while the walk goes on.
      const paths: string[] = [];
      const queue = fileQueue(rules, { maxFileSize: options.maxFileSize }, (i, outcome) => record({ path: paths[i]! }, outcome));
      const gitignore = options.gitignore ?? true;
      for (const target of targets) {
        if (target.arg === '-') {
          record({ path: options.stdinName ?? 'stdin' }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target.isDir) {
          const tracked = gitignore ? await trackedFiles(target.absolute, debug) : null;
          const untold = tracked !== null && 'failure' in tracked;
          if (untold) {
            warnings.push(
              `git could not list the files it tracks in ${display(target, '') || '.'} (${tracked.failure}): .gitignore was not applied there, so everything in it was scanned`,
            );
          }
          walkTree(
            target.absolute,
            { gitignore: gitignore && !untold, include: filters.include, exclude: filters.exclude, tracked: untold ? null : tracked },
            {
              file: (absolute, path) => {
                paths.push(display(target, path));
                queue.add(absolute, path);
              },
              skip: (_, path, kind, reason) => events.skipped({ path: display(target, path), kind, reason }),
              ignored: (path, isDir) => {
                ignored.count++;
                if (ignored.paths.length < IGNORED_KEPT) ignored.paths.push(display(target, path) + (isDir ? '/' : ''));
              },
              ignoreFileRefused: (path, why) => {
                const shown = isAbsolute(path) ? path : display(target, path);
                warnings.push(`${shown} was not read as an ignore file (it ${why}): nothing below its folder was left out for .gitignore`);
              },
            },
          );
        } else {
          // A file named on the command line is scanned even if ignored: the user asked for it.
          paths.push(display(target, ''));
          queue.add(target.absolute, evidenceName(target.absolute));
        }
      }
      const threads = await queue.finish();
      debug(`files: ${grouped(paths.length)} scanned on ${threads === 1 ? 'the main thread alone' : `${threads} threads`}`);
      if (gitignore) {
        // The first in name order, whatever order the directories listed their entries in.
        ignored.paths = ignored.paths.sort().slice(0, IGNORED_NAMED);
        totals.ignored = ignored;
        debug(`${grouped(ignored.count)} paths left out by .gitignore${ignored.count ? `: ${ignored.paths.join(', ')}${ignored.count > ignored.paths.length ? ', …' : ''}` : ''}`);
      }
      if (warnings.length) totals.warnings = warnings;
      return totals;
    },
  };
}
