/**
 * The only module that knows about argv, the environment, standard streams and exit codes.
 * `run` returns the exit code instead of exiting, so tests can call it in-process.
 */
import { writeFileSync } from 'node:fs';
import { PdguardError, errorMessage } from '../errors.js';
import { version } from '../package-info.js';
import { loadPatterns } from '../patterns/load.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { formatRulesJson, formatRulesText } from '../report/rules.js';
import { scan } from '../scan.js';
import { readBaseline, writeBaseline } from '../suppress/baseline.js';
import type { ScanResult } from '../types.js';
import { type Command, type ReportFlags, parseCommandLine } from './args.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string>;
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

function emit(io: Io, flags: Pick<ReportFlags, 'output'>, text: string): void {
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
  const options = { showSecrets: flags.showSecrets, toolVersion: version() };
  switch (flags.format) {
    case 'json':
      return formatJson(result, options);
    case 'sarif':
      return formatSarif(result, options);
    case 'github':
      return formatGithub(result, options);
    case 'text': {
      const color = flags.output === '-' && useColor(io.env, io.stdout.isTTY);
      return formatText(result, { ...options, color, quiet: flags.quiet });
    }
  }
}

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
    case 'scan': {
      const rules = loadPatterns(command.patterns);
      const baseline = command.baseline ? readBaseline(command.baseline) : null;
      const result = await scan({
        paths: command.paths,
        cwd: io.cwd,
        stdin: io.stdin,
        stdinName: command.stdinName,
        gitignore: command.gitignore,
        include: command.include,
        exclude: command.exclude,
        rules,
        ...(command.config ? { configFile: command.config } : {}),
        baseline,
      });
      if (command.writeBaseline) writeBaseline(command.writeBaseline, result.findings);
      emit(io, command, report(result, command, io));
      if (result.incomplete) {
        const unreadable = result.scan.skipped.filter((s) => s.reason.startsWith('unreadable')).length;
        io.stderr.write(`pdguard: the scan is incomplete: ${unreadable} path(s) could not be read (listed in the report); fix their permissions and run again\n`);
        return EXIT_ERROR;
      }
      // A baseline just written accepts today's findings: only later runs fail on new ones.
      if (command.writeBaseline) return EXIT_OK;
      return result.findings.length ? EXIT_FINDINGS : EXIT_OK;
    }
  }
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

