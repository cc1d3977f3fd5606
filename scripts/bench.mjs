#!/usr/bin/env node
// `npm run bench`: pdguard's performance figures, each measured side by side with a baseline in
// one run on this machine, so that the ratios hold even when the machine is slower or busier.
//
//   tree     scan a synthetic ~500 MB source tree vs ripgrep looking for the rules' keywords
//   big      peak memory and time for one ~1 GB file
//   startup  `--version` and a tiny scan vs a bare `node -e 0` (hyperfine)
//
// Test data is generated once (seeded, so it is reproducible) and cached under .bench/, which
// is gitignored; fake PagerDuty tokens are planted at known lines and every one must be found,
// or the script exits 1. Figures go to the terminal and to .bench/results.json.
//
// To add a benchmark (git history, say): write an async function returning { rows, details }
// and list it in BENCHMARKS.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const cli = join(root, 'dist', 'cli.js');
const node = process.execPath;
const MiB = 1024 * 1024;
/** Bump when the generators change: cached test data made by an older generator is remade. */
const GENERATOR_VERSION = 2;
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `Usage: node scripts/bench.mjs [options]   (npm run bench -- [options])

  --size-mb N   size of the synthetic source tree (default 500)
  --big-mb N    size of the single big file (default 1024)
  --runs N      timed runs per command after one warm-up; the best counts (default 3)
  --seed N      seed of the test data generator (default 1)
  --only LIST   run only these benchmarks: tree,big,startup
  -h, --help    show this help

Exit status: 0 when every planted token was found, 1 when one was missed or a command
failed, 2 on a usage error or a missing tool. Missed performance targets are shown
in the table but do not fail the run.`;

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'size-mb': { type: 'string', default: '500' },
        'big-mb': { type: 'string', default: '1024' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        only: { type: 'string' },
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
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : BENCHMARKS.map((b) => b.name);
  for (const name of only) {
    if (!BENCHMARKS.some((b) => b.name === name)) fail(`--only: unknown benchmark '${name}' (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`, 2);
  }
  return { sizeMb: number('size-mb', 1), bigMb: number('big-mb', 16), runs: number('runs', 1), seed: number('seed', 0), only };
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
function cached(name, params, make) {
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
  const made = make(tmp);
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
  const tree = cached('tree', { sizeMb: options.sizeMb, seed: options.seed }, (dir) => generateTree(dir, options));
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
  const big = cached('big.txt', { bigMb: options.bigMb, seed: options.seed }, (path) => generateBigFile(path, options));
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

const BENCHMARKS = [
  { name: 'tree', title: 'Scan throughput vs ripgrep', needs: ['rg'], run: benchTree },
  { name: 'big', title: 'Peak memory on one big file', needs: [], run: benchBigFile },
  { name: 'startup', title: 'Start-up', needs: ['hyperfine'], run: benchStartup },
];

// ---------------------------------------------------------------------------------------------
// Main

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
  const tools = { rg: toolVersion('rg'), hyperfine: toolVersion('hyperfine') };
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

  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    rg: tools.rg,
    hyperfine: tools.hyperfine,
    time: existsSync(TIME) ? TIME : 'poll /proc/<pid>/status VmHWM',
  };
  log(`${machine.cpus} CPUs (${machine.cpu}), node ${machine.node}, ${tools.rg ?? 'no rg'}, ${tools.hyperfine ?? 'no hyperfine'}`);

  const rows = [];
  const results = {};
  let ok = true;
  for (const benchmark of selected) {
    log(`\n== ${benchmark.title} (${benchmark.name})`);
    const outcome = await benchmark.run(options);
    rows.push(...outcome.rows);
    results[benchmark.name] = outcome.details;
    ok &&= outcome.ok;
  }

  printTable(rows);
  const resultsPath = join(benchDir, 'results.json');
  const record = {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain', '--', 'src', 'patterns', 'package.json') !== '',
    machine,
    options,
    table: rows,
    results,
  };
  writeFileSync(resultsPath, `${JSON.stringify(record, null, 2)}\n`);
  log(`\nwritten to .bench/results.json${ok ? '' : '\nbench: pdguard missed planted tokens (see MISSED above)'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
