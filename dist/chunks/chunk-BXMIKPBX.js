import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  DEFAULT_WIDTH,
  FORMATS,
  escapeControls,
  formatBytes,
  formatReport,
  formatRulesJson,
  formatRulesText,
  isFormat,
  plural,
  scan,
  unreadablePaths,
  wrapWords
} from "./chunk-NYISAM5I.js";
import {
  apiBases
} from "./chunk-B5I6QBMQ.js";
import {
  readBaseline,
  writeBaseline
} from "./chunk-PJ3VYHIQ.js";
import {
  shannonEntropy
} from "./chunk-NSSYMS3V.js";
import {
  loadPatterns
} from "./chunk-MBPIPIM5.js";
import {
  version
} from "./chunk-LWDNZSIP.js";
import {
  redactSecret
} from "./chunk-T5BUAX2I.js";
import {
  SHALLOW_FIX,
  observeGit
} from "./chunk-KR27X6RF.js";
import {
  didYouMean,
  globProblem,
  habit,
  loadConfig
} from "./chunk-3DVWT4TM.js";
import {
  writeFileSafely
} from "./chunk-3MH3OYKU.js";
import {
  PdguardError,
  UsageError,
  errorMessage
} from "./chunk-BI647GDZ.js";
import {
  parseSize
} from "./chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/cli/main.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { statSync } from "node:fs";

// src/util/scrub.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var PREFIXED = /pd[a-z]{2}(?:\+|%2[bB])_?[A-Za-z0-9_-]{4,}/g;
var RUN = /[A-Za-z0-9+=_-]{16,256}/g;
var COMMIT = /^[0-9a-f]{40}$/;
function switches(run2, kind) {
  let n = 0;
  for (let i = 1; i < run2.length; i++) if (kind(run2[i]) !== kind(run2[i - 1])) n++;
  return n;
}
function looksLikeKey(run2) {
  if (COMMIT.test(run2)) return false;
  if (/^[0-9a-f]{32,}$/.test(run2)) return true;
  const letters = run2.replace(/[^A-Za-z]/g, "");
  if (!/[0-9]/.test(run2) || letters.length < 4) return false;
  const caseSwitches = switches(letters, (c) => c >= "a" ? "lower" : "upper");
  const digitSwitches = switches(run2.replace(/[^A-Za-z0-9]/g, ""), (c) => c <= "9" ? "digit" : "letter");
  return (caseSwitches >= 4 || digitSwitches >= 6) && shannonEntropy(run2) >= 3.2;
}
function scrubSecrets(message) {
  return message.replace(PREFIXED, (token) => redactSecret(token)).replace(RUN, (run2, at, text) => {
    const inPath = text[at - 1] === "/" || text[at + run2.length] === "/";
    return !inPath && looksLikeKey(run2) ? redactSecret(run2) : run2;
  });
}

// src/cli/main.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/report/verdict.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function verdict(items, failOn, incomplete) {
  if (incomplete) return { kind: "incomplete" };
  if (failOn === "never") return { kind: "pass" };
  const failing = failOn === "any" ? items.length : items.filter((i) => i.verification?.status === "live").length;
  if (failing) return { kind: "fail", failing };
  if (failOn === "live") {
    const unverified = items.filter((i) => !i.verification).length;
    const unchecked = unverified + items.filter((i) => i.verification?.unchecked).length;
    if (unchecked) return { kind: "unchecked", unchecked, unverified };
  }
  return { kind: "pass" };
}
function uncheckedMessage(unchecked, unverified = 0) {
  const them = (one, many) => unchecked === 1 ? one : many;
  const count = (n) => n.toLocaleString("en-US");
  if (unverified === unchecked) {
    return `verification incomplete: ${count(unchecked)} unchecked (never verified: a report made without --verify, so ${them("it", "they")} may be live); audit with --verify, or fail on any finding`;
  }
  const never = unverified ? `${count(unverified)} never verified; ` : "";
  return `verification incomplete: ${count(unchecked)} unchecked (${never}the deadline, a rate limit or no answer from the API left ${them("it", "them")} without a verdict, so ${them("it", "they")} may be live); run again later, or fail on any finding`;
}

// src/cli/debug.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function debugLines(stream) {
  return (text) => stream.write(`pdguard: debug: ${escapeControls(text)}
`);
}
function describeGitRun(run2) {
  return `git ${run2.args.join(" ")} (in ${run2.dir}): exit ${run2.code ?? "by signal"}, ${run2.ms.toLocaleString("en-US")} ms`;
}
function describeRules(rules, ms) {
  const files = [...new Set(rules.map((r) => r.source))];
  return `rules: ${rules.length} from ${files.join(", ")} (loaded in ${formatMs(ms)})`;
}
var SKIPS_LISTED = 200;
function describeScan(result, flags, timings) {
  const s = result.scan;
  const lines = [];
  lines.push(`mode: ${s.mode}; root: ${s.root}${s.revisions ? `; revisions: ${s.revisions}` : ""}`);
  if (s.config) {
    const config = loadConfig(s.config);
    lines.push(`configuration: ${s.config}${flags.config ? " (--config)" : ""}; exclude: ${list(config.exclude)}; allow entries: ${config.allow.length}`);
  } else {
    lines.push("configuration: none (no .pdguard.yaml in the scanned root or at the top of its git work tree)");
  }
  lines.push(`filters: --include ${list(flags.include)}; --exclude ${list(flags.exclude)}`);
  if (s.mode === "files") {
    const ignored = s.ignored;
    lines.push(
      flags.gitignore === false ? "ignore files: not read (--no-gitignore)" : `ignore files: the .gitignore files of the scanned tree and of the directories above it, up to the top of its git work tree, are honoured${ignored !== void 0 ? ` (${ignored.toLocaleString("en-US")} left out)` : ""}; --no-gitignore reads everything`
    );
  }
  if (flags.baseline) lines.push(`baseline: ${flags.baseline}`);
  const suppressedBy = /* @__PURE__ */ new Map();
  for (const f of result.suppressed) suppressedBy.set(f.suppressedBy ?? "other", (suppressedBy.get(f.suppressedBy ?? "other") ?? 0) + 1);
  lines.push(
    `findings: ${result.findings.length.toLocaleString("en-US")} reported, ${result.suppressed.length.toLocaleString("en-US")} suppressed${suppressedBy.size ? ` (${[...suppressedBy].map(([by, n]) => `${n.toLocaleString("en-US")} by ${by}`).join(", ")})` : ""}`
  );
  for (const f of result.findings.slice(0, SKIPS_LISTED)) {
    lines.push(`finding ${f.ruleId} at ${f.path}:${f.line}: ${f.evidence ? `evidence ${f.evidence.join(", ")}` : "its pattern alone"}`);
  }
  lines.push(`skipped: ${s.skipped.length.toLocaleString("en-US")}`);
  for (const skip of s.skipped.slice(0, SKIPS_LISTED)) lines.push(`skipped ${skip.path}: ${skip.reason}`);
  if (s.skipped.length > SKIPS_LISTED) lines.push(`skipped: \u2026 and ${(s.skipped.length - SKIPS_LISTED).toLocaleString("en-US")} more (see --format json)`);
  const otherMs = Math.max(0, timings.runMs - s.durationMs);
  lines.push(
    `timing: rules ${formatMs(timings.rulesMs)}, scan ${formatMs(s.durationMs)}, the rest (finding the repository, suppression, verification) ${formatMs(otherMs)}, total ${formatMs(timings.totalMs)}`
  );
  return lines;
}
var formatMs = (n) => `${Math.round(n).toLocaleString("en-US")} ms`;
var list = (items) => items.length ? items.join(", ") : "none";

