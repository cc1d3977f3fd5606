#!/usr/bin/env node
// Measures pdguard's detection on the evaluation corpus (test/corpus/, format: test/corpus/README.md).
//
// Every template file is expanded with a seeded generator (nothing credential-shaped is committed),
// the expanded tree is written to a temporary directory, the real CLI scans it
// (`node dist/cli.js scan <dir> --format json --show-secrets`), and every finding is scored against
// the planted credentials and traps. It prints recall and precision overall and per top-level directory
// and lists every miss and false positive with file:line and a reason guess.
//
// It is a measuring tool, not a test: it exits 0 whatever the figures, and 2 only when it cannot
// measure (the CLI crashed, printed no JSON, or the corpus has a malformed marker).
//
//   node scripts/eval-corpus.mjs [--seed N]... [--seeds 1,2,3] [--cli PATH] [--corpus DIR]
//                                [--json FILE] [--keep] [--quiet]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

// ---------------------------------------------------------------------------------------------
// Arguments

function usage(message) {
  if (message) process.stderr.write(`eval-corpus: ${message}\n`);
  process.stderr.write(
    'usage: node scripts/eval-corpus.mjs [--seed N]... [--seeds 1,2,3] [--cli PATH] [--corpus DIR] [--json FILE] [--keep] [--quiet] [--per-directory]\n',
  );
  process.exit(2);
}

const opts = { seeds: [], cli: join(repoRoot, 'dist', 'cli.js'), corpus: join(repoRoot, 'test', 'corpus'), json: null, keep: false, quiet: false, perDirectory: false };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (name === '--seed') opts.seeds.push(Number(value()));
    else if (name === '--seeds') opts.seeds.push(...value().split(',').map(Number));
    else if (name === '--cli') opts.cli = resolve(value());
    else if (name === '--corpus') opts.corpus = resolve(value());
    else if (name === '--json') opts.json = resolve(value());
    else if (name === '--keep') opts.keep = true;
    else if (name === '--per-directory') opts.perDirectory = true;
    else if (name === '--quiet') opts.quiet = true;
    else if (name === '-h' || name === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (opts.seeds.length === 0) opts.seeds = [1, 2, 3];
  if (opts.seeds.some((s) => !Number.isInteger(s))) usage('seeds are integers');
  if (!existsSync(opts.cli)) usage(`no CLI at ${opts.cli}: run \`npm run build\` first, or pass --cli PATH`);
  if (!existsSync(opts.corpus)) usage(`no corpus at ${opts.corpus}`);
}

// ---------------------------------------------------------------------------------------------
// The generator: the same mulberry32 and alphabets as test/helpers/fake.ts, plus a few kinds.

const ALPHABETS = {
  hex: '0123456789abcdef',
  hexupper: '0123456789ABCDEF',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  lowerdigit: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upperdigit: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  digit: '0123456789',
  rest: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
};

