/** Finding the repository: where it is, whether it is bare or shallow. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { SHALLOW_FIX } from './advice.js';
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
