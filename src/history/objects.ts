/**
 * What a selection of commits holds, asked of git in its cheapest form: the commits, parents first,
 * and every unique blob their trees reach (`git rev-list --objects`), each once, without a single diff.
 * Rename detection and attribution are paid later, only for blobs with findings (attribute.ts).
 */
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';
import { OidTable } from './oids.js';

/**
 * Pack access through bounded windows: git maps its pack files, and every mapped page counts in
 * its resident memory (a 500 MB pack held 420 MB in `rev-list --objects`). Measured on git.git's
 * 500 MB pack: rev-list at 118 MB with 64 MB of 32 MB windows (6 s, as fast as unbounded).
 */
export const PACK_WINDOWS = ['-c', 'core.packedGitWindowSize=32m', '-c', 'core.packedGitLimit=64m'];

/**
 * cat-file reads blobs all over the pack: small windows (1 MB, 16 MB in all) keep it as fast as
 * unbounded ones (32 MB windows were remapped again and again: 42 s instead of 20 s). Blobs come
 * down their packs' delta chains (pack-order.ts), where a small delta-base cache is as fast as
 * git's default 96 MB: rails' blobs 5.7 s with 8 MB (63 MB resident), 5.6 s with 16 MB (71 MB);
 * on git.git 5.1 s with 8 or 16 MB, 5.2 s with 48 MB (123 MB). History reads with two of them at
 * once (sources/history.ts), so each keeps to 8 MB.
 */
export const BLOB_READING = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m', '-c', 'core.deltaBaseCacheLimit=8m'];

/**
 * rev-list inflates every tree, and most are deltas: with git's default 96 MB delta-base cache it
 * held 180 MB on git.git and took 7.5 s; with 24 MB, 98 MB and 5.7 s (a larger cache only costs
 * page faults). The attribution log (attribute.ts) diffs every commit's trees the same way: with
 * these settings 11.7 s and 147 MB on git.git, against 13.6 s and 225 MB with PACK_WINDOWS.
 */
export const LISTING = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m', '-c', 'core.deltaBaseCacheLimit=24m'];

export interface BlobList {
  /** Blob ids, in the order rev-list meets them (after any the table held already). */
  oids: OidTable;
  /** Blobs the repository lacks (a partial clone): they could not be scanned. */
  missing: string[];
  /** For blobs whose (first) path `named` picked: that path. Only those, to keep the list small. */
  paths: Map<string, string>;
}

/**
 * Hands each line git writes to `stdout` to `line` as bytes (`data[start, end)`, no newline),
 * never as a string. Returns what to call once git has exited: it hands on a last line that
 * has no newline.
 */
function eachLine(stdout: Readable, line: (data: Buffer, start: number, end: number) => void): () => void {
  let carry: Buffer = Buffer.alloc(0);
  const lines = (data: Buffer) => {
    let start = 0;
    for (let newline = data.indexOf(10); newline >= 0; start = newline + 1, newline = data.indexOf(10, start)) line(data, start, newline);
    carry = data.subarray(start);
  };
  stdout.on('data', (data: Buffer) => lines(carry.length ? Buffer.concat([carry, data]) : data));
  return () => {
    if (carry.length) lines(Buffer.concat([carry, Buffer.from('\n')]));
    carry = Buffer.alloc(0);
  };
}

/**
 * The commits `revs` selects, parents before children (`--topo-order --reverse`): the order in
 * which attribution diffs them, so that the first commit to show a blob is the one that
 * introduced it. Listed beside the blob listing (it walks commits only: 1 s and 50 MB on git.git).
 */
export async function listCommits(dir: string, revs: readonly string[]): Promise<OidTable> {
  const child = spawnGit(dir, [...PACK_WINDOWS, 'rev-list', '--topo-order', '--reverse', ...revs, '--']);
  child.stdin.end();
  const exit = exitOf(child);
  const commits = new OidTable();
  const flush = eachLine(child.stdout, (data, start, end) => commits.pushHexBytes(data, start, end));
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return commits;
}

/**
 * Every blob the commits `revs` reach, except those `skip` says are known already. rev-list runs
 * alone: reading blobs waits for the whole list, to read it in pack order (pack-order.ts), and
 * rev-list's memory is freed before cat-file's is taken.
 */
