/**
 * Attribution diffs the listed commits in chunks, two `git log --no-walk` processes at once
 * (src/history/attribute.ts). Whatever the chunk size, the occurrences must be git's own: every
 * (commit, path) that `git log --all --reverse --topo-order -c --find-object` shows, in that
 * order, so that the first is the introducing commit. A chunk of one commit is the hardest case:
 * a merge diffed apart from its parents, answers finishing out of order.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blobsChangedIn, findOccurrences } from '../src/history/attribute.js';
import { listCommits } from '../src/history/objects.js';
import { OidTable } from '../src/history/oids.js';
import { TestRepo } from './helpers/git.js';

/** A history with branches, a merge with content of its own, a copy, a re-introduction and a deletion. */
function branchyRepo(): { repo: TestRepo; blobs: string[] } {
  const repo = TestRepo.init();
  const secret = (n: number) => `token = "value-${n}-${'x'.repeat(n)}"\n`;
  repo.commitFiles({ 'README.md': 'readme\n' }, 'root');
  repo.checkout('side', { create: true });
  for (let i = 0; i < 6; i++) repo.commitFiles({ [`side/${i % 3}.txt`]: `side ${i}\n` }, `side ${i}`);
  repo.commitFiles({ 'config/app.env': secret(1) }, 'add the first');
  repo.checkout('main');
  for (let i = 0; i < 6; i++) repo.commitFiles({ [`main/${i % 2}.txt`]: `main ${i}\n`, 'shared.txt': `main side of ${i}\n` }, `main ${i}`);
  repo.checkout('side');
  repo.commitFiles({ 'shared.txt': 'the side of it\n' }, 'side edits shared');
  repo.checkout('main');
  // A merge whose resolution is content neither parent has: only a combined diff shows it.
  repo.merge('side', { resolve: { 'shared.txt': secret(2) } });
  repo.commitFiles({ 'copy/app.env': secret(1) }, 'copy the first');
  repo.commitFiles({ 'config/app.env': 'edited\n' }, 'edit it away');
  repo.commitFiles({ 'config/app.env': secret(1) }, 'bring it back');
  repo.remove('copy/app.env').commit('delete the copy');
  const blobs = [1, 2].map((n) => blobOf(secret(n)));
  return { repo, blobs };
}

/** The blob id git gives `text`. */
function blobOf(text: string): string {
  const bytes = Buffer.from(text);
  return createHash('sha1').update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])).digest('hex');
}

/** git's own answer, as `sha path` lines in log order (deletions left out, as attribution does). */
function gitsOwn(repo: TestRepo, blobs: string[]): string[] {
  const out = repo.git(
    '-c', 'log.showRoot=true', 'log', '--all', '--reverse', '--topo-order', '-c', '--no-renames', '--raw', '--no-abbrev', '--format=commit %H',
    ...blobs.map((b) => `--find-object=${b}`),
  );
  const lines: string[] = [];
  let commit = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7);
    else if (line.startsWith(':')) {
      const [meta, path] = line.split('\t');
      const fields = meta!.replace(/^:+/, '').split(' ');
      const status = fields[fields.length - 1]!;
      const newBlob = fields[fields.length - 2]!;
      if (!/^D/.test(status) && blobs.includes(newBlob)) lines.push(`${commit} ${path}`);
    }
  }
  return lines;
}

describe('listCommits', () => {
  it('lists every commit once, parents first, as rev-list --topo-order --reverse does', async () => {
    const { repo } = branchyRepo();
    const commits = await listCommits(repo.dir, ['--all']);
    const listed = Array.from({ length: commits.length }, (_, i) => commits.hex(i));
    expect(listed).toEqual(repo.git('rev-list', '--topo-order', '--reverse', '--all').trim().split('\n'));
    expect(listed.length).toBe(Number(repo.git('rev-list', '--count', '--all').trim()));
  });
});

describe('findOccurrences in chunks', () => {
  it('finds what git log finds, in its order, whatever the chunk size', async () => {
    const { repo, blobs } = branchyRepo();
    const expected = gitsOwn(repo, blobs);
    // The merge's own content, the copy, the re-introduction: or the test proves little.
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(expected.some((l) => l.endsWith(' shared.txt'))).toBe(true);
    expect(expected.some((l) => l.endsWith(' copy/app.env'))).toBe(true);
    const commits = await listCommits(repo.dir, ['--all']);
    expect(commits.length).toBeGreaterThan(12);
    for (const chunk of [1, 2, 3, 5, 4096]) {
      for (const complete of [true, false]) {
        const found = await findOccurrences(repo.dir, commits, new Set(blobs), { chunk, complete });
        expect(found.map((o) => `${o.commit.sha} ${o.path}`), `chunk ${chunk}, complete ${complete}`).toEqual(expected);
      }
    }
  });

  it('marks a merge and what it added', async () => {
    const { repo, blobs } = branchyRepo();
    const commits = await listCommits(repo.dir, ['--all']);
    const found = await findOccurrences(repo.dir, commits, new Set(blobs), { chunk: 1 });
    const atMerge = found.find((o) => o.path === 'shared.txt')!;
    expect(atMerge.merge).toBe(true);
    expect(atMerge.added).toBe(false); // both parents have shared.txt
    const copy = found.find((o) => o.path === 'copy/app.env')!;
    expect(copy).toMatchObject({ merge: false, added: true });
  });

  it('sees the blobs a range changes, whatever the chunk size', async () => {
    const { repo } = branchyRepo();
    const commits = await listCommits(repo.dir, ['main~3..main']);
    expect(commits.length).toBe(3);
    const whole = await blobsChangedIn(repo.dir, commits);
    expect(whole.size).toBeGreaterThan(0);
    expect(await blobsChangedIn(repo.dir, commits, { chunk: 1 })).toEqual(whole);
    const own = repo.git('log', '--format=', '--raw', '--no-abbrev', 'main~3..main').trim().split('\n').filter((l) => !/ D\t/.test(l)).map((l) => l.split(' ')[3]!);
    expect([...whole].sort()).toEqual([...new Set(own)].sort());
  });

  it('fails with git\'s complaint when a chunk cannot be diffed, never with fewer occurrences', async () => {
    const { repo, blobs } = branchyRepo();
    const commits = await listCommits(repo.dir, ['--all']);
    const broken = new OidTable();
    for (let i = 0; i < commits.length; i++) broken.pushHex(commits.hex(i));
    broken.pushHex('1'.repeat(40)); // a commit the repository does not have, in the last chunk
    await expect(findOccurrences(repo.dir, broken, new Set(blobs), { chunk: 2 })).rejects.toThrow(/git log failed/);
  });

  it('asks git nothing for no commits', async () => {
    const { repo, blobs } = branchyRepo();
    expect(await findOccurrences(repo.dir, new OidTable(), new Set(blobs))).toEqual([]);
  });
});
