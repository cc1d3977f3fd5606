import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  fromWire,
  require_node_os,
  require_node_worker_threads,
  scanningSink,
  workerScript
} from "./chunk-NJSAVU44.js";
import {
  InputError,
  require_node_path
} from "./chunk-VH4LJVUL.js";
import {
  __commonJS,
  __require,
  __toESM,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunk-AHMNODDD.js";

// builtin-required:node:child_process
var require_node_child_process = __commonJS({
  "builtin-required:node:child_process"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:child_process");
  }
});

// builtin-required:node:net
var require_node_net = __commonJS({
  "builtin-required:node:net"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:net");
  }
});

// src/git/process.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var NEUTRAL = [
  // What pdguard parses.
  ["core.quotePath", "false"],
  ["diff.noprefix", "false"],
  ["diff.mnemonicPrefix", "false"],
  ["diff.relative", "false"],
  ["color.ui", "false"],
  ["log.showSignature", "false"],
  ["log.decorate", "false"],
  ["i18n.logOutputEncoding", "UTF-8"],
  // Programs git would run by itself.
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["diff.external", ""],
  ["core.askPass", ""],
  ["credential.helper", ""],
  ["gpg.program", ""],
  ["gpg.ssh.program", ""],
  ["gpg.x509.program", ""],
  ["core.alternateRefsCommand", ""],
  ["submodule.recurse", "false"],
  // Work git would start after a fetch (gc, maintenance, commit-graph writes) and their hooks.
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.recurseSubmodules", "false"],
  ["fetch.writeCommitGraph", "false"],
  // What git shows: the real objects, never those `git replace` substitutes (see also the environment).
  ["core.useReplaceRefs", "false"],
  ["advice.graftFileDeprecated", "false"],
  // A transport that runs a shell command (`ext::`), even for the Action's fetches.
  ["protocol.ext.allow", "never"]
];
var OFFLINE = [
  ["protocol.allow", "never"],
  ["core.sshCommand", ""]
];
function neutralConfig(options = {}) {
  const online = options.network || options.remote !== void 0;
  const remote = options.remote ? [
    ["http.followRedirects", "false"],
    ["http.lowSpeedLimit", "1000"],
    ["http.lowSpeedTime", "60"]
  ] : [];
  return [...NEUTRAL, ...online ? remote : OFFLINE].filter(([key]) => !(options.ownHooksPath && key === "core.hooksPath")).map(([key, value]) => `${key}=${value}`);
}
var NETWORK_PROTOCOLS = "file:git:http:https:ssh";
var withheld = /* @__PURE__ */ new Set();
function withholdFromGit(names) {
  for (const name of names) withheld.add(name);
}
function withheldFromGit() {
  return [...withheld];
}
function gitEnvironment(env = process.env, options = {}) {
  const out = { ...env };
  for (const name of ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_ASKPASS", "SSH_ASKPASS", ...withheld]) {
    delete out[name];
  }
  return {
    ...out,
    GIT_TERMINAL_PROMPT: "0",
    // Read the real objects: `git replace` would show other commits than those a push sends.
    GIT_NO_REPLACE_OBJECTS: "1",
    // Nor the parents a (deprecated, still honoured) info/grafts file makes up: it could cut the
    // pushed commits out of the walked range.
    GIT_GRAFT_FILE: "/dev/null",
    // A partial clone would fetch missing blobs from its promisor remote (git 2.44 and later honour this).
    GIT_NO_LAZY_FETCH: "1",
    // Unlike protocol.allow, this list wins over a repository's protocol.<name>.allow: with it empty,
    // no transport and no remote helper (`remote.<name>.vcs`) can start, whatever the repository says.
    GIT_ALLOW_PROTOCOL: options.remote ? options.remote.protocols.join(":") : options.network ? NETWORK_PROTOCOLS : "",
    // Reading takes no locks: a pre-commit hook runs while `git commit` holds the index lock.
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    ...secretConfig(out, options.remote?.secretConfig ?? [])
  };
}
function secretConfig(env, pairs) {
  if (!pairs.length) return {};
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const out = { GIT_CONFIG_COUNT: String(start + pairs.length) };
  pairs.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = key;
    out[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return out;
}
function gitArguments(args, options = {}) {
  return ["--no-replace-objects", ...neutralConfig(options).flatMap((pair) => ["-c", pair]), ...args];
}
var gitObserver;
function observeGit(listener) {
  gitObserver = listener;
  return () => {
    if (gitObserver === listener) gitObserver = void 0;
  };
}
function spawnGit(repo, args, options = {}) {
  const child = (0, import_node_child_process.spawn)("git", gitArguments(args, options), { cwd: repo, stdio: ["pipe", "pipe", "pipe"], env: gitEnvironment(process.env, options) });
  observe(repo, args, child);
  return child;
}
async function runGit(dir, args, options = {}) {
  const child = spawnGit(dir, args, options);
  child.stdin.end();
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString("utf8"), stderr };
}
async function spawnGitReading(repo, args, buffer, received, { socket = true } = {}) {
  const pair = socket ? await socketPair(buffer, received).catch(() => null) : null;
  const stdio = ["pipe", pair ? pair.writer : "pipe", "pipe"];
  const child = (0, import_node_child_process.spawn)("git", gitArguments(args), { cwd: repo, stdio: [...stdio], env: gitEnvironment(process.env) });
  observe(repo, args, child);
  if (pair) {
    pair.writer.destroy();
    return { child, ended: pair.ended };
  }
  child.stdout.on("data", received);
  const ended = new Promise((resolve) => child.stdout.once("close", () => resolve()));
  return { child, ended };
}
async function socketPair(buffer, received) {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "pdguard-"));
  const server = (0, import_node_net.createServer)();
  try {
    const path = (0, import_node_path.join)(dir, "out");
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, resolve);
    });
    const accepted = new Promise((resolve) => server.once("connection", resolve));
    const reader = (0, import_node_net.connect)({ path, onread: { buffer, callback: (length, data) => (received(Buffer.from(data.buffer, data.byteOffset, length)), true) } });
    const connected = new Promise((resolve, reject) => {
      reader.once("connect", resolve);
      reader.once("error", reject);
    });
    const [writer] = await Promise.all([accepted, connected]);
    reader.on("error", () => {
    });
    const ended = new Promise((resolve) => reader.once("close", () => resolve()));
    return { writer, ended };
  } finally {
    server.close();
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
}
function gitObserved() {
  return gitObserver !== void 0;
}
function tellGitRun(run) {
  gitObserver?.(run);
}
function observe(repo, args, child) {
  const observer = gitObserver;
  if (observer) {
    const started = performance.now();
    child.once("close", (code) => observer({ dir: repo, args, code, ms: Math.round(performance.now() - started) }));
  }
}
function exitOf(child) {
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString("utf8");
  });
  return new Promise((resolve) => {
    child.on("error", (error) => resolve({ code: -1, stderr: error.message }));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}
function gitComplaint(stderr) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "git failed";
  return line.replace(/^(fatal|error): /, "");
}

