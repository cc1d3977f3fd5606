import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanFile
} from "./chunk-JFLITGH2.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/sources/parallel.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 400;
var MAX_WORKERS = 3;
function toWire(outcome) {
  if (outcome.kind === "skipped") return outcome;
  return { kind: "scanned", bytes: outcome.bytes, matches: outcome.matches.map(({ rule, ...m }) => ({ ...m, ruleId: rule.id })) };
}
function fromWire(wire, rules) {
  if (wire.kind === "skipped") return wire;
  return { kind: "scanned", bytes: wire.bytes, matches: wire.matches.map(({ ruleId, ...m }) => ({ ...m, rule: rules.get(ruleId) })) };
}
function workerScript() {
  const url = new URL("../scan-worker.js", import.meta.url);
  if (url.protocol !== "file:" || import.meta.url.endsWith(".ts")) return null;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}
async function scanFiles(compiled, files, onOutcome) {
  const threads = Math.min(MAX_WORKERS, availableParallelism() - 1);
  const script = files.length >= PARALLEL_MIN_FILES && threads > 0 ? workerScript() : null;
  if (!script) {
    files.forEach((file, i) => onOutcome(i, scanFile(compiled, file)));
    return;
  }
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const done = new Uint8Array(files.length);
  const rules = new Map(compiled.rules.map((r) => [r.id, r]));
  const input = { files: [...files], counter, rules: [...compiled.rules] };
  const finish = (i, outcome) => {
    done[i] = 1;
    onOutcome(i, outcome);
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, { workerData: input });
    return new Promise((resolve) => {
      worker.on("message", (batch) => {
        for (const [i, wire] of batch) finish(i, fromWire(wire, rules));
      });
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
    });
  });
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) finish(i, scanFile(compiled, files[i]));
  await Promise.all(workers);
  for (let i = 0; i < files.length; i++) if (!done[i]) finish(i, scanFile(compiled, files[i]));
}

export {
  toWire,
  scanFiles
};
