/**
 * Blobs are read pack by pack, down each pack's delta chains (src/history/pack-order.ts,
 * delta-order.ts). The order is checked against git's own reading of the pack (`git verify-pack
 * -v`); ids no index holds (loose objects) keep their order after the others, and a damaged or
 * planted index or pack changes nothing but the order: every id asked for comes back once.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OidSet, OidTable } from '../src/history/oids.js';
import { deltaOrder } from '../src/history/delta-order.js';
import { packIndexes, packOrder as packOrderOf, packPlan } from '../src/history/pack-order.js';
import { Fifo } from '../src/util/fifo.js';
import { TestRepo, gitEnv, tempDir } from './helpers/git.js';
import { plantIndex } from './helpers/packs.js';

function packedRepo(...repackConfig: string[]): { repo: TestRepo; blobs: string[] } {
  const repo = TestRepo.init();
  // Seven files edited in turn: seven delta chains, interleaved in the pack.
  for (let i = 0; i < 30; i++) repo.commitFiles({ [`f${i % 7}.txt`]: `file ${i % 7}\n${'line of text that stays the same\n'.repeat(20 + i)}version ${i}\n` }, `c${i}`);
  repo.git(...repackConfig, 'repack', '-a', '-d', '-f', '-q', '--depth=50', '--window=250');
  const blobs = repo.git('rev-list', '--objects', '--filter=object:type=blob', '--filter-provided-objects', '--all').trim().split('\n').map((l) => l.split(' ')[0]!);
  return { repo, blobs };
}

function packDir(repo: TestRepo): string {
  return join(repo.dir, '.git', 'objects', 'pack');
}

function packFile(repo: TestRepo, ext: '.idx' | '.pack'): string {
  return join(packDir(repo), readdirSync(packDir(repo)).find((n) => n.startsWith('pack-') && n.endsWith(ext))!);
}

/** git's own reading of the (single) pack: each object's offset, and the base of each delta. */
function packed(repo: TestRepo): { offset: Map<string, number>; base: Map<string, string> } {
  const offset = new Map<string, number>();
  const base = new Map<string, string>();
  for (const line of repo.git('verify-pack', '-v', packFile(repo, '.idx')).split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (!/^[0-9a-f]{40}$/.test(fields[0] ?? '') || fields.length < 5) continue;
    offset.set(fields[0]!, Number(fields[4]));
    if (fields.length >= 7) base.set(fields[0]!, fields[6]!);
  }
  return { offset, base };
}

/** git's own answer: the blobs by their offset in the (single) pack. */
function byOffset(repo: TestRepo, blobs: string[]): string[] {
  const { offset } = packed(repo);
  return [...blobs].sort((a, b) => offset.get(a)! - offset.get(b)!);
}

/**
 * What the order promises: every id once; each delta after its base; a chain read depth first
 * (after a delta, the next blob is made from it when one is).
 */
function expectDeltaOrder(repo: TestRepo, blobs: string[], ordered: string[]): void {
  expect([...ordered].sort()).toEqual([...blobs].sort());
  const { base } = packed(repo);
  expect([...base.keys()].filter((oid) => blobs.includes(oid)).length).toBeGreaterThan(blobs.length / 2); // the pack has chains, or the test proves nothing
  const position = new Map(ordered.map((oid, i) => [oid, i]));
  for (const oid of ordered) if (base.has(oid) && position.has(base.get(oid)!)) expect(position.get(base.get(oid)!)!).toBeLessThan(position.get(oid)!);
  const children = new Map<string, string[]>();
  for (const [oid, of] of base) if (position.has(oid)) children.set(of, [...(children.get(of) ?? []), oid]);
  // Depth first: whenever a blob has children among the wanted, one of them comes next.
  for (let i = 0; i + 1 < ordered.length; i++) if (children.has(ordered[i]!)) expect(children.get(ordered[i]!)).toContain(ordered[i + 1]);
}

