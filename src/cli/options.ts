/**
 * The command line as data: each command's options and their help, and the typed commands the
 * parser (parse.ts) produces. Nothing here reads the environment or does I/O.
 */
import { FORMATS, type Format } from '../report/format-names.js';
import type { HookName } from '../types.js';
import type { ExitCodeSet } from './help.js';

export type { Format };

import type { FailOn } from '../report/verdict.js';

export type { FailOn };
export const FAIL_ON: readonly FailOn[] = ['any', 'live', 'never'];

export interface ReportFlags {
  format: Format;
  /** false: no colour whatever the terminal (--no-color); true: the environment decides. */
  color: boolean;
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
  enableRules: string[];
  disableRules: string[];
  failOn: FailOn;
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
  /** --max-file-size in bytes. */
  maxFileSize?: number;
}

export interface GitFlags extends ScanningFlags {
  repo?: string;
}

/** `pdguard audit PATH…` (see cli/audit.ts). */
export interface AuditFlags extends ScanningFlags {
  paths: string[];
  /** --as-of: epoch milliseconds that ages are counted to. */
  asOf?: number;
  /** --cache FILE (one repository only) / --no-cache. */
  cache?: string;
  noCache?: boolean;
  maxFileSize?: number;
  /** Repository URLs among `paths` and GitHub owners: what to list, clone and fetch (see remote/). */
  remote: RemoteFlags;
  /** --list: print the repositories and audit nothing. */
  list: boolean;
  /** --jobs: repositories audited at once. */
  jobs?: number;
}

/** How `audit` reaches repositories it is given by URL or by GitHub owner. */
export interface RemoteFlags {
  githubOrgs: string[];
  githubUsers: string[];
  githubApiUrl?: string;
  /** The environment variable that holds the token (default GITHUB_TOKEN); read by the CLI, never a flag's value. */
  githubTokenEnv?: string;
  includeForks: boolean;
  excludeArchived: boolean;
  cloneDir?: string;
  /** --keep (the default) / --no-keep. */
  keep: boolean;
  maxCloneSize?: number;
}

/** `pdguard report merge FILE…` (see cli/audit.ts). */
export interface ReportMergeFlags extends Pick<ScanningFlags, 'format' | 'output' | 'quiet' | 'failOn'> {
  files: string[];
  asOf?: number;
}

export type Command =
  | { kind: 'help'; text: string }
  | { kind: 'version' }
  | { kind: 'rules'; format: Format; patterns: string[] }
  | ({ kind: 'scan' } & ScanFlags)
  | ({ kind: 'history'; range?: string; since?: string; branch?: string; reviewBase?: string; cache?: string; noCache?: boolean; maxFileSize?: number } & GitFlags)
  | ({ kind: 'staged' } & GitFlags)
  | ({ kind: 'pre-push'; remote?: string; url?: string } & GitFlags)
  | { kind: 'install' | 'uninstall'; hook: HookName; force: boolean; append?: boolean; repo?: string }
  | { kind: 'allow'; fingerprints: string[]; last: boolean; reason: string; config?: string }
  | ({ kind: 'audit' } & AuditFlags)
  | ({ kind: 'report-merge' } & ReportMergeFlags);

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  value?: string;
  help: string;
}

export const REPORT_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', value: 'FORMAT', help: `report format: ${FORMATS.join(', ')} (text is the default; github: workflow annotations)` },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the report to FILE (- is standard output, the default)' },
  'show-secrets': { type: 'boolean', help: 'print secrets in full (every format redacts them otherwise)' },
  quiet: { type: 'boolean', short: 'q', help: 'print findings and errors only' },
  'no-color': { type: 'boolean', help: 'no colours (the same as NO_COLOR=1)' },
  'no-progress': { type: 'boolean', help: 'never show progress (it shows only on a terminal, never under CI)' },
  verify: { type: 'boolean', help: 'check each distinct secret against the PagerDuty API (read-only GET requests)' },
  'fail-on': {
    type: 'string',
    value: 'WHEN',
    help: 'any (default): exit 1 on any finding; live: only on findings verified live (implies --verify); never: report without failing',
  },
  'api-url': { type: 'string', value: 'URL', help: 'US API base URL for --verify (default: $PDGUARD_API_URL or https://api.pagerduty.com)' },
  'api-url-eu': { type: 'string', value: 'URL', help: 'EU API base URL for --verify (default: $PDGUARD_API_URL_EU or https://api.eu.pagerduty.com)' },
  'verify-cache': { type: 'string', value: 'FILE', help: 'remember --verify results (status and time only, keyed by hash) for a day' },
  debug: { type: 'boolean', help: 'explain what pdguard does on stderr (secrets never appear)' },
};

