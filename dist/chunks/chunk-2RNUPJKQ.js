import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader
} from "./chunk-JRCDS5PK.js";
import {
  pathFilter,
  runScan,
  settle
} from "./chunk-LK33PIOW.js";
import {
  scanningSink
} from "./chunk-HIZSBGZ2.js";
import {
  exitOf,
  gitComplaint,
  openRepo,
  runGit,
  spawnGit
} from "./chunk-PKBXW7DM.js";
import {
  InputError
} from "./chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/commands/staged.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/staged.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { resolve } from "node:path";

// src/git/diff.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { StringDecoder } from "node:string_decoder";
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
function unquotePath(text) {
  if (!text.startsWith('"')) return text;
  const bytes = [];
  const escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const body = Buffer.from(text.slice(1, text.lastIndexOf('"')), "utf8");
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b !== 92) {
      bytes.push(b);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString("latin1"), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? body[i + 1]);
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var WHOLE_FILE = [1, Number.MAX_SAFE_INTEGER];
async function addedLines(dir) {
  const added = /* @__PURE__ */ new Map();
  const child = spawnGit(dir, [
    // --inter-hunk-context=0: diff.interHunkContext would fuse hunks and count the lines between them as added.
    "diff",
    "--cached",
    "-U0",
    "--inter-hunk-context=0",
    "-M",
    "--diff-filter=MRT",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/"
  ]);
  const exit = exitOf(child);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let current = null;
  let inHeader = false;
  const line = (text) => {
    if (text.startsWith("diff --git ")) {
      inHeader = true;
      current = null;
    } else if (inHeader && text.startsWith("+++ ")) {
      const name = unquotePath(text.slice(4).replace(/\t$/, ""));
      current = name.startsWith("b/") ? [] : null;
      if (current) added.set(name.slice(2), current);
    } else if (inHeader && text.startsWith("Binary files ")) {
      const names = /^Binary files .* and ("b\/(?:[^"\\]|\\.)*"|b\/.*) differ$/.exec(text);
      if (names) added.set(unquotePath(names[1]).slice(2), [WHOLE_FILE]);
    } else if (text.startsWith("@@ ") && current) {
      inHeader = false;
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
      if (hunk) {
        const start = Number(hunk[1]);
        const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
        if (count > 0) current.push([start, start + count - 1]);
      }
    }
  };
  child.stdout.on("data", (data) => {
    const text = pending + decoder.write(data);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      const c = text.charCodeAt(start);
      if (c === 43 || c === 64 || c === 100 || c === 66) line(text.slice(start, nl));
      start = nl + 1;
    }
    pending = text.slice(start);
  });
  const { code, stderr } = await exit;
  if (pending) line(pending);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  return added;
}

// src/sources/staged.ts
var GITLINK = "160000";
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
      const reader = new BlobReader(repo.dir);
      for (const file of files) {
        const ranges = file.status.startsWith("A") ? null : lines.get(file.path) ?? [];
        const isAdded = (line) => ranges === null || ranges.some(([a, b]) => line >= a && line <= b);
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