// src/git/catfile.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/history/objects.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/history/oids.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var HEX = Buffer.from("0123456789abcdef", "latin1");
var NIBBLE = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) NIBBLE[HEX[i]] = i;
var WIDTHS = /* @__PURE__ */ new Set([20, 32]);
var SCRATCH = Buffer.alloc(64);
var OidTable = class {
  bytes;
  count = 0;
  /** Bytes per id; 0 until the first is added. */
  width = 0;
  /** Room for `capacity` ids of `width` bytes (when known) from the start: growing leaves garbage. */
  constructor(capacity = 1024, width = 20) {
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 16) * Math.max(width, 20));
  }
  get length() {
    return this.count;
  }
  /**
   * Append the id written as hex in `text[start, end)`; false (nothing added) when that is not a
   * whole lower-case SHA-1 or SHA-256 id of this table's width.
   */
  pushHexBytes(text, start, end) {
    const width = (end - start) / 2;
    if (!WIDTHS.has(width) || this.width && width !== this.width) return false;
    this.reserve(width);
    const at = this.count * width;
    for (let i = 0; i < width; i++) {
      const high = NIBBLE[text[start + 2 * i]];
      const low = NIBBLE[text[start + 2 * i + 1]];
      if ((high | low) === 255) return false;
      this.bytes[at + i] = high << 4 | low;
    }
    this.width = width;
    this.count++;
    return true;
  }
  /** Append an id given as a hex string; false when it is not one (see pushHexBytes). */
  pushHex(hex) {
    if (hex.length > SCRATCH.length) return false;
    return this.pushHexBytes(SCRATCH, 0, SCRATCH.write(hex, "latin1"));
  }
  /** The ids, `width` bytes each (a view of the table: valid until the next push). */
  get raw() {
    return this.bytes.subarray(0, this.count * this.width);
  }
  /** Drop the id added last. */
  pop() {
    if (this.count > 0) this.count--;
  }
  /** Whether the id at `index` is in `set`. */
  isIn(set, index) {
    return set.width === this.width && set.hasBytes(this.bytes, index * this.width);
  }
  hex(index) {
    return this.bytes.toString("hex", index * this.width, (index + 1) * this.width);
  }
  /** Every index, ordered so that the ids are in byte order (which is also hex order). */
  sortedOrder() {
    const { width, bytes } = this;
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const keys = new Float64Array(this.count);
    for (let i = 0; i < keys.length; i++) keys[i] = bytes.readUIntBE(i * width, 6);
    return order.sort((a, b) => keys[a] - keys[b] || bytes.compare(bytes, b * width, (b + 1) * width, a * width, (a + 1) * width));
  }
  /**
   * The ids at `order[from, to)` (`null`: the ids at `[from, to)` as they were added) as lines of
   * hex (what `git cat-file --batch` and `git log --stdin` read), written into one buffer. `into`
   * is reused when it is large enough.
   */
  hexLines(order, from, to, into) {
    const width = this.width;
    const line = width * 2 + 1;
    const size = (to - from) * line;
    const out = into && into.length >= size ? into.subarray(0, size) : Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = from; k < to; k++) {
      const start = (order ? order[k] : k) * width;
      for (let i = 0; i < width; i++) {
        const byte = this.bytes[start + i];
        out[at++] = HEX[byte >> 4];
        out[at++] = HEX[byte & 15];
      }
      out[at++] = 10;
    }
    return out;
  }
  reserve(width) {
    if ((this.count + 1) * width <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(this.bytes.length * 2);
    this.bytes.copy(grown, 0, 0, this.count * width);
    this.bytes = grown;
  }
};
var OidSet = class _OidSet {
  constructor(bytes, width) {
    this.bytes = bytes;
    this.width = width;
  }
  bytes;
  width;
  static EMPTY = new _OidSet(Buffer.alloc(0), 0);
  get size() {
    return this.width ? this.bytes.length / this.width : 0;
  }
  /** The ids of a table (and those of `also`), each once. */
  static of(table, also = _OidSet.EMPTY) {
    if (table.length === 0) return also;
    const width = table.width;
    if (also.size && also.width !== width) return _OidSet.of(table);
    const order = table.sortedOrder();
    const out = Buffer.allocUnsafe((table.length + also.size) * width);
    let n = 0;
    let j = 0;
    const append = (source, start) => {
      if (n > 0 && out.compare(source, start, start + width, (n - 1) * width, n * width) === 0) return;
      source.copy(out, n * width, start, start + width);
      n++;
    };
    const ids = table.raw;
    for (let k = 0; k < order.length; k++) {
      const start = order[k] * width;
      while (j < also.size && also.bytes.compare(ids, start, start + width, j * width, (j + 1) * width) < 0) append(also.bytes, j++ * width);
      append(ids, start);
    }
    while (j < also.size) append(also.bytes, j++ * width);
    return new _OidSet(out.subarray(0, n * width), width);
  }
  /**
   * The set written as one hex string (`hex()`), read back; null when it is not one: not hex, not
   * whole ids of `width` bytes, or not sorted without repeats (a binary search needs both).
   */
  static fromHex(hex, width) {
    if (hex.length === 0) return _OidSet.EMPTY;
    if (!WIDTHS.has(width) || hex.length % (2 * width) !== 0 || !/^[0-9a-f]*$/.test(hex)) return null;
    const bytes = Buffer.from(hex, "hex");
    for (let at = width; at < bytes.length; at += width) {
      if (bytes.compare(bytes, at, at + width, at - width, at) >= 0) return null;
    }
    return new _OidSet(bytes, width);
  }
  hex() {
    return this.bytes.toString("hex");
  }
  /** `hex()` in pieces of 1,024 ids, for writing out without one large string. */
  *hexPieces() {
    const step = Math.max(this.width, 1) * 1024;
    for (let at = 0; at < this.bytes.length; at += step) yield this.bytes.toString("hex", at, Math.min(at + step, this.bytes.length));
  }
  /** Whether the id in `id[start, start + width)` is in the set. */
  hasBytes(id, start = 0) {
    const width = this.width;
    if (!width) return false;
    const source = Buffer.isBuffer(id) ? id : Buffer.from(id.buffer, id.byteOffset, id.byteLength);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = low + high >>> 1;
      const c = this.bytes.compare(source, start, start + width, mid * width, (mid + 1) * width);
      if (c === 0) return true;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }
  has(hex) {
    return hex.length === this.width * 2 && this.hasBytes(Buffer.from(hex, "hex"));
  }
};

