import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-A2FJMFLB.js";
import {
  walkTree
} from "./chunk-2PYRJ235.js";
import {
  applySuppressions,
  findConfig,
  loadPatterns
} from "./chunk-AGQ46FGX.js";
import {
  Engine,
  scanChunks
} from "./chunk-LI357VF7.js";
import {
  compareFindings,
  toFindings
} from "./chunk-POBSMOEF.js";
import {
  INFORMATION_URI,
  TOOL_NAME
} from "./chunk-B3M3UZOU.js";
import {
  ConfigError,
  InputError,
  errorMessage
} from "./chunk-SSZ2SIAI.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-MNX7NILS.js";

// src/report/redact.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var OAUTH_PREFIX = /^pd[a-z]{2}\+_/;
function redactSecret(secret) {
  const prefix = OAUTH_PREFIX.exec(secret)?.[0] ?? "";
  const body = secret.slice(prefix.length);
  if (body.length < 10) return `${prefix}\u2026`;
  const head = body.length >= 32 ? 3 : 2;
  return `${prefix}${body.slice(0, head)}\u2026${body.slice(-2)}`;
}
function shownSecret(secret, showSecrets) {
  return showSecrets ? secret : redactSecret(secret);
}

// src/report/sarif.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { gzipSync } from "node:zlib";