function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  constructor(seed) {
    this.random = seededRandom(seed);
  }
  chars(set, n) {
    let out = '';
    for (let i = 0; i < n; i++) out += set[Math.floor(this.random() * set.length)];
    return out;
  }
  uuid() {
    const h = (n) => this.chars(ALPHABETS.hex, n);
    return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[Math.floor(this.random() * 4)]}${h(3)}-${h(12)}`;
  }
  /** A REST key as PagerDuty issues them: 20 characters, letters and digits with a symbol inside. */
  pdkey() {
    for (;;) {
      const k = this.chars(ALPHABETS.alnum, 1) + this.chars(ALPHABETS.rest, 17) + this.chars(ALPHABETS.digit, 1) + this.chars(ALPHABETS.alpha, 1);
      if (/[_+-]/.test(k) && /[a-z]/.test(k) && /[A-Z]/.test(k)) return k;
    }
  }
  /** An Events key as PagerDuty issues them: 32 lowercase hex with at least 4 digits and 4 letters. */
  pdevents() {
    for (;;) {
      const k = this.chars(ALPHABETS.hex, 32);
      if ((k.match(/[0-9]/g) ?? []).length >= 4 && (k.match(/[a-f]/g) ?? []).length >= 4) return k;
    }
  }
  expand(template) {
    return template.replace(/\{(hex|hexupper|alnum|alpha|upper|lower|lowerdigit|upperdigit|digit|rest|base64|base64url|uuid|pdkey|pdevents)(?::(\d+))?\}/g, (_, kind, n) => {
      if (kind === 'uuid') return this.uuid();
      if (kind === 'pdkey') return this.pdkey();
      if (kind === 'pdevents') return this.pdevents();
      return this.chars(ALPHABETS[kind], n ? Number(n) : 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Markers: ⟦RULE_ID|TEMPLATE⟧, ⟦-|TEMPLATE⟧, with optional trailing |ENCODING and |#NAME fields.

const ENCODINGS = new Set(['base64', 'json-unicode', 'url', 'json-escaped']);
const MARKER = /⟦([^|⟧\n]+)\|([^⟧\n]*)⟧/g;

function encode(raw, encoding) {
  switch (encoding) {
    case 'base64':
      return Buffer.from(raw, 'utf8').toString('base64');
    case 'json-unicode':
      return raw.replace(/\+/g, '\\u002B').replace(/\//g, '\\/');
    case 'url':
      return encodeURIComponent(raw).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    case 'json-escaped':
      return JSON.stringify(raw).slice(1, -1).replace(/\//g, '\\/');
    default:
      return raw;
  }
}

function hashSeed(seed, path) {
  const h = createHash('sha256').update(`${seed}\0${path}`).digest();
  return h.readUInt32LE(0);
}

/** Expands one template file; returns its text and the expectations (plants and traps) it holds. */
function expandFile(relPath, text, seed) {
  const gen = new Generator(hashSeed(seed, relPath));
  const named = new Map();
  const expectations = [];
  let out = '';
  let last = 0;
  let line = 1;
  let lineStart = 0; // offset of the current line's start in `out`
  const advance = (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk.charCodeAt(i) === 10) {
        line++;
        lineStart = out.length + i + 1;
      }
    }
    out += chunk;
  };
  for (const m of text.matchAll(MARKER)) {
    advance(text.slice(last, m.index));
    last = m.index + m[0].length;
    const rule = m[1].trim();
    let rest = m[2];
    let encoding = null;
    let name = null;
    for (;;) {
      const tail = /\|([^|]*)$/.exec(rest);
      if (!tail) break;
      const field = tail[1];
      if (ENCODINGS.has(field) && encoding === null) encoding = field;
      else if (/^#[\w-]+$/.test(field) && name === null) name = field.slice(1);
      else break;
      rest = rest.slice(0, tail.index);
    }
    let raw;
    const ref = /^@([\w-]+)$/.exec(rest);
    if (ref) {
      if (!named.has(ref[1])) throw new Error(`${relPath}:${line}: marker refers to @${ref[1]}, which no earlier marker names`);
      raw = named.get(ref[1]);
    } else raw = gen.expand(rest);
    if (name) named.set(name, raw);
    const written = encode(raw, encoding);
    expectations.push({
      kind: rule === '-' ? 'trap' : 'plant',
      rule: rule === '-' ? null : rule,
      path: relPath,
      line,
      column: out.length - lineStart + 1,
      secret: raw,
      written,
      encoding,
      template: rest,
      marker: m[0],
    });
    advance(written);
  }
  advance(text.slice(last));
  return { text: out, expectations };
}

// ---------------------------------------------------------------------------------------------
// Corpus

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

// A template named `X.corpus` is written as `X`: files this repository's own tooling would pick up
// under test/ (TypeScript sources for tsc, *.test.js for vitest) are stored that way.
const CORPUS_SUFFIX = '.corpus';
const realName = (rel) => (rel.endsWith(CORPUS_SUFFIX) ? rel.slice(0, -CORPUS_SUFFIX.length) : rel);
const corpusFiles = listFiles(opts.corpus)
  .map((abs) => relative(opts.corpus, abs).split(sep).join('/'))
  .filter((rel) => rel !== 'README.md')
  .map(realName);
const templates = new Map(
  listFiles(opts.corpus)
    .map((abs) => relative(opts.corpus, abs).split(sep).join('/'))
    .filter((rel) => rel !== 'README.md')
    .map((rel) => [realName(rel), readFileSync(join(opts.corpus, rel), 'utf8')]),
);
// Placeholders outside markers are not expanded (the text stays literal): warn, it is usually a slip.
for (const [rel, text] of templates) {
  text.split('\n').forEach((l, i) => {
    const outside = l.replace(MARKER, '');
    const m = /\{(?:hex|hexupper|alnum|alpha|upper|lower|lowerdigit|upperdigit|digit|rest|base64|base64url):\d+\}|\{(?:pdkey|pdevents)\}/.exec(outside);
    if (m) process.stderr.write(`eval-corpus: warning: ${rel}:${i + 1}: placeholder ${m[0]} outside a marker stays literal\n`);
  });
}
const formatOf = (rel) => (rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '(root)');

// ---------------------------------------------------------------------------------------------
// Scoring helpers

const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex');
const overlaps = (a, b) => a.length >= 6 && b.length >= 6 && (a.includes(b) || b.includes(a));

function lineAt(text, n) {
  const lines = text.split('\n');
  return lines[n - 1] ?? '';
}

const OTHER_VENDOR = /victorops|splunk[-_ ]?on[-_ ]?call|opsgenie|datadog|\bdd_|slack|sentry|github|gitlab|newrelic|new_relic|bugsnag|rollbar|mailgun|twilio|stripe|honeycomb|pushover|statuspage|grafana_cloud|sonar|npm_token|aws_|firebase|segment|algolia|launchdarkly/i;

/** A short guess at why a planted credential was missed, from the template file around it. */
function missReason(exp, template) {
  // Markers name rules (pagerduty-…): blank them so that only the file's own words count.
  const lines = template.split('\n').map((l) => l.replace(MARKER, 'VALUE'));
  const idx = exp.line - 1;
  const text = lines[idx] ?? '';
  const reasons = [];
  if (exp.encoding) reasons.push(`encoded value (${exp.encoding})`);
  if (/\\"|\\n/.test(text)) reasons.push('inside an escaped string (JSON/code in a string)');
  if (/\\\//.test(text)) reasons.push('escaped slashes (https:\\/\\/)');
  const prev = lines.slice(Math.max(0, idx - 3), idx).join('\n');
  if (/^\s*(?:-\s*)?(?:"?value"?\s*[:=]|value\s+=)/i.test(text) || /<value>/.test(text)) {
    if (/(?:name|key|id|Name|Key)"?\s*[:=]\s*["']?[^\n]*(?:pager|pd)/i.test(prev) || /name=["'][^"']*(?:pager|pd)/i.test(prev)) reasons.push('name and value in separate fields');
    else reasons.push('value field; its name is elsewhere');
  }
  if (/\b(?:name|key)"?\s*:\s*[^,}]+,\s*"?value"?\s*:/i.test(text)) reasons.push('name and value in separate fields (one-line map)');
  if (/\b(?:key|name)=["'][^"']*["'][^>]*\bvalue=/i.test(text) || /<property\s+name=/i.test(text)) reasons.push('name and value in separate XML attributes');
  if (/--name\b|--value\b|--secret-string\b/.test(text + prev)) reasons.push('CLI call with --name/--value');
  if (/:\s*(?:&(?:'static\s+)?str|String|string|str)\b\s*=/.test(text)) reasons.push('typed declaration');
  if (/\b(?:new\s+[\w.\\]+|[\w.:]+(?:Client|Session|Builder|Connection|Events?V?2?|Manager|Provider|create|build|newBuilder|api|event)|[\w.]+::new|[\w.]+\.new|String::from|[\w.]+\.(?:create|build))\s*\(/.test(text))
    reasons.push('client constructor or call argument');
  if (/^\s*(?:SetEnv|PassEnv|SetEnvIf)\s+\w+\s+\S/.test(text)) reasons.push('space-separated name and value (SetEnv-style)');
  if (/--(?:body|set(?:-string)?|from-literal|token|value|secret-string)\b|\bkv put\b|\s-[kt]\s/.test(text)) reasons.push('CLI argument');
  if (/Token\s+token=/i.test(text)) reasons.push('Authorization header; PagerDuty host elsewhere');
  if (/,/.test(text) && /\.csv$/.test(exp.path)) reasons.push('CSV row: context in the header or another cell');
  if (/^\s*\|/.test(text)) reasons.push('Markdown table row: context in the header');
  if (/\.sql$/i.test(exp.path)) reasons.push('SQL statement: context in another column or the WHERE clause');
  const onLine = /pager.?duty|\bpd[_-]/i.test(text);
  if (!onLine) {
    let dist = -1;
    for (let i = idx - 1; i >= 0; i--)
      if (/pager.?duty/i.test(lines[i])) {
        dist = idx - i;
        break;
      }
    let below = -1;
    for (let i = idx + 1; i < lines.length; i++)
      if (/pager.?duty/i.test(lines[i])) {
        below = i - idx;
        break;
      }
    if (dist < 0 && below < 0) reasons.push(/pager.?duty|\bpd\b|\.pd\./i.test(exp.path) ? 'only the file path names PagerDuty' : 'no PagerDuty word in the file');
    else if (dist > 100) reasons.push(`far structure: PagerDuty named ${dist} lines above`);
    else if (dist > 0 && /type|vendor|kind|provider|destination|contact_name|uses:|name:/i.test(lines[idx - dist])) reasons.push(`PagerDuty named by a sibling/discriminator ${dist} line(s) above`);
    else if (dist > 0) reasons.push(`PagerDuty named ${dist} line(s) above (ancestor, label or earlier statement)`);
    else reasons.push(`PagerDuty named only ${below} line(s) below (later statement)`);
  }
  return [...new Set(reasons)].join('; ') || 'PagerDuty on the line, but not in a name/value syntax the rules know';
}

function fpReason(exp, template) {
  const lines = template.split('\n').map((l) => l.replace(MARKER, 'VALUE'));
  const idx = exp.line - 1;
  const text = lines[idx] ?? '';
  const window = lines.slice(Math.max(0, idx - 6), idx + 1).join('\n');
  if (!/\{[a-z]+(?::\d+)?\}/.test(exp.template)) return 'literal (documented example or placeholder)';
  const vendor = window.match(OTHER_VENDOR);
  if (vendor) return `other vendor's value (${vendor[0]}) near a PagerDuty word`;
  if (/sha|hash|digest|checksum|md5|integrity|commit|etag|dedup|incident_key|trace|span|request.?id/i.test(window)) return 'hash/id near a PagerDuty word';
  if (exp.encoding) return `encoded trap (${exp.encoding})`;
  return 'random string with an unrelated PagerDuty mention';
}

