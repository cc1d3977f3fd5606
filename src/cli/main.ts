/**
 * The only module that knows about argv, the environment, standard streams and exit codes.
 * `run` returns the exit code instead of exiting, so tests can call it in-process.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PushUpdate } from '../commands/prepush.js';
import { type CommonOptions, scan } from '../commands/scan.js';
import { PdguardError, errorMessage } from '../errors.js';
import { SHALLOW_FIX } from '../git/advice.js';
import { version } from '../package-info.js';
import { loadPatterns } from '../patterns/load.js';
import { formatReport } from '../report/formats.js';
import { plural, unreadablePaths } from '../report/present.js';
import { formatRulesJson, formatRulesText } from '../report/rules.js';
import { readBaseline, writeBaseline } from '../suppress/baseline.js';
import type { ScanResult } from '../types.js';
import { apiBases } from '../verify/options.js';
import type { Command, ReportFlags, ScanningFlags } from './options.js';
import { parseCommandLine } from './parse.js';
import { HistoryProgressLine, progressWanted } from './progress.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** NO_COLOR (https://no-color.org) and FORCE_COLOR win; otherwise colour only on a terminal. */
export function useColor(env: Io['env'], isTTY: boolean | undefined): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export function emit(io: Io, flags: Pick<ReportFlags, 'output'>, text: string): void {
  if (flags.output === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(flags.output, text);
  } catch (error) {
    throw new PdguardError(`${flags.output}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
}

function report(result: ScanResult, flags: ReportFlags, io: Io): string {
  return formatReport(flags.format, result, {
    showSecrets: flags.showSecrets,
    toolVersion: version(),
    color: flags.output === '-' && useColor(io.env, io.stdout.isTTY),
    quiet: flags.quiet,
    asOf: Date.now(),
  });
}

/** The options every scanning command shares, from its flags and the environment. */
export function commonOptions(command: ScanningFlags, io: Io, onProgress: CommonOptions['onProgress']): CommonOptions {
  const options: CommonOptions = {
    rules: loadPatterns(command.patterns),
    baseline: command.baseline ? readBaseline(command.baseline) : null,
    include: command.include,
    exclude: command.exclude,
    ...(command.config ? { configFile: command.config } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
  if (command.verify) {
    options.verify = {
      ...apiBases(command.verify, io.env),
      ...(command.verify.cacheFile ? { cacheFile: command.verify.cacheFile } : {}),
      ...(command.debug ? { debug: (line: string) => io.stderr.write(`pdguard: debug: ${line}\n`) } : {}),
    };
  }
  return options;
}

async function runScanning(command: ScanningFlags, io: Io, produce: (options: CommonOptions) => Promise<ScanResult>): Promise<number> {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new HistoryProgressLine(io.stderr) : null;
  const options = commonOptions(command, io, progress?.update);
  let result: ScanResult;
  try {
    result = await produce(options);
  } finally {
    progress?.clear();
  }
  if (command.writeBaseline) writeBaseline(command.writeBaseline, result.findings);
  emit(io, command, report(result, command, io));
  if (result.scan.shallow) {
    io.stderr.write(`pdguard: this is a shallow clone: history before its boundary was not scanned; ${SHALLOW_FIX}\n`);
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result).length;
    io.stderr.write(`pdguard: the scan is incomplete: ${plural(unreadable, 'path')} could not be read (listed in the report); fix that and run again\n`);
    return EXIT_ERROR;
  }
  // A baseline just written accepts today's findings: only later runs fail on new ones.
  if (command.writeBaseline) return EXIT_OK;
  const failing = command.failOn === 'live' ? result.findings.filter((f) => f.verification?.status === 'live') : result.findings;
  if (failing.length === 0) return EXIT_OK;
  const blocked = BLOCKED[result.scan.mode];
  if (blocked) io.stderr.write(`${blocked}\n`);
  return EXIT_FINDINGS;
}

/** What a hook says when it stops a commit or a push. */
const BLOCKED: Partial<Record<ScanResult['scan']['mode'], string>> = {
  staged:
    'pdguard: commit blocked: remove the credential from the staged files and rotate it if it was ever shared (not a secret? add pdguard:allow to its line; to skip the check once: git commit --no-verify)',
  'pre-push':
    'pdguard: push blocked: the commits above add a credential; rotate it, rewrite those commits (git rebase -i, git commit --amend) and push again (to skip the check once: git push --no-verify)',
};

async function runCommand(command: Command, io: Io): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout.write(command.text);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    case 'rules': {
      const rules = loadPatterns(command.patterns);
      io.stdout.write(command.format === 'json' ? formatRulesJson(rules) : formatRulesText(rules));
      return EXIT_OK;
    }
    case 'scan':
      return runScanning(command, io, ({ onProgress: _, ...options }) =>
        scan({ ...options, paths: command.paths, cwd: io.cwd, stdin: io.stdin, stdinName: command.stdinName, gitignore: command.gitignore }),
      );
    // Git commands load their modules on demand: `pdguard scan` never pays for them.
    case 'history': {
      const { scanHistory } = await import('../commands/history.js');
      return runScanning(command, io, (options) =>
        scanHistory({
          ...options,
          repo: resolve(io.cwd, command.repo ?? '.'),
          ...(command.range !== undefined ? { range: command.range } : {}),
          ...(command.since !== undefined ? { since: command.since } : {}),
        }),
      );
    }
    case 'staged': {
      const { scanStaged } = await import('../commands/staged.js');
      return runScanning(command, io, (options) => scanStaged({ ...options, repo: resolve(io.cwd, command.repo ?? '.') }));
    }
    case 'pre-push': {
      const { parsePrePushLines, scanPrePush } = await import('../commands/prepush.js');
      return runScanning(command, io, async (options) => {
        // The pre-commit framework runs pre-push hooks with the range in its environment instead.
        const env = io.env;
        const remoteRef = env.PRE_COMMIT_REMOTE_BRANCH ?? '';
        let updates: PushUpdate[];
        if (env.PRE_COMMIT_TO_REF && env.PRE_COMMIT_FROM_REF) {
          updates = [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? 'HEAD', localSha: env.PRE_COMMIT_TO_REF, remoteRef, remoteSha: env.PRE_COMMIT_FROM_REF }];
        } else if (env.PRE_COMMIT_REMOTE_NAME && env.PRE_COMMIT_LOCAL_BRANCH) {
          // A first push that includes the root commit: the framework gives no range (and has read
          // standard input itself); scan what no remote-tracking ref of that remote has.
          updates = [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH, localSha: env.PRE_COMMIT_LOCAL_BRANCH, remoteRef, remoteSha: '0'.repeat(40) }];
        } else if (io.stdin.isTTY) {
          // git always pipes the pushed refs in; a terminal means nobody will (pre-commit run by hand).
          updates = [];
        } else {
          updates = parsePrePushLines(await readAll(io.stdin));
        }
        const remote = command.remote ?? env.PRE_COMMIT_REMOTE_NAME;
        return scanPrePush({ ...options, repo: resolve(io.cwd, command.repo ?? '.'), updates, ...(remote ? { remote } : {}) });
      });
    }
    case 'audit':
      return (await import('./audit.js')).runAudit(command, io);
    case 'report-merge':
      return (await import('./audit.js')).runReportMerge(command, io);
    case 'install':
    case 'uninstall': {
      const { installHook, uninstallHook } = await import('../hook/install.js');
      const repo = resolve(io.cwd, command.repo ?? '.');
      const outcome = command.kind === 'install' ? await installHook(repo, command.hook, { force: command.force }) : await uninstallHook(repo, command.hook);
      io.stdout.write(`${outcome}\n`);
      return EXIT_OK;
    }
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await runCommand(parseCommandLine(argv), io);
  } catch (error) {
    if (error instanceof PdguardError) {
      io.stderr.write(`pdguard: ${error.message}\n`);
    } else {
      const where = error instanceof Error && error.stack ? error.stack.split('\n')[1]?.trim() : '';
      io.stderr.write(`pdguard: internal error: ${errorMessage(error)}${where ? ` (${where})` : ''}; please report it\n`);
    }
    return EXIT_ERROR;
  }
}

