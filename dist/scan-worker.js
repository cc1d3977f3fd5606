import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  toWire
} from "./chunks/chunk-67PITY46.js";
import {
  CompiledRules,
  scanFile
} from "./chunks/chunk-NSSYMS3V.js";
import "./chunks/chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-IV62LXCD.js";

// src/sources/scan-worker.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { parentPort, workerData } from "node:worker_threads";
var { counter, rules, limits } = workerData;
var compiled = new CompiledRules(rules);
var next = new Int32Array(counter);
var files = [];
var named = [];
var claimed = -1;
var batch = [];
function drain() {
  for (; ; ) {
    if (claimed < 0) claimed = Atomics.add(next, 0, 1);
    if (claimed >= files.length) break;
    const file = files[claimed];
    batch.push([claimed, toWire(scanFile(compiled, typeof file === "string" ? file : Buffer.from(file), limits, named[claimed]))]);
    claimed = -1;
    if (batch.length >= 256) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length) parentPort.postMessage(batch);
  batch = [];
}
parentPort.on("message", (message) => {
  if ("files" in message) {
    for (const file of message.files) files.push(file);
    for (const name of message.named) named.push(name);
    drain();
  } else {
    drain();
    parentPort.close();
  }
});
