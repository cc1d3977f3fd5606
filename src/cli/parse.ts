/** The pure parser from argv to a typed command (options.ts). Nothing here reads the environment or does I/O. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { FORMATS, isFormat } from '../report/format-names.js';
import { globProblem } from '../sources/globs.js';
import { commandHelp, mainHelp } from './help.js';
import { COMMANDS, type Command, FAIL_ON, type FailOn, type Format, type GitFlags, HELP_OPTION, type RemoteFlags, type ScanningFlags, type VerifyFlags } from './options.js';
import { parseSize } from '../util/size.js';
import { didYouMean, habit } from '../util/suggest.js';

/** What to say about an option given before any command (`pdguard -v`, `pdguard --format json`). */
function leadingOption(argv: readonly string[]): string {
  const option = argv[0]!;
  const name = option.replace(/=.*$/, '');
  if (name === '-v' || name === '--verbose') return `unknown option '${name}'; did you mean -V (--version)? For more detail on a scan: pdguard scan --debug`;
  const scanOptions = Object.entries(COMMANDS.scan!.options).flatMap(([long, spec]) => [`--${long}`, ...(spec.short ? [`-${spec.short}`] : [])]);
  if (scanOptions.includes(name)) return `options go after the command, e.g. pdguard scan ${argv.join(' ')} (see pdguard --help)`;
  const pointer = habit(name);
  if (pointer) return `unknown option '${name}'; ${pointer}, after the command (see pdguard --help)`;
  return `unknown option '${name}'${didYouMean(name, ['--help', '--version'])} (see pdguard --help)`;
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
    const raw = (error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/\.$/, '');
    // "Option '-o, --output <value>' argument missing": say it in pdguard's words.
    const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(raw)?.[1];
    if (missing) throw new UsageError(`${missing} needs a value (see pdguard ${command} --help)`);
    const message = raw.replace(/^Unknown option/, 'unknown option');
    const unknown = /^unknown option '(--?[^'=]+)/.exec(message)?.[1];
    const known = Object.keys(options).map((name) => `--${name}`);
    const pointer = unknown ? habit(unknown) : undefined;
    if (pointer) throw new UsageError(`unknown option '${unknown}'; ${pointer} (see pdguard ${command} --help)`);
    throw new UsageError(`${message}${unknown?.startsWith('--') ? didYouMean(unknown, known) : ''} (see pdguard ${command} --help)`);
  }
}

/** `pdguard rules` is a table, not a report: only text and json make sense for it. */
const RULES_FORMATS: readonly Format[] = ['text', 'json'];

