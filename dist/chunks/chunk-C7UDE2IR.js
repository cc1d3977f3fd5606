import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  BlobReader
} from "./chunk-6H2ICAHY.js";
import {
  NOTHING_SCANNED,
  pathFilter
} from "./chunk-V6CI5DCO.js";
import {
  detach,
  scanningSink
} from "./chunk-T3AJGWBS.js";
import {
  exitOf,
  gitComplaint,
  spawnGit
} from "./chunk-PXSEX2SI.js";
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/sources/history.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/log.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { StringDecoder } from "node:string_decoder";
var LOG_FORMAT = "--format=%x01%H%x00%an%x00%ae%x00%aI%x00";
var RawLogParser = class {
  constructor(events) {
    this.events = events;
  }
  events;
  pending = "";
  state = { kind: "idle" };
  // Keeps a UTF-8 character split across two reads whole.
  decoder = new StringDecoder("utf8");
  push(data) {
    const text = this.pending + this.decoder.write(data);
    let start = 0;
    for (let nul = text.indexOf("\0"); nul >= 0; nul = text.indexOf("\0", start)) {
      this.token(text.slice(start, nul));
      start = nul + 1;
    }
    this.pending = text.slice(start);
  }
  end() {
    this.pending += this.decoder.end();
    if (this.pending) this.token(this.pending);
    this.pending = "";
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
          path: detach(state.paths[state.want - 1])
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
      this.state = { kind: "paths", meta, paths: [], want: 1 };
    } else if (token.startsWith(":")) {
      const meta = token.slice(1).split(" ");
      const status = meta[4] ?? "";
      this.state = { kind: "paths", meta, paths: [], want: status.startsWith("R") || status.startsWith("C") ? 2 : 1 };
    }
  }
};

// src/sources/history.ts
var NULL_BLOB = /^0+$/;
var GITLINK = "160000";
var SYMLINK = "120000";
function historySource(options) {
  return {
    mode: options.mode,
    root: options.root,
    configRoot: options.repo.dir,
    scan: async (rules, filters, events) => ({
      ...options.revs.length ? await scanBlobs(options.repo.dir, options.revs, rules, pathFilter(filters), events) : NOTHING_SCANNED,
      shallow: options.repo.shallow,
      revisions: options.label
    })
  };
}
async function scanBlobs(dir, revs, rules, wanted, events) {
  const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
  const seenBlobs = /* @__PURE__ */ new Set();
  const blobs = /* @__PURE__ */ new Map();
  const renamedFrom = /* @__PURE__ */ new Map();
  let commit = null;
  let waitingForDrain = false;
  const reader = new BlobReader(dir);
  const log = spawnGit(dir, [
    "-c",
    "log.showRoot=true",
    "-c",
    "log.showSignature=false",
    "log",
    ...revs,
    // -c (combined): a merge lists the files that differ from every parent, which is what the merge
    // itself introduced (a conflict resolved with new text). `-m` would also list what it brings
    // in from a parent, and a range scan would report the base branch's secrets at the merge.
    "--reverse",
    "--topo-order",
    "-c",
    "-M",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-notes",
    LOG_FORMAT,
    "--"
  ]);
  const logExit = exitOf(log);
  const onChange = (change) => {
    if (!commit || change.status.startsWith("D") || NULL_BLOB.test(change.newBlob)) return;
    if (change.newMode === GITLINK || change.newMode === SYMLINK) return;
    const file = change.oldPath !== null && change.status.startsWith("R") ? renamedFrom.get(change.oldPath) ?? change.oldPath : renamedFrom.get(change.path) ?? change.path;
    if (file !== change.path) renamedFrom.set(change.path, file);
    if (!wanted(change.path)) return;
    const where = { path: change.path, commit, file };
    const blob = change.newBlob;
    if (seenBlobs.has(blob)) {
      const state2 = blobs.get(blob);
      if (state2?.matches) events.matches(state2.matches, where);
      else state2?.waiting.push(where);
      return;
    }
    seenBlobs.add(blob);
    const state = { waiting: [] };
    blobs.set(blob, state);
    const more = reader.request(blob, {
      ...scanningSink(rules, (result, size) => {
        totals.blobs++;
        totals.bytes += size;
        if (result.kind === "scanned" && result.matches.length) {
          state.matches = result.matches;
          events.matches(result.matches, where);
          for (const other of state.waiting) events.matches(result.matches, other);
          state.waiting = [];
        } else blobs.delete(blob);
        events.progress({ commits: totals.commits, blobs: totals.blobs, bytes: totals.bytes });
      }),
      missing: () => {
        blobs.delete(blob);
        events.skipped({
          path: `${where.path} (${where.commit.sha.slice(0, 12)})`,
          kind: "unreadable",
          reason: "unreadable: blob missing from the repository (a partial clone?)"
        });
      }
    });
    if (!more && !waitingForDrain) {
      waitingForDrain = true;
      log.stdout.pause();
      void reader.drained().then(() => {
        waitingForDrain = false;
        log.stdout.resume();
      });
    }
  };
  const parser = new RawLogParser({
    commit: (c) => {
      if (commit?.sha !== c.sha) totals.commits++;
      commit = c;
    },
    change: onChange
  });
  log.stdout.on("data", (data) => parser.push(data));
  const logEnded = new Promise((resolve) => log.stdout.on("end", resolve));
  try {
    const [{ code, stderr }] = await Promise.all([logExit, logEnded]);
    parser.end();
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    await reader.close();
  } catch (error) {
    reader.kill();
    log.kill();
    throw error;
  }
  return totals;
}

export {
  historySource
};
