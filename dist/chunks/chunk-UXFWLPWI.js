import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  compilePatternFile,
  grouped,
  grouped2,
  loadPatterns,
  regexShape,
  version,
  yaml
} from "./chunk-LXFAKQRY.js";
import {
  apiBases,
  compareFindings,
  crypto,
  entryExists,
  isRegularFile,
  redactSecret,
  toFindings,
  writeFileSafely
} from "./chunk-2EJ272B5.js";
import {
  BASELINE_LIMIT,
  CACHE_LIMIT,
  CONFIG_LIMIT,
  ConfigError,
  InputError,
  POINTER_LIMIT,
  PdguardError,
  RefusedRead,
  UsageError,
  __commonJS,
  __require,
  __toESM,
  define_PDGUARD_BUILTIN_KERNEL_default,
  errorMessage,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  jsonSyntaxProblem,
  parseSize,
  readBoundedBytesIfPresent,
  readBoundedFile,
  readBoundedIfPresent,
  require_node_fs,
  require_node_path
} from "./chunk-OTAZTMIB.js";

// builtin-required:node:child_process
var require_node_child_process = __commonJS({
  "builtin-required:node:child_process"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:child_process");
  }
});

// builtin-required:node:net
var require_node_net = __commonJS({
  "builtin-required:node:net"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:net");
  }
});

// builtin-required:node:os
var require_node_os = __commonJS({
  "builtin-required:node:os"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:os");
  }
});

// builtin-required:node:util
var require_node_util = __commonJS({
  "builtin-required:node:util"(exports, module2) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module2.exports = __require("node:util");
  }
});

// src/cli/main.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs7 = __toESM(require_node_fs(), 1);

// src/util/scrub.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/secret-checks.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function characterClasses(value) {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
function countDigits(value) {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
var PLACEHOLDER_WORDS = /xxxx|\*\*\*|\.\.\.|…|your|example|sample|placeholder|change_?me|redacted|dummy|_here|here_|insert|replace|secret|token|apikey|api_key|password|routing_?key|integration_?key|service_?key|<|>|\$\{|\{\{|%s/i;
var CAMEL_PART = String.raw`(?:[A-Z]{1,5}[a-z]{2,}|To|Is|Of|On|At|By|In|Up|Or|As|Id|Ok|No|If|Do|Be|An|My|Us|So|Go|[A-Z]{2,8}s?(?=[A-Z][a-z]|V\d|$)|V\d)`;
var WORD = String.raw`(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Za-z][a-z]+(?:-[a-z0-9]+)+|(?:${CAMEL_PART}|[a-z]{2,})${CAMEL_PART}+|[A-Za-z]{2,12})`;
var IDENTIFIER = new RegExp(`^${WORD}$`);
var DOTTED_PATH = new RegExp(`^${WORD}(?:\\.${WORD})+$`);
function hasSequence(value, run2 = 6) {
  let up = 1, down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run2 || down >= run2) return true;
  }
  return false;
}
function hasAlphabetWalk(value, minLetters = 10) {
  let letters = 0, up = true, down = true, previous = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) | 32;
    if (code < 97 || code > 122) continue;
    if (previous >= 0) {
      up &&= code > previous;
      down &&= code < previous;
      if (!up && !down) return false;
    }
    previous = code;
    letters++;
  }
  return letters >= minLetters;
}
var NAME_TOKENS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
var HAS_VOWEL = /[aeiouy]/i;
var VOWELS = /[aeiou]/gi;
var FOUR_CONSONANTS = /[b-df-hj-np-tv-xz]{4}/gi;
var FIVE_CONSONANTS = /[b-df-hj-np-tv-xz]{5}/i;
var RARE_LETTERS = /[jqxz]/gi;
function madeOfWords(value) {
  const body = value.replace(/^[-_]+|[-_]+$/g, "");
  if (body.length < 4 || body.includes("+")) return false;
  const upperName = !/[a-z]/.test(body);
  let lone = 0, short = 0, numbers = 0, digits = 0;
  let words = 0, letters = 0, vowels = 0, clusters = 0, rare = 0;
  for (const part of body.split(/[-_.]+/)) {
    for (const token of part.match(NAME_TOKENS) ?? []) {
      const acronym = !upperName && token === token.toUpperCase();
      if (token.charCodeAt(0) <= 57) {
        numbers++;
        digits += token.length;
      } else if (token.length === 1) lone++;
      else if (token.length === 2 || acronym && token.length <= 5) short++;
      else if (acronym || !HAS_VOWEL.test(token) || FIVE_CONSONANTS.test(token)) return false;
      else {
        words++;
        letters += token.length;
        vowels += token.match(VOWELS)?.length ?? 0;
        clusters += token.match(FOUR_CONSONANTS)?.length ?? 0;
        rare += token.match(RARE_LETTERS)?.length ?? 0;
      }
    }
  }
  return words > 0 && letters >= words * 4 && letters * 3 >= body.length * 2 && vowels * 10 >= letters * 3 && clusters <= 1 && rare <= 1 && lone <= 1 && lone + short <= 2 && numbers <= 1 && digits <= 3;
}
function placeholderReason(value) {
  if (PLACEHOLDER_WORDS.test(value)) return "placeholder word";
  if (/(.)\1{5,}/.test(value)) return "repeated character";
  if (hasSequence(value) || hasAlphabetWalk(value)) return "character sequence";
  if (IDENTIFIER.test(value.replace(/^_+/, ""))) return "identifier";
  if (DOTTED_PATH.test(value)) return "code reference";
  if (madeOfWords(value)) return "words";
  return null;
}

// src/util/scrub.ts
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
var import_node_path8 = __toESM(require_node_path(), 1);

// src/git/repo.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// src/git/advice.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var SHALLOW_FIX = "run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0)";

// src/git/hazards.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var GIT_READS = ["HEAD", "config", "index", "commondir", "packed-refs", "shallow", "objects/info/alternates", "config.worktree"];
var INCLUDE = /^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim;
function gitDirOf(dir) {
  for (let at = (0, import_node_path.resolve)(dir); ; at = (0, import_node_path.dirname)(at)) {
    const dotGit = (0, import_node_path.join)(at, ".git");
    if ((0, import_node_fs.existsSync)(dotGit)) {
      try {
        if (!(0, import_node_fs.statSync)(dotGit).isFile()) return dotGit;
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedIfPresent(dotGit, POINTER_LIMIT) ?? "");
        return pointer ? (0, import_node_path.resolve)(at, pointer[1]) : null;
      } catch {
        return null;
      }
    }
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(at, "HEAD")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(at, "objects"))) return at;
    if ((0, import_node_path.dirname)(at) === at) return null;
  }
}
function gitWouldWait(dir) {
  const gitDir = gitDirOf(dir);
  if (gitDir === null) return null;
  const dirs = [gitDir];
  try {
    const common = readBoundedIfPresent((0, import_node_path.join)(gitDir, "commondir"), POINTER_LIMIT)?.trim();
    if (common) dirs.push((0, import_node_path.isAbsolute)(common) ? common : (0, import_node_path.resolve)(gitDir, common));
  } catch {
    return `${(0, import_node_path.join)(gitDir, "commondir")} is not a regular file`;
  }
  for (const at of dirs) {
    for (const name2 of GIT_READS) {
      const path = (0, import_node_path.join)(at, name2);
      try {
        if (!(0, import_node_fs.statSync)(path).isFile()) return `${path} is not a regular file`;
      } catch {
      }
    }
    let config = null;
    try {
      config = readBoundedIfPresent((0, import_node_path.join)(at, "config"), CONFIG_LIMIT);
    } catch {
      return `${(0, import_node_path.join)(at, "config")} cannot be read as a configuration`;
    }
    for (const match of (config ?? "").matchAll(INCLUDE)) {
      const target = match[1];
      if (target.startsWith("~")) continue;
      const path = (0, import_node_path.isAbsolute)(target) ? target : (0, import_node_path.resolve)(at, target);
      try {
        if (!(0, import_node_fs.statSync)(path).isFile()) return `${path}, which ${(0, import_node_path.join)(at, "config")} includes, is not a regular file`;
      } catch {
      }
    }
  }
  return null;
}

// src/git/process.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var NEUTRAL = [
  // What pdguard parses.
  ["core.quotePath", "false"],
  ["diff.noprefix", "false"],
  ["diff.mnemonicPrefix", "false"],
  ["diff.relative", "false"],
  ["color.ui", "false"],
  ["log.showSignature", "false"],
  ["log.decorate", "false"],
  ["i18n.logOutputEncoding", "UTF-8"],
  // Programs git would run by itself.
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["diff.external", ""],
  ["core.askPass", ""],
  ["credential.helper", ""],
  ["gpg.program", ""],
  ["gpg.ssh.program", ""],
  ["gpg.x509.program", ""],
  ["core.alternateRefsCommand", ""],
  ["submodule.recurse", "false"],
  // Work git would start after a fetch (gc, maintenance, commit-graph writes) and their hooks.
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.recurseSubmodules", "false"],
  ["fetch.writeCommitGraph", "false"],
  // What git shows: the real objects, never those `git replace` substitutes (see also the environment).
  ["core.useReplaceRefs", "false"],
  ["advice.graftFileDeprecated", "false"],
  // A transport that runs a shell command (`ext::`), even for the Action's fetches.
  ["protocol.ext.allow", "never"]
];
var OFFLINE = [
  ["protocol.allow", "never"],
  ["core.sshCommand", ""]
];
function neutralConfig(options = {}) {
  const online = options.network || options.remote !== void 0;
  const remote = options.remote ? [
    ["http.followRedirects", "false"],
    ["http.lowSpeedLimit", "1000"],
    ["http.lowSpeedTime", "60"]
  ] : [];
  return [...NEUTRAL, ...online ? remote : OFFLINE].filter(([key]) => !(options.ownHooksPath && key === "core.hooksPath")).map(([key, value]) => `${key}=${value}`);
}
var NETWORK_PROTOCOLS = "file:git:http:https:ssh";
var withheld = /* @__PURE__ */ new Set();
function withholdFromGit(names) {
  for (const name2 of names) withheld.add(name2);
}
function withheldFromGit() {
  return [...withheld];
}
function gitEnvironment(env = process.env, options = {}) {
  const out = { ...env };
  for (const name2 of ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_ASKPASS", "SSH_ASKPASS", ...withheld]) {
    delete out[name2];
  }
  return {
    ...out,
    GIT_TERMINAL_PROMPT: "0",
    // Read the real objects: `git replace` would show other commits than those a push sends.
    GIT_NO_REPLACE_OBJECTS: "1",
    // Nor the parents a (deprecated, still honoured) info/grafts file makes up: it could cut the
    // pushed commits out of the walked range.
    GIT_GRAFT_FILE: "/dev/null",
    // A partial clone would fetch missing blobs from its promisor remote (git 2.44 and later honour this).
    GIT_NO_LAZY_FETCH: "1",
    // Unlike protocol.allow, this list wins over a repository's protocol.<name>.allow: with it empty,
    // no transport and no remote helper (`remote.<name>.vcs`) can start, whatever the repository says.
    GIT_ALLOW_PROTOCOL: options.remote ? options.remote.protocols.join(":") : options.network ? NETWORK_PROTOCOLS : "",
    // Reading takes no locks: a pre-commit hook runs while `git commit` holds the index lock.
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C",
    ...secretConfig(out, options.remote?.secretConfig ?? [])
  };
}
function secretConfig(env, pairs) {
  if (!pairs.length) return {};
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const out = { GIT_CONFIG_COUNT: String(start + pairs.length) };
  pairs.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = key;
    out[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return out;
}
function gitArguments(args, options = {}) {
  return ["--no-replace-objects", ...neutralConfig(options).flatMap((pair) => ["-c", pair]), ...args];
}
var gitObserver;
function observeGit(listener) {
  gitObserver = listener;
  return () => {
    if (gitObserver === listener) gitObserver = void 0;
  };
}
function spawnGit(repo, args, options = {}) {
  const child = (0, import_node_child_process.spawn)("git", gitArguments(args, options), { cwd: repo, stdio: ["pipe", "pipe", "pipe"], env: gitEnvironment(process.env, options) });
  observe(repo, args, child);
  return child;
}
async function runGit(dir, args, options = {}) {
  const child = spawnGit(dir, args, options);
  child.stdin.end();
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  const { code, stderr } = await exitOf(child);
  return { code, stdout: Buffer.concat(chunks).toString("utf8"), stderr };
}
async function spawnGitReading(repo, args, buffer, received, { socket = true } = {}) {
  const pair = socket ? await socketPair(buffer, received).catch(() => null) : null;
  const stdio = ["pipe", pair ? pair.writer : "pipe", "pipe"];
  const child = (0, import_node_child_process.spawn)("git", gitArguments(args), { cwd: repo, stdio: [...stdio], env: gitEnvironment(process.env) });
  observe(repo, args, child);
  if (pair) {
    pair.writer.destroy();
    return { child, ended: pair.ended };
  }
  child.stdout.on("data", received);
  const ended = new Promise((resolve7) => child.stdout.once("close", () => resolve7()));
  return { child, ended };
}
async function socketPair(buffer, received) {
  const dir = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)((0, import_node_os.tmpdir)(), "pdguard-"));
  const server = (0, import_node_net.createServer)();
  try {
    const path = (0, import_node_path2.join)(dir, "out");
    await new Promise((resolve7, reject) => {
      server.once("error", reject);
      server.listen(path, resolve7);
    });
    const accepted = new Promise((resolve7) => server.once("connection", resolve7));
    const reader = (0, import_node_net.connect)({ path, onread: { buffer, callback: (length, data) => (received(Buffer.from(data.buffer, data.byteOffset, length)), true) } });
    const connected = new Promise((resolve7, reject) => {
      reader.once("connect", resolve7);
      reader.once("error", reject);
    });
    const [writer] = await Promise.all([accepted, connected]);
    reader.on("error", () => {
    });
    const ended = new Promise((resolve7) => reader.once("close", () => resolve7()));
    return { writer, ended };
  } finally {
    server.close();
    (0, import_node_fs2.rmSync)(dir, { recursive: true, force: true });
  }
}
function gitObserved() {
  return gitObserver !== void 0;
}
function tellGitRun(run2) {
  gitObserver?.(run2);
}
function observe(repo, args, child) {
  const observer = gitObserver;
  if (observer) {
    const started = performance.now();
    child.once("close", (code) => observer({ dir: repo, args, code, ms: Math.round(performance.now() - started) }));
  }
}
function exitOf(child) {
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString("utf8");
  });
  return new Promise((resolve7) => {
    child.on("error", (error) => resolve7({ code: -1, stderr: error.message }));
    child.on("close", (code) => resolve7({ code, stderr }));
  });
}
function gitComplaint(stderr) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "git failed";
  return line.replace(/^(fatal|error): /, "");
}

// src/git/repo.ts
async function openRepo(dir) {
  const absolute = (0, import_node_path3.resolve)(dir);
  if (!(0, import_node_fs3.existsSync)(absolute) || !(0, import_node_fs3.statSync)(absolute).isDirectory()) throw new InputError(`${dir}: no such directory`);
  const hazard = gitWouldWait(absolute);
  if (hazard) throw new InputError(`${dir}: git would wait forever on this repository (${hazard}), so it is not run there`);
  const ask = (args) => runGit(absolute, ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", ...args]);
  let answer = await ask(["--show-toplevel"]);
  if (answer.code !== 0 && /must be run in a work tree/i.test(answer.stderr)) answer = await ask([]);
  if (answer.code !== 0) {
    if (/not a git repository/i.test(answer.stderr)) throw new InputError(`${dir}: not a git repository (run pdguard in a repository, or pass --repo DIR)`);
    throw new InputError(`${dir}: git cannot read this repository: ${gitComplaint(answer.stderr)}`);
  }
  const [bare, shallow, gitDir, top] = answer.stdout.split("\n").map((l) => l.trim());
  if (bare === "true" || !top) return { dir: gitDir, gitDir, bare: true, shallow: shallow === "true" };
  return { dir: top, gitDir, bare: false, shallow: shallow === "true" };
}
var MAX_SHALLOW_FILE = 64 * 1024 * 1024;
async function historyView(dir) {
  const { code, stdout } = await runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"]);
  if (code !== 0) return null;
  try {
    const boundary = readBoundedBytesIfPresent(stdout.trim(), MAX_SHALLOW_FILE);
    return boundary === null || boundary.length === 0 ? "whole" : `shallow:${crypto().createHash("sha256").update(boundary).digest("hex")}`;
  } catch {
    return null;
  }
}

// src/commands/last-run.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);

// src/config/config.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/util/suggest.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function closest(typed, known) {
  const limit = typed.length >= 5 ? 2 : 1;
  let best;
  let bestDistance = limit + 1;
  for (const name2 of known) {
    const distance = editDistance(typed.toLowerCase(), name2.toLowerCase());
    if (distance < bestDistance) {
      best = name2;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(typed, known) {
  const guess = closest(typed, known);
  return guess ? `; did you mean ${guess}?` : "";
}
var HABITS = {
  "--json": "use --format json",
  "--sarif": "use --format sarif",
  "--report-format": "use --format FORMAT (text, json, sarif, github, html, \u2026)",
  "--report-path": "use --output FILE",
  "--redact": "secrets are redacted by default (--show-secrets prints them in full)",
  "--exit-code": "pdguard exits 1 on findings by default (--fail-on never reports without failing)",
  "--only-verified": "use --fail-on live: fail only on credentials verified live (it turns --verify on)",
  "--results": "use --fail-on live to fail only on credentials verified live",
  "--no-verification": "verification is off by default (--verify turns it on)",
  "--no-git": "pdguard scan reads files as they are; pdguard history reads the git history",
  "--source": "give the path as an argument: pdguard scan PATH (or history --repo DIR)",
  "--log-opts": "use --range A..B, --since REV or --branch REF",
  "--verbose": "use --debug to see what pdguard does"
};
function habit(option) {
  return HABITS[option.replace(/=.*$/, "")];
}

// src/sources/globs.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/glob-match.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var GLOBSTAR = /* @__PURE__ */ Symbol("**");
var SLASH = 47;
var POSIX_CLASSES = {
  alnum: (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122,
  alpha: (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 48 || c > 57 && c < 65 || c > 90 && c < 97 || c > 122 && c < 127,
  space: (c) => c === 32 || c >= 9 && c <= 13,
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102
};
function parseClass(glob, at) {
  let i = at + 1;
  const negated = glob[i] === "!" || glob[i] === "^";
  if (negated) i++;
  const singles = /* @__PURE__ */ new Set();
  const ranges = [];
  const named = [];
  let first = true;
  for (; i < glob.length; first = false) {
    const ch = glob[i];
    if (ch === "]" && !first) {
      const test = (code2) => {
        if (code2 === SLASH) return false;
        let hit = singles.has(code2);
        for (let r = 0; !hit && r < ranges.length; r++) hit = code2 >= ranges[r][0] && code2 <= ranges[r][1];
        for (let n = 0; !hit && n < named.length; n++) hit = named[n](code2);
        return hit !== negated;
      };
      return { test, end: i + 1 };
    }
    if (ch === "[" && glob[i + 1] === ":") {
      const close = glob.indexOf(":]", i + 2);
      const name2 = close < 0 ? void 0 : glob.slice(i + 2, close);
      const predicate = name2 === void 0 ? void 0 : POSIX_CLASSES[name2];
      if (predicate) {
        named.push(predicate);
        i = close + 2;
        continue;
      }
    }
    let code;
    if (ch === "\\" && i + 1 < glob.length) {
      code = glob.charCodeAt(i + 1);
      i += 2;
    } else {
      code = glob.charCodeAt(i);
      i += 1;
    }
    if (glob[i] === "-" && i + 1 < glob.length && glob[i + 1] !== "]") {
      let high;
      if (glob[i + 1] === "\\" && i + 2 < glob.length) {
        high = glob.charCodeAt(i + 2);
        i += 3;
      } else {
        high = glob.charCodeAt(i + 1);
        i += 2;
      }
      ranges.push([code, high]);
    } else singles.add(code);
  }
  return null;
}
function parseSegment(text) {
  const tokens = [];
  let plain = "";
  let onlyPlain = true;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "*") {
      if (tokens.at(-1) !== "star") tokens.push("star");
      onlyPlain = false;
      i++;
    } else if (ch === "?") {
      tokens.push("any");
      onlyPlain = false;
      i++;
    } else if (ch === "[") {
      const cls = parseClass(text, i);
      if (!cls) return null;
      tokens.push(cls.test);
      onlyPlain = false;
      i = cls.end;
    } else if (ch === "\\" && i + 1 < text.length) {
      tokens.push(text.charCodeAt(i + 1));
      plain += text[i + 1];
      i += 2;
    } else {
      tokens.push(text.charCodeAt(i));
      plain += ch;
      i++;
    }
  }
  const segment = { tokens };
  if (onlyPlain) segment.literal = plain;
  else {
    const stars = tokens.filter((t) => t === "star").length;
    const literalTail = tokens.slice(1).every((t) => typeof t === "number");
    const literalHead = tokens.slice(0, -1).every((t) => typeof t === "number");
    if (stars === 1 && tokens[0] === "star" && literalTail) segment.suffix = String.fromCharCode(...tokens.slice(1));
    else if (stars === 1 && tokens.at(-1) === "star" && literalHead) segment.prefix = String.fromCharCode(...tokens.slice(0, -1));
  }
  return segment;
}
function splitSegments(glob) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      const cls = parseClass(glob, i);
      if (cls) i = cls.end - 1;
    } else if (ch === "/") {
      parts.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(glob.slice(start));
  return parts;
}
function compileGlob(glob) {
  const dirOnly = glob.endsWith("/") && !glob.endsWith("\\/");
  const body = dirOnly ? glob.replace(/\/+$/, "") : glob;
  const segments = [];
  let never = false;
  for (const part of splitSegments(body)) {
    if (part === "**") {
      if (segments.at(-1) !== GLOBSTAR) segments.push(GLOBSTAR);
      continue;
    }
    const segment = parseSegment(part);
    if (!segment) never = true;
    else segments.push(segment);
  }
  const globstars = segments.filter((seg) => seg === GLOBSTAR).length;
  const shape = globstars === 0 ? "fixed" : globstars === 1 && segments[0] === GLOBSTAR ? "tail" : "general";
  return { segments, shape, dirOnly, never };
}
function matchSegment(pattern, text) {
  if (pattern.literal !== void 0) return text === pattern.literal;
  if (pattern.suffix !== void 0) return text.endsWith(pattern.suffix);
  if (pattern.prefix !== void 0) return text.startsWith(pattern.prefix);
  const tokens = pattern.tokens;
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token === "star") {
      starP = p++;
      starT = t;
      continue;
    }
    if (token !== void 0) {
      const code = text.charCodeAt(t);
      const hit = typeof token === "number" ? code === token : token === "any" ? code !== SLASH : token(code);
      if (hit) {
        t++;
        p++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (tokens[p] === "star") p++;
  return p === tokens.length;
}
function matchParts(glob, parts, count, isDir) {
  if (glob.never || glob.dirOnly && !isDir) return false;
  const segments = glob.segments;
  if (glob.shape === "fixed" || glob.shape === "tail") {
    const fixed = glob.shape === "fixed" ? segments.length : segments.length - 1;
    if (glob.shape === "fixed" ? count !== fixed : count < fixed) return false;
    for (let i = 1; i <= fixed; i++) {
      if (!matchSegment(segments[segments.length - i], parts[count - i])) return false;
    }
    return true;
  }
  let memo;
  const matches = (p2, t2) => {
    memo ??= new Int8Array(segments.length * count);
    const key = p2 * count + t2;
    if (memo[key] === 0) memo[key] = matchSegment(segments[p2], parts[t2]) ? 1 : 2;
    return memo[key] === 1;
  };
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < count) {
    const segment = segments[p];
    if (segment === GLOBSTAR) {
      starP = p++;
      starT = t;
      continue;
    }
    if (segment !== void 0 && matches(p, t)) {
      t++;
      p++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (segments[p] === GLOBSTAR) p++;
  return p === segments.length;
}
var MAX_EXPANSIONS = 1024;
function expandBraces(glob) {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "\\") {
      i++;
      continue;
    }
    if (glob[i] !== "{") continue;
    let depth = 0;
    const commas = [];
    let close = -1;
    for (let j = i; j < glob.length; j++) {
      const ch = glob[j];
      if (ch === "\\") j++;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        close = j;
        break;
      } else if (ch === "," && depth === 1) commas.push(j);
    }
    if (close < 0) return [glob];
    if (commas.length === 0) continue;
    const head = glob.slice(0, i);
    const tail = glob.slice(close + 1);
    const bounds = [i, ...commas, close];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const expanded of expandBraces(`${head}${glob.slice(bounds[k] + 1, bounds[k + 1])}${tail}`)) {
        out.push(expanded);
        if (out.length > MAX_EXPANSIONS) throw new RangeError(`'${glob}' expands to more than ${MAX_EXPANSIONS} globs`);
      }
    }
    return out;
  }
  return [glob];
}

