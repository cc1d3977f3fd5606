import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader,
  OidSet,
  OidTable,
  PACK_WINDOWS,
  SizeGate,
  allWithin,
  listBlobs,
  listCommits,
  tipsOf
} from "./chunk-WTJ2AFVF.js";
import {
  NOTHING_SCANNED
} from "./chunk-PJ3VYHIQ.js";
import {
  READING,
  detach,
  evidencePath,
  scanningSink
} from "./chunk-NSSYMS3V.js";
import {
  version
} from "./chunk-LWDNZSIP.js";
import {
  sha256
} from "./chunk-T5BUAX2I.js";
import {
  historyView
} from "./chunk-IPD4WSVA.js";
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-KR27X6RF.js";
import {
  pathFilter
} from "./chunk-3DVWT4TM.js";
import {
  refuseLinkedPath,
  writeFileSafely
} from "./chunk-3MH3OYKU.js";
import {
  CACHE_LIMIT,
  InputError,
  POINTER_LIMIT,
  PdguardError,
  RefusedRead,
  readBoundedBytesIfPresent,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import {
  formatSize
} from "./chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/history/cache.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createHash, createHmac, randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
var FORMAT = "pdguard-history-cache";
var SCHEMA = 3;
var emptyCache = () => ({ selection: "", view: null, tips: [], commits: 0, clean: OidSet.EMPTY, findings: /* @__PURE__ */ new Map(), occurrences: [] });
function defaultCachePath(gitDir) {
  return join(gitDir, "pdguard", "history-cache.json");
}
function rulesKey(rules) {
  const text = JSON.stringify(rules, (_key, value) => value instanceof RegExp ? `/${value.source}/${value.flags}` : value);
  return createHash("sha256").update(text).digest("hex");
}
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function hasher(seal) {
  return seal.key ? createHmac("sha256", seal.key) : createHash("sha256");
}
function* sealedText(fields, clean, seal) {
  const body = JSON.stringify({ ...fields, clean: "" });
  const hash = hasher(seal);
  const open = body.slice(0, -2);
  hash.update(open);
  yield open;
  for (const piece of clean.hexPieces()) {
    hash.update(piece);
    yield piece;
  }
  hash.update('"}');
  yield `","check":"${hash.digest("hex")}"}`;
}
function sealIntact(text, check, seal) {
  if (typeof check !== "string" || !/^[0-9a-f]{64}$/.test(check)) return false;
  const tail = `,"check":"${check}"}`;
  return text.endsWith(tail) && hasher(seal).update(text.slice(0, -tail.length)).update("}").digest("hex") === check;
}
function userSeal(env = process.env) {
  try {
    const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
    const dir = join(base, "pdguard");
    const file = join(dir, "history-cache-key");
    mkdirSync(dir, { recursive: true, mode: 448 });
    try {
      if (lstatSync(file).isSymbolicLink()) return { key: null };
      const key = Buffer.from(readBoundedFile(file, POINTER_LIMIT).trim(), "hex");
      if (key.length >= 32) return { key };
    } catch {
    }
    const fresh = randomBytes(32);
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 384);
    try {
      writeSync(fd, fresh.toString("hex"));
    } finally {
      closeSync(fd);
    }
    return { key: fresh };
  } catch {
    return { key: null };
  }
}
function loadCache(path, pdguard, rules, seal) {
  let text;
  try {
    text = readBoundedFile(path, CACHE_LIMIT);
  } catch (error) {
    if (error instanceof RefusedRead && error.kind === "missing") return { cache: emptyCache() };
    if (error instanceof RefusedRead && error.kind === "link") return { cache: emptyCache(), warning: `history cache ${path} is a symbolic link: not read` };
    if (error instanceof RefusedRead) return { cache: emptyCache(), warning: `history cache ${path} not read: it ${error.message}; starting over` };
    return { cache: emptyCache(), warning: `history cache ${path} cannot be read (${error.code ?? "error"}): starting over` };
  }
  const unusable = (why) => ({ cache: emptyCache(), warning: `history cache ${path} ${why}: ignored, starting over` });
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return unusable("is not valid JSON");
  }
  if (typeof stored !== "object" || stored === null || stored.format !== FORMAT) return unusable("is not a pdguard history cache");
  if (stored.schema !== SCHEMA || stored.pdguard !== pdguard) return { cache: emptyCache(), warning: `history cache ${path} is from another pdguard version: starting over` };
  if (stored.rules !== rules) return { cache: emptyCache(), warning: `history cache ${path} was made with other rules: starting over` };
  if (!sealIntact(text, stored.check, seal)) return unusable(seal.key ? "was not written by your pdguard, or was truncated or edited" : "does not match its checksum (truncated or edited)");
  const clean = valid(stored) ? OidSet.fromHex(stored.clean, stored.width) : null;
  if (!clean) return unusable("is malformed");
  return {
    cache: {
      selection: stored.selection,
      view: stored.view,
      tips: stored.tips,
      commits: stored.commits,
      clean,
      findings: new Map(stored.findings),
      occurrences: stored.occurrences
    }
  };
}
function valid(s) {
  const isOid = (v) => typeof v === "string" && OID.test(v);
  return typeof s.selection === "string" && (s.view === null || typeof s.view === "string") && Array.isArray(s.tips) && s.tips.every(isOid) && Number.isSafeInteger(s.commits) && s.commits >= 0 && typeof s.clean === "string" && typeof s.width === "number" && Array.isArray(s.findings) && s.findings.every((f) => Array.isArray(f) && isOid(f[0]) && Array.isArray(f[1])) && Array.isArray(s.occurrences) && s.occurrences.every(
    (o) => o !== null && typeof o === "object" && isOid(o.blob) && typeof o.path === "string" && typeof o.file === "string" && typeof o.added === "boolean" && typeof o.merge === "boolean" && o.commit !== null && typeof o.commit === "object" && isOid(o.commit.sha) && typeof o.commit.author === "string" && typeof o.commit.email === "string" && typeof o.commit.date === "string"
  );
}
function saveCache(path, cache, pdguard, rules, seal) {
  const fields = {
    format: FORMAT,
    schema: SCHEMA,
    pdguard,
    rules,
    selection: cache.selection,
    view: cache.view,
    tips: cache.tips,
    commits: cache.commits,
    width: cache.clean.width,
    findings: [...cache.findings],
    occurrences: cache.occurrences
  };
  try {
    refuseLinkedPath(path);
    mkdirSync(dirname(path), { recursive: true, mode: 448 });
    writeFileSafely(path, sealedText(fields, cache.clean, seal), { mode: 384 });
    return void 0;
  } catch (error) {
    if (error instanceof PdguardError) return `${error.message}: history cache not written`;
    return `history cache ${path} could not be written (${error.code ?? String(error)})`;
  }
}

