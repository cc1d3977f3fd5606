/**
 * The one door to git: every git process pdguard starts is started here, with configuration and
 * environment that keep the repository being scanned from running a program or changing what
 * git shows. A scanned repository is hostile: its `.git/config` (or a file it includes) can name
 * programs that git runs on its own (fsmonitor, hooks, external diff and textconv drivers,
 * pagers, askpass, ssh, credential helpers, gpg), fetch from anywhere (a partial clone's
 * promisor remote, the `ext::` transport), replace objects (`refs/replace`), or reshape output
 * (quoting, prefixes, relative paths, colours, encodings). `-c` on the command line wins over
 * every configuration file, so each of those is set here to a value that runs nothing.
 *
 * Commands that read content also pass `--no-ext-diff --no-textconv` themselves (git/diff.ts,
 * sources/history.ts): attribute-selected diff drivers cannot be switched off by configuration.
 * Filters (`filter.<driver>.clean/smudge/process`) run only when git converts between the work
 * tree and the object store; no command here does (cat-file without --filters, diffs of the index
 * and of commits without external drivers). test/hostile-git.test.ts arms every one of these
 * and runs every command.
 *
 * What the user's own environment says (GIT_CONFIG_COUNT/GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND,
 * GIT_DIR…) is the user's choice, not the repository's; `-c` still wins over GIT_CONFIG_*.
 */
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type Socket, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Configuration for every git call: nothing runs, nothing is fetched, output is as parsed. */
const NEUTRAL: [string, string][] = [
  // What pdguard parses.
  ['core.quotePath', 'false'],
  ['diff.noprefix', 'false'],
  ['diff.mnemonicPrefix', 'false'],
  ['diff.relative', 'false'],
  ['color.ui', 'false'],
  ['log.showSignature', 'false'],
  ['log.decorate', 'false'],
  ['i18n.logOutputEncoding', 'UTF-8'],
  // Programs git would run by itself.
  ['core.fsmonitor', 'false'],
  ['core.hooksPath', '/dev/null'],
  ['core.pager', 'cat'],
  ['diff.external', ''],
  ['core.askPass', ''],
  ['credential.helper', ''],
  ['gpg.program', ''],
  ['gpg.ssh.program', ''],
  ['gpg.x509.program', ''],
  ['core.alternateRefsCommand', ''],
  ['submodule.recurse', 'false'],
  // Work git would start after a fetch (gc, maintenance, commit-graph writes) and their hooks.
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
  ['fetch.recurseSubmodules', 'false'],
  ['fetch.writeCommitGraph', 'false'],
  // What git shows: the real objects, never those `git replace` substitutes (see also the environment).
  ['core.useReplaceRefs', 'false'],
  ['advice.graftFileDeprecated', 'false'],
  // A transport that runs a shell command (`ext::`), even for the Action's fetches.
  ['protocol.ext.allow', 'never'],
];

/** And for commands that must not reach any network (all but the Action's fetches). */
const OFFLINE: [string, string][] = [
  ['protocol.allow', 'never'],
  ['core.sshCommand', ''],
];

export interface GitDoorOptions {
  /** The Action's fetches from the checkout's origin: transports allowed, credentials from the workflow's own configuration. */
  network?: boolean;
  /**
   * `rev-parse --git-path hooks` for `pdguard install`: the repository's own core.hooksPath is
   * the answer asked for. (rev-parse runs no hook.)
   */
  ownHooksPath?: boolean;
  /**
   * `pdguard audit URL`'s clones and fetches (remote/clone.ts): only the transports named here
   * (the URL's own, never `ext::` or a remote helper), and configuration that must not show in any
   * process's arguments (an `http.<url>.extraHeader` carrying a token) handed to git through
   * GIT_CONFIG_COUNT/KEY/VALUE in its environment.
   */
  remote?: { protocols: readonly string[]; secretConfig?: readonly (readonly [string, string])[] };
}