// src/report/advice.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var ROTATE_ADVICE = "Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.";
function allowAdvice(mark = (name) => name) {
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line, or allow its ${mark("secretHash")} in ${mark(".pdguard.yaml")}.`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "pdguard/v1";
var SRCROOT = "%SRCROOT%";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 95e5;
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var PRECISION = { high: "very-high", medium: "medium", low: "low" };
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
var CWE_TAG = "external/cwe/cwe-798";
var MAX_LISTED_SKIPS = 1e3;
var isLive = (f) => f.verification?.status === "live";
function findingLevel(f) {
  return isLive(f) ? "error" : LEVEL[f.severity];
}
function comparePriority(a, b) {
  return Number(isLive(b)) - Number(isLive(a)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
}
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
function describeFinding(f, showSecrets) {
  const parts = [];
  const live = isLive(f);
  parts.push(
    `${live ? "LIVE " : ""}${f.ruleName} found in ${f.path} at line ${f.line}, column ${f.column}: ${shownSecret(f.secret, showSecrets)} (${f.confidence} confidence${f.region ? `, ${f.region.toUpperCase()} region` : ""}).`
  );
  if (f.commit) {
    const c = f.commit;
    parts.push(`Introduced in commit ${c.sha} by ${c.author}${c.email ? ` <${c.email}>` : ""} on ${c.date}.`);
  }
  if (f.verification) {
    const v = f.verification;
    if (v.status === "live") parts.push(`LIVE: the PagerDuty API accepted this credential (${v.reason}). Revoke it now.`);
    else if (v.status === "dead") parts.push(`Verified dead: ${v.reason}.`);
    else parts.push(`Liveness unknown: ${v.reason}.`);
  }
  return parts.join(" ");
}
function pascalName(name) {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return out || "Rule";
}
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function artifactLocation(path) {
  const clean = wellFormed(path);
  const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
  if (clean.startsWith("/")) return { uri: `file://${encode(clean)}` };
  const drive = /^([A-Za-z]):\//.exec(clean);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(clean.slice(3))}` };
  return { uri: encode(clean), uriBaseId: SRCROOT };
}
function ruleDescriptor(rule) {
  const tags = [.../* @__PURE__ */ new Set(["security", "secret", ...rule.tags, CWE_TAG])];
  const helpText = [
    `${rule.name} (${rule.id})`,
    "",
    rule.description,
    "",
    `Remediation: ${rule.remediation}`,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice(),
    "",
    `More: ${rule.helpUri}`
  ].join("\n");
  const helpMarkdown = [
    `**${rule.name}** (\`${rule.id}\`)`,
    "",
    rule.description,
    "",
    "## Remediation",
    "",
    rule.remediation,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice((name) => `\`${name}\``),
    "",
    `[${rule.helpUri}](${rule.helpUri})`
  ].join("\n");
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags,
      precision: PRECISION[rule.confidence],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      "problem.severity": LEVEL[rule.severity] === "note" ? "recommendation" : LEVEL[rule.severity],
      confidence: rule.confidence,
      severity: rule.severity
    }
  };
}
function ruleFromFinding(f) {
  return {
    id: f.ruleId,
    name: f.ruleName,
    description: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    keywords: [],
    patterns: [],
    secret: {},
    knownExamples: /* @__PURE__ */ new Set(),
    region: "none",
    verify: "none",
    remediation: f.remediation,
    helpUri: f.helpUri,
    tags: [],
    examples: [],
    negativeExamples: [],
    source: ""
  };
}
function sarifResult(f, ruleIndex, showSecrets) {
  const properties = {
    confidence: f.confidence,
    severity: f.severity,
    secretHash: f.secretHash
  };
  if (f.region) properties.region = f.region;
  if (f.verification) properties.verification = f.verification;
  if (f.commit) properties.commit = f.commit;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: findingLevel(f),
    message: { text: describeFinding(f, showSecrets) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.path),
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(1, f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn)
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties
  };
}
function skipNotifications(result) {
  const out = [];
  const unreadable = result.scan.skipped.filter((s) => s.reason.startsWith("unreadable"));
  for (const s of unreadable.slice(0, MAX_LISTED_SKIPS)) {
    out.push({
      level: "error",
      message: { text: `${s.path} could not be read (${s.reason}): the scan is incomplete.` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }]
    });
  }
  if (unreadable.length > MAX_LISTED_SKIPS) {
    out.push({
      level: "error",
      message: { text: `${plural(unreadable.length - MAX_LISTED_SKIPS, "more path")} could not be read (see --format json).` }
    });
  }
  if (result.incomplete && unreadable.length === 0) {
    out.push({ level: "error", message: { text: "The scan is incomplete: something could not be read (see --format json)." } });
  }
  const reasons = /* @__PURE__ */ new Map();
  for (const s of result.scan.skipped) if (!s.reason.startsWith("unreadable")) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  if (reasons.size) {
    const list = [...reasons].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([r, n]) => `${n} ${r}`);
    out.push({ level: "note", message: { text: `Skipped ${plural(result.scan.skipped.length - unreadable.length, "path")}: ${list.join(", ")}.` } });
  }
  return out;
}
function formatSarif(result, options) {
  const maxResults = options.limits?.maxResults ?? MAX_RESULTS;
  const maxGzipBytes = options.limits?.maxGzipBytes ?? MAX_GZIP_BYTES;
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const addRule = (rule) => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule));
  };
  for (const rule of result.rules) addRule(rule);
  for (const f of result.findings) addRule(ruleFromFinding(f));
  const total = result.findings.length;
  const order = result.findings.map((_, i) => i).sort((a, b) => comparePriority(result.findings[a], result.findings[b]) || a - b);
  const allResults = result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId), options.showSecrets));
  const baseNotifications = skipNotifications(result);
  const capped = Math.min(total, maxResults);
  const build = (count2, sizeLimited2) => {
    const keep = order.slice(0, count2).sort((a, b) => a - b);
    const notifications = [...baseNotifications];
    if (count2 < total) {
      const why = sizeLimited2 ? `the report must stay under GitHub's 10 MB gzipped upload limit${capped < total ? ` and its limit of ${plural(maxResults, "result")} per run` : ""}` : `GitHub code scanning accepts at most ${plural(maxResults, "result")} per run`;
      notifications.push({
        level: "warning",
        message: {
          text: `${plural(total - count2, "finding")} of ${total.toLocaleString("en-US")} left out of this report: ${why}. The most severe are kept (live first, then by severity and confidence); run with --format json to see every finding.`
        }
      });
    }
    const log = {
      $schema: SARIF_SCHEMA_URI,
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: TOOL_NAME,
              .../^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {},
              version: options.toolVersion,
              informationUri: INFORMATION_URI,
              rules
            }
          },
          invocations: [
            {
              executionSuccessful: !result.incomplete,
              ...notifications.length ? { toolExecutionNotifications: notifications } : {}
            }
          ],
          originalUriBaseIds: {
            [SRCROOT]: { description: { text: `The root pdguard scanned (${result.scan.root}); result paths are relative to it.` } }
          },
          columnKind: "utf16CodeUnits",
          results: keep.map((i) => allResults[i]),
          properties: {
            scanMode: result.scan.mode,
            findings: total,
            reported: count2,
            suppressed: result.suppressed.length
          }
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  };
  let count = capped;
  let sizeLimited = false;
  for (; ; ) {
    const text = build(count, sizeLimited);
    if (count === 0 || Buffer.byteLength(text, "utf8") <= maxGzipBytes - 1024) return text;
    const gzipped = gzipSync(text).length;
    if (gzipped <= maxGzipBytes) return text;
    sizeLimited = true;
    count = Math.max(0, Math.min(count - 1, Math.floor(count * (maxGzipBytes / gzipped) * 0.95)));
  }
}