const RULE_OPTIONS: Record<string, OptionSpec> = {
  patterns: { type: 'string', multiple: true, value: 'FILE', help: 'also load the rules in this pattern file (repeatable)' },
};

const SELECT_OPTIONS: Record<string, OptionSpec> = {
  'enable-rule': { type: 'string', multiple: true, value: 'ID', help: 'run only this rule (repeatable; ids: pdguard rules)' },
  'disable-rule': { type: 'string', multiple: true, value: 'ID', help: 'do not run this rule (repeatable; also rules.disable in .pdguard.yaml)' },
};

const SUPPRESS_OPTIONS: Record<string, OptionSpec> = {
  config: { type: 'string', value: 'FILE', help: 'configuration file (default: .pdguard.yaml in the scanned root or repository root)' },
  baseline: { type: 'string', value: 'FILE', help: 'do not report the findings recorded in this baseline file' },
  'write-baseline': { type: 'string', value: 'FILE', help: "record this run's findings in FILE; later runs with --baseline FILE report only new ones" },
};

const FILTER_OPTIONS: Record<string, OptionSpec> = {
  include: { type: 'string', multiple: true, value: 'GLOB', help: 'scan only files matching GLOB (repeatable; relative to the scanned directory or repository)' },
  exclude: { type: 'string', multiple: true, value: 'GLOB', help: 'leave out files and directories matching GLOB (repeatable; as in .gitignore, *.env matches at any depth)' },
};

const SCAN_OPTIONS: Record<string, OptionSpec> = {
  ...REPORT_OPTIONS,
  ...SUPPRESS_OPTIONS,
  ...RULE_OPTIONS,
  ...SELECT_OPTIONS,
  ...FILTER_OPTIONS,
  'no-gitignore': { type: 'boolean', help: 'also scan files that .gitignore excludes (.git/ is never read)' },
  'stdin-name': { type: 'string', value: 'NAME', help: 'the path to report for standard input (default: stdin)' },
  'max-file-size': { type: 'string', value: 'SIZE', help: 'skip (and list) files larger than SIZE, e.g. 10MB (default: no limit)' },
};

const CACHE_OPTIONS: Record<string, OptionSpec> = {
  cache: { type: 'string', value: 'FILE', help: 'keep what this scan learned in FILE (default: inside the git directory)' },
  'no-cache': { type: 'boolean', help: 'neither read nor write a history cache' },
};

const HISTORY_SIZE_OPTION: Record<string, OptionSpec> = {
  'max-file-size': { type: 'string', value: 'SIZE', help: 'skip (and list) blobs larger than SIZE, e.g. 10MB, never inflated (default: no limit)' },
};

const REPO_OPTION: Record<string, OptionSpec> = {
  repo: { type: 'string', value: 'DIR', help: 'the repository (default: the one holding the current directory)' },
};

const GIT_SCAN_OPTIONS: Record<string, OptionSpec> = { ...REPO_OPTION, ...REPORT_OPTIONS, ...SUPPRESS_OPTIONS, ...RULE_OPTIONS, ...SELECT_OPTIONS, ...FILTER_OPTIONS };

const HISTORY_OPTIONS: Record<string, OptionSpec> = {
  ...GIT_SCAN_OPTIONS,
  ...HISTORY_SIZE_OPTION,
  range: {
    type: 'string',
    value: 'A..B',
    help: 'scan only the commits in B that are not in A; A.. and ..B stand for HEAD at the open end; A...B: the commits of either side, not of both',
  },
  since: { type: 'string', value: 'REV', help: 'scan only the commits, on any ref, that REV does not contain' },
  branch: { type: 'string', value: 'REF', help: 'scan only the history REF reaches (one branch or tag) instead of every ref' },
  'review-base': {
    type: 'string',
    value: 'REV',
    help: "judge a change under review by its base REV: .pdguard.yaml, baselines and pattern files from REV's objects; pdguard:allow markers the change adds do not count; scans REV..HEAD unless --range, --since or --branch says otherwise",
  },
  ...CACHE_OPTIONS,
};

const HOOK_OPTIONS: Record<string, OptionSpec> = {
  ...REPO_OPTION,
  hook: { type: 'string', value: 'HOOK', help: 'pre-commit (default) or pre-push' },
  force: { type: 'boolean', help: 'replace a hook pdguard did not write (a backup is kept)' },
  append: { type: 'boolean', help: 'add pdguard to a hook pdguard did not write, keeping its commands' },
};