// src/cli/parse.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { parseArgs } from "node:util";

// src/cli/help.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/cli/options.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var FAIL_ON = ["any", "live", "never"];
var REPORT_OPTIONS = {
  format: { type: "string", value: "FORMAT", help: `report format: ${FORMATS.join(", ")} (text is the default; github: workflow annotations)` },
  output: { type: "string", short: "o", value: "FILE", help: "write the report to FILE (- is standard output, the default)" },
  "show-secrets": { type: "boolean", help: "print secrets in full (every format redacts them otherwise)" },
  quiet: { type: "boolean", short: "q", help: "print findings and errors only" },
  "no-color": { type: "boolean", help: "no colours (the same as NO_COLOR=1)" },
  "no-progress": { type: "boolean", help: "never show progress (it shows only on a terminal, never under CI)" },
  verify: { type: "boolean", help: "check each distinct secret against the PagerDuty API (read-only GET requests)" },
  "fail-on": {
    type: "string",
    value: "WHEN",
    help: "any (default): exit 1 on any finding; live: only on findings verified live (implies --verify); never: report without failing"
  },
  "api-url": { type: "string", value: "URL", help: "US API base URL for --verify (default: $PDGUARD_API_URL or https://api.pagerduty.com)" },
  "api-url-eu": { type: "string", value: "URL", help: "EU API base URL for --verify (default: $PDGUARD_API_URL_EU or https://api.eu.pagerduty.com)" },
  "verify-cache": { type: "string", value: "FILE", help: "remember --verify results (status and time only, keyed by hash) for a day" },
  debug: { type: "boolean", help: "explain what pdguard does on stderr (secrets never appear)" }
};
var RULE_OPTIONS = {
  patterns: { type: "string", multiple: true, value: "FILE", help: "also load the rules in this pattern file (repeatable)" }
};
var SELECT_OPTIONS = {
  "enable-rule": { type: "string", multiple: true, value: "ID", help: "run only this rule (repeatable; ids: pdguard rules)" },
  "disable-rule": { type: "string", multiple: true, value: "ID", help: "do not run this rule (repeatable; also rules.disable in .pdguard.yaml)" }
};
var SUPPRESS_OPTIONS = {
  config: { type: "string", value: "FILE", help: "configuration file (default: .pdguard.yaml in the scanned root or repository root)" },
  baseline: { type: "string", value: "FILE", help: "do not report the findings recorded in this baseline file" },
  "write-baseline": { type: "string", value: "FILE", help: "record this run's findings in FILE; later runs with --baseline FILE report only new ones" }
};
var FILTER_OPTIONS = {
  include: { type: "string", multiple: true, value: "GLOB", help: "scan only files matching GLOB (repeatable; relative to the scanned directory or repository)" },
  exclude: { type: "string", multiple: true, value: "GLOB", help: "leave out files and directories matching GLOB (repeatable; as in .gitignore, *.env matches at any depth)" }
};
var SCAN_OPTIONS = {
  ...REPORT_OPTIONS,
  ...SUPPRESS_OPTIONS,
  ...RULE_OPTIONS,
  ...SELECT_OPTIONS,
  ...FILTER_OPTIONS,
  "no-gitignore": { type: "boolean", help: "also scan files that .gitignore excludes (.git/ is never read)" },
  "stdin-name": { type: "string", value: "NAME", help: "the path to report for standard input (default: stdin)" },
  "max-file-size": { type: "string", value: "SIZE", help: "skip (and list) files larger than SIZE, e.g. 10MB (default: no limit)" }
};
var CACHE_OPTIONS = {
  cache: { type: "string", value: "FILE", help: "keep what this scan learned in FILE (default: inside the git directory)" },
  "no-cache": { type: "boolean", help: "neither read nor write a history cache" }
};
var HISTORY_SIZE_OPTION = {
  "max-file-size": { type: "string", value: "SIZE", help: "skip (and list) blobs larger than SIZE, e.g. 10MB, never inflated (default: no limit)" }
};
var REPO_OPTION = {
  repo: { type: "string", value: "DIR", help: "the repository (default: the one holding the current directory)" }
};
var GIT_SCAN_OPTIONS = { ...REPO_OPTION, ...REPORT_OPTIONS, ...SUPPRESS_OPTIONS, ...RULE_OPTIONS, ...SELECT_OPTIONS, ...FILTER_OPTIONS };
var HISTORY_OPTIONS = {
  ...GIT_SCAN_OPTIONS,
  ...HISTORY_SIZE_OPTION,
  range: {
    type: "string",
    value: "A..B",
    help: "scan only the commits in B that are not in A; A.. and ..B stand for HEAD at the open end; A...B: the commits of either side, not of both"
  },
  since: { type: "string", value: "REV", help: "scan only the commits, on any ref, that REV does not contain" },
  branch: { type: "string", value: "REF", help: "scan only the history REF reaches (one branch or tag) instead of every ref" },
  "review-base": {
    type: "string",
    value: "REV",
    help: "judge a change under review by its base REV: .pdguard.yaml, baselines and pattern files from REV's objects; pdguard:allow markers the change adds do not count; scans REV..HEAD unless --range, --since or --branch says otherwise"
  },
  ...CACHE_OPTIONS
};
var HOOK_OPTIONS = {
  ...REPO_OPTION,
  hook: { type: "string", value: "HOOK", help: "pre-commit (default) or pre-push" },
  force: { type: "boolean", help: "replace a hook pdguard did not write (a backup is kept)" },
  append: { type: "boolean", help: "add pdguard to a hook pdguard did not write, keeping its commands" }
};
var AS_OF_OPTION = {
  "as-of": { type: "string", value: "DATE", help: "count ages and token lifetimes up to DATE (ISO 8601; default: now), for reproducible reports" }
};
var REMOTE_OPTIONS = {
  "github-org": { type: "string", multiple: true, value: "ORG", help: "audit every repository of this GitHub organisation (repeatable; token: $GITHUB_TOKEN)" },
  "github-user": { type: "string", multiple: true, value: "USER", help: "audit every repository this GitHub user owns (repeatable)" },
  "github-api-url": { type: "string", value: "URL", help: "the GitHub API base, for GitHub Enterprise (default: https://api.github.com); the token goes only to it and its git host" },
  "github-token-env": { type: "string", value: "NAME", help: "read the token from this environment variable instead of GITHUB_TOKEN" },
  "include-forks": { type: "boolean", help: "also audit the forks an organisation or user has (left out by default)" },
  "exclude-archived": { type: "boolean", help: "leave out archived repositories (audited by default: their history is still served)" },
  "clone-dir": { type: "string", value: "DIR", help: "where clones of URLs are kept (default: pdguard/clones in the user cache directory)" },
  keep: { type: "boolean", help: "keep the clones for the next audit, which then fetches only what changed (the default)" },
  "no-keep": { type: "boolean", help: "remove the clones after the audit" },
  "max-clone-size": { type: "string", value: "SIZE", help: "skip (and list) a repository whose clone would take more than SIZE, e.g. 2GB (default: no limit)" },
  list: { type: "boolean", help: "print the repositories the audit would read (--format json: a GitHub Actions matrix) and audit nothing" }
};
var AUDIT_OPTIONS = {
  ...REPORT_OPTIONS,
  config: SUPPRESS_OPTIONS.config,
  baseline: SUPPRESS_OPTIONS.baseline,
  ...RULE_OPTIONS,
  ...FILTER_OPTIONS,
  ...HISTORY_SIZE_OPTION,
  ...CACHE_OPTIONS,
  ...AS_OF_OPTION,
  ...REMOTE_OPTIONS
};
var REPORT_MERGE_OPTIONS = {
  format: { type: "string", value: "FORMAT", help: "json, html, sarif or text (the default)" },
  output: REPORT_OPTIONS.output,
  quiet: REPORT_OPTIONS.quiet,
  "fail-on": { type: "string", value: "WHEN", help: "any (default): exit 1 on any credential; live: only on credentials the reports found live; never: report without failing" },
  ...AS_OF_OPTION
};
var HELP_OPTION = { help: { type: "boolean", short: "h", help: "show this help" } };
var COMMANDS = {
  scan: {
    usage: "pdguard scan [options] [PATH...]",
    summary: "scan files and directories (default: .); - reads standard input",
    options: SCAN_OPTIONS,
    exitCodes: "scanning",
    details: [
      "Examples:",
      "  pdguard scan                      scan the current directory",
      "  pdguard scan config .env          scan a directory and a file",
      "  kubectl get secret -o yaml | pdguard scan - --stdin-name secret.yaml",
      "  pdguard scan --format json --output pdguard.json",
      "  pdguard scan --write-baseline .pdguard-baseline.json   accept today's findings",
      "  pdguard scan --baseline .pdguard-baseline.json   then report only new ones"
    ].join("\n")
  },
  history: {
    usage: "pdguard history [--repo DIR] [--range A..B | --since REV | --branch REF]",
    summary: "scan git history: every blob once, reported with the commit that introduced it",
    options: HISTORY_OPTIONS,
    exitCodes: "scanning",
    details: [
      "By default every commit reachable from any ref (branches, tags, remote-tracking",
      "refs) is scanned. A secret that stays in a file through many commits (or moves",
      "with a rename) is one finding, at the commit that introduced it; the same secret",
      "in two files is two findings.",
      "",
      "Examples:",
      "  pdguard history                          audit the whole repository",
      "  pdguard history --range origin/main..HEAD   only what this branch adds",
      "  pdguard history --branch main            only what main reaches",
      "  pdguard history --format sarif --output pdguard.sarif"
    ].join("\n")
  },
  staged: {
    usage: "pdguard staged [--repo DIR] [options]",
    summary: "scan what the next commit will contain (the index); only lines it adds are reported",
    options: GIT_SCAN_OPTIONS,
    exitCodes: "scanning",
    details: "Run by the pre-commit hook that `pdguard install` writes."
  },
  "pre-push": {
    usage: "pdguard pre-push [--repo DIR] [REMOTE [URL]] < git pre-push lines",
    summary: "scan only the commits being pushed (reads git's pre-push lines on standard input)",
    options: GIT_SCAN_OPTIONS,
    exitCodes: "scanning",
    details: "Run by the pre-push hook that `pdguard install --hook pre-push` writes."
  },
  install: {
    usage: "pdguard install [--hook HOOK] [--force | --append] [--repo DIR]",
    summary: "install a git hook that runs pdguard (plain .git/hooks, core.hooksPath or husky)",
    options: HOOK_OPTIONS,
    exitCodes: "hook"
  },
  uninstall: {
    usage: "pdguard uninstall [--hook pre-commit|pre-push] [--repo DIR]",
    summary: "remove the hook that pdguard install wrote (and nothing else)",
    options: { ...REPO_OPTION, hook: HOOK_OPTIONS.hook },
    exitCodes: "hook"
  },
  allow: {
    usage: "pdguard allow (FINGERPRINT... | --last) --reason TEXT [--config FILE]",
    summary: "allow findings that are not secrets: writes their entries into .pdguard.yaml, keeping its comments",
    exitCodes: "allow",
    options: {
      reason: { type: "string", value: "TEXT", help: "why these findings are allowed (required; kept beside each entry)" },
      last: { type: "boolean", help: "allow every finding of the last scan, history, staged or pre-push run in this repository" },
      config: { type: "string", value: "FILE", help: "the configuration to write (default: the one the last run used, else .pdguard.yaml at the repository top)" }
    },
    details: [
      "FINGERPRINT is what the text report prints on each finding (or all 32 digits",
      "from --format json). The last run's fingerprints are kept in the repository's",
      "git directory (never a secret).",
      "",
      "Examples:",
      '  pdguard allow 3f9a0c1d2e4b --reason "test fixture, not a real key"',
      '  pdguard allow --last --reason "documentation examples"'
    ].join("\n")
  },
  audit: {
    usage: "pdguard audit [options] [PATH | URL...] | --github-org ORG [options]",
    summary: "audit repositories (or folders of clones): each credential once, with its exposure and what to rotate first",
    options: AUDIT_OPTIONS,
    exitCodes: "scanning",
    details: [
      "Each PATH is a repository, or a folder whose subfolders are clones (default: .).",
      "Each URL (https://, ssh://, user@host:path, file://) is cloned without a work",
      "tree into --clone-dir with every ref, pull request refs included; a cloned",
      "repository's own .pdguard.yaml and allow comments are not used.",
      "Every ref's history is scanned; each credential is listed once with every",
      "occurrence, when it was introduced and removed, the refs that still reach it,",
      "whether the default branch holds it today, and whether removing it takes a",
      "history rewrite. Live first (with --verify), then unknown, then dead.",
      "",
      "Examples:",
      "  pdguard audit                               audit this repository",
      "  pdguard audit ~/src/acme --verify           every clone in ~/src/acme, checked",
      "  pdguard audit --format html -o audit.html   a report to hand over",
      "  pdguard audit --format json -o api.json     for pdguard report merge",
      "  pdguard audit https://github.com/acme/api   clone it (every ref) and audit it",
      "  pdguard audit --github-org acme --format html -o acme.html",
      "  pdguard audit --github-org acme --list --format json   a matrix for CI"
    ].join("\n")
  },
  report: {
    usage: "pdguard report merge FILE... [--format json|html|sarif|text] [-o FILE]",
    summary: "merge the JSON reports of several audits into one (the same credential in two is one)",
    options: REPORT_MERGE_OPTIONS,
    exitCodes: "scanning",
    details: "Example:\n  pdguard report merge reports/*.json --format html --output org-audit.html"
  },
  rules: {
    usage: "pdguard rules [--format text|json] [--patterns FILE]",
    summary: "list the detection rules",
    options: { format: { type: "string", value: "FORMAT", help: "text (the default) or json" }, ...RULE_OPTIONS },
    exitCodes: "rules"
  }
};