/** The `-c key=value` pairs of the door, as git's arguments. */
export function neutralConfig(options: GitDoorOptions = {}): string[] {
  const online = options.network || options.remote !== undefined;
  // A remote's fetch follows no redirect: an Authorization header must reach only the host named.
  // And a server that stalls (under 1 KB/s for a minute) ends the fetch instead of the audit waiting forever.
  const remote: [string, string][] = options.remote
    ? [
        ['http.followRedirects', 'false'],
        ['http.lowSpeedLimit', '1000'],
        ['http.lowSpeedTime', '60'],
      ]
    : [];
  return [...NEUTRAL, ...(online ? remote : OFFLINE)]
    .filter(([key]) => !(options.ownHooksPath && key === 'core.hooksPath'))
    .map(([key, value]) => `${key}=${value}`);
}

/** The transports the Action's fetches may use; none for every other command. */
const NETWORK_PROTOCOLS = 'file:git:http:https:ssh';

/** Variables of the user's environment that no git process gets (the audit's token: see withholdFromGit). */
const withheld = new Set<string>();

/**
 * Keeps `names` out of every git process's environment from now on: a token read from the
 * environment (GITHUB_TOKEN) reaches git only as the one header of the fetches that need it
 * (GitDoorOptions.remote), never in the environment of every git process pdguard starts.
 */
export function withholdFromGit(names: readonly string[]): void {
  for (const name of names) withheld.add(name);
}

/** The names withholdFromGit was given: a worker thread that starts git withholds them too. */
export function withheldFromGit(): string[] {
  return [...withheld];
}

/** The environment of every git process: the user's own, with what would make git run or show more taken out. */
export function gitEnvironment(env: NodeJS.ProcessEnv = process.env, options: GitDoorOptions = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of ['GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'GIT_ASKPASS', 'SSH_ASKPASS', ...withheld]) {
    delete out[name];
  }
  return {
    ...out,
    GIT_TERMINAL_PROMPT: '0',
    // Read the real objects: `git replace` would show other commits than those a push sends.
    GIT_NO_REPLACE_OBJECTS: '1',
    // Nor the parents a (deprecated, still honoured) info/grafts file makes up: it could cut the
    // pushed commits out of the walked range.
    GIT_GRAFT_FILE: '/dev/null',
    // A partial clone would fetch missing blobs from its promisor remote (git 2.44 and later honour this).
    GIT_NO_LAZY_FETCH: '1',
    // Unlike protocol.allow, this list wins over a repository's protocol.<name>.allow: with it empty,
    // no transport and no remote helper (`remote.<name>.vcs`) can start, whatever the repository says.
    GIT_ALLOW_PROTOCOL: options.remote ? options.remote.protocols.join(':') : options.network ? NETWORK_PROTOCOLS : '',
    // Reading takes no locks: a pre-commit hook runs while `git commit` holds the index lock.
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    ...secretConfig(out, options.remote?.secretConfig ?? []),
  };
}

/**
 * Configuration git reads from its environment (GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n,
 * GIT_CONFIG_VALUE_n), after whatever the user's own environment sets that way: it never appears
 * in a process's arguments (`ps`), and never in a file.
 */
function secretConfig(env: NodeJS.ProcessEnv, pairs: readonly (readonly [string, string])[]): NodeJS.ProcessEnv {
  if (!pairs.length) return {};
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  const out: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(start + pairs.length) };
  pairs.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = key;
    out[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return out;
}

/** git's arguments for `args` through the door. */
export function gitArguments(args: readonly string[], options: GitDoorOptions = {}): string[] {
  return ['--no-replace-objects', ...neutralConfig(options).flatMap((pair) => ['-c', pair]), ...args];
}

/** What `--debug` is told about each git process when it ends: its arguments (without the door's `-c` pairs), where, how, how long. */
export interface GitRunReport {
  dir: string;
  args: readonly string[];
  code: number | null;
  ms: number;
}

let gitObserver: ((run: GitRunReport) => void) | undefined;