// ---------------------------------------------------------------------------------------------
// One run per seed

function runSeed(seed) {
  const dir = mkdtempSync(join(tmpdir(), `pdguard-corpus-${seed}-`));
  const expectations = [];
  const expanded = new Map();
  try {
    for (const [rel, text] of templates) {
      let expandedFile;
      try {
        expandedFile = expandFile(rel, text, seed);
      } catch (err) {
        process.stderr.write(`eval-corpus: malformed corpus: ${err.message}\n`);
        rmSync(dir, { recursive: true, force: true });
        process.exit(2);
      }
      const { text: out, expectations: exps } = expandedFile;
      expanded.set(rel, out);
      expectations.push(...exps);
      const abs = join(dir, ...rel.split('/'));
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, out);
    }
    // --per-directory: each top-level directory is scanned as its own root, as the repository it
    // stands for would be (its name, `owner--repo`, is no part of the paths pdguard sees).
    const roots = opts.perDirectory ? readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()) : [''];
    let res;
    let report = { findings: [] };
    for (const root of roots) {
      res = spawnSync(process.execPath, [opts.cli, 'scan', join(dir, root), '--format', 'json', '--show-secrets', '--no-gitignore', '--no-progress'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
      });
      let part;
      try {
        part = JSON.parse(res.stdout);
      } catch {
        part = null;
      }
      if (!part || !Array.isArray(part.findings) || res.error || (res.status !== 0 && res.status !== 1)) {
        report = null;
        break;
      }
      for (const f of part.findings) report.findings.push(root ? { ...f, path: `${root}/${f.path}` } : f);
    }
    if (res.error || (res.status !== 0 && res.status !== 1) || !report || !Array.isArray(report.findings)) {
      process.stderr.write(`eval-corpus: the CLI failed (exit ${res.status}${res.signal ? `, signal ${res.signal}` : ''}) on seed ${seed}\n${res.stderr ?? ''}\n`);
      if (opts.keep) process.stderr.write(`expanded corpus kept in ${dir}\n`);
      else rmSync(dir, { recursive: true, force: true });
      process.exit(2);
    }
    if (opts.keep) process.stderr.write(`eval-corpus: expanded corpus for seed ${seed} kept in ${dir}\n`);
    return { seed, dir, expectations, expanded, report, stderr: res.stderr };
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}

