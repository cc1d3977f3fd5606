import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader,
  observeGit,
  withholdFromGit
} from "./chunks/chunk-GNATTIKC.js";
import {
  CompiledRules,
  require_node_worker_threads,
  scanningSink,
  toWire
} from "./chunks/chunk-NJSAVU44.js";
import "./chunks/chunk-M6I7Z2ZO.js";
import "./chunks/chunk-VH4LJVUL.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunks/chunk-AHMNODDD.js";

// src/sources/history-worker.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var { dir, rules, withheld, debug, paths: pathList } = import_node_worker_threads.workerData;
var paths = new Map(pathList);
withholdFromGit(withheld);
var port = import_node_worker_threads.parentPort;
var post = (reply2) => port.postMessage(reply2);
if (debug) observeGit((run) => post({ git: run }));
var compiled = new CompiledRules(rules);
var SEND_EVERY = 256;
var owed = 0;
var reply = fresh();
function fresh() {
  return { answered: 0, bytes: 0, found: [], clean: [], listed: [], missing: [] };
}
function answered() {
  owed--;
  reply.answered++;
  if (reply.answered >= SEND_EVERY || owed === 0) {
    post(reply);
    reply = fresh();
  }
}
var current;
var scanner = (oid) => current ??= scanningSink(compiled, (outcome, size) => {
  current = void 0;
  reply.bytes += size;
  if (outcome.kind === "scanned" && outcome.matches.length) reply.found.push([oid, toWire(outcome)]);
  else {
    reply.clean.push(oid);
    if (outcome.kind === "scanned" && outcome.listed) reply.listed.push([oid, outcome.listed.skip, outcome.listed.reason]);
  }
  answered();
}, paths.get(oid));
var sink = {
  chunk: (data, last, oid) => scanner(oid).chunk(data, last),
  end: (size, oid) => scanner(oid).end(size),
  missing: (oid) => {
    reply.missing.push(oid);
    answered();
  }
};
var failed = false;
var fail = (error) => {
  if (failed) return;
  failed = true;
  post({ error: error instanceof Error ? error.message : String(error) });
  port.close();
};
var opened = BlobReader.open(dir);
opened.then((reader) => reader.finished()).catch(fail);
var queue = opened;
port.on("message", (message) => {
  queue = queue.then(async () => {
    if (failed) return;
    const reader = await opened;
    if ("lines" in message) {
      owed += message.count;
      reader.requestLines(Buffer.from(message.lines.buffer, message.lines.byteOffset, message.lines.byteLength), message.count, sink);
    } else {
      await reader.close();
      post({ closed: true });
      port.close();
    }
  });
  queue.catch(fail);
});