/** packOrder on ids given as strings, its answer as strings. */
async function packOrder(dir: string, oids: string[]): Promise<string[]> {
  const table = new OidTable();
  for (const oid of oids) expect(table.pushHex(oid)).toBe(true);
  return [...(await packOrderOf(dir, table))].map((i) => table.hex(i));
}

describe('packOrder', () => {
  it('orders blobs down the delta chains of their pack, each delta after its base (OFS_DELTA)', async () => {
    const { repo, blobs } = packedRepo();
    expect(blobs.length).toBeGreaterThan(20);
    const ordered = await packOrder(repo.dir, blobs);
    expectDeltaOrder(repo, blobs, ordered);
    expect(ordered).not.toEqual(byOffset(repo, blobs)); // the pack interleaves its chains here, or the test proves nothing
  });

  it('says where each delta tree begins: split there, no blob is made from one on the other side', async () => {
    // Five files of unrelated text (lines of hashes), each edited in turn: a delta tree per file.
    const repo = TestRepo.init();
    const lines = (f: number, n: number) => Array.from({ length: n }, (_, i) => createHash('sha256').update(`${f}:${i}`).digest('hex')).join('\n');
    for (let i = 0; i < 40; i++) repo.commitFiles({ [`f${i % 5}.txt`]: `${lines(i % 5, 40 + i)}\n` }, `c${i}`);
    repo.git('repack', '-a', '-d', '-f', '-q', '--depth=50', '--window=250');
    const blobs = repo.git('rev-list', '--objects', '--filter=object:type=blob', '--filter-provided-objects', '--all').trim().split('\n').map((l) => l.split(' ')[0]!);
    const table = new OidTable();
    for (const oid of blobs) table.pushHex(oid);
    const { order, starts } = await packPlan(repo.dir, table);
    const ordered = [...order].map((i) => table.hex(i));
    const { base } = packed(repo);
    // The tree each position belongs to: a new one at every start.
    const tree = new Map<string, number>();
    let trees = 0;
    ordered.forEach((oid, i) => tree.set(oid, (trees += starts[i]!)));
    expect(trees).toBeGreaterThan(1); // five files, five chains: more than one tree, or the test proves nothing
    expect(trees).toBeLessThan(blobs.length); // and not every blob its own tree
    // Whatever a blob is made from, through bases not asked for too, lies in its own tree.
    const root = (oid: string): string => (base.has(oid) ? root(base.get(oid)!) : oid);
    const rootTree = new Map<string, number>();
    for (const oid of ordered) {
      const r = root(oid);
      if (!rootTree.has(r)) rootTree.set(r, tree.get(oid)!);
      expect(tree.get(oid), oid).toBe(rootTree.get(r));
    }
  });

  it('follows bases named by id (REF_DELTA, a pack written without offsets)', async () => {
    const { repo, blobs } = packedRepo('-c', 'repack.useDeltaBaseOffset=false');
    expectDeltaOrder(repo, blobs, await packOrder(repo.dir, blobs));
  });

  it('a delta whose base is not asked for still follows its chain', async () => {
    const { repo, blobs } = packedRepo();
    const { base } = packed(repo);
    const bases = new Set(base.values());
    const some = blobs.filter((oid, i) => !(bases.has(oid) && i % 2 === 0));
    expect(some.length).toBeLessThan(blobs.length);
    const ordered = await packOrder(repo.dir, some);
    expect([...ordered].sort()).toEqual([...some].sort());
  });

  it('a damaged, truncated or planted pack only loses the order: every id comes back once', async () => {
    for (const damage of ['truncate', 'garbage', 'empty', 'fifo'] as const) {
      const { repo, blobs } = packedRepo();
      const pack = packFile(repo, '.pack');
      const bytes = readFileSync(pack);
      rmSync(pack);
      if (damage === 'truncate') writeFileSync(pack, bytes.subarray(0, Math.floor(bytes.length / 2)));
      if (damage === 'garbage') writeFileSync(pack, Buffer.concat([bytes.subarray(0, 12), createHash('sha256').update('x').digest(), Buffer.alloc(bytes.length, 0xff)]));
      if (damage === 'empty') writeFileSync(pack, Buffer.alloc(0));
      if (damage === 'fifo') expect(spawnSync('mkfifo', [pack]).status).toBe(0); // must not wait for a writer
      const ordered = await packOrder(repo.dir, blobs);
      expect([...ordered].sort(), damage).toEqual([...blobs].sort());
    }
  });

  it('puts ids no pack holds (loose objects) after the packed ones, in their order', async () => {
    const { repo, blobs } = packedRepo();
    const loose = ['a', 'b', 'c'].map((x) => {
      writeFileSync(join(repo.dir, `${x}.loose`), `loose ${x}\n`);
      return repo.git('hash-object', '-w', `${x}.loose`).trim();
    });
    const ordered = await packOrder(repo.dir, [loose[1]!, ...blobs, loose[0]!, loose[2]!]);
    expectDeltaOrder(repo, blobs, ordered.slice(0, blobs.length));
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

  it('reads the packs a shared clone borrows (objects/info/alternates) in their order', async () => {
    const { repo, blobs } = packedRepo();
    const clone = join(tempDir(), 'shared');
    expect(spawnSync('git', ['clone', '-q', '--shared', repo.dir, clone], { env: gitEnv() }).status).toBe(0);
    expect(readdirSync(join(clone, '.git', 'objects', 'pack')).filter((n) => n.endsWith('.idx'))).toEqual([]); // it has no pack of its own
    expect(await packOrder(clone, blobs)).toEqual(await packOrder(repo.dir, blobs));
    expectDeltaOrder(repo, blobs, await packOrder(clone, blobs));
  });

  it('takes each object directory and each index once, by its real path, and only indexes git would use', async () => {
    const { repo, blobs } = packedRepo();
    const real = packFile(repo, '.idx');
    const objects = join(repo.dir, '.git', 'objects');
    const other = TestRepo.init();
    other.commitFiles({ 'a.txt': 'a\n' }, 'a');
    other.git('repack', '-a', '-d', '-q');
    const link = join(tempDir(), 'objects-link');
    symlinkSync(objects, link);
    // What a repository can write: thousands of lines naming its own objects (or another's) again.
    const lines = [...Array.from({ length: 4000 }, () => '.'), './', '../objects', objects, `${objects}/`, link, join(other.dir, '.git', 'objects'), join(other.dir, '.git', 'objects', '.')];
    mkdirSync(join(objects, 'info'), { recursive: true });
    writeFileSync(join(objects, 'info', 'alternates'), `${lines.join('\n')}\n`);
    // Planted indexes git would not use: no pack beside it; a pack counting other objects; a size
    // that is not the layout its count gives; a fan-out that goes down; a FIFO.
    const dir = packDir(repo);
    plantIndex(join(dir, 'pack-1111111111111111111111111111111111111111.idx'), 1000);
    plantIndex(join(dir, 'pack-2222222222222222222222222222222222222222.idx'), 1000, { pack: true });
    writeFileSync(join(dir, 'pack-2222222222222222222222222222222222222222.pack'), Buffer.concat([Buffer.from('PACK\0\0\0\x02\0\0\x03\xe9', 'latin1'), Buffer.alloc(2000)]));
    plantIndex(join(dir, 'pack-3333333333333333333333333333333333333333.idx'), 1000, { pack: true });
    writeFileSync(join(dir, 'pack-3333333333333333333333333333333333333333.idx'), Buffer.concat([readFileSync(join(dir, 'pack-3333333333333333333333333333333333333333.idx')), Buffer.alloc(4)]));
    plantIndex(join(dir, 'pack-4444444444444444444444444444444444444444.idx'), 1000, { pack: true });
    const bent = readFileSync(join(dir, 'pack-4444444444444444444444444444444444444444.idx'));
    bent.writeUInt32BE(999, 8 + 100 * 4);
    writeFileSync(join(dir, 'pack-4444444444444444444444444444444444444444.idx'), bent);
    expect(spawnSync('mkfifo', [join(dir, 'pack-5555555555555555555555555555555555555555.idx')]).status).toBe(0);
    plantIndex(join(dir, 'pack-6666666666666666666666666666666666666666.idx'), 1000, { pack: true }); // this one git would use

    const indexes = await packIndexes(repo.dir, 20);
    expect(indexes.map((p) => p.slice(p.lastIndexOf('/') + 1)).sort()).toEqual(
      [real, packFile(other, '.idx'), join(dir, 'pack-6666666666666666666666666666666666666666.idx')].map((p) => p.slice(p.lastIndexOf('/') + 1)).sort(),
    );
    expect([...(await packOrder(repo.dir, blobs))].sort()).toEqual([...blobs].sort());
  });

  it('an alternates file that is a FIFO, a device or huge is not followed, and nothing waits', async () => {
    const { repo, blobs } = packedRepo();
    const info = join(repo.dir, '.git', 'objects', 'info');
    mkdirSync(info, { recursive: true });
    const alternates = join(info, 'alternates');
    for (const plant of [
      () => expect(spawnSync('mkfifo', [alternates]).status).toBe(0),
      () => symlinkSync('/dev/zero', alternates),
      () => writeFileSync(alternates, '.\n'.repeat(1024 * 1024)),
    ]) {
      rmSync(alternates, { force: true });
      plant();
      expect(await packIndexes(repo.dir, 20)).toEqual([packFile(repo, '.idx')]);
      expect([...(await packOrder(repo.dir, blobs))].sort()).toEqual([...blobs].sort());
    }
  });

  it('outside a repository, the order is left as it is', async () => {
    const { blobs } = packedRepo();
    const elsewhere = TestRepo.init();
    expect(await packOrder(join(elsewhere.dir, 'no-such-dir'), blobs)).toEqual(blobs);
  });
});

describe('deltaOrder on a planted pack', () => {
  /** A pack of `count` one-byte-apart object headers, each made by `header(i)`, and the offsets of the first `wanted`. */
  function plantPack(count: number, header: (i: number, at: number) => Buffer): { pack: string; offsets: number[] } {
    const parts: Buffer[] = [Buffer.from('PACK\0\0\0\x02', 'latin1'), Buffer.alloc(4)];
    parts[1]!.writeUInt32BE(count);
    const offsets: number[] = [];
    let at = 12;
    for (let i = 0; i < count; i++) {
      const h = header(i, at);
      offsets.push(at);
      parts.push(h);
      at += h.length;
    }
    const pack = join(tempDir(), 'planted.pack');
    writeFileSync(pack, Buffer.concat([...parts, Buffer.alloc(20)]));
    return { pack, offsets };
  }
  /** A REF_DELTA header (type 7, size 1) naming the base by a 20-byte id whose first four bytes are `base`. */
  const refDelta = (base: number) => {
    const id = Buffer.alloc(20);
    id.writeUInt32BE(base);
    return Buffer.concat([Buffer.from([0x71]), id]);
  };

  it('REF_DELTA cycles and bases outside the ones asked for end, each id once, with a bounded number of index lookups', () => {
    // Object i names object (i + 1) % n as its base: one cycle through all; only the first 10 are asked for.
    const n = 50_000;
    const { pack, offsets } = plantPack(n, (i) => refDelta((i + 1) % n));
    let lookups = 0;
    const order = deltaOrder(pack, 20, offsets.slice(0, 10), (ids, found) => {
      lookups++;
      for (let k = 0; k < ids.length / 20; k++) found(k, offsets[ids.readUInt32BE(k * 20)]!);
    });
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(lookups).toBeLessThanOrEqual(8);
  });

  it('long OFS_DELTA chains of objects claiming enormous sizes: each id once, in chain order', () => {
    // Object i (11 bytes: a 10-byte size near 2^67, then a one-byte distance) is a delta on object i - 1.
    const n = 100_000;
    const huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
    const { pack, offsets } = plantPack(n, (i) => Buffer.from(i === 0 ? [0xbf, ...huge, 0] : [0xef, ...huge, 11]));
    const wanted = offsets.filter((_, i) => i % 100 === 99);
    const order = deltaOrder(pack, 20, wanted, () => {});
    expect([...order]).toEqual(Array.from({ length: wanted.length }, (_, i) => i));
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

/** Distinct hex ids of `width` bytes (derived from `salt`), every fifth sharing its first 8 bytes with the one before (the sort key's ties). */
function ids(count: number, width = 20, salt = 'member'): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = createHash('sha256').update(`${salt}:${i}`).digest().subarray(0, width);
    if (i % 5 === 0 && out.length) Buffer.from(out[out.length - 1]!, 'hex').copy(id, 0, 0, 8);
    out.push(id.toString('hex'));
  }
  return out;
}

describe('OidTable and OidSet', () => {
  for (const width of [20, 32]) {
    it(`keep ${width}-byte ids as bytes, sort them as hex sorts, and find exactly the members`, () => {
      const all = ids(3000, width);
      const table = new OidTable();
      for (const oid of all.slice(0, 2000)) expect(table.pushHex(oid)).toBe(true);
      for (const oid of all.slice(0, 100)) table.pushHex(oid); // repeats
      expect(table.length).toBe(2100);
      expect(table.hex(1999)).toBe(all[1999]);
      expect([...table.sortedOrder()].map((i) => table.hex(i))).toEqual([...all.slice(0, 2000), ...all.slice(0, 100)].sort());
      const lines = table.hexLines([5, 0, 7], 0, 3).toString('latin1');
      expect(lines).toBe(`${all[5]}\n${all[0]}\n${all[7]}\n`);

      const first = OidSet.of(table);
      expect(first.size).toBe(2000);
      const more = new OidTable();
      for (const oid of all.slice(1500)) more.pushHex(oid);
      const both = OidSet.of(more, first);
      expect(both.size).toBe(3000);
      expect(both.hex()).toBe([...all].sort().join(''));
      for (const oid of all) expect(both.has(oid)).toBe(true);
      for (const oid of ids(200, width, 'stranger')) expect(both.has(oid)).toBe(false);
      expect(both.has(all[0]!.slice(0, 38))).toBe(false);
      for (let i = 0; i < more.length; i++) expect(more.isIn(first, i)).toBe(i < 500);

      const back = OidSet.fromHex(both.hex(), width);
      expect(back?.hex()).toBe(both.hex());
      expect(back?.has(all[42]!)).toBe(true);
    });
  }

  it('take only whole lower-case ids of one width', () => {
    const table = new OidTable();
    for (const bad of ['', 'abc', 'g'.repeat(40), 'A'.repeat(40), 'a'.repeat(41), 'a'.repeat(66)]) expect(table.pushHex(bad)).toBe(false);
    expect(table.pushHex('a'.repeat(40))).toBe(true);
    expect(table.pushHex('b'.repeat(64))).toBe(false); // another width than the table's
    expect(table.length).toBe(1);
  });

  it('read back only a sorted hex list of whole ids, without repeats', () => {
    const [a, b] = [...ids(2)].sort() as [string, string];
    expect(OidSet.fromHex('', 20)?.size).toBe(0);
    expect(OidSet.fromHex(a + b, 20)?.size).toBe(2);
    expect(OidSet.fromHex(b + a, 20)).toBeNull(); // unsorted
    expect(OidSet.fromHex(a + a, 20)).toBeNull(); // a repeat
    expect(OidSet.fromHex(a + b.slice(2), 20)).toBeNull(); // not whole ids
    expect(OidSet.fromHex(a.toUpperCase(), 20)).toBeNull();
    expect(OidSet.fromHex(a, 7)).toBeNull();
  });
});
