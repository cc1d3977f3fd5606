import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-PXSEX2SI.js";
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/history/objects.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { createInterface } from "node:readline";
var PACK_WINDOWS = ["-c", "core.packedGitWindowSize=32m", "-c", "core.packedGitLimit=64m"];
var BLOB_READING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=32m"];
async function countCommits(dir, revs) {
  const { code, stdout, stderr } = await runGit(dir, [...PACK_WINDOWS, "rev-list", "--count", ...revs, "--"]);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return Number(stdout.trim());
}
async function listBlobs(dir, revs, skip) {
  const child = spawnGit(dir, [
    ...PACK_WINDOWS,
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
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith("?")) {
      list.missing.push(line.slice(1).trim());
      continue;
    }
    const space = line.indexOf(" ");
    if (space < 0) continue;
    const oid = line.slice(0, space);
    if (skip(oid)) continue;
    list.oids.push(oid);
  }
  const { code, stderr } = await exit;
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
async function blobsLargerThan(dir, oids, limit) {
  const large = /* @__PURE__ */ new Map();
  if (oids.length === 0) return large;
  const child = spawnGit(dir, [...PACK_WINDOWS, "cat-file", "--batch-check=%(objectname) %(objectsize)", "--buffer"]);
  const exit = exitOf(child);
  child.stdin.on("error", () => {
  });
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const fed = (async () => {
    for (const oid of oids) if (!child.stdin.write(`${oid}
`)) await new Promise((resolve) => child.stdin.once("drain", resolve));
    child.stdin.end();
  })();
  for await (const line of lines) {
    const [oid, size] = line.split(" ");
    const bytes = Number(size);
    if (oid !== void 0 && Number.isFinite(bytes) && bytes > limit) large.set(oid, bytes);
  }
  await fed;
  const { code, stderr } = await exit;
  if (code !== 0) throw new InputError(`git cat-file failed: ${gitComplaint(stderr)}`);
  return large;
}

// src/git/catfile.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var WHOLE_BLOB_LIMIT = 1024 * 1024;
var BlobReader = class {
  child;
  exit;
  queue = [];
  header = "";
  remaining = -1;
  // bytes of content still to come for queue[0]; -1 while reading a header
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
  constructor(repo) {
    this.child = spawnGit(repo, [...BLOB_READING, "cat-file", "--batch", "--buffer"]);
    this.exit = exitOf(this.child);
    this.child.stdin.on("error", () => {
    });
    this.child.stdout.on("data", (data) => this.receive(data));
    this.done = new Promise((resolve, reject) => {
      this.child.stdout.on("end", () => {
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
      const sink = this.queue[0];
      if (this.size > WHOLE_BLOB_LIMIT) {
        if (take > 0) sink.chunk(data.subarray(offset, offset + take), take === this.remaining);
      } else if (this.gathered === 0 && take === this.remaining) {
        sink.chunk(data.subarray(offset, offset + take), true);
      } else {
        if (!this.gathering) {
          if (this.spare.length < this.size) this.spare = Buffer.allocUnsafe(Math.max(this.size, 64 * 1024));
          this.gathering = this.spare.subarray(0, this.size);
        }
        data.copy(this.gathering, this.gathered, offset, offset + take);
        this.gathered += take;
        if (this.gathered === this.size) {
          sink.chunk(this.gathering, true);
          this.gathering = null;
          this.gathered = 0;
        }
      }
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.queue.shift().end(this.size);
        this.remaining = -1;
        this.trailer = true;
      }
    }
  }
  startObject(header) {
    const parts = header.split(" ");
    if (parts[1] === "missing" || parts[1] === "ambiguous") {
      this.queue.shift()?.missing();
      return;
    }
    this.size = Number(parts[2]);
    this.remaining = this.size;
    if (this.size === 0) {
      this.queue.shift().end(0);
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
  blobsLargerThan,
  BlobReader
};