// src/history/objects.ts
var PACK_WINDOWS = ["-c", "core.packedGitWindowSize=32m", "-c", "core.packedGitLimit=64m"];
var BLOB_READING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=8m"];
var LISTING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=24m"];
function eachLine(stdout, line) {
  let carry = Buffer.alloc(0);
  const lines = (data) => {
    let start = 0;
    for (let newline = data.indexOf(10); newline >= 0; start = newline + 1, newline = data.indexOf(10, start)) line(data, start, newline);
    carry = data.subarray(start);
  };
  stdout.on("data", (data) => lines(carry.length ? Buffer.concat([carry, data]) : data));
  return () => {
    if (carry.length) lines(Buffer.concat([carry, Buffer.from("\n")]));
    carry = Buffer.alloc(0);
  };
}
async function listCommits(dir, revs) {
  const child = spawnGit(dir, [...PACK_WINDOWS, "rev-list", "--topo-order", "--reverse", ...revs, "--"]);
  child.stdin.end();
  const exit = exitOf(child);
  const commits = new OidTable();
  const flush = eachLine(child.stdout, (data, start, end) => commits.pushHexBytes(data, start, end));
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return commits;
}
async function listBlobs(dir, revs, skip, oids = new OidTable(), named = () => false) {
  const child = spawnGit(dir, [
    ...LISTING,
    "rev-list",
    "--objects",
    "--filter=object:type=blob",
    "--filter-provided-objects",
    "--missing=print",
    ...revs,
    "--"
  ]);
  child.stdin.end();
  const exit = exitOf(child);
  const list = { oids, missing: [], paths: /* @__PURE__ */ new Map() };
  const flush = eachLine(child.stdout, (data, start, newline) => {
    if (data[start] === 63) {
      list.missing.push(data.toString("latin1", start + 1, newline).trim());
      return;
    }
    const space = data.indexOf(32, start);
    if (space < 0 || space > newline) return;
    if (!oids.pushHexBytes(data, start, space)) return;
    if (skip(oids, oids.length - 1)) oids.pop();
    else if (newline - space > 1) {
      const path = data.toString("latin1", space + 1, newline);
      if (named(path)) list.paths.set(data.toString("latin1", start, space), path);
    }
  });
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return list;
}
async function tipsOf(dir, revs) {
  const { code, stdout, stderr } = await runGit(dir, ["rev-list", "--no-walk=unsorted", ...revs, "--"]);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return [...new Set(stdout.split("\n").filter((l) => l !== ""))];
}
async function allWithin(dir, tips, revs) {
  if (tips.length === 0) return false;
  const { code, stdout } = await runGit(dir, [...PACK_WINDOWS, "rev-list", "--count", ...tips, "--not", ...revs, "--"]);
  return code === 0 && stdout.trim() === "0";
}
var SizeGate = class {
  constructor(dir, limit, small, large) {
    this.limit = limit;
    this.small = small;
    this.large = large;
    this.child = spawnGit(dir, [...PACK_WINDOWS, "cat-file", "--batch-check=%(objectname) %(objectsize)", "--buffer"]);
    this.exit = exitOf(this.child);
    this.child.stdin.on("error", () => {
    });
    this.child.stdout.setEncoding("latin1");
    this.child.stdout.on("data", (text) => this.answers(this.carry + text));
  }
  limit;
  small;
  large;
  child;
  exit;
  carry = "";
  /** Blob ids as hex lines (the buffer is written as it is); false when the caller should wait for `drained()`. */
  push(lines) {
    return this.child.stdin.write(lines);
  }
  /** Resolves when more may be pushed, or once git has ended (never waits for a dead process). */
  drained() {
    return Promise.race([new Promise((resolve) => this.child.stdin.once("drain", resolve)), this.exit.then(() => {
    })]);
  }
  /** No more blobs: resolves once every answer has been handed on. */
  async close() {
    this.child.stdin.end();
    const { code, stderr } = await this.exit;
    if (this.carry) this.answers(`${this.carry}
`);
    if (code !== 0) throw new InputError(`git cat-file failed: ${gitComplaint(stderr)}`);
  }
  kill() {
    this.child.kill();
  }
  answers(text) {
    const small = [];
    const lines = text.split("\n");
    this.carry = lines.pop();
    for (const line of lines) {
      const [oid, size] = line.split(" ");
      const bytes = Number(size);
      if (!oid) continue;
      if (Number.isFinite(bytes) && bytes > this.limit) this.large(oid, bytes);
      else small.push(oid);
    }
    if (small.length) this.small(small);
  }
};

