/**
 * A pull request must not judge itself: for `pull_request` and `pull_request_target` events, the
 * files that can hide findings (`.pdguard.yaml`, the `--config`, `--baseline` and `--patterns` files
 * of the args input, when they are in the repository) are read from the pull request's base
 * commit, never from the checked-out change. A file outside the repository is the workflow's own
 * and is read as it is. A file the base does not have gives the defaults (no exclusions, no
 * allow list, no baseline); a pattern file the base does not have is the change's own, which can
 * only add rules.
 *
 * Blobs are read raw (`git cat-file blob`: no textconv, no filters), through the one door.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ScanFlags } from '../cli/options.js';
import { CONFIG_FILE_NAME, type Config, EMPTY_CONFIG, loadConfig, parseConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';
import { parseBaseline, readBaseline } from '../suppress/baseline.js';
import type { GithubEvent } from './event.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The commit whose settings a run must use instead of the checkout's: a pull request's base; null for other events. */
export function reviewedBase(event: GithubEvent): string | null {
  if (event.name !== 'pull_request' && event.name !== 'pull_request_target') return null;
  const pr = event.payload.pull_request as { base?: { sha?: unknown } } | undefined;
  const sha = pr?.base?.sha;
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    throw new InputError(`the ${event.name} event's payload has no base commit (pull_request.base.sha): the configuration cannot be read from it`);
  }
  return sha;
}

export interface TrustedSettings {
  config: Config;
  baseline: Set<string> | null;
  /** Pattern files to load: copies of the base's versions, or the workflow's own files. */
  patterns: string[];
  /** What was read from where, one line each, for the log. */
  notes: string[];
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** `file` relative to the repository's top, or null when it is outside it. */
function inRepository(top: string, file: string): string | null {
  const rel = relative(top, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : toPosix(rel);
}

class BaseCommit {
  private copies: string | null = null;
  constructor(
    readonly top: string,
    readonly sha: string,
  ) {}

  get label(): string {
    return this.sha.slice(0, 12);
  }

  /** The content of `path` at this commit, or null when it has no such file. */
  async read(path: string): Promise<Buffer | null> {
    const object = await runGit(this.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${this.sha}:${path}`]);
    if (object.code !== 0) return null;
    const oid = object.stdout.trim();
    const type = await runGit(this.top, ['cat-file', '-t', oid]);
    if (type.stdout.trim() !== 'blob') return null;
    const child = spawnGit(this.top, ['cat-file', 'blob', oid]);
    child.stdin.end();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    const { code, stderr } = await exitOf(child);
    if (code !== 0) throw new InputError(`cannot read ${path} from the base commit ${this.label}: ${gitComplaint(stderr)}`);
    return Buffer.concat(chunks);
  }

  /** A copy of the base's `path` on disk, for loaders that read files; named after it, for messages. */
  copy(path: string, content: Buffer): string {
    this.copies ??= mkdtempSync(join(tmpdir(), 'pdguard-base-'));
    const file = join(this.copies, this.label, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }
}

/**
 * The settings of a pull request's run. `top`: the repository's top; `scannedRoot`: the directory
 * whose `.pdguard.yaml` applies (the repository's top for history scans); `base`: present in the checkout.
 */
export async function trustedSettings(top: string, base: string, scannedRoot: string, flags: ScanFlags): Promise<TrustedSettings> {
  const commit = new BaseCommit(top, base);
  const notes: string[] = [];
  const at = (path: string) => `${commit.label}:${path}`;

  let config: Config = EMPTY_CONFIG;
  if (flags.config !== undefined) {
    const rel = inRepository(top, flags.config);
    if (rel === null) {
      config = loadConfig(flags.config);
      notes.push(`configuration: ${flags.config} (the workflow's own file)`);
    } else {
      const text = await commit.read(rel);
      if (text) config = parseConfig(at(rel), text.toString('utf8'));
      notes.push(text ? `configuration: ${rel} as in the base commit ${commit.label}` : `configuration: the base commit ${commit.label} has no ${rel}: defaults`);
    }
  } else {
    // The scanned directory's .pdguard.yaml, else the one at the repository's top, as the base has them.
    const rel = inRepository(top, scannedRoot);
    const candidates = [...(rel ? [`${rel}/${CONFIG_FILE_NAME}`] : []), CONFIG_FILE_NAME];
    let found: string | null = null;
    for (const candidate of candidates) {
      const text = await commit.read(candidate);
      if (!text) continue;
      config = parseConfig(at(candidate), text.toString('utf8'));
      found = candidate;
      break;
    }
    notes.push(found ? `configuration: ${found} as in the base commit ${commit.label}` : `configuration: the base commit ${commit.label} has no ${CONFIG_FILE_NAME}: defaults`);
  }

  let baseline: Set<string> | null = null;
  if (flags.baseline !== undefined) {
    const rel = inRepository(top, flags.baseline);
    if (rel === null) {
      baseline = readBaseline(flags.baseline);
      notes.push(`baseline: ${flags.baseline} (the workflow's own file)`);
    } else {
      const text = await commit.read(rel);
      if (text) baseline = parseBaseline(at(rel), text.toString('utf8'));
      notes.push(text ? `baseline: ${rel} as in the base commit ${commit.label}` : `baseline: the base commit ${commit.label} has no ${rel}: none`);
    }
  }

  const patterns: string[] = [];
  for (const file of flags.patterns) {
    const rel = inRepository(top, resolve(file));
    const text = rel === null ? null : await commit.read(rel);
    patterns.push(rel !== null && text ? commit.copy(rel, text) : file);
    if (rel !== null) notes.push(text ? `patterns: ${rel} as in the base commit ${commit.label}` : `patterns: ${rel} is new in the pull request (it can only add rules)`);
  }
  return { config, baseline, patterns, notes };
}