// src/sources/history.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { availableParallelism as availableParallelism2 } from "node:os";

// src/history/attribute.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { availableParallelism } from "node:os";

// src/git/log.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { StringDecoder } from "node:string_decoder";
var LOG_FORMAT = "--format=%x01%H%x00%an%x00%ae%x00%aI%x00";
var RawLogParser = class {
  constructor(events) {
    this.events = events;
  }
  events;
  /**
   * The unfinished token, in pieces: a token split over many reads (a 16 MB author name) is
   * joined once, when its NUL comes, and only new text is searched, so parsing stays linear.
   */
  pending = [];
  state = { kind: "idle" };
  // Keeps a UTF-8 character split across two reads whole.
  decoder = new StringDecoder("utf8");
  push(data) {
    const text = this.decoder.write(data);
    let start = 0;
    for (let nul = text.indexOf("\0"); nul >= 0; nul = text.indexOf("\0", start)) {
      const piece = text.slice(start, nul);
      if (this.pending.length) {
        this.pending.push(piece);
        this.token(this.pending.join(""));
        this.pending = [];
      } else this.token(piece);
      start = nul + 1;
    }
    if (start < text.length) this.pending.push(text.slice(start));
  }
  end() {
    const rest = this.pending.join("") + this.decoder.end();
    if (rest) this.token(rest);
    this.pending = [];
  }
  token(raw) {
    const state = this.state;
    if (state.kind === "header") {
      state.fields.push(raw);
      if (state.fields.length === 4) {
        const [sha, author, email, date] = state.fields.map(detach);
        this.events.commit({ sha, author, email, date });
        this.state = { kind: "idle" };
      }
      return;
    }
    if (state.kind === "paths") {
      state.paths.push(raw);
      if (state.paths.length === state.want) {
        const [, , , newBlob, status] = state.meta;
        const newMode = state.meta[1];
        this.events.change({
          status,
          newMode,
          newBlob: detach(newBlob),
          oldPath: state.want === 2 ? detach(state.paths[0]) : null,
          path: detach(state.paths[state.want - 1]),
          ...state.combined ? { combined: true } : {}
        });
        this.state = { kind: "idle" };
      }
      return;
    }
    const token = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (token.startsWith("")) {
      this.state = { kind: "header", fields: [token.slice(1)] };
    } else if (token.startsWith("::")) {
      const parents = token.length - token.replace(/^:+/, "").length;
      const fields = token.slice(parents).split(" ");
      const meta = ["", fields[parents], "", fields[2 * parents + 1], fields[2 * parents + 2] ?? ""];
      this.state = { kind: "paths", meta, paths: [], want: 1, combined: true };
    } else if (token.startsWith(":")) {
      const meta = token.slice(1).split(" ");
      const status = meta[4] ?? "";
      this.state = { kind: "paths", meta, paths: [], want: status.startsWith("R") || status.startsWith("C") ? 2 : 1 };
    }
  }
};