// src/util/fifo.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var Fifo = class {
  items = [];
  head = 0;
  push(item) {
    this.items.push(item);
  }
  /** The oldest item, removed; undefined when empty. */
  shift() {
    if (this.head === this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head++] = void 0;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  /** The oldest item, left in place; undefined when empty. */
  peek() {
    return this.items[this.head];
  }
  get length() {
    return this.items.length - this.head;
  }
};

// src/git/catfile.ts
var READ_BUFFER = 256 * 1024;
var WHOLE_BLOB_LIMIT = 1024 * 1024;
var BlobReader = class _BlobReader {
  child;
  exit;
  /** Who is owed the next answers: each entry stands for `count` requests in a row, all for `sink`. */
  queue = new Fifo();
  unanswered = 0;
  header = "";
  oid = "";
  remaining = -1;
  // bytes of content still to come for the oldest request; -1 while reading a header
  size = 0;
  trailer = false;
  // the newline after each content
  /** A small blob being gathered over several reads, and how much of it has come. */
  gathering = null;
  gathered = 0;
  /** The buffer small blobs are gathered in, reused: fresh memory for each was most of cat-file's garbage. */
  spare = Buffer.allocUnsafe(0);
  done;
  /**
   * cat-file in `repo`, its answers read into one reused buffer (spawnGitReading). `few`: a few
   * blobs (the pre-commit hook's): read through the ordinary pipe, since setting up the socket
   * that saves a large read its garbage costs more than such a read takes.
   */
  static async open(repo, { few = false } = {}) {
    let reader;
    const read = await spawnGitReading(repo, [...BLOB_READING, "cat-file", "--batch", "--buffer"], Buffer.allocUnsafe(READ_BUFFER), (data) => reader.receive(data), { socket: !few });
    reader = new _BlobReader(read);
    return reader;
  }
  constructor({ child, ended }) {
    this.child = child;
    this.exit = exitOf(this.child);
    this.child.stdin.on("error", () => {
    });
    this.done = new Promise((resolve, reject) => {
      void ended.then(() => {
        void this.exit.then(({ code, stderr }) => {
          if (code !== 0) reject(new InputError(`git cat-file failed: ${gitComplaint(stderr)}`));
          else if (this.unanswered) reject(new InputError("git cat-file stopped before answering every request"));
          else resolve();
        });
      });
    });
    this.done.catch(() => {
    });
  }
  /** Ask for a blob; returns false when the caller should wait for `drained()` before asking more. */
  request(oid, sink) {
    this.owe(sink, 1);
    return this.child.stdin.write(`${oid}
`);
  }
  /** Ask for many blobs in one write, all answered to `sink`; returns false as `request` does. */
  requestAll(oids, sink) {
    if (oids.length === 0) return true;
    this.owe(sink, oids.length);
    return this.child.stdin.write(`${oids.join("\n")}
`);
  }
  /**
   * Ask for the `count` blobs whose ids are the hex lines in `lines`, all answered to `sink`;
   * returns false as `request` does. The buffer is written as it is: the caller may fill it
   * again only once the stream has drained.
   */
  requestLines(lines, count, sink) {
    if (count === 0) return true;
    this.owe(sink, count);
    return this.child.stdin.write(lines);
  }
  /** Resolves once cat-file has ended having answered every request; rejects if it fails or stops early. */
  finished() {
    return this.done;
  }
  /** Resolves when more may be asked; rejects if cat-file ends first (never waits for a dead process). */
  drained() {
    return Promise.race([new Promise((resolve) => this.child.stdin.once("drain", resolve)), this.done.then(() => {
    })]);
  }
  owe(sink, count) {
    this.queue.push({ sink, count });
    this.unanswered += count;
  }
  /** The sink owed the oldest answer. */
  get owed() {
    return this.queue.peek().sink;
  }
  /** The oldest request is answered: its sink. */
  answered() {
    const head = this.queue.peek();
    if (!head) return void 0;
    this.unanswered--;
    if (--head.count === 0) this.queue.shift();
    return head.sink;
  }
  /** No more requests: wait until every answer has been delivered. */
  async close() {
    this.child.stdin.end();
    await this.done;
  }
  kill() {
    this.child.kill();
  }
  receive(data) {
    let offset = 0;
    while (offset < data.length) {
      if (this.trailer) {
        offset++;
        this.trailer = false;
        continue;
      }
      if (this.remaining < 0) {
        const newline = data.indexOf(10, offset);
        if (newline < 0) {
          this.header += data.toString("latin1", offset);
          return;
        }
        this.header += data.toString("latin1", offset, newline);
        offset = newline + 1;
        this.startObject(this.header);
        this.header = "";
        continue;
      }
      const take = Math.min(this.remaining, data.length - offset);
      const sink = this.owed;
      if (this.size > WHOLE_BLOB_LIMIT) {
        if (take > 0) sink.chunk(data.subarray(offset, offset + take), take === this.remaining, this.oid);
      } else if (this.gathered === 0 && take === this.remaining) {
        sink.chunk(data.subarray(offset, offset + take), true, this.oid);
      } else {
        if (!this.gathering) {
          if (this.spare.length < this.size) this.spare = Buffer.allocUnsafe(Math.max(this.size, 64 * 1024));
          this.gathering = this.spare.subarray(0, this.size);
        }
        data.copy(this.gathering, this.gathered, offset, offset + take);
        this.gathered += take;
        if (this.gathered === this.size) {
          sink.chunk(this.gathering, true, this.oid);
          this.gathering = null;
          this.gathered = 0;
        }
      }
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.answered().end(this.size, this.oid);
        this.remaining = -1;
        this.trailer = true;
      }
    }
  }
  startObject(header) {
    const parts = header.split(" ");
    this.oid = parts[0];
    if (parts[1] === "missing" || parts[1] === "ambiguous") {
      this.answered()?.missing(this.oid);
      return;
    }
    this.size = Number(parts[2]);
    this.remaining = this.size;
    if (this.size === 0) {
      this.answered().end(0, this.oid);
      this.remaining = -1;
      this.trailer = true;
    }
  }
};

