/**
 * The `git log --raw -z` parser (src/git/log.ts) on hostile commits: a 16 MB author name must
 * cost linear time (it once re-searched everything pending on every 64 KB read: 18 s), and what
 * it parses must come through exactly, whatever the read boundaries.
 */
import { describe, expect, it } from 'vitest';
import { type FileChange, RawLogParser } from '../src/git/log.js';
import type { CommitInfo } from '../src/types.js';

const SHA = 'a'.repeat(40);
const BLOB = 'b'.repeat(40);

function logText(author: string): Buffer {
  return Buffer.from(`\x01${SHA}\0${author}\0pat@example.test\x002026-01-01T00:00:00Z\0\n:000000 100644 ${'0'.repeat(40)} ${BLOB} A\0a b.env\0`, 'utf8');
}

function parse(data: Buffer, piece: number): { commits: CommitInfo[]; changes: FileChange[] } {
  const commits: CommitInfo[] = [];
  const changes: FileChange[] = [];
  const parser = new RawLogParser({ commit: (c) => commits.push(c), change: (c) => changes.push(c) });
  for (let at = 0; at < data.length; at += piece) parser.push(data.subarray(at, at + piece));
  parser.end();
  return { commits, changes };
}

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('RawLogParser', () => {
  it('parses a commit whose author name is 16 MB, read 64 KB at a time, exactly', () => {
    const author = 'ü'.repeat(8 * 1024 * 1024); // 16 MB of UTF-8, split mid-character by the reads
    const { commits, changes } = parse(logText(author), 64 * 1024);
    expect(commits).toHaveLength(1);
    expect(commits[0]!.author.length).toBe(author.length);
    expect(commits[0]!.author === author).toBe(true);
    expect(commits[0]!.sha).toBe(SHA);
    expect(changes).toEqual([{ status: 'A', newMode: '100644', newBlob: BLOB, oldPath: null, path: 'a b.env' }]);
  });

  it('takes linear time in the length of one long token', () => {
    const small = logText('x'.repeat(2 * 1024 * 1024));
    const large = logText('x'.repeat(16 * 1024 * 1024));
    const ratio = fastest(() => parse(large, 64 * 1024)) / Math.max(fastest(() => parse(small, 64 * 1024)), 1);
    // 8x the input: about 8x the time when linear, about 64x when every read re-searches all that is pending.
    expect(ratio).toBeLessThan(24);
  });
});
