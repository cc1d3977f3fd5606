/** Reading a small file a repository supplies: only a regular file, only up to a size, never waiting on a FIFO. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of `path` when it is a regular file of at most `limit` bytes; null when there is no
 * such file. Throws (saying why) for anything else: a FIFO, a device, a directory, a larger file.
 * O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for regular files.
 */
export function readSmallFile(path: string, limit: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${path}: not a regular file`);
    if (stat.size > limit) throw new Error(`${path}: larger than ${limit} bytes`);
    // Read at most limit + 1 bytes: a file that grows while it is read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(fd, buffer, got, buffer.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got > limit) throw new Error(`${path}: larger than ${limit} bytes`);
    return buffer.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
