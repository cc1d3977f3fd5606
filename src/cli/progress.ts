/**
 * Progress for long history scans, on stderr: only on a terminal, never under CI, and at most
 * ten updates a second so that drawing never costs what scanning does.
 */
import type { ScanProgress } from '../pipeline/source.js';
import { formatBytes, plural } from '../report/present.js';
import { grouped } from '../util/number.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progressWanted(stream: ProgressStream, env: Record<string, string | undefined>, asked: boolean): boolean {
  return asked && Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
}

/** Time left, once the total is known and enough is done to judge the pace (by blobs). */
export function eta(p: ScanProgress, seconds: number): string {
  if (!p.blobsTotal || p.blobs < 100 || seconds < 1) return '';
  const left = Math.max(0, Math.round(((p.blobsTotal - p.blobs) * seconds) / p.blobs));
  return left >= 60 ? `, ETA ${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `, ETA ${left}s`;
}

export class HistoryProgressLine {
  private last = 0;
  private shown = false;
  private readonly started = performance.now();

  constructor(private readonly stream: ProgressStream) {}

  update = (p: ScanProgress): void => {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = formatBytes(p.bytes / seconds);
    const blobs = p.blobsTotal ? `${grouped(p.blobs)}/${plural(p.blobsTotal, 'blob')}` : plural(p.blobs, 'blob');
    // Shown before it is written: an interrupt that comes while writing still clears the line.
    this.shown = true;
    this.stream.write(`\r\u001b[Kpdguard: ${plural(p.commits, 'commit')}, ${blobs}, ${formatBytes(p.bytes)} (${rate}/s)${eta(p, seconds)}`);
  };

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
