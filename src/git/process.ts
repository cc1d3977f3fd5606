/**
 * Running git directly: the two streams that carry whole histories (`git log` and
 * `git cat-file --batch`, which simple-git would buffer whole), and the few commands a
 * pre-commit hook needs (which should not pay for loading simple-git). Other control commands go
 * through simple-git (git/simple.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { InputError } from '../errors.js';

/** Options that keep a user's git configuration from changing what pdguard reads. */
export const NEUTRAL_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false'];

export function spawnGit(repo: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...NEUTRAL_CONFIG, ...args], {
    cwd: repo,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/** Runs a small git command to its end: its exit code, standard output and first complaint. */
export async function gitCommand(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnGit(dir, args);
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
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
