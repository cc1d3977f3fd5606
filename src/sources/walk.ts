/**
 * Walks directory trees for `pdguard scan`: hidden files included (`.env` is where secrets live),
 * `.gitignore` honoured unless asked not to, `.git/` never entered, include/exclude globs applied,
 * symbolic links never followed (a link inside the root is scanned at its target's own path; one
 * that leads outside is reported), and every directory or entry that cannot be read is reported.
 *
 * Why not fast-glob: it can only ignore unreadable directories silently or abort the whole walk,
 * and it cannot apply each directory's own `.gitignore` while walking; both matter here.
 */
import { type Dir, existsSync, opendirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { SkipKind } from '../types.js';
import { globMatcher } from './globs.js';
import { describeReadError } from './read.js';

export interface WalkOptions {
  gitignore: boolean;
  /** Globs relative to the root: only matching files are scanned (all when empty). */
  include: readonly string[];
  /** Globs relative to the root: matching files and directories are left out. */
  exclude: readonly string[];
}

export interface WalkEvents {
  file(absolute: string): void;
  skip(absolute: string, kind: SkipKind, reason: string): void;
}

interface IgnoreScope {
  /** Absolute directory the .gitignore patterns are relative to. */
  dir: string;
  rules: Ignore;
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

function readIgnoreFile(dir: string): IgnoreScope | null {
  const file = join(dir, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return { dir, rules: ignore().add(text) };
}

/** .gitignore files of the directories above `root`, up to the top of its git work tree. */
function ancestorIgnores(root: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return []; // not in a work tree: only the tree's own .gitignore files count
    dir = parent;
    const scope = readIgnoreFile(dir);
    if (scope) scopes.unshift(scope);
  }
  return scopes;
}

function ignoredBy(scopes: readonly IgnoreScope[], absolute: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = toPosix(relative(scope.dir, absolute));
    if (rel === '' || rel.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * Walk `root` (an absolute directory), calling `events.file` for every file to scan. Synchronous,
 * like the reads: see sources/read.ts.
 */
export function walkTree(root: string, options: WalkOptions, events: WalkEvents): void {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const realRoot = realpathSync(root);
  const stack: { dir: string; scopes: IgnoreScope[] }[] = [
    { dir: root, scopes: options.gitignore ? ancestorIgnores(root) : [] },
  ];
  while (stack.length) {
    const { dir, scopes: parentScopes } = stack.pop()!;
    let scopes = parentScopes;
    if (options.gitignore) {
      const own = readIgnoreFile(dir);
      if (own) scopes = [...parentScopes, own];
    }
    let handle: Dir;
    try {
      handle = opendirSync(dir, { bufferSize: 128 });
    } catch (error) {
      events.skip(dir, 'unreadable', describeReadError(error));
      continue;
    }
    const subdirs: string[] = [];
    try {
      for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
        const absolute = join(dir, entry.name);
        const rel = toPosix(relative(root, absolute));
        if (entry.name === '.git') continue; // a repository's database (or a worktree's pointer file)
        if (entry.isDirectory()) {
          if (excluded(rel) || excluded(`${rel}/`) || (options.gitignore && ignoredBy(scopes, absolute, true))) continue;
          subdirs.push(absolute);
        } else if (entry.isFile()) {
          if (excluded(rel) || !included(rel) || (options.gitignore && ignoredBy(scopes, absolute, false))) continue;
          events.file(absolute);
        } else if (entry.isSymbolicLink()) {
          if (excluded(rel) || (options.gitignore && ignoredBy(scopes, absolute, false))) continue;
          let target: string;
          try {
            target = realpathSync(absolute);
          } catch {
            events.skip(absolute, 'link', 'broken symbolic link');
            continue;
          }
          const inside = target === realRoot || target.startsWith(realRoot + sep);
          if (!inside) events.skip(absolute, 'link', 'symbolic link to outside the scanned root');
          // A link inside the root is not followed: its target is scanned at its own path.
        } else if (!excluded(rel) && included(rel)) {
          events.skip(absolute, 'not-a-file', 'not a regular file');
        }
      }
    } catch (error) {
      events.skip(dir, 'unreadable', describeReadError(error));
    } finally {
      handle.closeSync();
    }
    // Depth-first, in name order, so that runs are reproducible.
    subdirs.sort().reverse();
    for (const sub of subdirs) stack.push({ dir: sub, scopes });
  }
}
