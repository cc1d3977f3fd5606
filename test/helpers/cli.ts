/** Runs the real, built CLI in a child process, as users and hooks do. */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

let unprivilegedRoot: string | undefined;

/**
 * A world-readable copy of the built package (dist/, patterns/, package.json) for the tests that
 * run pdguard as another user (uid 65534, so that permissions bite even when the tests run as
 * root): the checkout itself may sit where that user cannot reach it (under /root, or in a 0700
 * `mktemp -d` folder). Made once per test file, removed with its temporary directories.
 */
export function unprivilegedPackage(): string {
  if (unprivilegedRoot && statSafe(unprivilegedRoot)) return unprivilegedRoot;
  const root = join(tempDir('pdguard-bundle-'), 'pdguard');
  for (const part of ['dist', 'patterns', 'package.json']) cpSync(join(REPO_ROOT, part), join(root, part), { recursive: true });
  const open = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      chmodSync(path, 0o755);
      for (const entry of readdirSync(path)) open(join(path, entry));
    } else chmodSync(path, stat.mode & 0o111 ? 0o755 : 0o644);
  };
  open(dirname(root));
  unprivilegedRoot = root;
  return root;
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  uid?: number;
  gid?: number;
  timeoutMs?: number;
}

/** The environment of a plain run: no colour forced either way, not under CI. */
function baseEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS']) delete env[name];
  return env;
}

/** Waits for a child, collecting its output; kills it after `timeoutMs`. */
function collect(child: ChildProcess, timeoutMs: number): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  // Another user runs the world-readable copy: this checkout may be out of its reach.
  const unprivileged = options.uid !== undefined ? unprivilegedPackage() : undefined;
  const child = spawn(process.execPath, [unprivileged ? join(unprivileged, 'dist', 'cli.js') : CLI, ...args], {
    cwd: options.cwd ?? unprivileged ?? REPO_ROOT,
    env: { ...baseEnv(), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  const result = collect(child, options.timeoutMs ?? 60_000);
  child.stdin!.on('error', () => {}); // the CLI may exit before reading all input
  child.stdin!.end(options.input ?? '');
  return result;
}

/** A fresh directory holding `files` (path → content), removed after the test file. */
export function makeTree(files: Record<string, string | Buffer> = {}): string {
  const root = tempDir('pdguard-test-');
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  scan: {
    mode: string;
    root: string;
    bytesScanned: number;
    filesScanned: number;
    commitsScanned: number;
    blobsScanned: number;
    skipped: { path: string; reason: string }[];
    durationMs: number;
    shallow?: boolean;
    revisions?: string;
  };
  findings: {
    ruleId: string;
    ruleName: string;
    confidence: string;
    severity: string;
    path: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    secret: string;
    secretHash: string;
    fingerprint: string;
    region: string | null;
    remediation: string;
    helpUri: string;
    commit?: { sha: string; author: string; email: string; date: string };
    verification?: { status: 'live' | 'dead' | 'unknown'; reason: string; httpStatus?: number };
  }[];
  summary: { findings: number; suppressed: number; live: number; dead: number; unknown: number; unchecked?: number };
}

export async function scanJson(args: string[], options: CliOptions = {}): Promise<{ result: CliResult; report: JsonReport }> {
  const result = await runCli(['scan', '--format', 'json', ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout.slice(0, 500)} ${result.stderr.slice(0, 500)}`);
  }
  return { result, report };
}

/**
 * Runs the CLI in a child that reports its own peak resident memory on exit: the CLI is imported
 * into a tiny wrapper, so the figure is pdguard's and nothing else's.
 */
export async function runCliMeasured(args: string[], options: CliOptions = {}): Promise<CliResult & { maxRssMb: number }> {
  const wrapper = [
    `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}];`,
    "process.on('exit', () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));",
    `await import(${JSON.stringify(CLI)});`,
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', wrapper], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...baseEnv(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result = await collect(child, options.timeoutMs ?? 120_000);
  const rss = /maxRSS=(\d+)/.exec(result.stderr);
  if (!rss) throw new Error(`no memory figure: ${result.stderr.slice(0, 500)}`);
  return { ...result, stderr: result.stderr.replace(/\n?maxRSS=\d+\n/, ''), maxRssMb: Number(rss[1]) / 1024 };
}
