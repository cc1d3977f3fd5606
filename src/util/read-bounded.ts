/**
 * The one way pdguard reads a file that a repository (or anything else not typed by the user) can
 * shape: `.gitignore`, `.pdguard.yaml`, the baseline and pattern files it names, a `.git` pointer
 * file, caches and records in the git directory. A repository can make any of them a FIFO (an open
 * that waits forever), a link to `/dev/zero` (a read that never ends) or a link to a file outside
 * the tree (whose content an error message would then show). So: opened with O_NOFOLLOW (a link is
 * refused, not followed, unless the user named the file) and O_NONBLOCK (a FIFO does not wait for a
 * writer), then only a regular file is read, and never past `limit` bytes.
 *
 * Refusals are thrown as RefusedRead, whose message says what the path is and never holds a byte
 * of it: the caller decides whether that is an error (configuration: exit 2) or a reason to scan
 * more (an ignore file).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { formatSize } from './size.js';

/** `.pdguard.yaml` and the pattern files: a few kilobytes in practice. */
export const CONFIG_LIMIT = 1024 * 1024;
/** A `.gitignore` (a generated one in a monorepo can be large). */
export const IGNORE_LIMIT = 4 * 1024 * 1024;
/** A baseline: one short entry per accepted finding. */
export const BASELINE_LIMIT = 64 * 1024 * 1024;
/** Caches pdguard writes itself (history, verification) and its last-run record. */
export const CACHE_LIMIT = 512 * 1024 * 1024;
/** A `.git` file (`gitdir: PATH`) or another one-line pointer. */
export const POINTER_LIMIT = 64 * 1024;

export type RefusalKind = 'missing' | 'link' | 'not-a-file' | 'too-large' | 'unreadable';

export class RefusedRead extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** The system's error code, when the open or the read failed (ENOENT, EACCES, ...). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RefusedRead';
  }
}

export interface BoundedReadOptions {
  /**
   * Follow a symbolic link at the path: only for a file the user named (`--config`, `--patterns`,
   * `--baseline`), never for one found in or named by a repository.
   */
  followLinks?: boolean;
}

function kindOfMode(mode: number): string {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFDIR:
      return 'a directory';
    case constants.S_IFIFO:
      return 'a FIFO';
    case constants.S_IFCHR:
      return 'a character device';
    case constants.S_IFBLK:
      return 'a block device';
    case constants.S_IFSOCK:
      return 'a socket';
    default:
      return 'not a regular file';
  }
}

function refusalOf(error: unknown, followLinks: boolean): RefusedRead {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new RefusedRead('missing', 'does not exist', code);
  // O_NOFOLLOW on a link: ELOOP on Linux, EMLINK on FreeBSD.
  if (!followLinks && (code === 'ELOOP' || code === 'EMLINK')) return new RefusedRead('link', 'is a symbolic link (not followed)', code);
  if (code === 'ELOOP') return new RefusedRead('link', 'is a loop of symbolic links', code);
  if (code === 'EACCES' || code === 'EPERM') return new RefusedRead('unreadable', 'cannot be read (permission denied)', code);
  return new RefusedRead('unreadable', `cannot be read (${code ?? 'error'})`, code ?? 'error');
}

/** The bytes of the regular file at `path`, at most `limit` of them (more is a refusal). */
export function readBoundedBytes(path: string | Buffer, limit: number, options: BoundedReadOptions = {}): Buffer {
  const followLinks = options.followLinks ?? false;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    throw refusalOf(error, followLinks);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new RefusedRead('not-a-file', `is ${kindOfMode(stat.mode)}, not a regular file`);
    const tooLarge = () => new RefusedRead('too-large', `is larger than ${formatSize(limit)}`);
    if (stat.size > limit) throw tooLarge();
    // Read to the end whatever stat said (a file may grow, and some report size 0), one byte past
    // the limit at most: that byte proves the file too large.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stat.size + 1, 4096)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > limit) throw tooLarge();
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const read = readSync(fd, chunk, length, chunk.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw tooLarge();
    return chunk.subarray(0, length);
  } catch (error) {
    if (error instanceof RefusedRead) throw error;
    throw refusalOf(error, followLinks);
  } finally {
    closeSync(fd);
  }
}

/** The regular file at `path` as UTF-8 text, at most `limit` bytes of it (more is a refusal). */
export function readBoundedFile(path: string | Buffer, limit: number, options: BoundedReadOptions = {}): string {
  return readBoundedBytes(path, limit, options).toString('utf8');
}

/** As readBoundedBytes, but null when nothing is at `path`. */
export function readBoundedBytesIfPresent(path: string | Buffer, limit: number, options: BoundedReadOptions = {}): Buffer | null {
  try {
    return readBoundedBytes(path, limit, options);
  } catch (error) {
    if (error instanceof RefusedRead && error.kind === 'missing') return null;
    throw error;
  }
}

/** As readBoundedFile, but null when nothing is at `path`. */
export function readBoundedIfPresent(path: string | Buffer, limit: number, options: BoundedReadOptions = {}): string | null {
  return readBoundedBytesIfPresent(path, limit, options)?.toString('utf8') ?? null;
}
