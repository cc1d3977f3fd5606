/**
 * The CLI side of `pdguard audit` and `pdguard report merge`: options from flags and the
 * environment, the progress line across repositories, the report written, and the exit code
 * (0 none, 1 credentials — or live ones with --fail-on live — 2 incomplete or unusable input).
 */
import { homedir } from 'node:os';
import { scrubSecrets } from '../util/scrub.js';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { observeGit, withholdFromGit } from '../git/process.js';
import { DEFAULT_GITHUB_API, type RemoteOptions } from '../remote/sources.js';
import { redactUserInfo } from '../remote/url.js';
import { debugLines, describeGitRun } from './debug.js';
import type { AuditReport } from '../audit/model.js';
import { audit, planAudit, type AuditProgress } from '../commands/audit.js';
import { formatAuditJson, readAuditReport } from '../audit/json.js';
import { mergeAuditReports } from '../audit/merge.js';
import { describeAuditProgress, describeCloneProgress } from '../audit/progress.js';
import { formatAuditSarif } from '../audit/sarif.js';
import { formatAuditText } from '../audit/text.js';
import { findingOf } from '../audit/sarif.js';
import { version } from '../package-info.js';
import { formatGithub } from '../report/github.js';
import { formatGitlab } from '../report/gitlab.js';
import { formatHtml } from '../report/html.js';
import { escapeControls } from '../report/layout.js';
import { plural } from '../report/present.js';
import { type FailOn, uncheckedMessage, verdict } from '../report/verdict.js';
import { type Io, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, commonOptions, emit, useColor } from './main.js';
import type { AuditFlags, Format, RemoteFlags, ReportMergeFlags } from './options.js';
import { progressWanted } from './progress.js';

function render(report: AuditReport, format: Format, flags: { output: string; quiet: boolean }, io: Io): string {
  switch (format) {
    case 'json':
      return formatAuditJson(report);
    case 'html':
      return formatHtml(report);
    case 'sarif':
      return formatAuditSarif(report, report.tool.version);
    case 'github':
    case 'gitlab': {
      // Over several repositories, each annotation's file names its repository.
      const several = report.repositories.length > 1;
      const findings = report.findings.map((f) => findingOf(several ? { ...f, path: `${f.repository}/${f.path}` } : f));
      const result = { scan: report.scan as never, findings, suppressed: [], incomplete: report.incomplete, rules: [] };
      if (format === 'gitlab') return formatGitlab(result, { showSecrets: true, toolVersion: report.tool.version, endedAt: Date.parse(report.asOf) });
      return formatGithub(result, { showSecrets: true });
    }
    default:
      return formatAuditText(report, { color: flags.output === '-' && useColor(io.env, io.stdout.isTTY), quiet: flags.quiet });
  }
}

/** The exit code, by the rule every command keeps (report/verdict.ts), with the one line that explains a 2. */
function exitCode(report: AuditReport, failOn: FailOn, io: Io): number {
  const decided = verdict(report.credentials, failOn, report.incomplete);
  if (decided.kind === 'incomplete') {
    const [first] = report.unaudited;
    const what = first
      ? `${plural(report.unaudited.length, 'repository', 'repositories')} could not be audited (listed in the report; ${escapeControls(`${first.path}: ${first.reason}`)})`
      : 'some content could not be read (listed in the report)';
    io.stderr.write(`pdguard: the audit is incomplete: ${what}; fix that and run again\n`);
    return EXIT_ERROR;
  }
  if (report.scan.shallow) io.stderr.write('pdguard: a shallow clone was audited: history before its boundary was not scanned; run `git fetch --unshallow` there\n');
  if (decided.kind === 'unchecked') {
    io.stderr.write(`pdguard: ${uncheckedMessage(decided.unchecked, decided.unverified)}\n`);
    return EXIT_ERROR;
  }
  return decided.kind === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}

/** At most ten redraws a second, on stderr, only on a terminal (never under CI). */
class AuditProgressLine {
  private last = 0;
  private shown = false;
  private readonly started = performance.now();

  constructor(private readonly stream: Io['stderr']) {}

  update = (p: AuditProgress): void => {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const shown = { ...p, name: escapeControls(p.name), running: p.running.map((name) => escapeControls(name)) };
    this.stream.write(`\r\u001b[K${describeAuditProgress(shown, (now - this.started) / 1000, p.bytesSoFar)}`);
    this.shown = true;
  };

