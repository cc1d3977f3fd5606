/**
 * Which refs reach a commit, for many commits at the cost of one walk. `git for-each-ref
 * --contains` walks from every ref for every commit asked about: on git.git (1,000 refs, no
 * commit-graph file) that is 46 s for one commit on a loaded machine. Instead the commit graph is
 * read once (`git rev-list --all --parents`, about 2 s there), children are indexed, and the
 * descendants of each introducing commit are found in memory; a ref reaches the commit when its tip
 * is the commit or one of them. Read only when the repository has a credential, once per repository.
 */
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, spawnGit } from '../git/process.js';
import { LISTING } from '../history/objects.js';
import type { Repo } from '../git/repo.js';
import type { RefKind } from './model.js';
import { refKind } from './refs.js';

export interface RefTip {
  name: string;
  kind: RefKind;
  /** The commit at its tip (tags peeled). */
  commit: string;
}

async function gitLines(repo: Repo, args: string[], onLine: (line: string) => void): Promise<void> {
  // Small pack windows and delta cache: the commit walk held 222 MB on git.git with git's defaults.
  const child = spawnGit(repo.dir, [...LISTING, ...args]);
  child.stdin.end();
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line) onLine(line);
  });
  const { code, stderr } = await exitOf(child);
  if (rest) onLine(rest);
  if (code !== 0) throw new InputError(`${repo.dir}: git ${args[0]} failed while computing exposure: ${gitComplaint(stderr)}`);
}

/** Every ref's tip commit; symbolic refs (origin/HEAD) left out, as their targets are listed; refs to trees or blobs too. */
export async function readRefTips(repo: Repo): Promise<RefTip[]> {
  const tips: RefTip[] = [];
  await gitLines(repo, ['for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(symref)'], (line) => {
    const [name, type, object, peeledType, peeled, symref] = line.split('\0') as [string, string, string, string, string, string];
    if (symref) return;
    const commit = type === 'commit' ? object : peeledType === 'commit' ? peeled : null;
    if (commit) tips.push({ name, kind: refKind(name), commit });
  });
  return tips;
}

export class CommitGraph {
  private constructor(
    private readonly index: Map<string, number>,
    private readonly children: number[][],
  ) {}

  static async read(repo: Repo): Promise<CommitGraph> {
    const index = new Map<string, number>();
    const children: number[][] = [];
    const id = (sha: string): number => {
      let n = index.get(sha);
      if (n === undefined) {
        n = children.length;
        index.set(sha, n);
        children.push([]);
      }
      return n;
    };
    await gitLines(repo, ['rev-list', '--all', '--parents'], (line) => {
      const [sha, ...parents] = line.split(' ');
      const self = id(sha!);
      for (const parent of parents) children[id(parent)]!.push(self);
    });
    return new CommitGraph(index, children);
  }

  /** The refs whose history holds `commit`. */
  refsContaining(commit: string, tips: readonly RefTip[]): RefTip[] {
    const start = this.index.get(commit);
    if (start === undefined) return [];
    const seen = new Uint8Array(this.children.length);
    const queue = [start];
    seen[start] = 1;
    while (queue.length) {
      for (const child of this.children[queue.pop()!]!) {
        if (!seen[child]) {
          seen[child] = 1;
          queue.push(child);
        }
      }
    }
    return tips.filter((t) => {
      const n = this.index.get(t.commit);
      return n !== undefined && seen[n] === 1;
    });
  }
}