// src/sources/globs.ts
var MAX_GLOB_LENGTH = 4096;
function globProblem(glob) {
  if (glob.length > MAX_GLOB_LENGTH) return `a glob longer than ${MAX_GLOB_LENGTH} characters`;
  try {
    expandBraces(glob);
  } catch (error) {
    return error.message;
  }
  return null;
}
function rootedGlob(glob) {
  const negated = glob.startsWith("!");
  let body = negated ? glob.slice(1) : glob;
  if (body.startsWith("./")) body = body.slice(2);
  let anchored = false;
  if (body.startsWith("/")) {
    anchored = true;
    body = body.replace(/^\/+/, "");
  }
  if (!anchored && !body.replace(/\/+$/, "").includes("/") && body !== "**") body = `**/${body}`;
  return `${negated ? "!" : ""}${body}`;
}
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  const compiled = [];
  for (const glob of globs.map(rootedGlob)) {
    const negated = glob.startsWith("!");
    for (const one of expandBraces(negated ? glob.slice(1) : glob)) compiled.push({ glob: compileGlob(one), negated });
  }
  const test = (parts, count, isDir) => {
    for (const { glob, negated } of compiled) if (matchParts(glob, parts, count, isDir) !== negated) return true;
    return false;
  };
  return (path) => {
    const isDir = path.endsWith("/");
    const parts = (isDir ? path.slice(0, -1) : path).split("/");
    if (test(parts, parts.length, isDir)) return true;
    for (let count = 1; count < parts.length; count++) if (test(parts, count, true)) return true;
    return false;
  };
}
function pathFilter(filters) {
  const excluded = globMatcher(filters.exclude);
  const included = filters.include.length ? globMatcher(filters.include) : () => true;
  return (path) => included(path) && !excluded(path);
}

// src/config/config.ts
var CONFIG_FILE_NAME = ".pdguard.yaml";
var EMPTY_CONFIG = { file: null, exclude: [], allow: [] };
var TOP_KEYS = ["exclude", "allow", "baseline", "patterns", "rules", "inline-allow-in-pull-requests"];
var ALLOW_KEYS = ["secretHash", "fingerprint", "reason"];
var RULES_KEYS = ["disable"];
var isStringList = (value) => Array.isArray(value) && value.every((g) => typeof g === "string" && g !== "");
function parseConfig(file, text, options = {}) {
  const fail = (problem) => {
    throw new ConfigError(`${file}: ${problem}`);
  };
  let doc;
  try {
    doc = yaml().parse(text);
  } catch (error) {
    fail(`not valid YAML: ${errorMessage(error).split("\n")[0]}`);
  }
  if (doc === null || doc === void 0) return { ...EMPTY_CONFIG, file };
  if (typeof doc !== "object" || Array.isArray(doc)) return fail(`must be a YAML mapping (keys: ${TOP_KEYS.join(", ")})`);
  const dict = doc;
  for (const key of Object.keys(dict)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}'${didYouMean(key, TOP_KEYS)} (allowed: ${TOP_KEYS.join(", ")})`);
  }
  const exclude = dict.exclude ?? [];
  if (!isStringList(exclude)) fail(`'exclude' must be a list of glob strings`);
  for (const [i, glob] of exclude.entries()) {
    const problem = globProblem(glob);
    if (problem) fail(`exclude[${i}]: ${problem}`);
  }
  const allowList = dict.allow ?? [];
  if (!Array.isArray(allowList)) fail(`'allow' must be a list of entries with secretHash or fingerprint, and reason`);
  const allow = allowList.map((entry, i) => {
    const at = `allow[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(`${at} must be a mapping`);
    const e = entry;
    for (const key of Object.keys(e)) {
      if (!ALLOW_KEYS.includes(key)) fail(`unknown key '${key}' in ${at}${didYouMean(key, ALLOW_KEYS)} (allowed: ${ALLOW_KEYS.join(", ")})`);
    }
    for (const key of ["secretHash", "fingerprint"]) {
      if (e[key] !== void 0 && (typeof e[key] !== "string" || !/^[0-9a-f]{16,64}$/.test(e[key]))) {
        fail(`${at}.${key} must be a lower-case hex string as pdguard prints it`);
      }
    }
    if (e.secretHash === void 0 && e.fingerprint === void 0) fail(`${at} needs secretHash or fingerprint`);
    if (typeof e.reason !== "string" || e.reason.trim() === "") fail(`${at}.reason must say why this finding is allowed`);
    const result = { reason: e.reason };
    if (e.secretHash !== void 0) result.secretHash = e.secretHash;
    if (e.fingerprint !== void 0) result.fingerprint = e.fingerprint;
    return result;
  });
  const config = { file, exclude, allow };
  if (options.confined) config.confined = true;
  const fileOf = (key, value) => configPath(file, key, value, options.confined ?? false, options.dir);
  if (dict.baseline !== void 0 && dict.baseline !== null) {
    if (typeof dict.baseline !== "string" || dict.baseline === "") fail(`'baseline' must be the path of a baseline file (written by --write-baseline)`);
    config.baseline = fileOf("baseline", dict.baseline);
  }
  if (dict.patterns !== void 0 && dict.patterns !== null) {
    if (!isStringList(dict.patterns)) fail(`'patterns' must be a list of pattern file paths`);
    config.patterns = dict.patterns.map((p) => fileOf("patterns", p));
  }
  if (dict.rules !== void 0 && dict.rules !== null) {
    const rules = dict.rules;
    if (typeof rules !== "object" || Array.isArray(rules)) return fail(`'rules' must be a mapping such as { disable: [RULE-ID, ...] }`);
    for (const key of Object.keys(rules)) {
      if (!RULES_KEYS.includes(key)) fail(`unknown key '${key}' in rules${didYouMean(key, RULES_KEYS)} (allowed: ${RULES_KEYS.join(", ")})`);
    }
    const disable = rules.disable ?? [];
    if (!isStringList(disable)) fail(`'rules.disable' must be a list of rule ids (see pdguard rules)`);
    config.disableRules = disable;
  }
  const inline = dict["inline-allow-in-pull-requests"];
  if (inline !== void 0 && inline !== null) {
    if (typeof inline !== "boolean") fail(`'inline-allow-in-pull-requests' must be true or false`);
    config.inlineAllowInPullRequests = inline;
  }
  return config;
}
function configPath(file, key, value, confined, from) {
  const dir = from ?? (0, import_node_path4.dirname)((0, import_node_path4.resolve)(file));
  const target = (0, import_node_path4.resolve)(dir, value);
  if (!confined) return target;
  const outside = (base, path) => {
    const rel = (0, import_node_path4.relative)(base, path);
    return rel === "" || rel === ".." || rel.startsWith(`..${import_node_path4.sep}`) || (0, import_node_path4.isAbsolute)(rel);
  };
  if ((0, import_node_path4.isAbsolute)(value) || outside(dir, target)) throw outsideItsDirectory(file, key, value);
  if (from !== void 0) return target;
  let realDir = dir;
  try {
    realDir = (0, import_node_fs4.realpathSync)(dir);
  } catch {
  }
  let realTarget = target;
  try {
    realTarget = (0, import_node_fs4.realpathSync)(target);
  } catch {
    realTarget = (0, import_node_path4.resolve)(realDir, (0, import_node_path4.relative)(dir, target));
  }
  if (outside(realDir, realTarget)) throw outsideItsDirectory(file, key, value);
  return target;
}
function outsideItsDirectory(file, key, value) {
  return new ConfigError(
    `${file}: ${key}: '${value}' is outside the directory of this configuration; a .pdguard.yaml found in the scanned tree may name only files inside it (or pass --config FILE)`
  );
}
function loadConfig(file, options = {}) {
  let text;
  try {
    text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !options.confined });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== "missing" && error.kind !== "unreadable") {
      const fix = error.kind === "link" ? " (a .pdguard.yaml in the tree must be a regular file; or pass --config FILE)" : "";
      throw new ConfigError(`${file}: configuration not read: it ${error.message}${fix}`);
    }
    throw new ConfigError(`${file}: cannot read configuration (${error instanceof RefusedRead ? error.code : error.code ?? errorMessage(error)})`);
  }
  return parseConfig(file, text, options);
}
function isGitdirPointer(dotGit) {
  try {
    return readBoundedFile(dotGit, POINTER_LIMIT).startsWith("gitdir:");
  } catch {
    return false;
  }
}
function workTreeTop(dir) {
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  for (let at = (0, import_node_path4.resolve)(dir); ; ) {
    const dotGit = (0, import_node_path4.join)(at, ".git");
    try {
      const stat = (0, import_node_fs4.statSync)(dotGit);
      const owned = uid === null || stat.uid === uid;
      const real = stat.isDirectory() ? entryExists((0, import_node_path4.join)(dotGit, "HEAD")) : stat.isFile() && isGitdirPointer(dotGit);
      if (owned && real) return at;
    } catch {
    }
    const parent = (0, import_node_path4.dirname)(at);
    if (parent === at) return null;
    at = parent;
  }
}
function findConfig(root, explicit) {
  if (explicit) return loadConfig(explicit);
  const own = (0, import_node_path4.join)(root, CONFIG_FILE_NAME);
  if (entryExists(own)) return loadConfig(own, { confined: true });
  const top = workTreeTop(root);
  if (top !== null && top !== (0, import_node_path4.resolve)(root)) {
    const atTop = (0, import_node_path4.join)(top, CONFIG_FILE_NAME);
    if (entryExists(atTop)) return loadConfig(atTop, { confined: true });
  }
  return EMPTY_CONFIG;
}

// src/commands/last-run.ts
var RECORD_FILE = "pdguard-last-run.json";
function gitDirOf2(dir) {
  const top = workTreeTop(dir);
  if (top === null) return null;
  const dotGit = (0, import_node_path5.join)(top, ".git");
  try {
    if ((0, import_node_fs5.statSync)(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readBoundedFile(dotGit, POINTER_LIMIT));
    if (!pointer) return null;
    const gitDir = (0, import_node_path5.resolve)(top, pointer[1]);
    return (0, import_node_fs5.existsSync)((0, import_node_path5.join)(gitDir, "HEAD")) ? gitDir : null;
  } catch {
    return null;
  }
}
function rememberFindings(result, root) {
  if (result.scan.mode === "stdin") return null;
  const gitDir = gitDirOf2(root);
  if (gitDir === null) return null;
  const record = {
    version: 1,
    mode: result.scan.mode,
    root: (0, import_node_path5.resolve)(root),
    config: result.scan.config ? (0, import_node_path5.resolve)(result.scan.config) : null,
    // A history finding's later places have fingerprints of their own: `--last` allows them all.
    findings: result.findings.flatMap((f) => [f, ...f.otherPlaces ?? []]).map((f) => ({ fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path }))
  };
  const file = (0, import_node_path5.join)(gitDir, RECORD_FILE);
  const text = `${JSON.stringify(record, null, 2)}
`;
  try {
    if (isRegularFile(file) && readBoundedFile(file, CACHE_LIMIT) === text) return file;
  } catch {
  }
  try {
    writeFileSafely(file, text, 384);
    return file;
  } catch {
    return null;
  }
}
function readLastRun(cwd) {
  const gitDir = gitDirOf2(cwd);
  if (gitDir === null) return null;
  const file = (0, import_node_path5.join)(gitDir, RECORD_FILE);
  if (!isRegularFile(file)) return null;
  try {
    const record = JSON.parse(readBoundedFile(file, CACHE_LIMIT));
    return record?.version === 1 && Array.isArray(record.findings) ? record : null;
  } catch {
    return null;
  }
}

// src/commands/staged.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/pipeline/run.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/config/rules.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function configPatternRules(config) {
  return (config.patterns ?? []).flatMap((file) => {
    let text;
    try {
      text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !config.confined });
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${config.file}: patterns: ${file} not read: it ${error.message}`);
      throw new ConfigError(`${config.file}: patterns: cannot read ${file} (${error.code ?? errorMessage(error)})`);
    }
    return compilePatternFile(file, text);
  });
}
function selectRules(base, config, selection = {}) {
  const all = [...base];
  const ids = new Map(all.map((r) => [r.id, r.source]));
  for (const rule of configPatternRules(config)) {
    const first = ids.get(rule.id);
    if (first !== void 0) throw new ConfigError(`${rule.source}: rule '${rule.id}': id already defined in ${first}`);
    ids.set(rule.id, rule.source);
    all.push(rule);
  }
  const known = (id, where, error) => {
    if (!ids.has(id)) throw error(`${where}: no rule has the id '${id}' (pdguard rules lists them)`);
  };
  for (const id of config.disableRules ?? []) known(id, `${config.file}: rules.disable`, (m) => new ConfigError(m));
  for (const id of selection.enable ?? []) known(id, "--enable-rule", (m) => new UsageError(m));
  for (const id of selection.disable ?? []) known(id, "--disable-rule", (m) => new UsageError(m));
  const enable = new Set(selection.enable ?? []);
  const disable = /* @__PURE__ */ new Set([...enable.size ? [] : config.disableRules ?? [], ...selection.disable ?? []]);
  const chosen = all.filter((r) => (enable.size === 0 || enable.has(r.id)) && !disable.has(r.id));
  if (chosen.length === 0) throw new UsageError("the rule selection leaves no rule to run: nothing would be scanned (see --enable-rule, --disable-rule and rules.disable)");
  return chosen;
}

// src/engine/compiled-rules.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/prefilter.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function escapeRegex(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function trieSource(keywords) {
  const root = { children: /* @__PURE__ */ new Map(), terminal: false };
  for (const keyword of keywords) {
    let node = root;
    for (const ch of keyword) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, next = { children: /* @__PURE__ */ new Map(), terminal: false });
      node = next;
    }
    node.terminal = true;
  }
  const emit2 = (node) => {
    const branches = [...node.children].map(([ch, child]) => escapeRegex(ch) + emit2(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    if (!node.terminal) return body;
    return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${branches.join("|")})?`;
  };
  return emit2(root);
}
var ALNUM = /[A-Za-z0-9]/;
function standsAsKeyword(text, at, keyword) {
  if (keyword.length <= 3 && ALNUM.test(keyword[0]) && at > 0 && ALNUM.test(text[at - 1])) return false;
  if ((keyword[0] === "_" || keyword[0] === "-") && ALNUM.test(text[at + keyword.length] ?? "")) return false;
  const last = keyword[keyword.length - 1];
  if (last === "_" || last === "-") {
    const next = text[at + keyword.length];
    if (next === void 0 || !ALNUM.test(next)) return false;
  }
  return true;
}
var Prefilter = class {
  constructor(rules) {
    this.rules = rules;
    this.alwaysOn = rules.filter((r) => r.keywords.length === 0);
    for (const rule of rules) {
      for (const keyword of rule.keywords.map((k) => k.toLowerCase())) {
        const list2 = this.rulesByKeyword.get(keyword) ?? [];
        list2.push(rule);
        this.rulesByKeyword.set(keyword, list2);
      }
    }
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    for (const outer of keywords) {
      const rules2 = new Set(this.rulesByKeyword.get(outer));
      for (const inner of keywords) if (inner !== outer && outer.includes(inner)) for (const r of this.rulesByKeyword.get(inner) ?? []) rules2.add(r);
      this.rulesByKeyword.set(outer, [...rules2]);
    }
    this.keywordRegex = keywords.length ? new RegExp(trieSource(keywords), "gi") : null;
    this.keywords = keywords;
    this.longestKeyword = Math.max(0, ...keywords.map((k) => k.length));
    const firstPlace = /* @__PURE__ */ new Map();
    rules.forEach((rule, i) => firstPlace.has(rule) || firstPlace.set(rule, i));
    keywords.forEach((k, i) => this.wordIndex.set(k, i));
    this.wordRules = keywords.map((k) => this.rulesByKeyword.get(k).map((r) => firstPlace.get(r)));
    this.alwaysOnIndices = [...new Set(this.alwaysOn.map((r) => firstPlace.get(r)))];
  }
  rules;
  keywordRegex;
  rulesByKeyword = /* @__PURE__ */ new Map();
  alwaysOn;
  /**
   * Every keyword, lower case, each once (longest first): what the byte kernel (kernel.ts) searches
   * for; its hits name keywords by their index here.
   */
  keywords;
  /** Length of the longest keyword: how far before a region a keyword can start and still reach it. */
  longestKeyword;
  /**
   * By keyword index: the rules it serves, as indices into `rules` (a rule's first place). A
   * region's bookkeeping is by index, not by Map: it runs once per keyword occurrence, most of them
   * in the first milliseconds of a scan, before the JIT has compiled anything.
   */
  wordRules;
  wordIndex = /* @__PURE__ */ new Map();
  alwaysOnIndices;
  /** Rules without keywords run on all text: then no text can be skipped for holding no keyword. */
  get runsEverywhere() {
    return this.alwaysOn.length > 0;
  }
  /** The rules worth running on `text`, in their original order. */
  rulesFor(text) {
    return [...this.regionsFor(text, 0, text.length).keys()];
  }
  /**
   * Where each rule is worth running within [from, to): around its keywords' occurrences, `reach`
   * characters either way (a keyword anywhere in `text`, look-back included, counts). A rule finds
   * nothing further from its keywords than the context checks look, so the rest is skipped: a
   * large file with a keyword every megabyte costs one pass of the prefilter, not one of every regex.
   *
   * `bytes`, when `text` is the latin1 view of a byte kernel's window (kernel.ts) made for these
   * keywords, finds the keywords in the bytes with SIMD instead of the regex: the same occurrences,
   * so the same regions, several times faster where every line names PagerDuty.
   */
  regionsFor(text, from, to, reach = Infinity, bytes) {
    const lists = new Array(this.rules.length);
    for (const r of this.alwaysOnIndices) lists[r] = [[from, to]];
    const regex = this.keywordRegex;
    if (regex) {
      const searchStart = Number.isFinite(reach) ? Math.max(0, from - reach - this.longestKeyword) : 0;
      const searchEnd = to + reach;
      if (bytes) {
        const hits = bytes.keywordHits(searchStart, Math.min(searchEnd, text.length), text.length);
        for (let k = 0; k < hits.length; k += 2) this.addHit(lists, text, hits[k], hits[k + 1], from, to, reach);
      } else {
        regex.lastIndex = searchStart;
        let match;
        while ((match = regex.exec(text)) !== null && match.index < searchEnd) {
          regex.lastIndex = match.index + 1;
          this.addHit(lists, text, match.index, this.wordIndex.get(match[0].toLowerCase()), from, to, reach);
        }
      }
    }
    const regions = /* @__PURE__ */ new Map();
    for (let r = 0; r < lists.length; r++) if (lists[r]) regions.set(this.rules[r], lists[r]);
    return regions;
  }
  /** Adds the regions of one occurrence of keyword `word` (they come in order of position: they merge). */
  addHit(lists, text, at, word, from, to, reach) {
    const keyword = this.keywords[word];
    const start = Math.max(from, at - reach);
    const end = Math.min(to, at + keyword.length + reach);
    if (start >= end) return;
    const rules = this.wordRules[word];
    let grows = false;
    for (let k = 0; k < rules.length; k++) {
      const list2 = lists[rules[k]];
      if (list2 === void 0 || list2[list2.length - 1][1] < end) {
        grows = true;
        break;
      }
    }
    if (!grows || !standsAsKeyword(text, at, keyword)) return;
    for (let k = 0; k < rules.length; k++) {
      const list2 = lists[rules[k]];
      if (list2 === void 0) lists[rules[k]] = [[start, end]];
      else {
        const last = list2[list2.length - 1];
        if (start <= last[1]) last[1] = Math.max(last[1], end);
        else list2.push([start, end]);
      }
    }
  }
};

// src/engine/compiled-rules.ts
var CompiledRules = class {
  constructor(rules) {
    this.rules = rules;
    this.prefilter = new Prefilter(rules);
    this.pathTests = rules.flatMap((r) => [...r.paths ? [r.paths] : [], ...r.patterns.flatMap((p) => [...p.context, ...p.unless].flatMap((c) => c.path ? [c.path] : []))]);
  }
  rules;
  prefilter;
  /** Every regex that reads a file's path: the rules' `paths` and their `path` evidence. */
  pathTests;
  /** The rules whose `paths` the path matches: they run on all of the file, keyword or not. */
  rulesNamedByPath(path) {
    return this.rules.filter((rule) => rule.paths?.test(path) === true);
  }
  /** Whether the path is evidence for any rule: what history keeps a blob's path for. */
  readsPath(path) {
    return this.pathTests.some((test) => test.test(path));
  }
};

// src/pipeline/run.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
async function runScan(source, options = {}) {
  const started = performance.now();
  const config = options.config ?? findConfig(source.configRoot, options.configFile);
  const rules = selectRules(options.rules ?? loadPatterns(), config, { enable: options.enableRules ?? [], disable: options.disableRules ?? [] });
  const raw = [];
  const skipped = [];
  const seenInFile = /* @__PURE__ */ new Set();
  const configExcluded = globMatcher(config.exclude);
  const totals = await source.scan(
    new CompiledRules(rules),
    { include: options.include ?? [], exclude: options.exclude ?? [] },
    {
      matches: (matches, where) => {
        const excluded = configExcluded(where.path);
        for (const found of toFindings(matches, where.path, where.commit)) {
          const occurrence = excluded ? { ...found, excluded } : found;
          if (where.file !== void 0) {
            const group = `${found.finding.secretHash}\0${where.file}`;
            const { finding, ...state } = occurrence;
            const alike = `${group}\0${finding.fingerprint}\0${JSON.stringify(state)}`;
            if (seenInFile.has(alike)) continue;
            seenInFile.add(alike);
            occurrence.group = group;
          }
          raw.push(occurrence);
        }
      },
      skipped: (skip) => {
        if (!configExcluded(skip.path) && !configExcluded(skip.path.replace(/ \([0-9a-f]{12}\)$/, ""))) skipped.push(skip);
      },
      progress: (progress) => options.onProgress?.(progress)
    }
  );
  const scan = {
    mode: source.mode,
    root: source.root,
    config: config.file,
    bytesScanned: totals.bytes,
    filesScanned: totals.files,
    commitsScanned: totals.commits,
    blobsScanned: totals.blobs,
    skipped: skipped.sort(byPath),
    durationMs: Math.round(performance.now() - started),
    ...totals.shallow !== void 0 ? { shallow: totals.shallow } : {},
    ...totals.revisions !== void 0 ? { revisions: totals.revisions } : {},
    ...totals.cached !== void 0 ? { cached: totals.cached } : {},
    ...totals.ignored !== void 0 ? { ignored: totals.ignored.count, ignoredPaths: totals.ignored.paths } : {},
    ...totals.warnings?.length ? { warnings: totals.warnings } : {}
  };
  return { scan, raw, rules, config };
}

// src/pipeline/settle.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/baseline.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function formatBaseline(findings) {
  const entries = findings.flatMap((f) => [f, ...f.otherPlaces ?? []]).map((f) => {
    const entry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path };
    if (f.commit) entry.commit = f.commit.sha;
    return entry;
  }).sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1].fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique }, null, 2)}
`;
}
function writeBaseline(file, findings) {
  const text = formatBaseline(findings);
  try {
    writeFileSafely(file, text, { userNamed: true });
  } catch (error) {
    if (error instanceof PdguardError) throw error;
    throw new ConfigError(`${file}: cannot write baseline (${error.code ?? errorMessage(error)})`);
  }
  return JSON.parse(text).findings.length;
}
function readBaseline(file, { followLinks = true } = {}) {
  let text;
  try {
    text = readBoundedFile(file, BASELINE_LIMIT, { followLinks });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== "missing") throw new ConfigError(`${file}: baseline not read: it ${error.message}`);
    const code = error.code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? errorMessage(error)}); create one with --write-baseline`);
  }
  return parseBaseline(file, text);
}
function parseBaseline(file, text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read baseline (${jsonSyntaxProblem(error)}); create one with --write-baseline`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}

// src/suppress/suppress.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function isAllowed(finding, config) {
  return config.allow.some(
    (a) => a.secretHash !== void 0 && a.secretHash === finding.secretHash || a.fingerprint !== void 0 && a.fingerprint === finding.fingerprint
  );
}
function suppressionOf({ finding, inlineAllowed, excluded }, { config, baseline }) {
  if (inlineAllowed) return "inline";
  if (excluded) return "exclude";
  if (isAllowed(finding, config)) return "allow";
  if (baseline?.has(finding.fingerprint)) return "baseline";
  return null;
}
function applySuppressions(findings, suppressions) {
  const kept = [];
  const suppressed = [];
  const reported = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const added2 = suppressions.added;
  for (const raw of findings) {
    const own = added2?.findings.has(raw) ?? false;
    const by = suppressionOf(own && !added2.honour ? { ...raw, inlineAllowed: false } : raw, suppressions);
    const marked = own ? { ...raw.finding, addedAllow: added2.honour ? "honoured" : "refused" } : raw.finding;
    const group = raw.group;
    if (by) {
      const finding = { ...marked, suppressedBy: by };
      if (group === void 0) suppressed.push(finding);
      else if (!hidden.has(group)) hidden.set(group, finding);
      continue;
    }
    const first = group === void 0 ? void 0 : reported.get(group);
    if (first) (first.otherPlaces ??= []).push(marked);
    else {
      const finding = { ...marked };
      kept.push(finding);
      if (group !== void 0) reported.set(group, finding);
    }
  }
  for (const [group, finding] of hidden) if (!reported.has(group)) suppressed.push(finding);
  return { findings: kept, suppressed };
}

// src/pipeline/source.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var isUnreadable = (skip) => skip.kind === "unreadable";
var NOTHING_SCANNED = { bytes: 0, files: 0, commits: 0, blobs: 0 };

