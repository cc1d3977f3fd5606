import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  commonOptions,
  emit,
  progressWanted,
  useColor
} from "./chunk-OLQKH357.js";
import {
  audit,
  formatAuditJson,
  mergeAuditReports,
  readAuditReport
} from "./chunk-HRF2HPQX.js";
import {
  formatAuditText,
  formatBytes,
  formatGithub,
  formatHtml,
  formatSarif
} from "./chunk-D2GFJXTA.js";
import "./chunk-ZHHEOBYL.js";
import "./chunk-5WI6BWJI.js";
import "./chunk-PHKUFKEY.js";
import "./chunk-EI4Q3NYD.js";
import "./chunk-APVTY4OY.js";
import "./chunk-EC4WRE7H.js";
import "./chunk-QKZMZNRC.js";
import {
  version
} from "./chunk-E7PWWUY2.js";
import "./chunk-H4DPYPV2.js";
import "./chunk-WRNQB6ZF.js";
import "./chunk-7CLRDRJK.js";
import "./chunk-PXZW5RQU.js";
import "./chunk-67F7UJSQ.js";
import "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/cli/audit.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { resolve } from "node:path";

// src/audit/progress.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function formatEta(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}
function fractionDone(p) {
  if (p.objectsTotal <= 0) return null;
  const here = Math.min(p.commits + p.blobs, p.objectsHere);
  return Math.min(1, (p.objectsBefore + (p.phase === "exposure" ? p.objectsHere : here)) / p.objectsTotal);
}
function describeAuditProgress(p, elapsedSeconds, bytesSoFar) {
  const seconds = Math.max(elapsedSeconds, 1e-3);
  const parts = [
    `repository ${p.repository} of ${p.repositories} (${p.name})`,
    p.phase === "exposure" ? "exposure" : `${p.blobs.toLocaleString("en-US")} blobs, ${formatBytes(p.bytes)}`,
    `${formatBytes(bytesSoFar / seconds)}/s`
  ];
  const done = fractionDone(p);
  if (done !== null && done > 0.01 && elapsedSeconds >= 2) parts.push(`ETA ${formatEta(elapsedSeconds * (1 - done) / done)}`);
  return `pdguard: ${parts.join(", ")}`;
}

// src/audit/sarif.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function findingOf(f) {
  return { ...f, redacted: f.secret, ...f.commit ? { commit: f.commit } : {} };
}
function runFor(report, findings, scan, toolVersion) {
  const incomplete = (scan.skipped ?? []).some((s) => s.kind === "unreadable") || report.repositories.length <= 1 && report.incomplete;
  const result = { scan, findings: findings.map(findingOf), suppressed: [], incomplete, rules: [] };
  return JSON.parse(formatSarif(result, { showSecrets: true, toolVersion })).runs[0];
}
function formatAuditSarif(report, toolVersion) {
  const runs = report.repositories.length ? report.repositories.map((repo) => ({
    ...runFor(report, report.findings.filter((f) => f.repository === repo.name), repo.scan, toolVersion),
    automationDetails: { id: `pdguard/${repo.name}/` }
  })) : [runFor(report, report.findings, report.scan, toolVersion)];
  const log = JSON.parse(formatSarif({ scan: report.scan, findings: [], suppressed: [], incomplete: false, rules: [] }, { showSecrets: false, toolVersion }));
  return `${JSON.stringify({ ...log, runs }, null, 2)}
`;
}

// src/cli/audit.ts
function render(report, format, flags, io) {
  switch (format) {
    case "json":
      return formatAuditJson(report);
    case "html":
      return formatHtml(report);
    case "sarif":
      return formatAuditSarif(report, report.tool.version);
    case "github": {
      const several = report.repositories.length > 1;
      const findings = report.findings.map((f) => findingOf(several ? { ...f, path: `${f.repository}/${f.path}` } : f));
      return formatGithub({ scan: report.scan, findings, suppressed: [], incomplete: report.incomplete, rules: [] }, { showSecrets: true });
    }
    default:
      return formatAuditText(report, { color: flags.output === "-" && useColor(io.env, io.stdout.isTTY), quiet: flags.quiet });
  }
}
function exitCode(report, failOn, io) {
  if (report.incomplete) {
    io.stderr.write("pdguard: the audit is incomplete: some content could not be read (listed in the report); fix that and run again\n");
    return EXIT_ERROR;
  }
  if (report.scan.shallow) io.stderr.write("pdguard: a shallow clone was audited: history before its boundary was not scanned; run `git fetch --unshallow` there\n");
  const failing = failOn === "live" ? report.credentials.filter((c) => c.verification?.status === "live") : failOn === "never" ? [] : report.credentials;
  return failing.length ? EXIT_FINDINGS : EXIT_OK;
}
var AuditProgressLine = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  last = 0;
  shown = false;
  started = performance.now();
  bytesBefore = 0;
  current = { repository: 0, bytes: 0 };
  update = (p) => {
    if (p.repository !== this.current.repository) {
      this.bytesBefore += this.current.bytes;
      this.current = { repository: p.repository, bytes: 0 };
    }
    this.current.bytes = p.bytes;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r\x1B[K${describeAuditProgress(p, (now - this.started) / 1e3, this.bytesBefore + p.bytes)}`);
    this.shown = true;
  };
  clear() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};
async function runAudit(command, io) {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new AuditProgressLine(io.stderr) : null;
  const { onProgress: _, ...options } = commonOptions(command, io, void 0);
  let report;
  try {
    report = await audit({
      ...options,
      paths: command.paths,
      cwd: io.cwd,
      showSecrets: command.showSecrets,
      toolVersion: version(),
      ...command.asOf !== void 0 ? { now: command.asOf } : {},
      ...command.noCache ? { cache: null } : command.cache !== void 0 ? { cache: resolve(io.cwd, command.cache) } : {},
      ...command.maxFileSize !== void 0 ? { maxFileSize: command.maxFileSize } : {},
      onWarning: (message) => io.stderr.write(`pdguard: warning: ${message}
`),
      ...progress ? { onProgress: progress.update } : {}
    });
  } finally {
    progress?.clear();
  }
  emit(io, command, render(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}
async function runReportMerge(command, io) {
  const { resolve: resolve2 } = await import("node:path");
  const reports = command.files.map((file) => readAuditReport(resolve2(io.cwd, file)));
  const report = mergeAuditReports(reports, { toolVersion: version(), asOf: command.asOf ?? Date.now() });
  emit(io, command, render(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}
export {
  runAudit,
  runReportMerge
};
