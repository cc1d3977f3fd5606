import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  toWire
} from "./chunks/chunk-A2FJMFLB.js";
import {
  Engine,
  scanFile
} from "./chunks/chunk-LI357VF7.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-MNX7NILS.js";

// src/sources/scan-worker.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { parentPort, workerData } from "node:worker_threads";
var { files, counter, rules } = workerData;
var engine = new Engine(rules);
var next = new Int32Array(counter);
var batch = [];
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  batch.push([i, toWire(scanFile(engine, files[i]))]);
  if (batch.length >= 256) {
    parentPort.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort.postMessage(batch);
