/**
 * Blobs are read in the order their pack stores them (src/history/pack-order.ts). The order is
 * checked against git's own reading of the index (`git show-index`); ids no index holds (loose
 * objects) keep their order after the others, and a damaged or planted index changes nothing but
 * the order: every id asked for comes back once.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packOrder } from '../src/history/pack-order.js';
import { Fifo } from '../src/util/fifo.js';
import { TestRepo } from './helpers/git.js';

function packedRepo(): { repo: TestRepo; blobs: string[] } {
  const repo = TestRepo.init();
  for (let i = 0; i < 30; i++) repo.commitFiles({ [`f${i % 7}.txt`]: `version ${i}\n${'line\n'.repeat(i)}` }, `c${i}`);
  repo.git('repack', '-a', '-d', '-q');
  const blobs = repo.git('rev-list', '--objects', '--filter=object:type=blob', '--filter-provided-objects', '--all').trim().split('\n').map((l) => l.split(' ')[0]!);
  return { repo, blobs };
}

function packDir(repo: TestRepo): string {
  return join(repo.dir, '.git', 'objects', 'pack');
}

/** git's own answer: the blobs by their offset in the (single) pack. */
function byOffset(repo: TestRepo, blobs: string[]): string[] {
  const idx = readdirSync(packDir(repo)).find((n) => n.endsWith('.idx'))!;
  const offsets = new Map(
    spawnSync('git', ['show-index'], { input: readFileSync(join(packDir(repo), idx)), encoding: 'utf8' }).stdout.trim().split('\n').map((l) => {
      const [offset, oid] = l.split(' ');
      return [oid!, Number(offset)] as const;
    }),
  );
  return [...blobs].sort((a, b) => offsets.get(a)! - offsets.get(b)!);
}

describe('packOrder', () => {
  it('orders blobs by their offset in the pack, as git show-index reads it', async () => {
    const { repo, blobs } = packedRepo();
    expect(blobs.length).toBeGreaterThan(20);
    const ordered = await packOrder(repo.dir, blobs);
    expect(ordered).toEqual(byOffset(repo, blobs));
    expect(ordered).not.toEqual(blobs); // rev-list's order is not the pack's here, or the test proves nothing
  });

  it('puts ids no pack holds (loose objects) after the packed ones, in their order', async () => {
    const { repo, blobs } = packedRepo();
    const loose = ['a', 'b', 'c'].map((x) => {
      writeFileSync(join(repo.dir, `${x}.loose`), `loose ${x}\n`);
      return repo.git('hash-object', '-w', `${x}.loose`).trim();
    });
    const ordered = await packOrder(repo.dir, [loose[1]!, ...blobs, loose[0]!, loose[2]!]);
    expect(ordered.slice(0, blobs.length)).toEqual(byOffset(repo, blobs));
    expect(ordered.slice(blobs.length)).toEqual([loose[1], loose[0], loose[2]]);
  });

  it('a damaged, truncated or planted index only loses the order: every id comes back once', async () => {
    const { repo, blobs } = packedRepo();
    const dir = packDir(repo);
    writeFileSync(join(dir, 'pack-0000000000000000000000000000000000000001.idx'), Buffer.from('\xfftOc\0\0\0\x02garbage', 'latin1'));
    writeFileSync(join(dir, 'pack-0000000000000000000000000000000000000002.idx'), Buffer.alloc(0));
    expect(spawnSync('mkfifo', [join(dir, 'pack-0000000000000000000000000000000000000003.idx')]).status).toBe(0); // must not wait for a writer
    const ordered = await packOrder(repo.dir, blobs);
    expect([...ordered].sort()).toEqual([...blobs].sort());
  });

  it('outside a repository, the order is left as it is', async () => {
    const { blobs } = packedRepo();
    const elsewhere = TestRepo.init();
    expect(await packOrder(join(elsewhere.dir, 'no-such-dir'), blobs)).toEqual(blobs);
  });
});

describe('Fifo', () => {
  it('gives items back in order across its compactions', () => {
    const fifo = new Fifo<number>();
    const out: number[] = [];
    for (let i = 0; i < 5000; i++) {
      fifo.push(i);
      if (i % 3 === 0) out.push(fifo.shift()!);
    }
    expect(fifo.peek()).toBe(out.length);
    while (fifo.length) out.push(fifo.shift()!);
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(fifo.shift()).toBeUndefined();
  });
});