function oneFormat(value: unknown, command: string): Format {
  const allowed = command === 'rules' ? RULES_FORMATS : FORMATS;
  if (value === undefined) return 'text';
  if (isFormat(value) && allowed.includes(value)) return value;
  const guess = didYouMean(String(value), allowed);
  const got = guess ? `(got '${String(value)}')${guess} (see` : `(got '${String(value)}'; see`;
  throw new UsageError(`--format must be one of ${allowed.join(', ')} ${got} pdguard ${command} --help)`);
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) return { kind: 'help', text: commandHelp(topic) };
    return { kind: 'help', text: mainHelp() };
  }
  if (first === '-V' || first === '--version' || first === 'version') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(leadingOption(argv));
  if (!COMMANDS[first]) {
    const known = Object.keys(COMMANDS);
    throw new UsageError(`unknown command '${first}'${didYouMean(first, known)} (commands: ${known.join(', ')}; see pdguard --help)`);
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
    return { kind: first, hook, force: Boolean(values.force), append: Boolean(values.append), ...(repo !== undefined ? { repo } : {}) };
  }

  if (first === 'allow') {
    const reason = str('reason');
    if (reason === undefined || reason.trim() === '') throw new UsageError('pdguard allow needs --reason TEXT: say why these findings are not secrets');
    const config = str('config');
    return { kind: 'allow', fingerprints: positionals, last: Boolean(values.last), reason, ...(config !== undefined ? { config } : {}) };
  }

  if (first === 'report') return parseReportMerge(positionals, values, format, str);

  const failOn = parseFailOn(str('fail-on'));
  const verifyWanted = Boolean(values.verify) || failOn === 'live';
  for (const name of ['api-url', 'api-url-eu', 'verify-cache']) {
    if (values[name] !== undefined && !verifyWanted) throw new UsageError(`--${name} goes with --verify`);
  }
  for (const name of ['include', 'exclude']) {
    for (const glob of (values[name] as string[] | undefined) ?? []) {
      const problem = globProblem(glob);
      if (problem) throw new UsageError(`--${name}: ${problem}`);
    }
  }
  const flags: ScanningFlags = {
    format,
    color: !values['no-color'],
    output: str('output') ?? '-',
    showSecrets: Boolean(values['show-secrets']),
    quiet: Boolean(values.quiet),
    progress: !values['no-progress'],
    include: (values.include as string[] | undefined) ?? [],
    exclude: (values.exclude as string[] | undefined) ?? [],
    patterns,
    enableRules: (values['enable-rule'] as string[] | undefined) ?? [],
    disableRules: (values['disable-rule'] as string[] | undefined) ?? [],
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
    const limit = sizeLimit(str('max-file-size'));
    return { kind: 'scan', ...flags, paths: positionals, stdinName: str('stdin-name') ?? 'stdin', gitignore: !values['no-gitignore'], ...(limit !== undefined ? { maxFileSize: limit } : {}) };
  }
  if (first === 'audit') {
    const asOf = parseAsOf(str('as-of'));
    const list = Boolean(values.list);
    if (list && format !== 'text' && format !== 'json') throw new UsageError(`audit --list prints text or json (got '${format}')`);
    const jobs = parseJobs(str('jobs'));
    return { kind: 'audit', ...flags, paths: positionals, ...(asOf !== undefined ? { asOf } : {}), ...(jobs !== undefined ? { jobs } : {}), ...historyReading(values, str), remote: remoteFlags(values, str), list };
  }
  const repo = str('repo');
  const git: GitFlags = { ...flags, ...(repo !== undefined ? { repo } : {}) };
  if (first === 'history') {
    if (positionals.length) throw new UsageError(`pdguard history takes no paths (got '${positionals[0]}'); use --repo DIR or --range A..B`);
    const range = str('range');
    const since = str('since');
    const branch = str('branch');
    const chosen = [['--range', range], ['--since', since], ['--branch', branch]].filter(([, value]) => value !== undefined).map(([name]) => name);
    if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be used together`);
    const reviewBase = str('review-base');
    if (reviewBase !== undefined && git.writeBaseline !== undefined) throw new UsageError('--review-base judges a change by its base: it writes no baseline (drop --write-baseline)');
    return {
      kind: 'history',
      ...git,
      ...(range !== undefined ? { range } : {}),
      ...(since !== undefined ? { since } : {}),
      ...(branch !== undefined ? { branch } : {}),
      ...(reviewBase !== undefined ? { reviewBase } : {}),
      ...historyReading(values, str),
    };
  }
  if (first === 'staged') {
    if (positionals.length) throw new UsageError(`pdguard staged takes no paths (got '${positionals[0]}'); it scans the index`);
    return { kind: 'staged', ...git };
  }
  // pre-push: git passes the remote's name and URL as arguments.
  if (positionals.length > 2) throw new UsageError('pdguard pre-push takes at most REMOTE and URL (as git passes them)');
  return { kind: 'pre-push', ...git, ...(positionals[0] !== undefined ? { remote: positionals[0] } : {}), ...(positionals[1] !== undefined ? { url: positionals[1] } : {}) };
}

/** A GitHub account name: letters, digits and single hyphens, at most 39 characters. */
const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** An environment variable's name. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** How `audit` reaches repositories by URL or GitHub owner (remote/). */
function remoteFlags(values: Record<string, unknown>, str: (name: string) => string | undefined): RemoteFlags {
  const list = (name: string): string[] => {
    const all = (values[name] as string[] | undefined) ?? [];
    for (const v of all) if (!GITHUB_NAME.test(v)) throw new UsageError(`--${name} takes a GitHub account name such as acme (got '${v}')`);
    return all;
  };
  const githubOrgs = list('github-org');
  const githubUsers = list('github-user');
  const owners = githubOrgs.length + githubUsers.length > 0;
  // --github-api-url also names the host the token goes to for URLs (GitHub Enterprise): it needs no owner.
  for (const name of ['include-forks', 'exclude-archived']) {
    if (values[name] !== undefined && !owners) throw new UsageError(`--${name} goes with --github-org or --github-user`);
  }
  if (values.keep && values['no-keep']) throw new UsageError('--keep and --no-keep cannot be used together');
  const apiUrl = str('github-api-url');
  if (apiUrl !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(apiUrl);
    } catch {
      parsed = null;
    }
    const loopback = parsed !== null && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname);
    if (!parsed || !(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback)) || parsed.username || parsed.password) {
      throw new UsageError(`--github-api-url takes an https:// URL without credentials, such as https://ghe.example.com/api/v3 (got '${apiUrl.replace(/\/\/[^/@]+@/, '//***@')}')`);
    }
  }
  const tokenEnv = str('github-token-env');
  if (tokenEnv !== undefined && !ENV_NAME.test(tokenEnv)) throw new UsageError(`--github-token-env takes the name of an environment variable, not a token (got a value that is not a name)`);
  const cloneDir = str('clone-dir');
  const maxClone = str('max-clone-size');
  let maxCloneSize: number | undefined;
  if (maxClone !== undefined) {
    const limit = parseSize(maxClone);
    if (limit instanceof Error) throw new UsageError(`--max-clone-size: ${limit.message}`);
    maxCloneSize = limit;
  }
  return {
    githubOrgs,
    githubUsers,
    ...(apiUrl !== undefined ? { githubApiUrl: apiUrl } : {}),
    ...(tokenEnv !== undefined ? { githubTokenEnv: tokenEnv } : {}),
    includeForks: Boolean(values['include-forks']),
    excludeArchived: Boolean(values['exclude-archived']),
    ...(cloneDir !== undefined ? { cloneDir } : {}),
    keep: !values['no-keep'],
    ...(maxCloneSize !== undefined ? { maxCloneSize } : {}),
  };
}

