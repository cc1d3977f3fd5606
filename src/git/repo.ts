/** Finding the repository: where it is, whether it is bare or shallow, and what part of history it holds. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { crypto } from '../util/crypto.js';
import { readBoundedBytesIfPresent } from '../util/read-bounded.js';
import { SHALLOW_FIX } from './advice.js';
import { gitWouldWait } from './hazards.js';
import { runGit, gitComplaint } from './process.js';

export { SHALLOW_FIX };

export interface Repo {
  /** Where git commands run: the work tree's top, or the git directory of a bare repository. */
  dir: string;
  gitDir: string;
  bare: boolean;
  shallow: boolean;
}


export async function openRepo(dir: string): Promise<Repo> {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const hazard = gitWouldWait(absolute);
  if (hazard) throw new InputError(`${dir}: git would wait forever on this repository (${hazard}), so it is not run there`);
  // One git call for a work tree (the hook's case); a bare repository refuses --show-toplevel.
  const ask = (args: string[]) => runGit(absolute, ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--absolute-git-dir', ...args]);
  let answer = await ask(['--show-toplevel']);
  if (answer.code !== 0 && /must be run in a work tree/i.test(answer.stderr)) answer = await ask([]);
  if (answer.code !== 0) {
    if (/not a git repository/i.test(answer.stderr)) throw new InputError(`${dir}: not a git repository (run pdguard in a repository, or pass --repo DIR)`);
    throw new InputError(`${dir}: git cannot read this repository: ${gitComplaint(answer.stderr)}`);
  }
  const [bare, shallow, gitDir, top] = answer.stdout.split('\n').map((l) => l.trim());
  if (bare === 'true' || !top) return { dir: gitDir!, gitDir: gitDir!, bare: true, shallow: shallow === 'true' };
  return { dir: top, gitDir: gitDir!, bare: false, shallow: shallow === 'true' };
}

/** A shallow file larger than this (a million boundary commits) is not read: the view is unknown. */
const MAX_SHALLOW_FILE = 64 * 1024 * 1024;

/**
 * Which part of history the repository holds, as a digest: `whole`, or the shallow boundary (the
 * commits `git clone --depth` cut history at, as git lists them in its `shallow` file). Fetching
 * deeper (`--unshallow`, `--deepen`) changes it. Null when it cannot be known (the file is not a
 * regular file, or too large): what was learned in one view must not be taken for another.
 */
export async function historyView(dir: string): Promise<string | null> {
  const { code, stdout } = await runGit(dir, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']);
  if (code !== 0) return null;
  try {
    const boundary = readBoundedBytesIfPresent(stdout.trim(), MAX_SHALLOW_FILE);
    return boundary === null || boundary.length === 0 ? 'whole' : `shallow:${crypto().createHash('sha256').update(boundary).digest('hex')}`;
  } catch {
    return null;
  }
}
