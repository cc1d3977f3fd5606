import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader
} from "./chunk-WTJ2AFVF.js";
import {
  runScan,
  settle
} from "./chunk-PJ3VYHIQ.js";
import {
  contentViews,
  scanningSink,
  splitLines
} from "./chunk-NSSYMS3V.js";
import {
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  gitComplaint,
  runGit
} from "./chunk-KR27X6RF.js";
import {
  pathFilter
} from "./chunk-3DVWT4TM.js";
import {
  InputError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

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
    const [, newMode, oldBlob, newBlob, status] = token.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const path = tokens[i + (twoPaths ? 2 : 1)];
    i += twoPaths ? 2 : 1;
    if (status.startsWith("D")) continue;
    files.push({ status, newMode, oldBlob, newBlob, path });
  }
  return files;
}

// src/sources/line-diff.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_EDITS = 2e3;
var MAX_STEPS = 2e7;
var MAX_MIDDLE = 2e5;
function addedRanges(before, after) {
  const same = (i, j) => before.bytes.compare(after.bytes, after.starts[j], after.ends[j], before.starts[i], before.ends[i]) === 0;
  let start = 0;
  while (start < before.starts.length && start < after.starts.length && same(start, start)) start++;
  let endBefore = before.starts.length;
  let endAfter = after.starts.length;
  while (endBefore > start && endAfter > start && same(endBefore - 1, endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endAfter === start) return [];
  const everything = [[start + 1, endAfter]];
  if (endBefore === start || endBefore - start + endAfter - start > MAX_MIDDLE) return everything;
  const ids = /* @__PURE__ */ new Map();
  const idsOf = (lines, from, to) => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const key = lines.bytes.toString("latin1", lines.starts[i], lines.ends[i]);
      let id = ids.get(key);
      if (id === void 0) ids.set(key, id = ids.size);
      out[i - from] = id;
    }
    return out;
  };
  const inserted = insertedLines(idsOf(before, start, endBefore), idsOf(after, start, endAfter));
  if (inserted === null) return everything;
  const ranges = [];
  for (const i of inserted) {
    const line = start + i + 1;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function insertedLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let steps = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      steps += 1 + x - from;
      if (steps > MAX_STEPS) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}
function walkBack(trace, n, m) {
  const inserted = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d];
    const at = (k2) => before[k2 + d + 1];
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    if (down) inserted.push(previousY);
    x = previousX;
    y = previousY;
  }
  return inserted.reverse();
}

// src/sources/staged.ts
var GITLINK = "160000";
var MAX_COMPARED = 64 * 1024 * 1024;
var MAX_LINES = 4 * 1024 * 1024;
var WHOLE_FILE = [1, Number.MAX_SAFE_INTEGER];
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
function gathering(done) {
  let parts = [];
  let size = 0;
  return {
    chunk: (data) => {
      size += data.length;
      if (size > MAX_COMPARED) parts = null;
      else parts?.push(Buffer.from(data));
    },
    end: () => done(parts && Buffer.concat(parts)),
    missing: () => done(null)
  };
}
function added(before, after) {
  const [old, now] = [splitLines(before, MAX_LINES), splitLines(after, MAX_LINES)];
  return old && now ? addedRanges(old, now) : [WHOLE_FILE];
}
function addedMatches(outcome, before, after) {
  if (before === null || after === null) return outcome.matches;
  const [old, now] = [contentViews(before), contentViews(after)];
  const textAdded = added(old.text, now.text);
  const rawAdded = outcome.inRawBytes ? added(old.raw ?? old.text, now.raw ?? now.text) : [];
  return outcome.matches.filter((m) => inRanges(outcome.inRawBytes?.has(m) ? rawAdded : textAdded, m.line));
}
async function stagedSource(repoArg) {
  const dir = resolve(repoArg);
  const repoAsked = openRepo(dir);
  const stagedAsked = stagedFiles(dir);
  stagedAsked.catch(() => {
  });
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const staged = await stagedAsked;
  return {
    mode: "staged",
    root: repoArg,
    configRoot: repo.dir,
    async scan(rules, filters, events) {
      const wanted = pathFilter(filters);
      const files = staged.filter((f) => f.newMode !== GITLINK && wanted(f.path));
      const totals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      const toCompare = [];
      const reader = await BlobReader.open(repo.dir);
      for (const file of files) {
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === "skipped") return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            if (outcome.listed) events.skipped({ path: file.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
            if (outcome.matches.length === 0) return;
            if (/^[MR]/.test(file.status)) toCompare.push({ file, outcome });
            else events.matches(outcome.matches, { path: file.path });
          }, file.path),
          missing: () => events.skipped({ path: file.path, kind: "unreadable", reason: "unreadable: staged blob missing" })
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      if (toCompare.length) await compare(repo.dir, toCompare, (matches, path) => events.matches(matches, { path }));
      return totals;
    }
  };
}
async function compare(dir, files, report) {
  const reader = await BlobReader.open(dir);
  for (const { file, outcome } of files) {
    let before = null;
    reader.request(
      file.oldBlob,
      gathering((content) => before = content)
    );
    const more = reader.request(
      file.newBlob,
      gathering((after) => {
        const added2 = addedMatches(outcome, before, after);
        before = null;
        if (added2.length) report(added2, file.path);
      })
    );
    if (!more) await reader.drained();
  }
  await reader.close();
}

// src/commands/staged.ts
async function scanStaged(options = {}) {
  return settle(await runScan(await stagedSource(options.repo ?? "."), options), options);
}

export {
  scanStaged
};
