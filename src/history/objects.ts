/**
 * What a selection of commits holds, asked of git in its cheapest form: how many commits, and
 * every unique blob their trees reach (`git rev-list --objects`), each once, without a single diff.
 * Rename detection and attribution are paid later, only for blobs with findings (attribute.ts).
 */
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';

/**
 * Pack access through bounded windows: git maps its pack files, and every mapped page counts in
 * its resident memory (a 500 MB pack held 420 MB in `rev-list --objects`). Measured on git.git's
 * 500 MB pack: rev-list at 118 MB with 64 MB of 32 MB windows (6 s, as fast as unbounded).
 */
export const PACK_WINDOWS = ['-c', 'core.packedGitWindowSize=32m', '-c', 'core.packedGitLimit=64m'];

/**
 * cat-file reads blobs all over the pack: small windows (1 MB, 32 MB in all) keep it as fast as
 * unbounded ones (32 MB windows were remapped again and again: 42 s instead of 20 s) at 196 MB
 * instead of 424 MB. Its delta-base cache stays at git's default: halving it cost 50% more time.
 */
export const BLOB_READING = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=32m'];

export interface BlobList {
  /** Blob ids, in the order rev-list meets them (good for git's delta cache). */
  oids: string[];
  /** Blobs the repository lacks (a partial clone): they could not be scanned. */
  missing: string[];
}

/** How many commits `revs` selects. */
export async function countCommits(dir: string, revs: readonly string[]): Promise<number> {
  const { code, stdout, stderr } = await runGit(dir, [...PACK_WINDOWS, 'rev-list', '--count', ...revs, '--']);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return Number(stdout.trim());
}

/** Every blob the commits `revs` reach, except those `skip` says are known already. */
export async function listBlobs(dir: string, revs: readonly string[], skip: (oid: string) => boolean): Promise<BlobList> {
  const child = spawnGit(dir, [
    ...PACK_WINDOWS,
    'rev-list', '--objects', '--filter=object:type=blob', '--filter-provided-objects', '--missing=print',
    ...revs, '--',
  ]);
  child.stdin.end();
  const exit = exitOf(child);
  const list: BlobList = { oids: [], missing: [] };
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith('?')) {
      list.missing.push(line.slice(1).trim());
      continue;
    }
    const space = line.indexOf(' ');
    if (space < 0) continue; // a commit or a tagged object: no blob of a tree
    const oid = line.slice(0, space);
    if (skip(oid)) continue;
    list.oids.push(oid);
  }
  const { code, stderr } = await exit;
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

/** The blobs among `oids` larger than `limit` bytes, with their sizes, read from object headers only. */
export async function blobsLargerThan(dir: string, oids: readonly string[], limit: number): Promise<Map<string, number>> {
  const large = new Map<string, number>();
  if (oids.length === 0) return large;
  const child = spawnGit(dir, [...PACK_WINDOWS, 'cat-file', '--batch-check=%(objectname) %(objectsize)', '--buffer']);
  const exit = exitOf(child);
  child.stdin.on('error', () => {}); // reported through the exit status instead
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const fed = (async () => {
    for (const oid of oids) if (!child.stdin.write(`${oid}\n`)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    child.stdin.end();
  })();
  for await (const line of lines) {
    const [oid, size] = line.split(' ');
    const bytes = Number(size);
    if (oid !== undefined && Number.isFinite(bytes) && bytes > limit) large.set(oid, bytes);
  }
  await fed;
  const { code, stderr } = await exit;
  if (code !== 0) throw new InputError(`git cat-file failed: ${gitComplaint(stderr)}`);
  return large;
}
