/**
 * Running git. Small control commands go through simple-git; the two streams that carry whole
 * histories (`git log` and `git cat-file --batch`) are spawned directly, because simple-git
 * buffers a command's whole output and a history does not fit in memory.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from '../errors.js';

export function git(repo: string): SimpleGit {
  return simpleGit({ baseDir: repo, maxConcurrentProcesses: 4, trimmed: true });
}

/** Options that keep a user's git configuration from changing what pdguard reads. */
export const NEUTRAL_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false'];

export function spawnGit(repo: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...NEUTRAL_CONFIG, ...args], {
    cwd: repo,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/** Collects a child's stderr (bounded) and resolves with its exit code. */
export function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The first line of git's complaint, for a one-line error. */
export function gitComplaint(stderr: string): string {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'git failed';
  return line.replace(/^(fatal|error): /, '');
}

export async function requireGit(): Promise<void> {
  const child = spawn('git', ['--version'], { stdio: 'ignore' });
  const ok = await new Promise<boolean>((resolve) => {
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  if (!ok) throw new InputError('git is not installed or not on PATH; install git to scan history');
}
