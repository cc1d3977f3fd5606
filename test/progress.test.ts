/** History progress: only on a terminal, never under CI, throttled, and erased at the end. */
import { describe, expect, it } from 'vitest';
import { HistoryProgressLine, progressWanted } from '../src/cli/progress.js';

describe('progress', () => {
  it('shows only on a terminal, never under CI, and not when turned off', () => {
    expect(progressWanted({ write: () => true, isTTY: true }, {}, true)).toBe(true);
    expect(progressWanted({ write: () => true, isTTY: false }, {}, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, { CI: 'true' }, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, { TERM: 'dumb' }, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, {}, false)).toBe(false);
  });

  it('draws at most ten times a second on one line, and erases it', () => {
    const writes: string[] = [];
    const line = new HistoryProgressLine({ write: (text: string) => writes.push(text), isTTY: true });
    for (let i = 1; i <= 1000; i++) line.update({ commits: i, blobs: 2 * i, bytes: 1024 * i });
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThan(5); // a tight loop takes far less than a second
    expect(writes[0]).toMatch(/^\r\u001b\[Kpdguard: 1 commits, 2 blobs, 1\.0 KB \(.+\/s\)$/);
    line.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });
});
