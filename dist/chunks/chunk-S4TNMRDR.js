import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-J3EYALRO.js";
import {
  walkTree
} from "./chunk-OSIIXVLA.js";
import {
  applySuppressions,
  findConfig,
  loadPatterns
} from "./chunk-LZQJT4WE.js";
import {
  Engine,
  scanChunks
} from "./chunk-AMABECY5.js";
import {
  compareFindings,
  toFindings
} from "./chunk-HBJRUVYM.js";
import {
  TOOL_NAME
} from "./chunk-3ORHWT3A.js";
import {
  ConfigError,
  InputError,
  errorMessage
} from "./chunk-ZDGMYVKX.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-EZ3PHJTE.js";

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

// src/report/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/report/advice.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var ROTATE_ADVICE = "Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.";
function allowAdvice(mark = (name) => name) {
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line, or allow its ${mark("secretHash")} in ${mark(".pdguard.yaml")}.`;
}

// src/report/text.ts
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
function plural(n, one, many = `${one}s`) {
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
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")}` : plural(s.filesScanned, "file");
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
      `${paint("1;31", "\u2716")} ${plural(result.findings.length, "PagerDuty credential")} found in ${plural(byPath.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`
    );
  }
  const unreadable = result.scan.skipped.filter((s) => s.reason.startsWith("unreadable"));
  if (unreadable.length) {
    out.push(paint("33", `\u26A0 The scan is incomplete: ${plural(unreadable.length, "path")} could not be read:`));
    for (const s of unreadable.slice(0, 20)) out.push(`    ${s.path}: ${s.reason}`);
    if (unreadable.length > 20) out.push(`    \u2026 and ${unreadable.length - 20} more (see --format json)`);
  }
  const otherSkips = result.scan.skipped.length - unreadable.length;
  if (otherSkips && !options.quiet) {
    const reasons = /* @__PURE__ */ new Map();
    for (const s of result.scan.skipped) if (!s.reason.startsWith("unreadable")) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    out.push(paint("2", `Skipped ${plural(otherSkips, "path")}: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(", ")}.`));
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
  ROTATE_ADVICE,
  allowAdvice,
  redactSecret,
  shownSecret,
  summarize,
  formatJson,
  formatBytes,
  formatText,
  formatRulesText,
  formatRulesJson,
  scan,
  formatBaseline,
  writeBaseline,
  readBaseline
};
