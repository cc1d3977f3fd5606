#!/usr/bin/env node
// `npm run bench`: pdguard's performance figures, each measured side by side with a baseline in
// one run on this machine, so that the ratios hold even when the machine is slower or busier.
//
//   tree     scan a synthetic ~500 MB source tree vs ripgrep looking for the rules' keywords
//   big      peak memory and time for one ~1 GB file
//   startup  `--version` and a tiny scan vs a bare `node -e 0` (hyperfine)
//   history  `pdguard history` of a synthetic git history (default 25,000 commits, 3 GB of blobs) vs
//            git alone dumping the same objects, and vs `git log -p -U0 --all` piped to pdguard;
//            its peak memory
//   staged   `pdguard staged` with one small staged file in an index of 5,000 files, in a repository
//            with that long history and in one with a single commit, vs a bare `node -e 0` (hyperfine)
//
// On real material (bench-real.mjs): `--tree PATH` scans an existing tree or file vs ripgrep,
// `--repo PATH` the full history of an existing repository vs git alone; `--against DIR` measures
// another build (a checkout with dist/ built) in the same rounds, for before/after figures.
//
// Test data is generated once (seeded, so it is reproducible) and cached under .bench/, which
// is gitignored; fake PagerDuty tokens are planted at known lines and every one must be found,
// or the script exits 1. Figures go to the terminal and to .bench/results.json.
//
// To add a benchmark: write an async function returning { rows, details }
// and list it in BENCHMARKS.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchRealRepo, benchRealTree } from './bench-real.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
/** The CLI measured: a copy of this build (see main), so that a rebuild meanwhile cannot break a run. */
const cli = join(benchDir, 'pdguard', 'dist', 'cli.js');
const node = process.execPath;
const MiB = 1024 * 1024;
/** Bump when the generators change: cached test data made by an older generator is remade. */
const GENERATOR_VERSION = 2;
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `Usage: node scripts/bench.mjs [options]   (npm run bench -- [options])

  --size-mb N           size of the synthetic source tree (default 500)
  --big-mb N            size of the single big file (default 1024)
  --history-commits N   commits in the synthetic git history that history and staged use
                        (default 25000; a quick run: --history-commits 2000 --history-mb 200)
  --history-mb N        MB of blob content in that history, in all (default 3072)
  --runs N              timed runs per command after one warm-up; the best counts (default 3)
  --seed N              seed of the test data generator (default 1)
  --only LIST           run only these benchmarks: tree,big,startup,history,staged
  --tree PATH           also scan this existing directory or file vs ripgrep (repeatable);
                        with --tree or --repo, the generated benchmarks run only if --only names them
  --repo PATH           also scan the full history of this existing repository vs git (repeatable)
  --against DIR         measure the build in DIR (a checkout with dist/ built) beside this one,
                        in the same rounds, on --tree and --repo material
  -h, --help            show this help

Exit status: 0 when every planted token was found, 1 when one was missed (or history
left out a blob) or a command failed, 2 on a usage error or a missing tool. Missed
performance targets are shown in the table but do not fail the run.`;

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'size-mb': { type: 'string', default: '500' },
        'big-mb': { type: 'string', default: '1024' },
        'history-commits': { type: 'string', default: '25000' },
        'history-mb': { type: 'string', default: '3072' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        only: { type: 'string' },
        tree: { type: 'string', multiple: true },
        repo: { type: 'string', multiple: true },
        against: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${error.message}\n\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number >= ${min} (got '${values[name]}')`, 2);
    return n;
  };
  const real = { trees: values.tree ?? [], repos: values.repo ?? [] };
  for (const path of [...real.trees, ...real.repos]) if (!existsSync(path)) fail(`${path}: no such file or directory`, 2);
  for (const path of real.repos) if (!existsSync(join(path, '.git')) && !existsSync(join(path, 'objects'))) fail(`--repo ${path}: not a git repository`, 2);
  const against = values.against ? resolve(values.against) : null;
  if (against && !existsSync(join(against, 'dist', 'cli.js'))) fail(`--against ${values.against}: no dist/cli.js there (run node scripts/build.mjs in it)`, 2);
  const onlyReal = !values.only && (real.trees.length > 0 || real.repos.length > 0);
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : onlyReal ? [] : BENCHMARKS.map((b) => b.name);
  for (const name of only) {
    if (!BENCHMARKS.some((b) => b.name === name)) fail(`--only: unknown benchmark '${name}' (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`, 2);
  }
  return {
    sizeMb: number('size-mb', 1),
    bigMb: number('big-mb', 16),
    historyCommits: number('history-commits', 200),
    historyMb: number('history-mb', 20),
    runs: number('runs', 1),
    seed: number('seed', 0),
    only,
    trees: real.trees.map((p) => resolve(p)),
    repos: real.repos.map((p) => resolve(p)),
    against,
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function fail(message, code = 1) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

const log = (message) => console.log(message);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const fmtTime = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtMb = (bytes) => `${Math.round(bytes / MiB)} MB`;
const fmtRatio = (r, digits = 1) => `${r.toFixed(digits)}x`;

/** The version line of a tool, or null when it is not installed. */
function toolVersion(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.error || result.status !== 0 ? null : result.stdout.split('\n')[0].trim();
}

/** Quote a word for hyperfine's command line (it splits commands like a POSIX shell). */
const shq = (word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** The highest resident set a process reached, from /proc, while it runs (no GNU time). */
function readHighWaterKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // gone already
  }
}

/**
 * Run a command to completion: wall time, peak RSS, exit status and (if asked) its standard output.
 * Peak RSS comes from GNU time when installed; otherwise /proc/<pid>/status is polled, which can
 * miss growth in the last few milliseconds before exit.
 */
function measure(command, args, { cwd = root, captureStdout = false } = {}) {
  const useTime = existsSync(TIME);
  const timeFile = join(benchDir, `.time-${process.pid}`);
  const argv = useTime ? [TIME, '-f', '%M', '-o', timeFile, command, ...args] : [command, ...args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let peakKb = 0;
    const poll = useTime ? null : setInterval(() => (peakKb = Math.max(peakKb, readHighWaterKb(child.pid))), 5);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      if (useTime) {
        // GNU time writes "Command exited with non-zero status N" first when the status is not 0.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        peakKb = Number(lines.at(-1)) || 0;
        rmSync(timeFile, { force: true });
      }
      resolve({
        ms,
        peakRssBytes: peakKb * 1024,
        status: signal ? `signal ${signal}` : status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** Exit statuses a scanner may end with on success: pdguard 1 = findings, rg 1 = no match. */
function checkStatus(what, result, ok = [0, 1]) {
  if (!ok.includes(result.status)) fail(`${what} failed (exit ${result.status}):\n${result.stderr.trim()}`);
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness and fake credentials

/** mulberry32: tiny, fast and good enough for test data. The same seed gives the same data. */
class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** Sizes spread over orders of magnitude, like real files. */
  logUniform(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
  chars(alphabet, n) {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
  weighted(items) {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let x = this.next() * total;
    for (const item of items) if ((x -= item.weight) < 0) return item;
    return items.at(-1);
  }
}

const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const REST_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-';

// A random value can, rarely, look like a placeholder or a sequence, which pdguard rightly
// ignores; such values are drawn again, so a miss is always pdguard's.
const PLACEHOLDER_LIKE = /xxx|your|example|sample|placeholder|change|redact|dummy|here|insert|replace|secret|token|apikey|api_key|password|test|fake|(.)\1\1/i;
function hasRun(text, run) {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}
const randomLooking = (text) => !PLACEHOLDER_LIKE.test(text) && !hasRun(text, 4);

class FakeTokens {
  constructor(rng) {
    this.rng = rng;
    this.issued = new Set();
  }
  draw(make, ok) {
    for (;;) {
      const value = make();
      if (ok(value) && !this.issued.has(value)) {
        this.issued.add(value);
        return value;
      }
    }
  }
  uuid() {
    const h = (n) => this.rng.chars(HEX, n);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.rng.pick('89ab')}${h(3)}-${h(12)}`;
  }
  /** REST API key: 20 of [A-Za-z0-9_+-] with upper, lower, a digit and a symbol. */
  rest() {
    return this.draw(
      () => this.rng.chars(REST_CHARS, 20),
      (v) => /[0-9]/.test(v) && /[_+-]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && randomLooking(v),
    );
  }
  /** Events API integration key: 32 lowercase hex. */
  events() {
    return this.draw(() => this.rng.chars(HEX, 32), (v) => /[a-f].*[0-9].*[0-9]/.test(v) && randomLooking(v));
  }
  /** Scoped OAuth token: pdus+_ (or pdeu+_), a digit, six letters or digits, _, a UUID v4. */
  oauth() {
    const region = this.rng.chance(0.8) ? 'us' : 'eu';
    return this.draw(
      () => `pd${region}+_${this.rng.chars(DIGITS, 1)}${this.rng.chars(UPPER_DIGITS, 6)}_${this.uuid()}`,
      (v) => randomLooking(v.slice(6, 14)),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Synthetic text: pools of code/config-like lines per file type, assembled into files

const WORDS = (
  'config token key service routing handler request response user account schedule incident escalation policy ' +
  'client server retry timeout cache queue worker metrics logger event payload status error value result data ' +
  'items index buffer stream session context options settings default enabled region endpoint path name version ' +
  'build deploy release notify alert oncall team priority severity message format parse render update create ' +
  'delete fetch load save init start stop batch limit offset cursor filter query store model view route auth ' +
  'scope tenant cluster node pool shard replica backup archive report summary digest window interval threshold ' +
  'budget quota webhook secret signing integration channel health probe'
).split(' ');
const GLUE = 'the a of to and in is for on with when we this that it be by are from if not after before every each only'.split(' ');
const UNICODE = ['café', 'naïve', 'façade', 'über', 'résumé', '—', '→', '✓', 'Zürich', 'déjà vu'];
const LEVELS = ['debug', 'info', 'warn', 'error'];

/** Builders of names, values and sentences; all draw from one Rng so files are reproducible. */
function textKit(rng) {
  const word = () => rng.pick(WORDS);
  const words = (n) => {
    const out = [];
    while (out.length < n) {
      const w = word();
      if (w !== out.at(-1)) out.push(w); // "token token" is a pdguard keyword; real code does not repeat words
    }
    return out;
  };
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const camel = () => words(rng.int(1, 3)).map((w, i) => (i ? cap(w) : w)).join('');
  const pascal = () => words(rng.int(1, 3)).map(cap).join('');
  const snake = () => words(rng.int(1, 3)).join('_');
  const upper = () => words(rng.int(1, 3)).join('_').toUpperCase();
  const kebab = () => words(rng.int(1, 3)).join('-');
  const num = () => String(rng.pick([0, 1, 2, 3, 5, 10, 30, 60, 100, 250, 500, 1000, 3600, 8080, rng.int(0, 99999)]));
  const sentence = (lo, hi, ascii = false) => {
    const n = rng.int(lo, hi);
    const out = [];
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      out.push(r < 0.45 ? rng.pick(GLUE) : !ascii && r < 0.47 ? rng.pick(UNICODE) : word());
    }
    const text = out.join(' ');
    return cap(text) + rng.pick(['.', '.', '', ':', '?']);
  };
  const value = () =>
    rng.pick([
      () => word(),
      () => kebab(),
      () => num(),
      () => rng.pick(['true', 'false', 'null']),
      () => `${rng.int(1, 90)}${rng.pick(['s', 'm', 'h', 'ms'])}`,
      () => `https://${kebab()}.internal.example.com/${word()}/${word()}`,
      () => `/var/lib/${word()}/${snake()}`,
      () => `${rng.int(0, 4)}.${rng.int(0, 20)}.${rng.int(0, 40)}`,
      () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    ])();
  const quoted = () => rng.pick([`"${value()}"`, `'${value()}'`, `"${sentence(2, 6)}"`]);
  const timestamp = () =>
    `2024-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${String(rng.int(0, 999)).padStart(3, '0')}Z`;
  const uuid = () => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;
  return { word, words, cap, camel, pascal, snake, upper, kebab, num, sentence, value, quoted, timestamp, uuid };
}

/** Line templates per pool. Lines are stored without indentation; files indent them as they go. */
function templates(k, rng) {
  const args = () => Array.from({ length: rng.int(0, 3) }, k.camel).join(', ');
  const tsType = () => rng.pick(['string', 'number', 'boolean', `${k.pascal()}[]`, `Map<string, ${k.pascal()}>`, `${k.pascal()} | null`]);
  const expr = () => rng.pick([() => `${k.camel()}.${k.camel()}(${args()})`, () => k.quoted(), () => k.num(), () => `${k.camel()} ?? ${k.quoted()}`, () => `[${args()}]`])();
  return {
    ts: [
      () => `import { ${k.pascal()}, ${k.camel()} } from './${k.kebab()}.js';`,
      () => `import ${k.camel()} from '${k.kebab()}';`,
      () => `export async function ${k.camel()}(${args()}): Promise<${k.pascal()}> {`,
      () => `export function ${k.camel()}(${k.camel()}: ${tsType()}): ${tsType()} {`,
      () => `const ${k.camel()} = await this.${k.camel()}.${k.camel()}(${args()});`,
      () => `const ${k.camel()}: ${tsType()} = ${expr()};`,
      () => `let ${k.camel()} = ${expr()};`,
      () => `if (!${k.camel()}.${k.camel()}) return ${expr()};`,
      () => `if (${k.camel()}.length > ${k.num()}) {`,
      () => `} else {`,
      () => `for (const ${k.word()} of ${k.camel()}) {`,
      () => `${k.camel()}: ${expr()},`,
      () => `${k.camel()}: ${expr()},`,
      () => `logger.${rng.pick(LEVELS)}('${k.sentence(3, 9)}', { ${k.camel()}, ${k.camel()} });`,
      () => `// ${k.sentence(4, 16)}`,
      () => `/** ${k.sentence(6, 22)} */`,
      () => `throw new Error(\`${k.sentence(3, 8)}: \${${k.camel()}}\`);`,
      () => `return { ...${k.camel()}, ${k.camel()}: ${k.camel()}.${k.camel()} ?? ${k.num()} };`,
      () => `return ${expr()};`,
      () => `private readonly ${k.camel()} = new Map<string, ${k.pascal()}>();`,
      () => `export interface ${k.pascal()} {`,
      () => `${k.camel()}?: ${tsType()};`,
      () => `await Promise.all(${k.camel()}.map((${k.word()}) => this.${k.camel()}(${k.word()})));`,
      () => '}',
      () => '}',
      () => '});',
      () => '',
      () => '',
    ],
    py: [
      () => `def ${k.snake()}(self, ${k.snake()}, ${k.snake()}=None):`,
      () => `class ${k.pascal()}(${k.pascal()}):`,
      () => `return self._${k.snake()}.get(${k.snake()})`,
      () => `${k.snake()} = ${k.snake()}.${k.snake()}(${k.quoted()})`,
      () => `${k.snake()} = ${k.quoted()}`,
      () => `if not ${k.snake()}:`,
      () => `for ${k.word()} in ${k.snake()}:`,
      () => `# ${k.sentence(4, 16)}`,
      () => `"""${k.sentence(5, 18)}"""`,
      () => `import ${k.word()}`,
      () => `from ${k.word()}.${k.word()} import ${k.pascal()}`,
      () => `logger.${rng.pick(LEVELS)}("${k.sentence(3, 9)}: %s", ${k.snake()})`,
      () => `raise ValueError(f"${k.sentence(3, 8)}: {${k.snake()}}")`,
      () => `self.${k.snake()} = ${k.snake()}`,
      () => 'try:',
      () => `except ${k.pascal()}Error as exc:`,
      () => `@${k.word()}.${k.word()}`,
      () => '',
      () => '',
    ],
    go: [
      () => `func (${rng.pick('abcsr')} *${k.pascal()}) ${k.pascal()}(ctx context.Context, ${k.camel()} string) (*${k.pascal()}, error) {`,
      () => 'if err != nil {',
      () => `return nil, fmt.Errorf("${k.sentence(3, 7).toLowerCase()}: %w", err)`,
      () => `${k.camel()} := ${k.camel()}.${k.pascal()}(${args()})`,
      () => `// ${k.sentence(4, 16)}`,
      () => `type ${k.pascal()} struct {`,
      () => `${k.pascal()} ${rng.pick(['string', 'int', 'bool', 'time.Duration', '[]string'])} \`json:"${k.snake()}"\``,
      () => `log.Printf("${k.sentence(3, 8)} %s", ${k.camel()})`,
      () => `return ${k.camel()}, nil`,
      () => '}',
      () => '}',
      () => '',
    ],
    yaml: [
      () => `${k.snake()}: ${k.value()}`,
      () => `${k.snake()}: ${k.value()}`,
      () => `${k.snake()}: ${k.quoted()}`,
      () => `${k.snake()}:`,
      () => `- ${k.snake()}: ${k.value()}`,
      () => `- ${k.value()}`,
      () => `# ${k.sentence(3, 12)}`,
      () => '',
    ],
    json: [
      () => `"${k.camel()}": ${rng.pick([`"${k.value()}"`, k.num(), 'true', 'false', 'null'])},`,
      () => `"${k.camel()}": ${rng.pick([`"${k.value()}"`, k.num()])},`,
      () => `"${k.camel()}": {`,
      () => `"${k.camel()}": [`,
      () => `"${k.sentence(2, 6)}",`,
      () => '},',
      () => '],',
    ],
    env: [() => `${k.upper()}=${k.value()}`, () => `${k.upper()}=${k.value()}`, () => `# ${k.sentence(3, 10)}`, () => ''],
    sh: [
      () => `export ${k.upper()}="${k.value()}"`,
      () => `if [ -z "$${k.upper()}" ]; then`,
      () => `echo "${k.sentence(3, 9)}"`,
      () => 'fi',
      () => `${k.word()} --${k.kebab()} "${k.value()}"`,
      () => `# ${k.sentence(3, 12)}`,
      () => `for f in /srv/${k.word()}/*; do`,
      () => 'done',
      () => '',
    ],
    toml: [() => `[${k.snake()}]`, () => `${k.snake()} = ${k.quoted()}`, () => `${k.snake()} = ${k.num()}`, () => `${k.snake()} = [${k.quoted()}, ${k.quoted()}]`, () => ''],
    md: [
      () => `## ${k.sentence(2, 6)}`,
      () => Array.from({ length: rng.int(1, 6) }, () => k.sentence(6, 24)).join(' '),
      () => Array.from({ length: rng.int(1, 6) }, () => k.sentence(6, 24)).join(' '),
      () => `- ${k.sentence(3, 14)}`,
      () => '```',
      () => `| ${k.word()} | ${k.value()} | ${k.sentence(2, 6)} |`,
      () => '',
    ],
    log: [
      () => `${k.timestamp()} ${rng.pick(LEVELS).toUpperCase()} [${k.kebab()}] ${k.sentence(3, 12)} request_id=${k.uuid()} duration_ms=${rng.int(0, 5000)} status=${rng.pick([200, 200, 201, 204, 400, 404, 500, 503])}`,
      () => `${k.timestamp()} ${rng.pick(LEVELS).toUpperCase()} [${k.kebab()}] ${k.sentence(2, 8)} ${k.snake()}=${k.value()}`,
      () => `    at ${k.pascal()}.${k.camel()} (/app/dist/${k.kebab()}.js:${rng.int(1, 900)}:${rng.int(1, 80)})`,
    ],
    // Minified JavaScript: fragments joined into very long lines (ASCII only).
    min: [
      () => `function ${rng.chars('abcdefgh', 1)}(${rng.chars('xyz', 1)},${rng.chars('uvw', 1)}){return ${rng.chars('xyz', 1)}.${k.camel()}(${rng.chars('uvw', 1)})}`,
      () => `var ${rng.chars('abcdefgh', 1)}=${k.num()},${rng.chars('ijklmn', 1)}="${k.word()}";`,
      () => `if(!${rng.chars('abcdefgh', 1)})throw new Error("${k.sentence(2, 6, true)}");`,
      () => `${rng.chars('abcdefgh', 1)}.${k.camel()}=${rng.chars('ijklmn', 1)}.${k.camel()}||{};`,
      () => `${rng.chars('abcdefgh', 1)}[${rng.int(0, 999)}]=function(${rng.chars('xyz', 1)}){${k.camel()}(${rng.chars('xyz', 1)},"${k.kebab()}")};`,
    ],
  };
}

// Lines that mention PagerDuty but hold no secret: they make pdguard run its regexes (its
// prefilter skips text without keywords), as a monorepo with an alerting setup does.
const DECOYS = [
  '# Alerts are sent to PagerDuty through the Events API v2.',
  'PAGERDUTY_TOKEN=${PAGERDUTY_TOKEN}',
  'pagerduty_token = os.environ["PAGERDUTY_TOKEN"]',
  "const { api } = require('@pagerduty/pdjs');",
  'url: https://events.pagerduty.com/v2/enqueue',
  'routing_key: ${PD_ROUTING_KEY}',
  'PAGERDUTY_TOKEN: ${{ secrets.PAGERDUTY_TOKEN }}',
  "session = pdpyras.APISession(os.environ['PD_API_KEY'])",
  '"event_action": "trigger",',
  'See https://support.pagerduty.com/main/docs/services-and-integrations for the routing key.',
  'pd-escalation-policy: platform-oncall',
  'const pd = new PagerDutyClient(config.pagerduty);',
  '# TODO(pd_migration): remove the legacy integration once the new service is live',
  'pagerduty_token_file: /run/secrets/pagerduty_token',
];

const POOL_SIZE = 4000;
function makePools(rng) {
  const k = textKit(rng);
  const pools = {};
  for (const [name, list] of Object.entries(templates(k, rng))) pools[name] = Array.from({ length: POOL_SIZE }, () => rng.pick(list)());
  return pools;
}

/** Lines of about `size` bytes from a pool, indented the way that language nests. */
function fillerLines(rng, pools, type, size) {
  const pool = pools[type.pool];
  const lines = [];
  let bytes = 0;
  let depth = 0;
  while (bytes < size) {
    const line = pool[Math.floor(rng.next() * POOL_SIZE)];
    if (type.nest === 'brace' && (line.startsWith('}') || line.startsWith(']'))) depth = Math.max(0, depth - 1);
    else if (rng.chance(0.08)) depth = Math.max(0, depth - 1);
    const text = line && depth ? type.indent.repeat(depth) + line : line;
    lines.push(text);
    bytes += text.length + 1;
    if (type.nest && (line.endsWith('{') || line.endsWith('[') || line.endsWith(':'))) depth = Math.min(6, depth + 1);
  }
  return lines;
}

/** Very long lines of minified code, each from 2 KB to 300 KB. */
function minifiedLines(rng, pools, size) {
  const lines = [];
  let bytes = 0;
  while (bytes < size) {
    const target = Math.min(rng.logUniform(2000, 300_000), size - bytes + 100);
    const parts = [];
    let length = 0;
    while (length < target) {
      const part = pools.min[Math.floor(rng.next() * POOL_SIZE)];
      parts.push(part);
      length += part.length;
    }
    lines.push(parts.join(''));
    bytes += length + 1;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Planted tokens: how each kind is written in each file type

const FILE_TYPES = [
  { ext: 'ts', weight: 22, pool: 'ts', indent: '  ', nest: 'brace' },
  { ext: 'js', weight: 7, pool: 'ts', indent: '  ', nest: 'brace' },
  { ext: 'py', weight: 14, pool: 'py', indent: '    ', nest: 'colon' },
  { ext: 'go', weight: 7, pool: 'go', indent: '\t', nest: 'brace' },
  { ext: 'yaml', weight: 10, pool: 'yaml', indent: '  ', nest: 'colon' },
  { ext: 'yml', weight: 3, pool: 'yaml', indent: '  ', nest: 'colon' },
  { ext: 'json', weight: 7, pool: 'json', indent: '  ', nest: 'brace' },
  { ext: 'md', weight: 6, pool: 'md', indent: '' },
  { ext: 'sh', weight: 3, pool: 'sh', indent: '  ', nest: 'brace' },
  { ext: 'toml', weight: 2, pool: 'toml', indent: '' },
  { ext: 'log', weight: 5, pool: 'log', indent: '' },
  { ext: 'min.js', weight: 2, minified: true },
  { ext: 'env', weight: 2, pool: 'env', indent: '' },
];
const TEXT_EXTS = FILE_TYPES.map((t) => t.ext);

const PLANT_KINDS = [
  { kind: 'rest', weight: 40, exts: ['env', 'sh', 'py', 'ts', 'js', 'yaml', 'yml', 'json', 'go', 'toml'] },
  { kind: 'events', weight: 25, exts: ['yaml', 'yml'] },
  { kind: 'oauth', weight: 25, exts: TEXT_EXTS },
  { kind: 'oauth-urlencoded', weight: 10, exts: ['log', 'md', 'sh'] },
];

/**
 * The lines that hold one planted token, as that file type would write it: { lines, at (index of
 * the token's line), secret (as pdguard reports it) }.
 */
function plantBlock(kind, ext, tokens, k) {
  if (kind === 'rest') {
    const key = tokens.rest();
    const line = {
      env: `${k.pick(['PAGERDUTY_TOKEN', 'PAGERDUTY_API_KEY', 'PD_API_KEY'])}=${key}`,
      sh: `export PAGERDUTY_TOKEN="${key}"`,
      py: `PAGERDUTY_API_KEY = "${key}"`,
      ts: `const PAGERDUTY_TOKEN = '${key}';`,
      js: `const PAGERDUTY_TOKEN = '${key}';`,
      yaml: `pagerduty_token: "${key}"`,
      yml: `pagerduty_token: "${key}"`,
      json: `"pagerduty_token": "${key}",`,
      go: `const pagerDutyToken = "${key}"`,
      toml: `pagerduty_token = "${key}"`,
    }[ext];
    return { lines: [line], at: 0, secret: key };
  }
  if (kind === 'events') {
    const key = tokens.events();
    const lines = ['receivers:', `  - name: oncall-${k.word()}`, '    pagerduty_configs:', `      - routing_key: ${key}`, '        severity: critical'];
    return { lines, at: 3, secret: key };
  }
  const token = tokens.oauth();
  if (kind === 'oauth-urlencoded') {
    const encoded = token.replace('+', '%2B');
    const body = `grant_type=refresh_token&refresh_token=${encoded}&client_id=${k.uuid()}`;
    const line = ext === 'log' ? `${k.timestamp()} INFO [http] POST /oauth/token body=${body}` : `curl -X POST https://identity.pagerduty.com/oauth/token -d "${body}"`;
    return { lines: [line], at: 0, secret: token };
  }
  const line = {
    json: `"access_token": "${token}",`,
    log: `${k.timestamp()} DEBUG [oauth] token refreshed access_token=${token} expires_in=86400`,
    md: `curl -H "Authorization: Bearer ${token}" https://api.pagerduty.com/users/me`,
    sh: `curl -H "Authorization: Bearer ${token}" https://api.pagerduty.com/users/me`,
    py: `token = "${token}"`,
    go: `token := "${token}"`,
    yaml: `access_token: ${token}`,
    yml: `access_token: ${token}`,
    env: `PD_OAUTH_TOKEN=${token}`,
    toml: `token = "${token}"`,
  }[ext] ?? `const token = '${token}';`;
  return { lines: [line], at: 0, secret: token };
}

// ---------------------------------------------------------------------------------------------
// Cached test data

function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Reuse the data when its manifest says it was made with these parameters, else make it again. */
async function cached(name, params, make) {
  const dataPath = join(benchDir, name);
  const manifestPath = join(benchDir, `${name}.manifest.json`);
  const manifest = readManifest(manifestPath);
  const wanted = { generator: GENERATOR_VERSION, ...params };
  if (manifest && existsSync(dataPath) && Object.entries(wanted).every(([key, value]) => manifest.params?.[key] === value)) return manifest;
  rmSync(dataPath, { recursive: true, force: true });
  rmSync(manifestPath, { force: true });
  const started = performance.now();
  // Made under a temporary name and renamed last: an interrupted run leaves nothing that looks done.
  const tmp = `${dataPath}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const made = await make(tmp);
  renameSync(tmp, dataPath);
  const result = { params: wanted, ...made };
  writeFileSync(manifestPath, `${JSON.stringify(result, null, 1)}\n`);
  // Flush the new files to disk now: writeback during the timed runs slowed rg by half.
  spawnSync('sync', { stdio: 'ignore' });
  log(`  generated .bench/${name} in ${fmtTime(performance.now() - started)}`);
  return result;
}

/**
 * A source tree of about `sizeMb` MB: thousands of files of many types and sizes in nested
 * directories (some hidden), a few binary files, and 50-200 planted tokens.
 */
function generateTree(dir, { sizeMb, seed }) {
  log(`  generating a ${sizeMb} MB source tree (once; cached in .bench/tree)...`);
  const rng = new Rng(seed);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng(seed ^ 0x5eed));
  const target = sizeMb * MiB;

  // Plan the files first: directories, names, types and sizes.
  const tops = ['services', 'packages', 'infra', 'tools', 'docs', 'deploy', 'libs', 'apps', 'config', '.github'];
  const dirs = [];
  const files = [];
  const taken = new Set();
  let planned = 0;
  while (planned < target) {
    if (dirs.length === 0 || rng.chance(0.07)) {
      const top = rng.pick(tops);
      const sub = top === '.github' ? ['workflows'] : Array.from({ length: rng.int(1, 3) }, () => `${k.kebab()}${rng.chance(0.3) ? `-${rng.int(1, 40)}` : ''}`);
      dirs.push([top, ...sub].join('/'));
    }
    const dirPath = rng.chance(0.5) ? dirs.at(-1) : rng.pick(dirs);
    let file;
    if (rng.chance(0.003)) {
      file = { dir: dirPath, name: `${k.kebab()}.${rng.pick(['png', 'woff2', 'gz', 'sqlite'])}`, binary: true, size: rng.logUniform(20_000, 2_000_000) };
    } else {
      const type = rng.weighted(FILE_TYPES);
      const name = type.ext === 'env' ? rng.pick(['.env', '.env.local', '.env.production', '.env.staging']) : `${k.kebab()}.${type.ext}`;
      const size =
        type.ext === 'env' ? rng.int(150, 3000)
        : type.ext === 'min.js' ? rng.logUniform(20_000, 2_000_000)
        : type.ext === 'log' ? rng.logUniform(20_000, 3_000_000)
        : rng.chance(0.008) ? rng.logUniform(1_000_000, 8_000_000)
        : rng.logUniform(300, 300_000);
      file = { dir: dirPath, name, type, size, crlf: type.ext !== 'min.js' && rng.chance(0.03), trailingNewline: rng.chance(0.92), plants: [], decoys: 0 };
      if (rng.chance(0.04)) file.decoys = rng.int(1, 4);
    }
    file.size = Math.min(file.size, Math.max(150, target - planned)); // the last file does not overshoot
    let path = `${file.dir}/${file.name}`;
    for (let n = 2; taken.has(path); n++) path = `${file.dir}/${n}-${file.name}`;
    taken.add(path);
    file.path = path;
    files.push(file);
    planned += file.size;
  }

  // Choose where the tokens go: each kind in file types that would hold it.
  const textFiles = files.filter((f) => !f.binary);
  const count = Math.max(50, Math.min(200, Math.round(sizeMb / 4)));
  for (let i = 0; i < count; i++) {
    const { kind, exts } = rng.weighted(PLANT_KINDS);
    let candidates = textFiles.filter((f) => exts.includes(f.type.ext));
    if (candidates.length === 0) candidates = textFiles.filter((f) => f.type.ext === 'env' || f.type.ext === 'yaml');
    if (candidates.length === 0) candidates = textFiles;
    const file = rng.pick(candidates);
    file.plants.push({ kind: exts.includes(file.type.ext) ? kind : 'oauth' });
  }
  // Edge cases worth one token each: the last line of a file with no newline after it, a file
  // with CRLF line ends, and a token in the middle of a long minified line.
  const lastLine = textFiles.find((f) => f.plants.length && !f.type.minified && f.plants.at(-1).kind !== 'events');
  if (lastLine) {
    lastLine.trailingNewline = false;
    lastLine.plants.at(-1).atEnd = true;
  }
  const crlf = textFiles.find((f) => f.crlf && !f.plants.length && f.type.ext === 'yaml');
  if (crlf) crlf.plants.push({ kind: 'events' });
  const minified = textFiles.find((f) => f.type.minified && !f.plants.length);
  if (minified) minified.plants.push({ kind: 'oauth' });

  // Write the files.
  const planted = [];
  let written = 0;
  let nextReport = 0.1;
  for (const file of files) {
    const absolute = join(dir, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    if (file.binary) {
      // A PNG-like header: NUL bytes at the start make both tools treat the file as binary.
      const bytes = Buffer.alloc(file.size);
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
      for (let i = 16; i < bytes.length; i++) bytes[i] = (rng.next() * 256) | 0;
      writeFileSync(absolute, bytes);
      written += bytes.length;
    } else {
      const text = renderFile(file, rng, pools, tokens, k, planted);
      writeFileSync(absolute, text);
      written += Buffer.byteLength(text);
    }
    while (written >= nextReport * target && nextReport < 1) {
      if (process.stdout.isTTY) process.stdout.write(`  ... ${Math.round(nextReport * 100)}%\r`);
      nextReport += 0.1;
    }
  }
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  return { files: files.length, binaryFiles: files.filter((f) => f.binary).length, bytes: written, planted };
}

/** One text file's content, with its planted tokens recorded (path, line, secret) in `planted`. */
function renderFile(file, rng, pools, tokens, k, planted) {
  const { type } = file;
  if (type.minified) {
    const lines = minifiedLines(rng, pools, file.size);
    for (const _ of file.plants) {
      // Inside a long line, right after a statement: `;var t="pdus+_...";`
      const index = rng.int(0, lines.length - 1);
      const line = lines[index];
      const cut = Math.max(0, line.indexOf(';', rng.int(0, line.length - 1)) + 1);
      const token = tokens.oauth();
      lines[index] = `${line.slice(0, cut)}var t="${token}";${line.slice(cut)}`;
      planted.push({ path: file.path, line: index + 1, secret: token, kind: 'oauth-minified' });
    }
    return lines.join('\n') + (file.trailingNewline ? '\n' : '');
  }
  const lines = fillerLines(rng, pools, type, file.size);
  // Blocks to insert: decoys and planted tokens, each before a random line (or at the very end).
  const blocks = [];
  for (let i = 0; i < file.decoys; i++) blocks.push({ lines: [rng.pick(DECOYS)], pos: rng.int(0, lines.length) });
  for (const plant of file.plants) {
    const block = plantBlock(plant.kind, type.ext, tokens, k);
    blocks.push({ ...block, kind: plant.kind, pos: plant.atEnd ? Infinity : rng.int(0, lines.length) });
  }
  blocks.sort((a, b) => a.pos - b.pos);
  const out = [];
  let next = 0;
  for (const block of blocks) {
    const pos = Math.min(block.pos, lines.length);
    while (next < pos) out.push(lines[next++]);
    if (block.secret !== undefined) {
      planted.push({ path: file.path, line: out.length + block.at + 1, secret: block.secret, kind: block.kind + (file.crlf ? ' (CRLF)' : '') + (block.pos === Infinity ? ' (last line, no newline)' : '') });
    }
    for (const line of block.lines) out.push(line);
  }
  while (next < lines.length) out.push(lines[next++]);
  const eol = file.crlf ? '\r\n' : '\n';
  return out.join(eol) + (file.trailingNewline ? eol : '');
}

/**
 * One big text file (logs, code and config mixed) with tokens planted: early, on a line that
 * straddles a 1 MiB read boundary, inside a 3 MB minified line across a read boundary, and at
 * the very end (the last line has no newline).
 */
function generateBigFile(path, { bigMb, seed }) {
  log(`  generating a ${bigMb} MB file (once; cached in .bench/big.txt)...`);
  const rng = new Rng(seed + 1);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng((seed + 1) ^ 0x5eed));
  const size = bigMb * MiB;
  const mix = ['log', 'log', 'log', 'log', 'log', 'ts', 'ts', 'py', 'yaml', 'json', 'md', 'sh'];
  const planted = [];

  const fd = openSync(path, 'w');
  let parts = [];
  let pending = 0;
  let offset = 0; // bytes written so far
  let line = 1; // number of the line being written
  const write = (text, newline = true) => {
    const s = newline ? `${text}\n` : text;
    parts.push(s);
    pending += s.length;
    offset += Buffer.byteLength(s);
    if (newline) line++;
    if (pending > 4 * MiB) flush();
  };
  const flush = () => {
    writeSync(fd, parts.join(''));
    parts = [];
    pending = 0;
  };
  const filler = () => {
    const text = pools[rng.pick(mix)][Math.floor(rng.next() * POOL_SIZE)];
    return rng.chance(0.0001) ? rng.pick(DECOYS) : text;
  };
  const record = (secret, kind) => planted.push({ path: 'big.txt', line, secret, kind });
  const fillUntil = (limit) => {
    for (;;) {
      const text = filler();
      if (offset + Buffer.byteLength(text) + 1 > limit) return;
      write(text);
    }
  };

  // 1. Early: a .env-style line.
  fillUntil(Math.round(size * 0.001));
  const early = tokens.rest();
  record(early, 'rest (early)');
  write(`PAGERDUTY_TOKEN=${early}`);

  // 2. A normal line whose token straddles a 1 MiB boundary (where pdguard's reads end).
  const boundary1 = Math.round((size * 0.37) / MiB) * MiB;
  fillUntil(boundary1 - 400);
  const prefix = `${k.timestamp()} DEBUG [oauth] Authorization: Bearer `;
  const straddling = tokens.oauth();
  const pad = 'retrying upstream call after timeout; '.repeat(200).slice(0, boundary1 - 20 - offset - prefix.length - 1);
  if (offset + pad.length + 1 + prefix.length !== boundary1 - 20) throw new Error('bench: big file: token misplaced');
  record(straddling, 'oauth (line across a 1 MiB read boundary)');
  write(`${pad} ${prefix}${straddling}`);

  // 3. A 3 MB minified line with a token across another 1 MiB boundary.
  const boundary2 = Math.round((size * 0.62) / MiB) * MiB;
  fillUntil(boundary2 - 1.5 * MiB);
  const minified = () => pools.min[Math.floor(rng.next() * POOL_SIZE)];
  const before = 'var t="';
  for (;;) {
    const part = minified();
    if (offset + part.length > boundary2 - 25 - before.length - 64) break;
    write(part, false);
  }
  write(';'.repeat(boundary2 - 25 - before.length - offset), false);
  const inLongLine = tokens.oauth();
  record(inLongLine, 'oauth (3 MB minified line, across a 1 MiB read boundary)');
  write(`${before}${inLongLine}";`, false);
  const longLineEnd = offset + 1.5 * MiB;
  while (offset < longLineEnd) write(minified(), false);
  write('');

  // 4. The end: a YAML receiver block, then a last line with no newline after it.
  fillUntil(size - 2048);
  const events = plantBlock('events', 'yaml', tokens, k);
  events.lines.forEach((text, i) => {
    if (i === events.at) record(events.secret, 'events (near the end)');
    write(text);
  });
  write(filler());
  const last = tokens.rest();
  record(last, 'rest (last line, no newline)');
  write(`PD_API_KEY=${last}`, false);
  flush();
  closeSync(fd);
  return { bytes: offset, planted };
}

// ---------------------------------------------------------------------------------------------
// A synthetic git history, streamed from here into one `git fast-import`

/** Bump when the history generator changes (apart from GENERATOR_VERSION: the tree and big file stay cached). */
const HISTORY_GENERATOR_VERSION = 3;
/** Files in main's last tree: the index of 5,000 files `pdguard staged` is measured against. */
const HISTORY_FILES = 5000;
const HISTORY_START = Date.UTC(2018, 0, 8, 9) / 1000;
const PEOPLE = [
  ['Ada Okafor', 'ada.okafor@example.com'],
  ['Bruno Lindqvist', 'bruno@example.org'],
  ['Chen Wei', 'chen.wei@example.com'],
  ['Dolores Ibarra', 'dibarra@example.net'],
  ['Emeka Nwosu', 'emeka@example.com'],
  ['Freya Sørensen', 'freya.sorensen@example.org'],
  ['Gaurav Mehta', 'gmehta@example.com'],
  ['Hana Kobayashi', 'hana@example.net'],
];
/** Commits touching this many files, weighted (mean about 2.5). */
const TOUCHES = [
  { n: 1, weight: 35 }, { n: 2, weight: 25 }, { n: 3, weight: 17 }, { n: 4, weight: 10 },
  { n: 5, weight: 6 }, { n: 6, weight: 4 }, { n: 8, weight: 3 },
];

/**
 * Every line a generated file can hold, per file type: long runs of realistic, indented lines, so
 * that a file is a slice of its type's corpus and an edit inserts another slice. Files are arrays
 * of line numbers, which keeps thousands of files and their versions small in memory. Lines added
 * later (planted tokens, decoys) are numbered from `protectedFrom`: edits never delete them.
 */
function buildCorpus(rng, pools) {
  const lines = [];
  const bytes = [];
  const byExt = new Map();
  const add = (text) => {
    lines.push(text);
    bytes.push(Buffer.byteLength(text));
    return lines.length - 1;
  };
  for (const type of FILE_TYPES) {
    const start = lines.length;
    for (const line of type.minified ? minifiedLines(rng, pools, 6 * MiB) : fillerLines(rng, pools, type, 2 * MiB)) add(line);
    byExt.set(type.ext, { start, count: lines.length - start });
  }
  return { lines, bytes, byExt, add, protectedFrom: lines.length };
}

/** A set of paths that can also hand out a random member. */
class PathSet {
  constructor(items = []) {
    this.items = [...items];
    this.at = new Map(this.items.map((p, i) => [p, i]));
  }
  get size() {
    return this.items.length;
  }
  has(path) {
    return this.at.has(path);
  }
  add(path) {
    if (this.at.has(path)) return;
    this.at.set(path, this.items.length);
    this.items.push(path);
  }
  delete(path) {
    const i = this.at.get(path);
    if (i === undefined) return;
    const last = this.items.pop();
    if (i < this.items.length) {
      this.items[i] = last;
      this.at.set(last, i);
    }
    this.at.delete(path);
  }
  random(rng) {
    return this.items[Math.floor(rng.next() * this.items.length)];
  }
}

/**
 * A history of `historyCommits` commits holding about `historyMb` MB of blob content in all, made
 * in one `git fast-import` (seconds, where one `git commit` per commit would take many minutes).
 * It looks like a busy monorepo's: a big first import, then growth to HISTORY_FILES files, small
 * edits of a few files per commit (some files much edited, three big ones such as a lockfile),
 * additions, deletions, renames, feature branches merged back (some merges with content of their
 * own), release tags, and a few commits reachable only from a tag or from a branch never merged.
 * Fake tokens are planted at known commits; the manifest records each with its commit and path.
 */
async function generateHistory(dir, { historyCommits: N, historyMb, seed }) {
  log(`  generating a git history of ${N} commits, ~${historyMb} MB of blobs (once; cached in .bench/history.git)...`);
  const rng = new Rng(seed + 2);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng((seed + 2) ^ 0x5eed));
  const corpus = buildCorpus(rng, pools);
  const target = historyMb * MiB;
  const F = HISTORY_FILES;
  // Mean size of a file version: most content is in edited versions of ordinary files; the three
  // big files take about a tenth. Choices below steer the running mean back to it.
  const meanSize = (0.9 * target) / (F * 1.15 + N * 2.5);
  const bigSize = Math.min(4 * MiB, Math.max(256 * 1024, Math.round(target / 400)));

  mkdirSync(dir, { recursive: true });
  const init = spawnSync('git', ['init', '-q', '--bare', '--initial-branch=main', dir], { encoding: 'utf8' });
  if (init.status !== 0) fail(`git init failed:\n${init.stderr}`);
  const marksPath = join(dir, 'bench-marks');
  // Fast to write: zlib level 1 and no deltas (fast-import would only try each blob against the
  // one before it). Inflating level 1 costs git about what level 6 does, and with no deltas to
  // resolve git's own dump is as fast as it can be: the baseline is not made easier to beat.
  const fi = spawn('git', ['-c', 'pack.compression=1', 'fast-import', '--quiet', '--done', '--depth=0', '--active-branches=20', `--export-marks=${marksPath}`], {
    cwd: dir,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let fiStderr = '';
  fi.stderr.on('data', (d) => (fiStderr += d));
  fi.stdin.on('error', () => {}); // reported through the exit status
  const fiClosed = new Promise((resolve) => fi.on('close', (code) => resolve(code)));

  // The stream, written in chunks of a few MB with back-pressure.
  let parts = [];
  let pending = 0;
  const emit = (text) => {
    parts.push(text);
    pending += text.length;
  };
  const write = async (data) => {
    if (!fi.stdin.write(data)) {
      const code = await Promise.race([once(fi.stdin, 'drain').then(() => null, () => fiClosed), fiClosed]);
      if (code !== null) fail(`git fast-import stopped (exit ${code}):\n${fiStderr.trim()}`);
    }
  };
  const flush = async () => {
    if (!parts.length) return;
    const chunk = parts.join('');
    parts = [];
    pending = 0;
    await write(chunk);
  };

  // --- Files and their versions: { file (identity), type, ids (line numbers) | binary, size, mark }
  const stats = { commits: 0, merges: 0, blobs: 0, bytes: 0, steered: { versions: 0, bytes: 0 }, renames: 0, deletes: 0, tags: 0, binaryFiles: 0 };
  let fileCount = 0;
  let mark = 0;
  let time = HISTORY_START;
  const sizeOf = (ids) => {
    let n = 0;
    for (const id of ids) n += corpus.bytes[id] + 1;
    return n;
  };
  /** A contiguous slice of the type's corpus, about `size` bytes (at least one line). */
  const slice = (ext, size) => {
    const { start, count } = corpus.byExt.get(ext);
    const ids = [];
    let n = 0;
    for (let i = rng.int(0, count - 1); n < size || ids.length === 0; i = (i + 1) % count) {
      ids.push(start + i);
      n += corpus.bytes[start + i] + 1;
    }
    return ids;
  };
  const newTextFile = (type, size) => {
    const ids = slice(type.ext, size);
    if (rng.chance(0.04)) for (let i = rng.int(1, 3); i > 0; i--) ids.splice(rng.int(0, ids.length), 0, corpus.add(rng.pick(DECOYS)));
    return { file: ++fileCount, type, ids, size: sizeOf(ids) };
  };
  const newBinaryFile = () => {
    const bytes = Buffer.alloc(rng.logUniform(20_000, 600_000));
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
    for (let i = 16; i < bytes.length; i++) bytes[i] = (rng.next() * 256) | 0;
    stats.binaryFiles++;
    return { file: ++fileCount, type: null, binary: bytes, size: bytes.length };
  };
  /** A new version of a text file: a few hunks replaced, or lines appended to a log. */
  const edited = (v) => {
    const ids = v.ids.slice();
    const { start, count } = corpus.byExt.get(v.type.ext);
    const run = (n) => {
      const from = rng.int(0, Math.max(0, count - n));
      return Array.from({ length: Math.min(n, count) }, (_, i) => start + from + i);
    };
    if (v.type.ext === 'log') ids.push(...run(rng.int(5, 60)));
    else if (v.type.minified) {
      const i = rng.int(0, ids.length - 1);
      if (ids[i] < corpus.protectedFrom) ids[i] = start + rng.int(0, count - 1);
      else ids.push(start + rng.int(0, count - 1));
    } else {
      for (let hunks = rng.int(1, 3); hunks > 0; hunks--) {
        const at = rng.int(0, ids.length);
        const removed = ids.splice(at, rng.int(0, 6), ...run(rng.int(1, 12)));
        ids.splice(at, 0, ...removed.filter((id) => id >= corpus.protectedFrom)); // planted lines stay
      }
    }
    return { file: v.file, type: v.type, ids, size: sizeOf(ids) };
  };
  const steerBigger = () => stats.steered.bytes < meanSize * stats.steered.versions;
  const fileSize = () => {
    const scale = stats.steered.versions > 100 ? Math.min(2, Math.max(0.5, (meanSize * stats.steered.versions) / stats.steered.bytes)) : 1;
    return Math.round(rng.logUniform(meanSize / 20, meanSize * 4) * scale);
  };

  // --- Paths
  const usedPaths = new Set();
  const dirs = [];
  const tops = ['services', 'packages', 'infra', 'tools', 'docs', 'deploy', 'libs', 'apps', 'config'];
  for (let i = 0; i < Math.ceil(F / 12); i++) {
    const top = rng.pick(tops);
    dirs.push([top, ...Array.from({ length: rng.int(1, 3) }, () => k.kebab())].join('/'));
  }
  const newPath = (type, dirPath = rng.pick(dirs)) => {
    for (;;) {
      const name = !type ? `${k.kebab()}.png` : type.ext === 'env' ? rng.pick(['.env', '.env.local', '.env.production', '.env.staging']) : `${k.kebab()}.${type.ext}`;
      const path = `${dirPath}/${usedPaths.has(`${dirPath}/${name}`) ? `${rng.int(2, 99999)}-` : ''}${name}`;
      if (!usedPaths.has(path)) {
        usedPaths.add(path); // never reused, so that a path is one file
        return path;
      }
    }
  };
  const BIG = [
    { path: 'package-lock.json', type: FILE_TYPES.find((t) => t.ext === 'json') },
    { path: 'CHANGELOG.md', type: FILE_TYPES.find((t) => t.ext === 'md') },
    { path: 'test/fixtures/events.log', type: FILE_TYPES.find((t) => t.ext === 'log') },
  ];
  const bigPaths = new Set(BIG.map((b) => b.path));
  for (const p of bigPaths) usedPaths.add(p);
  const bigEditChance = Math.min(0.3, (0.1 * target) / (BIG.length * bigSize) / N);

  // --- Lines of development: main and branches. Versions are immutable, so trees share them.
  const main = { name: 'main', ref: 'refs/heads/main', tip: 0, tree: new Map(), paths: new PathSet() };
  const fork = (name) => ({
    name, ref: `refs/heads/${name}`, tip: main.tip, tree: new Map(main.tree), paths: new PathSet(main.paths.items),
    base: new Map(), commits: 0, mergeAfter: rng.int(2, 25),
  });
  const branches = []; // active feature branches
  const branchNames = ['feature/escalations', 'feature/oncall-sync', 'feature/alert-routing', 'fix/retry-storm', 'feature/status-page', 'chore/deps'];
  let nextBranchName = 0;
  const endBranches = new Set(); // names of refs/heads/* at the end
  const protectedPaths = new Set(); // paths with a planned future (rename, delete, edits): left alone otherwise

  /** A text path of `line` to edit: of two random ones, the smaller or larger as the budget needs. */
  const pickEdit = (line, taken) => {
    let best = null;
    for (let tries = 0, found = 0; tries < 12 && found < 2; tries++) {
      const path = line.paths.random(rng);
      const v = line.tree.get(path);
      if (!v?.ids || taken.has(path) || bigPaths.has(path) || protectedPaths.has(path)) continue;
      found++;
      if (!best || (steerBigger() ? v.size > best.v.size : v.size < best.v.size)) best = { path, v };
    }
    return best;
  };

  // --- Planted tokens
  const planted = [];
  const plantKind = (ext) => {
    const fits = PLANT_KINDS.filter((p) => p.exts.includes(ext));
    return fits.length ? rng.weighted(fits).kind : 'oauth';
  };
  /** Put a token into a (new, unwritten) version; the plant's commit is filled in when written. */
  const plantInto = (v, path, where) => {
    const kind = plantKind(v.type.ext);
    const b = plantBlock(kind, v.type.ext, tokens, k);
    const ids = b.lines.map((text) => corpus.add(text));
    v.ids.splice(rng.int(0, v.ids.length), 0, ...ids);
    v.size = sizeOf(v.ids);
    const p = { secret: b.secret, kind: `${kind}${where}`, path, commit: null, ids };
    planted.push(p);
    return p;
  };

  // --- Writing objects
  const writeBlob = async (v) => {
    v.mark = ++mark;
    emit(`blob\nmark :${v.mark}\ndata ${v.size}\n`);
    if (v.binary) {
      await flush();
      await write(v.binary);
    } else emit(v.ids.map((id) => corpus.lines[id]).join('\n'));
    emit('\n');
    stats.blobs++;
    stats.bytes += v.size;
    if (v.ids && !bigPaths.has(v.path)) {
      stats.steered.versions++;
      stats.steered.bytes += v.size;
    }
    if (pending > 4 * MiB) await flush();
  };
  /**
   * One commit on `line` (a ref): ops are { path, version } (added or modified) or { path,
   * delete: true }; `parents` defaults to the line's tip. Returns the commit's mark.
   */
  const commit = async (line, ops, message, { parents = line.tip ? [line.tip] : [], ref = line.ref, plants = [] } = {}) => {
    for (const op of ops) {
      if (op.version && !op.version.mark) {
        op.version.path = op.path;
        await writeBlob(op.version);
      }
    }
    const m = ++mark;
    time += rng.int(60, 4 * 3600);
    const [name, email] = rng.pick(PEOPLE);
    const body = `${message}\n`;
    emit(`commit ${ref}\nmark :${m}\nauthor ${name} <${email}> ${time} +0000\ncommitter ${name} <${email}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
    if (parents[0]) emit(`from :${parents[0]}\n`);
    for (const p of parents.slice(1)) emit(`merge :${p}\n`);
    for (const op of ops) emit(op.delete ? `D ${op.path}\n` : `M 100644 :${op.version.mark} ${op.path}\n`);
    emit('\n');
    stats.commits++;
    if (parents.length > 1) stats.merges++;
    for (const p of plants) p.commit = m;
    if (line) {
      for (const op of ops) {
        if (line.base && !line.base.has(op.path)) line.base.set(op.path, line.tree.get(op.path)); // a branch: the version it forked with
        if (op.delete) {
          line.tree.delete(op.path);
          line.paths.delete(op.path);
        } else {
          line.tree.set(op.path, op.version);
          line.paths.add(op.path);
        }
      }
      line.tip = m;
      if (line.commits !== undefined) line.commits++;
    }
    if (pending > 4 * MiB) await flush();
    return m;
  };
  const subject = () => `${rng.pick(['Fix', 'Add', 'Update', 'Refactor', 'Remove', 'Tune', 'Document', 'Rename'])} ${k.words(rng.int(2, 6)).join(' ')}`;

  // --- The kinds of commit
  /** An ordinary commit: edit a few files, sometimes add, delete or rename some; maybe plant a token. */
  const workCommit = async (line, c, { adds = 0, plant = false } = {}) => {
    const ops = [];
    const taken = new Set();
    const onMain = line === main;
    const touches = rng.weighted(TOUCHES).n;
    for (let i = 0; i < touches; i++) {
      const pick = pickEdit(line, taken);
      if (!pick) break;
      taken.add(pick.path);
      ops.push({ path: pick.path, version: edited(pick.v) });
    }
    if (onMain && rng.chance(bigEditChance * BIG.length)) {
      const big = rng.pick(BIG);
      const v = main.tree.get(big.path);
      if (v && !taken.has(big.path)) {
        taken.add(big.path);
        ops.push({ path: big.path, version: edited(v) });
      }
    }
    if (onMain && c >= growthEnd) {
      // After growth the tree stays near F files: a deletion or an addition now and then.
      if (main.paths.size > F - 20 && rng.chance(0.03)) adds--;
      if (main.paths.size < F + 20 && rng.chance(0.03)) adds++;
      if (rng.chance(0.02)) {
        const pick = pickEdit(main, taken);
        if (pick) {
          const to = newPath(pick.v.type, rng.chance(0.5) ? pick.path.slice(0, pick.path.lastIndexOf('/')) : rng.pick(dirs));
          const version = rng.chance(0.3) ? edited(pick.v) : pick.v;
          taken.add(pick.path);
          taken.add(to);
          ops.push({ path: pick.path, delete: true }, { path: to, version });
          stats.renames++;
        }
      }
    } else if (!onMain && rng.chance(0.06)) adds++;
    for (; adds < 0; adds++) {
      const path = main.paths.random(rng);
      if (!path || taken.has(path) || bigPaths.has(path) || protectedPaths.has(path)) continue;
      taken.add(path);
      ops.push({ path, delete: true });
      stats.deletes++;
    }
    for (; adds > 0; adds--) {
      const version = rng.chance(0.003) ? newBinaryFile() : newTextFile(rng.weighted(FILE_TYPES), fileSize());
      ops.push({ path: newPath(version.type), version });
    }
    if (ops.length === 0) {
      const path = line.paths.random(rng);
      const v = line.tree.get(path);
      if (v?.ids) ops.push({ path, version: edited(v) });
    }
    const plants = [];
    if (plant) {
      const op = rng.pick(ops.filter((o) => o.version?.ids && o.version !== line.tree.get(o.path)) || []);
      if (op) plants.push(plantInto(op.version, op.path, onMain ? (line.tree.has(op.path) ? '' : ', new file') : `, on ${line.name}`));
    }
    return commit(line, ops, subject(), { plants });
  };

  /** Merge a branch into main. Files both changed take the branch's text plus a resolution line. */
  const mergeCommit = async (branch, evil) => {
    const ops = [];
    for (const [path, from] of branch.base) {
      const theirs = branch.tree.get(path);
      const ours = main.tree.get(path);
      if (!theirs || ours === theirs) continue;
      if (ours === from) ops.push({ path, version: theirs });
      else if (ours !== undefined) {
        // Changed on both sides: resolved by hand, which makes content of the merge's own.
        const version = { file: theirs.file, type: theirs.type, ids: [...theirs.ids, corpus.byExt.get(theirs.type.ext).start], size: 0 };
        version.size = sizeOf(version.ids);
        ops.push({ path, version });
      } // deleted or renamed on main since the fork: main's side wins
    }
    const plants = [];
    if (evil) {
      // Content that exists only in the merge commit: a diff-based scan never sees it.
      const op = ops.find((o) => o.version.ids && !o.version.type.minified);
      if (op) {
        if (op.version === branch.tree.get(op.path)) op.version = { ...op.version, ids: op.version.ids.slice(), mark: undefined };
        plants.push(plantInto(op.version, op.path, ', only in a merge commit'));
      }
    }
    const m = await commit(main, ops, `Merge branch '${branch.name}'`, { parents: [main.tip, branch.tip], plants });
    branches.splice(branches.indexOf(branch), 1);
    return { m, evil: plants.length > 0 };
  };

  // --- Commits with a purpose, planned at fixed points of the history (followed by their sequels)
  const specials = new Map();
  const plan = (c, run) => {
    while (specials.has(c)) c++;
    if (c < N - 1) specials.set(c, run);
  };
  const gap = (fraction) => Math.max(2, Math.round(N * fraction));
  const editPlan = (path, from, count, step, where) => {
    for (let i = 1; i <= count; i++) {
      plan(from + i * step, async () => {
        const v = main.tree.get(path);
        const ops = v ? [{ path, version: edited(v) }] : [];
        return commit(main, ops, `${subject()} (${where})`);
      });
    }
  };
  const plantInExisting = (where) => {
    const pick = pickEdit(main, new Set());
    const version = edited(pick.v);
    const p = plantInto(version, pick.path, where);
    protectedPaths.add(pick.path);
    return { pick, version, p };
  };
  // A token in a new file that a later commit deletes.
  plan(Math.round(N * 0.3), async (c) => {
    const type = FILE_TYPES.find((t) => t.ext === 'env');
    const version = newTextFile(type, 600);
    const path = newPath(type, 'deploy/staging');
    const p = plantInto(version, path, ', file deleted later');
    protectedPaths.add(path);
    plan(c + gap(0.02), () => commit(main, [{ path, delete: true }], 'Remove the staging env file'));
    return commit(main, [{ path, version }], 'Add the staging env file', { plants: [p] });
  });
  // A token in a file renamed later (one finding, at its first path), then edited at the new path.
  plan(Math.round(N * 0.33), async (c) => {
    const { pick, version, p } = plantInExisting(', file renamed later');
    const to = newPath(pick.v.type, rng.pick(dirs));
    protectedPaths.add(to);
    plan(c + gap(0.02), async (c2) => {
      editPlan(to, c2, 3, gap(0.005), 'after the rename');
      stats.renames++;
      return commit(main, [{ path: pick.path, delete: true }, { path: to, version: main.tree.get(pick.path) }], `Move ${pick.path.split('/').pop()}`);
    });
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // A token kept through 20 later edits of its file: one finding, at the first commit.
  plan(Math.round(N * 0.36), async (c) => {
    const { pick, version, p } = plantInExisting(', file edited 20 times after');
    editPlan(pick.path, c, 20, Math.max(1, Math.round(N / 2000)), 'much-edited file');
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // The same token in two files: two findings, each at the commit that put it there.
  plan(Math.round(N * 0.39), async (c) => {
    const { pick, version, p } = plantInExisting(', copied to a second file later');
    plan(c + gap(0.01), async () => {
      const other = pickEdit(main, new Set([pick.path]));
      const copy = edited(other.v);
      const ids = copy.ids;
      ids.splice(rng.int(0, ids.length), 0, ...p.ids);
      copy.size = sizeOf(ids);
      const second = { secret: p.secret, kind: `${p.kind.split(',')[0]}, the same token copied into a second file`, path: other.path, commit: null };
      planted.push(second);
      return commit(main, [{ path: other.path, version: copy }], 'Copy the client settings', { plants: [second] });
    });
    return commit(main, [{ path: pick.path, version }], subject(), { plants: [p] });
  });
  // A token in the big log file (MBs, appended to).
  plan(Math.round(N * 0.42), async () => {
    const path = BIG[2].path;
    const version = edited(main.tree.get(path));
    const p = plantInto(version, path, ', in a big file');
    return commit(main, [{ path, version }], 'Refresh the event fixtures', { plants: [p] });
  });
  // Commits reachable only from a tag: a lightweight one, and one with an annotated tag as well.
  const tagOnly = (name, annotated) => async () => {
    const pick = pickEdit(main, new Set());
    const version = edited(pick.v);
    const p = plantInto(version, pick.path, `, reachable only from tag ${name}${annotated ? ' (annotated)' : ''}`);
    // The annotated tag's commit is made on a scratch ref, deleted after the import.
    const ref = annotated ? `refs/bench-scratch/${name}` : `refs/tags/${name}`;
    if (annotated) scratchRefs.push(ref);
    const m = await commit(null, [{ path: pick.path, version }], `Hotfix ${name}`, { parents: [main.tip], ref, plants: [p] });
    if (annotated) {
      const body = `Hotfix release ${name}\n`;
      emit(`tag ${name}\nfrom :${m}\ntagger ${PEOPLE[0][0]} <${PEOPLE[0][1]}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
      stats.tags++;
    }
    stats.tags++;
    return m;
  };
  const scratchRefs = [];
  plan(Math.round(N * 0.45), tagOnly('hotfix-1.4.1', false));
  plan(Math.round(N * 0.8), tagOnly('hotfix-2.0.3', true));
  // A branch never merged, with a token in its second commit.
  plan(Math.round(N * 0.6), async (c) => {
    const unmerged = fork('experiment/pd-events-v3');
    endBranches.add(unmerged.name);
    plan(c + 1, async (c2) => {
      plan(c2 + 1, () => workCommit(unmerged, c2 + 1));
      return workCommit(unmerged, c2, { plant: true });
    });
    return workCommit(unmerged, c);
  });

  // --- The history
  const growthEnd = Math.max(1, Math.round(N * 0.5));
  const tagEvery = Math.max(50, Math.round(N / 10));
  const ordinaryPlants = Math.max(40, Math.min(200, Math.round(N / 150)));
  const evilMerges = 3;
  let evilDone = 0;
  let release = 0;
  let nextReport = 1000;
  for (let c = 0; c < N; c++) {
    if (c === 0) {
      // The first import: a third of the files, and the big ones.
      const ops = BIG.map((b) => ({ path: b.path, version: newTextFile(b.type, bigSize) }));
      for (let i = 0; i < Math.round(F * 0.3) - BIG.length; i++) {
        const version = newTextFile(rng.weighted(FILE_TYPES), fileSize());
        ops.push({ path: newPath(version.type), version });
      }
      await commit(main, ops, 'Import the monorepo');
    } else if (specials.has(c)) {
      await specials.get(c)(c);
    } else if (c === N - 1) {
      // The last commit leaves main with exactly F files.
      const ops = [];
      const taken = new Set();
      for (let n = main.paths.size; n > F; ) {
        const path = main.paths.random(rng);
        if (bigPaths.has(path) || taken.has(path)) continue;
        taken.add(path);
        ops.push({ path, delete: true });
        n--;
      }
      for (let n = main.paths.size; n < F; n++) {
        const version = newTextFile(rng.weighted(FILE_TYPES), fileSize());
        ops.push({ path: newPath(version.type), version });
      }
      if (!ops.length) ops.push({ path: BIG[1].path, version: edited(main.tree.get(BIG[1].path)) });
      await commit(main, ops, 'Release housekeeping');
    } else {
      const plant = rng.chance(ordinaryPlants / N);
      const ready = branches.find((b) => b.commits >= b.mergeAfter);
      if (ready && rng.chance(0.4)) {
        const { evil } = await mergeCommit(ready, evilDone < evilMerges && c > N * 0.2);
        if (evil) evilDone++;
        endBranches.add(ready.name);
      } else if (c > 5 && branches.length < 3 && rng.chance(0.03)) {
        let name;
        do name = branchNames[nextBranchName++ % branchNames.length];
        while (branches.some((b) => b.name === name));
        const b = fork(name);
        branches.push(b);
        await workCommit(b, c, { plant });
      } else if (branches.length && rng.chance(0.3)) {
        await workCommit(rng.pick(branches), c, { plant });
      } else {
        let adds = 0;
        if (c < growthEnd) {
          const mean = (F - main.paths.size) / (growthEnd - c);
          adds = Math.max(0, Math.floor(mean) + (rng.chance(mean - Math.floor(mean)) ? 1 : 0));
        }
        await workCommit(main, c, { adds, plant });
        if (c % tagEvery === 0) {
          const name = `v${1 + Math.floor(release / 4)}.${release % 4}.0`;
          release++;
          const body = `Release ${name}\n`;
          emit(`tag ${name}\nfrom :${main.tip}\ntagger ${PEOPLE[1][0]} <${PEOPLE[1][1]}> ${time} +0000\ndata ${Buffer.byteLength(body)}\n${body}`);
          stats.tags++;
        }
      }
    }
    if (process.stdout.isTTY && c >= nextReport) {
      process.stdout.write(`  ... ${c}/${N} commits, ${fmtMb(stats.bytes)}\r`);
      nextReport += 1000;
    }
  }
  for (const b of branches) endBranches.add(b.name);
  emit('done\n');
  await flush();
  fi.stdin.end();
  const code = await fiClosed;
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  if (code !== 0) fail(`git fast-import failed (exit ${code}):\n${fiStderr.trim()}`);

  // Marks to commit ids; then a commit-graph, as git gc would write.
  const shas = new Map();
  for (const line of readFileSync(marksPath, 'utf8').split('\n')) {
    const [m, sha] = line.split(' ');
    if (sha) shas.set(Number(m.slice(1)), sha);
  }
  rmSync(marksPath);
  for (const ref of scratchRefs) spawnSync('git', ['update-ref', '-d', ref], { cwd: dir });
  const graph = spawnSync('git', ['commit-graph', 'write', '--reachable'], { cwd: dir, encoding: 'utf8' });
  if (graph.status !== 0) fail(`git commit-graph write failed:\n${graph.stderr}`);
  const pack = spawnSync('git', ['count-objects', '-v'], { cwd: dir, encoding: 'utf8' }).stdout;
  const packKb = Number(/size-pack: (\d+)/.exec(pack)?.[1] ?? 0);
  log(`  ${stats.commits} commits (${stats.merges} merges), ${stats.blobs} blobs written, ${fmtMb(stats.bytes)} (pack ${fmtMb(packKb * 1024)})`);
  return {
    commits: stats.commits,
    merges: stats.merges,
    blobs: stats.blobs,
    bytes: stats.bytes,
    packBytes: packKb * 1024,
    files: main.paths.size,
    renames: stats.renames,
    deletes: stats.deletes,
    binaryFiles: stats.binaryFiles,
    tags: stats.tags,
    branches: ['main', ...endBranches],
    planted: planted.filter((p) => p.commit !== null).map((p) => ({ secret: p.secret, kind: p.kind.replace(/^, /, ''), path: p.path, commit: shas.get(p.commit) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Checking findings against planted tokens

/** Compare a pdguard JSON report with the planted tokens: by path, line and secret hash. */
function checkPlanted(report, planted, dataDir) {
  const found = new Set(report.findings.map((f) => `${f.path}\0${f.line}\0${f.secretHash}`));
  const plantedKeys = new Set();
  const missed = [];
  for (const p of planted) {
    const hash = sha256(p.secret);
    const key = `${p.path}\0${p.line}\0${hash}`;
    plantedKeys.add(key);
    if (found.has(key)) continue;
    const elsewhere = report.findings.find((f) => f.secretHash === hash);
    missed.push({ ...p, elsewhere: elsewhere ? `${elsewhere.path}:${elsewhere.line}` : null, text: lineText(join(dataDir, p.path), p.line, p.secret) });
  }
  const unexpected = report.findings.filter((f) => !plantedKeys.has(`${f.path}\0${f.line}\0${f.secretHash}`));
  return { planted: planted.length, found: planted.length - missed.length, missed, unexpected };
}

/** The text of a line (around the secret when the line is long), to describe a miss exactly. */
function lineText(path, lineNumber, secret) {
  try {
    // Read through the line only: the file may be a gigabyte.
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(4 * MiB);
    let line = 1;
    let text = '';
    try {
      for (let position = 0; ; ) {
        const n = readSync(fd, buffer, 0, buffer.length, position);
        if (n === 0) break;
        const chunk = buffer.subarray(0, n).toString('latin1');
        let start = 0;
        for (let nl = chunk.indexOf('\n'); ; nl = chunk.indexOf('\n', start)) {
          if (line === lineNumber) text += chunk.slice(start, nl < 0 ? chunk.length : nl);
          if (nl < 0) break;
          if (line === lineNumber) return trimAround(text, secret);
          line++;
          start = nl + 1;
        }
        position += n;
      }
    } finally {
      closeSync(fd);
    }
    return trimAround(text, secret);
  } catch (error) {
    return `(cannot read: ${error.message})`;
  }
}

function trimAround(text, secret) {
  const at = text.indexOf(secret.replace('+', '%2B')) >= 0 ? text.indexOf(secret.replace('+', '%2B')) : text.indexOf(secret);
  if (text.length <= 300) return JSON.stringify(text);
  const from = Math.max(0, at - 80);
  return `(line of ${text.length} chars, secret at column ${at + 1}) ...${JSON.stringify(text.slice(from, at + secret.length + 80))}...`;
}

function printCheck(label, check) {
  log(`  ${label}: found ${check.found}/${check.planted} planted tokens`);
  for (const m of check.missed) {
    log(`    MISSED ${m.kind} at ${m.path}:${m.line}${m.elsewhere ? ` (reported at ${m.elsewhere} instead)` : ''}`);
    log(`      ${m.text}`);
  }
  if (check.unexpected.length) {
    log(`  ${check.unexpected.length} finding(s) besides the planted tokens (false positives?):`);
    for (const f of check.unexpected.slice(0, 5)) log(`    ${f.path}:${f.line} ${f.ruleId} ${f.secret}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Benchmarks. Each returns { rows: table rows, details: figures for results.json, ok: boolean }.

/** The union of the rules' keywords, as pdguard's own prefilter uses them. */
function ruleKeywords() {
  const result = spawnSync(node, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' });
  if (result.status !== 0) fail(`pdguard rules --format json failed:\n${result.stderr}`);
  return [...new Set(JSON.parse(result.stdout).flatMap((rule) => rule.keywords.map((kw) => kw.toLowerCase())))];
}

async function benchTree(options) {
  const tree = await cached('tree', { sizeMb: options.sizeMb, seed: options.seed }, (dir) => generateTree(dir, options));
  const dir = join(benchDir, 'tree');
  log(`  ${tree.files} files (${tree.binaryFiles} binary), ${fmtMb(tree.bytes)}, ${tree.planted.length} planted tokens`);

  const keywords = ruleKeywords();
  const pdguardArgs = (output) => [cli, 'scan', dir, '--format', 'json', '--output', output, '--no-gitignore'];
  // Capture rg's output rather than send it to /dev/null: ripgrep stops at the first match
  // when its output is /dev/null, which would not be the same work.
  const rgArgs = ['-i', '-F', '-c', '--no-ignore', '--hidden', ...keywords.flatMap((kw) => ['-e', kw]), dir];

  // Warm-up: fills the page cache; pdguard's report of this run is the one checked.
  const reportPath = join(benchDir, 'tree.report.json');
  checkStatus('pdguard scan (warm-up)', await measure(node, pdguardArgs(reportPath)));
  const rgWarm = await measure('rg', rgArgs, { captureStdout: true });
  checkStatus('rg (warm-up)', rgWarm);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const check = checkPlanted(report, tree.planted, dir);
  printCheck('pdguard', check);
  const rgFiles = rgWarm.stdout.split('\n').filter(Boolean).length;
  log(`  rg: ${keywords.length} keywords, matched in ${rgFiles} files; pdguard: ${report.scan.filesScanned} files scanned, ${report.scan.skipped.length} skipped`);

  // Alternate the two so that drift in machine load affects both alike; keep the best run.
  const pd = [];
  const rg = [];
  for (let i = 0; i < options.runs; i++) {
    const a = await measure(node, pdguardArgs('/dev/null'));
    checkStatus('pdguard scan', a);
    pd.push(a);
    const b = await measure('rg', rgArgs, { captureStdout: true });
    checkStatus('rg', b);
    rg.push(b);
  }
  const best = (runs) => runs.reduce((x, y) => (y.ms < x.ms ? y : x));
  const pdBest = best(pd);
  const rgBest = best(rg);
  const ratio = pdBest.ms / rgBest.ms;
  log(`  pdguard runs: ${pd.map((r) => fmtTime(r.ms)).join(', ')} (${Math.round(tree.bytes / MiB / (pdBest.ms / 1000))} MB/s, peak RSS ${fmtMb(pdBest.peakRssBytes)})`);
  log(`  rg runs:      ${rg.map((r) => fmtTime(r.ms)).join(', ')}`);

  return {
    ok: check.missed.length === 0,
    rows: [
      { benchmark: `scan ${options.sizeMb} MB tree vs rg -i -F`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(rgBest.ms), ratio: fmtRatio(ratio), target: '<= 3x', met: ratio <= 3 },
      { benchmark: `planted tokens found (tree)`, pdguard: `${check.found}/${check.planted}`, baseline: '-', ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      tree: { sizeMb: options.sizeMb, files: tree.files, binaryFiles: tree.binaryFiles, bytes: tree.bytes, seed: options.seed },
      pdguard: { bestMs: pdBest.ms, runsMs: pd.map((r) => r.ms), peakRssMb: pdBest.peakRssBytes / MiB, mbPerSecond: tree.bytes / MiB / (pdBest.ms / 1000), filesScanned: report.scan.filesScanned, bytesScanned: report.scan.bytesScanned, skipped: report.scan.skipped.length },
      rg: { bestMs: rgBest.ms, runsMs: rg.map((r) => r.ms), keywords, filesMatched: rgFiles },
      ratio,
      target: 3,
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}

async function benchBigFile(options) {
  const big = await cached('big.txt', { bigMb: options.bigMb, seed: options.seed }, (path) => generateBigFile(path, options));
  // Named as big.txt from .bench/: reported as big.txt whether pdguard reports a named file as
  // typed or relative to the working directory.
  const args = (output) => [cli, 'scan', 'big.txt', '--format', 'json', '--output', output];
  // First run: warms the page cache and gives the report to check.
  const reportPath = join(benchDir, 'big.report.json');
  const warm = await measure(node, args(reportPath), { cwd: benchDir });
  checkStatus('pdguard scan big.txt (warm-up)', warm);
  const check = checkPlanted(JSON.parse(readFileSync(reportPath, 'utf8')), big.planted, benchDir);
  printCheck('pdguard', check);
  const run = await measure(node, args('/dev/null'), { cwd: benchDir });
  checkStatus('pdguard scan big.txt', run);
  const rssMb = run.peakRssBytes / MiB;
  log(`  ${fmtMb(big.bytes)} in ${fmtTime(run.ms)} (${Math.round(big.bytes / MiB / (run.ms / 1000))} MB/s), peak RSS ${Math.round(rssMb)} MB (warm-up run: ${fmtMb(warm.peakRssBytes)})`);
  return {
    ok: check.missed.length === 0,
    rows: [
      { benchmark: `peak RSS, ${options.bigMb >= 1024 ? `${+(options.bigMb / 1024).toFixed(1)} GB` : `${options.bigMb} MB`} file`, pdguard: `${Math.round(rssMb)} MB`, baseline: '-', ratio: '-', target: '< 200 MB', met: rssMb < 200 },
      { benchmark: `  time for that file`, pdguard: fmtTime(run.ms), baseline: '-', ratio: '-', target: '-', met: null },
      { benchmark: `planted tokens found (big file)`, pdguard: `${check.found}/${check.planted}`, baseline: '-', ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      bytes: big.bytes,
      ms: run.ms,
      peakRssMb: rssMb,
      warmUpPeakRssMb: warm.peakRssBytes / MiB,
      target: { peakRssMb: 200 },
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}

async function benchStartup() {
  // One small file, outside any git work tree, so nothing but start-up and one read is measured.
  const small = mkdtempSync(join(tmpdir(), 'pdguard-bench-'));
  try {
    const rng = new Rng(7);
    const pools = makePools(rng);
    writeFileSync(join(small, 'app.ts'), `${fillerLines(rng, pools, FILE_TYPES[0], 2000).join('\n')}\n`);
    const probe = spawnSync(node, [cli, 'scan', small, '--format', 'json'], { encoding: 'utf8' });
    if (probe.status !== 0) fail(`pdguard scan of one small file failed (exit ${probe.status}):\n${probe.stderr}`);
    const filesScanned = JSON.parse(probe.stdout).scan.filesScanned;
    if (filesScanned !== 1) log(`  warning: pdguard scanned ${filesScanned} files in ${small}, expected 1`);

    const commands = {
      bare: [node, '-e', '0'],
      version: [node, cli, '--version'],
      scan: [node, cli, 'scan', small],
    };
    const exportPath = join(small, 'hyperfine.json');
    const result = spawnSync(
      'hyperfine',
      ['-N', '--warmup', '3', '--runs', '30', '--style', 'none', '--export-json', exportPath, ...Object.values(commands).map((argv) => argv.map(shq).join(' '))],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) fail(`hyperfine failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
    const [bare, version, scan] = JSON.parse(readFileSync(exportPath, 'utf8')).results.map((r) => r.mean * 1000);
    const ratio = (ms) => ms / bare;
    log(`  node -e 0 ${fmtTime(bare)}, --version ${fmtTime(version)}, scan one small file ${fmtTime(scan)} (hyperfine means of 30 runs)`);
    return {
      ok: true,
      rows: [
        { benchmark: '--version vs node -e 0', pdguard: fmtTime(version), baseline: fmtTime(bare), ratio: fmtRatio(ratio(version), 2), target: '<= 1.5x', met: ratio(version) <= 1.5 },
        { benchmark: 'scan 1 small file vs node -e 0', pdguard: fmtTime(scan), baseline: fmtTime(bare), ratio: fmtRatio(ratio(scan), 2), target: '-', met: null },
      ],
      details: { nodeMs: bare, versionMs: version, scanSmallMs: scan, versionRatio: ratio(version), scanSmallRatio: ratio(scan), target: { versionRatio: 1.5 } },
    };
  } finally {
    rmSync(small, { recursive: true, force: true });
  }
}

/** The synthetic history (generated on first use, then cached): shared by `history` and `staged`. */
function historyParams(options) {
  return { historyGenerator: HISTORY_GENERATOR_VERSION, historyCommits: options.historyCommits, historyMb: options.historyMb, seed: options.seed };
}
async function historyData(options) {
  return cached('history.git', historyParams(options), (dir) => generateHistory(dir, options));
}

/** The pids below a process, from /proc/<pid>/task/<tid>/children. */
function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    let tasks;
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        out.push(child);
        stack.push(child);
      }
    }
  }
  return out;
}

/**
 * Run a command (a pipeline: `sh -c`) to completion: wall time, and the peak resident set (VmHWM)
 * of the process and of each process below it, polled from /proc every 20 ms. VmHWM only grows,
 * so a poll misses at most what a process adds in its last 20 ms.
 */
function measureTree(argv, { cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const peaks = new Map(); // pid -> { command, kb }
    const label = (pid) => {
      // "git log", "git cat-file", "node scan": the program and its subcommand, past any -c options.
      try {
        const words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const program = words[0].split('/').pop();
        let i = 1;
        while (i < words.length && words[i].startsWith('-')) i += words[i] === '-c' ? 2 : 1;
        const sub = words[i]?.endsWith('.js') ? words[i + 1] : words[i];
        return sub && !sub.includes('/') ? `${program} ${sub}` : program;
      } catch {
        return null;
      }
    };
    const memory = (pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
        return { kb: field('VmHWM'), anonKb: field('RssAnon') };
      } catch {
        return { kb: 0, anonKb: 0 };
      }
    };
    const poll = () => {
      for (const pid of [child.pid, ...descendants(child.pid)]) {
        const command = label(pid);
        if (!command) continue;
        const { kb, anonKb } = memory(pid);
        const entry = peaks.get(pid);
        // A child shows its parent's command line and memory until it execs: count from the exec on.
        if (!entry || entry.command !== command) peaks.set(pid, { command, kb, anonKb });
        else {
          entry.kb = Math.max(entry.kb, kb);
          entry.anonKb = Math.max(entry.anonKb, anonKb);
        }
      }
    };
    const timer = setInterval(poll, 20);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(timer);
      const self = peaks.get(child.pid) ?? { kb: 0, anonKb: 0 };
      peaks.delete(child.pid);
      resolve({
        ms,
        status: signal ? `signal ${signal}` : status,
        stderr: Buffer.concat(stderr).toString('utf8'),
        peakRssBytes: self.kb * 1024,
        peakAnonBytes: self.anonKb * 1024,
        // git's RSS is mostly the pack files it maps (page cache, shared), hence the anonymous part apart.
        children: [...peaks.values()].filter((p) => p.kb > 0).map((p) => ({ command: p.command, peakRssMb: p.kb / 1024, peakAnonMb: p.anonKb / 1024 })),
      });
    });
  });
}

/** Compare a history report with the planted tokens: each by secret hash, commit and path. */
function checkHistoryPlanted(report, planted) {
  const key = (hash, sha, path) => `${hash}\0${sha}\0${path}`;
  const found = new Set(report.findings.map((f) => key(f.secretHash, f.commit?.sha, f.path)));
  const expected = new Set();
  const missed = [];
  for (const p of planted) {
    const hash = sha256(p.secret);
    expected.add(key(hash, p.commit, p.path));
    if (found.has(key(hash, p.commit, p.path))) continue;
    const instead = report.findings.filter((f) => f.secretHash === hash).map((f) => `${f.commit?.sha.slice(0, 12)} ${f.path}:${f.line}`);
    missed.push({ ...p, instead });
  }
  const unexpected = report.findings.filter((f) => !expected.has(key(f.secretHash, f.commit?.sha, f.path)));
  return { planted: planted.length, found: planted.length - missed.length, missed, unexpected };
}

function printHistoryCheck(check) {
  log(`  pdguard history: found ${check.found}/${check.planted} planted tokens at the right commit and path`);
  for (const m of check.missed) {
    log(`    MISSED ${m.kind}: ${m.commit.slice(0, 12)} ${m.path}${m.instead.length ? ` (reported at ${m.instead.join(', ')} instead)` : ''}`);
  }
  if (check.unexpected.length) {
    log(`  ${check.unexpected.length} finding(s) besides the planted tokens (false positives, or one token reported twice):`);
    for (const f of check.unexpected.slice(0, 8)) log(`    ${f.commit?.sha.slice(0, 12)} ${f.path}:${f.line} ${f.ruleId} ${f.secret}`);
  }
}

const best = (runs) => runs.reduce((x, y) => (y.ms < x.ms ? y : x));

/**
 * What the diff-based scan found of the planted tokens, counted as pdguard's is: at the commit
 * that introduced each. Its report gives lines of the `git log -p` stream only, so the stream is
 * read once more (without scanning) to know each line's commit and whether git added it: a match
 * in a hunk header (git's function context) or in a later commit is not the leak found.
 */
async function checkDiffPlanted(repo, report, planted) {
  const wanted = new Map(); // line number -> secret hashes matched there
  for (const f of report.findings) {
    if (!wanted.has(f.line)) wanted.set(f.line, []);
    wanted.get(f.line).push(f.secretHash);
  }
  const found = new Set(); // hash \0 commit, for matches on added lines
  const anywhere = new Set(report.findings.map((f) => f.secretHash));
  const child = spawn('git', ['log', '-p', '-U0', '--all'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
  let commit = '';
  let lineNumber = 0;
  let rest = '';
  const onLine = (line) => {
    lineNumber++;
    if (line.startsWith('commit ')) commit = line.slice(7, 47);
    const hashes = wanted.get(lineNumber);
    if (hashes && line.startsWith('+') && !line.startsWith('+++ ')) for (const h of hashes) found.add(`${h}\0${commit}`);
  };
  for await (const chunk of child.stdout) {
    const text = rest + chunk.toString('latin1');
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      onLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) onLine(rest);
  const missed = planted.filter((p) => !found.has(`${sha256(p.secret)}\0${p.commit}`));
  return { planted: planted.length, found: planted.length - missed.length, missed, elsewhere: missed.filter((p) => anywhere.has(sha256(p.secret))).length };
}

async function benchHistory(options) {
  const history = await historyData(options);
  const repo = join(benchDir, 'history.git');
  log(`  ${history.commits} commits (${history.merges} merges), ${history.blobs} blobs, ${fmtMb(history.bytes)} of blob content, pack ${fmtMb(history.packBytes)}; ${history.branches.length} branches, ${history.tags} tags; ${history.planted.length} planted tokens`);

  // The baselines. `git rev-list --objects` prints "<oid> <path>", and `cat-file --batch` takes a
  // whole line as the object's name, so the pipeline as usually written answers "missing" for
  // every tree and blob and dumps commits only: --no-object-names makes it dump every object.
  const catFile = 'git rev-list --objects --no-object-names --all | git cat-file --batch > /dev/null';
  const diffReport = join(benchDir, 'history.diff-report.json');
  const diffScan = (output) => `git log -p -U0 --all | ${shq(node)} ${shq(cli)} scan - --format json --output ${shq(output)}`;
  const pdguard = (output) => [node, cli, 'history', '--repo', repo, '--format', 'json', '--output', output];

  // What git holds: pdguard must scan the same blobs, and every one of them.
  const objects = spawnSync('sh', ['-c', "git rev-list --objects --no-object-names --all | git cat-file --batch-check='%(objecttype) %(objectsize)'"], { cwd: repo, encoding: 'utf8', maxBuffer: 1024 * MiB });
  if (objects.status !== 0) fail(`git rev-list | git cat-file --batch-check failed:\n${objects.stderr}`);
  const git = { objects: 0, blobs: 0, blobBytes: 0, bytes: 0 };
  for (const line of objects.stdout.split('\n')) {
    if (!line) continue;
    const [type, size] = line.split(' ');
    git.objects++;
    git.bytes += Number(size);
    if (type === 'blob') {
      git.blobs++;
      git.blobBytes += Number(size);
    }
  }

  // Warm-up runs: fill the page cache, and give the reports to check.
  const reportPath = join(benchDir, 'history.report.json');
  const warm = await measureTree(pdguard(reportPath));
  checkStatus('pdguard history (warm-up)', warm);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const check = checkHistoryPlanted(report, history.planted);
  printHistoryCheck(check);
  log(`  pdguard: ${report.scan.commitsScanned} commits, ${report.scan.blobsScanned} blobs, ${fmtMb(report.scan.bytesScanned)}, ${report.scan.skipped.length} skipped; git: ${git.blobs} blobs, ${fmtMb(git.blobBytes)} (${git.objects} objects, ${fmtMb(git.bytes)} in all)`);
  const sameBlobs = report.scan.blobsScanned === git.blobs && report.scan.bytesScanned === git.blobBytes;
  if (!sameBlobs) log('  warning: pdguard did not scan exactly the blobs git lists');
  // Anything pdguard says on stderr with --output and no TTY is worth a look (warnings, say).
  const stderrLines = [...new Set(warm.stderr.split('\n').filter(Boolean))];
  if (stderrLines.length) {
    log(`  pdguard history wrote ${warm.stderr.split('\n').filter(Boolean).length} line(s) to stderr; distinct:`);
    for (const line of stderrLines.slice(0, 5)) log(`    ${line.slice(0, 200)}`);
  }
  checkStatus('git rev-list | git cat-file --batch (warm-up)', await measureTree(['sh', '-c', catFile], { cwd: repo }), [0]);
  const diffWarm = await measureTree(['sh', '-c', diffScan(diffReport)], { cwd: repo });
  checkStatus('git log -p -U0 --all | pdguard scan - (warm-up)', diffWarm);
  const diff = JSON.parse(readFileSync(diffReport, 'utf8'));
  const diffCheck = await checkDiffPlanted(repo, diff, history.planted);
  const missedKinds = [...new Set(diffCheck.missed.map((p) => p.kind))];
  log(`  diff-based scan: ${fmtMb(diff.scan.bytesScanned)} of diff text; ${diffCheck.found}/${diffCheck.planted} planted tokens on an added line of the right commit${missedKinds.length ? ` (missed: ${missedKinds.join('; ')})` : ''}`);
  if (diffCheck.elsewhere) log(`    ${diffCheck.elsewhere} of those missed were matched elsewhere in the diff only: in hunk headers (git's function context) or later commits`);

  // Timed runs, the three alternated so that drift in machine load affects them alike.
  const pd = [];
  const cf = [];
  const df = [];
  for (let i = 0; i < options.runs; i++) {
    const a = await measureTree(pdguard('/dev/null'));
    checkStatus('pdguard history', a);
    pd.push(a);
    const b = await measureTree(['sh', '-c', catFile], { cwd: repo });
    checkStatus('git rev-list | git cat-file --batch', b, [0]);
    cf.push(b);
    const c = await measureTree(['sh', '-c', diffScan('/dev/null')], { cwd: repo });
    checkStatus('git log -p -U0 --all | pdguard scan -', c);
    df.push(c);
  }
  const pdBest = best(pd);
  const cfBest = best(cf);
  const dfBest = best(df);
  const catRatio = pdBest.ms / cfBest.ms;
  const diffRatio = pdBest.ms / dfBest.ms;
  // Memory: the worst of all pdguard runs, its own process (node); git's children apart.
  const all = [warm, ...pd];
  const peakMb = Math.max(...all.map((r) => r.peakRssBytes)) / MiB;
  const gitPeaks = {};
  for (const r of all) {
    for (const c of r.children) {
      const p = (gitPeaks[c.command] ??= { peakRssMb: 0, peakAnonMb: 0 });
      p.peakRssMb = Math.max(p.peakRssMb, c.peakRssMb);
      p.peakAnonMb = Math.max(p.peakAnonMb, c.peakAnonMb);
    }
  }
  const mbps = (ms) => Math.round(git.blobBytes / MiB / (ms / 1000));
  log(`  pdguard history:        ${pd.map((r) => fmtTime(r.ms)).join(', ')} (${mbps(pdBest.ms)} MB/s of blobs; peak RSS ${Math.round(peakMb)} MB)`);
  log(`  git rev-list|cat-file:  ${cf.map((r) => fmtTime(r.ms)).join(', ')} (${mbps(cfBest.ms)} MB/s)`);
  log(`  git log -p -U0|scan -:  ${df.map((r) => fmtTime(r.ms)).join(', ')}`);
  log(`  git under pdguard, peak RSS (anonymous, the rest is the mapped pack): ${Object.entries(gitPeaks).map(([c, p]) => `${c} ${Math.round(p.peakRssMb)} MB (${Math.round(p.peakAnonMb)} MB)`).join(', ')}`);

  const size = git.blobBytes >= 1024 * MiB ? `${(git.blobBytes / 1024 / MiB).toFixed(1)} GB` : fmtMb(git.blobBytes);
  const label = `${history.commits.toLocaleString('en-US')} commits, ${size}`;
  return {
    ok: check.missed.length === 0 && sameBlobs,
    rows: [
      { benchmark: `history (${label}) vs rev-list|cat-file`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(cfBest.ms), ratio: fmtRatio(catRatio, 2), target: '<= 2x (aim 1.3x)', met: catRatio <= 2 },
      { benchmark: `history vs git log -p -U0 | scan -`, pdguard: fmtTime(pdBest.ms), baseline: fmtTime(dfBest.ms), ratio: fmtRatio(diffRatio, 2), target: '< 1x', met: diffRatio < 1 },
      { benchmark: `peak RSS, history scan (node)`, pdguard: `${Math.round(peakMb)} MB`, baseline: '-', ratio: '-', target: '<= 512 MB (aim 256)', met: peakMb <= 512 },
      { benchmark: `blobs scanned (history; baseline: git)`, pdguard: `${report.scan.blobsScanned}`, baseline: `${git.blobs}`, ratio: '-', target: 'the same', met: sameBlobs },
      { benchmark: `planted tokens found (history; baseline: diff)`, pdguard: `${check.found}/${check.planted}`, baseline: `${diffCheck.found}/${diffCheck.planted}`, ratio: '-', target: 'all', met: check.missed.length === 0 },
    ],
    details: {
      history: { ...historyParams(options), commits: history.commits, merges: history.merges, blobs: history.blobs, bytes: history.bytes, packBytes: history.packBytes, files: history.files, renames: history.renames, deletes: history.deletes, branches: history.branches, tags: history.tags },
      git: { ...git, sameBlobsAsPdguard: sameBlobs },
      pdguard: { bestMs: pdBest.ms, runsMs: pd.map((r) => r.ms), warmUpMs: warm.ms, stderr: stderrLines.slice(0, 5), peakRssMb: peakMb, peakAnonMb: Math.max(...all.map((r) => r.peakAnonBytes)) / MiB, runsPeakRssMb: all.map((r) => r.peakRssBytes / MiB), gitPeakRssMb: gitPeaks, mbPerSecond: mbps(pdBest.ms), commitsScanned: report.scan.commitsScanned, blobsScanned: report.scan.blobsScanned, bytesScanned: report.scan.bytesScanned, skipped: report.scan.skipped.length },
      catFile: { command: catFile, bestMs: cfBest.ms, runsMs: cf.map((r) => r.ms), mbPerSecond: mbps(cfBest.ms) },
      diffScan: { command: diffScan('/dev/null'), bestMs: dfBest.ms, runsMs: df.map((r) => r.ms), diffBytes: diff.scan.bytesScanned, planted: { planted: diffCheck.planted, found: diffCheck.found, matchedElsewhereOnly: diffCheck.elsewhere, missed: diffCheck.missed.map((p) => ({ kind: p.kind, commit: p.commit, path: p.path })) }, children: Object.fromEntries([diffWarm, ...df].flatMap((r) => r.children).map((c) => [c.command, { peakRssMb: c.peakRssMb, peakAnonMb: c.peakAnonMb }])) },
      ratios: { catFile: catRatio, diffScan: diffRatio },
      target: { catFileRatio: 2, catFileRatioAim: 1.3, diffScanRatio: 1, peakRssMb: 512, peakRssMbAim: 256 },
      planted: { planted: check.planted, found: check.found, missed: check.missed, unexpected: check.unexpected.map((f) => ({ commit: f.commit?.sha, path: f.path, line: f.line, ruleId: f.ruleId })) },
    },
  };
}

/** Run git in a directory; fail the run when it fails. */
function gitIn(dir, args, what = `git ${args[0]}`) {
  const result = spawnSync('git', ['-c', 'user.name=pdguard bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * MiB });
  if (result.status !== 0) fail(`${what} in ${dir} failed:\n${result.stderr}`);
  return result.stdout;
}

/**
 * `pdguard staged` with one small file staged in an index of 5,000 files: in a clone of the long
 * history, and in a repository holding the same files in one commit. Start-up plus git's work on
 * the index should be all it costs, whatever the history's length.
 */
async function benchStaged(options) {
  const history = await historyData(options);
  const source = join(benchDir, 'history.git');
  const long = join(benchDir, 'staged-long');
  const short = join(benchDir, 'staged-short');
  // A local clone hard-links the objects: cheap, and the same long history.
  await cached('staged-long', historyParams(options), (dir) => {
    gitIn(benchDir, ['clone', '-q', '--branch', 'main', source, dir], 'git clone');
    return {};
  });
  // The same 5,000 files, committed once.
  await cached('staged-short', historyParams(options), (dir) => {
    mkdirSync(dir, { recursive: true });
    gitIn(dir, ['init', '-q', '--initial-branch=main']);
    const tar = spawnSync('sh', ['-c', `git --git-dir=${shq(source)} archive main | tar -x -C ${shq(dir)}`], { encoding: 'utf8' });
    if (tar.status !== 0) fail(`git archive | tar failed:\n${tar.stderr}`);
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '-q', '-m', 'Import the monorepo']);
    return {};
  });

  // The staged change: a few lines added to a small file (the same one in both repositories).
  const listing = gitIn(long, ['ls-tree', '-r', '-l', '-z', 'HEAD']).split('\0').filter(Boolean);
  const small = listing
    .map((entry) => /^\d+ blob [0-9a-f]+ +(\d+)\t(.*)$/s.exec(entry))
    .find((m) => m && Number(m[1]) >= 500 && Number(m[1]) <= 3000 && /\.(ts|py|yaml)$/.test(m[2]))?.[2];
  if (!small) fail('no small file to stage in the history');
  const stage = (dir, extra) => {
    const original = gitIn(dir, ['show', `HEAD:${small}`]);
    writeFileSync(join(dir, small), `${original}${extra}`);
    gitIn(dir, ['add', '--', small]);
  };
  const indexSize = (dir) => gitIn(dir, ['ls-files', '-z']).split('\0').filter(Boolean).length;
  const commitCount = (dir) => Number(gitIn(dir, ['rev-list', '--count', '--all']).trim());
  const repos = { short: { dir: short }, long: { dir: long } };
  for (const repo of Object.values(repos)) {
    repo.files = indexSize(repo.dir);
    repo.commits = commitCount(repo.dir);
  }
  log(`  ${small} staged in two repositories of ${repos.long.files} files: ${repos.short.commits} commit and ${repos.long.commits.toLocaleString('en-US')} commits`);

  // First: staged finds a token the commit adds, and only that.
  const rng = new Rng(options.seed + 3);
  const token = new FakeTokens(rng).rest();
  const check = { planted: 0, found: 0 };
  for (const repo of Object.values(repos)) {
    stage(repo.dir, `# rotate monthly\nPAGERDUTY_TOKEN = "${token}"\n`);
    const probe = spawnSync(node, [cli, 'staged', '--repo', repo.dir, '--format', 'json'], { encoding: 'utf8' });
    if (probe.status !== 1) fail(`pdguard staged with a token staged: exit ${probe.status}, expected 1:\n${probe.stderr}`);
    const findings = JSON.parse(probe.stdout).findings;
    check.planted++;
    if (findings.length === 1 && findings[0].secretHash === sha256(token) && findings[0].path === small) check.found++;
    else log(`  MISSED: staged in ${repo.dir}: ${JSON.stringify(findings.map((f) => `${f.path}:${f.line}`))}`);
  }
  // Then the measured change: no token.
  for (const repo of Object.values(repos)) {
    stage(repo.dir, `retry_budget = ${rng.int(2, 9)}\n# keep in step with the escalation policy\n`);
    const probe = spawnSync(node, [cli, 'staged', '--repo', repo.dir, '--format', 'json'], { encoding: 'utf8' });
    if (probe.status !== 0) fail(`pdguard staged (clean change) exit ${probe.status}:\n${probe.stderr}${probe.stdout}`);
    const scan = JSON.parse(probe.stdout).scan;
    if (scan.blobsScanned !== 1) log(`  warning: pdguard staged scanned ${scan.blobsScanned} blobs in ${repo.dir}, expected 1`);
  }

  const commands = {
    bare: [node, '-e', '0'],
    short: [node, cli, 'staged', '--repo', short],
    long: [node, cli, 'staged', '--repo', long],
  };
  const exportPath = join(benchDir, 'staged.hyperfine.json');
  const result = spawnSync(
    'hyperfine',
    ['-N', '--warmup', '5', '--runs', '30', '--style', 'none', '--export-json', exportPath, ...Object.values(commands).map((argv) => argv.map(shq).join(' '))],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    // Say which command failed, and how.
    const failed = Object.values(commands).map((argv) => ({ argv, run: spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' }) })).find((c) => c.run.status !== 0);
    fail(`hyperfine failed (exit ${result.status}):\n${result.stderr || result.stdout}${failed ? `\n${failed.argv.join(' ')} exits ${failed.run.status}:\n${failed.run.stderr}${failed.run.stdout}` : ''}`);
  }
  const [bare, shortMs, longMs] = JSON.parse(readFileSync(exportPath, 'utf8')).results.map((r) => r.mean * 1000);
  const ratio = (ms) => ms / bare;
  const growth = longMs / shortMs;
  log(`  node -e 0 ${fmtTime(bare)}; staged: ${fmtTime(shortMs)} with 1 commit, ${fmtTime(longMs)} with ${repos.long.commits.toLocaleString('en-US')} (hyperfine means of 30 runs)`);
  const files = repos.long.files.toLocaleString('en-US');
  return {
    ok: check.found === check.planted,
    rows: [
      { benchmark: `staged, ${files} files, 1 commit vs node -e 0`, pdguard: fmtTime(shortMs), baseline: fmtTime(bare), ratio: fmtRatio(ratio(shortMs), 2), target: '<= 3x (aim 2x)', met: ratio(shortMs) <= 3 },
      { benchmark: `staged, ${files} files, ${repos.long.commits.toLocaleString('en-US')} commits vs node -e 0`, pdguard: fmtTime(longMs), baseline: fmtTime(bare), ratio: fmtRatio(ratio(longMs), 2), target: '<= 3x (aim 2x)', met: ratio(longMs) <= 3 },
      { benchmark: `  long history vs 1 commit`, pdguard: fmtTime(longMs), baseline: fmtTime(shortMs), ratio: fmtRatio(growth, 2), target: '~1x (<= 1.1x)', met: growth <= 1.1 },
      { benchmark: `planted tokens found (staged)`, pdguard: `${check.found}/${check.planted}`, baseline: '-', ratio: '-', target: 'all', met: check.found === check.planted },
    ],
    details: {
      stagedFile: small,
      repositories: { short: { files: repos.short.files, commits: repos.short.commits }, long: { files: repos.long.files, commits: repos.long.commits } },
      nodeMs: bare,
      shortMs,
      longMs,
      ratios: { short: ratio(shortMs), long: ratio(longMs), longVsShort: growth },
      target: { ratio: 3, ratioAim: 2 },
      planted: check,
    },
  };
}

const BENCHMARKS = [
  { name: 'tree', title: 'Scan throughput vs ripgrep', needs: ['rg'], run: benchTree },
  { name: 'big', title: 'Peak memory on one big file', needs: [], run: benchBigFile },
  { name: 'startup', title: 'Start-up', needs: ['hyperfine'], run: benchStartup },
  { name: 'history', title: 'Full git history vs git alone and vs a diff-based scan', needs: ['git'], run: benchHistory },
  { name: 'staged', title: 'pdguard staged in an index of 5,000 files', needs: ['git', 'hyperfine'], run: benchStaged },
];

// ---------------------------------------------------------------------------------------------
// Main

/**
 * How much CPU other processes used while a benchmark ran: all the machine's busy time (from
 * /proc/stat) less this script's and its waited-for children's (from /proc/self/stat), in CPUs.
 * Ratios hold on a slower machine, not on a busy one: pipelines (pdguard and git) lose a core.
 */
function cpuMeter() {
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const [utime, stime, cutime, cstime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal, ours: utime + stime + cutime + cstime };
  };
  let start;
  try {
    start = sample();
  } catch {
    return () => null; // no /proc
  }
  return () => {
    const end = sample();
    // /proc/stat counts per CPU, /proc/self/stat per process: both in clock ticks.
    const elapsed = (end.total - start.total) / cpus().length;
    return elapsed > 0 ? Math.max(0, (end.busy - start.busy - (end.ours - start.ours)) / elapsed) : 0;
  };
}

function printTable(rows) {
  const header = { benchmark: 'benchmark', pdguard: 'pdguard', baseline: 'baseline', ratio: 'ratio', target: 'target', met: null };
  const columns = ['benchmark', 'pdguard', 'baseline', 'ratio', 'target'];
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(...[header, ...rows].map((r) => r[c].length)) + 3]));
  const render = (r) => columns.map((c) => r[c].padEnd(width[c])).join('') + (r.met === false ? 'MISSED' : r.met ? 'ok' : '');
  log('');
  log(render(header));
  for (const row of rows) log(render(row));
}

async function main() {
  const options = parseOptions();
  const selected = BENCHMARKS.filter((b) => options.only.includes(b.name));

  // The tools the selected benchmarks need, before any long work.
  const tools = { rg: toolVersion('rg'), hyperfine: toolVersion('hyperfine'), git: toolVersion('git') };
  const missing = [...new Set(selected.flatMap((b) => b.needs))].filter((tool) => !tools[tool]);
  if (missing.length) {
    const packages = missing.map((t) => (t === 'rg' ? 'ripgrep' : t)).join(' ');
    fail(`${missing.join(' and ')} not found on PATH; install with: apt-get install ${packages}\n(or leave those benchmarks out with --only)`, 2);
  }
  if (!existsSync(TIME)) log(`note: ${TIME} not found; peak memory is read from /proc/<pid>/status instead`);

  mkdirSync(benchDir, { recursive: true });
  log('building (node scripts/build.mjs) so that the current sources are measured...');
  const build = spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
  // Measure a copy of this build: a checkout shared with someone running the build or the tests
  // (which rebuild dist/) would otherwise swap the files under a run. pdguard finds its patterns/
  // and package.json next to dist/, and bundles everything else.
  const snapshot = dirname(dirname(cli));
  rmSync(snapshot, { recursive: true, force: true });
  for (const entry of ['dist', 'patterns', 'package.json']) cpSync(join(root, entry), join(snapshot, entry), { recursive: true });

  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    rg: tools.rg,
    hyperfine: tools.hyperfine,
    git: tools.git,
    time: existsSync(TIME) ? TIME : 'poll /proc/<pid>/status VmHWM',
  };
  log(`${machine.cpus} CPUs (${machine.cpu}), node ${machine.node}, ${tools.rg ?? 'no rg'}, ${tools.hyperfine ?? 'no hyperfine'}`);

  const rows = [];
  const results = {};
  let ok = true;
  const busy = [];
  for (const benchmark of selected) {
    log(`\n== ${benchmark.title} (${benchmark.name})`);
    const meter = cpuMeter();
    const outcome = await benchmark.run(options);
    const others = meter();
    if (others > 0.15) {
      log(`  note: other processes used ${others.toFixed(2)} of the ${cpus().length} CPUs meanwhile, on average: these figures suffer`);
      busy.push({ benchmark: benchmark.name, otherCpus: others });
    }
    rows.push(...outcome.rows);
    results[benchmark.name] = outcome.details;
    ok &&= outcome.ok;
  }

  // Real material named on the command line, with this build and (--against) another one.
  if (options.trees.length || options.repos.length) {
    const label = (dir) => {
      const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout?.trim() || basename(dir);
      const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'patterns'], { cwd: dir, encoding: 'utf8' }).stdout?.trim();
      return `${sha}${dirty ? '+' : ''}`;
    };
    const builds = [{ label: label(root), cli }];
    if (options.against) {
      const copy = join(benchDir, 'against');
      rmSync(copy, { recursive: true, force: true });
      for (const entry of ['dist', 'patterns', 'package.json']) cpSync(join(options.against, entry), join(copy, entry), { recursive: true });
      builds.push({ label: label(options.against), cli: join(copy, 'dist', 'cli.js') });
    }
    if (!tools.rg && options.trees.length) fail('rg not found on PATH; install with: apt-get install ripgrep', 2);
    const kit = { node, builds, benchDir, runs: options.runs, log, fail, measure, measureTree, checkStatus, fmtTime, fmtRatio, fmtMb, MiB, keywords: options.trees.length ? ruleKeywords() : [] };
    const real = [
      ...options.trees.map((path) => ({ name: `tree:${path}`, title: `Real material: ${path} vs ripgrep`, run: () => benchRealTree(path, kit) })),
      ...options.repos.map((path) => ({ name: `repo:${path}`, title: `Real history: ${path} vs git`, run: () => benchRealRepo(path, kit) })),
    ];
    for (const benchmark of real) {
      log(`\n== ${benchmark.title}`);
      const meter = cpuMeter();
      const outcome = await benchmark.run();
      const others = meter();
      if (others > 0.15) {
        log(`  note: other processes used ${others.toFixed(2)} of the ${cpus().length} CPUs meanwhile, on average: these figures suffer`);
        busy.push({ benchmark: benchmark.name, otherCpus: others });
      }
      rows.push(...outcome.rows);
      results[benchmark.name] = outcome.details;
      ok &&= outcome.ok;
    }
  }

  printTable(rows);
  for (const b of busy) log(`note: other processes used ${b.otherCpus.toFixed(2)} CPUs on average during '${b.benchmark}'; run again on an idle machine`);
  const resultsPath = join(benchDir, 'results.json');
  const record = {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain', '--', 'src', 'patterns', 'package.json') !== '',
    machine,
    busy,
    options,
    table: rows,
    results,
  };
  writeFileSync(resultsPath, `${JSON.stringify(record, null, 2)}\n`);
  log(`\nwritten to .bench/results.json${ok ? '' : '\nbench: pdguard missed planted tokens (see MISSED above)'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
