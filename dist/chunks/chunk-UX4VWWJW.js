import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  resolveCommit,
  scanRevisions
} from "./chunk-3HRZ5C52.js";
import {
  openRepo
} from "./chunk-IPD4WSVA.js";
import {
  runGit
} from "./chunk-KR27X6RF.js";
import {
  InputError,
  UsageError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/commands/prepush.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/git/remote.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function withoutUserInfo(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
function refspecDestination(refspec) {
  const spec = refspec.replace(/^\+/, "");
  if (spec.startsWith("^")) return null;
  const colon = spec.indexOf(":");
  const dst = colon < 0 ? "" : spec.slice(colon + 1);
  return dst.startsWith("refs/") ? dst : null;
}
async function remotesConfig(repo) {
  const run = await runGit(repo.dir, ["config", "-z", "--get-regexp", "^remote\\..*\\.fetch$"]);
  const remotes = /* @__PURE__ */ new Map();
  for (const entry of run.stdout.split("\0")) {
    const newline = entry.indexOf("\n");
    if (newline < 0) continue;
    const key = entry.slice(0, newline);
    const name = key.slice("remote.".length, -".fetch".length);
    const dst = refspecDestination(entry.slice(newline + 1));
    if (!remotes.has(name)) remotes.set(name, { name, trackingRefs: [] });
    if (dst) remotes.get(name).trackingRefs.push(dst);
  }
  return [...remotes.values()];
}
async function urls(repo, name, push) {
  const run = await runGit(repo.dir, ["remote", "get-url", ...push ? ["--push"] : [], "--all", "--", name]);
  if (run.code !== 0) return null;
  return run.stdout.split("\n").filter((l) => l !== "");
}
function exactGlob(ref) {
  return ref.includes("*") ? ref : `${ref.slice(0, -1)}[${ref.slice(-1)}]`;
}
async function destinationRefs(repo, remote, url) {
  if (remote === void 0 || remote === "") return { revs: [], why: "no remote named: every pushed commit the destination lacks by its refs is scanned" };
  const all = await remotesConfig(repo);
  const self = all.find((r) => r.name === remote);
  const unknown = (why) => ({ revs: [], why });
  if (!self) return unknown(`'${withoutUserInfo(remote)}' is not a configured remote (a URL): its refs are unknown`);
  const fetchUrls = await urls(repo, remote, false);
  const pushUrls = await urls(repo, remote, true);
  const fetchUrl = fetchUrls?.[0];
  if (!fetchUrl || !pushUrls) return unknown(`the URLs of remote '${remote}' are unknown`);
  const destinations = url !== void 0 && url !== "" ? [url] : pushUrls;
  if (destinations.some((u) => u !== fetchUrl)) {
    return unknown(`remote '${remote}' pushes to another URL than it fetches from: its remote-tracking refs say nothing of the destination`);
  }
  const others = all.filter((r) => r !== self).flatMap((r) => r.trackingRefs.map(exactGlob));
  const revs = self.trackingRefs.flatMap((ref) => [...others.map((o) => `--exclude=${o}`), `--glob=${exactGlob(ref)}`]);
  return { revs, why: `the remote-tracking refs of '${remote}'` };
}

// src/commands/prepush.ts
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function parsePrePushLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "").map((line) => {
    const parts = line.split(/\s+/);
    if (parts.length !== 4 || !SHA.test(parts[1]) || !SHA.test(parts[3])) {
      throw new UsageError(`not a git pre-push line: '${line.slice(0, 200)}' (expected '<local ref> <local sha> <remote ref> <remote sha>')`);
    }
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    return { localRef, localSha, remoteRef, remoteSha };
  });
}
async function scanPrePush(options) {
  const repo = await openRepo(options.repo ?? ".");
  const tips = [];
  const known = [];
  for (const update of options.updates) {
    if (ZERO.test(update.localSha)) continue;
    const tip = await resolveCommit(repo, update.localSha);
    if (!tip) throw new InputError(`the pushed commit '${update.localSha}' is not in this repository`);
    tips.push(tip);
    if (!ZERO.test(update.remoteSha) && await resolveCommit(repo, update.remoteSha)) known.push(`^${update.remoteSha}`);
  }
  const label = options.updates.map((u) => `${u.localRef}\u2192${u.remoteRef}`).join(", ") || "nothing";
  if (tips.length === 0) return scanRevisions(repo, [], "pre-push", label, options);
  const destination = await destinationRefs(repo, options.remote, options.url);
  options.debug?.(`pre-push: scanning the pushed commits not reachable from the push's remote shas (${known.length}) nor from ${destination.revs.length ? destination.why : `other refs (${destination.why})`}`);
  return scanRevisions(repo, [...tips, ...known, ...destination.revs.length ? ["--not", ...destination.revs] : []], "pre-push", label, options);
}

export {
  parsePrePushLines,
  scanPrePush
};
