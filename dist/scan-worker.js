import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  toWire
} from "./chunks/chunk-GPXSVCQX.js";
import {
  CompiledRules,
  scanFile
} from "./chunks/chunk-JFLITGH2.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-4XBH3REO.js";

// src/sources/scan-worker.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { parentPort, workerData } from "node:worker_threads";
var { files, counter, rules } = workerData;
var compiled = new CompiledRules(rules);
var next = new Int32Array(counter);
var batch = [];
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  batch.push([i, toWire(scanFile(compiled, files[i]))]);
  if (batch.length >= 256) {
    parentPort.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort.postMessage(batch);
