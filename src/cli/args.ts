/**
 * The command line, as data: each command's options, its help text, and a pure parser from argv to
 * a typed command. Nothing here reads the environment or does I/O.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

export interface ReportFlags {
  format: Format;
  output: string;
  showSecrets: boolean;
  quiet: boolean;
  progress: boolean;
}

/** What every scanning command (scan, history, staged, pre-push) takes. */
export interface ScanningFlags extends ReportFlags {
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  include: string[];
  exclude: string[];
  patterns: string[];
  failOn: 'any' | 'live';
  verify?: VerifyFlags;
  debug: boolean;
}

/** --verify and what goes with it. Base URLs default to the environment, read by the CLI. */
export interface VerifyFlags {
  apiUrl?: string;
  apiUrlEu?: string;
  cacheFile?: string;
}

export interface ScanFlags extends ScanningFlags {
  paths: string[];
  stdinName: string;
  gitignore: boolean;
}

export interface GitFlags extends ScanningFlags {
  repo?: string;
}

export type HookName = 'pre-commit' | 'pre-push';

export type Command =
  | { kind: 'help'; text: string }
  | { kind: 'version' }
  | { kind: 'rules'; format: Format; patterns: string[] }
  | ({ kind: 'scan' } & ScanFlags)
  | ({ kind: 'history'; range?: string; since?: string } & GitFlags)
  | ({ kind: 'staged' } & GitFlags)
  | ({ kind: 'pre-push'; remote?: string } & GitFlags)
  | { kind: 'install' | 'uninstall'; hook: HookName; force: boolean; repo?: string };

interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  value?: string;
  help: string;
}

const REPORT_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', value: 'FORMAT', help: 'report format: text (default), json, sarif, or github (workflow annotations)' },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the report to FILE (- is standard output, the default)' },
  'show-secrets': { type: 'boolean', help: 'print secrets in full (every format redacts them otherwise)' },
  quiet: { type: 'boolean', short: 'q', help: 'print findings and errors only' },
  'no-progress': { type: 'boolean', help: 'never show progress (it shows only on a terminal, never under CI)' },
  verify: { type: 'boolean', help: 'check each distinct secret against the PagerDuty API (read-only GET requests)' },
  'fail-on': { type: 'string', value: 'WHEN', help: 'any (default): exit 1 on any finding; live: only on findings verified live (implies --verify)' },
  'api-url': { type: 'string', value: 'URL', help: 'US API base URL for --verify (default: $PDGUARD_API_URL or https://api.pagerduty.com)' },
  'api-url-eu': { type: 'string', value: 'URL', help: 'EU API base URL for --verify (default: $PDGUARD_API_URL_EU or https://api.eu.pagerduty.com)' },
  'verify-cache': { type: 'string', value: 'FILE', help: 'remember --verify results (status and time only, keyed by hash) for a day' },
  debug: { type: 'boolean', help: 'explain what pdguard does on stderr (secrets never appear)' },
};

const RULE_OPTIONS: Record<string, OptionSpec> = {
  patterns: { type: 'string', multiple: true, value: 'FILE', help: 'also load the rules in this pattern file (repeatable)' },
};

const SUPPRESS_OPTIONS: Record<string, OptionSpec> = {
  config: { type: 'string', value: 'FILE', help: 'configuration file (default: .pdguard.yaml in the scanned root or repository root)' },
  baseline: { type: 'string', value: 'FILE', help: 'do not report the findings recorded in this baseline file' },
  'write-baseline': { type: 'string', value: 'FILE', help: "record this run's findings in FILE; later runs with --baseline FILE report only new ones" },
};

const FILTER_OPTIONS: Record<string, OptionSpec> = {
  include: { type: 'string', multiple: true, value: 'GLOB', help: 'scan only files matching GLOB (repeatable; relative to the scanned directory or repository)' },
  exclude: { type: 'string', multiple: true, value: 'GLOB', help: 'leave out files and directories matching GLOB (repeatable)' },
};

const SCAN_OPTIONS: Record<string, OptionSpec> = {
  ...REPORT_OPTIONS,
  ...SUPPRESS_OPTIONS,
  ...RULE_OPTIONS,
  ...FILTER_OPTIONS,
  'no-gitignore': { type: 'boolean', help: 'also scan files that .gitignore excludes (.git/ is never read)' },
  'stdin-name': { type: 'string', value: 'NAME', help: 'the path to report for standard input (default: stdin)' },
};

const REPO_OPTION: Record<string, OptionSpec> = {
  repo: { type: 'string', value: 'DIR', help: 'the repository (default: the one holding the current directory)' },
};

const GIT_SCAN_OPTIONS: Record<string, OptionSpec> = { ...REPO_OPTION, ...REPORT_OPTIONS, ...SUPPRESS_OPTIONS, ...RULE_OPTIONS, ...FILTER_OPTIONS };