// src/pipeline/settle.ts
async function settle(scanned, options = {}) {
  const configured = scanned.config.baseline;
  const baseline = options.ignoreBaseline ? null : options.baseline ?? (configured ? readBaseline(configured, { followLinks: !scanned.config.confined }) : null);
  const review = options.inlineReview;
  const added2 = review ? { findings: await review.added(scanned.raw.filter((r) => r.inlineAllowed), scanned.rules), honour: review.honour } : void 0;
  const { findings, suppressed } = applySuppressions(scanned.raw, { config: scanned.config, baseline, ...added2 ? { added: added2 } : {} });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  let verified = findings;
  if (options.verify && findings.length) {
    const { verifyFindings } = await import("./verify-EHVPM62W.js");
    verified = await verifyFindings(findings, scanned.rules, options.verify);
  }
  const counts = { inline: 0, exclude: 0, allow: 0, baseline: 0 };
  for (const f of suppressed) counts[f.suppressedBy]++;
  return {
    scan: { ...scanned.scan, suppressed: counts },
    findings: verified,
    suppressed,
    incomplete: scanned.scan.skipped.some(isUnreadable),
    rules: scanned.rules
  };
}

// src/sources/staged.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path6 = __toESM(require_node_path(), 1);

// src/git/catfile.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/history/objects.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/history/oids.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var HEX = Buffer.from("0123456789abcdef", "latin1");
var NIBBLE = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) NIBBLE[HEX[i]] = i;
var WIDTHS = /* @__PURE__ */ new Set([20, 32]);
var SCRATCH = Buffer.alloc(64);
var OidTable = class {
  bytes;
  count = 0;
  /** Bytes per id; 0 until the first is added. */
  width = 0;
  /** Room for `capacity` ids of `width` bytes (when known) from the start: growing leaves garbage. */
  constructor(capacity = 1024, width = 20) {
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 16) * Math.max(width, 20));
  }
  get length() {
    return this.count;
  }
  /**
   * Append the id written as hex in `text[start, end)`; false (nothing added) when that is not a
   * whole lower-case SHA-1 or SHA-256 id of this table's width.
   */
  pushHexBytes(text, start, end) {
    const width = (end - start) / 2;
    if (!WIDTHS.has(width) || this.width && width !== this.width) return false;
    this.reserve(width);
    const at = this.count * width;
    for (let i = 0; i < width; i++) {
      const high = NIBBLE[text[start + 2 * i]];
      const low = NIBBLE[text[start + 2 * i + 1]];
      if ((high | low) === 255) return false;
      this.bytes[at + i] = high << 4 | low;
    }
    this.width = width;
    this.count++;
    return true;
  }
  /** Append an id given as a hex string; false when it is not one (see pushHexBytes). */
  pushHex(hex) {
    if (hex.length > SCRATCH.length) return false;
    return this.pushHexBytes(SCRATCH, 0, SCRATCH.write(hex, "latin1"));
  }
  /** The ids, `width` bytes each (a view of the table: valid until the next push). */
  get raw() {
    return this.bytes.subarray(0, this.count * this.width);
  }
  /** Drop the id added last. */
  pop() {
    if (this.count > 0) this.count--;
  }
  /** Whether the id at `index` is in `set`. */
  isIn(set, index) {
    return set.width === this.width && set.hasBytes(this.bytes, index * this.width);
  }
  hex(index) {
    return this.bytes.toString("hex", index * this.width, (index + 1) * this.width);
  }
  /** Every index, ordered so that the ids are in byte order (which is also hex order). */
  sortedOrder() {
    const { width, bytes } = this;
    const order = new Uint32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const keys = new Float64Array(this.count);
    for (let i = 0; i < keys.length; i++) keys[i] = bytes.readUIntBE(i * width, 6);
    return order.sort((a, b) => keys[a] - keys[b] || bytes.compare(bytes, b * width, (b + 1) * width, a * width, (a + 1) * width));
  }
  /**
   * The ids at `order[from, to)` (`null`: the ids at `[from, to)` as they were added) as lines of
   * hex (what `git cat-file --batch` and `git log --stdin` read), written into one buffer. `into`
   * is reused when it is large enough.
   */
  hexLines(order, from, to, into) {
    const width = this.width;
    const line = width * 2 + 1;
    const size = (to - from) * line;
    const out = into && into.length >= size ? into.subarray(0, size) : Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = from; k < to; k++) {
      const start = (order ? order[k] : k) * width;
      for (let i = 0; i < width; i++) {
        const byte = this.bytes[start + i];
        out[at++] = HEX[byte >> 4];
        out[at++] = HEX[byte & 15];
      }
      out[at++] = 10;
    }
    return out;
  }
  reserve(width) {
    if ((this.count + 1) * width <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(this.bytes.length * 2);
    this.bytes.copy(grown, 0, 0, this.count * width);
    this.bytes = grown;
  }
};
var OidSet = class _OidSet {
  constructor(bytes, width) {
    this.bytes = bytes;
    this.width = width;
  }
  bytes;
  width;
  static EMPTY = new _OidSet(Buffer.alloc(0), 0);
  get size() {
    return this.width ? this.bytes.length / this.width : 0;
  }
  /** The ids of a table (and those of `also`), each once. */
  static of(table2, also = _OidSet.EMPTY) {
    if (table2.length === 0) return also;
    const width = table2.width;
    if (also.size && also.width !== width) return _OidSet.of(table2);
    const order = table2.sortedOrder();
    const out = Buffer.allocUnsafe((table2.length + also.size) * width);
    let n = 0;
    let j = 0;
    const append2 = (source, start) => {
      if (n > 0 && out.compare(source, start, start + width, (n - 1) * width, n * width) === 0) return;
      source.copy(out, n * width, start, start + width);
      n++;
    };
    const ids = table2.raw;
    for (let k = 0; k < order.length; k++) {
      const start = order[k] * width;
      while (j < also.size && also.bytes.compare(ids, start, start + width, j * width, (j + 1) * width) < 0) append2(also.bytes, j++ * width);
      append2(ids, start);
    }
    while (j < also.size) append2(also.bytes, j++ * width);
    return new _OidSet(out.subarray(0, n * width), width);
  }
  /**
   * The set written as one hex string (`hex()`), read back; null when it is not one: not hex, not
   * whole ids of `width` bytes, or not sorted without repeats (a binary search needs both).
   */
  static fromHex(hex, width) {
    if (hex.length === 0) return _OidSet.EMPTY;
    if (!WIDTHS.has(width) || hex.length % (2 * width) !== 0 || !/^[0-9a-f]*$/.test(hex)) return null;
    const bytes = Buffer.from(hex, "hex");
    for (let at = width; at < bytes.length; at += width) {
      if (bytes.compare(bytes, at, at + width, at - width, at) >= 0) return null;
    }
    return new _OidSet(bytes, width);
  }
  hex() {
    return this.bytes.toString("hex");
  }
  /** `hex()` in pieces of 1,024 ids, for writing out without one large string. */
  *hexPieces() {
    const step = Math.max(this.width, 1) * 1024;
    for (let at = 0; at < this.bytes.length; at += step) yield this.bytes.toString("hex", at, Math.min(at + step, this.bytes.length));
  }
  /** Whether the id in `id[start, start + width)` is in the set. */
  hasBytes(id, start = 0) {
    const width = this.width;
    if (!width) return false;
    const source = Buffer.isBuffer(id) ? id : Buffer.from(id.buffer, id.byteOffset, id.byteLength);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = low + high >>> 1;
      const c = this.bytes.compare(source, start, start + width, mid * width, (mid + 1) * width);
      if (c === 0) return true;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }
  has(hex) {
    return hex.length === this.width * 2 && this.hasBytes(Buffer.from(hex, "hex"));
  }
};

// src/history/objects.ts
var PACK_WINDOWS = ["-c", "core.packedGitWindowSize=32m", "-c", "core.packedGitLimit=64m"];
var BLOB_READING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=8m"];
var LISTING = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=16m", "-c", "core.deltaBaseCacheLimit=24m"];
function eachLine(stdout, line) {
  let carry = Buffer.alloc(0);
  const lines = (data) => {
    let start = 0;
    for (let newline = data.indexOf(10); newline >= 0; start = newline + 1, newline = data.indexOf(10, start)) line(data, start, newline);
    carry = data.subarray(start);
  };
  stdout.on("data", (data) => lines(carry.length ? Buffer.concat([carry, data]) : data));
  return () => {
    if (carry.length) lines(Buffer.concat([carry, Buffer.from("\n")]));
    carry = Buffer.alloc(0);
  };
}
async function listCommits(dir, revs) {
  const child = spawnGit(dir, [...PACK_WINDOWS, "rev-list", "--topo-order", "--reverse", ...revs, "--"]);
  child.stdin.end();
  const exit = exitOf(child);
  const commits = new OidTable();
  const flush = eachLine(child.stdout, (data, start, end) => commits.pushHexBytes(data, start, end));
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return commits;
}
async function listBlobs(dir, revs, skip, oids = new OidTable(), named = () => false) {
  const child = spawnGit(dir, [
    ...LISTING,
    "rev-list",
    "--objects",
    "--filter=object:type=blob",
    "--filter-provided-objects",
    "--missing=print",
    ...revs,
    "--"
  ]);
  child.stdin.end();
  const exit = exitOf(child);
  const list2 = { oids, missing: [], paths: /* @__PURE__ */ new Map() };
  const flush = eachLine(child.stdout, (data, start, newline) => {
    if (data[start] === 63) {
      list2.missing.push(data.toString("latin1", start + 1, newline).trim());
      return;
    }
    const space = data.indexOf(32, start);
    if (space < 0 || space > newline) return;
    if (!oids.pushHexBytes(data, start, space)) return;
    if (skip(oids, oids.length - 1)) oids.pop();
    else if (newline - space > 1) {
      const path = data.toString("latin1", space + 1, newline);
      if (named(path)) list2.paths.set(data.toString("latin1", start, space), path);
    }
  });
  const { code, stderr } = await exit;
  flush();
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return list2;
}
async function tipsOf(dir, revs) {
  const { code, stdout, stderr } = await runGit(dir, ["rev-list", "--no-walk=unsorted", ...revs, "--"]);
  if (code !== 0) throw new InputError(`git rev-list failed: ${gitComplaint(stderr)}`);
  return [...new Set(stdout.split("\n").filter((l) => l !== ""))];
}
async function allWithin(dir, tips, revs) {
  if (tips.length === 0) return false;
  const { code, stdout } = await runGit(dir, [...PACK_WINDOWS, "rev-list", "--count", ...tips, "--not", ...revs, "--"]);
  return code === 0 && stdout.trim() === "0";
}
var SizeGate = class {
  constructor(dir, limit, small, large) {
    this.limit = limit;
    this.small = small;
    this.large = large;
    this.child = spawnGit(dir, [...PACK_WINDOWS, "cat-file", "--batch-check=%(objectname) %(objectsize)", "--buffer"]);
    this.exit = exitOf(this.child);
    this.child.stdin.on("error", () => {
    });
    this.child.stdout.setEncoding("latin1");
    this.child.stdout.on("data", (text) => this.answers(this.carry + text));
  }
  limit;
  small;
  large;
  child;
  exit;
  carry = "";
  /** Blob ids as hex lines (the buffer is written as it is); false when the caller should wait for `drained()`. */
  push(lines) {
    return this.child.stdin.write(lines);
  }
  /** Resolves when more may be pushed, or once git has ended (never waits for a dead process). */
  drained() {
    return Promise.race([new Promise((resolve7) => this.child.stdin.once("drain", resolve7)), this.exit.then(() => {
    })]);
  }
  /** No more blobs: resolves once every answer has been handed on. */
  async close() {
    this.child.stdin.end();
    const { code, stderr } = await this.exit;
    if (this.carry) this.answers(`${this.carry}
`);
    if (code !== 0) throw new InputError(`git cat-file failed: ${gitComplaint(stderr)}`);
  }
  kill() {
    this.child.kill();
  }
  answers(text) {
    const small = [];
    const lines = text.split("\n");
    this.carry = lines.pop();
    for (const line of lines) {
      const [oid, size] = line.split(" ");
      const bytes = Number(size);
      if (!oid) continue;
      if (Number.isFinite(bytes) && bytes > this.limit) this.large(oid, bytes);
      else small.push(oid);
    }
    if (small.length) this.small(small);
  }
};

// src/util/fifo.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var Fifo = class {
  items = [];
  head = 0;
  push(item) {
    this.items.push(item);
  }
  /** The oldest item, removed; undefined when empty. */
  shift() {
    if (this.head === this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head++] = void 0;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  /** The oldest item, left in place; undefined when empty. */
  peek() {
    return this.items[this.head];
  }
  get length() {
    return this.items.length - this.head;
  }
};

// src/git/catfile.ts
var READ_BUFFER = 256 * 1024;
var WHOLE_BLOB_LIMIT = 1024 * 1024;
var BlobReader = class _BlobReader {
  child;
  exit;
  /** Who is owed the next answers: each entry stands for `count` requests in a row, all for `sink`. */
  queue = new Fifo();
  unanswered = 0;
  header = "";
  oid = "";
  remaining = -1;
  // bytes of content still to come for the oldest request; -1 while reading a header
  size = 0;
  trailer = false;
  // the newline after each content
  /** A small blob being gathered over several reads, and how much of it has come. */
  gathering = null;
  gathered = 0;
  /** The buffer small blobs are gathered in, reused: fresh memory for each was most of cat-file's garbage. */
  spare = Buffer.allocUnsafe(0);
  done;
  /**
   * cat-file in `repo`, its answers read into one reused buffer (spawnGitReading). `few`: a few
   * blobs (the pre-commit hook's): read through the ordinary pipe, since setting up the socket
   * that saves a large read its garbage costs more than such a read takes.
   */
  static async open(repo, { few = false } = {}) {
    let reader;
    const read = await spawnGitReading(repo, [...BLOB_READING, "cat-file", "--batch", "--buffer"], Buffer.allocUnsafe(READ_BUFFER), (data) => reader.receive(data), { socket: !few });
    reader = new _BlobReader(read);
    return reader;
  }
  constructor({ child, ended }) {
    this.child = child;
    this.exit = exitOf(this.child);
    this.child.stdin.on("error", () => {
    });
    this.done = new Promise((resolve7, reject) => {
      void ended.then(() => {
        void this.exit.then(({ code, stderr }) => {
          if (code !== 0) reject(new InputError(`git cat-file failed: ${gitComplaint(stderr)}`));
          else if (this.unanswered) reject(new InputError("git cat-file stopped before answering every request"));
          else resolve7();
        });
      });
    });
    this.done.catch(() => {
    });
  }
  /** Ask for a blob; returns false when the caller should wait for `drained()` before asking more. */
  request(oid, sink) {
    this.owe(sink, 1);
    return this.child.stdin.write(`${oid}
`);
  }
  /** Ask for many blobs in one write, all answered to `sink`; returns false as `request` does. */
  requestAll(oids, sink) {
    if (oids.length === 0) return true;
    this.owe(sink, oids.length);
    return this.child.stdin.write(`${oids.join("\n")}
`);
  }
  /**
   * Ask for the `count` blobs whose ids are the hex lines in `lines`, all answered to `sink`;
   * returns false as `request` does. The buffer is written as it is: the caller may fill it
   * again only once the stream has drained.
   */
  requestLines(lines, count, sink) {
    if (count === 0) return true;
    this.owe(sink, count);
    return this.child.stdin.write(lines);
  }
  /** Resolves once cat-file has ended having answered every request; rejects if it fails or stops early. */
  finished() {
    return this.done;
  }
  /** Resolves when more may be asked; rejects if cat-file ends first (never waits for a dead process). */
  drained() {
    return Promise.race([new Promise((resolve7) => this.child.stdin.once("drain", resolve7)), this.done.then(() => {
    })]);
  }
  owe(sink, count) {
    this.queue.push({ sink, count });
    this.unanswered += count;
  }
  /** The sink owed the oldest answer. */
  get owed() {
    return this.queue.peek().sink;
  }
  /** The oldest request is answered: its sink. */
  answered() {
    const head = this.queue.peek();
    if (!head) return void 0;
    this.unanswered--;
    if (--head.count === 0) this.queue.shift();
    return head.sink;
  }
  /** No more requests: wait until every answer has been delivered. */
  async close() {
    this.child.stdin.end();
    await this.done;
  }
  kill() {
    this.child.kill();
  }
  receive(data) {
    let offset = 0;
    while (offset < data.length) {
      if (this.trailer) {
        offset++;
        this.trailer = false;
        continue;
      }
      if (this.remaining < 0) {
        const newline = data.indexOf(10, offset);
        if (newline < 0) {
          this.header += data.toString("latin1", offset);
          return;
        }
        this.header += data.toString("latin1", offset, newline);
        offset = newline + 1;
        this.startObject(this.header);
        this.header = "";
        continue;
      }
      const take = Math.min(this.remaining, data.length - offset);
      const sink = this.owed;
      if (this.size > WHOLE_BLOB_LIMIT) {
        if (take > 0) sink.chunk(data.subarray(offset, offset + take), take === this.remaining, this.oid);
      } else if (this.gathered === 0 && take === this.remaining) {
        sink.chunk(data.subarray(offset, offset + take), true, this.oid);
      } else {
        if (!this.gathering) {
          if (this.spare.length < this.size) this.spare = Buffer.allocUnsafe(Math.max(this.size, 64 * 1024));
          this.gathering = this.spare.subarray(0, this.size);
        }
        data.copy(this.gathering, this.gathered, offset, offset + take);
        this.gathered += take;
        if (this.gathered === this.size) {
          sink.chunk(this.gathering, true, this.oid);
          this.gathering = null;
          this.gathered = 0;
        }
      }
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.answered().end(this.size, this.oid);
        this.remaining = -1;
        this.trailer = true;
      }
    }
  }
  startObject(header) {
    const parts = header.split(" ");
    this.oid = parts[0];
    if (parts[1] === "missing" || parts[1] === "ambiguous") {
      this.answered()?.missing(this.oid);
      return;
    }
    this.size = Number(parts[2]);
    this.remaining = this.size;
    if (this.size === 0) {
      this.answered().end(0, this.oid);
      this.remaining = -1;
      this.trailer = true;
    }
  }
};

// src/git/diff.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
async function stagedFiles(dir) {
  const { code, stdout: out, stderr } = await runGit(dir, ["diff", "--cached", "--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff"]);
  if (code !== 0) throw new InputError(`git diff failed: ${gitComplaint(stderr)}`);
  const tokens = out.split("\0");
  const files = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith(":")) continue;
    const [, newMode, oldBlob, newBlob, status] = token.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const path = tokens[i + (twoPaths ? 2 : 1)];
    i += twoPaths ? 2 : 1;
    if (status.startsWith("D")) continue;
    files.push({ status, newMode, oldBlob, newBlob, path });
  }
  return files;
}

// src/engine/lines.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var LF = 10;
var CR = 13;
function loneCrToLf(bytes, from, to, final) {
  const view = bytes.subarray(0, to);
  for (let i = view.indexOf(CR, from); i >= 0; i = view.indexOf(CR, i + 1)) {
    if (i + 1 < to) {
      if (view[i + 1] !== LF) view[i] = LF;
    } else if (final) view[i] = LF;
    else return true;
  }
  return false;
}
function splitLines(text, maxLines) {
  let bytes = text;
  if (bytes.includes(CR)) {
    bytes = Buffer.from(text);
    loneCrToLf(bytes, 0, bytes.length, true);
  }
  let count = bytes.length > 0 && bytes[bytes.length - 1] !== LF ? 1 : 0;
  for (let nl = bytes.indexOf(LF); nl >= 0; nl = bytes.indexOf(LF, nl + 1)) if (++count > maxLines) return null;
  if (count > maxLines) return null;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let start = 0;
  for (let n = 0; n < count; n++) {
    const nl = bytes.indexOf(LF, start);
    const end = nl < 0 ? bytes.length : nl;
    starts[n] = start;
    ends[n] = end > start && bytes[end - 1] === CR ? end - 1 : end;
    start = end + 1;
  }
  return { bytes, starts, ends };
}

// src/sources/line-diff.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_EDITS = 2e3;
var MAX_STEPS = 2e7;
var MAX_MIDDLE = 2e5;
function addedRanges(before, after) {
  const same = (i, j) => before.bytes.compare(after.bytes, after.starts[j], after.ends[j], before.starts[i], before.ends[i]) === 0;
  let start = 0;
  while (start < before.starts.length && start < after.starts.length && same(start, start)) start++;
  let endBefore = before.starts.length;
  let endAfter = after.starts.length;
  while (endBefore > start && endAfter > start && same(endBefore - 1, endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endAfter === start) return [];
  const everything = [[start + 1, endAfter]];
  if (endBefore === start || endBefore - start + endAfter - start > MAX_MIDDLE) return everything;
  const ids = /* @__PURE__ */ new Map();
  const idsOf = (lines, from, to) => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const key = lines.bytes.toString("latin1", lines.starts[i], lines.ends[i]);
      let id = ids.get(key);
      if (id === void 0) ids.set(key, id = ids.size);
      out[i - from] = id;
    }
    return out;
  };
  const inserted = insertedLines(idsOf(before, start, endBefore), idsOf(after, start, endAfter));
  if (inserted === null) return everything;
  const ranges = [];
  for (const i of inserted) {
    const line = start + i + 1;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function insertedLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let steps = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      steps += 1 + x - from;
      if (steps > MAX_STEPS) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}
function walkBack(trace, n, m) {
  const inserted = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d];
    const at = (k2) => before[k2 + d + 1];
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    if (down) inserted.push(previousY);
    x = previousX;
    y = previousY;
  }
  return inserted.reverse();
}

// src/sources/read.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs6 = __toESM(require_node_fs(), 1);

// src/engine/stream.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/suppress/inline.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var INLINE_ALLOW = "pdguard:allow";
var INLINE_ALLOW_NEXT_LINE = "pdguard:allow-next-line";
var SAME_LINE = /pdguard:allow(?!-next-line)/;
function lineAllows(text, lineStart, lineEnd) {
  const line = text.slice(lineStart, lineEnd);
  if (line.includes(INLINE_ALLOW) && SAME_LINE.test(line)) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  return text.slice(previousStart, lineStart - 1).includes(INLINE_ALLOW_NEXT_LINE);
}

// src/engine/candidates.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/util/detach.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function detach(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}

// src/engine/context.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_CONTEXT_CHARS = 8 * 1024;
function lineStartOf(text, pos, floor = 0) {
  if (pos - floor > 256) {
    const nl2 = text.slice(floor, pos).lastIndexOf("\n");
    return nl2 < 0 ? floor : floor + nl2 + 1;
  }
  const nl = pos > 0 ? text.lastIndexOf("\n", pos - 1) : -1;
  return nl < floor ? floor : nl + 1;
}
function lineEndOf(text, pos, ceiling = text.length) {
  const limit = Math.min(ceiling, text.length);
  const nl = limit - pos > 256 ? text.slice(pos, limit).indexOf("\n") : text.indexOf("\n", pos) - pos;
  return nl < 0 || pos + nl > limit ? limit : pos + nl;
}
function surroundingLines(text, start, end, radius, floor) {
  floor = Math.max(floor, start - MAX_CONTEXT_CHARS);
  const ceiling = Math.min(text.length, end + MAX_CONTEXT_CHARS);
  let from = lineStartOf(text, start, floor);
  for (let n = 0; n < radius && from > floor; n++) from = lineStartOf(text, from - 1, floor);
  let to = lineEndOf(text, end, ceiling);
  for (let n = 0; n < radius && to < ceiling; n++) to = lineEndOf(text, to + 1, ceiling);
  return text.slice(from, Math.min(to, ceiling));
}