const AS_OF_OPTION: Record<string, OptionSpec> = {
  'as-of': { type: 'string', value: 'DATE', help: 'count ages and token lifetimes up to DATE (ISO 8601; default: now), for reproducible reports' },
};

const REMOTE_OPTIONS: Record<string, OptionSpec> = {
  'github-org': { type: 'string', multiple: true, value: 'ORG', help: 'audit every repository of this GitHub organisation (repeatable; token: $GITHUB_TOKEN)' },
  'github-user': { type: 'string', multiple: true, value: 'USER', help: "audit every repository this GitHub user owns (repeatable)" },
  'github-api-url': { type: 'string', value: 'URL', help: 'the GitHub API base, for GitHub Enterprise (default: https://api.github.com); the token goes only to it and its git host' },
  'github-token-env': { type: 'string', value: 'NAME', help: 'read the token from this environment variable instead of GITHUB_TOKEN' },
  'include-forks': { type: 'boolean', help: 'also audit the forks an organisation or user has (left out by default)' },
  'exclude-archived': { type: 'boolean', help: 'leave out archived repositories (audited by default: their history is still served)' },
  'clone-dir': { type: 'string', value: 'DIR', help: 'where clones of URLs are kept (default: pdguard/clones in the user cache directory)' },
  keep: { type: 'boolean', help: 'keep the clones for the next audit, which then fetches only what changed (the default)' },
  'no-keep': { type: 'boolean', help: 'remove the clones after the audit' },
  'max-clone-size': { type: 'string', value: 'SIZE', help: 'skip (and list) a repository whose clone would take more than SIZE, e.g. 2GB (default: no limit)' },
  list: { type: 'boolean', help: 'print the repositories the audit would read (--format json: a GitHub Actions matrix) and audit nothing' },
};

const AUDIT_OPTIONS: Record<string, OptionSpec> = {
  ...REPORT_OPTIONS,
  config: SUPPRESS_OPTIONS.config!,
  baseline: SUPPRESS_OPTIONS.baseline!,
  ...RULE_OPTIONS,
  ...FILTER_OPTIONS,
  ...HISTORY_SIZE_OPTION,
  ...CACHE_OPTIONS,
  ...AS_OF_OPTION,
  jobs: { type: 'string', value: 'N', help: 'audit N repositories at once (default: one per core, at most 8); the report is the same whatever N' },
  ...REMOTE_OPTIONS,
};

const REPORT_MERGE_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', value: 'FORMAT', help: 'json, html, sarif or text (the default)' },
  output: REPORT_OPTIONS.output!,
  quiet: REPORT_OPTIONS.quiet!,
  'fail-on': { type: 'string', value: 'WHEN', help: 'any (default): exit 1 on any credential; live: only on credentials the reports found live; never: report without failing' },
  ...AS_OF_OPTION,
};

export const HELP_OPTION: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h', help: 'show this help' } };

export interface CommandSpec {
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  details?: string;
  /** Which exit codes its help lists: those it can return. */
  exitCodes: ExitCodeSet;
}

