/**
 * Exposure of one credential in one repository, from git itself: which refs still reach the
 * commits that introduced it, whether their tips hold it today, and the commit that removed it.
 *
 * The history scan already names each introducing commit, so this asks git only about those few
 * commits and the paths they touched: the refs reaching them from the commit graph read once per
 * repository (graph.ts), which blob each ref tip has at those paths, and on the default branch a
 * first-parent walk limited to those paths. Whether a commit holds the credential is decided by the
 * blobs the scan found it in (`holders`), never by searching again for its text: a key written in
 * base64, with escapes or in UTF-16 is found by the scan, and a plain-text search would miss it. The
 * secret itself is never handed to git.
 * Every command goes through the one door (git/process.ts); nothing the repository names is run.
 */
import { InputError } from '../errors.js';
import { exitOf, gitComplaint, runGit, spawnGit } from '../git/process.js';
import { LISTING } from '../history/objects.js';
import type { Repo } from '../git/repo.js';
import type { CommitInfo } from '../types.js';
import type { CommitPoint, Remedy, RepositoryExposure } from './model.js';
import type { CommitGraph, RefTip } from './graph.js';
import { compareRefs, pullRequestForge, refKind } from './refs.js';

export { compareRefs, refKind };

/** A place the history scan found the secret: the path at the commit that introduced it there. */
export interface Introduction {
  path: string;
  commit: CommitInfo;
}

/** Runs git through the door and returns its output; `input` goes to its standard input. */
async function git(repo: Repo, args: string[], input?: string): Promise<string> {
  const child = spawnGit(repo.dir, [...LISTING, ...args]); // walks with bounded memory, as history's do
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stdin.on('error', () => {});
  child.stdin.end(input ?? '');
  const { code, stderr } = await exitOf(child);
  if (code !== 0) {
    const command = args.find((a) => !a.startsWith('-')) ?? 'git';
    throw new InputError(`${repo.dir}: git ${command} failed while computing exposure: ${gitComplaint(stderr)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The default branch: where origin/HEAD points, else `main` or `master` (local, then origin's),
 * else the branch HEAD names. A bare repository (a mirror, or where people push) names it by HEAD.
 */
export async function findDefaultBranch(repo: Repo): Promise<string | null> {
  const symbolic = async (name: string): Promise<string | null> => {
    const run = await runGit(repo.dir, ['symbolic-ref', '-q', name]);
    const target = run.stdout.trim();
    return run.code === 0 && target ? target : null;
  };
  const exists = async (name: string): Promise<boolean> => (await runGit(repo.dir, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`])).code === 0;
  if (repo.bare) {
    const head = await symbolic('HEAD');
    if (head && (await exists(head))) return head;
  }
  const originHead = await symbolic('refs/remotes/origin/HEAD');
  if (originHead && (await exists(originHead))) return originHead;
  for (const name of ['refs/heads/main', 'refs/heads/master', 'refs/remotes/origin/main', 'refs/remotes/origin/master']) {
    if (await exists(name)) return name;
  }
  const head = await symbolic('HEAD');
  return head && (await exists(head)) ? head : null;
}

/** A commit and a path in its tree. */
export interface Place {
  commit: string;
  path: string;
}

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Which of `places` have one of `holders` (blob ids) at their path: one `git cat-file
 * --batch-check` for them all (answers come in the order asked); a path with a newline, which a
 * line of input cannot carry, is asked of `git ls-tree` alone.
 */
