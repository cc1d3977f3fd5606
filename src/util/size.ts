/**
 * Sizes as people write them on a command line (`--max-file-size 10MB`): a number, optionally
 * with a decimal part, and a unit. Units are powers of 1024 (what `ls -lh` and `du -h` show), in
 * any case, with or without `B` or `iB`: `500`, `64k`, `10MB`, `1.5GiB`.
 */
const UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** Bytes, or an Error saying what is wrong (for a one-line usage error). */
export function parseSize(text: string): number | Error {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!match || (match[3] && !match[2] && match[3].toLowerCase() === 'ib')) {
    return new Error(`"${text}" is not a size: write a number of bytes, or one with a unit such as 500KB, 10MB or 1GB`);
  }
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(bytes)) return new Error(`"${text}" is too large a size`);
  return bytes;
}

/** A size the way parseSize reads it back: `10 MB`, `1.5 GB`, `512 bytes`. */
export function formatSize(bytes: number): string {
  for (const [unit, factor] of [['TB', 2 ** 40], ['GB', 2 ** 30], ['MB', 2 ** 20], ['KB', 2 ** 10]] as const) {
    if (bytes >= factor) return `${Number((bytes / factor).toFixed(1))} ${unit}`;
  }
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