  cloned = (p: { done: number; total: number; name: string }): void => {
    const now = performance.now();
    if (now - this.last < 100 && p.done < p.total) return;
    this.last = now;
    this.stream.write(`\r\u001b[K${describeCloneProgress({ ...p, name: escapeControls(p.name) }, (now - this.started) / 1000)}`);
    this.shown = true;
  };

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/** Where clones go by default: the user's cache directory, as each platform names it. */
function defaultCloneDir(env: Io['env']): string {
  const home = env.HOME || homedir();
  const cache =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || join(home, '.cache');
  return join(cache, 'pdguard', 'clones');
}

/** The rate-limit waits a GitHub listing accepts in all, before it stops and says so. */
const GITHUB_MAX_WAIT_MS = 5 * 60_000;

/**
 * The remote options from the flags and the environment. The token is read here, from the
 * environment only (GITHUB_TOKEN, or the variable --github-token-env names): a flag's value would
 * show in every process list.
 */
function remoteOptions(flags: RemoteFlags, io: Io, progress: AuditProgressLine | null): RemoteOptions {
  const tokenName = flags.githubTokenEnv ?? 'GITHUB_TOKEN';
  const token = io.env[tokenName];
  withholdFromGit([tokenName]);
  if (flags.githubTokenEnv !== undefined && !token) throw new UsageError(`--github-token-env ${tokenName}: that environment variable is not set`);
  if (!token && (flags.githubOrgs.length || flags.githubUsers.length)) {
    io.stderr.write(`pdguard: ${tokenName} is not set: only public repositories are listed and cloned, under GitHub's low rate limit for anonymous requests\n`);
  }
  return {
    cloneDir: resolve(io.cwd, flags.cloneDir ?? defaultCloneDir(io.env)),
    keep: flags.keep,
    ...(flags.maxCloneSize !== undefined ? { maxCloneBytes: flags.maxCloneSize } : {}),
    ...(token ? { token } : {}),
    apiUrl: flags.githubApiUrl ?? DEFAULT_GITHUB_API,
    owners: [...flags.githubOrgs.map((name) => ({ kind: 'org' as const, name })), ...flags.githubUsers.map((name) => ({ kind: 'user' as const, name }))],
    includeForks: flags.includeForks,
    includeArchived: !flags.excludeArchived,
    maxWaitMs: GITHUB_MAX_WAIT_MS,
    onNotice: (message) => {
      progress?.clear();
      io.stderr.write(`pdguard: ${escapeControls(redactUserInfo(message))}\n`);
    },
    ...(progress ? { onClone: progress.cloned } : {}),
  };
}

/**
 * `audit --list`: the repositories, one a line (name and URL), or as JSON a matrix for GitHub
 * Actions (`strategy.matrix: ${{ fromJSON(...) }}`, one job per `include` entry). Exit 2 when some
 * could not be listed, as an audit that could not read them would.
 */
async function runAuditList(command: AuditFlags, io: Io): Promise<number> {
  const { repositories, unaudited } = await planAudit({ paths: command.paths, remote: remoteOptions(command.remote, io, null) });
  const text =
    command.format === 'json'
      ? `${JSON.stringify({ include: repositories.map((r) => ({ repository: r.name, url: r.url })) })}\n`
      : repositories.map((r) => `${escapeControls(r.name)}\t${escapeControls(r.url)}\n`).join('');
  emit(io, command, text);
  for (const u of unaudited) io.stderr.write(`pdguard: not listed: ${escapeControls(`${u.path}: ${u.reason}`)}\n`);
  return unaudited.length ? EXIT_ERROR : EXIT_OK;
}

export async function runAudit(command: AuditFlags, io: Io): Promise<number> {
  // --debug names every git process and its arguments (which never hold a token: remote/clone.ts).
  const debug = command.debug ? debugLines(io.stderr) : null;
  const stopObserving = debug ? observeGit((run) => debug(describeGitRun(run))) : undefined;
  try {
    if (command.list) return await runAuditList(command, io);
    return await runAuditReport(command, io);
  } finally {
    stopObserving?.();
  }
}

async function runAuditReport(command: AuditFlags, io: Io): Promise<number> {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new AuditProgressLine(io.stderr) : null;
  const { onProgress: _, ...options } = commonOptions(command, io, undefined);
  let report: AuditReport;
  try {
    report = await audit({
      ...options,
      remote: remoteOptions(command.remote, io, progress),
      paths: command.paths,
      cwd: io.cwd,
      showSecrets: command.showSecrets,
      toolVersion: version(),
      ...(command.asOf !== undefined ? { now: command.asOf } : {}),
      ...(command.noCache ? { cache: null } : command.cache !== undefined ? { cache: resolve(io.cwd, command.cache) } : {}),
      ...(command.maxFileSize !== undefined ? { maxFileSize: command.maxFileSize } : {}),
      ...(command.jobs !== undefined ? { concurrency: command.jobs } : {}),
      onWarning: (message: string) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}\n`),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.clear();
  }
  emit(io, command, render(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}

export async function runReportMerge(command: ReportMergeFlags, io: Io): Promise<number> {
  const reports = command.files.map((file) => readAuditReport(resolve(io.cwd, file)));
  const report = mergeAuditReports(reports, { toolVersion: version(), asOf: command.asOf ?? Date.now() });
  emit(io, command, render(report, command.format, command, io));
  return exitCode(report, command.failOn, io);
}
