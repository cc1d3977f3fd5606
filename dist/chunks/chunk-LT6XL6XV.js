import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  resolveCommit,
  scanRevisions
} from "./chunk-2U272WFH.js";
import {
  openRepo
} from "./chunk-PKBXW7DM.js";
import {
  InputError,
  UsageError
} from "./chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/commands/prepush.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
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
  const remotes = options.remote && /^[A-Za-z0-9._-]+$/.test(options.remote) ? `--remotes=${options.remote}` : "--remotes";
  return scanRevisions(repo, [...tips, ...known, "--not", remotes], "pre-push", label, options);
}

export {
  parsePrePushLines,
  scanPrePush
};
