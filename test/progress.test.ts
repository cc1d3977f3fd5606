/**
 * History progress: only on a terminal, never under CI, throttled, and erased at the end.
 *
 * The throttle is tested on a fake clock: the progress line reads performance.now() (it takes no
 * clock of its own), which vitest's fake timers replace, so the test says exactly when each update
 * happens and no load on the machine can change what is drawn.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryProgressLine, progressWanted } from '../src/cli/progress.js';

describe('progress', () => {
  it('shows only on a terminal, never under CI, and not when turned off', () => {
    expect(progressWanted({ write: () => true, isTTY: true }, {}, true)).toBe(true);
    expect(progressWanted({ write: () => true, isTTY: false }, {}, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, { CI: 'true' }, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, { TERM: 'dumb' }, true)).toBe(false);
    expect(progressWanted({ write: () => true, isTTY: true }, {}, false)).toBe(false);
  });
});

describe('progress throttle, on a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    // A process has been running a while before a scan starts (the line draws its first update
    // only once 100 ms have passed since time 0).
    vi.advanceTimersByTime(5_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const progress = (i: number) => ({ commits: i, blobs: 2 * i, bytes: 1024 * i });

  it('draws the first update at once, then none until 100 ms have passed', () => {
    const writes: string[] = [];
    const line = new HistoryProgressLine({ write: (text: string) => writes.push(text), isTTY: true });
    line.update(progress(1));
    expect(writes).toHaveLength(1);
    for (let ms = 1; ms < 100; ms++) {
      vi.advanceTimersByTime(1);
      line.update(progress(1 + ms));
    }
    expect(writes, 'nothing more within the first 100 ms').toHaveLength(1);
    vi.advanceTimersByTime(1);
    line.update(progress(200));
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^\r\u001b\[Kpdguard: 200 commits, 400 blobs, 200 KB \(/);
  });

  it('draws ten times a second however often it is told, on one line, and erases it', () => {
    const writes: string[] = [];
    const line = new HistoryProgressLine({ write: (text: string) => writes.push(text), isTTY: true });
    // An update every millisecond for two seconds, and a burst of a thousand within one millisecond.
    for (let ms = 0; ms < 2_000; ms++) {
      line.update(progress(ms + 1));
      vi.advanceTimersByTime(1);
    }
    expect(writes).toHaveLength(20); // at 0, 100, … 1,900 ms
    for (let i = 0; i < 1_000; i++) line.update(progress(2_001 + i));
    expect(writes).toHaveLength(21); // the burst at 2,000 ms drew once
    expect(writes.every((w) => w.startsWith('\r\u001b[K') && !w.includes('\n'))).toBe(true);
    expect(writes[0]).toMatch(/^\r\u001b\[Kpdguard: 1 commit, 2 blobs, 1\.0 KB \(.+\/s\)$/);
    // The rate is the bytes over the time since the line was made: 2,001 KB in 2 s.
    expect(writes[20]).toBe('\r\u001b[Kpdguard: 2,001 commits, 4,002 blobs, 2.0 MB (1,001 KB/s)');
    line.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    line.clear();
    expect(writes).toHaveLength(22); // erased once
  });

  it('erases nothing when it never drew', () => {
    const writes: string[] = [];
    new HistoryProgressLine({ write: (text: string) => writes.push(text), isTTY: true }).clear();
    expect(writes).toEqual([]);
  });
});
