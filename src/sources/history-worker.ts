/**
 * A worker thread of sources/history-scan.ts: its own `git cat-file --batch`, whose blobs it scans
 * as they come, so that the main thread's reader and this one scan on two cores at once. It is
 * asked for batches of blob ids (hex lines) and answers, in order, a few hundred blobs at a time:
 * the blobs with findings (matches without their rule objects), the ids of the clean ones, the
 * listed and the missing ones, and the bytes read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CompiledRules } from '../engine/compiled-rules.js';
import { type BlobSink, BlobReader } from '../git/catfile.js';
import { observeGit, withholdFromGit } from '../git/process.js';
import { type HistoryWorkerInput, type HistoryWorkerReply, type HistoryWorkerRequest } from './history-scan.js';
import { toWire } from './parallel.js';
import { scanningSink } from './read.js';

const { dir, rules, withheld, debug, paths: pathList } = workerData as HistoryWorkerInput;
const paths = new Map(pathList);
// The main thread's door keeps these out of git's environment; this thread's door must too.
withholdFromGit(withheld);
const port = parentPort!;
const post = (reply: HistoryWorkerReply) => port.postMessage(reply);
if (debug) observeGit((run) => post({ git: run }));
const compiled = new CompiledRules(rules);

/** Answers are sent once this many have gathered (or when nothing more is owed). */
const SEND_EVERY = 256;
let owed = 0;
let reply = fresh();

function fresh(): Extract<HistoryWorkerReply, { answered: number }> {
  return { answered: 0, bytes: 0, found: [], clean: [], listed: [], missing: [] };
}

function answered(): void {
  owed--;
  reply.answered++;
  if (reply.answered >= SEND_EVERY || owed === 0) {
    post(reply);
    reply = fresh();
  }
}

let current: ReturnType<typeof scanningSink> | undefined;
const scanner = (oid: string) =>
  (current ??= scanningSink(compiled, (outcome, size) => {
    current = undefined;
    reply.bytes += size;
    // A blob with findings carries its listing in its outcome; a clean one's is sent beside.
    if (outcome.kind === 'scanned' && outcome.matches.length) reply.found.push([oid, toWire(outcome)]);
    else {
      reply.clean.push(oid);
      if (outcome.kind === 'scanned' && outcome.listed) reply.listed.push([oid, outcome.listed.skip, outcome.listed.reason]);
    }
    answered();
  }, paths.get(oid)));
const sink: BlobSink = {
  chunk: (data, last, oid) => scanner(oid).chunk(data, last),
  end: (size, oid) => scanner(oid).end(size),
  missing: (oid) => {
    reply.missing.push(oid);
    answered();
  },
};

let failed = false;
const fail = (error: unknown) => {
  if (failed) return;
  failed = true;
  post({ error: error instanceof Error ? error.message : String(error) });
  port.close();
};
const opened = BlobReader.open(dir);
// A cat-file that fails, or ends before answering everything, is reported at once.
opened.then((reader) => reader.finished()).catch(fail);
// Requests are taken in the order they come, once the reader is open.
let queue: Promise<unknown> = opened;
port.on('message', (message: HistoryWorkerRequest) => {
  queue = queue.then(async () => {
    if (failed) return;
    const reader = await opened;
    if ('lines' in message) {
      owed += message.count;
      reader.requestLines(Buffer.from(message.lines.buffer, message.lines.byteOffset, message.lines.byteLength), message.count, sink);
    } else {
      await reader.close();
      post({ closed: true });
      port.close();
    }
  });
  queue.catch(fail);
});
