/**
 * What `pdguard audit PATH…` audits: each PATH is a repository (a work tree, a directory inside
 * one, or a bare repository), or a folder whose immediate subfolders are clones. Each gets the name
 * its occurrences carry: the origin's owner/name, else its folder's name (made unique).
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, PdguardError } from '../errors.js';
import { runGit } from '../git/process.js';
import { openRepo, type Repo } from '../git/repo.js';
import { forgeOf, remoteName, sanitizeRemote } from './forge.js';
import type { Forge, Unaudited } from './model.js';
import { entryExists } from '../util/safe-write.js';

export interface RepositoryTarget {
  /** As the user named it (or the folder of clones joined with the clone's name). */
  path: string;
  repo: Repo;
  name: string;
  remote: string | null;
  forge: Forge | null;
  /** A clone pdguard made of a URL (remote/clone.ts): hostile, nothing in it shapes the verdict. */
  cloned?: boolean;
}

export interface FoundRepositories {
  targets: RepositoryTarget[];
  /** Listed in the report, never skipped in silence: the audit is then incomplete (exit 2). */
  unaudited: Unaudited[];
}

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};


/**
 * A work tree (`.git` inside, even a broken one) or a bare repository (HEAD with objects/ or refs/
 * beside it): what was meant as a clone, so that a broken one is listed rather than passed over.
 */
function looksLikeRepository(dir: string): boolean {
  return entryExists(join(dir, '.git')) || (existsSync(join(dir, 'HEAD')) && (isDir(join(dir, 'objects')) || isDir(join(dir, 'refs'))));
}

const inside = (base: string, path: string): boolean => {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

async function originUrl(repo: Repo): Promise<string | null> {
  const run = await runGit(repo.dir, ['config', '--get', 'remote.origin.url']);
  const url = run.stdout.trim();
  return run.code === 0 && url ? url : null;
}

async function target(path: string, cwd: string): Promise<RepositoryTarget> {
  const repo = await openRepo(resolve(cwd, path));
  const url = await originUrl(repo);
  const remote = url ? sanitizeRemote(url) : null;
  const folder = basename(repo.bare ? repo.gitDir : repo.dir).replace(/\.git$/, '') || basename(resolve(cwd, path));
  return { path, repo, name: (url && remoteName(url)) || folder, remote, forge: url ? forgeOf(url) : null };
}

/**
 * A clone of a folder (or a repository named on the command line): the repository at `path`
 * itself, never one git finds above it (an empty or damaged .git makes git look further up).
 */
async function ownTarget(path: string, cwd: string): Promise<RepositoryTarget | Unaudited> {
  try {
    const found = await target(path, cwd);
    const home = realpathSync(found.repo.bare ? found.repo.gitDir : found.repo.dir);
    const here = realpathSync(resolve(cwd, path));
    if (home !== here) {
      return { path, reason: `not a repository of its own (git finds the repository at ${home} instead): its .git is empty or damaged` };
    }
    return found;
  } catch (error) {
    if (error instanceof PdguardError) return { path, reason: error.message.replace(`${resolve(cwd, path)}: `, '').replace(`${path}: `, '') };
    throw error;
  }
}

/**
 * The clones of a folder, by name: each immediate subfolder that is a repository. A symbolic link
 * is audited at its real path when that is inside the folder (once, if it leads to a clone of the
 * folder too), and listed, never followed, when it leads outside it or nowhere.
 */
async function clonesOf(path: string, cwd: string, found: FoundRepositories): Promise<void> {
  const absolute = resolve(cwd, path);
  const real = realpathSync(absolute);
  const entries = readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const here = join(path, entry.name);
    let clone: string;
    if (entry.isSymbolicLink()) {
      let to: string;
      try {
        to = realpathSync(join(absolute, entry.name));
      } catch {
        found.unaudited.push({ path: here, reason: 'a symbolic link that leads nowhere' });
        continue;
      }
      if (!isDir(to) || !looksLikeRepository(to)) continue;
      if (!inside(real, to)) {
        found.unaudited.push({ path: here, reason: `a symbolic link to ${to}, outside ${path}: not followed (pass that path to audit it)` });
        continue;
      }
      clone = join(path, relative(real, to));
    } else if (entry.isDirectory() && looksLikeRepository(join(absolute, entry.name))) {
      clone = here;
    } else continue;
    const result = await ownTarget(clone, cwd);
    if ('repo' in result) found.targets.push(result);
    else found.unaudited.push(result);
  }
}

/**
 * The repositories the paths name, in order; a folder of clones gives its clones sorted by name.
 * A PATH that is neither a repository nor a folder of clones is a usage error (nothing is audited);
 * a repository that cannot be opened is listed in `unaudited` and the others are audited.
 */
export async function findRepositories(paths: readonly string[], cwd: string): Promise<FoundRepositories> {
  const found: FoundRepositories = { targets: [], unaudited: [] };
  for (const path of paths.length ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    if (!isDir(absolute)) throw new InputError(`${path}: no such directory`);
    if (looksLikeRepository(absolute)) {
      const result = await ownTarget(path, cwd);
      if ('repo' in result) found.targets.push(result);
      else found.unaudited.push(result);
      continue;
    }
    const before = found.targets.length + found.unaudited.length;
    await clonesOf(path, cwd, found);
    if (found.targets.length + found.unaudited.length > before) continue;
    // A folder inside a work tree audits that repository; anything else says what it expected.
    try {
      found.targets.push(await target(path, cwd));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${path}: not a git repository, and no folder in it is one (pass repositories, or a folder of clones)`);
      throw error;
    }
  }
  // The same repository named twice is audited (or listed) once.
  const listed = new Set<string>();
  found.unaudited = found.unaudited.filter((u) => !listed.has(u.path) && listed.add(u.path));
  const seen = new Set<string>();
  found.targets = found.targets.filter((t) => !seen.has(t.repo.gitDir) && seen.add(t.repo.gitDir));
  nameApart(found.targets);
  return found;
}

/** Two repositories with one name (forks, same folder names) are told apart: `name#2`. */
export function nameApart(targets: RepositoryTarget[]): void {
  const counts = new Map<string, number>();
  for (const t of targets) {
    const base = t.name.replace(/#\d+$/, '');
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    t.name = n > 1 ? `${base}#${n}` : base;
  }
}
