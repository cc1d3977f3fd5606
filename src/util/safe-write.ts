/**
 * The one way pdguard writes a file (reports, SARIF, baselines, `.pdguard.yaml`, hooks, the last-run
 * record, caches): never through a symbolic link a repository can bring. A committed
 * `pdguard.sarif` or `baseline.json` that links to `~/.bashrc`, or a committed `reports` folder
 * that links to `~/.ssh`, must not make pdguard write outside the repository. So:
 *
 * - the file itself must not be a link (dangling or not);
 * - no folder on the way to it may be a link where that folder lies inside a git work tree (a
 *   folder with a `.git` above it) or inside `within` (the Action's workspace, which the change
 *   under review fills). Links above every repository (`/tmp` on macOS, a home folder on another
 *   disk) are the user's own and are followed as usual;
 * - the text goes to a fresh file beside the target (O_EXCL|O_NOFOLLOW), renamed over it: a link
 *   swapped in meanwhile is replaced, not followed.
 *
 * A path the user names on the command line (`--output`, `--write-baseline`) that lies outside
 * every repository is theirs, and is written as their shell would write it: through links, and
 * into devices and pipes (`/dev/stdout`, `/dev/null`, `>(…)`).
 *
 * A refusal is an InputError of one line naming the link.
 */
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { crypto } from './crypto.js';

export interface SafeWriteOptions {
  /** The new file's mode (default 0o644). */
  mode?: number;
  /** Create missing folders on the way (each checked first: only what does not exist is made). */
  makeParents?: boolean;
  /** A folder whose whole content is not the user's (the Action's workspace): no link below it is followed. */
  within?: string;
  /** Named by the user: outside every repository (and `within`) it is written as it is, links and devices included. */
  userNamed?: boolean;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Throws when `path` is a symbolic link (dangling or not); says nothing when it does not exist. */
export function refuseLink(path: string): void {
  if (isLink(path)) throw new InputError(`${path} is a symbolic link; pdguard never writes through one (replace it with a regular file, or remove it)`);
}

/** Whether a regular file (not a link) is at `path`. */
export function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether anything (a file, a folder, a link, even a dangling one, a FIFO) is at `path`. */
export function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const isInside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * Throws when `path` is a link, or when a folder on the way to it is a link inside a git work tree
 * or inside `within`. Folders that do not exist yet are fine (they will be made, not followed).
 */
export function refuseLinkedPath(path: string, within?: string): void {
  refuseLink(path);
  linkOnTheWay(path, within);
}

/** Throws for a link on the way (see refuseLinkedPath); returns whether `path` lies inside a work tree or `within`. */
function linkOnTheWay(path: string, within?: string): boolean {
  const absolute = resolve(path);
  const guard = within === undefined ? null : resolve(within);
  // From the root down: a folder is guarded once a folder above it is a work tree's top (or is `within`).
  const folders: string[] = [];
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  let guarded = false;
  for (const dir of folders) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      break; // not there yet: it and what is below it will be made
    }
    if (stat.isSymbolicLink()) {
      if (guarded || (guard !== null && isInside(guard, dir))) {
        const shown = relative(process.cwd(), dir);
        throw new InputError(
          `cannot write ${path}: ${shown && !shown.startsWith('..') ? shown : dir} is a symbolic link inside the repository, and pdguard never writes through one (write somewhere else, or replace the link with a folder)`,
        );
      }
      continue;
    }
    if (!guarded && entryExists(join(dir, '.git'))) guarded = true;
  }
  return guarded || (guard !== null && (absolute === guard || isInside(guard, absolute)));
}

/**
 * Writes `content` to `path` (see the module's comment), replacing what is there. `mode` may be
 * given alone, as the options' mode. Errors other than a refusal are the file system's (with a code).
 */
export function writeFileSafely(path: string, content: string | Buffer | Iterable<string | Buffer>, options: number | SafeWriteOptions = {}): void {
  const { mode = 0o644, makeParents = false, within, userNamed = false } = typeof options === 'number' ? { mode: options } : options;
  const inRepository = linkOnTheWay(path, within);
  const dir = dirname(resolve(path));
  if (userNamed && !inRepository) {
    if (makeParents) mkdirSync(dir, { recursive: true });
    writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : Buffer.concat([...content].map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));
    return;
  }
  refuseLink(path);
  if (makeParents) mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.pdguard-${process.pid}-${crypto().randomBytes(4).toString('hex')}`);
  let fd: number | undefined;
  try {
    // O_EXCL|O_NOFOLLOW: nothing planted at the temporary name (a file, a link) is written through.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
    fchmodSync(fd, mode); // the umask must not narrow (or a hook lose its x bit)
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
