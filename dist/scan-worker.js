import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  toWire
} from "./chunks/chunk-RZQZEOUZ.js";
import {
  Engine,
  scanFile
} from "./chunks/chunk-2V4KP4U7.js";
import "./chunks/chunk-5W47HPIT.js";

// src/sources/scan-worker.ts
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
