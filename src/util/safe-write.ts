/**
 * Writing files a scanned repository can shape (hooks, `.pdguard.yaml`, the last-run record) without
 * ever writing or changing modes through a symbolic link: a committed `.husky/pre-commit` that
 * links to `~/.bashrc`, or a dangling `.git/hooks/pre-commit` link, must not make pdguard write
 * outside the repository. The new text goes to a fresh file beside the target and is renamed over
 * it, so a link swapped in meanwhile is replaced, not followed.
 */
import { chmodSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/** Throws when `path` is a symbolic link (dangling or not); says nothing when it does not exist. */
export function refuseLink(path: string): void {
  let isLink = false;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return;
  }
  if (isLink) throw new InputError(`${path} is a symbolic link; pdguard never writes through one (replace it with a regular file, or remove it)`);
}

/** Whether a regular file (not a link) is at `path`. */
export function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Writes `text` to `path` (never through a link there), with `mode`. */
export function writeFileSafely(path: string, text: string, mode = 0o644): void {
  refuseLink(path);
  const temporary = join(dirname(path), `.${basename(path)}.pdguard-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
