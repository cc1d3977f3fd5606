import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  FORMATS,
  formatBytes,
  formatReport,
  formatRulesJson,
  formatRulesText,
  isFormat,
  plural,
  readBaseline,
  scan,
  unreadablePaths,
  writeBaseline
} from "./chunk-6QOBT6JE.js";
import "./chunk-4G6V52UV.js";
import {
  apiBases
} from "./chunk-GZYXQ6EO.js";
import {
  loadPatterns
} from "./chunk-LK33PIOW.js";
import "./chunk-HIZSBGZ2.js";
import "./chunk-QQ5OGVZD.js";
import {
  SHALLOW_FIX,
  version
} from "./chunk-LDDEAZUZ.js";
import {
  PdguardError,
  UsageError,
  errorMessage
} from "./chunk-LYLTTLW4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

// src/cli/main.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/cli/parse.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { parseArgs } from "node:util";

// src/cli/help.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/cli/options.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var REPORT_OPTIONS = {
  format: { type: "string", value: "FORMAT", help: `report format: ${FORMATS.join(", ")} (text is the default; github: workflow annotations)` },
  output: { type: "string", short: "o", value: "FILE", help: "write the report to FILE (- is standard output, the default)" },
  "show-secrets": { type: "boolean", help: "print secrets in full (every format redacts them otherwise)" },
  quiet: { type: "boolean", short: "q", help: "print findings and errors only" },
  "no-progress": { type: "boolean", help: "never show progress (it shows only on a terminal, never under CI)" },
  verify: { type: "boolean", help: "check each distinct secret against the PagerDuty API (read-only GET requests)" },
  "fail-on": { type: "string", value: "WHEN", help: "any (default): exit 1 on any finding; live: only on findings verified live (implies --verify)" },
  "api-url": { type: "string", value: "URL", help: "US API base URL for --verify (default: $PDGUARD_API_URL or https://api.pagerduty.com)" },
  "api-url-eu": { type: "string", value: "URL", help: "EU API base URL for --verify (default: $PDGUARD_API_URL_EU or https://api.eu.pagerduty.com)" },
  "verify-cache": { type: "string", value: "FILE", help: "remember --verify results (status and time only, keyed by hash) for a day" },
  debug: { type: "boolean", help: "explain what pdguard does on stderr (secrets never appear)" }
};
var RULE_OPTIONS = {
  patterns: { type: "string", multiple: true, value: "FILE", help: "also load the rules in this pattern file (repeatable)" }
};
var SUPPRESS_OPTIONS = {
  config: { type: "string", value: "FILE", help: "configuration file (default: .pdguard.yaml in the scanned root or repository root)" },
  baseline: { type: "string", value: "FILE", help: "do not report the findings recorded in this baseline file" },
  "write-baseline": { type: "string", value: "FILE", help: "record this run's findings in FILE; later runs with --baseline FILE report only new ones" }
};
var FILTER_OPTIONS = {
  include: { type: "string", multiple: true, value: "GLOB", help: "scan only files matching GLOB (repeatable; relative to the scanned directory or repository)" },
  exclude: { type: "string", multiple: true, value: "GLOB", help: "leave out files and directories matching GLOB (repeatable)" }
};
var SCAN_OPTIONS = {
  ...REPORT_OPTIONS,
  ...SUPPRESS_OPTIONS,
  ...RULE_OPTIONS,
  ...FILTER_OPTIONS,
  "no-gitignore": { type: "boolean", help: "also scan files that .gitignore excludes (.git/ is never read)" },
  "stdin-name": { type: "string", value: "NAME", help: "the path to report for standard input (default: stdin)" }
};
var REPO_OPTION = {
  repo: { type: "string", value: "DIR", help: "the repository (default: the one holding the current directory)" }
};
var GIT_SCAN_OPTIONS = { ...REPO_OPTION, ...REPORT_OPTIONS, ...SUPPRESS_OPTIONS, ...RULE_OPTIONS, ...FILTER_OPTIONS };
var HISTORY_OPTIONS = {
  ...GIT_SCAN_OPTIONS,
  range: { type: "string", value: "A..B", help: "scan only the commits in B that are not in A" },
  since: { type: "string", value: "REV", help: "scan only the commits, on any ref, that REV does not contain" }
};
var HOOK_OPTIONS = {
  ...REPO_OPTION,
  hook: { type: "string", value: "HOOK", help: "pre-commit (default) or pre-push" },
  force: { type: "boolean", help: "replace a hook pdguard did not write (a backup is kept)" }
};
var HELP_OPTION = { help: { type: "boolean", short: "h", help: "show this help" } };
var COMMANDS = {
  scan: {
    usage: "pdguard scan [options] [PATH...]",
    summary: "scan files and directories (default: .); - reads standard input",
    options: SCAN_OPTIONS,
    details: [
      "Examples:",
      "  pdguard scan                      scan the current directory",
      "  pdguard scan config .env          scan a directory and a file",
      "  kubectl get secret -o yaml | pdguard scan - --stdin-name secret.yaml",
      "  pdguard scan --format json --output pdguard.json",
      "  pdguard scan --write-baseline .pdguard-baseline.json   accept what is there today",
      "  pdguard scan --baseline .pdguard-baseline.json         then report only new findings"
    ].join("\n")
  },
  history: {
    usage: "pdguard history [--repo DIR] [--range A..B | --since REV] [options]",
    summary: "scan git history: every blob once, reported with the commit that introduced it",
    options: HISTORY_OPTIONS,
    details: [
      "By default every commit reachable from any ref (branches, tags, remote-tracking refs) is scanned.",
      "A secret that stays in a file through many commits (or moves with a rename) is one finding, at the",
      "commit that introduced it; the same secret in two files is two findings.",
      "",
      "Examples:",
      "  pdguard history                          audit the whole repository",
      "  pdguard history --range origin/main..HEAD   only what this branch adds",
      "  pdguard history --format sarif --output pdguard.sarif"
    ].join("\n")
  },
  staged: {
    usage: "pdguard staged [--repo DIR] [options]",
    summary: "scan what the next commit will contain (the index); only lines it adds are reported",
    options: GIT_SCAN_OPTIONS,
    details: "Run by the pre-commit hook that `pdguard install` writes."
  },
  "pre-push": {
    usage: "pdguard pre-push [--repo DIR] [REMOTE [URL]] < git pre-push lines",
    summary: "scan only the commits being pushed (reads git's pre-push lines on standard input)",
    options: GIT_SCAN_OPTIONS,
    details: "Run by the pre-push hook that `pdguard install --hook pre-push` writes."
  },
  install: {
    usage: "pdguard install [--hook pre-commit|pre-push] [--force] [--repo DIR]",
    summary: "install a git hook that runs pdguard (plain .git/hooks, core.hooksPath or husky)",
    options: HOOK_OPTIONS
  },
  uninstall: {
    usage: "pdguard uninstall [--hook pre-commit|pre-push] [--repo DIR]",
    summary: "remove the hook that pdguard install wrote (and nothing else)",
    options: { ...REPO_OPTION, hook: HOOK_OPTIONS.hook }
  },
  rules: {
    usage: "pdguard rules [--format text|json] [--patterns FILE]",
    summary: "list the detection rules",
    options: { format: REPORT_OPTIONS.format, ...RULE_OPTIONS }
  }
};

