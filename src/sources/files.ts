/**
 * Files, directories and standard input as a source. Every path is checked before anything is
 * scanned (a typo fails at once); directories are walked first and the list is then scanned on
 * every core (parallel.ts); `-` streams standard input.
 */
import { stat } from 'node:fs/promises';
import { basename, normalize, posix, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { Provenance, Source, SourceTotals } from '../pipeline/source.js';
import { scanFiles } from './parallel.js';
import { type FileOutcome, scanChunks } from './read.js';
import { walkTree } from './walk.js';

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

export async function filesSource(options: FilesSourceOptions = {}): Promise<Source> {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ['.'], cwd);
  const onlyDir = targets.length === 1 && targets[0]!.isDir ? targets[0]! : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  // Paths in reports: relative to the root when one directory is scanned (the contract); else as
  // the user typed them, so that `pdguard scan config/app.env /etc/app` reads back naturally.
  const display = (target: Target, absolute: string): string => {
    if (onlyDir) return toPosix(relative(root, absolute)) || basename(absolute);
    const typed = toPosix(normalize(target.arg)).replace(/\/$/, '');
    return absolute === target.absolute ? typed : posix.join(typed, toPosix(relative(target.absolute, absolute)));
  };

  return {
    mode: targets.every((t) => t.arg === '-') ? 'stdin' : 'files',
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0]!.arg : '.',
    configRoot: root,
    async scan(rules, filters, events): Promise<SourceTotals> {
      const totals: SourceTotals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
      const record = (where: Provenance, outcome: FileOutcome): void => {
        if (outcome.kind === 'skipped') return events.skipped({ path: where.path, kind: outcome.skip, reason: outcome.reason });
        totals.files++;
        totals.bytes += outcome.bytes;
        if (outcome.matches.length) events.matches(outcome.matches, where);
      };
      // Walk first, then scan the list: that lets every core take files from it.
      const files: { absolute: string; path: string }[] = [];
      for (const target of targets) {
        if (target.arg === '-') {
          record({ path: options.stdinName ?? 'stdin' }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target.isDir) {
          walkTree(
            target.absolute,
            { gitignore: options.gitignore ?? true, include: filters.include, exclude: filters.exclude },
            {
              file: (absolute) => files.push({ absolute, path: display(target, absolute) }),
              skip: (absolute, kind, reason) => events.skipped({ path: display(target, absolute), kind, reason }),
            },
          );
        } else {
          // A file named on the command line is scanned even if ignored: the user asked for it.
          files.push({ absolute: target.absolute, path: display(target, target.absolute) });
        }
      }
      await scanFiles(
        rules,
        files.map((f) => f.absolute),
        (i, outcome) => record({ path: files[i]!.path }, outcome),
      );
      return totals;
    },
  };
}
