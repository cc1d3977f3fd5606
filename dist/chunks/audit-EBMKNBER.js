import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  commonOptions,
  debugLines,
  describeGitRun,
  emit,
  progressWanted,
  scrubSecrets,
  uncheckedMessage,
  useColor,
  verdict
} from "./chunk-BXMIKPBX.js";
import {
  DEFAULT_GITHUB_API,
  audit,
  formatAuditJson,
  mergeAuditReports,
  planAudit,
  readAuditReport,
  redactUserInfo
} from "./chunk-WWM3E7H5.js";
import {
  escapeControls,
  formatAuditText,
  formatBytes,
  formatGithub,
  formatGitlab,
  formatHtml,
  formatSarif,
  plural
} from "./chunk-NYISAM5I.js";
import "./chunk-67PITY46.js";
import "./chunk-B5I6QBMQ.js";
import "./chunk-VEESNIL5.js";
import "./chunk-WTJ2AFVF.js";
import "./chunk-PJ3VYHIQ.js";
import "./chunk-NSSYMS3V.js";
import "./chunk-MBPIPIM5.js";
import {
  version
} from "./chunk-LWDNZSIP.js";
import "./chunk-T5BUAX2I.js";
import "./chunk-IPD4WSVA.js";
import {
  observeGit,
  withholdFromGit
} from "./chunk-KR27X6RF.js";
import "./chunk-3DVWT4TM.js";
import "./chunk-DJMTJGV3.js";
import "./chunk-3MH3OYKU.js";
import {
  UsageError
} from "./chunk-BI647GDZ.js";
import "./chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/cli/audit.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { homedir } from "node:os";
import { join, resolve } from "node:path";

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
    p.phase === "exposure" ? "exposure" : `${plural(p.blobs, "blob")}, ${formatBytes(p.bytes)}`,
    `${formatBytes(bytesSoFar / seconds)}/s`
  ];
  const done = fractionDone(p);
  if (done !== null && done > 0.01 && elapsedSeconds >= 2) parts.push(`ETA ${formatEta(elapsedSeconds * (1 - done) / done)}`);
  return `pdguard: ${parts.join(", ")}`;
}
function describeCloneProgress(p, elapsedSeconds) {
  const parts = [`cloned ${p.done} of ${p.total} (${p.name})`];
  if (p.done > 0 && p.done < p.total && elapsedSeconds >= 2) parts.push(`ETA ${formatEta(elapsedSeconds * (p.total - p.done) / p.done)}`);
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
    case "github":
    case "gitlab": {
      const several = report.repositories.length > 1;
      const findings = report.findings.map((f) => findingOf(several ? { ...f, path: `${f.repository}/${f.path}` } : f));
      const result = { scan: report.scan, findings, suppressed: [], incomplete: report.incomplete, rules: [] };
      if (format === "gitlab") return formatGitlab(result, { showSecrets: true, toolVersion: report.tool.version, endedAt: Date.parse(report.asOf) });
      return formatGithub(result, { showSecrets: true });
    }
    default:
      return formatAuditText(report, { color: flags.output === "-" && useColor(io.env, io.stdout.isTTY), quiet: flags.quiet });
  }
}
function exitCode(report, failOn, io) {
  const decided = verdict(report.credentials, failOn, report.incomplete);
  if (decided.kind === "incomplete") {
    const [first] = report.unaudited;
    const what = first ? `${plural(report.unaudited.length, "repository", "repositories")} could not be audited (listed in the report; ${escapeControls(`${first.path}: ${first.reason}`)})` : "some content could not be read (listed in the report)";
    io.stderr.write(`pdguard: the audit is incomplete: ${what}; fix that and run again
`);
    return EXIT_ERROR;
  }
  if (report.scan.shallow) io.stderr.write("pdguard: a shallow clone was audited: history before its boundary was not scanned; run `git fetch --unshallow` there\n");
  if (decided.kind === "unchecked") {
    io.stderr.write(`pdguard: ${uncheckedMessage(decided.unchecked, decided.unverified)}
`);
    return EXIT_ERROR;
  }
  return decided.kind === "fail" ? EXIT_FINDINGS : EXIT_OK;
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
  cloned = (p) => {
    const now = performance.now();
    if (now - this.last < 100 && p.done < p.total) return;
    this.last = now;
    this.stream.write(`\r\x1B[K${describeCloneProgress({ ...p, name: escapeControls(p.name) }, (now - this.started) / 1e3)}`);
    this.shown = true;
  };
  clear() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};