// src/engine/capture-runs.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var PLANNED_FLAGS = /^[dgi]*$/;
var CLASS_SOURCE = String.raw`\[\^?(?:\\.|[^\]\\])*\]`;
var CAPTURE_BODY = new RegExp(String.raw`^(${CLASS_SOURCE})(?:\{(\d+)(?:,(\d*))?\}|(\+))\??$`);
var NEGATIVE_CLASS_LOOKAHEAD = new RegExp(String.raw`^\(\?!(${CLASS_SOURCE})\)`);
var QUANTIFIER_START = /^(?:[?*+]|\{\d)/;
var NEWLINE_BIT = 1n << 10n;
var ASCII_BITS = (1n << 128n) - 1n;
var plans = /* @__PURE__ */ new WeakMap();
function capturePlan(regex) {
  let plan = plans.get(regex);
  if (plan === void 0) plans.set(regex, plan = derivePlan(regex));
  return plan;
}
function splitAtCapture(source) {
  let depth = 0;
  let inClass = false;
  let open = -1;
  let close = -1;
  let anchorless = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const inPrefix = open < 0;
    if (c === "\\") {
      if (inPrefix) anchorless += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "(") {
      const capturing = source[i + 1] !== "?" || source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!";
      if (capturing) {
        if (depth !== 0 || open >= 0) return null;
        open = i;
      }
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0 && open >= 0 && close < 0) close = i;
    } else if (c === "|" && depth === 0) return null;
    if (inPrefix && open < 0) anchorless += !inClass && (c === "^" || c === "$") ? "[]" : c;
  }
  return open >= 0 && close > open ? { open, close, anchorless } : null;
}
function derivePlan(regex) {
  if (!PLANNED_FLAGS.test(regex.flags)) return null;
  const ignoreCase = regex.flags.includes("i");
  const source = regex.source;
  const split = splitAtCapture(source);
  if (!split) return null;
  const body = CAPTURE_BODY.exec(source.slice(split.open + 1, split.close));
  if (!body) return null;
  const min = Number(body[4] ? 1 : body[2]);
  const max = body[4] ? Infinity : body[3] === void 0 ? min : body[3] === "" ? Infinity : Number(body[3]);
  if (!(min >= 1 && max >= min)) return null;
  const captureClass = regexShape(body[1], ignoreCase);
  if (!captureClass || captureClass.last & ~ASCII_BITS || captureClass.last === 0n) return null;
  const chars = captureClass.last;
  const suffix = source.slice(split.close + 1);
  if (QUANTIFIER_START.test(suffix)) return null;
  const prefixSource = source.slice(0, split.open);
  const prefix = regexShape(prefixSource, ignoreCase);
  const anchorless = split.anchorless === prefixSource ? prefix : regexShape(split.anchorless, ignoreCase);
  if (!prefix || !anchorless) return null;
  const lookahead = NEGATIVE_CLASS_LOOKAHEAD.exec(suffix);
  const refused = lookahead ? regexShape(lookahead[1], ignoreCase) : null;
  const table2 = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (chars & 1n << BigInt(c)) table2[c] = 1;
  let lineBound;
  return {
    table: table2,
    key: `${chars.toString(36)}:${min}`,
    min,
    max,
    startsRun: anchorless.min > 0 && (anchorless.last & chars) === 0n,
    endsRun: refused !== null && (chars & ~refused.last) === 0n,
    prefixMin: prefix.min,
    prefixMax: prefix.max,
    // Read only when a plan needs it (reading a whole regex is most of deriving its plan).
    get lineBound() {
      if (lineBound === void 0) {
        const whole = regexShape(source, ignoreCase);
        lineBound = whole !== null && !whole.anchored && (whole.seen & NEWLINE_BIT) === 0n;
      }
      return lineBound;
    },
    sticky: new RegExp(source, `${regex.flags.replace("g", "")}y`)
  };
}
function classRuns(text, table2, min, from = 0, to = text.length, dense) {
  let out = new Int32Array(64);
  let count = 0;
  let fitting = 0;
  let p = from + min - 1;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c >= 128 || table2[c] === 0) {
      p += min;
      continue;
    }
    let start = p;
    while (start > from) {
      const d = text.charCodeAt(start - 1);
      if (d >= 128 || table2[d] === 0) break;
      start--;
    }
    let end = p + 1;
    while (end < to) {
      const d = text.charCodeAt(end);
      if (d >= 128 || table2[d] === 0) break;
      end++;
    }
    if (end - start >= min) {
      if (count + 2 > out.length) {
        const grown = new Int32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[count++] = start;
      out[count++] = end;
      if (dense && end - start <= dense.max && ++fitting > dense.most) return null;
    }
    p = end + min;
  }
  return out.subarray(0, count);
}
function firstRunEndingAfter(runs, at) {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (runs[2 * mid + 1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function startRanges(plan, runs, base, end, stop, each) {
  for (let r = firstRunEndingAfter(runs, base); 2 * r < runs.length; r++) {
    const start = Math.max(base, runs[2 * r]);
    if (start >= end) return;
    const runEnd = Math.min(end, runs[2 * r + 1]);
    const length = runEnd - start;
    if (length < plan.min || plan.startsRun && plan.endsRun && length > plan.max) continue;
    const first = plan.endsRun ? Math.max(start, runEnd - plan.max) : start;
    const last = plan.startsRun ? start : runEnd - plan.min;
    const from = Math.max(base, first - plan.prefixMax);
    if (from >= stop) return;
    const to = Math.min(stop - 1, last - plan.prefixMin);
    if (to >= from && !each(from, to, start)) return;
  }
}

// src/engine/decode.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var MAX_DECODED = 200;
var BASE64 = /(?:^|[^A-Za-z0-9+/=_\\-])([A-Za-z0-9+/]{16,65536}={0,2})(?![A-Za-z0-9+/=_-])/g;
var MIN_BASE64 = 16;
var MAX_BASE64 = 65536;
var MAX_WHOLE_BASE64 = 272;
var EMBEDDED_PREFIXES = ["cGR1cytf", "BkdXMrX", "wZHVzK1", "cGRldStf", "BkZXUrX", "wZGV1K1"];
var PREFIXED_TOKEN = /pd[a-z]{2}\+_[A-Za-z0-9][A-Za-z0-9_-]{19,96}(?![A-Za-z0-9_-])/g;
var JSON_UNICODE = /(?:^|[^A-Za-z0-9_+\-=.~])((?:[A-Za-z0-9_+\-=.~]|\\u00[0-9A-Fa-f]{2}|\\\/){12,400})(?![A-Za-z0-9_+\-=.~])/g;
var URL_ENCODED = /(?:^|[^A-Za-z0-9_\-.~%])((?:[A-Za-z0-9_\-.~]|%[0-9A-Fa-f]{2}){12,400})(?![A-Za-z0-9_\-.~%])/g;
var PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
var PRINTABLE = /^[\x21-\x7e]+$/;
function decodeBase64(token) {
  if (token.length % 4 !== 0 || token.length > MAX_WHOLE_BASE64) return null;
  let decoded = Buffer.from(token, "base64").toString("latin1");
  if (decoded.endsWith("\n")) decoded = decoded.slice(0, decoded.endsWith("\r\n") ? -2 : -1);
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}
function decodeJsonUnicode(token) {
  if (!token.includes("\\")) return null;
  const decoded = token.replace(/\\u00([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/\\\//g, "/");
  return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
}
function decodeUrl(token) {
  if (!token.includes("%")) return null;
  try {
    const decoded = decodeURIComponent(token);
    return decoded.length <= MAX_DECODED && PRINTABLE.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}
var FINDERS = {
  base64: { regex: BASE64, decode: decodeBase64 },
  "json-unicode": { regex: JSON_UNICODE, decode: decodeJsonUnicode },
  url: { regex: URL_ENCODED, decode: decodeUrl }
};
var BASE64_CLASS = new Uint8Array(65536);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") BASE64_CLASS[c.charCodeAt(0)] = 1;
for (const c of "=_\\-") BASE64_CLASS[c.charCodeAt(0)] = 2;
function base64Tokens(text) {
  const out = [];
  const n = text.length;
  let p = MIN_BASE64 - 1;
  while (p < n) {
    if (BASE64_CLASS[text.charCodeAt(p)] !== 1) {
      p += MIN_BASE64;
      continue;
    }
    let start = p;
    while (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] === 1) start--;
    let i = p + 1;
    while (i < n && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
    p = i + MIN_BASE64;
    const length = i - start;
    if (length < MIN_BASE64 || length > MAX_BASE64) continue;
    if (start > 0 && BASE64_CLASS[text.charCodeAt(start - 1)] !== 0) continue;
    let end = i;
    while (end < n && text.charCodeAt(end) === 61) end++;
    if (end - i > 2) continue;
    if (end < n) {
      const next = text.charCodeAt(end);
      if (BASE64_CLASS[next] === 1 || next === 95 || next === 45) continue;
    }
    out.push([start, end]);
  }
  return out;
}
function decodedTokens(text, from, to, encodings) {
  const out = [];
  const window = text.slice(from, Math.min(text.length, to + 1024));
  for (const encoding of encodings) {
    if (encoding === "json-unicode" && !window.includes("\\u00") || encoding === "url" && !PERCENT_ESCAPE.test(window)) continue;
    const finder = FINDERS[encoding];
    const take = (token, at, origin = from) => {
      const decoded = finder.decode(token);
      if (decoded !== null && decoded !== token) out.push({ encoding, start: origin + at, end: origin + at + token.length, decoded });
      else if (encoding === "base64") for (const inner of embeddedTokens(token)) out.push({ ...inner, start: origin + at + inner.start, end: origin + at + inner.end });
    };
    if (encoding === "base64") {
      let origin = from;
      const floor = Math.max(0, from - MAX_BASE64);
      while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
      const values = text.slice(origin, Math.min(text.length, to + MAX_BASE64));
      for (const [start, end] of base64Tokens(values)) {
        if (start + origin >= to) break;
        if (end + origin <= from) continue;
        take(values.slice(start, end), start, origin);
      }
      continue;
    }
    const regex = new RegExp(finder.regex.source, "g");
    let m;
    while ((m = regex.exec(window)) !== null) {
      const token = m[1];
      const at = m.index + m[0].length - token.length;
      if (at + from >= to) break;
      take(token, at);
    }
  }
  return out;
}
function embeddedTokens(token) {
  if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) return [];
  const decoded = Buffer.from(token, "base64").toString("latin1");
  const out = [];
  for (const m of decoded.matchAll(PREFIXED_TOKEN)) {
    const start = Math.floor(m.index / 3) * 4;
    const end = Math.min(token.length, Math.ceil((m.index + m[0].length) / 3) * 4);
    out.push({ encoding: "base64", start, end, decoded: m[0] });
  }
  return out;
}
var PRINTABLE_LEAD = new Uint8Array(128);
for (const c of "IJKLMNOPQRSTUVWXYZabcdef") PRINTABLE_LEAD[c.charCodeAt(0)] = 1;
function mayDecodeBase64(text, start, end) {
  const length = end - start;
  if (length % 4 !== 0 || length > MAX_WHOLE_BASE64) return false;
  for (let i = start; i < end - 4; i += 4) {
    const c = text.charCodeAt(i);
    if (c >= 128 || PRINTABLE_LEAD[c] === 0) return false;
  }
  return true;
}
function base64TokenAt(text, start, limit) {
  let i = start;
  while (i < limit && BASE64_CLASS[text.charCodeAt(i)] === 1) i++;
  const length = i - start;
  if (length < MIN_BASE64 || length > MAX_BASE64) return null;
  let end = i;
  while (end < limit && text.charCodeAt(end) === 61) end++;
  if (end - i > 2) return null;
  if (end < limit) {
    const next = text.charCodeAt(end);
    if (BASE64_CLASS[next] === 1 || next === 95 || next === 45) return null;
  }
  return [start, end];
}
var Base64Values = class {
  constructor(text, lo, hi) {
    this.text = text;
    this.origin = backToValueStart(text, lo);
    const end = Math.min(text.length, hi + MAX_BASE64);
    const found = base64Tokens(this.origin === 0 && end === text.length ? text : text.slice(this.origin, end));
    this.tokens = new Int32Array(found.length * 2);
    found.forEach(([s, e], i) => {
      this.tokens[2 * i] = s + this.origin;
      this.tokens[2 * i + 1] = e + this.origin;
    });
  }
  text;
  /** [start, end) of each value, in order. */
  tokens;
  /** Where the values were searched from: a value starting there was not checked against the character before it. */
  origin;
  decoded = /* @__PURE__ */ new Map();
  /**
   * The decoded tokens of decodedTokens(text, from, to, ['base64']), in its order, leaving out
   * values that decode whole to a length `wanted` refuses (they could only be reported whole).
   */
  in(from, to, wanted) {
    const out = [];
    const text = this.text;
    const origin = backToValueStart(text, from);
    if (origin > this.origin && origin > 0 && BASE64_CLASS[text.charCodeAt(origin - 1)] !== 0) {
      const first = base64TokenAt(text, origin, Math.min(text.length, to + MAX_BASE64));
      if (first && first[0] < to && first[1] > from) this.take(first[0], first[1], wanted, out);
    }
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length >> 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (tokens[2 * mid + 1] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; 2 * i < tokens.length; i++) {
      const start = tokens[2 * i];
      if (start >= to) break;
      if (start < origin) continue;
      this.take(start, tokens[2 * i + 1], wanted, out);
    }
    return out;
  }
  take(start, end, wanted, out) {
    let list2 = this.decoded.get(start);
    if (!list2) {
      const text = this.text;
      const token = text.slice(start, end);
      if (!EMBEDDED_PREFIXES.some((p) => token.includes(p))) {
        if (!mayDecodeBase64(text, start, end)) {
          this.decoded.set(start, NOTHING);
          return;
        }
        if (wanted) {
          const pad = text.charCodeAt(end - 1) === 61 ? text.charCodeAt(end - 2) === 61 ? 2 : 1 : 0;
          const bytes = (end - start) / 4 * 3 - pad;
          if (!wanted(bytes) && !wanted(bytes - 1) && !wanted(bytes - 2)) return;
        }
      }
      list2 = [];
      const decoded = decodeBase64(token);
      if (decoded !== null && decoded !== token) list2.push({ encoding: "base64", start, end, decoded });
      else for (const inner of embeddedTokens(token)) list2.push({ ...inner, start: start + inner.start, end: start + inner.end });
      this.decoded.set(start, list2);
    }
    for (const token of list2) out.push(token);
  }
};
var NOTHING = [];
function backToValueStart(text, from) {
  let origin = from;
  const floor = Math.max(0, from - MAX_BASE64);
  while (origin > floor && BASE64_CLASS[text.charCodeAt(origin - 1)] === 1) origin--;
  return origin;
}

// src/engine/escapes.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var ANY_ESCAPE = /\\u00[0-9A-Fa-f]{2}|\\\/|%(?:2[BbFf]|3[Dd])/;
var ESCAPE = /\\u00([0-9A-Fa-f]{2})|\\(\/)|%(2[BbFf]|3[Dd])/g;
var TOKEN_CHAR = /^[A-Za-z0-9_+/=.~-]$/;
function unescapedLines(text, lo, hi) {
  const lines = [];
  let pos = lo;
  while (pos < hi) {
    const found = ANY_ESCAPE.exec(text.slice(pos, hi));
    if (!found) break;
    const escape = pos + found.index;
    const start = lineStartOf(text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
    const end = lineEndOf(text, escape, escape + MAX_CONTEXT_CHARS);
    const line = unescape(text, start, end);
    if (line) lines.push(line);
    pos = Math.max(end + 1, escape + 1);
  }
  return lines;
}
function unescape(text, start, end) {
  const slice = text.slice(start, end);
  let out = "";
  const at = [];
  let last = 0;
  let encoding = null;
  for (const m of slice.matchAll(ESCAPE)) {
    const char = m[1] !== void 0 ? String.fromCharCode(parseInt(m[1], 16)) : m[2] !== void 0 ? "/" : String.fromCharCode(parseInt(m[3], 16));
    if (!TOKEN_CHAR.test(char)) continue;
    for (let i = last; i < m.index; i++) at.push(start + i);
    out += slice.slice(last, m.index) + char;
    at.push(start + m.index);
    last = m.index + m[0].length;
    encoding ??= m[0].startsWith("%") ? "url" : "json-unicode";
  }
  if (encoding === null) return null;
  for (let i = last; i <= slice.length; i++) at.push(start + i);
  out += slice.slice(last);
  return { text: out, at: Int32Array.from(at), encoding };
}
var ANY_ESCAPE_ALL = new RegExp(ANY_ESCAPE.source, "g");
var EscapedLines = class {
  constructor(text, lo, hi) {
    this.text = text;
    if (hi <= lo) return;
    const scope = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    for (const m of scope.matchAll(ANY_ESCAPE_ALL)) {
      this.starts.push(lo + m.index);
      this.ends.push(lo + m.index + m[0].length);
    }
  }
  text;
  starts = [];
  ends = [];
  lines = /* @__PURE__ */ new Map();
  /** unescapedLines(text, lo, hi), for a span inside the one given to the constructor. */
  in(lo, hi) {
    const out = [];
    if (this.starts.length === 0) return out;
    let i = firstAtOrAfter(this.starts, lo);
    let pos = lo;
    for (; i < this.starts.length; i++) {
      const escape = this.starts[i];
      if (escape < pos) continue;
      if (this.ends[i] > hi) break;
      let cached = this.lines.get(escape);
      if (!cached) {
        const start = lineStartOf(this.text, escape, Math.max(0, escape - MAX_CONTEXT_CHARS));
        const end = lineEndOf(this.text, escape, escape + MAX_CONTEXT_CHARS);
        this.lines.set(escape, cached = { line: unescape(this.text, start, end), end });
      }
      if (cached.line) out.push(cached.line);
      pos = Math.max(cached.end + 1, escape + 1);
    }
    return out;
  }
};
function firstAtOrAfter(sorted, at) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/engine/structure.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function lineStartOf2(text, pos, floor = 0) {
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return Math.max(floor, 0);
}
var STRUCTURE_REACH = 32 * 1024;
var STRUCTURE_BLOCK = 16 * 1024;
function structureFloor(offset) {
  return Math.floor(Math.max(0, offset - STRUCTURE_REACH) / STRUCTURE_BLOCK) * STRUCTURE_BLOCK;
}
function startsAsXml(text, from = 0) {
  return text.slice(from, from + 512).trimStart().startsWith("<");
}
var MAX_LEVEL_CHARS = 2048;
var MAX_LEVELS = 8;
var MAX_HEADER_CHARS = 240;
var MAX_NAME_PREFIX = 480;
var OPEN = /* @__PURE__ */ new Set(["{", "[", "("]);
var CLOSE_OF = { "{": "}", "[": "]", "(": ")" };
function keyColumn(text, start, end) {
  let i = start;
  let dash = -1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9) && dash < 0) {
      dash = i - start;
      i += 2;
    } else break;
  }
  if (i >= end || text.charCodeAt(i) === 13) return { column: -1, dash: -1 };
  return { column: i - start, dash };
}
function isCommentAt(text, pos) {
  const c = text[pos];
  return c === "#" || c === ";" || c === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*") || c === "*" && text[pos + 1] !== "*" && text[pos + 1] !== ".";
}
var StructureReader = class {
  /**
   * `floor`: no walk looks before it; `xml`: whether the stream reads as XML (default: from the floor).
   * A floor inside a line moves to the next line: the tail of a cut line is no header (a long JSON
   * description's last words would read as the key enclosing everything below them). Unless that
   * line is longer than a block (minified text), where no header means much anyway.
   */
  constructor(text, floor = 0, xml) {
    this.text = text;
    if (floor > 0 && text.charCodeAt(floor - 1) !== 10) {
      const next = text.indexOf("\n", floor);
      if (next >= 0 && next - floor < STRUCTURE_BLOCK) floor = next + 1;
    }
    this.floor = floor;
    this.xml = xml ?? startsAsXml(text, floor);
  }
  text;
  indentMemo = /* @__PURE__ */ new Map();
  bracketMemo = /* @__PURE__ */ new Map();
  tableMemo = /* @__PURE__ */ new Map();
  xml;
  floor;
  at(start, end) {
    const text = this.text;
    const lineStart = lineStartOf2(text, start, Math.max(this.floor, start - MAX_HEADER_CHARS * 8));
    const lineEnd = lineEndOf(text, end, end + MAX_LEVEL_CHARS);
    const nodes = this.nodes(start, lineStart);
    const levelNodes = nodes.filter((n) => n.bracket !== "[").slice(0, MAX_LEVELS);
    const levels = levelNodes.map((n) => this.levelText(n, start, lineEnd));
    const path = [];
    const pathLevels = [];
    let level = 0;
    for (const n of nodes) {
      if (n.keyed && n.header) {
        path.push(n.header);
        pathLevels.push(level);
      }
      if (n.bracket !== "[") level++;
    }
    const calls = nodes.filter((n) => n.bracket === "(").map((n) => calleeOf(n.header)).filter((c) => c !== "");
    const prefix = text.slice(Math.max(lineStart, start - MAX_NAME_PREFIX), start);
    let name2 = nameBefore(prefix, this.xml);
    if (name2 === "" && nodes[0]?.bracket === "(" && nodes[0].start < lineStart) {
      const m = ARGUMENT_ON_AN_EARLIER_LINE.exec(text.slice(Math.max(nodes[0].start + 1, lineStart - MAX_HEADER_CHARS), start));
      if (m) name2 = m[1];
    }
    if (name2 === "" || GENERIC_VALUE_NAME.test(name2)) {
      const paired = pairName(levels, nodes, text.slice(start, end));
      if (paired) name2 = paired;
    }
    if (name2 === "" || GENERIC_VALUE_NAME.test(name2)) {
      PAIR_NAME.lastIndex = 0;
      const after = PAIR_NAME.exec(text.slice(end, lineEnd));
      if (after) name2 = after[1];
    }
    const table2 = this.table(lineStart, lineEnd);
    if ((name2 === "" || GENERIC_VALUE_NAME.test(name2)) && table2) name2 = columnName(table2, text.slice(lineStart, start)) || name2;
    return { name: name2, path, pathLevels, levels, calls, table: table2 };
  }
  /** The enclosing nodes, innermost first: both chains, merged by where they start. */
  nodes(pos, lineStart) {
    const nodes = this.xml ? [...this.xmlNodes(pos, lineStart), ...this.bracketNodes(pos, lineStart)] : [...this.indentNodes(lineStart), ...this.bracketNodes(pos, lineStart)];
    nodes.sort((a, b) => b.start - a.start);
    const out = [];
    for (const n of nodes) {
      const prev = out[out.length - 1];
      if (prev && lineStartOf2(this.text, prev.start, this.floor) === lineStartOf2(this.text, n.start, this.floor) && (prev.bracket || n.bracket) && !(prev.bracket && n.bracket)) {
        if (n.bracket && !prev.bracket) out[out.length - 1] = n;
        continue;
      }
      out.push(n);
    }
    return out;
  }
  // ---- Indentation (YAML, INI/TOML sections, indented code)
  indentChain(lineStart) {
    const memo = this.indentMemo.get(lineStart);
    if (memo) return memo;
    const text = this.text;
    const entryAt = (start, end2) => {
      const { column, dash } = keyColumn(text, start, end2);
      if (column < 0 || isCommentAt(text, start + column)) return null;
      return { lineStart: start, column, dash, opens: /[:=]\s*(?:[#|>].*)?$/.test(text.slice(start, end2).trimEnd()) };
    };
    const own = entryAt(lineStart, lineEndOf(text, lineStart, lineStart + MAX_LEVEL_CHARS));
    const entries = [];
    let section2 = -1;
    let threshold = own ? own.column : Number.MAX_SAFE_INTEGER;
    let afterItem = false;
    if (own && own.dash >= 0) {
      entries.push(own);
      threshold = own.dash;
      afterItem = true;
    }
    const consider = (e) => {
      if (e.dash >= 0 && e.dash < threshold) {
        entries.push(e);
        threshold = e.dash;
        afterItem = true;
      } else if (e.dash < 0 && (e.column < threshold || afterItem && e.column === threshold && e.opens)) {
        entries.push(e);
        threshold = e.column;
        afterItem = false;
      }
    };
    const limit = this.floor;
    let end = lineStart - 1;
    while (end >= limit && end >= this.floor) {
      const start = lineStartOf2(text, end, limit);
      const cached = this.indentMemo.get(start);
      if (cached) {
        if (cached.own) consider(cached.own);
        for (const e2 of cached.entries) if (e2 !== cached.own) consider(e2);
        if (section2 < 0) section2 = cached.section;
        break;
      }
      const lineEnd = end;
      end = start - 1;
      const e = entryAt(start, lineEnd);
      if (!e) continue;
      if (e.column === 0 && e.dash < 0 && text.startsWith("---", start)) break;
      if (e.column === 0 && text.charCodeAt(start) === 91 && /^\[[^\]\r\n]+\]\s*$/.test(text.slice(start, lineEnd))) {
        if (section2 < 0) section2 = start;
        if (threshold === 0) break;
        continue;
      }
      consider(e);
      if (threshold === 0 && !afterItem && section2 >= 0) break;
    }
    const chain = { entries, section: section2, own };
    this.indentMemo.set(lineStart, chain);
    return chain;
  }
  indentNodes(lineStart) {
    const text = this.text;
    const chain = this.indentChain(lineStart);
    const nodes = chain.entries.map((e) => {
      const header = text.slice(e.lineStart, lineEndOf(text, e.lineStart, e.lineStart + MAX_HEADER_CHARS)).trim();
      const item = e.dash >= 0;
      return { start: e.lineStart, end: -1, header, keyed: e.lineStart !== lineStart && (!item || e.opens), column: item ? e.dash : e.column, item };
    });
    const outer = chain.entries[chain.entries.length - 1];
    const outerHeader = outer ? text.slice(outer.lineStart, lineEndOf(text, outer.lineStart, outer.lineStart + MAX_HEADER_CHARS)).trimEnd() : "";
    if (outer && outer.column === 0 && outer.lineStart !== lineStart && chain.section < 0 && /:(?:\s+#.*)?$/.test(outerHeader)) {
      const back = text.slice(Math.max(this.floor, lineStart - MAX_LEVEL_CHARS), lineStart);
      const sep3 = back.lastIndexOf("\n---");
      const start = sep3 < 0 ? Math.max(this.floor, lineStart - MAX_LEVEL_CHARS) : lineStart - back.length + sep3 + 1;
      nodes.push({ start: Math.min(start, outer.lineStart), end: -1, header: "", keyed: false, document: true });
    }
    if (chain.section >= 0) {
      const s = chain.section;
      nodes.push({ start: s, end: -1, header: text.slice(s, lineEndOf(text, s, s + MAX_HEADER_CHARS)).trim(), keyed: true, column: -1 });
    }
    return nodes;
  }
  // ---- Brackets (JSON, HCL, code, YAML flow maps)
  /** Unmatched opening brackets before `lineStart`, innermost first. */
  bracketChain(lineStart) {
    const memo = this.bracketMemo.get(lineStart);
    if (memo) return memo;
    const opens = [];
    this.walkBrackets(lineStart, this.floor, opens);
    this.bracketMemo.set(lineStart, opens);
    return opens;
  }
  /**
   * Walks back from `from`, collecting unmatched opening brackets into `opens`. At a memoised line
   * start it takes that line's chain (less the brackets closed since) and stops.
   */
  walkBrackets(from, limit, opens) {
    const text = this.text;
    let depth = 0;
    for (let i = from - 1; i >= limit && opens.length < MAX_LEVELS; i--) {
      const c = text.charCodeAt(i);
      if (c === 10 && i + 1 !== from) {
        const cached = this.bracketMemo.get(i + 1);
        if (cached) {
          for (const o of cached.slice(depth)) if (opens.length < MAX_LEVELS) opens.push(o);
          return;
        }
      }
      if (c === 125 || c === 93 || c === 41) depth++;
      else if (c === 123 || c === 91 || c === 40) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
  }
  bracketNodes(pos, lineStart) {
    const text = this.text;
    const opens = [];
    let depth = 0;
    for (let i = pos - 1; i >= lineStart; i--) {
      const c = text[i];
      if (c === "}" || c === "]" || c === ")") depth++;
      else if (OPEN.has(c)) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
    for (const o of this.bracketChain(lineStart).slice(depth)) opens.push(o);
    return opens.slice(0, MAX_LEVELS).map((o) => {
      const ls = lineStartOf2(text, o, Math.max(this.floor, o - MAX_HEADER_CHARS));
      let header = text.slice(ls, o).trim();
      if (header === "" || header === "[" || header === "{") header = previousLine(text, ls, this.floor);
      const bracket = text[o];
      return { start: o, end: -1, header: header.slice(-MAX_HEADER_CHARS), keyed: bracket !== "(" && /[A-Za-z0-9]/.test(header), bracket };
    });
  }
  // ---- XML elements
  xmlNodes(pos, lineStart) {
    const text = this.text;
    const nodes = [];
    const lt = text.lastIndexOf("<", pos);
    const gt = text.lastIndexOf(">", pos - 1);
    if (lt >= lineStart && lt > gt) {
      const close = text.indexOf(">", pos);
      const tagEnd = close < 0 || close - pos > MAX_LEVEL_CHARS ? pos : close + 1;
      nodes.push({ start: lt, end: tagEnd, header: text.slice(lt, tagEnd).slice(0, MAX_HEADER_CHARS), keyed: false });
    }
    let depth = 0;
    const limit = Math.max(this.floor, pos - STRUCTURE_REACH / 4);
    for (let i = lt > gt ? lt - 1 : pos - 1; i >= limit && nodes.length < MAX_LEVELS; ) {
      const close = text.lastIndexOf(">", i);
      if (close < limit) break;
      const open = text.lastIndexOf("<", close);
      if (open < limit) break;
      i = open - 1;
      const tag = text.slice(open, close + 1);
      if (tag.startsWith("<?") || tag.startsWith("<!") || tag.endsWith("/>")) continue;
      if (tag.startsWith("</")) depth++;
      else if (depth > 0) depth--;
      else nodes.push({ start: open, end: -1, header: tag.slice(0, MAX_HEADER_CHARS), keyed: true });
    }
    return nodes;
  }
  // ---- Levels: an enclosing node's text around the value
  levelText(node, valueStart, valueLineEnd) {
    const text = this.text;
    const from = Math.max(node.start, valueStart - MAX_LEVEL_CHARS);
    const ceiling = Math.min(text.length, valueLineEnd + MAX_LEVEL_CHARS);
    let end = node.end;
    if (end < 0) {
      if (node.header.startsWith("<") && !node.bracket) {
        const tag = /^<([A-Za-z_][\w:.-]*)/.exec(node.header)?.[1];
        const close = tag ? text.indexOf(`</${tag}`, valueLineEnd - MAX_LEVEL_CHARS > node.start ? valueLineEnd - MAX_LEVEL_CHARS : node.start) : -1;
        end = close < 0 || close > ceiling ? ceiling : text.indexOf(">", close) + 1 || ceiling;
      } else if (node.document) {
        const next = text.slice(valueLineEnd, ceiling).indexOf("\n---");
        end = next < 0 ? ceiling : valueLineEnd + next + 1;
      } else if (node.bracket) end = matchingClose(text, node.start, node.bracket, ceiling);
      else if (node.column !== void 0 && node.column >= 0) end = indentBlockEnd(text, valueLineEnd, node.column, node.item === true, ceiling);
      else end = sectionEnd(text, valueLineEnd, ceiling);
    }
    return text.slice(from, Math.min(Math.max(end, valueLineEnd), ceiling));
  }
  // ---- Tables
  table(lineStart, lineEnd) {
    const text = this.text;
    const row = text.slice(lineStart, lineEnd);
    const sep3 = row.includes("|") ? "|" : row.includes("	") ? "	" : row.includes(",") ? "," : "";
    if (!sep3 || row.split(sep3).length < 3) return "";
    const limit = this.floor;
    let first = lineStart;
    for (let s = lineStart; s > limit; ) {
      const cached = this.tableMemo.get(s);
      if (cached !== void 0) {
        first = cached;
        break;
      }
      const prev = lineStartOf2(text, s - 1, limit);
      const line = text.slice(prev, s - 1);
      if (!line.includes(sep3) || line.trim() === "") break;
      first = prev;
      s = prev;
    }
    this.tableMemo.set(lineStart, first);
    let header = text.slice(first, lineEndOf(text, first, first + MAX_HEADER_CHARS * 4));
    if (/^\s*\|?\s*:?-{3,}/.test(header)) header = previousLine(text, first, limit);
    return `${header}
${row}`;
  }
};
function columnName(table2, before) {
  const [header = "", row = ""] = table2.split("\n");
  const sep3 = row.includes("|") ? "|" : row.includes("	") ? "	" : ",";
  const columns = /\(([^()]*)\)\s*(?:VALUES|SELECT)\b/i.exec(header)?.[1] ?? header;
  const cells = columns.split(sep3).map((c) => c.trim().replace(/^["'`\[]+|["'`\]]+$/g, ""));
  const index = before.replace(/^\s*\(/, "").split(sep3).length - 1 - (sep3 === "|" && before.trimStart().startsWith("|") ? 1 : 0);
  const offset = sep3 === "|" && header.trimStart().startsWith("|") ? 1 : 0;
  const cell = cells[index + offset];
  return cell && /^[A-Za-z_][\w .:/-]{0,60}$/.test(cell) ? cell : "";
}
function previousLine(text, lineStart, floor) {
  for (let s = lineStart; s > floor; ) {
    const prev = lineStartOf2(text, s - 1, Math.max(floor, s - 1 - MAX_HEADER_CHARS));
    const line = text.slice(prev, s - 1).trim();
    if (line !== "") return line.slice(-MAX_HEADER_CHARS);
    s = prev;
  }
  return "";
}
function matchingClose(text, open, bracket, ceiling) {
  const close = CLOSE_OF[bracket];
  let depth = 0;
  for (let i = open + 1; i < ceiling; i++) {
    const c = text[i];
    if (c === bracket) depth++;
    else if (c === close) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return ceiling;
}
function indentBlockEnd(text, from, column, item, ceiling) {
  let pos = from;
  while (pos < ceiling) {
    const start = pos + 1;
    if (start >= ceiling) return ceiling;
    const end = lineEndOf(text, start, ceiling);
    let ws = 0;
    while (start + ws < end && (text.charCodeAt(start + ws) === 32 || text.charCodeAt(start + ws) === 9)) ws++;
    const blank = start + ws >= end || text.charCodeAt(start + ws) === 13;
    if (!blank) {
      const { column: key } = keyColumn(text, start, end);
      if (item ? ws <= column : key <= column) return start;
    }
    pos = end;
  }
  return ceiling;
}
function sectionEnd(text, from, ceiling) {
  const next = text.slice(from, ceiling).search(/\n\[[^\]\r\n]+\]/);
  return next < 0 ? ceiling : from + next + 1;
}
function calleeOf(header) {
  const m = /((?:new\s+)?[A-Za-z_$@][\w$]*(?:(?:\.|::|->|\\)[A-Za-z_$][\w$]*)*[!?]?)\s*$/.exec(header);
  return m ? m[1] : "";
}
var GENERIC_VALUE_NAME = /^(?:-{0,2})(?:value|values|secret|secret[_-]?value|secret[_-]?string|default|default[_-]?value|example|examples|current[_-]?value|string|val|data|text|content|password|body|sendto|parameter[_-]?value|--value|--secret-string|--body)$/i;
var ASSIGNED = /([A-Za-z0-9_$@.:\/\\\-[]*[A-Za-z0-9_$@\]])["'`\]]*[ \t]*(?::[ \t]*[A-Za-z_&'<>\[\]?. ]{1,40}?)?[ \t]*(?:=>|:=|\?=|\+=|=|:)[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
var URL_USERINFO = /([A-Za-z][\w+.-]*:\/\/)[^\s\/@:]*:$/;
var FLAG = /(?:^|[\s'"])(--?[A-Za-z][\w.-]*)[ \t]+$/;
var ELEMENT = /<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?>$/;
var CALL_OPEN = /((?:new\s+)?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\($/;
var PREVIOUS_ARGUMENT = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*$/;
var ARGUMENT_ON_AN_EARLIER_LINE = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*(?:#[^\n]*)?\r?\n[ \t]*["'`]?$/;
var DIRECTIVE = /^\s*(?:[A-Za-z_][\w.-]*[ \t]+)?([A-Za-z_][\w.-]*)[ \t]+$/;
var ASSIGNMENT_AT_END = /(?:=>|[=:])[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
var OPEN_PAREN_AT_END = /\(\s*$/;
var OPTION_DEFAULT = /["'](--?[A-Za-z][\w-]*)["'][^"'\n]{0,80}?(?<![\w$])default[ \t]*[=:][ \t]*["'`]?$/;
function nameBefore(prefix, xml = false, listed = 0) {
  let p = prefix.includes("\\") ? prefix.replace(/\\+(["'\/])/g, "$1") : prefix;
  p = p.replace(/["'`]$/, "");
  const assigned = ASSIGNMENT_AT_END.test(p);
  let m = assigned && p.endsWith(":") ? URL_USERINFO.exec(p) : null;
  if (m) return m[1];
  if (assigned && (m = OPTION_DEFAULT.exec(p))) return m[1];
  m = assigned ? ASSIGNED.exec(p) : null;
  if (m) return m[1].replace(/^["'`]+/, "");
  if (m = FLAG.exec(p)) return m[1];
  if (xml || p.endsWith(">")) {
    if (m = ELEMENT.exec(p)) return m[1];
  }
  if (OPEN_PAREN_AT_END.test(p) && (m = CALL_OPEN.exec(p))) return m[1];
  if (m = PREVIOUS_ARGUMENT.exec(p)) return m[1];
  if (m = DIRECTIVE.exec(p)) return m[1];
  const rest = listed < MAX_LISTED_VALUES ? withoutListedValue(p) : null;
  return rest === null ? "" : nameBefore(rest, xml, listed + 1);
}
var MAX_LISTED_VALUES = 4;
var LISTED_SEPARATOR = /[ \t,;]/;
var LISTED_VALUE_CHAR = /[A-Za-z0-9_+\/-]/;
function withoutListedValue(prefix) {
  let i = prefix.length;
  while (i > 0 && LISTED_SEPARATOR.test(prefix[i - 1])) i--;
  if (i === prefix.length) return null;
  let j = i;
  while (j > 0 && i - j <= 128 && LISTED_VALUE_CHAR.test(prefix[j - 1])) j--;
  if (i - j < 16 || i - j > 128 || !/[0-9]/.test(prefix.slice(j, i))) return null;
  return prefix.slice(0, j);
}
var PAIR_NAME = /(?:^|[\s{,(<"'])(?:-{0,2})(?:name|key|id|parameter[_-]?name|parameterkey|variable|env|setting)["']?[ \t]*(?:[:=>]|[ \t])[ \t]*["']?([A-Za-z0-9_.:\/\-]{2,120})/gi;
function pairName(levels, nodes, value) {
  for (const level of levels.slice(0, 2)) {
    PAIR_NAME.lastIndex = 0;
    for (const m of level.matchAll(PAIR_NAME)) if (m[1] !== value && !m[1].includes(value)) return m[1];
  }
  const header = nodes.find((n) => n.keyed)?.header;
  if (header) {
    const key = /["']?([A-Za-z0-9_.:\/\-]{2,120})["']?\s*[:=]?\s*[{\[(]?\s*$/.exec(header);
    if (key) return key[1];
  }
  return "";
}

// src/engine/candidates.ts
var MAX_PATTERN_PREFIX = 256;
var MAX_MATCH_TAIL = 512;
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function percentDecode(raw) {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw.replace(/%2[Bb]/g, "+");
  }
}
function secretPasses(rule, secret) {
  const checks = rule.secret;
  if (rule.knownExamples.has(secret)) return false;
  if (checks.shape && !checks.shape.test(secret)) return false;
  const judged = checks.part ? checks.part.exec(secret)?.[1] : secret;
  if (judged === void 0) return false;
  if (checks.minDigits !== void 0 && countDigits(judged) < checks.minDigits) return false;
  if (checks.minClasses !== void 0 && characterClasses(judged) < checks.minClasses) return false;
  if (checks.minEntropy !== void 0 && shannonEntropy(judged) < checks.minEntropy) return false;
  return placeholderReason(judged) === null;
}
var CandidateView = class {
  constructor(text, start, end, reader, facts) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.reader = reader;
    this.facts = facts;
  }
  text;
  start;
  end;
  reader;
  facts;
  lineText;
  leadText;
  structure;
  line() {
    if (this.lineText === void 0) {
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS));
      this.lineText = this.text.slice(lineStart, lineEndOf(this.text, this.end, this.end + MAX_CONTEXT_CHARS));
    }
    return this.lineText;
  }
  /** The text before the secret on its line, at most MAX_LEAD_CHARS of it. */
  lead() {
    if (this.leadText === void 0) {
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_LEAD_CHARS));
      this.leadText = this.text.slice(lineStart, this.start);
    }
    return this.leadText;
  }
  near(lines) {
    return surroundingLines(this.text, this.start, this.end, lines, 0);
  }
  /** The `lines` non-blank lines before the secret's line. */
  before(lines) {
    return linesBefore(this.text, lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS)), lines);
  }
  get shape() {
    return this.structure ??= this.reader.at(this.start, this.end);
  }
  get path() {
    return this.facts.path;
  }
  /** The callees that the value's name is passed to within `lines` lines either way. */
  flowsInto(lines) {
    const identifier = IDENTIFIER_AT_END.exec(this.shape.name)?.[1];
    if (!identifier || identifier.length < 3) return [];
    if (CALL_ARGUMENT.test(this.lead())) return [];
    const around = this.near(lines);
    if (!mayBePassed(around, identifier)) return [];
    let uses = this.facts.uses.get(identifier);
    if (!uses) {
      const escaped = identifier.replace(/[$]/g, "\\$&");
      const call = `([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::|->|\\\\)[A-Za-z_$][\\w$]{0,63}){0,8})[ \\t]*\\((?:[^()]{0,${MAX_ARGUMENT_LEAD}}?[\\s,(=:{.>])?${escaped}(?![\\w$])`;
      const literal = `(?<![\\w$.:])([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::)[A-Za-z_$][\\w$]{0,63}){1,8})[ \\t]*\\{(?:[^{}()]{0,${MAX_FIELD_LEAD}}?[\\s,{:=])?${escaped}(?![\\w$])`;
      const command = `(?:^|\\n)[ \\t]*([A-Za-z_][\\w.-]{0,63}(?:[ \\t]+[a-z][\\w-]*)?)[ \\t][^\\n]{0,160}?\\$\\{?${escaped}(?![\\w$])`;
      uses = new RegExp(`${call}|${literal}|${command}`, "g");
      this.facts.uses.set(identifier, uses);
    }
    const callees = [];
    for (const m of around.matchAll(uses)) callees.push(m[1] ?? m[2] ?? m[3]);
    return callees;
  }
};
var WORD_CHAR = /[\w$]/;
var SEPARATOR = /[\s,(=:{.>]/;
var MAX_ARGUMENT_LEAD = 160;
var MAX_FIELD_LEAD = 240;
function mayBePassed(text, identifier) {
  for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
    const next = text[at + identifier.length];
    if (next !== void 0 && WORD_CHAR.test(next)) continue;
    const before = text[at - 1];
    if (before === void 0) continue;
    if (before === "$" || before === "{" && text[at - 2] === "$") return true;
    if (!SEPARATOR.test(before)) continue;
    for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_FIELD_LEAD; i--) {
      const c = text[i];
      if (c === "(") return true;
      if (c === ")" || c === "}") break;
      if (c === "{" && opensTypedLiteral(text, i)) return true;
    }
  }
  return false;
}
var MAX_TYPE_CHARS = 9 * 65;
function opensTypedLiteral(text, brace) {
  let end = brace;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  let start = end;
  while (start > 0 && end - start < MAX_TYPE_CHARS && /[\w$.:]/.test(text[start - 1])) start--;
  return QUALIFIED.test(text.slice(start, end));
}
var QUALIFIED = /[\w$](?:\.|::)[A-Za-z_$]/;
var MAX_LEAD_CHARS = 240;
var IDENTIFIER_AT_END = /([A-Za-z_$][\w$]*)$/;
var CALL_ARGUMENT = /[A-Za-z0-9_$]\([ \t]*["'`]?$|,[ \t]*["'`]?$/;
function linesBefore(text, lineStart, count) {
  const floor = Math.max(0, lineStart - MAX_CONTEXT_CHARS);
  let from = lineStart;
  for (let n = 0; n < count && from > floor; ) {
    const prev = lineStartOf(text, from - 1, floor);
    if (text.slice(prev, from - 1).trim() !== "") n++;
    from = prev;
  }
  return text.slice(from, Math.max(from, lineStart - 1));
}
function holds(c, view) {
  let closeness = -1;
  if (c.path) {
    const path = view.path;
    if (path === void 0 || !c.path.test(path)) return null;
    closeness = Infinity;
  }
  if (c.line && !c.line.test(view.line())) return null;
  if (c.lead && !c.lead.test(view.lead())) return null;
  if (c.name && !c.name.test(view.shape.name)) return null;
  if (c.parent) {
    const parent = c.parent;
    const i = view.shape.path.findIndex((h) => parent.test(h));
    if (i < 0) return null;
    closeness = Math.max(closeness, view.shape.pathLevels[i]);
  }
  if (c.sibling) {
    const { regex, levels } = c.sibling;
    const i = view.shape.levels.slice(0, levels).findIndex((l) => regex.test(l));
    if (i < 0) return null;
    closeness = Math.max(closeness, i);
  }
  if (c.call) {
    const call = c.call;
    if (!view.shape.calls.slice(0, 2).some((k) => call.test(k))) return null;
  }
  if (c.flow) {
    const { regex, lines } = c.flow;
    if (!view.flowsInto(lines).some((callee) => regex.test(callee))) return null;
  }
  if (c.table && !c.table.test(view.shape.table)) return null;
  if (c.before) {
    if (!c.before.regex.test(view.before(c.before.lines))) return null;
    closeness = Infinity;
  }
  if (c.near) {
    if (!c.near.regex.test(view.near(c.near.lines))) return null;
    closeness = Infinity;
  }
  return closeness;
}
function weigh(pattern, view) {
  const held = [];
  let score = pattern.context.length === 0 ? pattern.threshold : 0;
  let nearest = Infinity;
  const groups = /* @__PURE__ */ new Map();
  const add = (c, sign) => {
    const group = sign > 0 ? c.group : `against:${c.group}`;
    const had = groups.get(group);
    if (had && c.weight <= had.weight) return;
    const label = `${c.label} ${sign > 0 ? "+" : "-"}${c.weight}`;
    score += sign * (c.weight - (had?.weight ?? 0));
    if (had) held[had.at] = label;
    groups.set(group, { weight: c.weight, at: had?.at ?? held.push(label) - 1 });
  };
  for (const c of pattern.context) {
    const v = holds(c, view);
    if (v === null) continue;
    add(c, 1);
    if (c.namesVendor) nearest = Math.min(nearest, v);
  }
  if (score < pattern.threshold - 1e-9) return null;
  for (const c of pattern.unless) {
    const v = holds(c, view);
    if (v !== null && v <= nearest) add(c, -1);
  }
  return score >= pattern.threshold - 1e-9 ? held : null;
}
var wholeRegex = /* @__PURE__ */ new WeakMap();
function capturesWhole(pattern, decoded) {
  let regex = wholeRegex.get(pattern);
  if (!regex) wholeRegex.set(pattern, regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace("g", "")));
  const m = regex.exec(decoded);
  const span = m?.indices?.[1];
  return span !== void 0 && span[0] === 0 && span[1] === decoded.length;
}
var searched = 0;
var PLANS_PAY_AFTER = 8 * 1024 * 1024;
function plansPay(length) {
  searched += length;
  return searched > PLANS_PAY_AFTER;
}
function findCandidates(regions, text, from, to, { origin = 0, xml, path, planned = plansPay(to - from) } = {}) {
  const found = [];
  const facts = { uses: /* @__PURE__ */ new Map() };
  if (path !== void 0) facts.path = path;
  const isXml = xml ?? (origin === 0 ? startsAsXml(text) : false);
  const readers = /* @__PURE__ */ new Map();
  const readerFor = (start) => {
    const floor = Math.max(0, structureFloor(origin + start) - origin);
    let reader = readers.get(floor);
    if (!reader) readers.set(floor, reader = new StructureReader(text, floor, isXml));
    return reader;
  };
  const shared = new SharedScan(text, regions, from, to, planned);
  for (const [rule, spans] of regions) {
    const taken = /* @__PURE__ */ new Map();
    const accept = (pattern, secret, start, end, decoded) => {
      const had = taken.get(start);
      if (had !== void 0 && CONFIDENCE_RANK[had] <= CONFIDENCE_RANK[pattern.confidence]) return;
      if (!secretPasses(rule, secret)) return;
      const evidence = weigh(pattern, new CandidateView(text, start, end, readerFor(start), facts));
      if (!evidence) return;
      taken.set(start, pattern.confidence);
      const candidate = { rule, confidence: pattern.confidence, secret: detach(secret), start, end };
      if (decoded) candidate.decoded = decoded;
      if (evidence.length) candidate.evidence = evidence;
      found.push(candidate);
    };
    for (const pattern of rule.patterns) {
      const regex = pattern.regex;
      const plan = planned ? capturePlan(regex) : null;
      for (const [spanStart, spanEnd] of spans) {
        const lo = Math.max(from, spanStart);
        const hi = Math.min(to, spanEnd);
        for (const line of shared.escaped(lo, hi)) {
          regex.lastIndex = 0;
          for (const m of line.text.matchAll(regex)) {
            const span = m.indices?.[1];
            if (!span) continue;
            const start = line.at[span[0]];
            const end = line.at[span[1]];
            if (end - start === span[1] - span[0] || start < lo || start >= hi) continue;
            accept(pattern, m[1], start, end, line.encoding);
          }
        }
        searchWritten(regex, plan, shared, lo, hi, (match, offset) => {
          const span = match.indices?.[1];
          if (!span) return;
          const start = span[0] + offset;
          const end = span[1] + offset;
          if (start < lo || start >= hi) return;
          const raw = text.slice(start, end);
          const inner = pattern.decode.includes("base64") ? decodeBase64(raw) : null;
          if (inner !== null && inner !== raw && secretPasses(rule, inner)) return accept(pattern, inner, start, end, "base64");
          const urlEncoded = rule.secret.urlDecode === true && raw.includes("%");
          accept(pattern, urlEncoded ? percentDecode(raw) : raw, start, end, urlEncoded ? "url" : void 0);
        });
        if (pattern.decode.length === 0) continue;
        for (const encoding of pattern.decode) {
          for (const token of shared.decoded(encoding, lo, hi, plan)) {
            if (capturesWhole(pattern, token.decoded)) accept(pattern, token.decoded, token.start, token.end, token.encoding);
          }
        }
      }
    }
  }
  return resolveOverlaps(found, [...regions.keys()]);
}
var SharedScan = class {
  constructor(text, regions, from, to, planned) {
    this.text = text;
    this.planned = planned;
    let lo = to;
    let hi = from;
    for (const spans of regions.values()) {
      for (const [start, end] of spans) {
        lo = Math.min(lo, Math.max(from, start));
        hi = Math.max(hi, Math.min(to, end));
      }
    }
    this.lo = Math.min(lo, hi);
    this.hi = hi;
  }
  text;
  planned;
  lo;
  hi;
  runLists = /* @__PURE__ */ new Map();
  /** Per plan key and longest capture: whether its runs are too many to search near each. */
  dense = /* @__PURE__ */ new Map();
  escapes;
  base64;
  others = /* @__PURE__ */ new Map();
  /**
   * The runs that can hold the plan's capture; with `sparse`, null when they are so many (more
   * than one in SPARSE_RUNS characters) that searching near each costs more than searching all.
   */
  runs(plan, sparse = false) {
    const from = Math.max(0, this.lo - MAX_PATTERN_PREFIX);
    const to = Math.min(this.text.length, this.hi + MAX_MATCH_TAIL);
    let runs = this.runLists.get(plan.key);
    if (sparse) {
      const key = `${plan.key}:${plan.max}`;
      let dense = this.dense.get(key);
      if (dense === void 0) {
        const most = Math.ceil((to - from) / SPARSE_RUNS);
        if (runs) {
          let fitting = 0;
          for (let i = 0; i < runs.length; i += 2) if (runs[i + 1] - runs[i] <= plan.max) fitting++;
          dense = fitting > most;
        } else {
          const found = classRuns(this.text, plan.table, plan.min, from, to, { max: plan.max, most });
          if (found) this.runLists.set(plan.key, runs = found);
          dense = found === null;
        }
        this.dense.set(key, dense);
      }
      if (dense) return null;
    }
    if (!runs) this.runLists.set(plan.key, runs = classRuns(this.text, plan.table, plan.min, from, to));
    return runs;
  }
  escaped(lo, hi) {
    if (!this.planned) return unescapedLines(this.text, lo, hi);
    return (this.escapes ??= new EscapedLines(this.text, this.lo, this.hi)).in(lo, hi);
  }
  /** decodedTokens(text, lo, hi, [encoding]), less base64 values that decode to a length the plan's capture refuses. */
  decoded(encoding, lo, hi, plan) {
    if (!this.planned) return decodedTokens(this.text, lo, hi, [encoding]);
    if (encoding === "base64") {
      const values = this.base64 ??= new Base64Values(this.text, this.lo, this.hi);
      return values.in(lo, hi, plan ? (length) => length >= plan.min && length <= plan.max : void 0);
    }
    const key = `${encoding}:${lo}:${hi}`;
    let list2 = this.others.get(key);
    if (!list2) this.others.set(key, list2 = decodedTokens(this.text, lo, hi, [encoding]));
    return list2;
  }
};
var SPARSE_RUNS = 1024;
var BLOCK_GAP = 1024;
var STICKY_SPREAD = 16;
function searchWritten(regex, plan, shared, lo, hi, found) {
  const text = shared.text;
  const base = Math.max(0, lo - MAX_PATTERN_PREFIX);
  const end = Math.min(text.length, hi + MAX_MATCH_TAIL);
  const window = () => base === 0 && end === text.length ? text : text.slice(base, end);
  const spread = plan ? plan.prefixMax - plan.prefixMin + (plan.startsRun ? 0 : plan.endsRun ? plan.max - plan.min : Infinity) : Infinity;
  const runs = plan ? shared.runs(plan, spread > STICKY_SPREAD) : null;
  if (plan && runs) {
    if (spread <= STICKY_SPREAD) {
      const sticky = plan.sticky;
      const written2 = window();
      let pos = base;
      startRanges(plan, runs, base, end, hi, (first, last) => {
        for (let p = Math.max(first, pos); p <= last; p++) {
          sticky.lastIndex = p - base;
          const match2 = sticky.exec(written2);
          if (!match2) continue;
          found(match2, base);
          pos = base + sticky.lastIndex;
          p = pos - 1;
        }
        return true;
      });
      return;
    }
    if (plan.lineBound) {
      let blockStart = -1;
      let blockEnd = -1;
      const search = () => {
        const block = text.slice(blockStart, blockEnd);
        regex.lastIndex = 0;
        let match2;
        while ((match2 = regex.exec(block)) !== null) {
          if (match2.index + blockStart >= hi) return false;
          found(match2, blockStart);
        }
        return true;
      };
      let stopped = false;
      startRanges(plan, runs, base, end, hi, (_first, _last, runStart) => {
        if (runStart < blockEnd) return true;
        if (blockStart < 0 || runStart - blockEnd > BLOCK_GAP) {
          if (blockStart >= 0 && !search()) return !(stopped = true);
          blockStart = runStart;
          while (blockStart > base && text.charCodeAt(blockStart - 1) !== 10) blockStart--;
          if (blockStart >= hi) return !(stopped = true);
        }
        blockEnd = runStart;
        while (blockEnd < end && text.charCodeAt(blockEnd) !== 10) blockEnd++;
        return true;
      });
      if (!stopped && blockStart >= 0) search();
      return;
    }
    let any = false;
    startRanges(plan, runs, base, end, hi, () => (any = true, false));
    if (!any) return;
  }
  const written = window();
  regex.lastIndex = 0;
  let match;
  while ((match = regex.exec(written)) !== null) {
    if (match.index + base >= hi) break;
    found(match, base);
  }
}
function resolveOverlaps(found, rules) {
  if (found.length < 2) return found;
  const order = new Map(rules.map((r, i) => [r, i]));
  const better = (a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || order.get(a.rule) - order.get(b.rule) || a.start - b.start;
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const kept = [];
  for (let i = 0; i < byStart.length; ) {
    let clusterEnd = byStart[i].end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    const cluster = byStart.slice(i, j).sort(better);
    const chosen = [];
    for (const c of cluster) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

// src/engine/kernel.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/engine/kernel-wasm.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function uleb(value) {
  const out = [];
  do {
    let byte = value & 127;
    value >>>= 7;
    if (value !== 0) byte |= 128;
    out.push(byte);
  } while (value !== 0);
  return out;
}
function sleb(value) {
  const out = [];
  for (; ; ) {
    const byte = value & 127;
    value >>= 7;
    const done = value === 0 && (byte & 64) === 0 || value === -1 && (byte & 64) !== 0;
    out.push(done ? byte : byte | 128);
    if (done) return out;
  }
}
var simd = (code) => [253, ...uleb(code)];
var T = { i32: 127, v128: 123, void: 64 };
var op = {
  block: (type = T.void) => [2, type],
  loop: (type = T.void) => [3, type],
  if: (type = T.void) => [4, type],
  else: [5],
  end: [11],
  br: (depth) => [12, ...uleb(depth)],
  brIf: (depth) => [13, ...uleb(depth)],
  return: [15],
  call: (fn) => [16, ...uleb(fn)],
  get: (local) => [32, ...uleb(local)],
  set: (local) => [33, ...uleb(local)],
  tee: (local) => [34, ...uleb(local)],
  i32: (value) => [65, ...sleb(value)],
  load8u: (offset = 0) => [45, 0, ...uleb(offset)],
  /** i32.store at an address aligned to 4 (the alignment is a hint; a wrong one is only slower). */
  store32: (offset = 0) => [54, 2, ...uleb(offset)],
  eqz: [69],
  eq: [70],
  ne: [71],
  ltS: [72],
  geS: [78],
  ltU: [73],
  gtU: [75],
  leU: [77],
  geU: [79],
  clz: [103],
  ctz: [104],
  popcnt: [105],
  add: [106],
  sub: [107],
  and: [113],
  or: [114],
  xor: [115],
  shl: [116],
  shrU: [118],
  /** v128.load with no alignment promise and an offset. */
  vload: (offset = 0) => [...simd(0), 0, ...uleb(offset)],
  /** A v128 with `byte` in each of its 16 lanes. */
  vconst: (byte) => [...simd(12), ...new Array(16).fill(byte & 255)],
  /** A v128 of these 16 bytes. */
  vbytes: (bytes) => [...simd(12), ...bytes.map((b) => b & 255)],
  /** i8x16.swizzle: lane k of the first operand chosen by lane k of the second (0 when >= 16). */
  swizzle8: simd(14),
  /** i8x16.shr_u: each byte shifted right by an i32 count. */
  shrU8: simd(109),
  splat8: simd(15),
  eq8: simd(35),
  ne8: simd(36),
  geU8: simd(44),
  vand: simd(78),
  vor: simd(80),
  anyTrue: simd(83),
  bitmask8: simd(100)
};
function append(out, items) {
  for (const item of items) for (let k = 0; k < item.length; k++) out.push(item[k]);
  return out;
}
var vec = (items) => append(uleb(items.length), items);
var section = (id, content) => append([id, ...uleb(content.length)], [content]);
var name = (text) => append(uleb(Buffer.byteLength(text, "utf8")), [[...Buffer.from(text, "utf8")]]);
function module(functions, pages) {
  const types = functions.map((f) => append([96], [vec(f.params.map((p) => [p])), vec(f.results.map((r) => [r]))]));
  const code = functions.map((f) => {
    const body = append(vec(f.locals.map((type) => [1, type])), f.body);
    body.push(...op.end);
    return append(uleb(body.length), [body]);
  });
  const exports = [
    append(name("memory"), [[2, 0]]),
    ...functions.map((f, i) => append(name(f.name), [[0], uleb(i)]))
  ];
  return new Uint8Array(append([0, 97, 115, 109, 1, 0, 0, 0], [
    section(1, vec(types)),
    section(3, vec(functions.map((_, i) => uleb(i)))),
    section(5, vec([[0, ...uleb(pages)]])),
    section(7, vec(exports)),
    section(10, vec(code))
  ]));
}

// src/engine/kernel.ts
var PAGE = 64 * 1024;
var isLetter = (c) => c >= 97 && c <= 122;
function keywordTrie(keywords) {
  const root = { next: /* @__PURE__ */ new Map(), word: -1 };
  keywords.forEach((word, index) => {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, child = { next: /* @__PURE__ */ new Map(), word: -1 });
      node = child;
    }
    node.word = index;
  });
  return root;
}
function verifyAt(keywords, p, end, result, byte) {
  const code = [op.block()];
  const walk = (node, depth, exit) => {
    if (node.word >= 0) {
      code.push(op.get(p), op.set(result), op.br(exit));
      return;
    }
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(32), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end);
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end);
  return code;
}
var FILTER_BYTES = 3;
var BUCKETS = 8;
var casesOf = (c) => isLetter(c) ? [c, c - 32] : [c];
function nibblesOf(prefix) {
  const out = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    let lo = 0;
    let hi = 0;
    if (k >= prefix.length) lo = hi = 65535;
    else {
      for (const b of casesOf(prefix[k])) {
        lo |= 1 << (b & 15);
        hi |= 1 << (b >> 4);
      }
    }
    out.push({ lo, hi });
  }
  return out;
}
var popcount = (x) => {
  x -= x >> 1 & 21845;
  x = (x & 13107) + (x >> 2 & 13107);
  x = x + (x >> 4) & 3855;
  return x + (x >> 8) & 31;
};
function printable(lo, hi) {
  let bytes = 0;
  for (let h = 2; h <= 7; h++) if (hi & 1 << h) bytes += popcount(lo & (h === 7 ? 32767 : 65535));
  return bytes;
}
function passRate(a, b) {
  let rate = 1;
  for (let k = 0; k < FILTER_BYTES; k++) rate *= printable(a[k].lo | b[k].lo, a[k].hi | b[k].hi) / 95;
  return rate;
}
function bucketsOf(keywords) {
  const seen = /* @__PURE__ */ new Set();
  let groups = [];
  for (const word of keywords) {
    const prefix = word.slice(0, FILTER_BYTES);
    if (seen.has(prefix.join())) continue;
    seen.add(prefix.join());
    const nibbles = nibblesOf(prefix);
    groups.push({ nibbles, rate: passRate(nibbles, nibbles) });
  }
  while (groups.length > BUCKETS) {
    let best = { a: 0, b: 1, rate: 0, cost: Infinity };
    for (let a2 = 0; a2 < groups.length; a2++) {
      for (let b2 = a2 + 1; b2 < groups.length; b2++) {
        const rate = passRate(groups[a2].nibbles, groups[b2].nibbles);
        const cost = rate - groups[a2].rate - groups[b2].rate;
        if (cost < best.cost) best = { a: a2, b: b2, rate, cost };
      }
    }
    const [a, b] = [groups[best.a].nibbles, groups[best.b].nibbles];
    const merged = a.map((n, k) => ({ lo: n.lo | b[k].lo, hi: n.hi | b[k].hi }));
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push({ nibbles: merged, rate: best.rate });
  }
  return groups.map((g) => g.nibbles);
}
function filterCode(keywords, i, v) {
  const buckets = bucketsOf(keywords);
  const code = [];
  for (let k = 0; k < FILTER_BYTES; k++) {
    const lo = new Array(16).fill(0);
    const hi = new Array(16).fill(0);
    buckets.forEach((nibbles, bucket) => {
      const t = nibbles[k];
      for (let n = 0; n < 16; n++) {
        if (t.lo & 1 << n) lo[n] |= 1 << bucket;
        if (t.hi & 1 << n) hi[n] |= 1 << bucket;
      }
    });
    code.push(op.get(i), op.vload(k), op.set(v));
    code.push(op.vbytes(lo), op.get(v), op.vconst(15), op.vand, op.swizzle8);
    code.push(op.vbytes(hi), op.get(v), op.i32(4), op.shrU8, op.swizzle8, op.vand);
    if (k > 0) code.push(op.vand);
  }
  code.push(op.vconst(0), op.ne8);
  return code;
}
function lastKeywordFunction(keywords) {
  const [ptr, len, end, i, mask, p, result, v, byte, bit] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const candidates = filterCode(keywords, i, v);
  const verify = verifyAt(keywords, p, end, result, byte);
  const returnIfFound = [op.get(result), op.i32(-1), op.ne, op.if(), op.get(result), op.return, op.end];
  const reach = 16 + FILTER_BYTES - 1;
  return {
    name: "lastKeyword",
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.v128, T.i32, T.i32],
    body: [
      op.i32(-1),
      op.set(result),
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      // i: where the single positions start, after the whole blocks (none when len < reach).
      op.get(ptr),
      op.set(i),
      op.get(len),
      op.i32(reach),
      op.geS,
      op.if(),
      op.get(ptr),
      op.get(len),
      op.i32(reach),
      op.sub,
      op.i32(4),
      op.shrU,
      op.i32(1),
      op.add,
      op.i32(4),
      op.shl,
      op.add,
      op.set(i),
      op.end,
      // The single positions, from the last one down to i.
      op.get(end),
      op.i32(1),
      op.sub,
      op.set(p),
      op.block(),
      op.loop(),
      op.get(p),
      op.get(i),
      op.ltS,
      op.brIf(1),
      ...verify,
      ...returnIfFound,
      op.get(p),
      op.i32(1),
      op.sub,
      op.set(p),
      op.br(0),
      op.end,
      op.end,
      // The blocks, from the last one down to ptr; in each, the lanes from the highest down.
      op.get(i),
      op.i32(16),
      op.sub,
      op.set(i),
      op.block(),
      op.loop(),
      op.get(i),
      op.get(ptr),
      op.ltS,
      op.brIf(1),
      ...candidates,
      op.bitmask8,
      op.tee(mask),
      op.if(),
      op.loop(),
      op.i32(31),
      op.get(mask),
      op.clz,
      op.sub,
      op.tee(bit),
      op.get(i),
      op.add,
      op.set(p),
      ...verify,
      ...returnIfFound,
      op.get(mask),
      op.i32(1),
      op.get(bit),
      op.shl,
      op.xor,
      op.tee(mask),
      op.brIf(0),
      op.end,
      op.end,
      op.get(i),
      op.i32(16),
      op.sub,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(result)
    ]
  };
}
function longestKeywordFunction(keywords) {
  const [p, end, word, byte] = [0, 1, 2, 3];
  const code = [op.i32(-1), op.set(word), op.block()];
  const walk = (node, depth, exit) => {
    if (node.word >= 0) code.push(op.i32(node.word), op.set(word));
    if (node.next.size === 0) return;
    code.push(op.get(p), op.i32(depth + 1), op.add, op.get(end), op.gtU, op.brIf(exit));
    code.push(op.get(p), op.load8u(depth), op.set(byte));
    for (const [c, child] of node.next) {
      code.push(op.block(), op.get(byte));
      if (isLetter(c)) code.push(op.i32(32), op.or);
      code.push(op.i32(c), op.ne, op.brIf(0));
      walk(child, depth + 1, exit + 1);
      code.push(op.br(exit + 1), op.end);
    }
  };
  walk(keywordTrie(keywords), 0, 0);
  code.push(op.end, op.get(word));
  return { name: "longestKeyword", params: [T.i32, T.i32], results: [T.i32], locals: [T.i32, T.i32], body: code };
}
function keywordHitsFunction(keywords, longestKeyword) {
  const [ptr, len, end, out, cap, stop, i, mask, p, n, word] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const v = 11;
  const candidates = [...filterCode(keywords, i, v), op.bitmask8];
  const record = [
    op.get(p),
    op.get(end),
    op.call(longestKeyword),
    op.tee(word),
    op.i32(-1),
    op.ne,
    op.if(),
    op.get(out),
    op.get(n),
    op.i32(3),
    op.shl,
    op.add,
    op.get(p),
    op.store32(0),
    op.get(out),
    op.get(n),
    op.i32(3),
    op.shl,
    op.add,
    op.get(word),
    op.store32(4),
    op.get(n),
    op.i32(1),
    op.add,
    op.tee(n),
    op.get(cap),
    op.geU,
    op.if(),
    op.get(n),
    op.return,
    op.end,
    op.end
  ];
  return {
    name: "keywordHits",
    params: [T.i32, T.i32, T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(stop),
      op.get(ptr),
      op.set(i),
      // Blocks of 16 positions while the block and the bytes its test loads stay inside the text.
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(stop),
      op.gtU,
      op.brIf(1),
      op.get(i),
      op.i32(16 + FILTER_BYTES - 1),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      ...candidates,
      op.tee(mask),
      op.if(),
      op.loop(),
      // the candidate lanes from the lowest up: hits come out in order
      op.get(i),
      op.get(mask),
      op.ctz,
      op.add,
      op.set(p),
      ...record,
      op.get(mask),
      op.get(mask),
      op.i32(1),
      op.sub,
      op.and,
      op.tee(mask),
      op.brIf(0),
      op.end,
      op.end,
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      // The positions left, one by one.
      op.get(i),
      op.set(p),
      op.block(),
      op.loop(),
      op.get(p),
      op.get(stop),
      op.geU,
      op.brIf(1),
      ...record,
      op.get(p),
      op.i32(1),
      op.add,
      op.set(p),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
function countFunction() {
  const [ptr, len, byte, end, i, n, needle] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: "count",
    params: [T.i32, T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      op.get(ptr),
      op.set(i),
      op.get(byte),
      op.splat8,
      op.set(needle),
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      op.get(n),
      op.get(i),
      op.vload(0),
      op.get(needle),
      op.eq8,
      op.bitmask8,
      op.popcnt,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.block(),
      op.loop(),
      op.get(i),
      op.get(end),
      op.geU,
      op.brIf(1),
      op.get(n),
      op.get(i),
      op.load8u(0),
      op.get(byte),
      op.eq,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(1),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
function utf16Function() {
  const [ptr, len, end, i, n, v, c] = [0, 1, 2, 3, 4, 5, 6];
  return {
    name: "utf16Units",
    params: [T.i32, T.i32],
    results: [T.i32],
    locals: [T.i32, T.i32, T.i32, T.v128, T.i32],
    body: [
      op.get(ptr),
      op.get(len),
      op.add,
      op.set(end),
      op.get(ptr),
      op.set(i),
      op.block(),
      op.loop(),
      op.get(i),
      op.i32(16),
      op.add,
      op.get(end),
      op.gtU,
      op.brIf(1),
      op.get(i),
      op.vload(0),
      op.set(v),
      // A character starts at every byte that is not a continuation byte (10xxxxxx) ...
      op.get(n),
      op.get(v),
      op.vconst(192),
      op.vand,
      op.vconst(128),
      op.ne8,
      op.bitmask8,
      op.popcnt,
      op.add,
      // ... and one of four bytes (11110xxx) is a surrogate pair: two units.
      op.get(v),
      op.vconst(240),
      op.geU8,
      op.bitmask8,
      op.popcnt,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(16),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.block(),
      op.loop(),
      op.get(i),
      op.get(end),
      op.geU,
      op.brIf(1),
      op.get(i),
      op.load8u(0),
      op.set(c),
      op.get(n),
      op.get(c),
      op.i32(192),
      op.and,
      op.i32(128),
      op.ne,
      op.add,
      op.get(c),
      op.i32(240),
      op.geU,
      op.add,
      op.set(n),
      op.get(i),
      op.i32(1),
      op.add,
      op.set(i),
      op.br(0),
      op.end,
      op.end,
      op.get(n)
    ]
  };
}
var wasm = globalThis.WebAssembly;
var HIT_BATCH = 4096;
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var ByteKernel = class {
  constructor(fns) {
    this.fns = fns;
    this.view = Buffer.from(fns.memory.buffer);
  }
  fns;
  view;
  hits = new Int32Array(2 * HIT_BATCH);
  bytes(size = 0) {
    if (size > this.view.length) {
      this.fns.memory.grow(Math.ceil((size - this.view.length) / PAGE));
      this.view = Buffer.from(this.fns.memory.buffer);
    }
    return this.view;
  }
  lastKeyword(from, to) {
    if (to <= from) return -1;
    const at = this.fns.lastKeyword(from, to - from);
    return at < 0 ? -1 : at;
  }
  count(from, to, byte) {
    return to > from ? this.fns.count(from, to - from, byte) : 0;
  }
  utf16Units(from, to) {
    return to > from ? this.fns.utf16Units(from, to - from) : 0;
  }
  /**
   * The keywords starting within [from, to) and ending by `end` (bytes [0, end) are the text):
   * (position, keyword index) pairs in order, the longest keyword at each position; the index is
   * into the keywords the kernel was made for, lower-cased, without repeats (kernelBinary). The
   * array is reused: it holds until the next call.
   */
  keywordHits(from, to, end) {
    let count = 0;
    if (this.hits.length > 16 * HIT_BATCH) this.hits = new Int32Array(2 * HIT_BATCH);
    const out = end + 7 & ~7;
    this.bytes(out + 8 * HIT_BATCH);
    for (let at = from; at < to; ) {
      const n = this.fns.keywordHits(at, to - at, end, out, HIT_BATCH);
      if (count + 2 * n > this.hits.length) {
        const grown = new Int32Array(Math.max(2 * this.hits.length, count + 2 * n));
        grown.set(this.hits.subarray(0, count));
        this.hits = grown;
      }
      const batch = new Int32Array(this.fns.memory.buffer, out, 2 * n);
      if (LITTLE_ENDIAN) this.hits.set(batch, count);
      else {
        const view = new DataView(this.fns.memory.buffer);
        for (let k = 0; k < 2 * n; k++) this.hits[count + k] = view.getInt32(out + 4 * k, true);
      }
      count += 2 * n;
      if (n < HIT_BATCH) break;
      at = this.hits[count - 2] + 1;
    }
    return this.hits.subarray(0, count);
  }
};
function kernelBinary(keywords) {
  const words = [...new Set(keywords.map((k) => k.toLowerCase()))].map((k) => [...k].map((ch) => ch.charCodeAt(0)));
  const functions = [lastKeywordFunction(words), countFunction(), utf16Function()];
  functions.push(keywordHitsFunction(words, functions.length + 1), longestKeywordFunction(words));
  return module(functions, 2);
}
function builtinKernel(keywords) {
  if (typeof define_PDGUARD_BUILTIN_KERNEL_default === "undefined") return null;
  const built = define_PDGUARD_BUILTIN_KERNEL_default;
  if (built.keywords.length !== keywords.length || built.keywords.some((k, i) => k !== keywords[i])) return null;
  return Buffer.from(built.binary, "base64");
}
var KernelPool = class _KernelPool {
  constructor(api, compiled) {
    this.api = api;
    this.compiled = compiled;
  }
  api;
  compiled;
  free = [];
  /**
   * Null when there can be no kernel: no keywords, a keyword that is not ASCII, no WebAssembly
   * (`node --jitless`), or no SIMD in it (compiling the module then throws). `api` is for tests
   * (null: none).
   */
  static for(keywords, api = wasm ?? null) {
    if (!api || keywords.length === 0 || keywords.some((k) => k.length === 0 || /[^\x00-\x7f]/.test(k))) return null;
    try {
      return new _KernelPool(api, new api.Module(builtinKernel(keywords) ?? kernelBinary(keywords)));
    } catch {
      return null;
    }
  }
  acquire() {
    return this.free.pop() ?? new ByteKernel(new this.api.Instance(this.compiled).exports);
  }
  release(kernel) {
    if (this.free.length < 4) this.free.push(kernel);
  }
};
var PlainWindow = class {
  view = Buffer.alloc(0);
  bytes(size = 0) {
    if (size > this.view.length) {
      const grown = Buffer.alloc(Math.max(size, 2 * this.view.length));
      this.view.copy(grown);
      this.view = grown;
    }
    return this.view;
  }
  lastKeyword(from, to) {
    return to > from ? from : -1;
  }
  count(from, to, byte) {
    let n = 0;
    for (let i = this.view.indexOf(byte, from); i >= 0 && i < to; i = this.view.indexOf(byte, i + 1)) n++;
    return n;
  }
  utf16Units(from, to) {
    let units = 0;
    for (let i = from; i < to; i++) {
      const b = this.view[i];
      if ((b & 192) !== 128) units++;
      if (b >= 240) units++;
    }
    return units;
  }
};

// src/engine/stream.ts
var STRUCTURE_LOOKBACK = STRUCTURE_REACH + STRUCTURE_BLOCK;
var LOOKBACK = STRUCTURE_LOOKBACK + 2 * MAX_CONTEXT_CHARS;
var KEYWORD_REACH = 2 * MAX_CONTEXT_CHARS;
var LOOKAHEAD = 2 * MAX_CONTEXT_CHARS;
var OVERLAP = 4 * 1024;
var MAX_PIECE = 256 * 1024;
var NEWLINE = LF;
var kernels = /* @__PURE__ */ new WeakMap();
function kernelsFor(rules) {
  let found = kernels.get(rules);
  if (found === void 0) {
    const keywords = rules.prefilter.keywords;
    found = {
      pool: rules.prefilter.runsEverywhere ? null : KernelPool.for(keywords),
      keywordTail: Math.max(0, ...keywords.map((k) => k.length - 1))
    };
    kernels.set(rules, found);
  }
  return found;
}
function mayHoldKeyword(rules, bytes) {
  const pool = kernelsFor(rules).pool;
  if (!pool) return null;
  const kernel = pool.acquire();
  try {
    bytes.copy(kernel.bytes(bytes.length), 0);
    return kernel.lastKeyword(0, bytes.length) >= 0;
  } finally {
    pool.release(kernel);
  }
}
var StreamScanner = class {
  /** `kernel: false` searches without the byte kernel, as where WebAssembly is missing (for tests). */
  constructor(rules, { kernel = true, path } = {}) {
    this.rules = rules;
    this.path = path;
    this.pathRules = path === void 0 ? [] : rules.rulesNamedByPath(path);
    const { pool: shared, keywordTail } = kernelsFor(rules);
    const pool = kernel ? shared : null;
    this.pool = pool;
    this.window = pool ? pool.acquire() : new PlainWindow();
    this.keywordTail = keywordTail;
  }
  rules;
  window;
  pool;
  /** Bytes in the window: look-back first, then what is not scanned yet (the carry). */
  length = 0;
  lookback = 0;
  /** Stream offset of the window's first byte, of the end of what the kernel searched, and of the last keyword seen. */
  base = 0;
  searched = 0;
  lastKeyword = -1;
  keywordTail;
  /** Line number and column (UTF-16 units) at which the next region starts. */
  line = 1;
  column = 0;
  seenOnLine = /* @__PURE__ */ new Set();
  seenLine = 0;
  /** Whether the stream reads as XML, from its first bytes (known at the first scan: base is 0 then). */
  xml;
  /** The window's last byte is a CR whose next byte is not known yet (a line break either way; lines.ts). */
  pendingCr = false;
  /** The file's path, when the stream is a file's: it is evidence, and may name PagerDuty. */
  path;
  /** Rules whose `paths` find PagerDuty in the path: they run on all of this stream, keyword or not. */
  pathRules;
  /** Scan the next bytes; returns the matches that are complete. */
  push(chunk) {
    if (chunk.length <= MAX_PIECE) return this.pushPiece(chunk);
    const out = [];
    for (let at = 0; at < chunk.length; at += MAX_PIECE) for (const m of this.pushPiece(chunk.subarray(at, at + MAX_PIECE))) out.push(m);
    return out;
  }
  /**
   * No more bytes after `last`: scan what is left, in one region. A whole small file or blob given
   * here is scanned in one pass, with no look-back to read twice and no lines to count ahead.
   */
  end(last) {
    if (!this.window) return [];
    let out = [];
    if (last && last.length > MAX_PIECE) {
      const split = last.length - MAX_PIECE;
      out = this.push(last.subarray(0, split));
      last = last.subarray(split);
    }
    if (last?.length) this.append(last);
    if (this.pendingCr) this.pendingCr = loneCrToLf(this.window.bytes(), this.length - 1, this.length, true);
    if (this.length > this.lookback) for (const m of this.scan(this.length - this.lookback, true)) out.push(m);
    this.dispose();
    return out;
  }
  /** Gives the window back without scanning what is left (content found to be binary). */
  dispose() {
    if (this.window && this.pool) this.pool.release(this.window);
    this.window = null;
  }
  append(chunk) {
    const bytes = this.window.bytes(this.length + chunk.length);
    chunk.copy(bytes, this.length);
    const from = this.pendingCr ? this.length - 1 : this.length;
    this.length += chunk.length;
    this.pendingCr = loneCrToLf(bytes, from, this.length, false);
  }
  pushPiece(chunk) {
    if (chunk.length === 0 || !this.window) return [];
    const chunkStart = this.length;
    this.append(chunk);
    const bytes = this.window.bytes();
    if (chunk.length > LOOKAHEAD) {
      const newline = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
      if (newline >= chunkStart) return this.scan(newline + 1 - this.lookback);
    }
    const pending = this.length - this.lookback;
    if (pending <= 2 * OVERLAP + LOOKAHEAD) return [];
    const earlier = bytes.lastIndexOf(NEWLINE, this.length - LOOKAHEAD);
    if (earlier >= this.lookback) return this.scan(earlier + 1 - this.lookback);
    return this.scan(pending - OVERLAP);
  }
  /** Whether any keyword starts in the window (a keyword in the look-back or the carry counts too). */
  keywordInWindow() {
    const window = this.window;
    const from = Math.max(0, this.searched - this.keywordTail - this.base);
    const at = window.lastKeyword(from, this.length);
    if (at >= 0) this.lastKeyword = Math.max(this.lastKeyword, this.base + at);
    this.searched = this.base + this.length;
    return this.lastKeyword >= this.base;
  }
  /** Scan the region of `cut` bytes after the look-back; keep its tail as look-back, and the rest as carry. */
  scan(cut, final = false) {
    const window = this.window;
    const from = this.lookback;
    const to = from + cut;
    let matches = [];
    if (this.xml === void 0) this.xml = startsAsXml(window.bytes().toString("latin1", 0, Math.min(this.length, 512)));
    if (this.keywordInWindow() || this.pathRules.length) {
      const text = window.bytes().toString("latin1", 0, this.length);
      const hits = this.pool ? window : void 0;
      let regions = this.rules.prefilter.regionsFor(text, from, to, KEYWORD_REACH, hits);
      if (this.pathRules.length) regions = withWholeRegion(this.rules.rules, regions, this.pathRules, from, to);
      if (regions.size) matches = this.locate(text, from, to, regions);
    }
    if (final) return matches;
    const bytes = window.bytes().subarray(0, this.length);
    this.line += window.count(from, to, NEWLINE);
    const lastNewline = bytes.lastIndexOf(NEWLINE, to - 1);
    this.column = lastNewline >= from ? window.utf16Units(lastNewline + 1, to) : this.column + window.utf16Units(from, to);
    let keepFrom = Math.max(0, to - LOOKBACK);
    const firstNewline = keepFrom > 0 ? bytes.indexOf(NEWLINE, keepFrom) : -1;
    if (firstNewline >= 0 && firstNewline < to - STRUCTURE_LOOKBACK) keepFrom = firstNewline + 1;
    bytes.copyWithin(0, keepFrom, this.length);
    this.base += keepFrom;
    this.length -= keepFrom;
    this.lookback = to - keepFrom;
    return matches;
  }
  /**
   * Lines and columns for the region's candidates. Candidates come in order of position, so lines,
   * columns and the inline-allow check advance incrementally: a long line full of candidates costs
   * one pass, not one pass per candidate.
   */
  locate(text, from, to, regions) {
    const matches = [];
    let line = this.line;
    let lineStart = from;
    let pos = from;
    let columnUnits = this.column;
    let allowedLine = -1;
    let allowed = false;
    const where = { origin: this.base, xml: this.xml ?? false, ...this.path === void 0 ? {} : { path: this.path } };
    for (const c of findCandidates(regions, text, from, to, where)) {
      for (let nl = text.indexOf("\n", pos); nl >= 0 && nl < c.start; nl = text.indexOf("\n", nl + 1)) {
        line++;
        lineStart = nl + 1;
        pos = lineStart;
        columnUnits = 0;
      }
      columnUnits += utf16Length(text, pos, c.start);
      pos = c.start;
      if (line !== this.seenLine) {
        this.seenLine = line;
        this.seenOnLine.clear();
      }
      if (this.seenOnLine.has(c.secret)) continue;
      this.seenOnLine.add(c.secret);
      if (allowedLine !== line) {
        allowedLine = line;
        const lineEnd = text.indexOf("\n", c.end);
        allowed = lineAllows(text, lineStart, lineEnd < 0 ? text.length : lineEnd);
      }
      matches.push({
        rule: c.rule,
        secret: c.secret,
        confidence: c.confidence,
        line,
        column: columnUnits + 1,
        endLine: line,
        endColumn: columnUnits + 1 + utf16Length(text, c.start, c.end),
        inlineAllowed: allowed,
        ...c.decoded ? { decoded: c.decoded } : {},
        ...c.evidence ? { evidence: c.evidence } : {}
      });
    }
    return matches;
  }
};
function withWholeRegion(rules, regions, extra, from, to) {
  const merged = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (extra.includes(rule)) merged.set(rule, [[from, to]]);
    else if (regions.has(rule)) merged.set(rule, regions.get(rule));
  }
  return merged;
}
var NON_ASCII = /[\x80-\xff]/;
function utf16Length(text, from, to) {
  if (to <= from) return 0;
  const slice = text.slice(from, to);
  if (!NON_ASCII.test(slice)) return slice.length;
  let units = 0;
  for (let i = 0; i < slice.length; i++) {
    const b = slice.charCodeAt(i);
    if (b < 128 || b >= 192) units++;
    if (b >= 240) units++;
  }
  return units;
}

// src/sources/read.ts
var CHUNK_SIZE = 64 * 1024;
var readBuffer;
var EMPTY = Buffer.alloc(0);
var SNIFF_SIZE = 8 * 1024;
var READING = "bytes-always+utf16+utf32+lone-cr";
var NAMES = { "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "utf-32le": "UTF-32LE", "utf-32be": "UTF-32BE" };
function classify(head) {
  const [a, b, c, d] = head;
  if (a === 239 && b === 187 && c === 191) return { encoding: "utf-8", bom: 3 };
  if (a === 255 && b === 254 && c === 0 && d === 0) return { encoding: "utf-32le", bom: 4 };
  if (a === 0 && b === 0 && c === 254 && d === 255) return { encoding: "utf-32be", bom: 4 };
  if (a === 255 && b === 254) return { encoding: "utf-16le", bom: 2 };
  if (a === 254 && b === 255) return { encoding: "utf-16be", bom: 2 };
  const sniff = head.length > SNIFF_SIZE ? head.subarray(0, SNIFF_SIZE) : head;
  if (!sniff.includes(0)) return { encoding: "utf-8", bom: 0 };
  for (const encoding of ["utf-32le", "utf-32be", "utf-16le", "utf-16be"]) {
    if (readsAs(sniff, encoding)) return { encoding, bom: 0 };
  }
  return { encoding: "binary", bom: 0 };
}
function readsAs(sniff, encoding) {
  const utf32 = encoding.startsWith("utf-32");
  const unit = utf32 ? 4 : 2;
  const read = unitReader(encoding);
  const units = Math.floor(sniff.length / unit);
  if (units === 0) return false;
  let high = 0;
  let low = 0;
  for (let i = 0; i < units * unit; i += unit) {
    const v = read(sniff, i);
    if (v === 0 || utf32 && (v > 1114111 || v >= 55296 && v <= 57343)) return false;
    if (v < 256) high++;
    else if ((v & 255) === 0) low++;
  }
  return utf32 || high * 16 >= units && low * 2 <= high;
}
function unitReader(encoding) {
  switch (encoding) {
    case "utf-16le":
      return (b, i) => b[i] | b[i + 1] << 8;
    case "utf-16be":
      return (b, i) => b[i] << 8 | b[i + 1];
    case "utf-32le":
      return (b, i) => b.readUInt32LE(i);
    case "utf-32be":
      return (b, i) => b.readUInt32BE(i);
  }
}
var REPLACEMENT = 65533;
var UnicodeDecoder = class {
  constructor(encoding) {
    this.encoding = encoding;
    this.unit = encoding.startsWith("utf-32") ? 4 : 2;
    this.read = unitReader(encoding);
  }
  encoding;
  /** Code units (or a surrogate pair's halves, or a unit's bytes) that were not valid. */
  invalid = 0;
  unit;
  read;
  /** The bytes of an incomplete code unit at the end of the last chunk. */
  carry = EMPTY;
  /** UTF-16: a high surrogate waiting for its low half; -1 for none. */
  high = -1;
  decode(chunk, last) {
    const input = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = input.length - input.length % this.unit;
    const out = Buffer.allocUnsafe(2 * whole + 8);
    let o = 0;
    for (let i = 0; i < whole; i += this.unit) {
      let cp = this.read(input, i);
      if (this.unit === 2) {
        if (this.high >= 0) {
          const high = this.high;
          this.high = -1;
          if (cp >= 56320 && cp <= 57343) {
            o = putUtf8(out, o, 65536 + (high - 55296 << 10) + (cp - 56320));
            continue;
          }
          this.invalid++;
          o = putUtf8(out, o, REPLACEMENT);
        }
        if (cp >= 55296 && cp <= 56319) {
          this.high = cp;
          continue;
        }
      }
      if (cp >= 55296 && cp <= 57343 || cp > 1114111) {
        this.invalid++;
        cp = REPLACEMENT;
      }
      o = putUtf8(out, o, cp);
    }
    this.carry = whole < input.length ? Buffer.from(input.subarray(whole)) : EMPTY;
    if (last && (this.high >= 0 || this.carry.length)) {
      this.invalid++;
      o = putUtf8(out, o, REPLACEMENT);
      this.high = -1;
      this.carry = EMPTY;
    }
    return out.subarray(0, o);
  }
};
function putUtf8(out, o, cp) {
  if (cp < 128) out[o++] = cp;
  else if (cp < 2048) {
    out[o++] = 192 | cp >> 6;
    out[o++] = 128 | cp & 63;
  } else if (cp < 65536) {
    out[o++] = 224 | cp >> 12;
    out[o++] = 128 | cp >> 6 & 63;
    out[o++] = 128 | cp & 63;
  } else {
    out[o++] = 240 | cp >> 18;
    out[o++] = 128 | cp >> 12 & 63;
    out[o++] = 128 | cp >> 6 & 63;
    out[o++] = 128 | cp & 63;
  }
  return o;
}
var isUnicode = (encoding) => encoding !== "utf-8" && encoding !== "binary";
function contentViews(content) {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  const bytes = content.subarray(bom);
  if (!isUnicode(encoding)) return { text: bytes, raw: null };
  return { text: new UnicodeDecoder(encoding).decode(bytes, true), raw: bytes };
}
function describeReadError(error) {
  const code = error?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "unreadable: permission denied";
    case "ENOENT":
      return "unreadable: disappeared during the scan";
    case "EISDIR":
      return "unreadable: is a directory";
    case "EIO":
      return "unreadable: I/O error";
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
function tooLarge(limit) {
  return { kind: "skipped", skip: "too-large", reason: `larger than --max-file-size ${formatSize(limit)}` };
}
function unreadable(error) {
  return { kind: "skipped", skip: "unreadable", reason: describeReadError(error) };
}
var ContentScanner = class {
  /** `path`: the file's, when the content is a file's (evidence for the rules; see evidencePath). */
  constructor(rules, path) {
    this.rules = rules;
    this.path = path;
    this.raw = new StreamScanner(rules, this.where());
  }
  rules;
  path;
  /** The bytes as they are, after a byte-order mark. */
  raw;
  rawMatches = [];
  /** UTF-16 or UTF-32: the decoded text. */
  decoder = null;
  text = null;
  textMatches = [];
  encoding;
  head;
  bytes = 0;
  where() {
    return this.path === void 0 ? {} : { path: this.path };
  }
  push(chunk) {
    if (chunk.length === 0) return;
    if (this.encoding === void 0) {
      this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (this.head.length < SNIFF_SIZE) {
        if (this.head === chunk) this.head = Buffer.from(chunk);
        return;
      }
      chunk = this.start();
    }
    this.feed(chunk, false);
  }
  /** The content ends with `last` (if given): scanned with what is left as one final region. */
  end(last = EMPTY) {
    if (this.encoding === void 0) {
      this.head = this.head ? Buffer.concat([this.head, last]) : last;
      last = this.start();
    }
    this.feed(last, true);
    return this.outcome();
  }
  /** Gives the windows back when the content cannot be read to its end (a read error). */
  dispose() {
    this.raw.dispose();
    this.text?.dispose();
  }
  start() {
    const head = this.head ?? EMPTY;
    this.head = void 0;
    const { encoding, bom } = classify(head);
    this.encoding = encoding;
    if (isUnicode(encoding)) {
      this.decoder = new UnicodeDecoder(encoding);
      this.text = new StreamScanner(this.rules, this.where());
    }
    this.bytes += bom;
    return head.subarray(bom);
  }
  feed(chunk, last) {
    this.bytes += chunk.length;
    for (const m of last ? this.raw.end(chunk) : this.raw.push(chunk)) this.rawMatches.push(m);
    if (this.decoder) {
      const text = this.decoder.decode(chunk, last);
      for (const m of last ? this.text.end(text) : this.text.push(text)) this.textMatches.push(m);
    }
  }
  outcome() {
    const outcome = { kind: "scanned", matches: this.rawMatches, bytes: this.bytes };
    if (this.encoding === "binary") outcome.listed = { skip: "binary", reason: "binary" };
    const decoder = this.decoder;
    if (!decoder) return outcome;
    if (decoder.invalid > 0) outcome.listed = { skip: "binary", reason: `binary: not valid ${NAMES[decoder.encoding]}` };
    const shown = new Set(this.textMatches.map((m) => m.secret));
    const hidden = this.rawMatches.filter((m) => !shown.has(m.secret));
    outcome.matches = [...this.textMatches, ...hidden];
    if (hidden.length) outcome.inRawBytes = new Set(hidden);
    return outcome;
  }
};
function evidencePath(path) {
  if (path === void 0) return void 0;
  const segments = [];
  let end = path.length;
  for (let i = path.length - 1; i >= -1 && segments.length < 3; i--) {
    const c = i >= 0 ? path.charCodeAt(i) : 47;
    if (c !== 47 && c !== 92) continue;
    const segment = path.slice(i + 1, end);
    if (segment !== "" && segment !== ".") segments.push(segment);
    end = i;
  }
  return segments.reverse().join("/");
}
function scanningSink(rules, done, path) {
  let content;
  let outcome;
  return {
    chunk: (data, last) => {
      content ??= new ContentScanner(rules, evidencePath(path));
      if (last) outcome = content.end(data);
      else content.push(data);
    },
    end: (size) => done(outcome ?? (content ??= new ContentScanner(rules, evidencePath(path))).end(), size)
  };
}
async function scanChunks(rules, chunks) {
  const content = new ContentScanner(rules);
  for await (const chunk of chunks) content.push(chunk);
  return content.end();
}
function scanFile(rules, path, limits = {}, named) {
  let fd;
  let content;
  try {
    fd = (0, import_node_fs6.openSync)(path, import_node_fs6.constants.O_RDONLY | import_node_fs6.constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = (0, import_node_fs6.fstatSync)(fd);
    if (!stat.isFile()) return { kind: "skipped", skip: "not-a-file", reason: "not a regular file" };
    if (limits.maxFileSize !== void 0 && stat.size > limits.maxFileSize) return tooLarge(limits.maxFileSize);
    const size = Math.min(CHUNK_SIZE, stat.size + 1);
    const evidence = evidencePath(named ?? (typeof path === "string" ? path : path.toString("latin1")));
    const buffer = readBuffer ??= Buffer.allocUnsafeSlow(CHUNK_SIZE);
    let total = 0;
    for (let first = true; ; first = false) {
      const chunk = readChunk(fd, buffer, first ? size : CHUNK_SIZE);
      total += chunk.length;
      const whole = first && (chunk.length === 0 || chunk.length < size && total >= stat.size);
      if (whole) return wholeWithoutKeyword(rules, chunk, evidence) ?? new ContentScanner(rules, evidence).end(chunk);
      content ??= new ContentScanner(rules, evidence);
      if (chunk.length === 0) return content.end(chunk);
      content.push(chunk);
    }
  } catch (error) {
    content?.dispose();
    return unreadable(error);
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function wholeWithoutKeyword(rules, content, path) {
  const { encoding, bom } = classify(content.subarray(0, SNIFF_SIZE));
  if (isUnicode(encoding) || path !== void 0 && rules.rulesNamedByPath(path).length > 0) return void 0;
  if (mayHoldKeyword(rules, content.subarray(bom)) !== false) return void 0;
  const outcome = { kind: "scanned", matches: [], bytes: content.length };
  if (encoding === "binary") outcome.listed = { skip: "binary", reason: "binary" };
  return outcome;
}
function readChunk(fd, buffer, size) {
  return buffer.subarray(0, (0, import_node_fs6.readSync)(fd, buffer, 0, size, null));
}

// src/sources/staged.ts
var GITLINK = "160000";
var MAX_COMPARED = 64 * 1024 * 1024;
var MAX_LINES = 4 * 1024 * 1024;
var WHOLE_FILE = [1, Number.MAX_SAFE_INTEGER];
function inRanges(ranges, line) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [first, last] = ranges[mid];
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return true;
  }
  return false;
}
function gathering(done) {
  let parts = [];
  let size = 0;
  return {
    chunk: (data) => {
      size += data.length;
      if (size > MAX_COMPARED) parts = null;
      else parts?.push(Buffer.from(data));
    },
    end: () => done(parts && Buffer.concat(parts)),
    missing: () => done(null)
  };
}
function added(before, after) {
  const [old, now] = [splitLines(before, MAX_LINES), splitLines(after, MAX_LINES)];
  return old && now ? addedRanges(old, now) : [WHOLE_FILE];
}
function addedMatches(outcome, before, after) {
  if (before === null || after === null) return outcome.matches;
  const [old, now] = [contentViews(before), contentViews(after)];
  const textAdded = added(old.text, now.text);
  const rawAdded = outcome.inRawBytes ? added(old.raw ?? old.text, now.raw ?? now.text) : [];
  return outcome.matches.filter((m) => inRanges(outcome.inRawBytes?.has(m) ? rawAdded : textAdded, m.line));
}
async function stagedSource(repoArg) {
  const dir = (0, import_node_path6.resolve)(repoArg);
  const repoAsked = openRepo(dir);
  const stagedAsked = stagedFiles(dir);
  stagedAsked.catch(() => {
  });
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${repoArg}: a bare repository has no index to scan`);
  const staged = await stagedAsked;
  return {
    mode: "staged",
    root: repoArg,
    configRoot: repo.dir,
    repo,
    async scan(rules, filters, events) {
      const wanted = pathFilter(filters);
      const files = staged.filter((f) => f.newMode !== GITLINK && wanted(f.path));
      const totals = { bytes: 0, files: 0, commits: 0, blobs: files.length };
      if (files.length === 0) return totals;
      const toCompare = [];
      const reader = await BlobReader.open(repo.dir, { few: true });
      for (const file of files) {
        const more = reader.request(file.newBlob, {
          ...scanningSink(rules, (outcome, size) => {
            totals.bytes += size;
            if (outcome.kind === "skipped") return events.skipped({ path: file.path, kind: outcome.skip, reason: outcome.reason });
            totals.files++;
            if (outcome.listed) events.skipped({ path: file.path, kind: outcome.listed.skip, reason: outcome.listed.reason });
            if (outcome.matches.length === 0) return;
            if (/^[MR]/.test(file.status)) toCompare.push({ file, outcome });
            else events.matches(outcome.matches, { path: file.path });
          }, file.path),
          missing: () => events.skipped({ path: file.path, kind: "unreadable", reason: "unreadable: staged blob missing" })
        });
        if (!more) await reader.drained();
      }
      await reader.close();
      if (toCompare.length) await compare2(repo.dir, toCompare, (matches, path) => events.matches(matches, { path }));
      return totals;
    }
  };
}
async function compare2(dir, files, report2) {
  const reader = await BlobReader.open(dir, { few: true });
  for (const { file, outcome } of files) {
    let before = null;
    reader.request(
      file.oldBlob,
      gathering((content) => before = content)
    );
    const more = reader.request(
      file.newBlob,
      gathering((after) => {
        const added2 = addedMatches(outcome, before, after);
        before = null;
        if (added2.length) report2(added2, file.path);
      })
    );
    if (!more) await reader.drained();
  }
  await reader.close();
}

// src/commands/staged.ts
async function scanStagedIn(options = {}) {
  const source = await stagedSource(options.repo ?? ".");
  return { result: await settle(await runScan(source, options), options), repo: source.repo };
}

// src/report/text.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_path7 = __toESM(require_node_path(), 1);

// src/report/layout.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var DEFAULT_WIDTH = 80;
var NARROWEST = 40;
var SGR = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return [...text.replace(SGR, "")].length;
}
function wrapWords(text, width, first = "", rest = first) {
  const limit = Math.max(width, NARROWEST);
  const lines = [];
  let line = first;
  let empty = true;
  for (const [, gap, word] of text.matchAll(/( *)([^ ]+)/g)) {
    if (!empty && visibleLength(line) + gap.length + visibleLength(word) > limit) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : `${gap}${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControls(text) {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/report/present.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function plural(n, one, many = `${one}s`) {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : grouped(Math.round(value))} ${units[unit]}`;
}
function shownSecret(finding, showSecrets) {
  return showSecrets ? finding.secret : finding.redacted;
}
var isLive = (f) => f.verification?.status === "live";
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
var CONFIDENCE_RANK2 = { high: 0, medium: 1, low: 2 };
var severityLevel = (severity) => LEVEL[severity];
function findingLevel(f) {
  return isLive(f) ? "error" : LEVEL[f.severity];
}
function comparePriority(a, b) {
  return Number(isLive(b)) - Number(isLive(a)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CONFIDENCE_RANK2[a.confidence] - CONFIDENCE_RANK2[b.confidence];
}
function byPriority(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => comparePriority(a.f, b.f) || a.i - b.i).map(({ f }) => f);
}
function describeFinding(f, showSecrets) {
  const parts = [];
  parts.push(
    `${isLive(f) ? "LIVE " : ""}${f.ruleName} found in ${f.path} at line ${f.line}, column ${f.column}: ${shownSecret(f, showSecrets)} (${f.confidence} confidence${f.region ? `, ${f.region.toUpperCase()} region` : ""}).`
  );
  if (f.commit) {
    const c = f.commit;
    parts.push(`Introduced in commit ${c.sha} by ${c.author}${c.email ? ` <${c.email}>` : ""} on ${c.date}.`);
  }
  if (f.verification) {
    const v = f.verification;
    if (v.status === "live") parts.push(`LIVE: the PagerDuty API accepted this credential (${v.reason}). Revoke it now.`);
    else if (v.status === "dead") parts.push(`Verified dead: ${v.reason}.`);
    else parts.push(`Liveness unknown: ${v.reason}.`);
  }
  return parts.join(" ");
}
function findingTitle(f) {
  return `${isLive(f) ? "LIVE " : ""}${f.ruleName} (${f.ruleId})`;
}
function summarize(result) {
  const count = (status) => result.findings.filter((f) => f.verification?.status === status).length;
  return {
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    live: count("live"),
    dead: count("dead"),
    unknown: count("unknown"),
    unchecked: result.findings.filter((f) => f.verification?.unchecked).length
  };
}
var SUPPRESSION_WORDS = [
  ["inline", "pdguard:allow"],
  ["exclude", "excluded path"],
  ["allow", "allow list"],
  ["baseline", "baseline"]
];
function describeSuppressions(result) {
  const counts = result.scan.suppressed;
  if (!counts) return "";
  return SUPPRESSION_WORDS.filter(([kind]) => counts[kind] > 0).map(([kind, words]) => `${grouped(counts[kind])} by ${words}`).join(", ");
}
function addedAllowNote(f) {
  if (f.addedAllow === void 0) return null;
  return f.addedAllow === "refused" ? "Its pdguard:allow marker was added by this change and is not honoured on a pull request or merge group (the base's .pdguard.yaml can opt in with inline-allow-in-pull-requests: true)." : "Its pdguard:allow marker was added by this change and is honoured only because the base's .pdguard.yaml sets inline-allow-in-pull-requests: true: review it.";
}
function unreadablePaths(result) {
  return result.scan.skipped.filter(isUnreadable);
}
function otherSkips(result) {
  const reasons = /* @__PURE__ */ new Map();
  for (const s of result.scan.skipped) if (!isUnreadable(s)) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return [...reasons].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
var ROTATE_ADVICE = "Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.";
function allowAdvice(mark = (name2) => name2) {
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line (or ${mark("pdguard:allow-next-line")} on the line before), or run ${mark('pdguard allow FINGERPRINT --reason "..."')} (${mark("--last")}: all of this run's) to allow it in ${mark(".pdguard.yaml")}.`;
}

// src/report/text.ts
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
var FINDING_INDENT = 20;
var SKIPS_LISTED = 20;
var IGNORED_LISTED = 3;
function seconds(ms) {
  return grouped2(ms / 1e3);
}
function describeScan(result) {
  const s = result.scan;
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")}` : plural(s.filesScanned, "file");
  return `${cacheNote(s)}${what}, ${formatBytes(s.bytesScanned)} scanned in ${seconds(s.durationMs)} s`;
}
function cacheNote(s) {
  if (!s.cached) return "";
  const covered = [s.cached.commits ? plural(s.cached.commits, "commit") : "", s.cached.blobs ? plural(s.cached.blobs, "clean blob") : ""].filter(Boolean).join(" and ");
  const lead = s.cached.commits && s.commitsScanned === 0 ? "No new commits since the last run" : "Reused";
  return `${lead} (${covered} from the history cache); this run: `;
}
var tooLarge2 = (result) => result.scan.skipped.filter((s) => s.kind === "too-large").length;
var nothingRead = (result) => result.scan.filesScanned === 0 && result.scan.blobsScanned === 0 && result.scan.bytesScanned === 0 && !result.scan.cached;
var NOTHING_HINT = {
  files: "; check the paths, --include, --exclude and the exclude: list of .pdguard.yaml"
};
var dim = (paint, text) => text.split(" ").map((word) => word ? paint("2", word) : word).join(" ");
function findingLines(f, options, paint, lifetime, width) {
  const where = `${grouped(f.line)}:${grouped(f.column)}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [escapeControls(f.ruleId), `${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.decoded) details.push(`decoded from ${escapeControls(f.decoded)}`);
  if (f.commit) details.push(`commit ${escapeControls(f.commit.sha.slice(0, 10))} by ${escapeControls(f.commit.author)} on ${escapeControls(f.commit.date.slice(0, 10))}`);
  if (f.commit && lifetime && !f.verification) details.push(`${escapeControls(lifetime)}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === "live" ? paint("1;31", "LIVE") : v.status;
    details.push(`${status}: ${escapeControls(v.reason)}`);
  }
  details.push(`fingerprint ${f.fingerprint.slice(0, 12)}`);
  const secret = paint("1", escapeControls(shownSecret(f, options.showSecrets)));
  const text = `${escapeControls(f.ruleName)}  ${secret}  ${dim(paint, `(${details.join("; ")})`)}`;
  return wrapWords(text, width, `  ${where}${severity}  `, " ".repeat(FINDING_INDENT));
}
function shownPath(path, prefix) {
  return prefix && !(0, import_node_path7.isAbsolute)(path) ? import_node_path7.posix.join(prefix, path) : path;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const width = options.width ?? DEFAULT_WIDTH;
  const wrap = (text, indent = "  ") => wrapWords(text, width, "", indent);
  const blocks = [];
  const byPath2 = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list2 = byPath2.get(f.path) ?? [];
    list2.push(f);
    byPath2.set(f.path, list2);
  }
  const paths = [...byPath2.keys()].sort((a, b) => {
    const live = (p) => byPath2.get(p).some((f) => f.verification?.status === "live") ? 0 : 1;
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a, b) => Number(b.verification?.status === "live") - Number(a.verification?.status === "live");
  for (const path of paths) {
    blocks.push([
      paint("1;4", escapeControls(shownPath(path, options.pathPrefix))),
      ...[...byPath2.get(path)].sort(liveFirst).flatMap((f) => findingLines(f, options, paint, lifetimes.get(f.ruleId), width))
    ]);
  }
  const status = [];
  if (!options.quiet) {
    const summary = summarize(result);
    const by = describeSuppressions(result);
    const suppressed = summary.suppressed ? ` (${grouped(summary.suppressed)} suppressed${by ? `: ${by}` : ""})` : "";
    if (result.findings.length === 0 && nothingRead(result)) {
      status.push(...wrap(`${paint("33", "\u26A0")} Nothing was scanned: ${describeScan(result)}${NOTHING_HINT[result.scan.mode] ?? ""}.`));
    } else if (result.findings.length === 0 && tooLarge2(result) === 0) {
      status.push(...wrap(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`));
    } else if (result.findings.length === 0) {
      status.push(...wrap(`No PagerDuty credentials found in what was read${suppressed}. ${describeScan(result)}.`));
    } else {
      const count = grouped;
      const verified = result.findings.some((f) => f.verification) ? `; ${count(summary.live)} live, ${count(summary.dead)} dead, ${count(summary.unknown)} unknown` : "";
      status.push(
        ...wrap(`${paint("1;31", "\u2716")} ${plural(result.findings.length, "PagerDuty credential")} found in ${plural(byPath2.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`)
      );
    }
  }
  const unreadable2 = unreadablePaths(result);
  if (unreadable2.length) {
    status.push(paint("33", `\u26A0 The scan is incomplete: ${plural(unreadable2.length, "path")} could not be read:`));
    for (const s of unreadable2.slice(0, SKIPS_LISTED)) status.push(...wrapWords(`${escapeControls(shownPath(s.path, options.pathPrefix))}: ${escapeControls(s.reason)}`, width, "    ", "      "));
    if (unreadable2.length > SKIPS_LISTED) status.push(`    \u2026 and ${grouped(unreadable2.length - SKIPS_LISTED)} more (see --format json)`);
  }
  const unread = tooLarge2(result);
  const unit = result.scan.mode === "history" || result.scan.mode === "pre-push" ? "blob" : "file";
  if (unread) status.push(...wrap(`${paint("33", "\u26A0")} ${plural(unread, unit)} larger than --max-file-size ${unread === 1 ? "was" : "were"} not read, so not searched (listed with --format json).`));
  for (const warning of result.scan.warnings ?? []) status.push(...wrap(`${paint("33", "\u26A0")} ${escapeControls(warning)}`));
  const ignored = result.scan.ignored ?? 0;
  if (ignored && !options.quiet) {
    const named = (result.scan.ignoredPaths ?? []).slice(0, IGNORED_LISTED).map((p) => escapeControls(shownPath(p, options.pathPrefix)));
    const list2 = `${named.join(", ")}${ignored > named.length ? ", \u2026" : ""}`;
    status.push(...wrap(`${plural(ignored, "path")} ignored by .gitignore (${list2}): --no-gitignore to scan them.`).map((l) => paint("2", l)));
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable2.length;
    status.push(...wrap(`Skipped ${plural(count, "path")}: ${skips.map(([r, n]) => `${grouped(n)} ${escapeControls(r)}`).join(", ")}.`).map((l) => paint("2", l)));
  }
  if (status.length) blocks.push(status);
  if (result.findings.length && !options.quiet) {
    const advice = [paint("1", "What to do, for each credential above:")];
    const rules = /* @__PURE__ */ new Map();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) {
      advice.push(...wrapWords(`${paint("1", `${escapeControls(f.ruleName)}:`)} ${escapeControls(f.remediation)} ${escapeControls(f.helpUri)}`, width, "  ", "    "));
    }
    advice.push(...wrapWords(ROTATE_ADVICE, width, "  ", "    "), ...wrapWords(allowAdvice((name2) => paint("1", name2)), width, "  ", "    "));
    blocks.push(advice);
  }
  return blocks.length ? `${blocks.map((b) => b.join("\n")).join("\n\n")}
` : "";
}

// src/report/verdict.ts
init_define_PDGUARD_BUILTIN_KERNEL();
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
  const count = grouped;
  if (unverified === unchecked) {
    return `verification incomplete: ${count(unchecked)} unchecked (never verified: a report made without --verify, so ${them("it", "they")} may be live); audit with --verify, or fail on any finding`;
  }
  const never = unverified ? `${count(unverified)} never verified; ` : "";
  return `verification incomplete: ${count(unchecked)} unchecked (${never}the deadline, a rate limit or no answer from the API left ${them("it", "them")} without a verdict, so ${them("it", "they")} may be live); run again later, or fail on any finding`;
}

// src/cli/debug.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function debugLines(stream) {
  return (text) => stream.write(`pdguard: debug: ${escapeControls(text)}
`);
}
function describeGitRun(run2) {
  return `git ${run2.args.join(" ")} (in ${run2.dir}): exit ${run2.code ?? "by signal"}, ${grouped(run2.ms)} ms`;
}
function describeRules(rules, ms) {
  const files = [...new Set(rules.map((r) => r.source))];
  return `rules: ${rules.length} from ${files.join(", ")} (loaded in ${formatMs(ms)})`;
}
var SKIPS_LISTED2 = 200;
function describeScan2(result, flags, timings) {
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
      flags.gitignore === false ? "ignore files: not read (--no-gitignore)" : `ignore files: the .gitignore files of the scanned tree and of the directories above it, up to the top of its git work tree, are honoured${ignored !== void 0 ? ` (${grouped(ignored)} left out)` : ""}; --no-gitignore reads everything`
    );
  }
  if (flags.baseline) lines.push(`baseline: ${flags.baseline}`);
  const suppressedBy = /* @__PURE__ */ new Map();
  for (const f of result.suppressed) suppressedBy.set(f.suppressedBy ?? "other", (suppressedBy.get(f.suppressedBy ?? "other") ?? 0) + 1);
  lines.push(
    `findings: ${grouped(result.findings.length)} reported, ${grouped(result.suppressed.length)} suppressed${suppressedBy.size ? ` (${[...suppressedBy].map(([by, n]) => `${grouped(n)} by ${by}`).join(", ")})` : ""}`
  );
  for (const f of result.findings.slice(0, SKIPS_LISTED2)) {
    lines.push(`finding ${f.ruleId} at ${f.path}:${f.line}: ${f.evidence ? `evidence ${f.evidence.join(", ")}` : "its pattern alone"}`);
  }
  lines.push(`skipped: ${grouped(s.skipped.length)}`);
  for (const skip of s.skipped.slice(0, SKIPS_LISTED2)) lines.push(`skipped ${skip.path}: ${skip.reason}`);
  if (s.skipped.length > SKIPS_LISTED2) lines.push(`skipped: \u2026 and ${grouped(s.skipped.length - SKIPS_LISTED2)} more (see --format json)`);
  const otherMs = Math.max(0, timings.runMs - s.durationMs);
  lines.push(
    `timing: rules ${formatMs(timings.rulesMs)}, scan ${formatMs(s.durationMs)}, the rest (finding the repository, suppression, verification) ${formatMs(otherMs)}, total ${formatMs(timings.totalMs)}`
  );
  return lines;
}
var formatMs = (n) => `${grouped(Math.round(n))} ms`;
var list = (items) => items.length ? items.join(", ") : "none";

// src/cli/parse.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_util = __toESM(require_node_util(), 1);

// src/report/format-names.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var FORMATS = ["text", "json", "sarif", "github", "gitlab", "html"];
function isFormat(name2) {
  return typeof name2 === "string" && FORMATS.includes(name2);
}

// src/cli/help.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/cli/options.ts
init_define_PDGUARD_BUILTIN_KERNEL();
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
  jobs: { type: "string", value: "N", help: "audit N repositories at once (default: one per core, at most 8); the report is the same whatever N" },
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
    Object.entries({ ...options, ...HELP_OPTION }).map(([name2, spec]) => [`${spec.short ? `-${spec.short}, ` : "    "}--${name2}${spec.value ? ` ${spec.value}` : ""}`, spec.help])
  );
}
function commandHelp(name2) {
  const spec = COMMANDS[name2];
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
    ...table(Object.entries(COMMANDS).map(([name2, spec]) => [name2, spec.summary])),
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
  const name2 = option.replace(/=.*$/, "");
  if (name2 === "-v" || name2 === "--verbose") return `unknown option '${name2}'; did you mean -V (--version)? For more detail on a scan: pdguard scan --debug`;
  const scanOptions = Object.entries(COMMANDS.scan.options).flatMap(([long, spec]) => [`--${long}`, ...spec.short ? [`-${spec.short}`] : []]);
  if (scanOptions.includes(name2)) return `options go after the command, e.g. pdguard scan ${argv.join(" ")} (see pdguard --help)`;
  const pointer = habit(name2);
  if (pointer) return `unknown option '${name2}'; ${pointer}, after the command (see pdguard --help)`;
  return `unknown option '${name2}'${didYouMean(name2, ["--help", "--version"])} (see pdguard --help)`;
}
function parseOptions(command, args) {
  const spec = COMMANDS[command];
  const options = {};
  for (const [name2, o] of Object.entries({ ...spec.options, ...HELP_OPTION })) {
    options[name2] = { type: o.type, ...o.multiple ? { multiple: true } : {}, ...o.short ? { short: o.short } : {} };
  }
  try {
    return (0, import_node_util.parseArgs)({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const raw = (error instanceof Error ? error.message : String(error)).split(". ")[0].replace(/\.$/, "");
    const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(raw)?.[1];
    if (missing) throw new UsageError(`${missing} needs a value (see pdguard ${command} --help)`);
    const message = raw.replace(/^Unknown option/, "unknown option");
    const unknown = /^unknown option '(--?[^'=]+)/.exec(message)?.[1];
    const known = Object.keys(options).map((name2) => `--${name2}`);
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
  const str = (name2) => {
    const v = values[name2];
    if (v === "") throw new UsageError(`--${name2} needs a value`);
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
  for (const name2 of ["api-url", "api-url-eu", "verify-cache"]) {
    if (values[name2] !== void 0 && !verifyWanted) throw new UsageError(`--${name2} goes with --verify`);
  }
  for (const name2 of ["include", "exclude"]) {
    for (const glob of values[name2] ?? []) {
      const problem = globProblem(glob);
      if (problem) throw new UsageError(`--${name2}: ${problem}`);
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
  for (const [name2, key] of [["config", "config"], ["baseline", "baseline"], ["write-baseline", "writeBaseline"]]) {
    const value = str(name2);
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
    const jobs = parseJobs(str("jobs"));
    return { kind: "audit", ...flags, paths: positionals, ...asOf !== void 0 ? { asOf } : {}, ...jobs !== void 0 ? { jobs } : {}, ...historyReading(values, str), remote: remoteFlags(values, str), list: list2 };
  }
  const repo = str("repo");
  const git = { ...flags, ...repo !== void 0 ? { repo } : {} };
  if (first === "history") {
    if (positionals.length) throw new UsageError(`pdguard history takes no paths (got '${positionals[0]}'); use --repo DIR or --range A..B`);
    const range = str("range");
    const since = str("since");
    const branch = str("branch");
    const chosen = [["--range", range], ["--since", since], ["--branch", branch]].filter(([, value]) => value !== void 0).map(([name2]) => name2);
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
  const list2 = (name2) => {
    const all = values[name2] ?? [];
    for (const v of all) if (!GITHUB_NAME.test(v)) throw new UsageError(`--${name2} takes a GitHub account name such as acme (got '${v}')`);
    return all;
  };
  const githubOrgs = list2("github-org");
  const githubUsers = list2("github-user");
  const owners = githubOrgs.length + githubUsers.length > 0;
  for (const name2 of ["include-forks", "exclude-archived"]) {
    if (values[name2] !== void 0 && !owners) throw new UsageError(`--${name2} goes with --github-org or --github-user`);
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
var MAX_JOBS = 64;
function parseJobs(value) {
  if (value === void 0) return void 0;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a number of repositories from 1 to ${MAX_JOBS} (got '${value}')`);
  return jobs;
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
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
function progressWanted(stream, env, asked) {
  return asked && Boolean(stream.isTTY) && !env.CI && env.TERM !== "dumb";
}
function eta(p, seconds2) {
  if (!p.blobsTotal || p.blobs < 100 || seconds2 < 1) return "";
  const left = Math.max(0, Math.round((p.blobsTotal - p.blobs) * seconds2 / p.blobs));
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
    const seconds2 = Math.max((now - this.started) / 1e3, 1e-3);
    const rate = formatBytes(p.bytes / seconds2);
    const blobs = p.blobsTotal ? `${grouped(p.blobs)}/${plural(p.blobsTotal, "blob")}` : plural(p.blobs, "blob");
    this.shown = true;
    this.stream.write(`\r\x1B[Kpdguard: ${plural(p.commits, "commit")}, ${blobs}, ${formatBytes(p.bytes)} (${rate}/s)${eta(p, seconds2)}`);
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
async function report(result, flags, io, pathPrefix) {
  const options = {
    showSecrets: flags.showSecrets,
    toolVersion: version(),
    color: flags.color && flags.output === "-" && useColor(io.env, io.stdout.isTTY),
    quiet: flags.quiet,
    width: outputWidth(io, flags),
    pathPrefix,
    asOf: Date.now()
  };
  if (flags.format === "text") return formatText(result, options);
  return (await import("./commands-2UC2QZG3.js")).formatReport(flags.format, result, options);
}
var toPosix = (path) => import_node_path8.sep === "/" ? path : path.split(import_node_path8.sep).join("/");
async function pathPrefixOf(result, io, repoArg, opened) {
  let base;
  if (result.scan.mode === "files") {
    const root = result.scan.root;
    try {
      if (!(0, import_node_fs7.statSync)((0, import_node_path8.resolve)(io.cwd, root)).isDirectory()) return "";
    } catch {
      return "";
    }
    base = toPosix(root);
  } else if (result.scan.mode === "stdin") {
    return "";
  } else {
    const repo = opened ?? await openRepo((0, import_node_path8.resolve)(io.cwd, repoArg ?? "."));
    if (repo.bare) return "";
    const top = repo.dir;
    base = repoArg !== void 0 && (0, import_node_path8.isAbsolute)(repoArg) ? toPosix(top) : toPosix((0, import_node_path8.relative)(io.cwd, top));
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
async function runScanning(command, io, produce, repoArg, opened) {
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
    const prefix = command.format === "text" ? await pathPrefixOf(result, io, repoArg ?? void 0, opened?.()) : "";
    if (debug) for (const line of describeScan2(result, command, { rulesMs, runMs, totalMs: performance.now() - started })) debug(line);
    if (!command.writeBaseline || command.output !== "-") emit(io, command, await report(result, command, io, prefix));
    rememberFindings(result, (0, import_node_path8.resolve)(io.cwd, result.scan.root));
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
    const unreadable2 = unreadablePaths(result).length;
    io.stderr.write(`pdguard: the scan is incomplete: ${plural(unreadable2, "path")} could not be read (listed in the report); fix that and run again
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
      const { formatRulesJson, formatRulesText } = await import("./commands-2UC2QZG3.js");
      io.stdout.write(command.format === "json" ? formatRulesJson(rules) : formatRulesText(rules, outputWidth(io, { output: "-" })));
      return EXIT_OK;
    }
    case "scan": {
      if (command.paths.includes("-") && io.stdin.isTTY) io.stderr.write("pdguard: reading standard input (end it with Ctrl-D)\n");
      const { scan } = await import("./commands-2UC2QZG3.js");
      return runScanning(
        command,
        io,
        ({ onProgress: _, ...options }) => scan({ ...options, paths: command.paths, cwd: io.cwd, stdin: io.stdin, stdinName: command.stdinName, gitignore: command.gitignore, maxFileSize: command.maxFileSize, ...command.debug ? { debug: debugLines(io.stderr) } : {} })
      );
    }
    // The other commands load their modules on demand: the pre-commit hook's `staged` pays for none of them.
    case "history": {
      const { scanHistory } = await import("./commands-2UC2QZG3.js");
      return runScanning(
        command,
        io,
        (options) => scanHistory({
          ...options,
          repo: (0, import_node_path8.resolve)(io.cwd, command.repo ?? "."),
          ...command.range !== void 0 ? { range: command.range } : {},
          ...command.since !== void 0 ? { since: command.since } : {},
          ...command.branch !== void 0 ? { branch: command.branch } : {},
          ...command.reviewBase !== void 0 ? {
            review: {
              base: command.reviewBase,
              files: {
                ...command.config !== void 0 ? { config: (0, import_node_path8.resolve)(io.cwd, command.config) } : {},
                ...command.baseline !== void 0 ? { baseline: (0, import_node_path8.resolve)(io.cwd, command.baseline) } : {},
                patterns: command.patterns.map((p) => (0, import_node_path8.resolve)(io.cwd, p))
              },
              onNote: (note) => command.quiet || io.stderr.write(`pdguard: ${note}
`)
            }
          } : {},
          ...command.maxFileSize !== void 0 ? { maxFileSize: command.maxFileSize } : {},
          ...command.noCache ? { cache: null } : command.cache !== void 0 ? { cache: (0, import_node_path8.resolve)(io.cwd, command.cache) } : {},
          onWarning: (message) => io.stderr.write(`pdguard: warning: ${escapeControls(scrubSecrets(message))}
`)
        }),
        command.repo ?? null
      );
    }
    case "staged": {
      let repo;
      const produce = async (options) => {
        const staged = await scanStagedIn({ ...options, repo: (0, import_node_path8.resolve)(io.cwd, command.repo ?? ".") });
        repo = staged.repo;
        return staged.result;
      };
      return runScanning(command, io, produce, command.repo ?? null, () => repo);
    }
    case "pre-push": {
      const { parsePrePushLines, scanPrePush } = await import("./commands-2UC2QZG3.js");
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
        return scanPrePush({ ...options, repo: (0, import_node_path8.resolve)(io.cwd, command.repo ?? "."), updates, ...remote ? { remote } : {}, ...url ? { url } : {}, ...debug });
      }, command.repo ?? null);
    }
    case "allow": {
      const { allowFindings } = await import("./commands-2UC2QZG3.js");
      const { kind: _, ...options } = command;
      io.stdout.write(`${allowFindings({ ...options, cwd: io.cwd })}
`);
      return EXIT_OK;
    }
    case "audit":
      return (await import("./commands-2UC2QZG3.js")).runAudit(command, io);
    case "report-merge":
      return (await import("./commands-2UC2QZG3.js")).runReportMerge(command, io);
    case "install":
    case "uninstall": {
      const { installHook, uninstallHook } = await import("./commands-2UC2QZG3.js");
      const repo = (0, import_node_path8.resolve)(io.cwd, command.repo ?? ".");
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
  SHALLOW_FIX,
  gitWouldWait,
  require_node_os,
  withholdFromGit,
  withheldFromGit,
  observeGit,
  spawnGit,
  runGit,
  gitObserved,
  tellGitRun,
  exitOf,
  gitComplaint,
  openRepo,
  historyView,
  compileGlob,
  matchParts,
  globMatcher,
  pathFilter,
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  parseConfig,
  loadConfig,
  workTreeTop,
  readLastRun,
  CompiledRules,
  runScan,
  readBaseline,
  parseBaseline,
  NOTHING_SCANNED,
  settle,
  OidTable,
  OidSet,
  PACK_WINDOWS,
  LISTING,
  listCommits,
  listBlobs,
  tipsOf,
  allWithin,
  SizeGate,
  BlobReader,
  detach,
  READING,
  describeReadError,
  ContentScanner,
  evidencePath,
  scanningSink,
  scanChunks,
  scanFile,
  DEFAULT_WIDTH,
  wrapWords,
  escapeControls,
  plural,
  formatBytes,
  shownSecret,
  isLive,
  severityLevel,
  findingLevel,
  comparePriority,
  byPriority,
  describeFinding,
  findingTitle,
  summarize,
  describeSuppressions,
  addedAllowNote,
  unreadablePaths,
  otherSkips,
  ROTATE_ADVICE,
  allowAdvice,
  formatText,
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
