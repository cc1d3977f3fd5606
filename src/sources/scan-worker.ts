/**
 * A worker thread of sources/parallel.ts: receives the files in batches as the walk finds them,
 * takes the next one from the shared counter and scans it. A number taken before its file has
 * arrived is kept until it does (or the list ends without it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CompiledRules } from '../engine/compiled-rules.js';
import { type WireOutcome, type WorkerInput, type WorkerMessage, toWire } from './parallel.js';
import { scanFile } from './read.js';
import type { FsPath } from './walk.js';

const { counter, rules, limits } = workerData as WorkerInput;
const compiled = new CompiledRules(rules);
const next = new Int32Array(counter);
const files: FsPath[] = [];
const named: string[] = [];
let claimed = -1;
let batch: [number, WireOutcome][] = [];

function drain(): void {
  for (;;) {
    if (claimed < 0) claimed = Atomics.add(next, 0, 1);
    if (claimed >= files.length) break;
    // Paths arrive as Uint8Array when they are bytes: Buffer them again for the file system.
    const file = files[claimed]!;
    batch.push([claimed, toWire(scanFile(compiled, typeof file === 'string' ? file : Buffer.from(file), limits, named[claimed]))]);
    claimed = -1;
    // Send as we go, so that results do not pile up in the worker.
    if (batch.length >= 256) {
      parentPort!.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length) parentPort!.postMessage(batch);
  batch = [];
}

parentPort!.on('message', (message: WorkerMessage) => {
  if ('files' in message) {
    for (const file of message.files) files.push(file);
    for (const name of message.named) named.push(name);
    drain();
  } else {
    drain();
    parentPort!.close(); // the list is complete: a number past its end has no file
  }
});
