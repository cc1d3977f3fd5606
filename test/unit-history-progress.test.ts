/** History progress: a total and an ETA once the number of blobs to scan is known. */
import { describe, expect, it } from 'vitest';
import { HistoryProgressLine, eta } from '../src/cli/progress.js';

describe('history progress', () => {
  it('gives no ETA before the total is known or enough is scanned to judge the pace', () => {
    expect(eta({ commits: 10, blobs: 5000, bytes: 1 }, 10)).toBe('');
    expect(eta({ commits: 10, blobs: 50, bytes: 1, blobsTotal: 1000 }, 10)).toBe('');
    expect(eta({ commits: 10, blobs: 500, bytes: 1, blobsTotal: 1000 }, 0.5)).toBe('');
  });

  it('projects the time left from the pace so far', () => {
    expect(eta({ commits: 1, blobs: 250, bytes: 1, blobsTotal: 1000 }, 10)).toBe(', ETA 30s');
    expect(eta({ commits: 1, blobs: 1000, bytes: 1, blobsTotal: 10000 }, 20)).toBe(', ETA 3m00s');
    expect(eta({ commits: 1, blobs: 1000, bytes: 1, blobsTotal: 1000 }, 20)).toBe(', ETA 0s');
  });

  it('shows blobs scanned of the total on the line', () => {
    let text = '';
    const line = new HistoryProgressLine({ write: (t: string) => (text += t), isTTY: true });
    line.update({ commits: 12, blobs: 3, bytes: 10, blobsTotal: 1234 });
    expect(text).toContain('12 commits, 3/1,234 blobs');
  });
});