export async function placesHolding(repo: Repo, holders: ReadonlySet<string>, places: readonly Place[]): Promise<boolean[]> {
  const held = places.map(() => false);
  if (!holders.size || !places.length) return held;
  const plain = places.flatMap((p, i) => (p.path.includes('\n') ? [] : [i]));
  if (plain.length) {
    const out = (await git(repo, ['cat-file', '--batch-check=%(objectname)'], plain.map((i) => `${places[i]!.commit}:${places[i]!.path}\n`).join(''))).split('\n');
    plain.forEach((i, n) => {
      const oid = out[n]!;
      held[i] = OID.test(oid) && holders.has(oid);
    });
  }
  for (const [i, p] of places.entries()) {
    if (!p.path.includes('\n')) continue;
    const entry = await git(repo, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', p.commit, '--', p.path]);
    held[i] = entry.split('\0').some((e) => holders.has(e.slice(e.indexOf(' ') + 1).split(/[ \t]/)[1] ?? ''));
  }
  return held;
}

/**
 * The blobs among `wanted` that `commit`'s whole tree has, at any path (a file renamed since still
 * holds it): its tree listed once, streamed, keeping only those.
 */
export async function treeHolding(repo: Repo, commit: string, wanted: ReadonlySet<string>): Promise<Set<string>> {
  const found = new Set<string>();
  if (!wanted.size) return found;
  const child = spawnGit(repo.dir, [...LISTING, 'ls-tree', '-r', '-z', '--full-tree', commit]);
  child.stdin.end();
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const records = (rest + chunk).split('\0');
    rest = records.pop()!;
    // `<mode> <type> <oid>\t<path>`
    for (const record of records) {
      const oid = record.slice(0, record.indexOf('\t')).split(' ')[2];
      if (oid && wanted.has(oid)) found.add(oid);
    }
  });
  const { code, stderr } = await exitOf(child);
  if (code !== 0) throw new InputError(`${repo.dir}: git ls-tree failed while computing exposure: ${gitComplaint(stderr)}`);
  return found;
}

interface WalkedCommit extends CommitPoint {
  sha: string;
}

/**
 * Commits that descend from `from`, lead to `tip` and touch `path`, oldest first: on `tip`'s
 * first-parent line (the branch's own story: a merge that brings the file in counts), or on every
 * line (`--full-history`: also a merged branch's own commits, such as one that removed it before the merge).
 */
async function commitsTouching(repo: Repo, from: string, tip: string, path: string, line: 'first-parent' | 'all'): Promise<WalkedCommit[]> {
  const walk = line === 'first-parent' ? ['--first-parent'] : ['--full-history', '--topo-order'];
  const out = await git(repo, ['--literal-pathspecs', 'rev-list', ...walk, '--ancestry-path', '--reverse', '--format=%aI%x00%an%x00%ae', `${from}..${tip}`, '--', path]);
  const commits: WalkedCommit[] = [];
  const lines = out.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const sha = lines[i]!.replace(/^commit /, '');
    const [date, author, email] = lines[i + 1]!.split('\0') as [string, string, string];
    commits.push({ sha, date, author, email });
  }
  return commits;
}

/**
 * The commit of `tip`'s line that removed the secret from `path` for good: the last one on the line
 * where the path stopped holding it (a secret removed, put back and removed again was removed by the
 * second removal). Null when the line never held it there or never let it go.
 */
async function removalOnLine(repo: Repo, holders: ReadonlySet<string>, intro: Introduction, tip: string, line: 'first-parent' | 'all'): Promise<WalkedCommit | null> {
  const touching = await commitsTouching(repo, intro.commit.sha, tip, intro.path, line);
  if (!touching.length) return null;
  const holding = await placesHolding(repo, holders, touching.map((c) => ({ commit: c.sha, path: intro.path })));
  // The line starts holding it when it is the introducing commit itself, or reaches it through a merge.
  let held = true;
  let removal: WalkedCommit | null = null;
  for (const [i, c] of touching.entries()) {
    const holds = holding[i]!;
    if (held && !holds) removal = c;
    held = holds;
  }
  return held ? null : removal;
}

const point = (c: { sha: string; date: string; author?: string; email?: string }): CommitPoint => ({
  sha: c.sha,
  date: c.date,
  ...(c.author !== undefined ? { author: c.author } : {}),
  ...(c.email !== undefined ? { email: c.email } : {}),
});

const byDate = (a: { date: string }, b: { date: string }): number => Date.parse(a.date) - Date.parse(b.date);

