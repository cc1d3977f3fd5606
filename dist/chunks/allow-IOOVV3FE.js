import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAME,
  parseConfig,
  workTreeTop
} from "./chunk-3DVWT4TM.js";
import {
  require_dist
} from "./chunk-DJMTJGV3.js";
import {
  isRegularFile,
  refuseLink,
  writeFileSafely
} from "./chunk-3MH3OYKU.js";
import {
  CACHE_LIMIT,
  CONFIG_LIMIT,
  ConfigError,
  POINTER_LIMIT,
  RefusedRead,
  UsageError,
  errorMessage,
  readBoundedFile
} from "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import {
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/commands/allow.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var RECORD_FILE = "pdguard-last-run.json";
var SHORT_FINGERPRINT = 12;
var MIN_PREFIX = 8;
function gitDirOf(dir) {
  const top = workTreeTop(dir);
  if (top === null) return null;
  const dotGit = join(top, ".git");
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedFile(dotGit, POINTER_LIMIT));
    if (!pointer) return null;
    const gitDir = resolve(top, pointer[1]);
    return existsSync(join(gitDir, "HEAD")) ? gitDir : null;
  } catch {
    return null;
  }
}
function rememberFindings(result, root) {
  if (result.scan.mode === "stdin") return null;
  const gitDir = gitDirOf(root);
  if (gitDir === null) return null;
  const record = {
    version: 1,
    mode: result.scan.mode,
    root: resolve(root),
    config: result.scan.config ? resolve(result.scan.config) : null,
    // A history finding's later places have fingerprints of their own: `--last` allows them all.
    findings: result.findings.flatMap((f) => [f, ...f.otherPlaces ?? []]).map((f) => ({ fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path }))
  };
  const file = join(gitDir, RECORD_FILE);
  try {
    writeFileSafely(file, `${JSON.stringify(record, null, 2)}
`, 384);
    return file;
  } catch {
    return null;
  }
}
function readLastRun(cwd) {
  const gitDir = gitDirOf(cwd);
  if (gitDir === null) return null;
  const file = join(gitDir, RECORD_FILE);
  if (!isRegularFile(file)) return null;
  try {
    const record = JSON.parse(readBoundedFile(file, CACHE_LIMIT));
    return record?.version === 1 && Array.isArray(record.findings) ? record : null;
  } catch {
    return null;
  }
}
function choose(options, record) {
  const about = (f) => `${f.ruleId} in ${f.path}`;
  if (options.last) {
    if (options.fingerprints.length) throw new UsageError("give fingerprints or --last, not both");
    if (record === null) throw new UsageError("--last: no run recorded in this repository yet; run pdguard scan, history or staged first");
    if (record.findings.length === 0) throw new UsageError(`--last: the last run (${record.mode}) reported no findings; nothing to allow`);
    return record.findings.map((f) => ({ fingerprint: f.fingerprint, about: about(f) }));
  }
  if (options.fingerprints.length === 0) throw new UsageError("give the fingerprints to allow (the text report prints them), or --last");
  return options.fingerprints.map((given) => {
    const wanted = given.toLowerCase();
    if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_PREFIX || wanted.length > 32) {
      throw new UsageError(`'${given}' is not a fingerprint (${MIN_PREFIX} to 32 hex digits, as the report prints them)`);
    }
    const matches = (record?.findings ?? []).filter((f) => f.fingerprint.startsWith(wanted));
    const distinct = [...new Set(matches.map((f) => f.fingerprint))];
    if (distinct.length > 1) throw new UsageError(`fingerprint '${given}' is ambiguous in the last run: give more of it (--format json shows it whole)`);
    if (distinct.length === 1) return { fingerprint: distinct[0], about: about(matches[0]) };
    if (wanted.length === 32) return { fingerprint: wanted };
    throw new UsageError(
      `fingerprint '${given}' is not among the last run's findings in this repository; run the scan that reported it again, or give all 32 digits (--format json)`
    );
  });
}
function entryLines(entry, reason, indent) {
  return [
    ...entry.about ? [`${indent}# ${entry.about.replace(/[\r\n]/g, " ")}`] : [],
    `${indent}- fingerprint: ${entry.fingerprint}`,
    `${indent}  reason: ${JSON.stringify(reason)}`
  ].join("\n");
}
var lineStartAt = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
var afterLineOf = (text, at) => {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
};
var withNewline = (text) => text === "" || text.endsWith("\n") ? text : `${text}
`;
function withEntries(text, file, entries, reason) {
  const doc = (0, import_yaml.parseDocument)(text);
  const top = doc.contents;
  if (top !== null && top !== void 0 && !(0, import_yaml.isMap)(top)) throw new ConfigError(`${file}: must be a YAML mapping to add allow entries to it`);
  const pair = top ? top.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === "allow") : void 0;
  const block = (indent) => entries.map((e) => entryLines(e, reason, indent)).join("\n");
  if (!pair) return `${withNewline(text)}allow:
${block("  ")}
`;
  const value = pair.value;
  const keyRange = (0, import_yaml.isScalar)(pair.key) ? pair.key.range : void 0;
  if ((value === null || (0, import_yaml.isScalar)(value) && value.value === null) && keyRange) {
    const at = afterLineOf(text, keyRange[1]);
    return `${withNewline(text.slice(0, at))}${block("  ")}
${text.slice(at)}`;
  }
  if (!(0, import_yaml.isSeq)(value)) throw new ConfigError(`${file}: 'allow' must be a list to add entries to it`);
  const range = value.range;
  if (range && value.flow && value.items.length === 0) {
    const lineEnd = afterLineOf(text, range[1]);
    const rest = text.slice(range[1], lineEnd).replace(/\n$/, "");
    return `${text.slice(0, range[0]).replace(/[ \t]+$/, "")}${rest}
${block("  ")}
${text.slice(lineEnd)}`;
  }
  const last = value.items.at(-1);
  if (range && !value.flow && last?.range) {
    const indent = text.slice(lineStartAt(text, range[0]), range[0]);
    const at = afterLineOf(text, last.range[1] - 1);
    if (/^[ ]*$/.test(indent)) return `${withNewline(text.slice(0, at))}${block(indent)}
${text.slice(at)}`;
  }
  for (const entry of entries) {
    const node = doc.createNode({ fingerprint: entry.fingerprint, reason });
    if (entry.about) node.commentBefore = ` ${entry.about}`;
    value.items.push(node);
  }
  return doc.toString();
}
function allowFindings(options) {
  if (options.reason.trim() === "") throw new UsageError("--reason must say why these findings are allowed (it is kept beside each entry)");
  const record = readLastRun(options.cwd);
  const chosen = choose(options, record);
  const top = workTreeTop(options.cwd) ?? options.cwd;
  const file = resolve(options.cwd, options.config ?? (record?.config && (options.last || chosen.some((c) => c.about)) ? record.config : join(top, CONFIG_FILE_NAME)));
  let text = "";
  refuseLink(file);
  if (existsSync(file)) {
    try {
      text = readBoundedFile(file, CONFIG_LIMIT);
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${file}: configuration not read: it ${error.message}`);
      throw new ConfigError(`${file}: cannot read configuration (${error.code ?? errorMessage(error)})`);
    }
  }
  const before = parseConfig(file, text);
  const already = new Set(before.allow.map((a) => a.fingerprint).filter(Boolean));
  const fresh = chosen.filter((entry) => !already.has(entry.fingerprint) && already.add(entry.fingerprint));
  const added = fresh.length;
  const skipped = chosen.length - added;
  const shown = relative(options.cwd, file) || file;
  if (added === 0) return `${shown} already allows ${chosen.length === 1 ? "that finding" : `those ${chosen.length} findings`}; nothing changed`;
  const after = withEntries(text, file, fresh, options.reason);
  if (parseConfig(file, after).allow.length !== before.allow.length + added) {
    throw new ConfigError(`${file}: could not add the entries without changing its meaning; add them by hand (fingerprint and reason under allow:)`);
  }
  const mode = existsSync(file) ? statSync(file).mode & 511 : 420;
  try {
    writeFileSafely(file, after, mode);
  } catch (error) {
    if (error instanceof ConfigError || error.name === "InputError") throw error;
    throw new ConfigError(`${file}: cannot write configuration (${error.code ?? errorMessage(error)})`);
  }
  const count = `${added} finding${added === 1 ? "" : "s"}`;
  return `allowed ${count} in ${shown}${skipped ? ` (${skipped} already allowed)` : ""}; commit it so that hooks and CI allow ${added === 1 ? "it" : "them"} too`;
}
export {
  SHORT_FINGERPRINT,
  allowFindings,
  gitDirOf,
  rememberFindings
};
