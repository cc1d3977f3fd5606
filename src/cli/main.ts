/**
 * The only module that knows about argv, the environment, standard streams and exit codes.
 * `run` returns the exit code instead of exiting, so tests can call it in-process.
 */
import { statSync } from 'node:fs';
import { scrubSecrets } from '../util/scrub.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { PushUpdate } from '../commands/prepush.js';
import type { CommonOptions } from '../commands/scan.js';
import { PdguardError, errorMessage } from '../errors.js';
import { type Repo, openRepo } from '../git/repo.js';
import { rememberFindings } from '../commands/last-run.js';
import { scanStagedIn } from '../commands/staged.js';
import { formatText } from '../report/text.js';
import { SHALLOW_FIX } from '../git/advice.js';
import { version } from '../package-info.js';
import { loadPatterns } from '../patterns/load.js';
import { observeGit } from '../git/process.js';
import { DEFAULT_WIDTH, escapeControls } from '../report/layout.js';
import { plural, unreadablePaths } from '../report/present.js';
import { uncheckedMessage, verdict } from '../report/verdict.js';
import { readBaseline, writeBaseline } from '../suppress/baseline.js';
import type { ScanResult } from '../types.js';
import { writeFileSafely } from '../util/safe-write.js';
import { apiBases } from '../verify/options.js';
import { debugLines, describeGitRun, describeRules, describeScan } from './debug.js';
import type { Command, ReportFlags, ScanFlags, ScanningFlags } from './options.js';
import { parseCommandLine } from './parse.js';
import { HistoryProgressLine, progressWanted } from './progress.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Calls `tidy` when the user interrupts (Ctrl-C) before the process ends with EXIT_INTERRUPTED;
   * returns the way to stop listening. The executable gives one; in-process callers need not.
   */
  onInterrupt?: (tidy: () => void) => () => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