/** --as-of DATE: an ISO 8601 date or time. */
function parseAsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new UsageError(`--as-of takes an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (got '${value}')`);
  return time;
}

/** Repositories in flight at once hold their memory at once: a bound, not a wish. */
const MAX_JOBS = 64;

/** --jobs N: 1 to MAX_JOBS. */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a number of repositories from 1 to ${MAX_JOBS} (got '${value}')`);
  return jobs;
}

/** `pdguard report merge FILE...`. */
function parseReportMerge(positionals: string[], values: Record<string, unknown>, format: Format, str: (name: string) => string | undefined): Command {
  const [action, ...files] = positionals;
  if (action !== 'merge') {
    const got = action === undefined ? 'nothing' : `'${action}'${didYouMean(action, ['merge'])}`;
    throw new UsageError(`report takes merge FILE... (got ${got}; see pdguard report --help)`);
  }
  if (!files.length) throw new UsageError('report merge needs the JSON reports to merge (pdguard report merge a.json b.json ...)');
  if (!['json', 'html', 'sarif', 'text'].includes(values.format === undefined ? 'text' : format)) {
    throw new UsageError(`pdguard report merge writes json, html, sarif or text (got '${format}')`);
  }
  const failOn = parseFailOn(str('fail-on'));
  const asOf = parseAsOf(str('as-of'));
  return { kind: 'report-merge', files, format, output: str('output') ?? '-', quiet: Boolean(values.quiet), failOn, ...(asOf !== undefined ? { asOf } : {}) };
}

/** --fail-on WHEN: any (the default), live or never. */
function parseFailOn(value: string | undefined): FailOn {
  const failOn = (value ?? 'any') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got '${failOn}'${didYouMean(failOn, FAIL_ON)})`);
  return failOn;
}

/** --max-file-size SIZE in bytes (10MB, 512k, 1G, 1000). */
function sizeLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = parseSize(value);
  if (limit instanceof Error) throw new UsageError(`--max-file-size: ${limit.message}`);
  return limit;
}

/** How `history` and `audit` read a history: --cache FILE or --no-cache, and --max-file-size. */
function historyReading(values: Record<string, unknown>, str: (name: string) => string | undefined): { cache?: string; noCache?: true; maxFileSize?: number } {
  const cache = str('cache');
  if (cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache cannot be used together');
  const limit = sizeLimit(str('max-file-size'));
  return {
    ...(cache !== undefined ? { cache } : {}),
    ...(values['no-cache'] ? { noCache: true as const } : {}),
    ...(limit !== undefined ? { maxFileSize: limit } : {}),
  };
}
