/**
 * The Action's inputs, checked and resolved: `mode`, `path`, `verify`, `fail-on`, `sarif-file`, and
 * `args`, which means exactly what the same options mean to `pdguard scan` (the CLI's own parser
 * reads them). Options that make no sense in the Action are refused with a message saying what to
 * use instead. Nothing here does I/O beyond reading the inputs it is given.
 */
import { isAbsolute, resolve, sep } from 'node:path';
import type { ScanFlags } from '../cli/options.js';
import { parseCommandLine } from '../cli/parse.js';
import { UsageError } from '../errors.js';
import { splitArgs } from './split-args.js';

export type Mode = 'auto' | 'history' | 'files';
export type FailOn = 'any' | 'live' | 'never';

export const MODES: readonly Mode[] = ['auto', 'history', 'files'];
export const FAIL_ON: readonly FailOn[] = ['any', 'live', 'never'];

/** The contract's defaults (action.yml declares the same; the runner normally fills them in). */
export const DEFAULTS = { mode: 'auto', path: '.', verify: 'false', 'fail-on': 'any', 'sarif-file': 'pdguard.sarif', args: '' } as const;

export interface ActionInputs {
  mode: Mode;
  /** The path input as given, for messages. */
  path: string;
  /** The path input resolved against the workspace. */
  pathAbsolute: string;
  failOn: FailOn;
  /** Where the SARIF report goes (absolute). */
  sarifFile: string;
  /** The scan options from `args`; `verify` is set when verification is wanted (input, --verify or fail-on live). */
  flags: ScanFlags;
}

/** Options the Action takes from its own inputs or does itself, and what to use instead. */
const NOT_IN_ARGS: Record<string, string> = {
  '--range': 'the Action picks the commits from the event (mode: auto) or scans the whole history (mode: history)',
  '--since': 'the Action picks the commits from the event (mode: auto) or scans the whole history (mode: history)',
  '--branch': 'the Action picks the commits from the event (mode: auto) or scans the whole history (mode: history)',
  '--repo': 'use the path input',
  '--hook': 'hooks are installed with the CLI, not in the Action',
  '--force': 'hooks are installed with the CLI, not in the Action',
  '-V': 'the Action runs the version its tag names',
  '--version': 'the Action runs the version its tag names',
};

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`the ${name} input must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** As @actions/core's getBooleanInput (YAML 1.2 core schema), with the default for an empty value. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`the ${name} input must be true or false (got '${value}')`);
}

/** `args` through the CLI's parser, as options of `pdguard scan`. */
export function parseArgsInput(args: string, mode: Mode, failOn: FailOn, verify: boolean): ScanFlags {
  const tokens = splitArgs(args);
  const verifyWanted = verify || failOn === 'live';
  let command;
  try {
    command = parseCommandLine(['scan', ...(verifyWanted ? ['--verify'] : []), ...tokens]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const unknown = /^unknown option '([^']+)'/.exec(error.message)?.[1];
    if (unknown !== undefined) {
      const name = unknown.split('=')[0]!;
      const instead = NOT_IN_ARGS[name];
      throw new UsageError(
        instead
          ? `the args input cannot take ${name}: ${instead}`
          : `the args input has an unknown option ${name} (it takes the options of pdguard scan; see pdguard scan --help)`,
      );
    }
    const goesWithVerify = /^--(api-url|api-url-eu|verify-cache) goes with --verify$/.exec(error.message);
    if (goesWithVerify) throw new UsageError(`the args input's --${goesWithVerify[1]} goes with verification: set verify: true`);
    throw new UsageError(`the args input: ${error.message}`);
  }
  if (command.kind !== 'scan') throw new UsageError('the args input cannot take --help or --version: give it scan options');
  const refuse = (what: string, instead: string): never => {
    throw new UsageError(`the args input cannot take ${what}: ${instead}`);
  };
  if (command.paths.length) refuse(`a path ('${command.paths[0]}')`, 'use the path input (args takes options only)');
  if (command.format !== 'text') refuse('--format', 'the Action writes SARIF (the sarif-file input), annotations and a job summary itself');
  if (command.output !== '-') refuse('--output', 'the SARIF report goes where the sarif-file input says');
  if (command.showSecrets) refuse('--show-secrets', 'the Action never prints secrets in logs, annotations or summaries');
  if (command.writeBaseline !== undefined) refuse('--write-baseline', 'write a baseline with the CLI (pdguard scan or pdguard history --write-baseline FILE), commit it, and pass --baseline FILE');
  if (command.stdinName !== 'stdin') refuse('--stdin-name', 'the Action does not read standard input');
  // One place says when the step fails: the fail-on input (args saying otherwise would be ignored silently).
  if (command.failOn !== 'any' && command.failOn !== failOn) refuse(`--fail-on ${command.failOn}`, `use the fail-on input (fail-on: ${command.failOn})`);
  if (!command.gitignore && mode !== 'files') refuse('--no-gitignore', 'it applies to mode: files only (git history has no ignored files)');
  const { kind: _kind, paths: _paths, stdinName: _stdinName, gitignore, ...flags } = command;
  return { ...flags, paths: [], stdinName: 'stdin', gitignore };
}

/** File options are read relative to the workspace, as the CLI reads them relative to where it runs. */
function resolveFiles(flags: ScanFlags, workspace: string): ScanFlags {
  const at = (file: string): string => (isAbsolute(file) ? file : resolve(workspace, file));
  const out: ScanFlags = { ...flags, patterns: flags.patterns.map(at) };
  if (flags.config !== undefined) out.config = at(flags.config);
  if (flags.baseline !== undefined) out.baseline = at(flags.baseline);
  if (flags.verify) out.verify = { ...flags.verify, ...(flags.verify.cacheFile !== undefined ? { cacheFile: at(flags.verify.cacheFile) } : {}) };
  // A verification cache in the checkout is the repository's to plant (a live key written down as
  // dead would pass fail-on: live): it is kept outside, where only the workflow writes.
  const cache = out.verify?.cacheFile;
  if (cache !== undefined && (cache === workspace || cache.startsWith(`${workspace}${sep}`))) {
    throw new UsageError(`the args input's --verify-cache ${flags.verify!.cacheFile} is in the workspace, where the repository could plant one: keep it in $RUNNER_TEMP (with actions/cache)`);
  }
  return out;
}

export function readInputs(getInput: (name: string) => string, workspace: string): ActionInputs {
  const mode = oneOf('mode', getInput('mode'), MODES, DEFAULTS.mode);
  const path = getInput('path') || DEFAULTS.path;
  const verify = bool('verify', getInput('verify'), false);
  const failOn = oneOf('fail-on', getInput('fail-on'), FAIL_ON, DEFAULTS['fail-on']);
  const sarif = getInput('sarif-file') || DEFAULTS['sarif-file'];
  const flags = resolveFiles(parseArgsInput(getInput('args'), mode, failOn, verify), workspace);
  return {
    mode,
    path,
    pathAbsolute: resolve(workspace, path),
    failOn,
    sarifFile: resolve(workspace, sarif),
    flags,
  };
}
