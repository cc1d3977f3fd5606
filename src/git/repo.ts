/** Finding the repository and asking it small questions (through simple-git). */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError } from 'simple-git';
import { InputError } from '../errors.js';
import { SHALLOW_FIX } from './advice.js';
import { git, gitComplaint } from './process.js';

export { SHALLOW_FIX };

export interface Repo {
  /** Where git commands run: the work tree's top, or the git directory of a bare repository. */
  dir: string;
  gitDir: string;
  bare: boolean;
  shallow: boolean;
}


function complaint(error: unknown): string {
  return gitComplaint(error instanceof GitError ? error.message : error instanceof Error ? error.message : String(error));
}

export async function openRepo(dir: string): Promise<Repo> {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  // One git call for a work tree (the hook's case); a bare repository refuses --show-toplevel.
  const ask = async (args: string[]) => (await git(absolute).raw(['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--absolute-git-dir', ...args])).split('\n').map((l) => l.trim());
  let lines: string[];
  try {
    lines = await ask(['--show-toplevel']);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(message)) throw new InputError(`${dir}: not a git repository (run pdguard in a repository, or pass --repo DIR)`);
    if (!/must be run in a work tree/i.test(message)) throw new InputError(`${dir}: git cannot read this repository: ${complaint(error)}`);
    lines = await ask([]);
  }
  const [bare, shallow, gitDir, top] = lines;
  if (bare === 'true' || !top) return { dir: gitDir!, gitDir: gitDir!, bare: true, shallow: shallow === 'true' };
  return { dir: top, gitDir: gitDir!, bare: false, shallow: shallow === 'true' };
}

/** The commit a revision names, or null when this repository does not have it. */
export async function resolveCommit(repo: Repo, rev: string): Promise<string | null> {
  if (rev.startsWith('-')) return null; // never let a revision be read as an option
  try {
    const sha = (await git(repo.dir).raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
    return sha || null;
  } catch {
    return null;
  }
}

/** A revision the user named: its commit, or a one-line error that says how to get it. */
export async function requireCommit(repo: Repo, rev: string, what: string): Promise<string> {
  const sha = await resolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.shallow) throw new InputError(`${what} '${rev}' is not in this shallow clone; ${SHALLOW_FIX}`);
  throw new InputError(`${what} '${rev}' is not a commit in this repository`);
}