// src/history/attribute.ts
var NULL_BLOB = /^0+$/;
var GITLINK = "160000";
var FIND_OBJECT_LIMIT = 2e3;
var CHUNK = 4096;
var WORKERS = Math.min(2, availableParallelism());
var DIFFING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=8m", "-c", "core.deltaBaseCacheLimit=8m"];
async function findOccurrences(dir, commits, blobs, walk = {}) {
  if (blobs.size === 0) return [];
  const find = (walk.complete ?? true) && blobs.size <= FIND_OBJECT_LIMIT ? [...blobs].map((oid) => `--find-object=${oid}`) : [];
  const found = await readChanges(dir, commits, find, (change) => blobs.has(change.newBlob), walk.chunk);
  return found.map(({ change, commit, merge }) => ({
    blob: change.newBlob,
    path: change.path,
    commit,
    added: change.combined ? /^A+$/.test(change.status) : change.status.startsWith("A"),
    merge
  }));
}
async function blobsChangedIn(dir, commits, walk = {}) {
  const changed = /* @__PURE__ */ new Set();
  await readChanges(dir, commits, [], (change) => (changed.add(change.newBlob), false), walk.chunk);
  return changed;
}
async function readChanges(dir, commits, extra, keep, size = CHUNK) {
  const chunks = Math.ceil(commits.length / size);
  const answers = new Array(chunks);
  let taken = 0;
  let failed = false;
  const worker = async () => {
    while (taken < chunks && !failed) {
      const chunk = taken++;
      const start = chunk * size;
      const ids = commits.hexLines(null, start, Math.min(start + size, commits.length));
      try {
        answers[chunk] = await logChunk(dir, ids, extra, keep);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(WORKERS, chunks) }, worker);
  const settled = await Promise.allSettled(workers);
  const failure = settled.find((s) => s.status === "rejected");
  if (failure) throw failure.reason;
  return answers.flat();
}
async function logChunk(dir, ids, extra, keep) {
  const log = spawnGit(dir, [
    ...DIFFING,
    "-c",
    "log.showRoot=true",
    "log",
    "--no-walk=unsorted",
    "--stdin",
    "-c",
    "--no-renames",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-notes",
    LOG_FORMAT,
    ...extra,
    "--"
  ]);
  log.stdin.on("error", () => {
  });
  log.stdin.end(ids);
  const exit = exitOf(log);
  const kept = [];
  let commit = null;
  let merge = false;
  const parser = new RawLogParser({
    commit: (c) => {
      commit = c;
      merge = false;
    },
    change: (change) => {
      if (change.combined) merge = true;
      if (!commit || change.status.startsWith("D") || NULL_BLOB.test(change.newBlob)) return;
      if (change.newMode === GITLINK) return;
      if (keep(change)) kept.push({ change, commit, merge });
    }
  });
  log.stdout.on("data", (data) => parser.push(data));
  const ended = new Promise((resolve2) => log.stdout.on("end", resolve2));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  parser.end();
  if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
  return kept;
}

// src/history/pack-order.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { closeSync as closeSync3, constants as constants3, fstatSync as fstatSync2, opendirSync, openSync as openSync3, readSync as readSync2, realpathSync } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/history/delta-order.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { closeSync as closeSync2, constants as constants2, fstatSync, openSync as openSync2, readSync } from "node:fs";
var OFS_DELTA = 6;
var REF_DELTA = 7;
var PACK_HEADER = 12;
var WINDOW = 64 * 1024;
var GAP = 4 * 1024;
var ROUNDS = 64;
var EXTRA_NODES = 4096;
var REF_ROUNDS = 8;
function deltaOrder(pack, hashBytes, offsets, locate2) {
  const identity = () => Uint32Array.from({ length: offsets.length }, (_, i) => i);
  if (offsets.length < 2) return identity();
  let fd;
  try {
    fd = openSync2(pack, constants2.O_RDONLY | constants2.O_NONBLOCK);
  } catch {
    return identity();
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return identity();
    const graph = new DeltaGraph(offsets);
    if (!graph.valid) return identity();
    const reader = new HeaderReader(fd, stat.size, hashBytes);
    if (!reader.isPack()) return identity();
    graph.link(reader, locate2);
    return graph.depthFirst();
  } catch {
    return identity();
  } finally {
    closeSync2(fd);
  }
}
var DeltaGraph = class {
  offsets;
  base = [];
  at = /* @__PURE__ */ new Map();
  wanted;
  valid = true;
  constructor(offsets) {
    this.wanted = offsets.length;
    this.offsets = Array.from(offsets);
    for (let i = 0; i < this.offsets.length; i++) {
      const offset = this.offsets[i];
      if (this.at.has(offset) || i > 0 && offset <= this.offsets[i - 1]) this.valid = false;
      this.at.set(offset, i);
      this.base.push(-1);
    }
  }
  /** The node at `offset`, added if it is new; -1 (no base known) once the graph holds as many nodes as it may. */
  node(offset, fresh) {
    let node = this.at.get(offset);
    if (node === void 0) {
      if (this.offsets.length >= 2 * this.wanted + EXTRA_NODES) return -1;
      node = this.offsets.length;
      this.offsets.push(offset);
      this.base.push(-1);
      this.at.set(offset, node);
      fresh.push(node);
    }
    return node;
  }
  /** Read the headers of every node, round by round as bases outside the set are added. */
  link(reader, locate2) {
    let round = Array.from({ length: this.offsets.length }, (_, i) => i);
    for (let r = 0; r < ROUNDS && round.length; r++) {
      const fresh = [];
      const refs = [];
      round.sort((a, b) => this.offsets[a] - this.offsets[b]);
      reader.start(round.map((n) => this.offsets[n]));
      for (const node of round) {
        const header = reader.header(this.offsets[node]);
        if (header === null) continue;
        if (typeof header === "number") this.base[node] = this.node(header, fresh);
        else refs.push({ node, id: header });
      }
      if (refs.length && r < REF_ROUNDS) this.resolve(refs, locate2, fresh);
      round = fresh;
    }
  }
  /** REF_DELTA bases: their ids looked up in the index in one pass. */
  resolve(refs, locate2, fresh) {
    refs.sort((a, b) => a.id.compare(b.id));
    const unique = [];
    const which = refs.map(({ id }) => {
      if (!unique.length || !unique[unique.length - 1].equals(id)) unique.push(id);
      return unique.length - 1;
    });
    const offsetOf = new Float64Array(unique.length).fill(-1);
    locate2(Buffer.concat(unique), (k, offset) => offsetOf[k] = offset);
    refs.forEach(({ node }, i) => {
      const offset = offsetOf[which[i]];
      if (offset >= PACK_HEADER && offset !== this.offsets[node]) this.base[node] = this.node(offset, fresh);
    });
  }
  /** The wanted nodes, depth first from each root in offset order; any a cycle hides, after, in offset order. */
  depthFirst() {
    const count = this.offsets.length;
    const byOffset = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) => this.offsets[a] - this.offsets[b]);
    const first = new Uint32Array(count + 1);
    for (const parent of this.base) if (parent >= 0) first[parent + 1]++;
    for (let i = 0; i < count; i++) first[i + 1] += first[i];
    const fill = first.slice(0, count);
    const children = new Uint32Array(first[count]);
    for (const node of byOffset) {
      const parent = this.base[node];
      if (parent >= 0) children[fill[parent]++] = node;
    }
    const order = new Uint32Array(this.wanted);
    let emitted = 0;
    const visited = new Uint8Array(count);
    const stack = [];
    const visit = (root) => {
      stack.push(root);
      while (stack.length) {
        const node = stack.pop();
        if (visited[node]) continue;
        visited[node] = 1;
        if (node < this.wanted) order[emitted++] = node;
        for (let c = first[node + 1] - 1; c >= first[node]; c--) stack.push(children[c]);
      }
    };
    for (const node of byOffset) if (this.base[node] === -1) visit(node);
    for (const node of byOffset) if (!visited[node] && node < this.wanted) order[emitted++] = node;
    return order;
  }
};
var HeaderReader = class {
  constructor(fd, size, hashBytes) {
    this.fd = fd;
    this.size = size;
    this.hashBytes = hashBytes;
  }
  fd;
  size;
  hashBytes;
  buffer = Buffer.allocUnsafe(WINDOW);
  windowStart = 0;
  windowEnd = 0;
  offsets = [];
  next = 0;
  isPack() {
    if (!this.fill(0, PACK_HEADER) || this.windowEnd < PACK_HEADER) return false;
    const version2 = this.buffer.readUInt32BE(4);
    return this.buffer.toString("latin1", 0, 4) === "PACK" && (version2 === 2 || version2 === 3);
  }
  /** The offsets (ascending) this round will ask for: a window spans those close together. */
  start(offsets) {
    this.offsets = offsets;
    this.next = 0;
    this.windowStart = this.windowEnd = 0;
  }
  /**
   * The base of the object at `offset`: its offset (OFS_DELTA), its id (REF_DELTA), or null for
   * an object stored whole or a header that cannot be read.
   */
  header(offset) {
    while (this.next < this.offsets.length && this.offsets[this.next] <= offset) this.next++;
    const need = 32 + this.hashBytes;
    if (offset < PACK_HEADER || offset >= this.size) return null;
    if (offset < this.windowStart || offset + need > this.windowEnd) {
      let end = offset + need;
      for (let i = this.next; i < this.offsets.length; i++) {
        const o = this.offsets[i];
        if (o - (end - need) > GAP || o + need - offset > WINDOW) break;
        end = o + need;
      }
      if (!this.fill(offset, end - offset)) return null;
    }
    const b = this.buffer;
    let p = offset - this.windowStart;
    const limit = this.windowEnd - this.windowStart;
    let c = b[p++];
    const type = c >> 4 & 7;
    for (let n = 0; c & 128; n++) {
      if (p >= limit || n >= 10) return null;
      c = b[p++];
    }
    if (type === OFS_DELTA) {
      if (p >= limit) return null;
      c = b[p++];
      let back = c & 127;
      for (let n = 0; c & 128; n++) {
        if (p >= limit || n >= 7) return null;
        c = b[p++];
        back = (back + 1) * 128 + (c & 127);
      }
      const base = offset - back;
      return base >= PACK_HEADER && base < offset ? base : null;
    }
    if (type === REF_DELTA) return p + this.hashBytes <= limit ? Buffer.from(b.subarray(p, p + this.hashBytes)) : null;
    return null;
  }
  /** Read `length` bytes (fewer at the end of the file) from `position` into the window. */
  fill(position, length) {
    const want = Math.min(length, WINDOW, this.size - position);
    let got = 0;
    while (got < want) {
      const n = readSync(this.fd, this.buffer, got, want - got, position + got);
      if (n === 0) break;
      got += n;
    }
    this.windowStart = position;
    this.windowEnd = position + got;
    return got > 0;
  }
};