// src/cli/help.ts
var EXIT_CODES = [
  "Exit codes:",
  "  0  no unsuppressed findings",
  "  1  findings",
  "  2  usage error, bad configuration or patterns, unreadable input, or an incomplete scan"
].join("\n");
function optionLines(options) {
  const rows = Object.entries({ ...options, ...HELP_OPTION }).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return [flag, spec.help];
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}
function commandHelp(name) {
  const spec = COMMANDS[name];
  return [`Usage: ${spec.usage}`, "", `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`, "", "Options:", ...optionLines(spec.options), "", ...spec.details ? [spec.details, ""] : [], EXIT_CODES, ""].join("\n");
}
function mainHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return [
    "pdguard: find leaked PagerDuty credentials before they page you.",
    "",
    "Usage: pdguard <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}${spec.summary}`),
    "",
    "Options:",
    "  -h, --help       show help (also: pdguard <command> --help)",
    "  -V, --version    print the version",
    "",
    EXIT_CODES,
    "",
    "Docs: https://github.com/pdguard/pdguard#readme",
    ""
  ].join("\n");
}

// src/cli/parse.ts
function parseOptions(command, args) {
  const spec = COMMANDS[command];
  const options = {};
  for (const [name, o] of Object.entries({ ...spec.options, ...HELP_OPTION })) {
    options[name] = { type: o.type, ...o.multiple ? { multiple: true } : {}, ...o.short ? { short: o.short } : {} };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(". ")[0].replace(/\.$/, "");
    throw new UsageError(`${message} (see pdguard ${command} --help)`);
  }
}
function oneFormat(value, command) {
  if (value === void 0) return "text";
  if (isFormat(value)) return value;
  throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got '${String(value)}'; see pdguard ${command} --help)`);
}
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    if (topic && COMMANDS[topic]) return { kind: "help", text: commandHelp(topic) };
    return { kind: "help", text: mainHelp() };
  }
  if (first === "-V" || first === "--version" || first === "version") return { kind: "version" };
  if (first.startsWith("-")) throw new UsageError(`a command comes first, e.g. pdguard scan ${first} (see pdguard --help)`);
  if (!COMMANDS[first]) {
    const known = Object.keys(COMMANDS).join(", ");
    throw new UsageError(`unknown command '${first}' (commands: ${known}; see pdguard --help)`);
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
    return { kind: first, hook, force: Boolean(values.force), ...repo2 !== void 0 ? { repo: repo2 } : {} };
  }
  const failOn = str("fail-on") ?? "any";
  if (failOn !== "any" && failOn !== "live") throw new UsageError(`--fail-on must be any or live (got '${failOn}')`);
  const verifyWanted = Boolean(values.verify) || failOn === "live";
  for (const name of ["api-url", "api-url-eu", "verify-cache"]) {
    if (values[name] !== void 0 && !verifyWanted) throw new UsageError(`--${name} goes with --verify`);
  }
  const flags = {
    format,
    output: str("output") ?? "-",
    showSecrets: Boolean(values["show-secrets"]),
    quiet: Boolean(values.quiet),
    progress: !values["no-progress"],
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    patterns,
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
    return { kind: "scan", ...flags, paths: positionals, stdinName: str("stdin-name") ?? "stdin", gitignore: !values["no-gitignore"] };
  }
  const repo = str("repo");
  const git = { ...flags, ...repo !== void 0 ? { repo } : {} };
  if (first === "history") {
    if (positionals.length) throw new UsageError(`pdguard history takes no paths (got '${positionals[0]}'); use --repo DIR or --range A..B`);
    const range = str("range");
    const since = str("since");
    if (range !== void 0 && since !== void 0) throw new UsageError("--range and --since cannot be used together");
    return { kind: "history", ...git, ...range !== void 0 ? { range } : {}, ...since !== void 0 ? { since } : {} };
  }
  if (first === "staged") {
    if (positionals.length) throw new UsageError(`pdguard staged takes no paths (got '${positionals[0]}'); it scans the index`);
    return { kind: "staged", ...git };
  }
  if (positionals.length > 2) throw new UsageError("pdguard pre-push takes at most REMOTE and URL (as git passes them)");
  return { kind: "pre-push", ...git, ...positionals[0] !== void 0 ? { remote: positionals[0] } : {} };
}

// src/cli/progress.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function progressWanted(stream, env, asked) {
  return asked && Boolean(stream.isTTY) && !env.CI && env.TERM !== "dumb";
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
    this.stream.write(`\r\x1B[Kpdguard: ${p.commits.toLocaleString("en")} commits, ${p.blobs.toLocaleString("en")} blobs, ${formatBytes(p.bytes)} (${rate}/s)`);
    this.shown = true;
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
    writeFileSync(flags.output, text);
  } catch (error) {
    throw new PdguardError(`${flags.output}: cannot write the report (${error.code ?? errorMessage(error)})`);
  }
}
function report(result, flags, io) {
  return formatReport(flags.format, result, {
    showSecrets: flags.showSecrets,
    toolVersion: version(),
    color: flags.output === "-" && useColor(io.env, io.stdout.isTTY),
    quiet: flags.quiet
  });
}
function commonOptions(command, io, onProgress) {
  const options = {
    rules: loadPatterns(command.patterns),
    baseline: command.baseline ? readBaseline(command.baseline) : null,
    include: command.include,
    exclude: command.exclude,
    ...command.config ? { configFile: command.config } : {},
    ...onProgress ? { onProgress } : {}
  };
  if (command.verify) {
    options.verify = {
      ...apiBases(command.verify, io.env),
      ...command.verify.cacheFile ? { cacheFile: command.verify.cacheFile } : {},
      ...command.debug ? { debug: (line) => io.stderr.write(`pdguard: debug: ${line}
`) } : {}
    };
  }
  return options;
}
async function runScanning(command, io, produce) {
  const progress = progressWanted(io.stderr, io.env, command.progress && !command.quiet) ? new HistoryProgressLine(io.stderr) : null;
  const options = commonOptions(command, io, progress?.update);
  let result;
  try {
    result = await produce(options);
  } finally {
    progress?.clear();
  }
  if (command.writeBaseline) writeBaseline(command.writeBaseline, result.findings);
  emit(io, command, report(result, command, io));
  if (result.scan.shallow) {
    io.stderr.write(`pdguard: this is a shallow clone: history before its boundary was not scanned; ${SHALLOW_FIX}
`);
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result).length;
    io.stderr.write(`pdguard: the scan is incomplete: ${plural(unreadable, "path")} could not be read (listed in the report); fix that and run again
`);
    return EXIT_ERROR;
  }
  if (command.writeBaseline) return EXIT_OK;
  const failing = command.failOn === "live" ? result.findings.filter((f) => f.verification?.status === "live") : result.findings;
  if (failing.length === 0) return EXIT_OK;
  const blocked = BLOCKED[result.scan.mode];
  if (blocked) io.stderr.write(`${blocked}
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
      io.stdout.write(command.format === "json" ? formatRulesJson(rules) : formatRulesText(rules));
      return EXIT_OK;
    }
    case "scan":
      return runScanning(
        command,
        io,
        ({ onProgress: _, ...options }) => scan({ ...options, paths: command.paths, cwd: io.cwd, stdin: io.stdin, stdinName: command.stdinName, gitignore: command.gitignore })
      );
    // Git commands load their modules on demand: `pdguard scan` never pays for them.
    case "history": {
      const { scanHistory } = await import("./history-PVJLZ2AQ.js");
      return runScanning(
        command,
        io,
        (options) => scanHistory({
          ...options,
          repo: resolve(io.cwd, command.repo ?? "."),
          ...command.range !== void 0 ? { range: command.range } : {},
          ...command.since !== void 0 ? { since: command.since } : {}
        })
      );
    }
    case "staged": {
      const { scanStaged } = await import("./staged-J2ZTNPPY.js");
      return runScanning(command, io, (options) => scanStaged({ ...options, repo: resolve(io.cwd, command.repo ?? ".") }));
    }
    case "pre-push": {
      const { parsePrePushLines, scanPrePush } = await import("./prepush-HFSYR3WP.js");
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
        return scanPrePush({ ...options, repo: resolve(io.cwd, command.repo ?? "."), updates, ...remote ? { remote } : {} });
      });
    }
    case "install":
    case "uninstall": {
      const { installHook, uninstallHook } = await import("./install-XY6YYDIQ.js");
      const repo = resolve(io.cwd, command.repo ?? ".");
      const outcome = command.kind === "install" ? await installHook(repo, command.hook, { force: command.force }) : await uninstallHook(repo, command.hook);
      io.stdout.write(`${outcome}
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
      io.stderr.write(`pdguard: ${error.message}
`);
    } else {
      const where = error instanceof Error && error.stack ? error.stack.split("\n")[1]?.trim() : "";
      io.stderr.write(`pdguard: internal error: ${errorMessage(error)}${where ? ` (${where})` : ""}; please report it
`);
    }
    return EXIT_ERROR;
  }
}
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  run,
  useColor
};
