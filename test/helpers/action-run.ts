/**
 * Runs the built Action (dist/action/index.js) as a GitHub runner does: a child node process with
 * the event payload in GITHUB_EVENT_PATH, inputs as INPUT_* variables, and the output and step
 * summary files, which are read back afterwards.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, unprivilegedPackage } from './cli.js';
import { isolatedGitEnv, tempDir } from './action-git.js';

export const ACTION = join(REPO_ROOT, 'dist', 'action', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The SARIF report's text, when one was written where the outputs say. */
  sarif: string | null;
  /** `::error file=…` and friends: one per annotation, properties unescaped. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
}

export interface ActionOptions {
  workspace: string;
  event: string;
  payload?: unknown;
  /** Input name → value (as `with:` gives them; defaults come from action.yml in real runs). */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Another copy of the bundle to run. */
  action?: string;
  /** Run as this user (root reads everything; permissions mean what they say only for others). */
  uid?: number;
  gid?: number;
}

/** The runner's defaults for every input, from the contract. */
export const INPUT_DEFAULTS: Record<string, string> = { mode: 'auto', path: '.', verify: 'false', 'fail-on': 'any', 'sarif-file': 'pdguard.sarif', args: '' };

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` … `delimiter`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

const unescape = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    out.push({ level: m[1]!, properties, message: unescape(m[3]!) });
  }
  return out;
}

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  // Another user runs the world-readable copy of the bundle: this checkout may be out of its reach.
  const action = options.action ?? (options.uid !== undefined ? join(unprivilegedPackage(), 'dist', 'action', 'index.js') : ACTION);
  if (!existsSync(action)) throw new Error(`${action} is missing: run node scripts/build.mjs first`);
  const runner = tempDir('pdguard-runner-');
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  if (options.uid !== undefined) {
    chmodSync(runner, 0o777);
    for (const file of [eventPath, outputPath, summaryPath]) chmodSync(file, 0o666);
  }
  const inputs = { ...INPUT_DEFAULTS, ...options.inputs };
  const env: Record<string, string> = {
    ...isolatedGitEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/service',
    RUNNER_TEMP: join(runner, 'tmp'),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // The runner starts the Action in the workspace.
    const child = spawn(process.execPath, [action], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ code: exit, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const sarifPath = outputs['sarif-file'];
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    sarif: sarifPath && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : null,
    annotations: parseAnnotations(stdout),
  };
}