// src/sources/history-scan.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var TWO_LANES_MIN = 256;
var ROOM = 8192;
var WORKER_YOUNG_MB = 8;
var BlobScan = class _BlobScan {
  constructor(options) {
    this.options = options;
    this.clean = new OidTable(options.blobs.length, options.blobs.width);
  }
  options;
  /** The matches of the blobs with findings. */
  found = /* @__PURE__ */ new Map();
  /** Blobs scanned without a finding. */
  clean;
  /** Blobs the size stage held back (they are not read, so not in the total). */
  tooLarge = 0;
  lanes = [];
  failure = null;
  wake = null;
  /** The lanes for `options.blobs`: two when there are many and a worker can be started, else one. */
  static async open(options) {
    const scan = new _BlobScan(options);
    scan.lanes.push(await scan.localLane());
    const script = options.blobs.length >= TWO_LANES_MIN && (options.lanes ?? 2) > 1 ? workerScript("history-worker") : null;
    if (script) scan.lanes.push(scan.workerLane(script));
    return scan;
  }
  /** Ask for the blobs whose ids are the hex lines `lines`, once a lane has room. */
  async add(lines, count) {
    for (; ; ) {
      if (this.failure) throw this.failure;
      const lane = this.leastOwing();
      if (lane.pending < (this.options.room ?? ROOM)) return lane.request(lines, count);
      await new Promise((resolve) => this.wake = resolve);
    }
  }
  /** Ask for `oids` at once (the size stage's answers come as they come). */
  addAll(oids) {
    if (oids.length) this.leastOwing().request(Buffer.from(`${oids.join("\n")}
`, "latin1"), oids.length);
  }
  /** No more requests: resolves once every answer is in. */
  async close() {
    const closed = await Promise.allSettled(this.lanes.map((lane) => lane.close()));
    if (this.failure) throw this.failure;
    for (const result of closed) if (result.status === "rejected") throw result.reason;
  }
  kill() {
    for (const lane of this.lanes) lane.kill();
  }
  leastOwing() {
    return this.lanes.reduce((a, b) => b.pending < a.pending ? b : a);
  }
  woken() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
  fail(error) {
    this.failure ??= error;
    this.woken();
  }
  /** One blob's outcome, counted and kept (its bytes are counted by the caller). */
  record(oid, outcome) {
    this.options.totals.blobs++;
    if (outcome.kind === "scanned" && outcome.matches.length) this.found.set(oid, outcome.matches);
    else this.clean.pushHex(oid);
    if (outcome.kind === "scanned" && outcome.listed) this.options.list({ path: `blob ${oid}`, kind: outcome.listed.skip, reason: outcome.listed.reason });
  }
  progress() {
    const { totals, events, blobs } = this.options;
    events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes, blobsTotal: blobs.length - this.tooLarge });
  }
  /** A cat-file read and matched on this thread. */
  async localLane() {
    const reader = await BlobReader.open(this.options.dir);
    const lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        reader.requestLines(lines, count, sink);
      },
      close: () => reader.close(),
      kill: () => reader.kill()
    };
    const answered = () => {
      lane.pending--;
      this.woken();
    };
    let current;
    const scanner = (oid) => current ??= scanningSink(this.options.rules, (outcome, size) => {
      current = void 0;
      this.options.totals.bytes += size;
      this.record(oid, outcome);
      this.progress();
      answered();
    }, this.options.paths?.get(oid));
    const sink = {
      chunk: (data, last, oid) => scanner(oid).chunk(data, last),
      end: (size, oid) => scanner(oid).end(size),
      missing: (oid) => {
        this.options.missing(oid);
        answered();
      }
    };
    reader.finished().catch((error) => this.fail(error));
    return lane;
  }
  /** A cat-file read and matched in a worker thread (history-worker.ts). */
  workerLane(script) {
    const { dir, rules } = this.options;
    const input = { dir, rules: [...rules.rules], withheld: withheldFromGit(), debug: gitObserved(), paths: [...this.options.paths ?? []] };
    const worker = new import_node_worker_threads.Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const byId = new Map(rules.rules.map((r) => [r.id, r]));
    let closed = false;
    let resolveClosed;
    let rejectClosed;
    const done = new Promise((resolve, reject) => (resolveClosed = resolve, rejectClosed = reject));
    done.catch(() => {
    });
    const fail = (error) => {
      rejectClosed(error);
      this.fail(error);
    };
    const lane = {
      pending: 0,
      request: (lines, count) => {
        lane.pending += count;
        worker.postMessage({ lines, count });
      },
      close: async () => {
        worker.postMessage({ done: true });
        await done;
      },
      kill: () => void worker.terminate()
    };
    worker.on("message", (reply) => {
      if ("git" in reply) tellGitRun(reply.git);
      else if ("error" in reply) fail(new InputError(reply.error));
      else if ("closed" in reply) {
        closed = true;
        resolveClosed();
      } else {
        this.options.totals.bytes += reply.bytes;
        for (const [oid, wire] of reply.found) this.record(oid, fromWire(wire, byId));
        for (const oid of reply.clean) this.record(oid, NOTHING);
        for (const [oid, skip, reason] of reply.listed) this.options.list({ path: `blob ${oid}`, kind: skip, reason });
        for (const oid of reply.missing) this.options.missing(oid);
        lane.pending -= reply.answered;
        this.progress();
        this.woken();
      }
    });
    worker.on("error", (error) => fail(new InputError(`history scan worker failed: ${error.message}`)));
    worker.on("exit", () => {
      if (!closed) fail(new InputError("history scan worker stopped before answering every request"));
    });
    return lane;
  }
};
var NOTHING = { kind: "scanned", matches: [], bytes: 0 };

export {
  withholdFromGit,
  withheldFromGit,
  observeGit,
  spawnGit,
  runGit,
  gitObserved,
  tellGitRun,
  exitOf,
  gitComplaint,
  OidTable,
  OidSet,
  PACK_WINDOWS,
  LISTING,
  listCommits,
  listBlobs,
  tipsOf,
  allWithin,
  SizeGate,
  BlobReader,
  BlobScan
};