// src/cli/help.ts
var EXIT_CODES = {
  scanning: [
    ["0", "no unsuppressed findings (--fail-on live: none verified live; --fail-on never: any findings)"],
    ["1", "findings"],
    ["2", "usage error, bad configuration or patterns, unreadable input, an incomplete scan, or (--fail-on live) credentials left unchecked"]
  ],
  hook: [
    ["0", "done (the message says what changed)"],
    ["2", "usage error, not a git repository, or a hook that cannot be written or removed"]
  ],
  allow: [
    ["0", "the entries were written (the message says where)"],
    ["2", "usage error, a fingerprint not in the last run, or a configuration that cannot be written"]
  ],
  rules: [
    ["0", "the rules were listed"],
    ["2", "usage error or a bad pattern file"]
  ],
  all: [
    ["0", "no unsuppressed findings (or the command did what it was asked)"],
    ["1", "findings (scanning commands only)"],
    ["2", "usage error, bad configuration or patterns, unreadable input, or an incomplete scan"]
  ]
};
function exitCodes(set) {
  return ["Exit codes:", ...EXIT_CODES[set].flatMap(([code, meaning]) => wrapWords(meaning, DEFAULT_WIDTH, `  ${code}  `, "     "))];
}
function table(rows) {
  const width = Math.min(Math.max(...rows.map(([left]) => left.length)) + 2, 32);
  return rows.flatMap(([left, right]) => {
    const head = `  ${left}`;
    if (head.length + 2 > width + 2) return [head, ...wrapWords(right, DEFAULT_WIDTH, " ".repeat(width + 2))];
    return wrapWords(right, DEFAULT_WIDTH, head.padEnd(width + 2), " ".repeat(width + 2));
  });
}
function optionLines(options) {
  return table(
    Object.entries({ ...options, ...HELP_OPTION }).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`, spec.help])
  );
}
function commandHelp(name) {
  const spec = COMMANDS[name];
  return [
    `Usage: ${spec.usage}`,
    "",
    ...wrapWords(`${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`, DEFAULT_WIDTH),
    "",
    "Options:",
    ...optionLines(spec.options),
    "",
    ...spec.details ? [spec.details, ""] : [],
    ...exitCodes(spec.exitCodes),
    ""
  ].join("\n");
}
function mainHelp() {
  return [
    "pdguard: find leaked PagerDuty credentials before they page you.",
    "",
    "Usage: pdguard <command> [options]",
    "",
    "Commands:",
    ...table(Object.entries(COMMANDS).map(([name, spec]) => [name, spec.summary])),
    "",
    "Options:",
    ...table([
      ["-h, --help", "show help (also: pdguard <command> --help)"],
      ["-V, --version", "print the version"]
    ]),
    "",
    ...exitCodes("all"),
    "",
    "Docs: https://github.com/pdguard/pdguard#readme",
    ""
  ].join("\n");
}

// src/cli/parse.ts
function leadingOption(argv) {
  const option = argv[0];
  const name = option.replace(/=.*$/, "");
  if (name === "-v" || name === "--verbose") return `unknown option '${name}'; did you mean -V (--version)? For more detail on a scan: pdguard scan --debug`;
  const scanOptions = Object.entries(COMMANDS.scan.options).flatMap(([long, spec]) => [`--${long}`, ...spec.short ? [`-${spec.short}`] : []]);
  if (scanOptions.includes(name)) return `options go after the command, e.g. pdguard scan ${argv.join(" ")} (see pdguard --help)`;
  const pointer = habit(name);
  if (pointer) return `unknown option '${name}'; ${pointer}, after the command (see pdguard --help)`;
  return `unknown option '${name}'${didYouMean(name, ["--help", "--version"])} (see pdguard --help)`;
}
function parseOptions(command, args) {
  const spec = COMMANDS[command];
  const options = {};
  for (const [name, o] of Object.entries({ ...spec.options, ...HELP_OPTION })) {
    options[name] = { type: o.type, ...o.multiple ? { multiple: true } : {}, ...o.short ? { short: o.short } : {} };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const raw = (error instanceof Error ? error.message : String(error)).split(". ")[0].replace(/\.$/, "");
    const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(raw)?.[1];
    if (missing) throw new UsageError(`${missing} needs a value (see pdguard ${command} --help)`);
    const message = raw.replace(/^Unknown option/, "unknown option");
    const unknown = /^unknown option '(--?[^'=]+)/.exec(message)?.[1];
    const known = Object.keys(options).map((name) => `--${name}`);
    const pointer = unknown ? habit(unknown) : void 0;
    if (pointer) throw new UsageError(`unknown option '${unknown}'; ${pointer} (see pdguard ${command} --help)`);
    throw new UsageError(`${message}${unknown?.startsWith("--") ? didYouMean(unknown, known) : ""} (see pdguard ${command} --help)`);
  }
}
var RULES_FORMATS = ["text", "json"];
function oneFormat(value, command) {
  const allowed = command === "rules" ? RULES_FORMATS : FORMATS;
  if (value === void 0) return "text";
  if (isFormat(value) && allowed.includes(value)) return value;
  const guess = didYouMean(String(value), allowed);
  const got = guess ? `(got '${String(value)}')${guess} (see` : `(got '${String(value)}'; see`;
  throw new UsageError(`--format must be one of ${allowed.join(", ")} ${got} pdguard ${command} --help)`);
}
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    if (topic && COMMANDS[topic]) return { kind: "help", text: commandHelp(topic) };
    return { kind: "help", text: mainHelp() };
  }
  if (first === "-V" || first === "--version" || first === "version") return { kind: "version" };
  if (first.startsWith("-")) throw new UsageError(leadingOption(argv));
  if (!COMMANDS[first]) {
    const known = Object.keys(COMMANDS);
    throw new UsageError(`unknown command '${first}'${didYouMean(first, known)} (commands: ${known.join(", ")}; see pdguard --help)`);
  }
  const { values, positionals } = parseOptions(first, rest);
  if (values.help) return { kind: "help", text: commandHelp(first) };
  const format = oneFormat(values.format, first);
  const patterns = values.patterns ?? [];
  const str = (name) => {
    const v = values[name];
    if (v === "") throw new UsageError(`--${name} needs a value`);
    return v;
  };
  if (first === "rules") {
    if (positionals.length) throw new UsageError(`pdguard rules takes no arguments (got '${positionals[0]}')`);
    return { kind: "rules", format, patterns };
  }
  if (first === "install" || first === "uninstall") {
    if (positionals.length) throw new UsageError(`pdguard ${first} takes no arguments (got '${positionals[0]}')`);
    const hook = str("hook") ?? "pre-commit";
    if (hook !== "pre-commit" && hook !== "pre-push") throw new UsageError(`--hook must be pre-commit or pre-push (got '${hook}')`);
    const repo2 = str("repo");
    return { kind: first, hook, force: Boolean(values.force), append: Boolean(values.append), ...repo2 !== void 0 ? { repo: repo2 } : {} };
  }
  if (first === "allow") {
    const reason = str("reason");
    if (reason === void 0 || reason.trim() === "") throw new UsageError("pdguard allow needs --reason TEXT: say why these findings are not secrets");
    const config = str("config");
    return { kind: "allow", fingerprints: positionals, last: Boolean(values.last), reason, ...config !== void 0 ? { config } : {} };
  }
  if (first === "report") return parseReportMerge(positionals, values, format, str);
  const failOn = parseFailOn(str("fail-on"));
  const verifyWanted = Boolean(values.verify) || failOn === "live";
  for (const name of ["api-url", "api-url-eu", "verify-cache"]) {
    if (values[name] !== void 0 && !verifyWanted) throw new UsageError(`--${name} goes with --verify`);
  }
  for (const name of ["include", "exclude"]) {
    for (const glob of values[name] ?? []) {
      const problem = globProblem(glob);
      if (problem) throw new UsageError(`--${name}: ${problem}`);
    }
  }
  const flags = {
    format,
    color: !values["no-color"],
    output: str("output") ?? "-",
    showSecrets: Boolean(values["show-secrets"]),
    quiet: Boolean(values.quiet),
    progress: !values["no-progress"],
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    patterns,
    enableRules: values["enable-rule"] ?? [],
    disableRules: values["disable-rule"] ?? [],
    failOn,
    debug: Boolean(values.debug)
  };
  if (verifyWanted) {
    const verify = {};
    const apiUrl = str("api-url");
    const apiUrlEu = str("api-url-eu");
    const cacheFile = str("verify-cache");
    if (apiUrl !== void 0) verify.apiUrl = apiUrl;
    if (apiUrlEu !== void 0) verify.apiUrlEu = apiUrlEu;
    if (cacheFile !== void 0) verify.cacheFile = cacheFile;
    flags.verify = verify;
  }
  for (const [name, key] of [["config", "config"], ["baseline", "baseline"], ["write-baseline", "writeBaseline"]]) {
    const value = str(name);
    if (value !== void 0) flags[key] = value;
  }
  if (first === "scan") {
    if (positionals.filter((p) => p === "-").length > 1) throw new UsageError("standard input (-) can be scanned only once");
    const limit = sizeLimit(str("max-file-size"));
    return { kind: "scan", ...flags, paths: positionals, stdinName: str("stdin-name") ?? "stdin", gitignore: !values["no-gitignore"], ...limit !== void 0 ? { maxFileSize: limit } : {} };
  }
  if (first === "audit") {
    const asOf = parseAsOf(str("as-of"));
    const list2 = Boolean(values.list);
    if (list2 && format !== "text" && format !== "json") throw new UsageError(`audit --list prints text or json (got '${format}')`);
    return { kind: "audit", ...flags, paths: positionals, ...asOf !== void 0 ? { asOf } : {}, ...historyReading(values, str), remote: remoteFlags(values, str), list: list2 };
  }
  const repo = str("repo");
  const git = { ...flags, ...repo !== void 0 ? { repo } : {} };
  if (first === "history") {
    if (positionals.length) throw new UsageError(`pdguard history takes no paths (got '${positionals[0]}'); use --repo DIR or --range A..B`);
    const range = str("range");
    const since = str("since");
    const branch = str("branch");
    const chosen = [["--range", range], ["--since", since], ["--branch", branch]].filter(([, value]) => value !== void 0).map(([name]) => name);
    if (chosen.length > 1) throw new UsageError(`${chosen.join(" and ")} cannot be used together`);
    const reviewBase = str("review-base");
    if (reviewBase !== void 0 && git.writeBaseline !== void 0) throw new UsageError("--review-base judges a change by its base: it writes no baseline (drop --write-baseline)");
    return {
      kind: "history",
      ...git,
      ...range !== void 0 ? { range } : {},
      ...since !== void 0 ? { since } : {},
      ...branch !== void 0 ? { branch } : {},
      ...reviewBase !== void 0 ? { reviewBase } : {},
      ...historyReading(values, str)
    };
  }
  if (first === "staged") {
    if (positionals.length) throw new UsageError(`pdguard staged takes no paths (got '${positionals[0]}'); it scans the index`);
    return { kind: "staged", ...git };
  }
  if (positionals.length > 2) throw new UsageError("pdguard pre-push takes at most REMOTE and URL (as git passes them)");
  return { kind: "pre-push", ...git, ...positionals[0] !== void 0 ? { remote: positionals[0] } : {}, ...positionals[1] !== void 0 ? { url: positionals[1] } : {} };
}
var GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function remoteFlags(values, str) {
  const list2 = (name) => {
    const all = values[name] ?? [];
    for (const v of all) if (!GITHUB_NAME.test(v)) throw new UsageError(`--${name} takes a GitHub account name such as acme (got '${v}')`);
    return all;
  };
  const githubOrgs = list2("github-org");
  const githubUsers = list2("github-user");
  const owners = githubOrgs.length + githubUsers.length > 0;
  for (const name of ["include-forks", "exclude-archived"]) {
    if (values[name] !== void 0 && !owners) throw new UsageError(`--${name} goes with --github-org or --github-user`);
  }
  if (values.keep && values["no-keep"]) throw new UsageError("--keep and --no-keep cannot be used together");
  const apiUrl = str("github-api-url");
  if (apiUrl !== void 0) {
    let parsed = null;
    try {
      parsed = new URL(apiUrl);
    } catch {
      parsed = null;
    }
    const loopback = parsed !== null && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname);
    if (!parsed || !(parsed.protocol === "https:" || parsed.protocol === "http:" && loopback) || parsed.username || parsed.password) {
      throw new UsageError(`--github-api-url takes an https:// URL without credentials, such as https://ghe.example.com/api/v3 (got '${apiUrl.replace(/\/\/[^/@]+@/, "//***@")}')`);
    }
  }
  const tokenEnv = str("github-token-env");
  if (tokenEnv !== void 0 && !ENV_NAME.test(tokenEnv)) throw new UsageError(`--github-token-env takes the name of an environment variable, not a token (got a value that is not a name)`);
  const cloneDir = str("clone-dir");
  const maxClone = str("max-clone-size");
  let maxCloneSize;
  if (maxClone !== void 0) {
    const limit = parseSize(maxClone);
    if (limit instanceof Error) throw new UsageError(`--max-clone-size: ${limit.message}`);
    maxCloneSize = limit;
  }
  return {
    githubOrgs,
    githubUsers,
    ...apiUrl !== void 0 ? { githubApiUrl: apiUrl } : {},
    ...tokenEnv !== void 0 ? { githubTokenEnv: tokenEnv } : {},
    includeForks: Boolean(values["include-forks"]),
    excludeArchived: Boolean(values["exclude-archived"]),
    ...cloneDir !== void 0 ? { cloneDir } : {},
    keep: !values["no-keep"],
    ...maxCloneSize !== void 0 ? { maxCloneSize } : {}
  };
}
function parseAsOf(value) {
  if (value === void 0) return void 0;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new UsageError(`--as-of takes an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (got '${value}')`);
  return time;
}
function parseReportMerge(positionals, values, format, str) {
  const [action, ...files] = positionals;
  if (action !== "merge") {
    const got = action === void 0 ? "nothing" : `'${action}'${didYouMean(action, ["merge"])}`;
    throw new UsageError(`report takes merge FILE... (got ${got}; see pdguard report --help)`);
  }
  if (!files.length) throw new UsageError("report merge needs the JSON reports to merge (pdguard report merge a.json b.json ...)");
  if (!["json", "html", "sarif", "text"].includes(values.format === void 0 ? "text" : format)) {
    throw new UsageError(`pdguard report merge writes json, html, sarif or text (got '${format}')`);
  }
  const failOn = parseFailOn(str("fail-on"));
  const asOf = parseAsOf(str("as-of"));
  return { kind: "report-merge", files, format, output: str("output") ?? "-", quiet: Boolean(values.quiet), failOn, ...asOf !== void 0 ? { asOf } : {} };
}
function parseFailOn(value) {
  const failOn = value ?? "any";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (got '${failOn}'${didYouMean(failOn, FAIL_ON)})`);
  return failOn;
}
function sizeLimit(value) {
  if (value === void 0) return void 0;
  const limit = parseSize(value);
  if (limit instanceof Error) throw new UsageError(`--max-file-size: ${limit.message}`);
  return limit;
}
function historyReading(values, str) {
  const cache = str("cache");
  if (cache !== void 0 && values["no-cache"]) throw new UsageError("--cache and --no-cache cannot be used together");
  const limit = sizeLimit(str("max-file-size"));
  return {
    ...cache !== void 0 ? { cache } : {},
    ...values["no-cache"] ? { noCache: true } : {},
    ...limit !== void 0 ? { maxFileSize: limit } : {}
  };
}

// src/cli/progress.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function progressWanted(stream, env, asked) {
  return asked && Boolean(stream.isTTY) && !env.CI && env.TERM !== "dumb";
}
function eta(p, seconds) {
  if (!p.blobsTotal || p.blobs < 100 || seconds < 1) return "";
  const left = Math.max(0, Math.round((p.blobsTotal - p.blobs) * seconds / p.blobs));
  return left >= 60 ? `, ETA ${Math.floor(left / 60)}m${String(left % 60).padStart(2, "0")}s` : `, ETA ${left}s`;
}
var HistoryProgressLine = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  last = 0;
  shown = false;
  started = performance.now();
  update = (p) => {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1e3, 1e-3);
    const rate = formatBytes(p.bytes / seconds);
    const blobs = p.blobsTotal ? `${p.blobs.toLocaleString("en")}/${plural(p.blobsTotal, "blob")}` : plural(p.blobs, "blob");
    this.shown = true;
    this.stream.write(`\r\x1B[Kpdguard: ${plural(p.commits, "commit")}, ${blobs}, ${formatBytes(p.bytes)} (${rate}/s)${eta(p, seconds)}`);
  };
  clear() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
var EXIT_INTERRUPTED = 130;
function useColor(env, isTTY) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return Boolean(isTTY) && env.TERM !== "dumb";
}
function emit(io, flags, text) {
  if (flags.output === "-") {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSafely(flags.output, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new PdguardError(`${flags.output}: cannot write the report (${error.code ?? errorMessage(error)})`);
  }
}
function outputWidth(io, flags) {
  return flags.output === "-" && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH;
}
function report(result, flags, io, pathPrefix) {
  return formatReport(flags.format, result, {
    showSecrets: flags.showSecrets,
    toolVersion: version(),
    color: flags.color && flags.output === "-" && useColor(io.env, io.stdout.isTTY),
    quiet: flags.quiet,
    width: outputWidth(io, flags),
    pathPrefix,
    asOf: Date.now()
  });
}
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
async function pathPrefixOf(result, io, repoArg) {
  let base;
  if (result.scan.mode === "files") {
    const root = result.scan.root;
    try {
      if (!statSync(resolve(io.cwd, root)).isDirectory()) return "";
    } catch {
      return "";
    }
    base = toPosix(root);
  } else if (result.scan.mode === "stdin") {
    return "";
  } else {
    const { openRepo } = await import("./repo-4YTYMS6T.js");
    const repo = await openRepo(resolve(io.cwd, repoArg ?? "."));
    if (repo.bare) return "";
    const top = repo.dir;
    base = repoArg !== void 0 && isAbsolute(repoArg) ? toPosix(top) : toPosix(relative(io.cwd, top));
  }
  base = base.replace(/\/+$/, "");
  return base === "" || base === "." ? "" : `${base}/`;
}
function commonOptions(command, io, onProgress) {
  const reviewing = command.reviewBase !== void 0;
  const options = {
    ...reviewing ? {} : { rules: loadPatterns(command.patterns) },
    // A run that writes a baseline records every finding: no baseline applies to it.
    ...command.writeBaseline ? { ignoreBaseline: true } : command.baseline && !reviewing ? { baseline: readBaseline(command.baseline) } : {},
    ...command.enableRules.length ? { enableRules: command.enableRules } : {},
    ...command.disableRules.length ? { disableRules: command.disableRules } : {},
    include: command.include,
    exclude: command.exclude,
    ...command.config && !reviewing ? { configFile: command.config } : {},
    ...onProgress ? { onProgress } : {}
  };
  if (command.verify) {
    options.verify = {
      ...apiBases(command.verify, io.env),
      ...command.verify.cacheFile ? { cacheFile: command.verify.cacheFile } : {},
      ...command.debug ? { debug: debugLines(io.stderr) } : {}
    };
  }
  return options;
}
async function runScanning(command, io, produce, repoArg) {
  const started = performance.now();
  const debug = command.debug ? debugLines(io.stderr) : null;
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new HistoryProgressLine(io.stderr) : null;
  const stopObserving = debug ? observeGit((run2) => debug(describeGitRun(run2))) : void 0;
  const stopListening = io.onInterrupt?.(() => {
    progress?.clear();
    io.stderr.write("pdguard: interrupted\n");
  });
  let result;
  try {
    let rulesMs;
    let runMs;
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
    if (repoArg !== void 0) result = { ...result, scan: { ...result.scan, root: repoArg ?? "." } };
    if (command.writeBaseline) {
      const written = writeBaseline(command.writeBaseline, result.findings);
      io.stderr.write(`pdguard: wrote ${plural(written, "finding")} to ${command.writeBaseline}
`);
    }
    const prefix = command.format === "text" ? await pathPrefixOf(result, io, repoArg ?? void 0) : "";
    if (debug) for (const line of describeScan(result, command, { rulesMs, runMs, totalMs: performance.now() - started })) debug(line);
    if (!command.writeBaseline || command.output !== "-") emit(io, command, report(result, command, io, prefix));
    const { rememberFindings } = await import("./allow-IOOVV3FE.js");
    rememberFindings(result, resolve(io.cwd, result.scan.root));
  } finally {
    stopObserving?.();
  }
  for (const warning of result.scan.warnings ?? []) io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(warning))}
`);
  if (result.scan.shallow) {
    io.stderr.write(`pdguard: this is a shallow clone: history before its boundary was not scanned; ${SHALLOW_FIX}
`);
  }
  const decided = verdict(result.findings, command.failOn, result.incomplete);
  if (decided.kind === "incomplete") {
    const unreadable = unreadablePaths(result).length;
    io.stderr.write(`pdguard: the scan is incomplete: ${plural(unreadable, "path")} could not be read (listed in the report); fix that and run again
`);
    return EXIT_ERROR;
  }
  if (command.writeBaseline) return EXIT_OK;
  if (decided.kind === "unchecked") {
    io.stderr.write(`pdguard: ${uncheckedMessage(decided.unchecked, decided.unverified)}
`);
    return EXIT_ERROR;
  }
  if (decided.kind === "pass") return EXIT_OK;
  const blocked = BLOCKED[result.scan.mode];
  const underFramework = io.env.PRE_COMMIT === "1";
  if (blocked) io.stderr.write(`${underFramework ? blocked.replace(/git (commit|push) --no-verify/, (_, verb) => `SKIP=${verb === "commit" ? "pdguard" : "pdguard-pre-push"} git ${verb} \u2026`) : blocked}
`);
  return EXIT_FINDINGS;
}
var BLOCKED = {
  staged: "pdguard: commit blocked: remove the credential from the staged files and rotate it if it was ever shared (not a secret? add pdguard:allow to its line; to skip the check once: git commit --no-verify)",
  "pre-push": "pdguard: push blocked: the commits above add a credential; rotate it, rewrite those commits (git rebase -i, git commit --amend) and push again (to skip the check once: git push --no-verify)"
};
async function runCommand(command, io) {
  switch (command.kind) {
    case "help":
      io.stdout.write(command.text);
      return EXIT_OK;
    case "version":
      io.stdout.write(`${version()}
`);
      return EXIT_OK;
    case "rules": {
      const rules = loadPatterns(command.patterns);
      io.stdout.write(command.format === "json" ? formatRulesJson(rules) : formatRulesText(rules, outputWidth(io, { output: "-" })));
      return EXIT_OK;
    }
    case "scan":
      if (command.paths.includes("-") && io.stdin.isTTY) io.stderr.write("pdguard: reading standard input (end it with Ctrl-D)\n");
      return runScanning(
        command,
        io,
        ({ onProgress: _, ...options }) => scan({ ...options, paths: command.paths, cwd: io.cwd, stdin: io.stdin, stdinName: command.stdinName, gitignore: command.gitignore, maxFileSize: command.maxFileSize })
      );
    // Git commands load their modules on demand: `pdguard scan` never pays for them.
    case "history": {
      const { scanHistory } = await import("./history-YSSJSBXO.js");
      return runScanning(
        command,
        io,
        (options) => scanHistory({
          ...options,
          repo: resolve(io.cwd, command.repo ?? "."),
          ...command.range !== void 0 ? { range: command.range } : {},
          ...command.since !== void 0 ? { since: command.since } : {},
          ...command.branch !== void 0 ? { branch: command.branch } : {},
          ...command.reviewBase !== void 0 ? {
            review: {
              base: command.reviewBase,
              files: {
                ...command.config !== void 0 ? { config: resolve(io.cwd, command.config) } : {},
                ...command.baseline !== void 0 ? { baseline: resolve(io.cwd, command.baseline) } : {},
                patterns: command.patterns.map((p) => resolve(io.cwd, p))
              },
              onNote: (note) => command.quiet || io.stderr.write(`pdguard: ${note}
`)
            }
          } : {},
          ...command.maxFileSize !== void 0 ? { maxFileSize: command.maxFileSize } : {},
          ...command.noCache ? { cache: null } : command.cache !== void 0 ? { cache: resolve(io.cwd, command.cache) } : {},
          onWarning: (message) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}
`)
        }),
        command.repo ?? null
      );
    }
    case "staged": {
      const { scanStaged } = await import("./staged-D6EKDRJU.js");
      return runScanning(command, io, (options) => scanStaged({ ...options, repo: resolve(io.cwd, command.repo ?? ".") }), command.repo ?? null);
    }
    case "pre-push": {
      const { parsePrePushLines, scanPrePush } = await import("./prepush-PUVNTXE5.js");
      return runScanning(command, io, async (options) => {
        const env = io.env;
        const remoteRef = env.PRE_COMMIT_REMOTE_BRANCH ?? "";
        let updates;
        if (env.PRE_COMMIT_TO_REF && env.PRE_COMMIT_FROM_REF) {
          updates = [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? "HEAD", localSha: env.PRE_COMMIT_TO_REF, remoteRef, remoteSha: env.PRE_COMMIT_FROM_REF }];
        } else if (env.PRE_COMMIT_REMOTE_NAME && env.PRE_COMMIT_LOCAL_BRANCH) {
          updates = [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH, localSha: env.PRE_COMMIT_LOCAL_BRANCH, remoteRef, remoteSha: "0".repeat(40) }];
        } else if (io.stdin.isTTY) {
          updates = [];
        } else {
          updates = parsePrePushLines(await readAll(io.stdin));
        }
        const remote = command.remote ?? env.PRE_COMMIT_REMOTE_NAME;
        const url = command.url ?? env.PRE_COMMIT_REMOTE_URL;
        const debug = command.debug ? { debug: (line) => io.stderr.write(`pdguard: debug: ${line}
`) } : {};
        return scanPrePush({ ...options, repo: resolve(io.cwd, command.repo ?? "."), updates, ...remote ? { remote } : {}, ...url ? { url } : {}, ...debug });
      }, command.repo ?? null);
    }
    case "allow": {
      const { allowFindings } = await import("./allow-IOOVV3FE.js");
      const { kind: _, ...options } = command;
      io.stdout.write(`${allowFindings({ ...options, cwd: io.cwd })}
`);
      return EXIT_OK;
    }
    case "audit":
      return (await import("./audit-EBMKNBER.js")).runAudit(command, io);
    case "report-merge":
      return (await import("./audit-EBMKNBER.js")).runReportMerge(command, io);
    case "install":
    case "uninstall": {
      const { installHook, uninstallHook } = await import("./install-2YEYX7ON.js");
      const repo = resolve(io.cwd, command.repo ?? ".");
      const outcome = command.kind === "install" ? await installHook(repo, command.hook, { force: command.force, append: Boolean(command.append) }) : await uninstallHook(repo, command.hook);
      io.stdout.write(`${outcome.split("\n").map(escapeControls).join("\n")}
`);
      return EXIT_OK;
    }
  }
}
async function readAll(stream) {
  let text = "";
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}
async function run(argv, io) {
  try {
    return await runCommand(parseCommandLine(argv), io);
  } catch (error) {
    if (error instanceof PdguardError) {
      io.stderr.write(`pdguard: ${escapeControls(scrubSecrets(error.message))}
`);
    } else {
      const where = error instanceof Error && error.stack ? error.stack.split("\n")[1]?.trim() : "";
      io.stderr.write(`pdguard: internal error: ${escapeControls(scrubSecrets(errorMessage(error)))}${where ? ` (${escapeControls(where)})` : ""}; please report it
`);
    }
    return EXIT_ERROR;
  }
}

export {
  scrubSecrets,
  verdict,
  uncheckedMessage,
  debugLines,
  describeGitRun,
  progressWanted,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR,
  EXIT_INTERRUPTED,
  useColor,
  emit,
  outputWidth,
  commonOptions,
  run
};