export const COMMANDS: Record<string, CommandSpec> = {
  scan: {
    usage: 'pdguard scan [options] [PATH...]',
    summary: 'scan files and directories (default: .); - reads standard input',
    options: SCAN_OPTIONS,
    exitCodes: 'scanning',
    details: [
      'Examples:',
      '  pdguard scan                      scan the current directory',
      '  pdguard scan config .env          scan a directory and a file',
      '  kubectl get secret -o yaml | pdguard scan - --stdin-name secret.yaml',
      '  pdguard scan --format json --output pdguard.json',
      '  pdguard scan --write-baseline .pdguard-baseline.json   accept today\'s findings',
      '  pdguard scan --baseline .pdguard-baseline.json   then report only new ones',
    ].join('\n'),
  },
  history: {
    usage: 'pdguard history [--repo DIR] [--range A..B | --since REV | --branch REF]',
    summary: 'scan git history: every blob once, reported with the commit that introduced it',
    options: HISTORY_OPTIONS,
    exitCodes: 'scanning',
    details: [
      'By default every commit reachable from any ref (branches, tags, remote-tracking',
      'refs) is scanned. A secret that stays in a file through many commits (or moves',
      'with a rename) is one finding, at the commit that introduced it; the same secret',
      'in two files is two findings.',
      '',
      'Examples:',
      '  pdguard history                          audit the whole repository',
      '  pdguard history --range origin/main..HEAD   only what this branch adds',
      '  pdguard history --branch main            only what main reaches',
      '  pdguard history --format sarif --output pdguard.sarif',
    ].join('\n'),
  },
  staged: {
    usage: 'pdguard staged [--repo DIR] [options]',
    summary: 'scan what the next commit will contain (the index); only lines it adds are reported',
    options: GIT_SCAN_OPTIONS,
    exitCodes: 'scanning',
    details: 'Run by the pre-commit hook that `pdguard install` writes.',
  },
  'pre-push': {
    usage: 'pdguard pre-push [--repo DIR] [REMOTE [URL]] < git pre-push lines',
    summary: "scan only the commits being pushed (reads git's pre-push lines on standard input)",
    options: GIT_SCAN_OPTIONS,
    exitCodes: 'scanning',
    details: 'Run by the pre-push hook that `pdguard install --hook pre-push` writes.',
  },
  install: {
    usage: 'pdguard install [--hook HOOK] [--force | --append] [--repo DIR]',
    summary: 'install a git hook that runs pdguard (plain .git/hooks, core.hooksPath or husky)',
    options: HOOK_OPTIONS,
    exitCodes: 'hook',
  },
  uninstall: {
    usage: 'pdguard uninstall [--hook pre-commit|pre-push] [--repo DIR]',
    summary: 'remove the hook that pdguard install wrote (and nothing else)',
    options: { ...REPO_OPTION, hook: HOOK_OPTIONS.hook! },
    exitCodes: 'hook',
  },
  allow: {
    usage: 'pdguard allow (FINGERPRINT... | --last) --reason TEXT [--config FILE]',
    summary: 'allow findings that are not secrets: writes their entries into .pdguard.yaml, keeping its comments',
    exitCodes: 'allow',
    options: {
      reason: { type: 'string', value: 'TEXT', help: 'why these findings are allowed (required; kept beside each entry)' },
      last: { type: 'boolean', help: "allow every finding of the last scan, history, staged or pre-push run in this repository" },
      config: { type: 'string', value: 'FILE', help: 'the configuration to write (default: the one the last run used, else .pdguard.yaml at the repository top)' },
    },
    details: [
      'FINGERPRINT is what the text report prints on each finding (or all 32 digits',
      "from --format json). The last run's fingerprints are kept in the repository's",
      'git directory (never a secret).',
      '',
      'Examples:',
      '  pdguard allow 3f9a0c1d2e4b --reason "test fixture, not a real key"',
      '  pdguard allow --last --reason "documentation examples"',
    ].join('\n'),
  },
  audit: {
    usage: 'pdguard audit [options] [PATH | URL...] | --github-org ORG [options]',
    summary: 'audit repositories (or folders of clones): each credential once, with its exposure and what to rotate first',
    options: AUDIT_OPTIONS,
    exitCodes: 'scanning',
    details: [
      'Each PATH is a repository, or a folder whose subfolders are clones (default: .).',
      'Each URL (https://, ssh://, user@host:path, file://) is cloned without a work',
      'tree into --clone-dir with every ref, pull request refs included; a cloned',
      "repository's own .pdguard.yaml and allow comments are not used.",
      "Every ref's history is scanned; each credential is listed once with every",
      'occurrence, when it was introduced and removed, the refs that still reach it,',
      'whether the default branch holds it today, and whether removing it takes a',
      'history rewrite. Live first (with --verify), then unknown, then dead.',
      '',
      'Examples:',
      '  pdguard audit                               audit this repository',
      '  pdguard audit ~/src/acme --verify           every clone in ~/src/acme, checked',
      '  pdguard audit --format html -o audit.html   a report to hand over',
      '  pdguard audit --format json -o api.json     for pdguard report merge',
      '  pdguard audit https://github.com/acme/api   clone it (every ref) and audit it',
      '  pdguard audit --github-org acme --format html -o acme.html',
      '  pdguard audit --github-org acme --list --format json   a matrix for CI',
    ].join('\n'),
  },
  report: {
    usage: 'pdguard report merge FILE... [--format json|html|sarif|text] [-o FILE]',
    summary: 'merge the JSON reports of several audits into one (the same credential in two is one)',
    options: REPORT_MERGE_OPTIONS,
    exitCodes: 'scanning',
    details: 'Example:\n  pdguard report merge reports/*.json --format html --output org-audit.html',
  },
  rules: {
    usage: 'pdguard rules [--format text|json] [--patterns FILE]',
    summary: 'list the detection rules',
    options: { format: { type: 'string', value: 'FORMAT', help: 'text (the default) or json' }, ...RULE_OPTIONS },
    exitCodes: 'rules',
  },
};

