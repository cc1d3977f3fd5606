/**
 * What a commit changes: the staged files (`git diff --cached --raw -z`), each with the blob it
 * had and the one it will have. Paths always come from git's NUL-separated raw output, never
 * parsed out of its prose. Which lines a file adds is not asked of git (sources/staged.ts).
 */
import { InputError } from '../errors.js';
import { runGit, gitComplaint } from './process.js';

export interface StagedFile {
  status: string;
  newMode: string;
  /** The committed version (all zeros for a new file). */
  oldBlob: string;
  newBlob: string;
  path: string;
}

/** The files the next commit changes, with the blob each will have (deletions left out). */
export async function stagedFiles(dir: string): Promise<StagedFile[]> {
  const { code, stdout: out, stderr } = await runGit(dir, ['diff', '--cached', '--raw', '-z', '-M', '--no-abbrev', '--no-color', '--no-ext-diff']);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  const tokens = out.split('\0');
  const files: StagedFile[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.startsWith(':')) continue;
    const [, newMode, oldBlob, newBlob, status] = token.slice(1).split(' ') as [string, string, string, string, string];
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const path = tokens[i + (twoPaths ? 2 : 1)]!;
    i += twoPaths ? 2 : 1;
    if (status.startsWith('D')) continue;
    files.push({ status, newMode, oldBlob, newBlob, path });
  }
  return files;
}