// src/history/pack-order.ts
var MAGIC = 4285812579;
var HEADER = 8;
var PACK_HEADER2 = 12;
var FANOUT = 256 * 4;
var BLOCK = 16 * 1024;
async function packOrder(dir, oids) {
  const inOrder = () => Uint32Array.from({ length: oids.length }, (_, i) => i);
  if (oids.length < 2) return inOrder();
  const hashBytes = oids.width;
  const packs = await packIndexes(dir, hashBytes);
  if (packs.length === 0) return inOrder();
  const sorted = oids.sortedOrder();
  const wanted = Buffer.allocUnsafe(sorted.length * hashBytes);
  const ids = oids.raw;
  sorted.forEach((index, k) => ids.copy(wanted, k * hashBytes, index * hashBytes, (index + 1) * hashBytes));
  const place = new Float64Array(oids.length).fill(Infinity);
  for (const [rank, file] of packs.entries()) {
    try {
      locate(file, hashBytes, wanted, (k, offset) => {
        const index = sorted[k];
        if (place[index] === Infinity && offset < 2 ** 40) place[index] = rank * 2 ** 40 + offset;
      });
    } catch {
    }
  }
  const order = inOrder().sort((a, b) => place[a] - place[b] || a - b);
  for (let start = 0; start < order.length && place[order[start]] !== Infinity; ) {
    const rank = Math.floor(place[order[start]] / 2 ** 40);
    let end = start;
    while (end < order.length && place[order[end]] !== Infinity && Math.floor(place[order[end]] / 2 ** 40) === rank) end++;
    const run = order.slice(start, end);
    const file = packs[rank];
    const offsets = Float64Array.from(run, (index) => place[index] - rank * 2 ** 40);
    const within = deltaOrder(`${file.slice(0, -".idx".length)}.pack`, hashBytes, offsets, (ids2, found) => locate(file, hashBytes, ids2, found));
    if (within.length === run.length) for (let i = 0; i < within.length; i++) order[start + i] = run[within[i]];
    start = end;
  }
  return order;
}
var MAX_STORES = 16;
var MAX_PACKS = 4096;
var MAX_ENTRIES = 64 * 1024;
var MAX_ALTERNATES_FILE = 64 * 1024;
async function packIndexes(dir, hashBytes) {
  const { code, stdout } = await runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "objects"]);
  if (code !== 0) return [];
  const objects = stdout.trim();
  const seen = /* @__PURE__ */ new Set();
  const once = (path) => {
    const real = realPath(path);
    if (real === null || seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const stores = [objects, ...alternates(objects)].filter(once).slice(0, MAX_STORES);
  const indexes = [];
  for (const store of stores) {
    for (const index of indexesIn(join2(store, "pack"), hashBytes)) {
      if (indexes.length >= MAX_PACKS) return indexes;
      if (once(index)) indexes.push(index);
    }
  }
  return indexes;
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
function alternates(objects) {
  let text;
  try {
    const head = readBoundedBytesIfPresent(join2(objects, "info", "alternates"), MAX_ALTERNATES_FILE);
    if (head === null) return [];
    text = head.toString("utf8");
  } catch {
    return [];
  }
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith('"')).map((line) => resolve(objects, line));
}
function indexesIn(packDir, hashBytes) {
  const found = [];
  let folder;
  try {
    folder = opendirSync(packDir);
    for (let seen = 0, entry = folder.readSync(); entry !== null && seen < MAX_ENTRIES; seen++, entry = folder.readSync()) {
      if (!entry.name.endsWith(".idx") || found.length >= MAX_PACKS) continue;
      const path = join2(packDir, entry.name);
      const mtime = usableIndex(path, hashBytes);
      if (mtime !== null) found.push({ path, mtime });
    }
  } catch {
  } finally {
    folder?.closeSync();
  }
  return found.sort((a, b) => b.mtime - a.mtime).map((pack) => pack.path);
}
function usableIndex(path, hashBytes) {
  try {
    return withFile(path, (fd, size, mtime) => {
      if (size < HEADER + FANOUT + 2 * hashBytes) return null;
      const head = read(fd, 0, HEADER + FANOUT);
      if (head.readUInt32BE(0) !== MAGIC || head.readUInt32BE(4) !== 2) return null;
      for (let i = 1; i < 256; i++) if (head.readUInt32BE(HEADER + i * 4) < head.readUInt32BE(HEADER + (i - 1) * 4)) return null;
      const count = head.readUInt32BE(HEADER + 255 * 4);
      const small = HEADER + FANOUT + count * (hashBytes + 8) + 2 * hashBytes;
      const large = size - small;
      if (large < 0 || large % 8 !== 0 || large / 8 > count) return null;
      const pack = withFile(`${path.slice(0, -".idx".length)}.pack`, (packFd, packSize) => {
        if (packSize < PACK_HEADER2 + hashBytes + count) return false;
        const header = read(packFd, 0, PACK_HEADER2);
        return header.toString("latin1", 0, 4) === "PACK" && header.readUInt32BE(8) === count;
      });
      return pack ? mtime : null;
    });
  } catch {
    return null;
  }
}
function withFile(path, use) {
  const fd = openSync3(path, constants3.O_RDONLY | constants3.O_NONBLOCK);
  try {
    const stat = fstatSync2(fd);
    if (!stat.isFile()) throw new Error("not a file");
    return use(fd, stat.size, stat.mtimeMs);
  } finally {
    closeSync3(fd);
  }
}
function locate(file, hashBytes, wanted, found) {
  withFile(file, (fd, size) => {
    const head = read(fd, 0, HEADER + FANOUT);
    if (head.readUInt32BE(0) !== MAGIC || head.readUInt32BE(4) !== 2) throw new Error("not a version 2 pack index");
    const count = head.readUInt32BE(HEADER + 255 * 4);
    const idsAt = HEADER + FANOUT;
    const offsetsAt = idsAt + count * (hashBytes + 4);
    const largeAt = offsetsAt + count * 4;
    if (largeAt + 2 * hashBytes > size) throw new Error("pack index too short");
    const hits = [];
    const total = wanted.length / hashBytes;
    let k = 0;
    for (let start = 0; start < count && k < total; start += BLOCK) {
      const n = Math.min(BLOCK, count - start);
      const ids = read(fd, idsAt + start * hashBytes, n * hashBytes);
      for (let i = 0; i < n && k < total; ) {
        const c = ids.compare(wanted, k * hashBytes, (k + 1) * hashBytes, i * hashBytes, (i + 1) * hashBytes);
        if (c === 0) {
          hits.push(start + i, k);
          i++;
          k++;
        } else if (c < 0) i++;
        else k++;
      }
    }
    let block = Buffer.alloc(0);
    let blockStart = -1;
    for (let h = 0; h < hits.length; h += 2) {
      const entry = hits[h];
      if (blockStart < 0 || entry >= blockStart + block.length / 4) {
        blockStart = entry;
        block = read(fd, offsetsAt + entry * 4, Math.min(BLOCK, count - entry) * 4);
      }
      const small = block.readUInt32BE((entry - blockStart) * 4);
      const offset = small & 2147483648 ? Number(read(fd, largeAt + (small & 2147483647) * 8, 8).readBigUInt64BE(0)) : small;
      found(hits[h + 1], offset);
    }
  });
}
function read(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync2(fd, buffer, got, length - got, position + got);
    if (n === 0) throw new Error("pack index ends early");
    got += n;
  }
  return buffer;
}