export interface ExposureInput {
  repo: Repo;
  /** The repository's commit graph and ref tips, read once for all its credentials (graph.ts). */
  graph: CommitGraph;
  tips: readonly RefTip[];
  repository: string;
  defaultBranch: string | null;
  /**
   * The blobs the history scan found this credential in (whatever its encoding): a commit holds it
   * at a path when its blob there is one of these.
   */
  holders: ReadonlySet<string>;
  /** Of the blobs of every credential of the repository, those the default branch's tip has anywhere (treeHolding, read once). */
  onDefaultTip: ReadonlySet<string>;
  introductions: readonly Introduction[];
}

export async function repositoryExposure(input: ExposureInput): Promise<RepositoryExposure> {
  const { repo, holders, defaultBranch } = input;
  const introductions = [...input.introductions].sort((a, b) => byDate(a.commit, b.commit));
  const first = introductions[0];

  // Which refs reach which introductions.
  const tips = new Map<string, RefTip>();
  const reaches = new Map<string, Introduction[]>();
  for (const sha of new Set(introductions.map((i) => i.commit.sha))) {
    for (const ref of input.graph.refsContaining(sha, input.tips)) {
      tips.set(ref.name, ref);
      const list = reaches.get(ref.name) ?? [];
      list.push(...introductions.filter((i) => i.commit.sha === sha));
      reaches.set(ref.name, list);
    }
  }
  // The default branch's tip holds it today when its tree has one of the blobs it was found in, at
  // any path (renamed since, or committed there apart from the introductions named).
  const defaultTip = defaultBranch ? input.tips.find((t) => t.name === defaultBranch) : undefined;
  const onDefaultBranch = defaultTip !== undefined && [...holders].some((blob) => input.onDefaultTip.has(blob));
  if (onDefaultBranch) tips.set(defaultTip.name, defaultTip);
  const refs = [...tips.keys()].sort(compareRefs(defaultBranch));

  // The other tips hold it today when their blob at a path it was introduced at is one it was found in.
  const paths = [...new Set(introductions.map((i) => i.path))];
  const others = refs.filter((name) => name !== defaultBranch);
  const places = others.flatMap((name) => paths.map((path) => ({ name, commit: tips.get(name)!.commit, path })));
  const held = await placesHolding(repo, holders, places);
  const holding = new Set(places.filter((_, i) => held[i]).map((p) => p.name));
  if (onDefaultBranch) holding.add(defaultBranch!);
  const presentAt = refs.filter((name) => holding.has(name));

  // Removed: on the default branch when it ever held it, else on its local branch (main for
  // origin/main: commits not pushed yet), else on the first ref that reaches it.
  let removed: CommitPoint | null = null;
  const local = defaultBranch?.replace(/^refs\/remotes\/[^/]+\//, 'refs/heads/');
  const primary = refs.find((r) => r === defaultBranch) ?? refs.find((r) => r === local) ?? refs[0];
  if (primary && !presentAt.includes(primary)) {
    const removals: WalkedCommit[] = [];
    for (const intro of reaches.get(primary) ?? []) {
      const tip = tips.get(primary)!.commit;
      // The branch's own line first; a secret removed on a merged branch before its merge never reached it.
      const removal = (await removalOnLine(repo, holders, intro, tip, 'first-parent')) ?? (await removalOnLine(repo, holders, intro, tip, 'all'));
      if (removal) removals.push(removal);
    }
    const last = removals.sort(byDate).at(-1);
    if (last) removed = point(last);
  }

  const published = refs.length > 0 && (repo.bare || refs.some((r) => refKind(r) === 'remote' || refKind(r) === 'tag'));
  const remedy: Remedy =
    refs.length === 0 ? 'none' : refs.every((r) => pullRequestForge(r) !== null) ? 'forge-keeps' : published ? 'rewrite-history' : 'delete-file';
  return {
    repository: input.repository,
    introduced: first ? point({ sha: first.commit.sha, date: first.commit.date, author: first.commit.author, email: first.commit.email }) : null,
    removed,
    refs,
    presentAt,
    onDefaultBranch,
    defaultBranch,
    published,
    remedy,
  };
}
