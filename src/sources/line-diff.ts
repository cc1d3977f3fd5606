/**
 * Which lines of a new version of a file it adds to the old one, computed by pdguard on the lines
 * it scans (engine/lines.ts), not taken from git's text diff: git splits a file its own way (a
 * `diff` attribute on a UTF-16 file has it split at every 0x0A byte, so its line numbers are not
 * the engine's), and a repository can configure how git diffs.
 *
 * The lines kept are those of a shortest edit script (Myers' O(ND) algorithm, as git's default),
 * after the common first and last lines are set aside. Bounded: an edit too long or too costly to
 * work out, or too many lines between, counts every line between the common start and end as
 * added (scan more, never less).
 */

import type { Lines } from '../engine/lines.js';

/** Edits (lines added plus lines removed) worked out at most; the trace kept is about this squared. */
const MAX_EDITS = 2000;
/** Steps of the search at most (comparisons of two lines): a few tens of milliseconds. */
const MAX_STEPS = 20_000_000;
/** Lines between the common start and end compared at most (each is made a string once). */
const MAX_MIDDLE = 200_000;

/** The ranges [first, last] of lines (1-based) of `after` that `before` does not have, in order. */
export function addedRanges(before: Lines, after: Lines): [number, number][] {
  const same = (i: number, j: number) =>
    before.bytes.compare(after.bytes, after.starts[j]!, after.ends[j]!, before.starts[i]!, before.ends[i]!) === 0;
  let start = 0;
  while (start < before.starts.length && start < after.starts.length && same(start, start)) start++;
  let endBefore = before.starts.length;
  let endAfter = after.starts.length;
  while (endBefore > start && endAfter > start && same(endBefore - 1, endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endAfter === start) return [];
  const everything: [number, number][] = [[start + 1, endAfter]];
  if (endBefore === start || endBefore - start + endAfter - start > MAX_MIDDLE) return everything;
  // Lines as numbers, so that the search compares integers.
  const ids = new Map<string, number>();
  const idsOf = (lines: Lines, from: number, to: number): Int32Array => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const key = lines.bytes.toString('latin1', lines.starts[i], lines.ends[i]);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out[i - from] = id;
    }
    return out;
  };
  const inserted = insertedLines(idsOf(before, start, endBefore), idsOf(after, start, endAfter));
  if (inserted === null) return everything;
  const ranges: [number, number][] = [];
  for (const i of inserted) {
    const line = start + i + 1;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/**
 * The indexes of `b` that a shortest edit script from `a` to `b` inserts, in increasing order;
 * null when that takes more than MAX_EDITS edits or MAX_STEPS steps to find.
 */
function insertedLines(a: Int32Array, b: Int32Array): number[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k (y = x - k).
  const v = new Int32Array(2 * max + 3);
  // trace[d]: v over diagonals -d-1 … d+1 before round d, to walk the script back.
  const trace: Int32Array[] = [];
  let steps = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      steps += 1 + x - from;
      if (steps > MAX_STEPS) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}

/** Follows the rounds back from (n, m) and collects the lines of `b` each round inserted. */
function walkBack(trace: Int32Array[], n: number, m: number): number[] {
  const inserted: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    if (down) inserted.push(previousY); // a step down: b[previousY] is inserted
    x = previousX;
    y = previousY;
  }
  return inserted.reverse();
}
