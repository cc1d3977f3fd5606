/**
 * The files of a change's base commit, read from git's objects and never from the checked-out work
 * tree (which is the change's). A path is looked up in the commit's tree as git stores it: a path
 * whose folder is a symbolic link in the base has no file there, and only a regular file counts —
 * a link, a submodule or a folder at the path is "no regular file", never followed. Blobs are read
 * raw (`git cat-file blob`: no textconv, no filters), through the one door, within a size cap.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';

/** Configuration, baseline and pattern files larger than this are refused, not read. */
export const MAX_SETTINGS_FILE = 64 * 1024 * 1024;

export type BaseFile =
  | { kind: 'file'; text: string }
  | { kind: 'absent' }
  /** Something else is at the path: a symbolic link, a submodule, a folder. */
  | { kind: 'other'; what: string };

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** `file` (absolute) relative to the repository's top, in git's spelling; null when it is outside. */
export function inRepository(top: string, file: string): string | null {
  const rel = relative(top, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? null : toPosix(rel);
}

const KINDS: Record<string, string> = { '120000': 'a symbolic link', '160000': 'a submodule', '040000': 'a folder' };

export class BaseCommit {
  constructor(
    readonly top: string,
    readonly sha: string,
  ) {}

  get label(): string {
    return this.sha.slice(0, 12);
  }

  /** How messages name a file of this commit: `0123456789ab:path`. */
  at(path: string): string {
    return `${this.label}:${path}`;
  }

  /** The tree entry at `path` (relative to the top, `/`-separated), or null when there is none. */
  async entry(path: string): Promise<{ mode: string; type: string; oid: string } | null> {
    const clean = posix.normalize(path);
    if (clean === '.' || clean.startsWith('../') || clean === '..' || posix.isAbsolute(clean)) return null;
    // --literal-pathspecs: ls-tree's paths are patterns otherwise (a `*` in a name would match others).
    const run = await runGit(this.top, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', this.sha, '--', clean]);
    if (run.code !== 0) throw new ConfigError(`cannot list ${clean} in the base commit ${this.label}: ${gitComplaint(run.stderr)}`);
    for (const record of run.stdout.split('\0')) {
      const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (match && match[4] === clean) return { mode: match[1]!, type: match[2]!, oid: match[3]! };
    }
    return null;
  }

  /** The text of the regular file at `path`, or why there is none. */
  async read(path: string): Promise<BaseFile> {
    const entry = await this.entry(path);
    if (entry === null) return { kind: 'absent' };
    if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
      return { kind: 'other', what: KINDS[entry.mode] ?? `not a regular file (mode ${entry.mode})` };
    }
    const size = await runGit(this.top, ['cat-file', '-s', entry.oid]);
    if (size.code !== 0) throw new ConfigError(`cannot read ${path} from the base commit ${this.label}: ${gitComplaint(size.stderr)}`);
    if (Number(size.stdout.trim()) > MAX_SETTINGS_FILE) {
      throw new ConfigError(`${this.at(path)}: larger than ${MAX_SETTINGS_FILE / 1024 / 1024} MB; pdguard does not read a settings file that large`);
    }
    const chunks: Buffer[] = [];
    await this.stream(entry.oid, (data) => chunks.push(data), path);
    return { kind: 'file', text: Buffer.concat(chunks).toString('utf8') };
  }

  /** The raw content of the blob `oid`, chunk by chunk; `path` names it in an error. */
  async stream(oid: string, chunk: (data: Buffer) => void, path: string): Promise<void> {
    const child = spawnGit(this.top, ['cat-file', 'blob', oid]);
    child.stdin.end();
    child.stdout.on('data', chunk);
    const { code, stderr } = await exitOf(child);
    if (code !== 0) throw new ConfigError(`cannot read ${path} from the base commit ${this.label}: ${gitComplaint(stderr)}`);
  }
}