function defaultCloneDir(env) {
  const home = env.HOME || homedir();
  const cache = process.platform === "win32" ? env.LOCALAPPDATA ?? join(home, "AppData", "Local") : process.platform === "darwin" ? join(home, "Library", "Caches") : env.XDG_CACHE_HOME || join(home, ".cache");
  return join(cache, "pdguard", "clones");
}
var GITHUB_MAX_WAIT_MS = 5 * 6e4;
function remoteOptions(flags, io, progress) {
  const tokenName = flags.githubTokenEnv ?? "GITHUB_TOKEN";
  const token = io.env[tokenName];
  withholdFromGit([tokenName]);
  if (flags.githubTokenEnv !== void 0 && !token) throw new UsageError(`--github-token-env ${tokenName}: that environment variable is not set`);
  if (!token && (flags.githubOrgs.length || flags.githubUsers.length)) {
    io.stderr.write(`pdguard: ${tokenName} is not set: only public repositories are listed and cloned, under GitHub's low rate limit for anonymous requests
`);
  }
  return {
    cloneDir: resolve(io.cwd, flags.cloneDir ?? defaultCloneDir(io.env)),
    keep: flags.keep,
    ...flags.maxCloneSize !== void 0 ? { maxCloneBytes: flags.maxCloneSize } : {},
    ...token ? { token } : {},
    apiUrl: flags.githubApiUrl ?? DEFAULT_GITHUB_API,
    owners: [...flags.githubOrgs.map((name) => ({ kind: "org", name })), ...flags.githubUsers.map((name) => ({ kind: "user", name }))],
    includeForks: flags.includeForks,
    includeArchived: !flags.excludeArchived,
    maxWaitMs: GITHUB_MAX_WAIT_MS,
    onNotice: (message) => {
      progress?.clear();
      io.stderr.write(`pdguard: ${escapeControls(redactUserInfo(message))}
`);
    },
    ...progress ? { onClone: progress.cloned } : {}
  };
}
async function runAuditList(command, io) {
  const { repositories, unaudited } = await planAudit({ paths: command.paths, remote: remoteOptions(command.remote, io, null) });
  const text = command.format === "json" ? `${JSON.stringify({ include: repositories.map((r) => ({ repository: r.name, url: r.url })) })}
` : repositories.map((r) => `${escapeControls(r.name)}	${escapeControls(r.url)}
`).join("");
  emit(io, command, text);
  for (const u of unaudited) io.stderr.write(`pdguard: not listed: ${escapeControls(`${u.path}: ${u.reason}`)}
`);
  return unaudited.length ? EXIT_ERROR : EXIT_OK;
}
async function runAudit(command, io) {
  const debug = command.debug ? debugLines(io.stderr) : null;
  const stopObserving = debug ? observeGit((run) => debug(describeGitRun(run))) : void 0;
  try {
    if (command.list) return await runAuditList(command, io);
    return await runAuditReport(command, io);
  } finally {
    stopObserving?.();
  }
}
async function runAuditReport(command, io) {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new AuditProgressLine(io.stderr) : null;
  const { onProgress: _, ...options } = commonOptions(command, io, void 0);
  let report;
  try {
    report = await audit({
      ...options,
      remote: remoteOptions(command.remote, io, progress),
      paths: command.paths,
      cwd: io.cwd,
      showSecrets: command.showSecrets,
      toolVersion: version(),
      ...command.asOf !== void 0 ? { now: command.asOf } : {},
      ...command.noCache ? { cache: null } : command.cache !== void 0 ? { cache: resolve(io.cwd, command.cache) } : {},
      ...command.maxFileSize !== void 0 ? { maxFileSize: command.maxFileSize } : {},
      onWarning: (message) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}
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
