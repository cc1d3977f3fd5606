/**
 * Planted pack files: a version-2 pack index of `count` made-up ids (sorted, a valid layout) and,
 * when asked, a pack whose header counts as many objects, as a repository could carry them.
 */
import { writeFileSync } from 'node:fs';

export function plantIndex(path: string, count: number, options: { pack?: boolean; hashBytes?: number } = {}): void {
  const hashBytes = options.hashBytes ?? 20;
  const fanout = new Uint32Array(256);
  const ids = Buffer.alloc(count * hashBytes);
  for (let i = 0; i < count; i++) {
    // Spread over the whole id space, in order: the first four bytes grow with i.
    const top = Math.floor((i * 2 ** 32) / count);
    ids.writeUInt32BE(top, i * hashBytes);
    ids.writeUInt32BE(0xabcdef01, i * hashBytes + 4);
    fanout[top >>> 24]!++;
  }
  const head = Buffer.alloc(8 + 1024);
  head.writeUInt32BE(0xff744f63, 0);
  head.writeUInt32BE(2, 4);
  let total = 0;
  for (let b = 0; b < 256; b++) head.writeUInt32BE((total += fanout[b]!), 8 + b * 4);
  const crcs = Buffer.alloc(count * 4);
  const offsets = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i++) offsets.writeUInt32BE(12 + i, i * 4);
  writeFileSync(path, Buffer.concat([head, ids, crcs, offsets, Buffer.alloc(2 * hashBytes)]));
  if (options.pack) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(count, 8);
    writeFileSync(`${path.slice(0, -'.idx'.length)}.pack`, Buffer.concat([header, Buffer.alloc(count + hashBytes)]));
  }
}