const HISTORY_OPTIONS: Record<string, OptionSpec> = {
  ...GIT_SCAN_OPTIONS,
  range: { type: 'string', value: 'A..B', help: 'scan only the commits in B that are not in A' },
  since: { type: 'string', value: 'REV', help: 'scan only the commits, on any ref, that REV does not contain' },
};

const HOOK_OPTIONS: Record<string, OptionSpec> = {
  ...REPO_OPTION,
  hook: { type: 'string', value: 'HOOK', help: 'pre-commit (default) or pre-push' },
  force: { type: 'boolean', help: 'replace a hook pdguard did not write (a backup is kept)' },
};

const HELP_OPTION: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h', help: 'show this help' } };

interface CommandSpec {
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  details?: string;
}

const COMMANDS: Record<string, CommandSpec> = {
  scan: {
    usage: 'pdguard scan [options] [PATH...]',
    summary: 'scan files and directories (default: .); - reads standard input',
    options: SCAN_OPTIONS,
    details: [
      'Examples:',
      '  pdguard scan                      scan the current directory',
      '  pdguard scan config .env          scan a directory and a file',
      '  kubectl get secret -o yaml | pdguard scan - --stdin-name secret.yaml',
      '  pdguard scan --format json --output pdguard.json',
      '  pdguard scan --write-baseline .pdguard-baseline.json   accept what is there today',
      '  pdguard scan --baseline .pdguard-baseline.json         then report only new findings',
    ].join('\n'),
  },
  history: {
    usage: 'pdguard history [--repo DIR] [--range A..B | --since REV] [options]',
    summary: 'scan git history: every blob once, reported with the commit that introduced it',
    options: HISTORY_OPTIONS,
    details: [
      'By default every commit reachable from any ref (branches, tags, remote-tracking refs) is scanned.',
      'A secret that stays in a file through many commits (or moves with a rename) is one finding, at the',
      'commit that introduced it; the same secret in two files is two findings.',
      '',
      'Examples:',
      '  pdguard history                          audit the whole repository',
      '  pdguard history --range origin/main..HEAD   only what this branch adds',
      '  pdguard history --format sarif --output pdguard.sarif',
    ].join('\n'),
  },
  staged: {
    usage: 'pdguard staged [--repo DIR] [options]',
    summary: 'scan what the next commit will contain (the index); only lines it adds are reported',
    options: GIT_SCAN_OPTIONS,
    details: 'Run by the pre-commit hook that `pdguard install` writes.',
  },
  'pre-push': {
    usage: 'pdguard pre-push [--repo DIR] [REMOTE [URL]] < git pre-push lines',
    summary: "scan only the commits being pushed (reads git's pre-push lines on standard input)",
    options: GIT_SCAN_OPTIONS,
    details: 'Run by the pre-push hook that `pdguard install --hook pre-push` writes.',
  },
  install: {
    usage: 'pdguard install [--hook pre-commit|pre-push] [--force] [--repo DIR]',
    summary: 'install a git hook that runs pdguard (plain .git/hooks, core.hooksPath or husky)',
    options: HOOK_OPTIONS,
  },
  uninstall: {
    usage: 'pdguard uninstall [--hook pre-commit|pre-push] [--repo DIR]',
    summary: 'remove the hook that pdguard install wrote (and nothing else)',
    options: { ...REPO_OPTION, hook: HOOK_OPTIONS.hook! },
  },
  rules: {
    usage: 'pdguard rules [--format text|json] [--patterns FILE]',
    summary: 'list the detection rules',
    options: { format: REPORT_OPTIONS.format!, ...RULE_OPTIONS },
  },
};

const EXIT_CODES = [
  'Exit codes:',
  '  0  no unsuppressed findings',
  '  1  findings',
  '  2  usage error, bad configuration or patterns, unreadable input, or an incomplete scan',
].join('\n');

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries({ ...options, ...HELP_OPTION }).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}

export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  return [`Usage: ${spec.usage}`, '', `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`, '', 'Options:', ...optionLines(spec.options), '', ...(spec.details ? [spec.details, ''] : []), EXIT_CODES, ''].join('\n');
}

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return [
    'pdguard: find leaked PagerDuty credentials before they page you.',
    '',
    'Usage: pdguard <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}${spec.summary}`),
    '',
    'Options:',
    '  -h, --help       show help (also: pdguard <command> --help)',
    '  -V, --version    print the version',
    '',
    EXIT_CODES,
    '',
    'Docs: https://github.com/pdguard/pdguard#readme',
    '',
  ].join('\n');
}

function parseOptions(command: string, args: string[]) {
  const spec = COMMANDS[command]!;
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const [name, o] of Object.entries({ ...spec.options, ...HELP_OPTION })) {
    options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--fromat'. To specify a positional argument starting with a '-' ..."
    const message = (error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/\.$/, '');
    throw new UsageError(`${message} (see pdguard ${command} --help)`);
  }
}