// src/report/github.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var MAX_LISTED_PATHS = 10;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = properties.filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
function annotation(f, showSecrets) {
  const title = `${isLive(f) ? "LIVE " : ""}${f.ruleName} (${f.ruleId})`;
  const message = `${describeFinding(f, showSecrets)}
${f.remediation}
${f.helpUri}`;
  return workflowCommand(
    COMMAND[findingLevel(f)],
    [
      ["file", f.path],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", title]
    ],
    message
  );
}
function formatGithub(result, options) {
  const findings = result.findings.map((f, i) => ({ f, i })).sort((a, b) => comparePriority(a.f, b.f) || a.i - b.i);
  const lines = findings.map(({ f }) => annotation(f, options.showSecrets));
  if (result.incomplete) {
    const unreadable = result.scan.skipped.filter((s) => s.reason.startsWith("unreadable"));
    let message;
    if (unreadable.length) {
      const listed = unreadable.slice(0, MAX_LISTED_PATHS).map((s) => `${s.path} (${s.reason})`);
      const more = unreadable.length > MAX_LISTED_PATHS ? `, and ${unreadable.length - MAX_LISTED_PATHS} more (see --format json)` : "";
      message = `The scan is incomplete: ${unreadable.length} ${unreadable.length === 1 ? "path" : "paths"} could not be read: ${listed.join(", ")}${more}. Credentials there were not looked for: make them readable or exclude them with --exclude.`;
    } else {
      message = "The scan is incomplete: something could not be read (see --format json).";
    }
    lines.push(workflowCommand("error", [["title", "pdguard: scan incomplete"]], message));
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/report/json.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function jsonFinding(f, showSecrets) {
  const out = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: shownSecret(f.secret, showSecrets),
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region
  };
  if (f.commit) out.commit = f.commit;
  if (f.verification) out.verification = f.verification;
  out.remediation = f.remediation;
  out.helpUri = f.helpUri;
  return out;
}
function summarize(result) {
  const count = (status) => result.findings.filter((f) => f.verification?.status === status).length;
  return {
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    live: count("live"),
    dead: count("dead"),
    unknown: count("unknown")
  };
}
function formatJson(result, options) {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => jsonFinding(f, options.showSecrets)),
    summary: summarize(result)
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/rules.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function formatRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.map((r) => `${r.id.padEnd(width)}${r.confidence.padEnd(8)}${r.severity.padEnd(10)}${r.name}
${" ".repeat(width)}${r.description}`);
  return `${"RULE".padEnd(width)}${"CONF.".padEnd(8)}${"SEVERITY".padEnd(10)}NAME
${lines.join("\n")}
`;
}
function formatRulesJson(rules) {
  const list = rules.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    confidence: r.confidence,
    severity: r.severity,
    keywords: r.keywords,
    remediation: r.remediation,
    helpUri: r.helpUri,
    source: r.source
  }));
  return `${JSON.stringify(list, null, 2)}
`;
}