/** The shell's convention for a run ended by SIGINT (128 + 2): nothing was decided. */
export const EXIT_INTERRUPTED = 130;

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
    writeFileSafely(flags.output, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new PdguardError(`${flags.output}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
}

/** The width text output fits: the terminal's, or 80 for a pipe or a file (stable output for scripts). */
export function outputWidth(io: Io, flags: Pick<ReportFlags, 'output'>): number {
  return flags.output === '-' && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH;
}

/** The report's text: the text report (the hooks') is at hand, the other formats load with the other commands (commands.ts). */
async function report(result: ScanResult, flags: ReportFlags, io: Io, pathPrefix: string): Promise<string> {
  const options = {
    showSecrets: flags.showSecrets,
    toolVersion: version(),
    color: flags.color && flags.output === '-' && useColor(io.env, io.stdout.isTTY),
    quiet: flags.quiet,
    width: outputWidth(io, flags),
    pathPrefix,
    asOf: Date.now(),
  };
  if (flags.format === 'text') return formatText(result, options);
  return (await import('./commands.js')).formatReport(flags.format, result, options);
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/**
 * Where the report's paths start, seen from where the command ran (`''` when there), so that the
 * text report's paths open from the terminal: the scanned directory when `scan` scanned one
 * (otherwise its paths are already as typed), the top of the work tree for git commands. Written
 * the way the user wrote the path: relative, or absolute when typed absolute.
 */
async function pathPrefixOf(result: ScanResult, io: Io, repoArg: string | undefined, opened?: Repo): Promise<string> {
  let base: string;
  if (result.scan.mode === 'files') {
    const root = result.scan.root;
    try {
      if (!statSync(resolve(io.cwd, root)).isDirectory()) return '';
    } catch {
      return '';
    }
    base = toPosix(root);
  } else if (result.scan.mode === 'stdin') {
    return '';
  } else {
    // The repository the scan opened, when the command says which: git is not asked twice.
    const repo = opened ?? (await openRepo(resolve(io.cwd, repoArg ?? '.')));
    // A bare repository has no files to open: its paths stay as they are in the commits.
    if (repo.bare) return '';
    const top = repo.dir;
    base = repoArg !== undefined && isAbsolute(repoArg) ? toPosix(top) : toPosix(relative(io.cwd, top));
  }
  base = base.replace(/\/+$/, '');
  return base === '' || base === '.' ? '' : `${base}/`;
}

/** The options every scanning command shares, from its flags and the environment. */
export function commonOptions(command: ScanningFlags & { reviewBase?: string }, io: Io, onProgress: CommonOptions['onProgress']): CommonOptions {
  // A reviewed change's settings come from its base (commands/history.ts): nothing is read here from the work tree.
  const reviewing = command.reviewBase !== undefined;
  const options: CommonOptions = {
    ...(reviewing ? {} : { rules: loadPatterns(command.patterns) }),
    // A run that writes a baseline records every finding: no baseline applies to it.
    ...(command.writeBaseline ? { ignoreBaseline: true } : command.baseline && !reviewing ? { baseline: readBaseline(command.baseline) } : {}),
    ...(command.enableRules.length ? { enableRules: command.enableRules } : {}),
    ...(command.disableRules.length ? { disableRules: command.disableRules } : {}),
    include: command.include,
    exclude: command.exclude,
    ...(command.config && !reviewing ? { configFile: command.config } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
  if (command.verify) {
    options.verify = {
      ...apiBases(command.verify, io.env),
      ...(command.verify.cacheFile ? { cacheFile: command.verify.cacheFile } : {}),
      ...(command.debug ? { debug: debugLines(io.stderr) } : {}),
    };
  }
  return options;
}

/**
 * One scanning command from start to exit code. `repoArg`: the repository as the user named it
 * (git commands), which is what the report's `scan.root` says, as `scan` says the path it was given.
 */
async function runScanning(
  command: ScanningFlags & Partial<Pick<ScanFlags, 'gitignore'>>,
  io: Io,
  produce: (options: CommonOptions) => Promise<ScanResult>,
  repoArg?: string | null,
  /** The repository the scan ran in, once `produce` has run, for commands that know it. */
  opened?: () => Repo | undefined,
): Promise<number> {
  const started = performance.now();
  const debug = command.debug ? debugLines(io.stderr) : null;
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new HistoryProgressLine(io.stderr) : null;
  const stopObserving = debug ? observeGit((run) => debug(describeGitRun(run))) : undefined;
  const stopListening = io.onInterrupt?.(() => {
    progress?.clear();
    io.stderr.write('pdguard: interrupted\n');
  });
  let result: ScanResult;
  try {
    let rulesMs: number;
    let runMs: number;
    try {
      const options = commonOptions(command, io, progress?.update);
      rulesMs = performance.now() - started;
      if (debug) debug(describeRules(options.rules ?? [], rulesMs));
      result = await produce(options);
      runMs = performance.now() - started - rulesMs;
    } finally {
      progress?.clear();
      stopListening?.();
    }
    // One rule for every mode: scan.root is what the user named (`.` when nothing), never made absolute.
    if (repoArg !== undefined) result = { ...result, scan: { ...result.scan, root: repoArg ?? '.' } };
    if (command.writeBaseline) {
      const written = writeBaseline(command.writeBaseline, result.findings);
      io.stderr.write(`pdguard: wrote ${plural(written, 'finding')} to ${command.writeBaseline}\n`);
    }
    const prefix = command.format === 'text' ? await pathPrefixOf(result, io, repoArg ?? undefined, opened?.()) : '';
    if (debug) for (const line of describeScan(result, command, { rulesMs, runMs, totalMs: performance.now() - started })) debug(line);
    // Writing a baseline confirms that instead of printing the report, unless --output asks for one.
    if (!command.writeBaseline || command.output !== '-') emit(io, command, await report(result, command, io, prefix));
    // For `pdguard allow --last`: fingerprints and hashes only, in the repository's git directory.
    rememberFindings(result, resolve(io.cwd, result.scan.root));
  } finally {
    stopObserving?.();
  }
  for (const warning of result.scan.warnings ?? []) io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(warning))}\n`);
  if (result.scan.shallow) {
    io.stderr.write(`pdguard: this is a shallow clone: history before its boundary was not scanned; ${SHALLOW_FIX}\n`);
  }
  const decided = verdict(result.findings, command.failOn, result.incomplete);
  if (decided.kind === 'incomplete') {
    const unreadable = unreadablePaths(result).length;
    io.stderr.write(`pdguard: the scan is incomplete: ${plural(unreadable, 'path')} could not be read (listed in the report); fix that and run again\n`);
    return EXIT_ERROR;
  }
  // A baseline just written accepts today's findings: only later runs fail on new ones.
  if (command.writeBaseline) return EXIT_OK;
  if (decided.kind === 'unchecked') {
    io.stderr.write(`pdguard: ${uncheckedMessage(decided.unchecked, decided.unverified)}\n`);
    return EXIT_ERROR;
  }
  if (decided.kind === 'pass') return EXIT_OK;
  const blocked = BLOCKED[result.scan.mode];
  // The pre-commit framework (it sets PRE_COMMIT=1) skips one hook by its id, not with --no-verify.
  const underFramework = io.env.PRE_COMMIT === '1';
  if (blocked) io.stderr.write(`${underFramework ? blocked.replace(/git (commit|push) --no-verify/, (_, verb: string) => `SKIP=${verb === 'commit' ? 'pdguard' : 'pdguard-pre-push'} git ${verb} …`) : blocked}\n`);
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
      const { formatRulesJson, formatRulesText } = await import('./commands.js');
      io.stdout.write(command.format === 'json' ? formatRulesJson(rules) : formatRulesText(rules, outputWidth(io, { output: '-' })));
      return EXIT_OK;
    }
    case 'scan': {
      // Someone typing at a terminal would otherwise see nothing happen.
      if (command.paths.includes('-') && io.stdin.isTTY) io.stderr.write('pdguard: reading standard input (end it with Ctrl-D)\n');
      const { scan } = await import('./commands.js');
      return runScanning(command, io, ({ onProgress: _, ...options }) =>
        scan({ ...options, paths: command.paths, cwd: io.cwd, stdin: io.stdin, stdinName: command.stdinName, gitignore: command.gitignore, maxFileSize: command.maxFileSize, ...(command.debug ? { debug: debugLines(io.stderr) } : {}) }),
      );
    }
    // The other commands load their modules on demand: the pre-commit hook's `staged` pays for none of them.
    case 'history': {
      const { scanHistory } = await import('./commands.js');
      return runScanning(command, io, (options) =>
        scanHistory({
          ...options,
          repo: resolve(io.cwd, command.repo ?? '.'),
          ...(command.range !== undefined ? { range: command.range } : {}),
          ...(command.since !== undefined ? { since: command.since } : {}),
          ...(command.branch !== undefined ? { branch: command.branch } : {}),
          ...(command.reviewBase !== undefined
            ? {
                review: {
                  base: command.reviewBase,
                  files: {
                    ...(command.config !== undefined ? { config: resolve(io.cwd, command.config) } : {}),
                    ...(command.baseline !== undefined ? { baseline: resolve(io.cwd, command.baseline) } : {}),
                    patterns: command.patterns.map((p) => resolve(io.cwd, p)),
                  },
                  onNote: (note: string) => command.quiet || io.stderr.write(`pdguard: ${note}\n`),
                },
              }
            : {}),
          ...(command.maxFileSize !== undefined ? { maxFileSize: command.maxFileSize } : {}),
          ...(command.noCache ? { cache: null } : command.cache !== undefined ? { cache: resolve(io.cwd, command.cache) } : {}),
          onWarning: (message: string) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}\n`),
        }),
        command.repo ?? null,
      );
    }
    case 'staged': {
      let repo: Repo | undefined;
      const produce = async (options: CommonOptions): Promise<ScanResult> => {
        const staged = await scanStagedIn({ ...options, repo: resolve(io.cwd, command.repo ?? '.') });
        repo = staged.repo;
        return staged.result;
      };
      return runScanning(command, io, produce, command.repo ?? null, () => repo);
    }
    case 'pre-push': {
      const { parsePrePushLines, scanPrePush } = await import('./commands.js');
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
        const url = command.url ?? env.PRE_COMMIT_REMOTE_URL;
        const debug = command.debug ? { debug: (line: string) => io.stderr.write(`pdguard: debug: ${line}\n`) } : {};
        return scanPrePush({ ...options, repo: resolve(io.cwd, command.repo ?? '.'), updates, ...(remote ? { remote } : {}), ...(url ? { url } : {}), ...debug });
      }, command.repo ?? null);
    }
    case 'allow': {
      const { allowFindings } = await import('./commands.js');
      const { kind: _, ...options } = command;
      io.stdout.write(`${allowFindings({ ...options, cwd: io.cwd })}\n`);
      return EXIT_OK;
    }
    case 'audit':
      return (await import('./commands.js')).runAudit(command, io);
    case 'report-merge':
      return (await import('./commands.js')).runReportMerge(command, io);
    case 'install':
    case 'uninstall': {
      const { installHook, uninstallHook } = await import('./commands.js');
      const repo = resolve(io.cwd, command.repo ?? '.');
      const outcome = command.kind === 'install' ? await installHook(repo, command.hook, { force: command.force, append: Boolean(command.append) }) : await uninstallHook(repo, command.hook);
      // Escaped line by line: the message may have several lines; what it quotes draws nothing.
      io.stdout.write(`${outcome.split('\n').map(escapeControls).join('\n')}\n`);
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
    // Messages quote paths, revisions and git's words: escaped, each stays one line that draws nothing.
    if (error instanceof PdguardError) {
      io.stderr.write(`pdguard: ${escapeControls(scrubSecrets(error.message))}\n`);
    } else {
      const where = error instanceof Error && error.stack ? error.stack.split('\n')[1]?.trim() : '';
      io.stderr.write(`pdguard: internal error: ${escapeControls(scrubSecrets(errorMessage(error)))}${where ? ` (${escapeControls(where)})` : ''}; please report it\n`);
    }
    return EXIT_ERROR;
  }
}