// The documented shapes (shared/spec/pagerduty-credentials.md): a plant outside its rule's shape is
// a slip in the template (a 21-character "REST key"), not a miss, so say so once.
const SHAPES = {
  'pagerduty-rest-api-key': /^[A-Za-z0-9_+\/=-]{20}$/,
  'pagerduty-events-key': /^[A-Za-z0-9]{32}$/,
  'pagerduty-oauth-token': /^pd[a-z]{2}\+_[A-Za-z0-9][A-Za-z0-9_-]{19,96}$/,
  'pagerduty-classic-oauth-token': /^[a-fA-F0-9]{64}$/,
};
let shapeWarned = false;
function checkShapes(run) {
  if (shapeWarned) return;
  shapeWarned = true;
  for (const e of run.expectations) {
    const shape = e.kind === 'plant' ? SHAPES[e.rule] : null;
    if (shape && !shape.test(e.secret)) process.stderr.write(`eval-corpus: warning: ${e.path}:${e.line}: planted ${e.rule} ${JSON.stringify(e.secret)} is not in that credential's shape\n`);
  }
}

function score(run) {
  checkShapes(run);
  const byFileLine = new Map();
  for (const e of run.expectations) {
    const k = `${e.path}\0${e.line}`;
    if (!byFileLine.has(k)) byFileLine.set(k, []);
    byFileLine.get(k).push(e);
  }
  const results = { seed: run.seed, plants: [], traps: [], unexpected: [], duplicates: [], mismatches: [], skipped: run.report.scan?.skipped ?? [] };
  const matched = new Map(); // plant -> { ok, findings }
  const trapHits = new Map();
  for (const f of run.report.findings) {
    const path = String(f.path).split('\\').join('/');
    const cands = byFileLine.get(`${path}\0${f.line}`) ?? [];
    const secret = typeof f.secret === 'string' ? f.secret : '';
    const plant = cands.find((e) => e.kind === 'plant' && (secret === e.secret || f.secretHash === sha256(e.secret)));
    if (plant) {
      const m = matched.get(plant) ?? { ok: false, findings: [] };
      if (m.findings.length > 0 && (m.ok || f.ruleId !== plant.rule)) results.duplicates.push({ plant, finding: f });
      m.findings.push(f);
      if (f.ruleId === plant.rule) m.ok = true;
      matched.set(plant, m);
      continue;
    }
    const trap = cands.find((e) => e.kind === 'trap' && (secret === e.secret || secret === e.written || f.secretHash === sha256(e.secret) || overlaps(secret, e.secret) || overlaps(secret, e.written)));
    if (trap) {
      trapHits.set(trap, [...(trapHits.get(trap) ?? []), f]);
      continue;
    }
    const near = cands.find((e) => e.kind === 'plant' && (overlaps(secret, e.secret) || overlaps(secret, e.written)));
    results.unexpected.push({ path, line: f.line, finding: f, near: near ?? null });
  }
  for (const e of run.expectations) {
    if (e.kind === 'plant') {
      const m = matched.get(e);
      const status = !m ? 'missed' : m.ok ? 'found' : 'rule-mismatch';
      if (status === 'rule-mismatch') results.mismatches.push({ plant: e, got: [...new Set(m.findings.map((f) => f.ruleId))] });
      results.plants.push({ e, status, findings: m?.findings ?? [] });
    } else {
      results.traps.push({ e, reported: trapHits.get(e) ?? [] });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (n, d) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const ratio = (n, d) => (d === 0 ? 'n/a' : (n / d).toFixed(3));
const out = [];
const say = (s = '') => out.push(s);

const runs = opts.seeds.map((seed) => score(runSeed(seed)));

function totals(list) {
  const t = { planted: 0, found: 0, mismatch: 0, traps: 0, trapFp: 0, unexpected: 0, findings: 0, correctFindings: 0 };
  for (const r of list) {
    t.planted += r.plants.length;
    t.found += r.plants.filter((p) => p.status === 'found').length;
    t.mismatch += r.plants.filter((p) => p.status === 'rule-mismatch').length;
    t.traps += r.traps.length;
    t.trapFp += r.traps.filter((x) => x.reported.length > 0).length;
    t.unexpected += r.unexpected.length;
    const correct = r.plants.reduce((n, p) => n + p.findings.length, 0);
    t.correctFindings += correct;
    t.findings += correct + r.traps.reduce((n, x) => n + x.reported.length, 0) + r.unexpected.length;
  }
  return t;
}

const first = runs[0];
const plantFiles = new Set(first.plants.map((p) => p.e.path));
const formats = new Set(corpusFiles.map(formatOf));
say(`pdguard corpus evaluation — ${opts.cli}`);
say(
  `corpus: ${corpusFiles.length} files in ${formats.size} top-level directories; ${plantFiles.size} files with planted credentials, ${corpusFiles.length - plantFiles.size} without; ${first.plants.length} planted credentials, ${first.traps.length} traps; seeds ${opts.seeds.join(', ')}`,
);
say();
say('seed      recall   precision   found/planted   rule-mismatch   trap FPs   other unexpected');
for (const r of runs) {
  const t = totals([r]);
  say(
    `${String(r.seed).padEnd(8)}  ${ratio(t.found, t.planted).padStart(6)}   ${ratio(t.correctFindings, t.findings).padStart(9)}   ${`${t.found}/${t.planted}`.padStart(13)}   ${String(t.mismatch).padStart(13)}   ${`${t.trapFp}/${t.traps}`.padStart(8)}   ${String(t.unexpected).padStart(16)}`,
  );
}
const all = totals(runs);
say(
  `all       ${ratio(all.found, all.planted).padStart(6)}   ${ratio(all.correctFindings, all.findings).padStart(9)}   ${`${all.found}/${all.planted}`.padStart(13)}   ${String(all.mismatch).padStart(13)}   ${`${all.trapFp}/${all.traps}`.padStart(8)}   ${String(all.unexpected).padStart(16)}`,
);
say('(recall: planted credentials found at their file and line, with the exact secret and the expected rule;');
say(' precision: findings that are a planted credential, whatever the rule, over all findings)');
say();

// Per format directory, summed over the seeds.
// The first path component groups the files: a format in test/corpus/, a source repository in
// test/corpus-world/fit/ or held-out/, the split itself when the corpus is test/corpus-world/.
const groupWidth = Math.max(18, ...[...formats].map((f) => f.length));
say('per top-level directory (summed over seeds)');
say(`${'directory'.padEnd(groupWidth)} files  planted  found  recall   traps  trapFP  unexp  precision`);
for (const fmt of [...formats].sort()) {
  const files = corpusFiles.filter((f) => formatOf(f) === fmt).length;
  const sub = runs.map((r) => ({
    plants: r.plants.filter((p) => formatOf(p.e.path) === fmt),
    traps: r.traps.filter((x) => formatOf(x.e.path) === fmt),
    unexpected: r.unexpected.filter((u) => formatOf(u.path) === fmt),
  }));
  const t = totals(sub);
  say(
    `${fmt.padEnd(groupWidth)} ${String(files).padStart(5)}  ${String(t.planted).padStart(7)}  ${String(t.found).padStart(5)}  ${pct(t.found, t.planted)}  ${String(t.traps).padStart(6)}  ${String(t.trapFp).padStart(6)}  ${String(t.unexpected).padStart(5)}  ${pct(t.correctFindings, t.findings)}`,
  );
}
say();

// Misses, merged over seeds.
const key = (e) => `${e.path}:${e.line}:${e.column}`;
function merged(select) {
  const m = new Map();
  for (const r of runs)
    for (const item of select(r)) {
      const k = key(item.e);
      if (!m.has(k)) m.set(k, { ...item, seeds: [] });
      m.get(k).seeds.push(r.seed);
    }
  return [...m.values()].sort((a, b) => (a.e.path < b.e.path ? -1 : a.e.path > b.e.path ? 1 : a.e.line - b.e.line));
}
const seedNote = (seeds) => (seeds.length === runs.length ? '' : ` [seeds ${seeds.join(',')}]`);

const misses = merged((r) => r.plants.filter((p) => p.status === 'missed'));
say(`misses (${misses.length} planted credentials missed in at least one seed)`);
for (const m of misses) say(`  ${m.e.path}:${m.e.line}  ${m.e.rule}  — ${missReason(m.e, templates.get(m.e.path))}${seedNote(m.seeds)}`);
say();

const mism = merged((r) => r.plants.filter((p) => p.status === 'rule-mismatch'));
say(`rule-id mismatches (${mism.length}: found, but by another rule)`);
for (const m of mism) say(`  ${m.e.path}:${m.e.line}  expected ${m.e.rule}, got ${[...new Set(m.findings.map((f) => f.ruleId))].join(', ')}${seedNote(m.seeds)}`);
say();

const fps = merged((r) => r.traps.filter((x) => x.reported.length > 0));
say(`false positives on traps (${fps.length})`);
for (const m of fps) say(`  ${m.e.path}:${m.e.line}  reported as ${[...new Set(m.reported.map((f) => f.ruleId))].join(', ')} — ${fpReason(m.e, templates.get(m.e.path))}${seedNote(m.seeds)}`);
say();

const unexp = new Map();
for (const r of runs)
  for (const u of r.unexpected) {
    const k = `${u.path}:${u.line}:${u.finding.ruleId}`;
    if (!unexp.has(k)) unexp.set(k, { ...u, seeds: [] });
    unexp.get(k).seeds.push(r.seed);
  }
say(`other unexpected findings (${unexp.size}: neither a planted credential nor a marked trap)`);
for (const u of [...unexp.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))) {
  const what = u.near ? `overlaps the planted ${u.near.rule} but reports ${JSON.stringify(u.finding.secret)} instead of the decoded secret` : JSON.stringify(String(u.finding.secret).slice(0, 60));
  say(`  ${u.path}:${u.line}  ${u.finding.ruleId}  ${what}${seedNote(u.seeds)}`);
}
const dups = runs.reduce((n, r) => n + r.duplicates.length, 0);
if (dups) say(`\n(${dups} duplicate findings of already-matched planted credentials, over all seeds)`);
const skipped = first.skipped;
if (skipped.length) {
  say();
  say(`files the CLI skipped (${skipped.length}):`);
  for (const s of skipped) say(`  ${s.path}: ${s.reason}`);
}

process.stdout.write(`${out.join('\n')}\n`);

if (opts.json) {
  const strip = (e) => ({ path: e.path, line: e.line, column: e.column, rule: e.rule, encoding: e.encoding, template: e.template });
  writeFileSync(
    opts.json,
    `${JSON.stringify(
      {
        cli: opts.cli,
        seeds: opts.seeds,
        files: corpusFiles.length,
        totals: all,
        perSeed: runs.map((r) => ({ seed: r.seed, ...totals([r]) })),
        misses: misses.map((m) => ({ ...strip(m.e), seeds: m.seeds, reason: missReason(m.e, templates.get(m.e.path)) })),
        mismatches: mism.map((m) => ({ ...strip(m.e), seeds: m.seeds, got: [...new Set(m.findings.map((f) => f.ruleId))] })),
        falsePositives: fps.map((m) => ({ ...strip(m.e), seeds: m.seeds, rules: [...new Set(m.reported.map((f) => f.ruleId))] })),
        unexpected: [...unexp.values()].map((u) => ({ path: u.path, line: u.line, rule: u.finding.ruleId, seeds: u.seeds })),
      },
      null,
      2,
    )}\n`,
  );
}
process.exit(0);