// src/report/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
function describeScan(result) {
  const s = result.scan;
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural2(s.commitsScanned, "commit")}, ${plural2(s.blobsScanned, "blob")}` : plural2(s.filesScanned, "file");
  return `${what}, ${formatBytes(s.bytesScanned)} scanned in ${(s.durationMs / 1e3).toFixed(2)} s`;
}
function findingLine(f, options, paint, lifetime) {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [`${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.commit) details.push(`commit ${f.commit.sha.slice(0, 10)} by ${f.commit.author} on ${f.commit.date.slice(0, 10)}`);
  if (f.commit && lifetime && !f.verification) details.push(`committed ${f.commit.date.slice(0, 10)}; ${lifetime}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === "live" ? paint("1;31", "LIVE") : v.status;
    details.push(`${status}: ${v.reason}`);
  }
  const secret = paint("1", shownSecret(f.secret, options.showSecrets));
  return `  ${where}${severity}  ${f.ruleName}  ${secret}  ${paint("2", `(${f.ruleId}; ${details.join("; ")})`)}`;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const out = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  const paths = [...byPath.keys()].sort((a, b) => {
    const live = (p) => byPath.get(p).some((f) => f.verification?.status === "live") ? 0 : 1;
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a, b) => Number(b.verification?.status === "live") - Number(a.verification?.status === "live");
  for (const path of paths) {
    out.push(paint("1;4", path));
    for (const f of [...byPath.get(path)].sort(liveFirst)) out.push(findingLine(f, options, paint, lifetimes.get(f.ruleId)));
    out.push("");
  }
  const summary = summarize(result);
  const suppressed = summary.suppressed ? ` (${summary.suppressed} suppressed)` : "";
  if (result.findings.length === 0) {
    if (!options.quiet) out.push(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`);
  } else {
    const verified = result.findings.some((f) => f.verification) ? `; ${summary.live} live, ${summary.dead} dead, ${summary.unknown} unknown` : "";
    out.push(
      `${paint("1;31", "\u2716")} ${plural2(result.findings.length, "PagerDuty credential")} found in ${plural2(byPath.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`
    );
  }
  const unreadable = result.scan.skipped.filter((s) => s.reason.startsWith("unreadable"));
  if (unreadable.length) {
    out.push(paint("33", `\u26A0 The scan is incomplete: ${plural2(unreadable.length, "path")} could not be read:`));
    for (const s of unreadable.slice(0, 20)) out.push(`    ${s.path}: ${s.reason}`);
    if (unreadable.length > 20) out.push(`    \u2026 and ${unreadable.length - 20} more (see --format json)`);
  }
  const otherSkips = result.scan.skipped.length - unreadable.length;
  if (otherSkips && !options.quiet) {
    const reasons = /* @__PURE__ */ new Map();
    for (const s of result.scan.skipped) if (!s.reason.startsWith("unreadable")) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    out.push(paint("2", `Skipped ${plural2(otherSkips, "path")}: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(", ")}.`));
  }
  if (result.findings.length && !options.quiet) {
    out.push("", paint("1", "What to do, for each credential above:"));
    const rules = /* @__PURE__ */ new Map();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) out.push(`  ${paint("1", f.ruleName)}: ${f.remediation}`, `    ${paint("2", f.helpUri)}`);
    out.push(
      `  ${ROTATE_ADVICE}`,
      `  ${allowAdvice((name) => paint("1", name))}`
    );
  }
  return `${out.join("\n")}
`;
}

