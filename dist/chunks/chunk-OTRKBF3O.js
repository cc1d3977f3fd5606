import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit,
  spawnGitReading
} from "./chunk-7CLRDRJK.js";
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/history/objects.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var PACK_WINDOWS = ["-c", "core.packedGitWindowSize=32m", "-c", "core.packedGitLimit=64m"];
var BLOB_READING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=48m"];
var LISTING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=24m"];
var OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function countCommits(dir, revs) {
  const { code, stdout, stderr } = await runGit(dir, [...PACK_WINDOWS, "rev-list", "--count", ...revs, "--"]);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return Number(stdout.trim());
}
async function listBlobs(dir, revs, skip) {
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
  const list = { oids: [], missing: [] };
  let carry = Buffer.alloc(0);
  const lines = (data) => {
    let start = 0;
    for (let newline = data.indexOf(10); newline >= 0; start = newline + 1, newline = data.indexOf(10, start)) {
      if (data[start] === 63) {
        list.missing.push(data.toString("latin1", start + 1, newline).trim());
        continue;
      }
      const space = data.indexOf(32, start);
      if (space < 0 || space > newline) continue;
      const oid = data.toString("latin1", start, space);
      if (OID.test(oid) && !skip(oid)) list.oids.push(oid);
    }
    carry = data.subarray(start);
  };
  child.stdout.on("data", (data) => lines(carry.length ? Buffer.concat([carry, data]) : data));
  const { code, stderr } = await exit;
  if (carry.length) lines(Buffer.concat([carry, Buffer.from("\n")]));
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
  push(oids) {
    if (oids.length) this.child.stdin.write(`${oids.join("\n")}
`);
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
  queue = new Fifo();
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
  failure = null;
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
          else if (this.queue.length) reject(new InputError("git cat-file stopped before answering every request"));
          else resolve();
        });
      });
    });
    this.done.catch((error) => {
      this.failure = error;
    });
  }
  /** Ask for a blob; returns false when the caller should wait for `drained()` before asking more. */
  request(oid, sink) {
    this.queue.push(sink);
    return this.child.stdin.write(`${oid}
`);
  }
  /**
   * Ask for many blobs in one write, all answered to `sink`. Nothing waits: what cat-file has not
   * read yet waits in the stream's buffer (41 bytes a blob), as the whole list would wait anyway.
   */
  requestAll(oids, sink) {
    if (oids.length === 0) return;
    for (let i = 0; i < oids.length; i++) this.queue.push(sink);
    this.child.stdin.write(`${oids.join("\n")}
`);
  }
  /** Resolves when more may be asked; rejects if cat-file ends first (never waits for a dead process). */
  drained() {
    return Promise.race([new Promise((resolve) => this.child.stdin.once("drain", resolve)), this.done.then(() => {
    })]);
  }
  /** How many requests are still unanswered. */
  get pending() {
    return this.queue.length;
  }
  /** No more requests: wait until every answer has been delivered. */
  async close() {
    this.child.stdin.end();
    await this.done;
  }
  kill() {
    this.child.kill();
  }
  get error() {
    return this.failure;
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
      const sink = this.queue.peek();
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
        this.queue.shift().end(this.size, this.oid);
        this.remaining = -1;
        this.trailer = true;
      }
    }
  }
  startObject(header) {
    const parts = header.split(" ");
    this.oid = parts[0];
    if (parts[1] === "missing" || parts[1] === "ambiguous") {
      this.queue.shift()?.missing(this.oid);
      return;
    }
    this.size = Number(parts[2]);
    this.remaining = this.size;
    if (this.size === 0) {
      this.queue.shift().end(0, this.oid);
      this.remaining = -1;
      this.trailer = true;
    }
  }
};

export {
  PACK_WINDOWS,
  countCommits,
  listBlobs,
  tipsOf,
  allWithin,
  SizeGate,
  BlobReader
};
