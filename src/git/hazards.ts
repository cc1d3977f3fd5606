/**
 * Files in a git directory that git opens on the way to any answer and would wait on forever if
 * they were FIFOs (or read without end if devices): a repository unpacked from an archive, or a
 * clone a hostile hand prepared, can hold any. Asked before git is run in a repository: one that
 * is there but not a regular file means git is not run there (the caller says so, and scans more
 * or stops with exit 2), never a hang.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { POINTER_LIMIT, CONFIG_LIMIT, readBoundedIfPresent } from '../util/read-bounded.js';

/** What git reads in a git directory before answering (HEAD, config, the index, refs, the history's extent). */
const GIT_READS = ['HEAD', 'config', 'index', 'commondir', 'packed-refs', 'shallow', 'objects/info/alternates', 'config.worktree'];
/** `[include] path = …` and `[includeIf …] path = …` lines of a configuration. */
const INCLUDE = /^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim;

/** The git directory of the repository at or above `dir` (a work tree's `.git`, its pointer's target, or a bare repository), or null. */
export function gitDirOf(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    if (existsSync(dotGit)) {
      try {
        if (!statSync(dotGit).isFile()) return dotGit;
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedIfPresent(dotGit, POINTER_LIMIT) ?? '');
        return pointer ? resolve(at, pointer[1]!) : null;
      } catch {
        return null; // a .git git refuses itself, at once
      }
    }
    if (existsSync(join(at, 'HEAD')) && existsSync(join(at, 'objects'))) return at; // bare
    if (dirname(at) === at) return null;
  }
}

/** Why git must not be run for the repository at or above `dir` (`.git/config is a FIFO`), or null. */
export function gitWouldWait(dir: string): string | null {
  const gitDir = gitDirOf(dir);
  if (gitDir === null) return null;
  const dirs = [gitDir];
  // A worktree's shared directory holds the config, the refs and the objects.
  try {
    const common = readBoundedIfPresent(join(gitDir, 'commondir'), POINTER_LIMIT)?.trim();
    if (common) dirs.push(isAbsolute(common) ? common : resolve(gitDir, common));
  } catch {
    return `${join(gitDir, 'commondir')} is not a regular file`;
  }
  for (const at of dirs) {
    for (const name of GIT_READS) {
      const path = join(at, name);
      try {
        if (!statSync(path).isFile()) return `${path} is not a regular file`;
      } catch {
        // absent: git says what that means
      }
    }
    // Files a configuration includes are read as it is.
    let config: string | null = null;
    try {
      config = readBoundedIfPresent(join(at, 'config'), CONFIG_LIMIT);
    } catch {
      return `${join(at, 'config')} cannot be read as a configuration`;
    }
    for (const match of (config ?? '').matchAll(INCLUDE)) {
      const target = match[1]!;
      if (target.startsWith('~')) continue; // the user's own home: yours, not the repository's
      const path = isAbsolute(target) ? target : resolve(at, target);
      try {
        if (!statSync(path).isFile()) return `${path}, which ${join(at, 'config')} includes, is not a regular file`;
      } catch {
        // absent: git skips it
      }
    }
  }
  return null;
}
