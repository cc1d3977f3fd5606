import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit,
  spawnGitReading
} from "./chunk-KR27X6RF.js";
import {
  InputError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/history/oids.ts
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
init_define_PDGUARD_BUILTIN_PATTERNS();
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

// src/git/catfile.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/util/fifo.ts
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
  /** cat-file in `repo`, its answers read into one reused buffer (spawnGitReading). */
  static async open(repo) {
    let reader;
    const read = await spawnGitReading(repo, [...BLOB_READING, "cat-file", "--batch", "--buffer"], Buffer.allocUnsafe(READ_BUFFER), (data) => reader.receive(data));
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

export {
  OidTable,
  OidSet,
  PACK_WINDOWS,
  LISTING,
  listCommits,
  listBlobs,
  tipsOf,
  allWithin,
  SizeGate,
  BlobReader
};
