/**
 * Where blobs with findings were introduced: every (commit, path) at which one of them appears,
 * in the order `git log --reverse --topo-order` meets them, so that the first is the commit that
 * introduced it. Only those blobs are asked for (`--find-object`), so git's diffs stay tree
 * diffs without rename detection; renames are followed afterwards for these paths only
 * (renames.ts).
 *
 * `-c` (combined) shows what a merge itself introduced (a conflict resolved with new text); `-m`
 * would also list what it brings in from a parent, and a range scan would report the base
 * branch's secrets at the merge.
 */
import { InputError } from '../errors.js';
import { type FileChange, LOG_FORMAT, RawLogParser } from '../git/log.js';
import { exitOf, gitComplaint, spawnGit } from '../git/process.js';
import type { CommitInfo } from '../types.js';
import { LISTING } from './objects.js';

const NULL_BLOB = /^0+$/;
const GITLINK = '160000';
const SYMLINK = '120000';

/** One appearance of a blob with findings. */
export interface Occurrence {
  blob: string;
  path: string;
  commit: CommitInfo;
  /** The change added the path in this commit (no earlier version of it in the parent). */
  added: boolean;
  /** The commit is a merge (its renames are not followed, as before). */
  merge: boolean;
}

/** More objects than this and the log is read whole (a command line has its limits). */
const FIND_OBJECT_LIMIT = 2000;

/**
 * `complete`: the repository has every blob. In a partial clone `--find-object` would make git
 * fetch the missing blobs of every diff it looks at (or fail, with lazy fetching off), so there
 * the whole log is read and the blobs are picked out here.
 */
export async function findOccurrences(dir: string, revs: readonly string[], blobs: ReadonlySet<string>, complete = true): Promise<Occurrence[]> {
  if (blobs.size === 0) return [];
  const find = complete && blobs.size <= FIND_OBJECT_LIMIT ? [...blobs].map((oid) => `--find-object=${oid}`) : [];
  const found: Occurrence[] = [];
  await readChanges(dir, revs, find, (change, commit, merge) => {
    if (!blobs.has(change.newBlob)) return;
    found.push({ blob: change.newBlob, path: change.path, commit, added: change.combined ? /^A+$/.test(change.status) : change.status.startsWith('A'), merge });
  });
  return found;
}

/**
 * The blobs that the commits of a range add or change. `rev-list --objects A..B` leaves out the
 * objects of A's tree, so the same bytes committed at another path inside the range (a copy of a
 * file A has) would never be scanned; a range's own changes bring them back.
 */
export async function blobsChangedIn(dir: string, revs: readonly string[]): Promise<Set<string>> {
  const changed = new Set<string>();
  await readChanges(dir, revs, [], (change) => changed.add(change.newBlob));
  return changed;
}

/** Every change that leaves a blob at a path (no deletion, submodule or symbolic link), in log order. */
async function readChanges(
  dir: string,
  revs: readonly string[],
  extra: readonly string[],
  onChange: (change: FileChange, commit: CommitInfo, merge: boolean) => void,
): Promise<void> {
  const log = spawnGit(dir, [
    ...LISTING, '-c', 'log.showRoot=true',
    'log', ...revs,
    '--reverse', '--topo-order', '-c', '--no-renames', '--raw', '-z', '--no-abbrev', '--no-color',
    '--no-ext-diff', '--no-textconv', '--no-notes', LOG_FORMAT, ...extra, '--',
  ]);
  log.stdin.end();
  const exit = exitOf(log);
  let commit: CommitInfo | null = null;
  let merge = false;
  const parser = new RawLogParser({
    commit: (c) => {
      commit = c;
      merge = false;
    },
    change: (change: FileChange) => {
      if (change.combined) merge = true; // only a merge's changes are combined (`::`)
      if (!commit || change.status.startsWith('D') || NULL_BLOB.test(change.newBlob)) return;
      if (change.newMode === GITLINK || change.newMode === SYMLINK) return;
      onChange(change, commit, merge);
    },
  });
  log.stdout.on('data', (data: Buffer) => parser.push(data));
  const ended = new Promise<void>((resolve) => log.stdout.on('end', resolve));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  parser.end();
  if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
}
