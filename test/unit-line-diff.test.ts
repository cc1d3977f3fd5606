/**
 * Unit tier: staged's own line diff (src/sources/line-diff.ts), which says which lines of a staged
 * file are new. It must add no line that a shortest edit keeps (or an old key would block every
 * commit) and never miss one it adds; when the edit is too costly, it counts every line between
 * the common start and end as added (scan more, never less).
 */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/engine/lines.js';
import { addedRanges } from '../src/sources/line-diff.js';
import { seededRandom } from './helpers/fake.js';

const lines = (...words: string[]) => splitLines(Buffer.from(words.map((w) => `${w}\n`).join('')), Infinity)!;
const numbers = (ranges: [number, number][]) => ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

/** The length of a longest common subsequence, by dynamic programming. */
function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

/** Whether `kept` is a subsequence of `a`. */
function isSubsequence(kept: string[], a: string[]): boolean {
  let i = 0;
  for (const line of a) if (i < kept.length && kept[i] === line) i++;
  return i === kept.length;
}

describe('splitLines', () => {
  const texts = (text: string) => {
    const split = splitLines(Buffer.from(text), Infinity)!;
    return [...split.starts].map((start, i) => split.bytes.toString('utf8', start, split.ends[i]));
  };

  it('splits at LF, CRLF and a lone CR alike, as the engine counts lines', () => {
    expect(texts('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(texts('a\r\r\nb\r')).toEqual(['a', '', 'b']);
    expect(texts('')).toEqual([]);
    expect(texts('\n')).toEqual(['']);
    expect(texts('a\n\n')).toEqual(['a', '']);
  });

  it('gives up past maxLines (the caller then counts every line)', () => {
    expect(splitLines(Buffer.from('a\nb\nc'), 2)).toBeNull();
    expect(splitLines(Buffer.from('a\nb\n'), 2)).not.toBeNull();
  });
});

describe('addedRanges', () => {
  it('appended, inserted, replaced and removed lines', () => {
    expect(addedRanges(lines('a', 'b'), lines('a', 'b', 'c'))).toEqual([[3, 3]]);
    expect(addedRanges(lines('a', 'b'), lines('x', 'a', 'y', 'z', 'b'))).toEqual([
      [1, 1],
      [3, 4],
    ]);
    expect(addedRanges(lines('a', 'b', 'c'), lines('a', 'B', 'c'))).toEqual([[2, 2]]);
    expect(addedRanges(lines('a', 'b', 'c'), lines('a', 'c'))).toEqual([]);
    expect(addedRanges(lines(), lines('a'))).toEqual([[1, 1]]);
    expect(addedRanges(lines('a'), lines())).toEqual([]);
    // A line moved is a line added where it now is (its context may be new).
    expect(addedRanges(lines('k', 'a', 'b'), lines('a', 'b', 'k'))).toEqual([[3, 3]]);
  });

  it('adds exactly the lines a shortest edit adds, on thousands of random edits', () => {
    const random = seededRandom(99);
    const pick = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 3000; round++) {
      const alphabet = 1 + pick(6);
      const a = Array.from({ length: pick(14) }, () => String(pick(alphabet)));
      const b = Array.from({ length: pick(14) }, () => String(pick(alphabet)));
      const added = new Set(numbers(addedRanges(lines(...a), lines(...b))));
      const kept = b.filter((_, i) => !added.has(i + 1));
      const context = `${a.join('')} -> ${b.join('')}`;
      expect(isSubsequence(kept, a), context).toBe(true);
      expect(kept.length, context).toBe(lcs(a, b));
    }
  });

  it('an edit too long to work out counts every line between the common start and end (fail closed)', () => {
    const old = Array.from({ length: 6000 }, (_, i) => `line ${i}`);
    // Every other line changed: thousands of edits, past the bound.
    const now = old.map((line, i) => (i % 2 && i > 2 && i < 5990 ? `${line} changed` : line));
    expect(addedRanges(lines(...old), lines(...now))).toEqual([[4, 5990]]);
    // Under the bound, exact.
    const few = old.map((line, i) => (i === 10 || i === 4000 ? `${line} changed` : line));
    expect(addedRanges(lines(...old), lines(...few))).toEqual([
      [11, 11],
      [4001, 4001],
    ]);
  });
});
