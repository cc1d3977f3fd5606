/**
 * Reads one file as a stream of chunks into the engine: memory stays bounded whatever the file's
 * size. Decides first whether the file is text: binary files are skipped (a NUL byte near the
 * start), UTF-16 with a byte-order mark is transcoded, a UTF-8 byte-order mark is dropped.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Match } from '../types.js';
import { type Engine, StreamScanner } from '../engine/stream.js';

export const CHUNK_SIZE = 1024 * 1024;
const SNIFF_SIZE = 8 * 1024;

export type FileOutcome =
  | { kind: 'scanned'; matches: Match[]; bytes: number }
  | { kind: 'skipped'; reason: string; incomplete: boolean };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'binary';

/** Sniff the first bytes: the encoding, and how many bytes of byte-order mark to drop. */
export function sniffEncoding(head: Buffer): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 0 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 0 };
  const sniff = head.length > SNIFF_SIZE ? head.subarray(0, SNIFF_SIZE) : head;
  if (sniff.includes(0)) return { encoding: 'binary', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Turns chunks of the file's encoding into UTF-8 chunks for the engine. */
function transcoder(encoding: Encoding): (chunk: Buffer, last: boolean) => Buffer {
  if (encoding === 'utf-8') return (chunk) => chunk;
  // TextDecoder drops the byte-order mark and keeps a split surrogate pair for the next chunk.
  const decoder = new TextDecoder(encoding);
  return (chunk, last) => Buffer.from(decoder.decode(chunk, { stream: !last }), 'utf8');
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'ENOENT':
      return 'unreadable: disappeared during the scan';
    case 'EISDIR':
      return 'unreadable: is a directory';
    case 'EIO':
      return 'unreadable: I/O error';
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

/** Scan a whole stream of buffers (a file's chunks, or standard input). */
export async function scanChunks(engine: Engine, chunks: AsyncIterable<Buffer>): Promise<FileOutcome> {
  const scanner = new StreamScanner(engine);
  const matches: Match[] = [];
  let bytes = 0;
  let convert: ((chunk: Buffer, last: boolean) => Buffer) | undefined;
  let head: Buffer | undefined;
  for await (const raw of chunks) {
    if (raw.length === 0) continue;
    let chunk = raw;
    if (!convert) {
      // Sniff on at least a few bytes: a stream may deliver one byte at a time.
      head = head ? Buffer.concat([head, chunk]) : chunk;
      if (head.length < 4) continue;
      const { encoding, bom } = sniffEncoding(head);
      if (encoding === 'binary') return { kind: 'skipped', reason: 'binary', incomplete: false };
      convert = transcoder(encoding);
      chunk = head.subarray(bom);
      head = undefined;
    }
    bytes += chunk.length;
    for (const m of scanner.push(convert(chunk, false))) matches.push(m);
  }
  if (head) {
    const { encoding, bom } = sniffEncoding(head);
    if (encoding === 'binary') return { kind: 'skipped', reason: 'binary', incomplete: false };
    convert = transcoder(encoding);
    bytes += head.length;
    for (const m of scanner.push(convert(head.subarray(bom), false))) matches.push(m);
  }
  if (convert) for (const m of scanner.push(convert(Buffer.alloc(0), true))) matches.push(m);
  for (const m of scanner.end()) matches.push(m);
  return { kind: 'scanned', matches, bytes };
}

/**
 * Scan one file. Never throws for a file that cannot be read: that is a reported skip.
 *
 * Synchronous on purpose: files are nearly always in the page cache, and one synchronous
 * open/read/close costs a fraction of the same calls through libuv's thread pool, which dominated
 * the time of a tree of many small files (100,000 files: 5.6 s async).
 */
export function scanFile(engine: Engine, path: string): FileOutcome {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for regular files.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { kind: 'skipped', reason: describeReadError(error), incomplete: true };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file', incomplete: false };
    // One byte more than stat promised: a short read then proves the end without a second read,
    // and small files come from Buffer's pool.
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    const first = readChunk(fd, size);
    if (first.length === 0) return { kind: 'scanned', matches: [], bytes: 0 };
    const { encoding, bom } = sniffEncoding(first);
    if (encoding === 'binary') return { kind: 'skipped', reason: 'binary', incomplete: false };
    const convert = transcoder(encoding);
    const scanner = new StreamScanner(engine);
    const matches: Match[] = [];
    let bytes = first.length - bom;
    let chunk: Buffer = first.subarray(bom);
    // A short first read that got everything stat promised is the whole file: no second read.
    let done = first.length < size && first.length >= stat.size;
    for (;;) {
      for (const m of scanner.push(convert(chunk, false))) matches.push(m);
      if (done) break;
      // A fresh buffer each time: the engine may keep the tail of the previous one.
      chunk = readChunk(fd, CHUNK_SIZE);
      bytes += chunk.length;
      done = chunk.length === 0;
    }
    for (const m of scanner.push(convert(Buffer.alloc(0), true))) matches.push(m);
    for (const m of scanner.end()) matches.push(m);
    return { kind: 'scanned', matches, bytes };
  } catch (error) {
    return { kind: 'skipped', reason: describeReadError(error), incomplete: true };
  } finally {
    closeSync(fd);
  }
}

function readChunk(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  const bytesRead = readSync(fd, buffer, 0, size, null);
  return bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
}
