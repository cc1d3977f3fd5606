/** A worker thread of sources/parallel.ts: takes files from the shared counter and scans them. */
import { parentPort, workerData } from 'node:worker_threads';
import { CompiledRules } from '../engine/compiled-rules.js';
import { type WireOutcome, type WorkerInput, toWire } from './parallel.js';
import { scanFile } from './read.js';

const { files, counter, rules } = workerData as WorkerInput;
const compiled = new CompiledRules(rules);
const next = new Int32Array(counter);
let batch: [number, WireOutcome][] = [];
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  batch.push([i, toWire(scanFile(compiled, files[i]!))]);
  // Send as we go, so that results do not pile up in the worker.
  if (batch.length >= 256) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort!.postMessage(batch);