/** Tells `listener` about every git process from now on (the CLI's --debug); returns the way to stop. */
export function observeGit(listener: (run: GitRunReport) => void): () => void {
  gitObserver = listener;
  return () => {
    if (gitObserver === listener) gitObserver = undefined;
  };
}

export function spawnGit(repo: string, args: readonly string[], options: GitDoorOptions = {}): ChildProcessWithoutNullStreams {
  const child = spawn('git', gitArguments(args, options), { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnvironment(process.env, options) });
  observe(repo, args, child);
  return child;
}

export interface GitRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a small git command to its end: its exit code, standard output and first complaint. */
export async function runGit(dir: string, args: readonly string[], options: GitDoorOptions = {}): Promise<GitRun> {
  const child = spawnGit(dir, args, options);
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}

/** A git whose standard output pdguard reads through `output` (see spawnGitReading). */
export interface ReadGit {
  child: ChildProcess & { stdin: Writable; stderr: Readable };
  /** Resolves when all of the output has been handed on. */
  ended: Promise<void>;
}

/**
 * Spawn git with its standard output read into `buffer`, the same buffer for every read, and
 * handed to `received` (valid during the call only). A child's ordinary pipe gives every read
 * fresh memory: 5.6 GB of git.git's blobs came as 260,000 buffers, and their garbage was a third
 * of pdguard's own time and 40 MB of its memory. Node reads into one buffer only from a socket it
 * opens itself (`onread`), so git writes into a Unix socket made in a private (0700) temporary
 * directory, removed at once; where none can be made, the ordinary pipe is used.
 */
export async function spawnGitReading(repo: string, args: readonly string[], buffer: Buffer, received: (data: Buffer) => void): Promise<ReadGit> {
  const pair = await socketPair(buffer, received).catch(() => null);
  const stdio = ['pipe', pair ? pair.writer : 'pipe', 'pipe'] as const;
  const child = spawn('git', gitArguments(args), { cwd: repo, stdio: [...stdio], env: gitEnvironment(process.env) });
  observe(repo, args, child);
  if (pair) {
    pair.writer.destroy(); // the child holds its own copy: the reader sees the end when git exits
    return { child: child as ReadGit['child'], ended: pair.ended };
  }
  child.stdout!.on('data', received);
  const ended = new Promise<void>((resolve) => child.stdout!.once('close', () => resolve()));
  return { child: child as ReadGit['child'], ended };
}

async function socketPair(buffer: Buffer, received: (data: Buffer) => void): Promise<{ writer: Socket; ended: Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdguard-'));
  const server = createServer();
  try {
    const path = join(dir, 'out');
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const reader = connect({ path, onread: { buffer, callback: (length: number, data: Uint8Array) => (received(Buffer.from(data.buffer, data.byteOffset, length)), true) } });
    const connected = new Promise<void>((resolve, reject) => {
      reader.once('connect', resolve);
      reader.once('error', reject);
    });
    const [writer] = await Promise.all([accepted, connected]);
    reader.on('error', () => {}); // a broken connection shows as git's failure, or as an early end
    const ended = new Promise<void>((resolve) => reader.once('close', () => resolve()));
    return { writer, ended };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a --debug listener is told about git processes. */
export function observingGit(): boolean {
  return gitObserver !== undefined;
}

/** Tells the --debug listener, if any, of a git process run elsewhere (a worker thread's). */
export function reportGitRun(run: GitRunReport): void {
  gitObserver?.(run);
}

function observe(repo: string, args: readonly string[], child: ChildProcess): void {
  const observer = gitObserver;
  if (observer) {
    const started = performance.now();
    child.once('close', (code) => observer({ dir: repo, args, code, ms: Math.round(performance.now() - started) }));
  }
}

/** Collects a child's stderr (bounded) and resolves with its exit code. */
export function exitOf(child: ChildProcess & { stderr: Readable }): Promise<{ code: number | null; stderr: string }> {
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
