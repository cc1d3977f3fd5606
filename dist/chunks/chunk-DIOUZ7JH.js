import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  require_node_os,
  require_node_worker_threads,
  scanFile
} from "./chunk-GMUKHYCL.js";
import {
  require_node_url
} from "./chunk-GGDBHCVB.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunk-5KGJDAEE.js";

// src/sources/parallel.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var PARALLEL_MIN_FILES = 400;
var MAX_WORKERS = 3;
var BATCH = 256;
function toWire(outcome) {
  if (outcome.kind === "skipped") return outcome;
  const matches = outcome.matches.map(({ rule, ...m }) => ({ ...m, ruleId: rule.id }));
  return { kind: "scanned", bytes: outcome.bytes, matches, ...outcome.listed ? { listed: outcome.listed } : {} };
}
function fromWire(wire, rules) {
  if (wire.kind === "skipped") return wire;
  const matches = wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId) }));
  return { kind: "scanned", bytes: wire.bytes, matches, ...wire.listed ? { listed: wire.listed } : {} };
}
function workerScript() {
  const url = new URL("../scan-worker.js", import.meta.url);
  if (url.protocol !== "file:" || import.meta.url.endsWith(".ts")) return null;
  const path = (0, import_node_url.fileURLToPath)(url);
  return (0, import_node_fs.existsSync)(path) ? path : null;
}
function fileQueue(compiled, limits, onOutcome) {
  const threads = Math.min(MAX_WORKERS, (0, import_node_os.availableParallelism)() - 1);
  const script = threads > 0 ? workerScript() : null;
  const files = [];
  const named = [];
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const done = [];
  const rules = new Map(compiled.rules.map((r) => [r.id, r]));
  let crew = null;
  const finish = (i, outcome) => {
    if (done[i]) return;
    done[i] = true;
    onOutcome(i, outcome);
  };
  const send = (c) => {
    if (c.sent === files.length) return;
    const message = { files: files.slice(c.sent), named: named.slice(c.sent) };
    for (const worker of c.workers) worker.postMessage(message);
    c.sent = files.length;
  };
  const start = () => {
    const input = { counter, rules: [...compiled.rules], limits };
    const workers = Array.from({ length: threads }, () => new import_node_worker_threads.Worker(script, { workerData: input }));
    const finished = Promise.all(
      workers.map(
        (worker) => new Promise((resolve) => {
          worker.on("message", (batch) => {
            for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
          });
          worker.on("error", () => resolve());
          worker.on("exit", () => resolve());
        })
      )
    ).then(() => void 0);
    return { workers, finished, sent: 0 };
  };
  return {
    add(file, name) {
      files.push(file);
      named.push(name);
      if (!crew && script && files.length >= PARALLEL_MIN_FILES) crew = start();
      if (crew && files.length - crew.sent >= BATCH) send(crew);
    },
    async finish() {
      if (crew) {
        send(crew);
        for (const worker of crew.workers) worker.postMessage({ done: true });
      }
      for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) finish(i, scanFile(compiled, files[i], limits, named[i]));
      if (crew) await crew.finished;
      for (let i = 0; i < files.length; i++) if (!done[i]) finish(i, scanFile(compiled, files[i], limits, named[i]));
    }
  };
}

export {
  toWire,
  fileQueue
};