export async function listBlobs(
  dir: string,
  revs: readonly string[],
  skip: (oids: OidTable, index: number) => boolean,
  oids = new OidTable(),
  named: (path: string) => boolean = () => false,
): Promise<BlobList> {
  const child = spawnGit(dir, [
    ...LISTING, 'rev-list', '--objects', '--filter=object:type=blob', '--filter-provided-objects', '--missing=print',
    ...revs, '--',
  ]);
  child.stdin.end();
  const exit = exitOf(child);
  const list: BlobList = { oids, missing: [], paths: new Map() };
  const flush = eachLine(child.stdout, (data, start, newline) => {
    // "<oid> <path>" (the path empty for a blob a tag names), "?<oid>" for a missing object.
    if (data[start] === 63 /* ? */) {
      list.missing.push(data.toString('latin1', start + 1, newline).trim());
      return;
    }
    const space = data.indexOf(32, start);
    if (space < 0 || space > newline) return; // a commit or a tagged object: no blob of a tree
    // A path with a newline in it spills onto a line of its own: never taken for an id.
    if (!oids.pushHexBytes(data, start, space)) return;
    if (skip(oids, oids.length - 1)) oids.pop();
    else if (newline - space > 1) {
      const path = data.toString('latin1', space + 1, newline);
      if (named(path)) list.paths.set(data.toString('latin1', start, space), path);
    }
  });
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return list;
}

/** The commits `revs` names (its tips, tags peeled), without walking. */
export async function tipsOf(dir: string, revs: readonly string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runGit(dir, ['rev-list', '--no-walk=unsorted', ...revs, '--']);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return [...new Set(stdout.split('\n').filter((l) => l !== ''))];
}

/** Whether every commit in `tips` exists and is in the history `revs` selects. */
export async function allWithin(dir: string, tips: readonly string[], revs: readonly string[]): Promise<boolean> {
  if (tips.length === 0) return false;
  const { code, stdout } = await runGit(dir, [...PACK_WINDOWS, 'rev-list', '--count', ...tips, '--not', ...revs, '--']);
  return code === 0 && stdout.trim() === '0';
}

/**
 * A stage between listing and reading for `--max-file-size`: the sizes of the blobs handed to
 * `push` come from their object headers (`cat-file --batch-check`), so a large blob is never
 * inflated. Those within `limit` go on to `small` in the order they came; the others to `large`.
 */
export class SizeGate {
  private readonly child;
  private readonly exit;
  private carry = '';

  constructor(dir: string, private readonly limit: number, private readonly small: (oids: string[]) => void, private readonly large: (oid: string, size: number) => void) {
    this.child = spawnGit(dir, [...PACK_WINDOWS, 'cat-file', '--batch-check=%(objectname) %(objectsize)', '--buffer']);
    this.exit = exitOf(this.child);
    this.child.stdin.on('error', () => {}); // reported through the exit status instead
    this.child.stdout.setEncoding('latin1');
    this.child.stdout.on('data', (text: string) => this.answers(this.carry + text));
  }

  /** Blob ids as hex lines (the buffer is written as it is); false when the caller should wait for `drained()`. */
  push(lines: Buffer): boolean {
    return this.child.stdin.write(lines);
  }

  /** Resolves when more may be pushed, or once git has ended (never waits for a dead process). */
  drained(): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => this.child.stdin.once('drain', resolve)), this.exit.then(() => {})]);
  }

  /** No more blobs: resolves once every answer has been handed on. */
  async close(): Promise<void> {
    this.child.stdin.end();
    const { code, stderr } = await this.exit;
    if (this.carry) this.answers(`${this.carry}\n`);
    if (code !== 0) throw new InputError(`git cat-file failed: ${gitComplaint(stderr)}`);
  }

  kill(): void {
    this.child.kill();
  }

  private answers(text: string): void {
    const small: string[] = [];
    const lines = text.split('\n');
    this.carry = lines.pop()!;
    for (const line of lines) {
      const [oid, size] = line.split(' ');
      const bytes = Number(size);
      if (!oid) continue;
      // An answer without a size ("<oid> missing") goes on, to be reported missing by the reader.
      if (Number.isFinite(bytes) && bytes > this.limit) this.large(oid, bytes);
      else small.push(oid);
    }
    if (small.length) this.small(small);
  }
}
