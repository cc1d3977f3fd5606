/** Revisions the user names (ranges, --since, pushed commits), checked before any scan starts. */
import { InputError } from '../errors.js';
import { SHALLOW_FIX } from './advice.js';
import type { Repo } from './repo.js';
import { runGit } from './process.js';

/** The commit a revision names, or null when this repository does not have it. */
export async function resolveCommit(repo: Repo, rev: string): Promise<string | null> {
  if (rev.startsWith('-')) return null; // never let a revision be read as an option
  const { code, stdout } = await runGit(repo.dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = stdout.trim();
  return code === 0 && sha ? sha : null;
}

/** A revision the user named: its commit, or a one-line error that says how to get it. */
export async function requireCommit(repo: Repo, rev: string, what: string): Promise<string> {
  const sha = await resolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.shallow) throw new InputError(`${what} '${rev}' is not in this shallow clone; ${SHALLOW_FIX}`);
  throw new InputError(`${what} '${rev}' is not a commit in this repository`);
}
