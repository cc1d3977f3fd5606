import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader
} from "./chunk-EI4Q3NYD.js";
import {
  pathFilter,
  runScan,
  settle
} from "./chunk-APVTY4OY.js";
import {
  scanningSink
} from "./chunk-EC4WRE7H.js";
import {
  openRepo
} from "./chunk-WRNQB6ZF.js";
import {
  exitOf,
  gitComplaint,
  runGit,
  spawnGit
} from "./chunk-7CLRDRJK.js";
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/commands/staged.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/staged.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { resolve } from "node:path";

// src/git/diff.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
async function stagedFiles(dir) {
  const { code, stdout: out, stderr } = await runGit(dir, ["diff", "--cached", "--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff"]);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  const tokens = out.split("\0");
  const files = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith(":")) continue;
    const [, newMode, , newBlob, status] = token.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const path = tokens[i + (twoPaths ? 2 : 1)];
    i += twoPaths ? 2 : 1;
    if (status.startsWith("D")) continue;
    files.push({ status, newMode, newBlob, path });
  }
  return files;
}
var WHOLE_FILE = [1, Number.MAX_SAFE_INTEGER];
var C_ESCAPES = { 7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 34: '"', 92: "\\" };
function quotePath(path) {
  if (!path.some((b) => b < 32 || b === 127 || b === 34 || b === 92)) return path;
  const out = [34];
  for (const b of path) {
    const escape = C_ESCAPES[b];
    if (escape !== void 0) out.push(92, escape.charCodeAt(0));
    else if (b < 32 || b === 127) out.push(92, ...Buffer.from(b.toString(8).padStart(3, "0"), "latin1"));
    else out.push(b);
  }
  out.push(34);
  return Buffer.from(out);
}
var AddedLinesParser = class {
  entries = [];
  inRaw = true;
  /** Raw part: the token being read, and what the entry gathered so far. */
  token = [];
  meta = null;
  paths = [];
  /** Patch part: the line being kept (headers and hunks), or null while skipping one. */
  line = null;
  lineLength = 0;
  atLineStart = true;
  current = -1;
  /** A header that did not match its raw entry: this and the later files are taken whole. */
  lost = false;
  push(data) {
    let offset = 0;
    while (offset < data.length && this.inRaw) offset = this.raw(data, offset);
    while (offset < data.length) offset = this.patch(data, offset);
  }
  end() {
    if (this.line) this.keptLine(Buffer.concat(this.line));
    this.line = null;
    if (this.lost || this.entries.length && this.current !== this.entries.length - 1) {
      for (const entry of this.entries) entry.ranges = [WHOLE_FILE];
    }
  }
  raw(data, offset) {
    const nul = data.indexOf(0, offset);
    if (nul < 0) {
      this.token.push(data.subarray(offset));
      return data.length;
    }
    this.token.push(data.subarray(offset, nul));
    const token = Buffer.concat(this.token);
    this.token = [];
    if (this.meta === null) {
      if (token.length === 0) this.inRaw = false;
      else this.meta = token.toString("latin1");
    } else {
      this.paths.push(token);
      const status = this.meta.split(" ")[4] ?? "";
      if (this.paths.length === (/^[RC]/.test(status) ? 2 : 1)) {
        const [from, to] = [this.paths[0], this.paths[this.paths.length - 1]];
        const header = Buffer.concat([Buffer.from("diff --git ", "latin1"), quotePath(Buffer.concat([Buffer.from("a/"), from])), Buffer.from(" "), quotePath(Buffer.concat([Buffer.from("b/"), to]))]);
        this.entries.push({ header, path: to.toString("utf8"), ranges: [] });
        this.meta = null;
        this.paths = [];
      }
    }
    return nul + 1;
  }
  patch(data, offset) {
    if (this.atLineStart) {
      const first = data[offset];
      this.line = first === 100 || first === 64 || first === 66 ? [] : null;
      this.lineLength = 0;
      this.atLineStart = false;
    }
    const newline = data.indexOf(10, offset);
    const end = newline < 0 ? data.length : newline;
    if (this.line && this.lineLength < MAX_KEPT_LINE) {
      this.line.push(data.subarray(offset, end));
      this.lineLength += end - offset;
    }
    if (newline < 0) return data.length;
    if (this.line) this.keptLine(Buffer.concat(this.line));
    this.line = null;
    this.atLineStart = true;
    return newline + 1;
  }
  keptLine(line) {
    if (line.subarray(0, 11).toString("latin1") === "diff --git ") {
      this.current++;
      const entry2 = this.entries[this.current];
      if (!entry2 || !entry2.header.equals(line)) this.lost = true;
      return;
    }
    const entry = this.entries[this.current];
    if (!entry) return;
    const text = line.toString("latin1");
    if (text.startsWith("Binary files ")) {
      entry.ranges = [WHOLE_FILE];
      return;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) entry.ranges.push([start, start + count - 1]);
    }
  }
};
var MAX_KEPT_LINE = 64 * 1024;
async function addedLines(dir) {
  const child = spawnGit(dir, [
    // --inter-hunk-context=0: diff.interHunkContext would fuse hunks and count the lines between them as added.
    "diff",
    "--cached",
    "--raw",
    "-p",
    "-z",
    "-U0",
    "--inter-hunk-context=0",
    "-M",
    "--diff-filter=MR",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/"
  ]);
  const exit = exitOf(child);
  const parser = new AddedLinesParser();
  child.stdout.on("data", (data) => parser.push(data));
  const ended = new Promise((resolve2) => child.stdout.on("end", resolve2));
  const [{ code, stderr }] = await Promise.all([exit, ended]);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  parser.end();
  return new Map(parser.entries.map((e) => [e.path, e.ranges]));
}

// src/sources/staged.ts
var GITLINK = "160000";
function inRanges(ranges, line) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [first, last] = ranges[mid];
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return true;
  }
  return false;
}
var SYMLINK = "120000";
async function stagedSource(repoArg) {
  const dir = resolve(repoArg);
  const repoAsked = openRepo(dir);
  const diffsAsked = Promise.all([stagedFiles(dir), addedLines(dir)]);
  diffsAsked.catch(() => {
  });
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const [staged, lines] = await diffsAsked;
  return {
    mode: "staged",
    root: repoArg,
    configRoot: repo.dir,
    async scan(rules, filters, events) {
      const wanted = pathFilter(filters);
      const files = staged.filter((f) => f.newMode !== GITLINK && f.newMode !== SYMLINK && wanted(f.path));
      const totals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      const reader = await BlobReader.open(repo.dir);
      for (const file of files) {
        const ranges = /^[AT]/.test(file.status) ? null : lines.get(file.path) ?? null;
        const isAdded = (line) => ranges === null || inRanges(ranges, line);
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === "skipped") return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            const added = outcome.matches.filter((m) => isAdded(m.line));
            if (added.length) events.matches(added, { path: file.path });
          }),
          missing: () => events.skipped({ path: file.path, kind: "unreadable", reason: "unreadable: staged blob missing" })
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      return totals;
    }
  };
}

// src/commands/staged.ts
async function scanStaged(options = {}) {
  return settle(await runScan(await stagedSource(options.repo ?? "."), options), options);
}

export {
  scanStaged
};
