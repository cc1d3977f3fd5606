// Synthetic text: pools of code/config-like lines per file type, decoy lines, and filler and minified lines assembled from them.
import { HEX } from './rng.mjs';

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
export function textKit(rng) {
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
export const DECOYS = [
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

export const POOL_SIZE = 4000;
export function makePools(rng) {
  const k = textKit(rng);
  const pools = {};
  for (const [name, list] of Object.entries(templates(k, rng))) pools[name] = Array.from({ length: POOL_SIZE }, () => rng.pick(list)());
  return pools;
}

/** Lines of about `size` bytes from a pool, indented the way that language nests. */
export function fillerLines(rng, pools, type, size) {
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
export function minifiedLines(rng, pools, size) {
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