// src/history/renames.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_RENAMES = 64;
var RenameTracker = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  lastAdds = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  /** The file `path` at `commit` is a version of; `added` when that commit added the path. */
  async fileOf(path, commit, added, merge) {
    if (merge && added) return path;
    let adding = added ? commit : await this.lastAdd(commit, path);
    let file = path;
    for (let step = 0; adding && step < MAX_RENAMES; step++) {
      const from = (await this.renamesOf(adding)).get(file);
      if (from === void 0) break;
      file = from;
      adding = await this.lastAdd(`${adding}^`, file);
    }
    return file;
  }
  /** The latest commit before `rev` (inclusive) that added `path`, on the path's own line of history. */
  async lastAdd(rev, path) {
    const key = `${rev}\0${path}`;
    const known = this.lastAdds.get(key);
    if (known !== void 0) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS,
      "log",
      "-1",
      "--format=%H",
      "--diff-filter=A",
      "--no-renames",
      "--no-ext-diff",
      "--no-textconv",
      "--end-of-options",
      rev,
      "--",
      `:(literal)${path}`
    ]);
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    const sha = stdout.trim() || null;
    this.lastAdds.set(key, sha);
    return sha;
  }
  /** The renames one (non-merge) commit made: new path to old path. */
  async renamesOf(commit) {
    const known = this.sources.get(commit);
    if (known) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS,
      "diff-tree",
      "-r",
      "-M",
      "--raw",
      "-z",
      "--no-abbrev",
      "--no-commit-id",
      "--no-ext-diff",
      "--no-textconv",
      "--end-of-options",
      commit
    ]);
    if (code !== 0) throw new InputError(`git diff-tree failed: ${gitComplaint(stderr)}`);
    const renames = /* @__PURE__ */ new Map();
    const tokens = stdout.split("\0");
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i].replace(/^\n/, "");
      if (!meta.startsWith(":")) continue;
      const status = meta.split(" ")[4] ?? "";
      if (status.startsWith("R")) {
        renames.set(tokens[i + 2], tokens[i + 1]);
        i += 2;
      } else if (status.startsWith("C")) i += 2;
      else i += 1;
    }
    this.sources.set(commit, renames);
    return renames;
  }
};

