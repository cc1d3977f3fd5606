/** Revisions the user names (ranges, --since, pushed commits), checked before any scan starts. */
import { InputError, UsageError } from '../errors.js';
import { SHALLOW_FIX } from './advice.js';
import type { Repo } from './repo.js';
import { gitComplaint, runGit } from './process.js';

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

/** The forms `--range` takes, in its error message. */
export const RANGE_FORMS = 'A..B, A.. (to HEAD), ..B (from HEAD), A...B or A... (either side but not both)';

/**
 * The `git log` arguments for a range as git users type it: `A..B` (commits in B that are not
 * in A), `A..` and `..B` (an omitted end is HEAD, as in git), `A...B` (the commits of either side
 * that are not in both, so a merge base and what it contains are left out). Each end is checked
 * first, so that a typo fails before a long scan; a ref name cannot contain `..`, so the first
 * one separates the ends.
 */
export async function rangeRevisions(repo: Repo, range: string): Promise<string[]> {
  const symmetric = range.includes('...');
  const separator = symmetric ? '...' : '..';
  const at = range.indexOf(separator);
  const base = at < 0 ? '' : range.slice(0, at);
  const tip = at < 0 ? '' : range.slice(at + separator.length);
  if (at < 0 || (base === '' && tip === '') || tip.includes('..') || base.includes('..') || tip.startsWith('.')) {
    throw new UsageError(`--range takes ${RANGE_FORMS} (got '${range}'); for everything after REV on any ref use --since REV`);
  }
  const baseSha = await requireCommit(repo, base || 'HEAD', 'the range base');
  const tipSha = await requireCommit(repo, tip || 'HEAD', 'the range tip');
  if (!symmetric) return [tipSha, `^${baseSha}`];
  const { code, stdout, stderr } = await runGit(repo.dir, ['merge-base', '--all', '--end-of-options', baseSha, tipSha]);
  // Exit 1 with no output: unrelated histories, no common commit, so both sides are scanned whole.
  if (code !== 0 && (code !== 1 || stdout.trim() !== '')) throw new InputError(`--range ${range}: git cannot find the merge base: ${gitComplaint(stderr)}`);
  const bases = stdout.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  return [baseSha, tipSha, ...bases.map((sha) => `^${sha}`)];
}
