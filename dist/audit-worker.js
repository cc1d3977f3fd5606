import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  auditRepository
} from "./chunks/chunk-E4ESZBBB.js";
import {
  observeGit,
  withholdFromGit
} from "./chunks/chunk-GNATTIKC.js";
import {
  require_node_worker_threads
} from "./chunks/chunk-NJSAVU44.js";
import "./chunks/chunk-3OF4ZJQA.js";
import "./chunks/chunk-M6I7Z2ZO.js";
import "./chunks/chunk-UMANLS7D.js";
import "./chunks/chunk-5JXGAFC6.js";
import {
  PdguardError
} from "./chunks/chunk-VH4LJVUL.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-AHMNODDD.js";

// src/audit/worker.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var input = import_node_worker_threads.workerData;
var post = (report) => import_node_worker_threads.parentPort.postMessage(report);
withholdFromGit(input.withheld);
if (input.observeGit) observeGit((run2) => post({ kind: "git", run: run2 }));
var PROGRESS_MS = 50;
async function run(job) {
  let sent = 0;
  let phase;
  const onProgress = (next, progress) => {
    const now = performance.now();
    if (next === phase && now - sent < PROGRESS_MS) return;
    sent = now;
    phase = next;
    post({ kind: "progress", phase: next, progress });
  };
  try {
    const audited = await auditRepository(job.target, job.options, {
      ...job.progress ? { onProgress } : {},
      onWarning: (message) => post({ kind: "warning", message })
    });
    post({ kind: "done", audited });
  } catch (error) {
    post({ kind: "failed", reason: error instanceof Error ? error.message : String(error), known: error instanceof PdguardError });
  }
}
import_node_worker_threads.parentPort.on("message", (message) => {
  if ("end" in message) import_node_worker_threads.parentPort.close();
  else void run(message);
});