// src/sources/history.ts
function historySource(options) {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...options.revs.length ? await scanHistoryBlobs(options, rules, pathFilter(filters), events) : NOTHING_SCANNED,
      shallow: options.repo.shallow,
      revisions: options.label
    })
  };
}
async function scanHistoryBlobs(options, rules, wanted, events) {
  const dir = options.repo.dir;
  const revs = options.revs;
  const warn = options.warn ?? (() => {
  });
  const key = sha256(`${rulesKey(rules.rules)} ${READING}`);
  const pdguard = version();
  let cache = emptyCache();
  const seal = options.cacheFile && options.cacheInGitDir ? userSeal() : { key: null };
  const cacheFile = options.cacheInGitDir && !seal.key ? void 0 : options.cacheFile;
  if (cacheFile) {
    const loaded = loadCache(cacheFile, pdguard, key, seal);
    if (loaded.warning) warn(loaded.warning);
    cache = loaded.cache;
  }
  const selection = JSON.stringify(revs);
  const walksWhole = !revs.some((rev) => rev.startsWith("^") || rev === "--not");
  const [tips, view] = cacheFile && walksWhole ? await Promise.all([tipsOf(dir, revs), historyView(dir)]) : [[], null];
  const reuse = walksWhole && view !== null && cache.view === view && cache.selection === selection && await allWithin(dir, cache.tips, revs);
  const newRevs = reuse ? [...revs, "--not", ...cache.tips] : revs;
  const unreadable = { count: 0 };
  const tracked = { ...events, skipped: (skip) => (unreadable.count++, events.skipped(skip)) };
  const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
  const commitsListed = listCommits(dir, newRevs).then((commits2) => (totals.commits = commits2.length, commits2));
  commitsListed.catch(() => {
  });
  const rescan = new OidTable();
  if (reuse) for (const oid of cache.findings.keys()) rescan.pushHex(oid);
  const held = OidSet.of(rescan);
  let vouched = 0;
  const known = (oids2, index) => oids2.isIn(cache.clean, index) ? (vouched++, true) : oids2.isIn(held, index);
  const list = await listBlobs(dir, newRevs, known, rescan, (path) => rules.readsPath(evidencePath(path)));
  if (!walksWhole) {
    const listed = OidSet.of(list.oids);
    for (const oid of await blobsChangedIn(dir, await commitsListed)) if (!listed.has(oid) && !cache.clean.has(oid) && !held.has(oid)) list.oids.pushHex(oid);
  }
  const oids = list.oids;
  const order = await packOrder(dir, oids);
  const readers = await Promise.all(Array.from({ length: READERS }, () => BlobReader.open(dir)));
  const scan = new BlobScan(readers, rules, totals, tracked, oids, events.skipped, list.paths);
  const limit = options.maxFileSize;
  const gate = limit === void 0 ? null : new SizeGate(dir, limit, (batch) => scan.addAll(batch), (oid, size) => (scan.tooLarge++, tracked.skipped(tooLargeBlob(oid, size, limit))));
  try {
    const batch = Math.max(1, Math.min(REQUESTS, Math.ceil(order.length / READERS)));
    let spare;
    for (let start = 0; start < order.length; start += batch) {
      const end = Math.min(start + batch, order.length);
      const lines = oids.hexLines(order, start, end, spare);
      spare = void 0;
      if (gate ? !gate.push(lines) : !scan.add(lines, end - start)) {
        await (gate ?? scan).drained();
        spare = lines;
      }
    }
    await gate?.close();
    await scan.close();
  } catch (error) {
    gate?.kill();
    scan.kill();
    throw error;
  }
  const commits = await commitsListed;
  for (const skip of await missingBlobs(dir, commits, list.missing)) tracked.skipped(skip);
  const found = scan.found;
  const cached = reuse ? cache.occurrences.filter((o) => found.has(o.blob)) : [];
  const fresh = await attribute(dir, commits, found, list.missing.length === 0);
  for (const at of [...cached, ...fresh]) {
    if (wanted(at.path)) events.matches(found.get(at.blob), { path: at.path, commit: at.commit, file: at.file, blob: at.blob });
  }
  const placed = new Set([...cached, ...fresh].map((at) => at.blob));
  for (const [oid, matches] of found) if (!placed.has(oid)) events.matches(matches, { path: `blob ${oid}`, file: `blob ${oid}`, blob: oid });
  if (cacheFile && unreadable.count === 0) {
    const clean = OidSet.of(scan.clean, cache.clean);
    const next = walksWhole ? { selection, view, tips, commits: (reuse ? cache.commits : 0) + totals.commits, clean, findings: placesOf(found), occurrences: [...cached, ...fresh] } : (
      // A range: keep what the cache knew of its own walk; add this run's blob verdicts.
      { ...cache, clean, findings: new Map([...cache.findings, ...placesOf(found)]) }
    );
    const failed = saveCache(cacheFile, next, pdguard, key, seal);
    if (failed) warn(failed);
  }
  if (reuse || vouched) totals.cached = { commits: reuse ? cache.commits : 0, blobs: vouched };
  return totals;
}
var REQUESTS = 4096;
var READERS = Math.min(2, availableParallelism2());
function placesOf(found) {
  return new Map(
    [...found].map(([oid, matches]) => [oid, matches.map((m) => ({ ruleId: m.rule.id, line: m.line, column: m.column, secretHash: sha256(m.secret) }))])
  );
}
function tooLargeBlob(oid, size, limit) {
  return { path: `blob ${oid}`, kind: "too-large", reason: `larger than --max-file-size ${formatSize(limit)} (${formatSize(size)})` };
}
function missingBlob(oid, where = `blob ${oid}`) {
  return { path: where, kind: "unreadable", reason: "unreadable: blob missing from the repository (a partial clone?)" };
}
async function missingBlobs(dir, commits, oids) {
  if (oids.length === 0) return [];
  const first = /* @__PURE__ */ new Map();
  for (const at of await findOccurrences(dir, commits, new Set(oids), { complete: false })) {
    if (!first.has(at.blob)) first.set(at.blob, `${at.path} (${at.commit.sha.slice(0, 12)})`);
  }
  return oids.map((oid) => missingBlob(oid, first.get(oid)));
}
var BlobScan = class {
  constructor(readers, rules, totals, events, blobs, list, paths = /* @__PURE__ */ new Map()) {
    this.rules = rules;
    this.totals = totals;
    this.events = events;
    this.list = list;
    this.paths = paths;
    this.total = blobs.length;
    this.clean = new OidTable(blobs.length, blobs.width);
    this.lanes = readers.map((reader) => {
      let current;
      const scanner = (oid) => current ??= this.scanner(oid, () => current = void 0);
      const sink = {
        chunk: (data, last, oid) => scanner(oid).chunk(data, last),
        end: (size, oid) => scanner(oid).end(size),
        missing: (oid) => events.skipped(missingBlob(oid))
      };
      return { reader, sink };
    });
  }
  rules;
  totals;
  events;
  list;
  paths;
  /** The matches of the blobs with findings. */
  found = /* @__PURE__ */ new Map();
  /** Blobs scanned without a finding. */
  clean;
  /** Blobs the size stage held back (they are not read, so not in the total). */
  tooLarge = 0;
  total;
  lanes;
  /** The reader asked last. */
  turn = 0;
  /** Ask the next reader for the blobs whose ids are the hex lines `lines`; false when the caller should wait for `drained()`. */
  add(lines, count) {
    const lane = this.next();
    return lane.reader.requestLines(lines, count, lane.sink);
  }
  addAll(oids) {
    const lane = this.next();
    lane.reader.requestAll(oids, lane.sink);
  }
  /** Resolves when the reader asked last can take more. */
  drained() {
    return this.lanes[this.turn].reader.drained();
  }
  async close() {
    const closed = await Promise.allSettled(this.lanes.map((lane) => lane.reader.close()));
    for (const result of closed) if (result.status === "rejected") throw result.reason;
  }
  kill() {
    for (const lane of this.lanes) lane.reader.kill();
  }
  next() {
    this.turn = (this.turn + 1) % this.lanes.length;
    return this.lanes[this.turn];
  }
  /** A scanner for the blob `oid`: its result is counted, kept and shown in the progress, then `ended` is called. */
  scanner(oid, ended) {
    return scanningSink(this.rules, (result, size) => {
      ended();
      const totals = this.totals;
      totals.blobs++;
      totals.bytes += size;
      if (result.kind === "scanned" && result.matches.length) this.found.set(oid, result.matches);
      else this.clean.pushHex(oid);
      if (result.kind === "scanned" && result.listed) this.list({ path: `blob ${oid}`, kind: result.listed.skip, reason: result.listed.reason });
      this.events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes, blobsTotal: this.total - this.tooLarge });
    }, this.paths.get(oid));
  }
};
async function attribute(dir, commits, found, complete) {
  if (found.size === 0) return [];
  const renames = new RenameTracker(dir);
  const out = [];
  for (const at of await findOccurrences(dir, commits, new Set(found.keys()), { complete })) {
    out.push({ ...at, file: await renames.fileOf(at.path, at.commit.sha, at.added, at.merge) });
  }
  return out;
}

export {
  defaultCachePath,
  historySource
};
