/**
 * What `pdguard audit PATH…` audits: each PATH is a repository (a work tree, a directory inside
 * one, or a bare repository), or a folder whose immediate subfolders are clones. Each gets the name
 * its occurrences carry: the origin's owner/name, else its folder's name (made unique).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { runGit } from '../git/process.js';
import { openRepo, type Repo } from '../git/repo.js';
import { forgeOf, remoteName, sanitizeRemote } from './forge.js';
import type { Forge } from './model.js';

export interface RepositoryTarget {
  /** As the user named it (or the folder of clones joined with the clone's name). */
  path: string;
  repo: Repo;
  name: string;
  remote: string | null;
  forge: Forge | null;
}

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** A work tree (`.git` inside) or a bare repository (HEAD, objects/ and refs/ inside). */
function looksLikeRepository(dir: string): boolean {
  return existsSync(join(dir, '.git')) || (existsSync(join(dir, 'HEAD')) && isDir(join(dir, 'objects')) && isDir(join(dir, 'refs')));
}

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

/** The repositories the paths name, in order; a folder of clones gives its clones sorted by name. */
export async function findRepositories(paths: readonly string[], cwd: string): Promise<RepositoryTarget[]> {
  const targets: RepositoryTarget[] = [];
  for (const path of paths.length ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    if (!isDir(absolute)) throw new InputError(`${path}: no such directory`);
    if (looksLikeRepository(absolute)) {
      targets.push(await target(path, cwd));
      continue;
    }
    const clones = readdirSync(absolute, { withFileTypes: true })
      .filter((e) => e.isDirectory() && looksLikeRepository(join(absolute, e.name)))
      .map((e) => e.name)
      .sort();
    if (clones.length) {
      for (const clone of clones) targets.push(await target(join(path, clone), cwd));
      continue;
    }
    // A folder inside a work tree audits that repository; anything else says what it expected.
    try {
      targets.push(await target(path, cwd));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${path}: not a git repository, and no folder in it is one (pass repositories, or a folder of clones)`);
      throw error;
    }
  }
  // The same repository named twice is audited once.
  const seen = new Set<string>();
  const unique = targets.filter((t) => !seen.has(t.repo.gitDir) && seen.add(t.repo.gitDir));
  // Two repositories with one name (forks, same folder names) are told apart.
  const counts = new Map<string, number>();
  for (const t of unique) {
    const n = (counts.get(t.name) ?? 0) + 1;
    counts.set(t.name, n);
    if (n > 1) t.name = `${t.name}#${n}`;
  }
  return unique;
}