function oneFormat(value: unknown, command: string): Format {
  if (value === undefined) return 'text';
  if (FORMATS.includes(value as Format)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${String(value)}'; see pdguard ${command} --help)`);
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) return { kind: 'help', text: commandHelp(topic) };
    return { kind: 'help', text: mainHelp() };
  }
  if (first === '-V' || first === '--version' || first === 'version') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`a command comes first, e.g. pdguard scan ${first} (see pdguard --help)`);
  if (!COMMANDS[first]) {
    const known = Object.keys(COMMANDS).join(', ');
    throw new UsageError(`unknown command '${first}' (commands: ${known}; see pdguard --help)`);
  }

  const { values, positionals } = parseOptions(first, rest);
  if (values.help) return { kind: 'help', text: commandHelp(first) };
  const format = oneFormat(values.format, first);
  const patterns = (values.patterns as string[] | undefined) ?? [];

  const str = (name: string): string | undefined => {
    const v = values[name];
    if (v === '') throw new UsageError(`--${name} needs a value`);
    return v as string | undefined;
  };

  if (first === 'rules') {
    if (positionals.length) throw new UsageError(`pdguard rules takes no arguments (got '${positionals[0]}')`);
    return { kind: 'rules', format, patterns };
  }
  if (first === 'install' || first === 'uninstall') {
    if (positionals.length) throw new UsageError(`pdguard ${first} takes no arguments (got '${positionals[0]}')`);
    const hook = str('hook') ?? 'pre-commit';
    if (hook !== 'pre-commit' && hook !== 'pre-push') throw new UsageError(`--hook must be pre-commit or pre-push (got '${hook}')`);
    const repo = str('repo');
    return { kind: first, hook, force: Boolean(values.force), ...(repo !== undefined ? { repo } : {}) };
  }

  const failOn = str('fail-on') ?? 'any';
  if (failOn !== 'any' && failOn !== 'live') throw new UsageError(`--fail-on must be any or live (got '${failOn}')`);
  const verifyWanted = Boolean(values.verify) || failOn === 'live';
  for (const name of ['api-url', 'api-url-eu', 'verify-cache']) {
    if (values[name] !== undefined && !verifyWanted) throw new UsageError(`--${name} goes with --verify`);
  }
  const flags: ScanningFlags = {
    format,
    output: str('output') ?? '-',
    showSecrets: Boolean(values['show-secrets']),
    quiet: Boolean(values.quiet),
    progress: !values['no-progress'],
    include: (values.include as string[] | undefined) ?? [],
    exclude: (values.exclude as string[] | undefined) ?? [],
    patterns,
    failOn,
    debug: Boolean(values.debug),
  };
  if (verifyWanted) {
    const verify: VerifyFlags = {};
    const apiUrl = str('api-url');
    const apiUrlEu = str('api-url-eu');
    const cacheFile = str('verify-cache');
    if (apiUrl !== undefined) verify.apiUrl = apiUrl;
    if (apiUrlEu !== undefined) verify.apiUrlEu = apiUrlEu;
    if (cacheFile !== undefined) verify.cacheFile = cacheFile;
    flags.verify = verify;
  }
  for (const [name, key] of [['config', 'config'], ['baseline', 'baseline'], ['write-baseline', 'writeBaseline']] as const) {
    const value = str(name);
    if (value !== undefined) flags[key] = value;
  }

  if (first === 'scan') {
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be scanned only once');
    return { kind: 'scan', ...flags, paths: positionals, stdinName: str('stdin-name') ?? 'stdin', gitignore: !values['no-gitignore'] };
  }
  const repo = str('repo');
  const git: GitFlags = { ...flags, ...(repo !== undefined ? { repo } : {}) };
  if (first === 'history') {
    if (positionals.length) throw new UsageError(`pdguard history takes no paths (got '${positionals[0]}'); use --repo DIR or --range A..B`);
    const range = str('range');
    const since = str('since');
    if (range !== undefined && since !== undefined) throw new UsageError('--range and --since cannot be used together');
    return { kind: 'history', ...git, ...(range !== undefined ? { range } : {}), ...(since !== undefined ? { since } : {}) };
  }
  if (first === 'staged') {
    if (positionals.length) throw new UsageError(`pdguard staged takes no paths (got '${positionals[0]}'); it scans the index`);
    return { kind: 'staged', ...git };
  }
  // pre-push: git passes the remote's name and URL as arguments.
  if (positionals.length > 2) throw new UsageError('pdguard pre-push takes at most REMOTE and URL (as git passes them)');
  return { kind: 'pre-push', ...git, ...(positionals[0] !== undefined ? { remote: positionals[0] } : {}) };
}