// src/scan.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { stat } from "node:fs/promises";
import { basename, normalize, posix, relative, resolve, sep } from "node:path";
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
async function* asBuffers(stream) {
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}
async function scan(options = {}) {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths?.length ? options.paths : ["."];
  const rules = options.rules ?? loadPatterns();
  const engine = new Engine(rules);
  const targets = [];
  for (const arg of paths) {
    if (arg === "-") {
      targets.push({ arg, absolute: "-", isDir: false });
      continue;
    }
    const absolute = resolve(cwd, arg);
    try {
      targets.push({ arg, absolute, isDir: (await stat(absolute)).isDirectory() });
    } catch (error) {
      const code = error.code;
      throw new InputError(code === "ENOENT" || code === "ENOTDIR" ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code})`);
    }
  }
  const onlyDir = targets.length === 1 && targets[0].isDir ? targets[0] : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const config = options.config ?? findConfig(root, options.configFile);
  const exclude = [...options.exclude ?? [], ...config.exclude];
  const display = (target, absolute) => {
    if (onlyDir) return toPosix(relative(root, absolute)) || basename(absolute);
    const typed = toPosix(normalize(target.arg)).replace(/\/$/, "");
    return absolute === target.absolute ? typed : posix.join(typed, toPosix(relative(target.absolute, absolute)));
  };
  const stats = {
    mode: targets.every((t) => t.arg === "-") ? "stdin" : "files",
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0].arg : ".",
    bytesScanned: 0,
    filesScanned: 0,
    commitsScanned: 0,
    blobsScanned: 0,
    skipped: [],
    durationMs: 0
  };
  const raw = [];
  let incomplete = false;
  const skip = (path, reason, makesIncomplete) => {
    stats.skipped.push({ path, reason });
    if (makesIncomplete) incomplete = true;
  };
  const record = (path, outcome) => {
    if (outcome.kind === "skipped") return skip(path, outcome.reason, outcome.incomplete);
    stats.filesScanned++;
    stats.bytesScanned += outcome.bytes;
    for (const f of toFindings(outcome.matches, path)) raw.push(f);
  };
  const files = [];
  for (const target of targets) {
    if (target.arg === "-") {
      record(options.stdinName ?? "stdin", await scanChunks(engine, asBuffers(options.stdin ?? process.stdin)));
    } else if (target.isDir) {
      walkTree(
        target.absolute,
        { gitignore: options.gitignore ?? true, include: options.include ?? [], exclude },
        {
          file: (absolute) => files.push({ absolute, path: display(target, absolute) }),
          skip: (absolute, reason, makesIncomplete) => skip(display(target, absolute), reason, makesIncomplete)
        }
      );
    } else {
      files.push({ absolute: target.absolute, path: display(target, target.absolute) });
    }
  }
  await scanFiles(
    engine,
    files.map((f) => f.absolute),
    (i, outcome) => record(files[i].path, outcome)
  );
  const { findings, suppressed } = applySuppressions(raw, { config, baseline: options.baseline ?? null });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  stats.skipped.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  stats.durationMs = Math.round(performance.now() - started);
  return { scan: stats, findings, suppressed, incomplete, rules };
}

// src/suppress/baseline.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { readFileSync, writeFileSync } from "node:fs";
function formatBaseline(findings) {
  const entries = findings.map((f) => {
    const entry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path, line: f.line };
    if (f.commit) entry.commit = f.commit.sha;
    return entry;
  }).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.fingerprint < b.fingerprint ? -1 : 1));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1].fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique }, null, 2)}
`;
}
function writeBaseline(file, findings) {
  try {
    writeFileSync(file, formatBaseline(findings));
  } catch (error) {
    throw new ConfigError(`${file}: cannot write baseline (${error.code ?? errorMessage(error)})`);
  }
}
function readBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? `not valid JSON: ${errorMessage(error)}`}); create one with --write-baseline`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}

export {
  redactSecret,
  formatSarif,
  formatGithub,
  summarize,
  formatJson,
  formatRulesText,
  formatRulesJson,
  formatBytes,
  formatText,
  scan,
  formatBaseline,
  writeBaseline,
  readBaseline
};
