import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CompiledRules,
  require_node_worker_threads,
  scanFile,
  toWire
} from "./chunks/chunk-NJSAVU44.js";
import "./chunks/chunk-M6I7Z2ZO.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-AHMNODDD.js";

// src/sources/scan-worker.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var { counter, rules, limits } = import_node_worker_threads.workerData;
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
      import_node_worker_threads.parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length) import_node_worker_threads.parentPort.postMessage(batch);
  batch = [];
}
import_node_worker_threads.parentPort.on("message", (message) => {
  if ("files" in message) {
    for (const file of message.files) files.push(file);
    for (const name of message.named) named.push(name);
    drain();
  } else {
    drain();
    import_node_worker_threads.parentPort.close();
  }
});
